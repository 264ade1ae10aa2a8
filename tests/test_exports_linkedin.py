"""LinkedIn archives of each era, built in code, and the facts they must yield."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import (
    DEFAULT_INVITATION_EN,
    DEFAULT_INVITATION_NL,
    LinkedIn,
    linkedin_name,
    write_export,
)

from auditor.collectors.exports import ExportResult, period, read_export

DEFAULTS = (DEFAULT_INVITATION_EN, DEFAULT_INVITATION_NL)


def run(tmp_path: Path, export: LinkedIn, *, as_zip: bool = True,
        name: str | None = None) -> ExportResult:
    dest = tmp_path / (name or (linkedin_name() if as_zip else "Complete_LinkedInDataExport_01-02-2026"))
    write_export(dest, export.files(), as_zip=as_zip)
    return read_export(dest, default_invitation_texts=DEFAULTS)


def values(result: ExportResult) -> dict[str, object]:
    keys = [f.key for f in result.facts]
    assert len(keys) == len(set(keys)), "one fact per key"
    return {f.key: f.value for f in result.facts}


@pytest.mark.parametrize(
    ("era", "expected"),
    [("2023+", "linkedin-2023+"), ("2021", "linkedin-2021-2023"),
     ("before-2021", "linkedin-before-2021")],
)
@pytest.mark.parametrize("as_zip", [True, False])
def test_each_era_is_detected_and_read(tmp_path: Path, era: str, expected: str,
                                       as_zip: bool) -> None:
    result = run(tmp_path, LinkedIn(era=era, excel=era == "before-2021"), as_zip=as_zip)
    assert (result.kind, result.era) == ("linkedin", expected)
    assert result.exported_at == dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    assert result.describe() == (f"LinkedIn export (layout {period(expected)}), dated 2026-01-02 "
                                 "(from the archive's name)")
    facts = values(result)
    assert facts == {
        "linkedin.profile.headline": "Privacy engineer helping hospitals keep patient data local",
        "linkedin.profile.industry": True,
        "linkedin.profile.location": True,
        "linkedin.profile.about": "I build audit tools. Read more at https://example.test/about"
                                  "\n\nWebsites: [PERSONAL:https://example.test]",
        "linkedin.profile.photo": True,
        "linkedin.profile.current_position": True,
        "linkedin.profile.past_positions": 2,
        "linkedin.profile.education": 1,
        "linkedin.profile.skills": 6,
        "linkedin.profile.completeness": 7,
        "linkedin.networking.personal_note_share": 0.25,
        "linkedin.networking.long_invitation_notes": 0,
        "linkedin.networking.connections": 12,
    } | ({"linkedin.profile.custom_url": "https://www.linkedin.com/in/samexample"}
         if era == "2023+" else {})
    for fact in result.facts:
        assert fact.source == "export"
        assert fact.observed_at == result.exported_at
        assert fact.meta["era"] == expected
        assert fact.detail.startswith(fact.meta["member"])
        assert " rows" in fact.detail or " row" in fact.detail


def test_facts_carry_member_column_and_row_count(tmp_path: Path) -> None:
    result = run(tmp_path, LinkedIn(connections=412))
    detail = {f.key: f.detail for f in result.facts}
    assert detail["linkedin.networking.connections"] == (
        "Connections.csv (one row per connection), 412 rows")
    assert detail["linkedin.profile.headline"] == "Profile.csv Headline, 1 row"
    assert detail["linkedin.networking.personal_note_share"] == (
        "Invitations.csv Message, Direction, 5 rows; 1 of 4 sent invitations carry a personal note")
    assert "Connections: 412." in result.notes
    assert "Sent invitations with a personal note: 1 of 4." in result.notes


def test_personal_notes_defaults_and_long_notes(tmp_path: Path) -> None:
    long_note = " ".join(["word"] * 51)
    invitations = [("OUTGOING", long_note), ("OUTGOING", "Short and personal"),
                   ("OUTGOING", DEFAULT_INVITATION_NL.upper()), ("INCOMING", long_note)]
    facts = values(run(tmp_path, LinkedIn(invitations=invitations)))
    assert facts["linkedin.networking.personal_note_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert facts["linkedin.networking.long_invitation_notes"] == 1


def test_without_default_texts_every_note_counts_as_personal(tmp_path: Path) -> None:
    dest = write_export(tmp_path / linkedin_name(), LinkedIn().files())
    facts = values(read_export(dest))
    assert facts["linkedin.networking.personal_note_share"] == 0.75


def test_no_sent_invitations_no_share(tmp_path: Path) -> None:
    result = run(tmp_path, LinkedIn(invitations=[("INCOMING", "hello")]))
    facts = values(result)
    assert "linkedin.networking.personal_note_share" not in facts
    assert "linkedin.networking.long_invitation_notes" not in facts
    assert "No sent invitations among 1 invitation." in result.notes


def test_missing_direction_column_falls_back_to_the_own_name(tmp_path: Path) -> None:
    export = LinkedIn(era="2021")
    files = export.files()
    header, *rows = files["Invitations.csv"].decode().splitlines()
    files["Invitations.csv"] = "\n".join(
        [",".join(header.split(",")[:-1])] + [",".join(r.split(",")[:-1]) for r in rows]
    ).encode()
    dest = write_export(tmp_path / linkedin_name(), files)
    facts = values(read_export(dest, default_invitation_texts=DEFAULTS))
    assert facts["linkedin.networking.personal_note_share"] == 0.25


def test_missing_rich_media_means_no_photo_fact(tmp_path: Path) -> None:
    result = run(tmp_path, LinkedIn(rich_media=None))
    facts = values(result)
    assert "linkedin.profile.photo" not in facts
    assert "linkedin.profile.completeness" not in facts  # the photo could make it complete
    assert ("Profile completeness: 6 of 7 essentials met; the export does not show the rest "
            "(photo), so completeness stays open.") in result.notes


def test_rich_media_without_profile_photo_is_false(tmp_path: Path) -> None:
    facts = values(run(tmp_path, LinkedIn(rich_media=["You uploaded a background photo"])))
    assert facts["linkedin.profile.photo"] is False


def test_incomplete_profile(tmp_path: Path) -> None:
    export = LinkedIn(headline="", summary="", positions=[("Dev", "Aug 2020")], education=0,
                      skills=2, websites="")
    facts = values(run(tmp_path, export))
    assert facts["linkedin.profile.about"] == ""
    assert facts["linkedin.profile.current_position"] is False
    assert facts["linkedin.profile.past_positions"] == 1
    assert facts["linkedin.profile.completeness"] == 1  # only the photo


def test_profile_summary_file_is_the_about_section(tmp_path: Path) -> None:
    facts = values(run(tmp_path, LinkedIn(profile_summary_file="About me, see https://x.test",
                                          websites="")))
    assert facts["linkedin.profile.about"] == "About me, see https://x.test"


def test_imported_address_book_counts_and_dates(tmp_path: Path) -> None:
    export = LinkedIn(imported_contacts=["5/13/20, 12:45 PM", "Not Available", "1/2/19, 9:00 AM"],
                      contacts=["3/3/21, 1:00 PM"])
    result = run(tmp_path, export)
    fact = next(f for f in result.facts if f.key == "linkedin.privacy.imported_contacts")
    assert fact.value == 4
    assert fact.detail == ("ImportedContacts.csv + Contacts.csv (one row per contact), 4 rows; "
                           "earliest 2019-01-02")
    assert "An address book was uploaded: 4 contacts (since 2019-01-02)." in result.notes


def test_no_address_book_files_no_fact(tmp_path: Path) -> None:
    assert "linkedin.privacy.imported_contacts" not in values(run(tmp_path, LinkedIn()))


def test_other_peoples_data_never_leaves(tmp_path: Path) -> None:
    export = LinkedIn(imported_contacts=["5/13/20, 12:45 PM"], contacts=["3/3/21, 1:00 PM"])
    result = run(tmp_path, export)
    blob = repr([(f.value, f.detail, f.meta) for f in result.facts]) + repr(result.notes)
    for secret in ("Person", "example.test/in", "@example.test", "Contact0", "Other0",
                   "we met at", "I sell things", "Street 1", "1990"):
        assert secret not in blob


def test_basic_export_with_few_files(tmp_path: Path) -> None:
    files = LinkedIn().files()
    basic = {k: files[k] for k in ("Profile.csv", "Connections.csv")}
    dest = write_export(tmp_path / linkedin_name(complete=False), basic)
    result = read_export(dest)
    assert result.era == "linkedin-2023+"
    facts = values(result)
    assert facts["linkedin.networking.connections"] == 12
    assert "linkedin.profile.photo" not in facts


def test_an_unnamed_folder_is_dated_by_its_newest_connection_never_today(tmp_path: Path) -> None:
    now = dt.datetime(2030, 5, 6, tzinfo=dt.UTC)
    export = LinkedIn(connected_on=["08 Feb 2026", "11 Mar 2026", "02 Jan 2019"])
    dest = write_export(tmp_path / "my export", export.files(), as_zip=False)
    result = read_export(dest, now=now)
    assert result.exported_at == dt.datetime(2026, 6, 7, tzinfo=dt.UTC)  # the hidden profile's row
    assert result.dated_by == "import.dated.connections"
    assert all(f.observed_at == result.exported_at for f in result.facts)
    assert result.describe("en") == ("LinkedIn export (layout since 2023), dated 2026-06-07 (from the "
                                     "newest connection in it; it was made that day or later)")
    assert "de nieuwste connectie erin" in result.describe("nl")


def test_an_unnamed_folder_with_no_dates_inside_says_so(tmp_path: Path) -> None:
    now = dt.datetime(2030, 5, 6, tzinfo=dt.UTC)
    export = LinkedIn(connections_file=False, invitations=None)
    dest = write_export(tmp_path / "my export", export.files(), as_zip=False)
    result = read_export(dest, now=now)
    assert result.exported_at is None and result.dated_by == ""
    assert all(f.observed_at == now for f in result.facts)
    assert result.describe() == "LinkedIn export (layout of unknown date)"
    assert any(n.startswith("Nothing in this export says when it was made") for n in result.notes)
    assert any(n.render("nl").startswith("Niets in deze export zegt wanneer") for n in result.messages)


def test_an_unnamed_folder_without_connections_is_dated_by_its_newest_invitation(
        tmp_path: Path) -> None:
    dest = write_export(tmp_path / "my export", LinkedIn(connections_file=False).files(),
                        as_zip=False)
    result = read_export(dest)
    assert result.exported_at == dt.datetime(2025, 9, 27, 8, 41, tzinfo=dt.UTC)
    assert result.dated_by == "import.dated.newest_inside"


@pytest.mark.parametrize("where", ["pointer", "file"])
def test_a_document_among_the_media_may_be_a_cv_and_the_question_is_asked(
        tmp_path: Path, where: str) -> None:
    export = (LinkedIn(rich_media=None, rich_media_pointers=2, documents=1) if where == "pointer"
              else LinkedIn(pdf_files=["media/Sam_Example_2024.pdf"]))
    result = run(tmp_path, export)
    fact = next(f for f in result.facts if f.key == "linkedin.profile.cv_uploaded")
    assert fact.value is None  # it may be a CV: nothing is concluded
    assert fact.detail == "a document (PDF) among your profile's media, which may be your CV"
    assert any(n.startswith("Your profile's media include a document (PDF). It may be your CV")
               for n in result.notes)
    plain = run(tmp_path, LinkedIn(rich_media=None, rich_media_pointers=2))
    assert "linkedin.profile.cv_uploaded" not in values(plain)


def test_progress_is_reported_for_large_files(tmp_path: Path) -> None:
    messages: list[str] = []
    dest = write_export(tmp_path / linkedin_name(), LinkedIn(connections=25_000).files())
    read_export(dest, progress=messages.append)
    assert messages[0] == f"opening {dest.name}"
    assert "recognised: LinkedIn export (layout since 2023)" in messages
    assert "Connections.csv: 20,000 rows" in messages
    assert messages[-1] == "done"


def test_a_broken_file_is_skipped_and_the_rest_counts(tmp_path: Path) -> None:
    files = LinkedIn().files()
    files["Skills.csv"] = b"no header here\n"
    files["Positions.csv"] = b"Company Name,Title,Finished On\nA,B," + b"x" * 300_000 + b"\n"
    result = read_export(write_export(tmp_path / linkedin_name(), files))
    facts = values(result)
    assert "linkedin.profile.skills" not in facts
    assert "linkedin.profile.past_positions" not in facts
    assert facts["linkedin.networking.connections"] == 12
    skipped = [n for n in result.notes if n.startswith("Skipped ")]
    assert len(skipped) == 2
    assert "Skills.csv" in skipped[1] and "Positions.csv" in skipped[0]
    assert "linkedin.profile.completeness" not in facts  # 4 met, 3 unreadable: open
    assert any(n.startswith("Profile completeness: 4 of 7 essentials met; the export does not")
               for n in result.notes)
