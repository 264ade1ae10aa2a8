"""Facebook "Download Your Information" exports of each layout era."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import Facebook, meta_json, write_export

from auditor.collectors.exports import ExportResult, read_export
from auditor.errors import InputFileError


def run(tmp_path: Path, export: Facebook, *, as_zip: bool = True,
        files: dict | None = None) -> ExportResult:
    dest = tmp_path / ("facebook-samexample-2026-01-10-xyz.zip" if as_zip else "facebook")
    write_export(dest, files if files is not None else export.files(), as_zip=as_zip)
    return read_export(dest)


def values(result: ExportResult) -> dict[str, object]:
    return {f.key: f.value for f in result.facts}


@pytest.mark.parametrize(
    ("era", "expected"),
    [("2023+", "facebook-2023+"), ("2021-2022", "facebook-2021-2022"),
     ("2018-2021", "facebook-2018-2021")],
)
@pytest.mark.parametrize("as_zip", [True, False])
def test_each_era_is_detected_and_read(tmp_path: Path, era: str, expected: str,
                                       as_zip: bool) -> None:
    result = run(tmp_path, Facebook(era=era), as_zip=as_zip)
    assert (result.kind, result.era) == ("facebook", expected)
    assert values(result) == {
        "facebook.profile.username": "sam.example",
        "facebook.profile.photo": True,
        "facebook.privacy.uploaded_contacts": 3,
    }
    if as_zip:
        assert result.exported_at is not None and result.exported_at.year == 2026


def test_notes_record_profile_updates_and_settings(tmp_path: Path) -> None:
    result = run(tmp_path, Facebook())
    assert "Profile updates Facebook recorded: 2, the newest on 2023-11-14." in result.notes
    assert ("contacts_sync_settings.json (as of 2023-11-14): Continuous contact upload: On; "
            "Update time: 2023-11-14.") in result.notes
    assert "Uploaded contacts Facebook holds: 3 (since 2023-03-28)." in result.notes


def test_no_picture_found_is_unknown_not_a_gap(tmp_path: Path) -> None:
    export = Facebook(username="", profile_picture=False, contacts=0, profile_updates=0)
    result = run(tmp_path, export)
    assert values(result) == {"facebook.profile.username": ""}
    assert any(n.startswith("No profile picture was found in this export; that does not show")
               for n in result.notes)


def test_profile_picture_seen_in_update_history(tmp_path: Path) -> None:
    files = Facebook(profile_picture=False, profile_updates=1).files()
    assert values(run(tmp_path, Facebook(), files=files))["facebook.profile.photo"] is True


def test_profile_pictures_media_folder_is_enough(tmp_path: Path) -> None:
    files = Facebook(profile_picture=False, profile_updates=0).files()
    files["your_facebook_activity/posts/media/ProfilePictures_123/1.jpg"] = b"\xff\xd8"
    assert values(run(tmp_path, Facebook(), files=files))["facebook.profile.photo"] is True


def test_no_photo_section_means_no_photo_fact(tmp_path: Path) -> None:
    files = {k: v for k, v in Facebook(profile_updates=0).files().items()
             if "/posts/" not in k}
    assert "facebook.profile.photo" not in values(run(tmp_path, Facebook(), files=files))


def test_mojibake_is_repaired_and_friends_stay_out(tmp_path: Path) -> None:
    files = Facebook().files()
    profile = "personal_information/profile_information/profile_information.json"
    files[profile] = meta_json({"profile_v2": {"username": "søren.ø"}})
    result = run(tmp_path, Facebook(), files=files)
    assert values(result)["facebook.profile.username"] == "søren.ø"
    blob = repr(result)
    assert "Friend" not in blob and "Contact" not in blob and "example.test" not in blob


def test_contacts_before_2021_vector_is_counted(tmp_path: Path) -> None:
    files = Facebook(contacts=0).files()
    files["personal_information/profile_information/contacts_uploaded_before_2021.json"] = (
        meta_json({"media": [], "label_values": [{"label": "Contacts", "vec": [
            {"dict": [{"label": "Name", "value": f"C{i}"},
                      {"label": "Time of first import", "timestamp_value": 1600000000}]}
            for i in range(7)]}], "fbid": "1"}))
    result = run(tmp_path, Facebook(), files=files)
    assert values(result)["facebook.privacy.uploaded_contacts"] == 7
    assert "Uploaded contacts Facebook holds: 7 (since 2020-09-13)." in result.notes


def test_html_export_is_refused_with_a_hint(tmp_path: Path) -> None:
    files = {
        "personal_information/profile_information/profile_information.html": b"<html></html>",
        "your_facebook_activity/posts/your_posts_1.html": b"<html></html>",
        "index.html": b"<html></html>",
    }
    with pytest.raises(InputFileError, match="HTML-format Facebook export") as info:
        run(tmp_path, Facebook(), files=files)
    assert "JSON" in (info.value.hint or "")


def test_an_unzipped_folder_is_dated_by_meta_s_newest_time_stamp_never_today(
        tmp_path: Path) -> None:
    now = dt.datetime(2030, 5, 6, tzinfo=dt.UTC)
    dest = write_export(tmp_path / "my facebook", Facebook().files(), as_zip=False)
    result = read_export(dest, now=now)
    assert result.exported_at == dt.datetime.fromtimestamp(1700000001, dt.UTC)  # newest update
    assert result.dated_by == "import.dated.newest_inside"
    assert all(f.observed_at == result.exported_at for f in result.facts)
    assert "it was made that day or later" in result.describe("en")
