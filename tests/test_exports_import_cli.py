"""``auditor import`` as a person runs it: several parts, and the summary in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from exportgen import Facebook, LinkedIn, X, linkedin_name, split_parts, write_export

from auditor.cli import main
from auditor.strings import IMPORT

# Words that only an English sentence of the import would carry.
ENGLISH = ("Read ", "Stored", "They settle", "They already answer", "They answer", "Next:", "Connections:", "invitation", "Skipped",
           "opening", "reading", "recognised", "files in", "done", "holds", " export (",
           "Positions:", "Skills:", "address book", "Profile photo", "dated", "from the")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_in_dutch_prints_no_english(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    export = write_export(tmp_path / linkedin_name(), LinkedIn().files())
    code, out, err = run(capsys, "import", export, "--lang", "nl", "--db", tmp_path / "a.db")
    assert code == 0, err
    assert "Gelezen: LinkedIn-export (indeling sinds 2023), van 2026-01-02" in out
    assert "Connecties: 12." in out
    assert "  – Wat is het adres (URL) van je openbare profiel?" in out  # a settled check, by its question
    assert "  – Heb je een profielfoto op LinkedIn? → Ja" in out  # ... and the export's answer to it
    assert "LinkedIn heeft je geüploade adresboek niet" not in out  # a goal state read as a verdict
    assert "linkedin.profile.custom-url" not in out
    assert f"Volgende stap: auditor --db {tmp_path / 'a.db'} audit linkedin" in out  # the same store
    for word in ENGLISH:
        assert word not in out + err, word


def test_import_of_empty_x_files_in_dutch(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    export = write_export(tmp_path / "twitter.zip", X(empty=True).files())
    code, out, err = run(capsys, "import", export, "--lang", "nl", "--db", tmp_path / "a.db")
    assert code == 0, err
    assert "maar ze zijn leeg" in out and "data/account.js" in out
    assert "Daarmee is nog geen enkele vraag van de checklist beantwoord." in out
    for word in ENGLISH:
        assert word not in out + err, word


def test_html_refusal_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {"start_here.html": b"<html/>",
             "your_instagram_activity/likes/liked_posts.html": b"<html/>"}
    export = write_export(tmp_path / "instagram-sam-2026-01-01-x.zip", files)
    code, _, err = run(capsys, "import", export, "--lang", "nl", "--db", tmp_path / "a.db")
    assert code == 2
    assert "Instagram-export in HTML-indeling" in err and "JSON" in err


def test_import_merges_the_parts_given(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    one, two = split_parts(Facebook().files(), ["personal_information/"])
    first = write_export(tmp_path / "facebook-sam-2026-01-10-x.zip", one)
    second = write_export(tmp_path / "facebook-sam-2026-01-10-x_part_2.zip", two)
    code, out, err = run(capsys, "import", first, second, "--lang", "en", "--db",
                         tmp_path / "a.db")
    assert code == 0, err
    assert "Read 2 parts of one download together" in out
    assert "Username: sam.example." in out
    assert "Stored 3 facts." in out


def test_every_import_string_has_both_languages() -> None:
    for key, entry in IMPORT.items():
        assert entry["en"].strip() and entry["nl"].strip(), key
        assert key.startswith("import."), key


def test_a_file_that_is_no_zip_is_told_in_dutch(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "aantekeningen.zip"
    notes.write_text("geen zip")
    code, _, err = run(capsys, "import", notes, "--lang", "nl", "--db", tmp_path / "a.db")
    assert code == 2
    assert "aantekeningen.zip is geen zipbestand en geen exportmap" in err
    assert "Geef het zipbestand" in err
    code, _, err = run(capsys, "import", tmp_path / "weg.zip", "--lang", "nl", "--db",
                       tmp_path / "a.db")
    assert code == 2 and "bestaat niet" in err


def test_evidence_details_are_stored_in_the_chosen_language(tmp_path: Path, dutch: None) -> None:
    from auditor.collectors.exports import read_export

    result = read_export(write_export(tmp_path / linkedin_name(), LinkedIn().files()))
    detail = {f.key: f.detail for f in result.facts}
    assert detail["linkedin.networking.connections"] == (
        "Connections.csv (één regel per connectie), 12 regels")
    assert detail["linkedin.profile.completeness"].endswith(
        "in orde: foto, kopregel, info, huidige functie, 2 of meer eerdere functies, "
        "opleiding, 5 of meer vaardigheden")
    fact = next(f for f in result.facts if f.key == "linkedin.networking.connections")
    assert fact.meta["field"] == "(one row per connection)"  # meta stays language-neutral


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_grailbird_archive_is_imported_and_says_what_it_cannot_tell(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    export = write_export(tmp_path / "twitter-archive.zip", X(era="before-2019").files())
    code, out, err = run(capsys, "import", export, "--lang", lang, "--db", tmp_path / "a.db")
    assert code == 0, err
    if lang == "en":
        assert "recognised: X export (layout before 2019)" in err
        assert "Read from twitter-archive.zip: X export (layout before 2019), dated 2018-06-10" in out
        assert "It cannot tell whether your posts are protected" in out
    else:
        assert "herkend: een X-export (indeling van vóór 2019)" in err
        assert "Het kan niet zeggen of je berichten afgeschermd zijn" in out
        for word in ENGLISH:
            assert word not in out + err, word
    assert "HTML" not in out + err


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_evidence_that_settles_no_answer_is_named_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    export = write_export(tmp_path / "twitter.zip", X(contacts=18).files())
    code, out, err = run(capsys, "import", export, "--lang", lang, "--db", tmp_path / "a.db")
    assert code == 0, err
    settled, _, still_open = out.partition(
        "For 1 more question the export shows something, but not the answer" if lang == "en"
        else "Bij nog 1 vraag laat de export iets zien, maar niet het antwoord")
    question = ("Does X have contacts from your address book?" if lang == "en"
                else "Heeft X contacten uit je adresboek?")
    assert question in still_open and question not in settled
    assert "sync is off" not in out and "synchroniseren staat uit" not in out
