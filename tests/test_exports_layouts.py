"""Exports as people really have them: every era, language and part the readers know.

Each test builds one real layout (shapes from published exports and parsers; never
anyone's data) and asserts what it now settles, and what it must not pretend to settle.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import (
    Facebook,
    Instagram,
    LinkedIn,
    X,
    instagram_html,
    instagram_root,
    linkedin_name,
    meta_json,
    split_parts,
    write_export,
)

from auditor.collectors.exports import ExportResult, read_export
from auditor.errors import InputFileError

PRESSURE = ["Looking forward to your reply", "please accept", "I hope you will accept"]


def values(result: ExportResult) -> dict[str, object]:
    return {f.key: f.value for f in result.facts}


def li(tmp_path: Path, export: LinkedIn, **kw: object) -> ExportResult:
    return read_export(write_export(tmp_path / linkedin_name(), export.files()), **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- LinkedIn


@pytest.mark.parametrize("utf16", ["bom", "nobom"])
def test_linkedin_2018_complete_utf16_tab_imported_contacts(tmp_path: Path, utf16: str) -> None:
    export = LinkedIn(era="before-2021", utf16=utf16, rich_media=None,
                      contacts_2018=["1/8/18, 6:14 PM", "3/2/18, 9:01 AM", "12/30/17, 11:59 PM"])
    result = li(tmp_path, export)
    assert result.era == "linkedin-before-2021"
    facts = values(result)
    assert facts["linkedin.privacy.imported_contacts"] == 3
    assert facts["linkedin.networking.connections"] == 12
    assert facts["linkedin.profile.headline"].startswith("Privacy engineer")  # type: ignore[union-attr]
    assert "An address book was uploaded: 3 contacts (since 2017-12-30)." in result.notes
    assert "contact0@example.test" not in repr(result)


def test_linkedin_2018_contacts_alone_date_the_export(tmp_path: Path) -> None:
    export = LinkedIn(era="before-2021", connections_file=False, rich_media=None,
                      contacts_2018=["09 Sep 2022"])
    result = li(tmp_path, export)
    assert result.era == "linkedin-before-2021"
    assert "Imported Contacts.csv" in result.detected_by


def test_linkedin_rich_media_pointers_leave_the_photo_open(tmp_path: Path) -> None:
    result = li(tmp_path, LinkedIn(rich_media=None, rich_media_pointers=3))
    facts = values(result)
    assert "linkedin.profile.photo" not in facts
    assert not any(n.startswith("Skipped") for n in result.notes)
    assert any(n.startswith("Rich Media.csv holds only download links (3)") for n in result.notes)
    assert "linkedin.profile.completeness" not in facts  # open: the photo is unknown
    short = li(tmp_path, LinkedIn(rich_media=None, rich_media_pointers=1, skills=2))
    completeness = next(f for f in short.facts if f.key == "linkedin.profile.completeness")
    assert completeness.value == 5
    assert completeness.detail.endswith("not shown by the export: photo")


def test_linkedin_2024_without_connections_is_not_called_old(tmp_path: Path) -> None:
    export = LinkedIn(connections_file=False, rich_media=None, rich_media_pointers=1)
    result = li(tmp_path, export)
    assert result.era == "linkedin-2023+"
    only_media = LinkedIn(connections_file=False, invitations=None, rich_media=None,
                          rich_media_pointers=2)
    assert li(tmp_path, only_media).era == "linkedin-2022+"


def test_linkedin_invitations_with_urns(tmp_path: Path) -> None:
    result = li(tmp_path, LinkedIn(urn=True))
    facts = values(result)
    assert result.era == "linkedin-2023+"
    assert facts["linkedin.networking.personal_note_share"] == 0.75  # no stock texts given
    assert "linkedin.profile.custom_url" not in facts  # an URN is no address


def test_linkedin_own_profile_url_from_sent_invitations(tmp_path: Path) -> None:
    result = li(tmp_path, LinkedIn(own_url="https://www.linkedin.com/in/sam-example-4b2a19c"))
    fact = next(f for f in result.facts if f.key == "linkedin.profile.custom_url")
    assert fact.value == "https://www.linkedin.com/in/sam-example-4b2a19c"
    assert fact.meta["field"] == "inviterProfileUrl"
    assert "person0" not in repr(result.facts)  # the other side's URL is never kept


@pytest.mark.parametrize(("stamp", "day"), [
    ("1/8/18, 6:14 PM", "2018-01-08"), ("09 Sep 2022", "2022-09-09"),
    ("2022-09-09", "2022-09-09"), ("2022-09-09T10:00:00Z", "2022-09-09"),
])
def test_linkedin_contact_dates_as_seen_in_real_files(tmp_path: Path, stamp: str,
                                                       day: str) -> None:
    result = li(tmp_path, LinkedIn(imported_contacts=[stamp]))
    assert f"An address book was uploaded: 1 contact (since {day})." in result.notes


def test_linkedin_pressing_invitation_notes(tmp_path: Path) -> None:
    invitations = [
        ("OUTGOING", "Hi Person, please   ACCEPT my invitation, looking forward to your reply"),
        ("OUTGOING", "We met at the meetup; I hope you will accept."),
        ("OUTGOING", "Good talk yesterday."),
        ("INCOMING", "Please accept, I sell things."),
    ]
    result = li(tmp_path, LinkedIn(invitations=invitations), pressure_phrases=PRESSURE)
    fact = next(f for f in result.facts
                if f.key == "linkedin.networking.pressing_invitation_notes")
    assert fact.value == 2
    assert "ACCEPT" not in repr(result) and "meetup" not in repr(result)
    without = li(tmp_path, LinkedIn(invitations=invitations), pressure_phrases=["  "])
    assert "linkedin.networking.pressing_invitation_notes" not in values(without)


# --------------------------------------------------------------------------- X


def x(tmp_path: Path, export: X) -> ExportResult:
    return read_export(write_export(tmp_path / "twitter-2026-01-15.zip", export.files()))


def test_x_connected_apps_counted_and_dated(tmp_path: Path) -> None:
    result = x(tmp_path, X(connected_apps=["2019-04-02T08:00:00.000Z",
                                           "2024-11-20T10:00:00.000Z"]))
    facts = values(result)
    assert facts["x.security.connected_apps_count"] == 2
    assert "x.security.connected_apps" not in facts  # whether you still use them is yours to say
    assert any("2, the oldest approved on 2019-04-02" in n for n in result.notes)
    assert "Maker" not in repr(result) and "App 0" not in repr(result)
    none = values(x(tmp_path, X(connected_apps=[])))
    assert none["x.security.connected_apps"] == "reviewed"


@pytest.mark.parametrize(("count", "expected"), [(0, "none"), (3, 3)])  # 3 kept: sync unknown
def test_x_contact_js_settles_contact_sync(tmp_path: Path, count: int, expected: str) -> None:
    result = x(tmp_path, X(contacts=count))
    assert values(result)["x.setting.contact_sync"] == expected
    assert "example.test" not in repr(result.facts)


def test_x_2024_manifest_types_do_not_disturb(tmp_path: Path) -> None:
    result = x(tmp_path, X(manifest_2024=True))
    assert result.era == "x-2022+"
    assert values(result)["x.profile.photo"] is True
    assert result.exported_at == dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)


def test_x_empty_data_files_are_named_empty(tmp_path: Path) -> None:
    result = x(tmp_path, X(empty=True))
    assert result.facts == []
    assert not any("holds none of the files" in n for n in result.notes)
    last = result.notes[-1]
    assert last.startswith("The files the auditor reads are in this X export, but they are empty")
    assert "data/account.js" in last and "data/profile.js" in last


# --------------------------------------------------------------------------- Facebook


def fb(tmp_path: Path, files: dict[str, bytes], name: str = "facebook-sam-2026-01-10-x.zip"
       ) -> ExportResult:
    return read_export(write_export(tmp_path / name, files))


def test_facebook_connections_only_download(tmp_path: Path) -> None:
    files = Facebook(era="connections-only", followers=4).files()
    result = fb(tmp_path, files)
    assert result.era == "facebook-2023+"
    assert {"Friends: 5.", "Followers: 4.", "Accounts you follow: 2."} <= set(result.notes)
    assert "Friend" not in repr(result.facts) and "Fan 0" not in repr(result)
    files["logged_information/search/your_search_history.json"] = meta_json({"searches_v2": []})
    assert fb(tmp_path, files).era == "facebook-2023+"


def test_facebook_2024_followers_are_counted(tmp_path: Path) -> None:
    result = fb(tmp_path, Facebook(followers=7).files())
    assert "Followers: 7." in result.notes


def test_facebook_danish_album_and_media_folder(tmp_path: Path) -> None:
    files = Facebook(language="da", profile_updates=0).files()
    assert values(fb(tmp_path, files))["facebook.profile.photo"] is True
    files = Facebook(language="da", profile_picture=False, profile_updates=0).files()
    files["your_facebook_activity/posts/media/Profilbilleder_123/1.jpg"] = b"\xff\xd8"
    assert values(fb(tmp_path, files))["facebook.profile.photo"] is True


def test_facebook_danish_update_title(tmp_path: Path) -> None:
    files = Facebook(language="da", profile_picture=False, profile_updates=1).files()
    assert values(fb(tmp_path, files))["facebook.profile.photo"] is True


def test_facebook_unknown_album_language_is_unknown_not_off(tmp_path: Path) -> None:
    files = Facebook(profile_picture=False, profile_updates=0).files()
    files["your_facebook_activity/posts/album/1.json"] = meta_json(
        {"name": "Profilowe 2019 (nieznany)", "photos": [{"uri": "a.jpg"}]})
    assert "facebook.profile.photo" not in values(fb(tmp_path, files))


# --------------------------------------------------------------------------- Instagram


def ig(tmp_path: Path, export: Instagram | None = None, *, files: dict[str, bytes] | None = None,
       date: str = "2026-01-20") -> ExportResult:
    dest = tmp_path / f"{instagram_root(date=date)}.zip"
    return read_export(write_export(dest, files if files is not None else export.files()))  # type: ignore[union-attr]


@pytest.mark.parametrize("language", ["tr", "da"])
def test_instagram_translated_labels(tmp_path: Path, language: str) -> None:
    result = ig(tmp_path, Instagram(language=language, private_flag="True"))
    facts = values(result)
    assert facts["instagram.profile.username"] == "sam_exämple"
    assert facts["instagram.setting.private_account"] is True
    fact = next(f for f in result.facts if f.key == "instagram.setting.private_account")
    assert fact.meta["member"].endswith("personal_information.json")


@pytest.mark.parametrize("language", ["tr", "da"])
def test_instagram_translated_privacy_change_titles(tmp_path: Path, language: str) -> None:
    result = ig(tmp_path, Instagram(language=language))
    assert values(result)["instagram.setting.private_account"] is True
    assert "The account was last made private on 2023-11-14." in result.notes


def test_instagram_unknown_label_falls_back_to_the_archive_name(tmp_path: Path) -> None:
    files = Instagram(username="sam_example").files()
    personal = "personal_information/personal_information/personal_information.json"
    files[personal] = meta_json({"profile_user": [{"string_map_data": {
        "Nome utente (xx)": {"value": "sam_example", "timestamp": 0}}}]})
    assert values(ig(tmp_path, files=files))["instagram.profile.username"] == "sam_example"


def test_instagram_empty_username_is_never_stored(tmp_path: Path) -> None:
    files = Instagram().files()
    personal = "personal_information/personal_information/personal_information.json"
    files[personal] = meta_json({"profile_user": [{"string_map_data": {
        "Kullanıcı adı": {"value": "", "timestamp": 0}}, "media_map_data": {}}]})
    result = ig(tmp_path, files=files)
    assert "instagram.profile.username" not in values(result)


@pytest.mark.parametrize("shape", ["string_map", "label_values"])
@pytest.mark.parametrize("language", ["en", "da"])
def test_instagram_contact_syncing_in_either_form(tmp_path: Path, shape: str,
                                                  language: str) -> None:
    result = ig(tmp_path, Instagram(profile_info=shape, language=language,
                                    contact_syncing="False"))
    assert values(result)["instagram.setting.contact_syncing"] is False
    assert "Contact syncing is off." in result.notes


def test_instagram_contact_syncing_in_the_older_account_information_file(tmp_path: Path) -> None:
    export = Instagram(profile_info="string_map",
                       profile_info_path="personal_information/account_information.json")
    assert values(ig(tmp_path, export))["instagram.setting.contact_syncing"] is True


def test_instagram_username_from_the_moved_profile_file(tmp_path: Path) -> None:
    files = Instagram(profile_info="label_values", language="tr").files()
    del files["personal_information/personal_information/personal_information.json"]
    info = "personal_information/personal_information/instagram_profile_information.json"
    files[info] = meta_json([{"media": [], "label_values": [
        {"label": "Kullanıcı adı", "value": "sam_tr"},
        {"label": "Kişi Senkronizasyonu", "value": "True"}], "fbid": "1"}])
    facts = values(ig(tmp_path, files=files))
    assert facts["instagram.profile.username"] == "sam_tr"
    assert facts["instagram.setting.contact_syncing"] is True


def test_instagram_september_2022_layout(tmp_path: Path) -> None:
    result = ig(tmp_path, Instagram(shallow=True), date="2022-09-14")
    assert result.era == "instagram-2022+"
    assert "September 2022" in result.detected_by
    assert values(result)["instagram.profile.username"] == "sam_exämple"


def test_instagram_html_export_is_named_before_any_era(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="HTML-format Instagram export") as info:
        ig(tmp_path, files=instagram_html())
    assert "JSON" in (info.value.hint or "")
    generic = {"start_here.html": b"<html/>", "media/other/1.jpg": b"\xff\xd8"}
    with pytest.raises(InputFileError, match="HTML-format"):
        read_export(write_export(tmp_path / "download.zip", generic))


def test_instagram_2019_2020_flat_format(tmp_path: Path) -> None:
    result = ig(tmp_path, Instagram(era="2019-2020"), date="2020-03-01")
    assert result.era == "instagram-2019-2020"
    assert values(result) == {
        "instagram.profile.username": "sam_exämple",
        "instagram.setting.private_account": True,
        "instagram.profile.photo": True,
        "instagram.privacy.uploaded_contacts": 4,
    }
    assert "f0@example.test" not in repr(result)


# --------------------------------------------------------------------------- Meta parts


def test_meta_parts_are_merged_into_one_reading(tmp_path: Path) -> None:
    one, two = split_parts(Facebook(followers=3).files(), ["personal_information/"])
    first = write_export(tmp_path / "facebook-sam-2026-01-10-x.zip", one)
    second = write_export(tmp_path / "facebook-sam-2026-01-10-x_part_2.zip", two)
    alone = read_export(second)
    assert "facebook.profile.username" not in values(alone)
    merged = read_export([second, first])
    assert values(merged) == {
        "facebook.profile.username": "sam.example",
        "facebook.profile.photo": True,
        "facebook.privacy.uploaded_contacts": 3,
    }
    assert merged.notes[0].startswith("Read 2 parts of one download together")
    assert merged.name.startswith("facebook-sam-2026-01-10-x.zip + ")


def test_a_folder_of_instagram_parts_each_with_its_wrapper(tmp_path: Path) -> None:
    folder = tmp_path / "download"
    folder.mkdir()
    one, two = split_parts(Instagram().files(), ["personal_information/", "media/"])
    root = instagram_root()
    write_export(folder / f"{root}.zip", one, root=root)
    write_export(folder / f"{root}_part_2.zip", two, root=root)
    result = read_export(folder)
    assert result.era == "instagram-2022+"
    assert values(result)["instagram.privacy.uploaded_contacts"] == 4
    assert values(result)["instagram.profile.username"] == "sam_exämple"
