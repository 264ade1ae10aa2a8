"""X (Twitter) archives of each era, built in code, and the facts they must yield."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import X, write_export, ytd

from auditor.collectors.exports import ExportResult, read_export


def run(tmp_path: Path, export: X, *, as_zip: bool = True, files: dict | None = None,
        root: str = "") -> ExportResult:
    dest = tmp_path / ("twitter-2026-01-15.zip" if as_zip else "twitter")
    write_export(dest, files if files is not None else export.files(), as_zip=as_zip, root=root)
    return read_export(dest)


def values(result: ExportResult) -> dict[str, object]:
    return {f.key: f.value for f in result.facts}


@pytest.mark.parametrize(("era", "expected"), [("2022+", "x-2022+"), ("2019-2022", "x-2019-2022")])
@pytest.mark.parametrize("manifest", [True, False])
@pytest.mark.parametrize("as_zip", [True, False])
def test_each_era_is_detected_and_read(tmp_path: Path, era: str, expected: str, manifest: bool,
                                       as_zip: bool) -> None:
    result = run(tmp_path, X(era=era, manifest=manifest), as_zip=as_zip)
    assert (result.kind, result.era) == ("x", expected)
    if manifest:
        assert result.exported_at == dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
        assert result.dated_by == "import.dated.manifest"
    assert values(result) == {
        "x.account.email_on_file": True,
        "x.setting.protected": True,
        "x.profile.photo": True,
        "x.profile.bio": "Privacy engineer. Opinions mine.",
        "x.account.phone_on_file": True,
        "x.privacy.personalization_interests": 3,
        "x.setting.contact_sync": 1,  # a number kept; whether syncing is on, no archive says
    }


def test_newest_protect_entry_wins_even_out_of_order(tmp_path: Path) -> None:
    history = [("Unprotect", "2025-09-01T00:00:00.000Z"), ("Protect", "2025-02-01T00:00:00.000Z")]
    result = run(tmp_path, X(protected_history=history))
    assert values(result)["x.setting.protected"] is False
    assert "Posts were last made public on 2025-09-01." in result.notes


def test_split_parts_are_joined(tmp_path: Path) -> None:
    history = [("Protect", "2025-01-01T00:00:00.000Z"), ("Unprotect", "2025-02-01T00:00:00.000Z"),
               ("Protect", "2025-03-01T00:00:00.000Z"), ("Unprotect", "2025-04-01T00:00:00.000Z")]
    for manifest in (True, False):
        result = run(tmp_path, X(protected_history=history, split_history=True, manifest=manifest))
        fact = next(f for f in result.facts if f.key == "x.setting.protected")
        assert fact.value is False
        assert "protected-history-part1.js" in fact.detail
        assert "4 rows" in fact.detail


def test_default_avatar_no_email_no_phone_empty_history(tmp_path: Path) -> None:
    export = X(email=None, phone=None, bio="", protected_history=[], interests=[],
               avatar="https://abs.twimg.com/sticky/default_profile_images/default_profile.png")
    result = run(tmp_path, export)
    assert values(result) == {
        "x.account.email_on_file": False,
        "x.profile.photo": False,
        "x.profile.bio": "",
        "x.account.phone_on_file": False,
        "x.privacy.personalization_interests": 0,
        "x.setting.contact_sync": 1,  # a number kept; whether syncing is on, no archive says
    }
    assert any("six months" in n for n in result.notes)


def test_account_js_protected_flag_is_taken_when_present(tmp_path: Path) -> None:
    files = X().files()
    files["data/account.js"] = ytd("account", [{"account": {"email": "", "protected": False}}])
    assert values(run(tmp_path, X(), files=files))["x.setting.protected"] is False


def test_archive_zipped_inside_a_folder(tmp_path: Path) -> None:
    result = run(tmp_path, X(), root="twitter-2026-01-15-abc")
    assert result.era == "x-2022+" and len(result.facts) == 7


@pytest.mark.parametrize("as_zip", [True, False])
def test_grailbird_archive_with_its_web_page_is_read_not_refused_as_html(
        tmp_path: Path, as_zip: bool) -> None:
    """Before 2019 an archive opened with index.html and held no JSON: it was refused as an
    HTML-format Meta export. It is X's, its bio is read, and its own date is used."""
    result = run(tmp_path, X(era="before-2019"), as_zip=as_zip)
    assert (result.kind, result.era) == ("x", "x-before-2019")
    assert values(result) == {"x.profile.bio": "Privacy engineer. Opinions mine."}
    assert result.exported_at == dt.datetime(2018, 6, 10, 9, 30, tzinfo=dt.UTC)
    assert result.dated_by == "import.dated.manifest"
    assert all(f.observed_at == result.exported_at for f in result.facts)
    said = " ".join(result.notes)
    assert "cannot tell whether your posts are protected" in said
    assert "Bio: 4 words." in result.notes
    dutch = " ".join(n.render("nl") for n in result.messages)
    assert "kan niet zeggen of je berichten afgeschermd zijn" in dutch


