"""Bad input at the command line, as a user types it: one clear message, exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import MINI


@pytest.fixture
def cli(run):
    """Every case here runs ``auditor`` in this process: the messages are what is tested."""
    return run


@pytest.fixture
def audited(tmp_path: Path, cli) -> list[str | Path]:
    """A store with one finished audit over the mini catalogue; the common options."""
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: on\n")
    common: list[str | Path] = ["--db", tmp_path / "db.sqlite3", "--checklists", MINI]
    assert cli("audit", "--answers", answers, *common).code == 0
    return common


def assert_clean_error(result, *words: str) -> None:
    assert result.code == 2, result
    assert "Traceback" not in result.err + result.out
    for word in words:
        assert word in result.err, (word, result.err)


@pytest.mark.parametrize("where", ["a-directory", "/proc/cannot/x.html", "a-file/x.html"])
def test_report_to_a_place_that_cannot_be_written(tmp_path: Path, cli, audited, where: str) -> None:
    (tmp_path / "a-directory").mkdir()
    (tmp_path / "a-file").write_text("x")
    out = where if where.startswith("/") else tmp_path / where
    result = cli("report", "--out", out, *audited)
    assert_clean_error(result, "cannot write", "--out")
    assert (tmp_path / "a-file").read_text() == "x"


@pytest.mark.parametrize("where", ["a-file/db.sqlite3", "/proc/cannot/db.sqlite3"])
def test_a_store_that_cannot_be_created(tmp_path: Path, cli, where: str) -> None:
    (tmp_path / "a-file").write_text("x")
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: on\n")
    db = where if where.startswith("/") else tmp_path / where
    result = cli("audit", "--answers", answers, "--db", db, "--checklists", MINI)
    assert_clean_error(result, "--db")


def test_html_report_to_standard_output(cli, audited) -> None:
    result = cli("report", "--out", "-", *audited)
    assert result.code == 0 and result.out.startswith("<!DOCTYPE html>")


def test_report_of_an_audit_that_does_not_exist(cli, audited) -> None:
    assert_clean_error(cli("report", "--audit", "0", *audited), "no audit #0", "auditor history")
    assert_clean_error(cli("report", "--audit", "99", *audited), "no audit #99")


@pytest.mark.parametrize("value", ["nan", "-5", "1e400", "many"])
def test_a_count_must_be_a_real_number(tmp_path: Path, cli, value: str) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(f"answers:\n  example.profile.projects: \"{value}\"\n")
    result = cli("audit", "--answers", answers, "--db", tmp_path / "db.sqlite3", "--checklists", MINI)
    assert_clean_error(result, f"{answers}:2:", "a whole number (0 or more)")
    assert not (tmp_path / "db.sqlite3").exists()


def test_an_answers_file_whose_answers_are_all_ignored_makes_an_evidence_only_audit(tmp_path: Path, cli) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.face-recognition: off\n")  # removed by the platform
    result = cli("audit", "--answers", answers, "--db", tmp_path / "db.sqlite3", "--checklists", MINI)
    assert result.code == 0, result.err
    assert "removed" in result.err and "holds no answers" in result.out


def test_resuming_with_answers_takes_the_new_goal_and_says_so(tmp_path: Path, cli) -> None:
    from auditor import audit as audits
    from auditor.catalogue.loader import load_catalogue
    from auditor.facts import now
    from auditor.store import Store

    db = tmp_path / "db.sqlite3"
    with Store(db) as st:  # an unfinished audit, as a quit wizard leaves it
        audits.start(st, load_catalogue(MINI), ["example"], "visible", "nl", now())
    answers = tmp_path / "a.yaml"
    answers.write_text("goal: private\nlang: en\nanswers:\n  example.privacy.ads: off\n")
    result = cli("audit", "--answers", answers, "--db", db, "--checklists", MINI)
    assert result.code == 0, result.err
    assert "Resuming audit #1, now with goal private and language English (was visible, Nederlands)." in result.out
    report = json.loads(cli("report", "--format", "json", "--out", "-", "--db", db, "--checklists", MINI).out)
    assert (report["audit"]["goal"], report["audit"]["lang"]) == ("private", "en")


def test_condition_answers_survive_an_export_round_trip(tmp_path: Path, cli) -> None:
    catalogue = tmp_path / "catalogue"
    catalogue.mkdir()
    text = (MINI / "example.yaml").read_text().replace(
        "    applies_when: {fact: example.profile.is_freelancer, rule: {equals: true}}\n",
        "    applies_when:\n      fact: example.profile.is_freelancer\n      rule: {equals: true}\n"
        "      question:\n        kind: toggle\n        text: {en: \"Freelancer?\", nl: \"Zelfstandige?\"}\n")
    (catalogue / "example.yaml").write_text(text)
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.profile.is_freelancer: off\n  example.privacy.ads: off\n")
    common = ["--db", tmp_path / "one.sqlite3", "--checklists", catalogue]
    assert cli("audit", "--answers", answers, *common).code == 0
    exported = cli("history", "--export", "1", *common).out
    assert "example.profile.is_freelancer: 'off'" in exported
    assert "example.profile.projects" not in exported
    again = tmp_path / "again.yaml"
    again.write_text(exported)
    other = ["--db", tmp_path / "two.sqlite3", "--checklists", catalogue]
    assert cli("audit", "--answers", again, *other).code == 0
    report = json.loads(cli("report", "--format", "json", "--out", "-", *other).out)
    projects = next(f for f in report["platforms"][0]["findings"] if f["check"] == "example.profile.projects")
    assert projects["status"] == "not_applicable"


def test_withdrawing_an_acceptance_needs_no_reason(cli, audited) -> None:
    assert cli("accept", "example.privacy.ads", "--reason", "ads are fine", *audited).code == 0
    result = cli("accept", "example.privacy.ads", "--remove", *audited)
    assert result.code == 0 and "Withdrawn" in result.out
    again = cli("accept", "example.privacy.ads", "--remove", *audited)
    assert again.code == 0 and "nothing changed" in again.out
    assert_clean_error(cli("accept", "example.privacy.ads", *audited), "--reason")
    assert_clean_error(cli("accept", "example.privacy.face-recognition", "--reason", "x", *audited), "removed")


def test_accepting_a_mistyped_check_suggests_the_one_meant(cli, audited) -> None:
    """A newcomer types the id from memory, or a word of the title: the error names the real id."""
    assert_clean_error(cli("accept", "example.privacy.add", "--reason", "x", *audited),
                       "There is no check 'example.privacy.add'", "Did you mean: example.privacy.ads?")
    assert_clean_error(cli("accept", "advertenties", "--reason", "x", *audited), "example.privacy.ads")


def test_history_export_without_an_id_exports_the_latest_audit(cli, audited) -> None:
    """`history --export > answers.yaml` is what a newcomer types first; it takes the latest audit."""
    result = cli("history", "--export", *audited)
    assert result.code == 0, result.err
    assert result.out == cli("history", "--export", "1", *audited).out
    assert "example.privacy.ads: 'on'" in result.out


def test_importing_the_current_folder_names_it(tmp_path: Path, cli) -> None:
    folder = tmp_path / "my-downloads"
    folder.mkdir()
    (folder / "notes.txt").write_text("not an export")
    result = cli("import", ".", "--db", tmp_path / "db.sqlite3", cwd=folder)
    assert_clean_error(result, "my-downloads")


def test_checklist_tools_take_the_common_options(tmp_path: Path, cli) -> None:
    assert cli("checklists", "schema", "--db", tmp_path / "x.sqlite3", "--checklists", MINI).code == 0
    assert cli("checklists", "diff", MINI, MINI, "--checklists", MINI).code == 0
    assert_clean_error(cli("checklists", "diff", tmp_path / "nope", MINI), "no such checklist directory")


def test_a_remote_cdp_address_is_refused_before_anything_is_written(tmp_path: Path, run) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("goal: balanced\nanswers:\n  example.privacy.ads: off\n", encoding="utf-8")
    db = tmp_path / "a.sqlite3"
    result = run("audit", "--answers", answers, "--cdp", "http://10.1.2.3:9222", "--db", db,
                 "--checklists", MINI, "--lang", "nl")
    assert result.code == 2
    assert "10.1.2.3" in result.err and "alleen deze computer" in result.err
    assert "Traceback" not in result.err
    assert not db.exists()  # no audit was started, no answer recorded, then refused
    assert "gestart" not in result.out.lower()


def test_report_without_a_store_or_an_audit_says_so_in_dutch(tmp_path: Path, cli, audited) -> None:
    fresh = ["--db", tmp_path / "none.sqlite3", "--checklists", MINI, "--lang", "nl"]
    result = cli("report", *fresh)
    assert_clean_error(result, "Er is nog geen opslag met controles op", "Begin een controle met: auditor audit")
    assert not (tmp_path / "none.sqlite3").exists()
    result = cli("report", "--audit", "99", *audited, "--lang", "nl")
    assert_clean_error(result, "Er is geen controle #99 in", "Bekijk ze met: auditor history")
    out = tmp_path / "r.html"
    result = cli("report", "--out", out, *audited, "--lang", "nl")
    assert result.code == 0 and f"Rapport geschreven naar {out}" in result.out


def test_a_broken_install_is_a_message_not_a_traceback(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("auditor.catalogue.resources._PACKAGE_DIR", tmp_path / "site-packages" / "auditor")
    monkeypatch.delenv("AUDITOR_CHECKLISTS", raising=False)
    result = cli("checklists", "list", "--lang", "nl")
    assert_clean_error(result, "De map 'checklists' van de auditor zelf ontbreekt", "Installeer de auditor opnieuw")


def test_why_the_system_refused_is_said_in_dutch(tmp_path: Path, cli, audited) -> None:
    (tmp_path / "a-file").write_text("x")
    result = cli("report", "--out", tmp_path / "a-file" / "r.html", *audited, "--lang", "nl")
    assert_clean_error(result, "het bestand kan daar niet geschreven worden (een deel van het pad is geen map)")
    assert "Not a directory" not in result.err
