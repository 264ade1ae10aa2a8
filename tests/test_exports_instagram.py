"""Instagram "Download your information" exports before and after February 2023."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import Instagram, instagram_root, meta_json, write_export

from auditor.collectors.exports import ExportResult, read_export
from auditor.errors import InputFileError

PERSONAL = "personal_information/personal_information/personal_information.json"


def run(tmp_path: Path, export: Instagram, *, as_zip: bool = True, files: dict | None = None,
        root: str = "") -> ExportResult:
    dest = tmp_path / (f"{instagram_root()}.zip" if as_zip else instagram_root())
    write_export(dest, files if files is not None else export.files(), as_zip=as_zip, root=root)
    return read_export(dest)


def values(result: ExportResult) -> dict[str, object]:
    return {f.key: f.value for f in result.facts}


@pytest.mark.parametrize(
    ("era", "expected"), [("2023+", "instagram-2022+"), ("before-2023", "instagram-2020-2022")]
)
@pytest.mark.parametrize("as_zip", [True, False])
@pytest.mark.parametrize("root", ["", instagram_root()])
def test_each_era_is_detected_and_read(tmp_path: Path, era: str, expected: str, as_zip: bool,
                                       root: str) -> None:
    result = run(tmp_path, Instagram(era=era), as_zip=as_zip, root=root)
    assert (result.kind, result.era) == ("instagram", expected)
    assert result.exported_at == dt.datetime(2026, 1, 20, tzinfo=dt.UTC)
    assert values(result) == {
        "instagram.profile.username": "sam_exämple",
        "instagram.profile.photo": True,
        "instagram.setting.private_account": True,
        "instagram.privacy.uploaded_contacts": 4,
    }


def test_newest_privacy_change_wins(tmp_path: Path) -> None:
    changes = [("Account switched to public", 1700000000),
               ("Account switched to private", 1600000000)]
    result = run(tmp_path, Instagram(privacy_changes=changes))
    assert values(result)["instagram.setting.private_account"] is False
    assert "The account was last made public on 2023-11-14." in result.notes


def test_snapshot_flag_beats_history(tmp_path: Path) -> None:
    result = run(tmp_path, Instagram(private_flag="False"))
    fact = next(f for f in result.facts if f.key == "instagram.setting.private_account")
    assert fact.value is False and "Private Account" in fact.detail


def test_no_photo_and_profile_photo_history(tmp_path: Path) -> None:
    assert values(run(tmp_path, Instagram(photo=False)))["instagram.profile.photo"] is False
    files = Instagram(photo=False).files()
    files["your_instagram_activity/media/profile_photos.json"] = meta_json(
        {"ig_profile_picture": [{"uri": "media/other/p.jpg", "creation_timestamp": 1}]})
    assert values(run(tmp_path, Instagram(), files=files))["instagram.profile.photo"] is True


def test_contacts_names_never_leave(tmp_path: Path) -> None:
    result = run(tmp_path, Instagram())
    assert "Frïend" not in repr(result) and "f0@" not in repr(result)


def test_html_export_is_refused(tmp_path: Path) -> None:
    files = {PERSONAL.replace(".json", ".html"): b"<html/>",
             "your_instagram_activity/media/posts_1.html": b"<html/>"}
    with pytest.raises(InputFileError, match="HTML-format Instagram export"):
        run(tmp_path, Instagram(), files=files)


@pytest.mark.parametrize("era", ["2023+", "before-2023"])
def test_follow_requests_waiting_settle_a_private_account(tmp_path: Path, era: str) -> None:
    """Only a private account has requests to follow it: the file settles "private", even
    though the privacy log's newest entry says the account was made public."""
    changes = [("Account switched to private", 1600000000), ("Account switched to public", 1650000000)]
    export = Instagram(era=era, privacy_changes=changes, follow_requests=[1690000000, 1700000000])
    result = run(tmp_path, export)
    fact = next(f for f in result.facts if f.key == "instagram.setting.private_account")
    assert fact.value is True
    assert fact.meta["member"].endswith("follow_requests_you've_received.json")
    assert ("Follow requests waiting for your answer: 2, the newest from 2023-11-14. Only a "
            "private account has them, so the account is private.") in result.notes
    assert "asker0" not in repr(result)
    none_waiting = run(tmp_path, Instagram(era=era, privacy_changes=changes, follow_requests=[]))
    assert values(none_waiting)["instagram.setting.private_account"] is False


def test_a_flat_profile_json_alone_is_read(tmp_path: Path) -> None:
    result = run(tmp_path, Instagram(era="2019-2020", flat_alone=True))
    assert result.era == "instagram-2019-2020"
    assert values(result) == {
        "instagram.profile.username": "sam_exämple",
        "instagram.setting.private_account": True,
        "instagram.profile.photo": True,
    }
    other = {"profile.json": b'{"username": "sam", "theme": "dark"}'}
    with pytest.raises(InputFileError, match="not a recognised data export"):
        run(tmp_path, Instagram(), files=other)


def test_an_unzipped_folder_without_a_dated_name_is_dated_by_its_newest_time_stamp(
        tmp_path: Path) -> None:
    dest = write_export(tmp_path / "my instagram", Instagram().files(), as_zip=False)
    result = read_export(dest)
    assert result.exported_at == dt.datetime.fromtimestamp(1700000000, dt.UTC)
    assert result.dated_by == "import.dated.newest_inside"
    flat = write_export(tmp_path / "old instagram", Instagram(era="2019-2020").files(),
                        as_zip=False)
    assert read_export(flat).exported_at == dt.datetime(2019, 1, 1, 10, tzinfo=dt.UTC)