def test_grailbird_without_payload_in_a_folder_stays_undated(tmp_path: Path) -> None:
    result = run(tmp_path, X(era="before-2019", grailbird_created=""), as_zip=False)
    assert result.era == "x-before-2019" and result.exported_at is None
    assert any(n.startswith("Nothing in this export says when it was made") for n in result.notes)


def test_eighteen_contacts_leave_the_sync_question_open(tmp_path: Path) -> None:
    """18 contacts kept is no "uploaded, sync is off": no archive says whether syncing is on."""
    from auditor.catalogue.loader import load_catalogue
    from auditor.collectors.answers import as_answer, leaves_open

    result = run(tmp_path, X(contacts=18))
    fact = next(f for f in result.facts if f.key == "x.setting.contact_sync")
    assert fact.value == 18
    check = load_catalogue().find_check("x.privacy.contact-sync")
    assert check is not None
    assert as_answer(check, fact.value) is None and leaves_open(check, fact.value)
    assert as_answer(check, "none") == "none"
    none = run(tmp_path, X(contacts=0))
    assert values(none)["x.setting.contact_sync"] == "none"
    assert "X keeps no contacts from your address book." in none.notes


def test_an_unzipped_archive_without_manifest_is_dated_by_its_newest_record(
        tmp_path: Path) -> None:
    result = run(tmp_path, X(manifest=False, connected_apps=["2025-11-02T08:00:00.000Z"]),
                 as_zip=False)
    assert result.exported_at == dt.datetime(2025, 11, 2, 8, tzinfo=dt.UTC)
    assert result.dated_by == "import.dated.newest_inside"
    assert "the newest date in its own files" in result.describe("en")
    assert "de nieuwste datum in de eigen bestanden" in result.describe("nl")
    assert all(f.observed_at == result.exported_at for f in result.facts)


def test_dms_and_tweets_are_never_read_and_contacts_only_counted(tmp_path: Path) -> None:
    files = X().files()
    files["data/direct-messages.js"] = b"so would this"
    messages: list[str] = []
    dest = write_export(tmp_path / "x.zip", files)
    result = read_export(dest, progress=messages.append)
    read = [m for m in messages if m.startswith("reading ")]
    assert not any("direct" in m or "tweets" in m for m in read)
    assert not any(n.startswith("Skipped") for n in result.notes)
    assert "friend@example.test" not in repr(result)
    assert ("Contacts from your address book that X keeps: 1. Whether the app still syncs your "
            "address book, the archive does not say.") in result.notes


def test_a_malformed_file_is_skipped(tmp_path: Path) -> None:
    files = X().files()
    files["data/profile.js"] = b"window.YTD.profile.part0 = [ {"
    result = run(tmp_path, X(), files=files)
    assert "x.profile.photo" not in values(result)
    assert "Skipped data/profile.js: it is not readable JSON." in result.notes
    assert values(result)["x.account.email_on_file"] is True


def test_archive_without_tweets_or_manifest(tmp_path: Path) -> None:
    files = {k: v for k, v in X(manifest=False).files().items() if "tweet" not in k}
    result = run(tmp_path, X(), files=files)
    assert result.era == "x-2019+"
    assert values(result)["x.profile.photo"] is True
