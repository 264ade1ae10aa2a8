"""The command line as a user meets it: help, version, exit codes, light start-up, where the
options go, platform names people use. In this process, except the start-up checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI, cli_env


@pytest.fixture
def cli(run):
    return run


def test_help_lists_every_command(cli) -> None:
    result = cli("--help")
    assert result.code == 0
    for command in ("audit", "import", "report", "history", "checklists", "accept", "demo", "browser"):
        assert command in result.out
    assert "auditor demo" in result.out


def test_every_command_has_help(cli) -> None:
    for args in (["audit"], ["import"], ["report"], ["history"], ["checklists", "diff"], ["accept"], ["demo"],
                 ["browser", "forget"], ["checklists", "validate"]):
        result = cli(*args, "--help")
        assert result.code == 0, (args, result.err)
        assert "usage: auditor" in result.out


def test_version(cli) -> None:
    result = cli("--version")
    assert result.code == 0 and result.out.startswith("auditor ")


def test_usage_error_is_exit_2(cli) -> None:
    result = cli("audit", "--goal", "reckless")
    assert result.code == 2 and "error: --goal: 'reckless' is not one of 'visible', 'balanced', 'private'" in result.err


@pytest.mark.parametrize(("words", "expected"), [
    (["audit", "--goal", "reckless"], "fout: --goal: 'reckless' is niet een van 'visible', 'balanced', 'private'"),
    (["import"], "auditor import: fout: dit ontbreekt nog: PATH"),
    (["history", "--export", "x"], "fout: --export: 'x' is geen heel getal"),
    (["history", "--bogus"], "fout: onbekende opties: --bogus"),
])
def test_usage_errors_speak_dutch(cli, words, expected) -> None:
    """argparse has no Dutch: a Dutch newcomer's typing mistake is told in Dutch, the usage line too."""
    result = cli(*words, "--lang", "nl")
    assert result.code == 2 and expected in result.err, result.err
    assert "error:" not in result.err and "gebruik: auditor" in result.err


def test_the_goal_is_taken_by_its_dutch_name(cli, tmp_path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers: {}\n")
    result = cli("audit", "--goal", "privé", "--answers", answers, "--db", tmp_path / "db.sqlite3",
                 "--checklists", MINI, "--lang", "nl")
    assert result.code == 0, result.err
    assert "doel: privé" in result.out.casefold() or "(doel: privé)" in result.out.casefold(), result.out


def test_importing_the_cli_imports_nothing_heavy() -> None:
    code = ("import sys, auditor.cli; heavy = [m for m in ('playwright', 'jinja2', 'pydantic', 'yaml') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True)
    assert out.stdout.strip() == ""


def test_env_variables_choose_store_and_catalogue(tmp_path: Path, cli) -> None:
    db = tmp_path / "env.sqlite3"
    result = cli("history", env={"AUDITOR_DB": str(db), "AUDITOR_CHECKLISTS": str(MINI), "LANG": "en_US.UTF-8"})
    assert result.code == 0 and "No audits yet" in result.out and str(db) in result.out
    assert not db.exists(), "looking at the history must not create a store"
    report = cli("report", env={"AUDITOR_DB": str(db), "AUDITOR_CHECKLISTS": str(MINI)})
    assert report.code == 2 and "no audit store" in report.err and not db.exists()
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert cli("audit", "--answers", answers, env={"AUDITOR_DB": str(db), "AUDITOR_CHECKLISTS": str(MINI)}).code == 0
    assert db.exists()
    listing = cli("checklists", "list", env={"AUDITOR_CHECKLISTS": str(MINI)})
    assert "example" in listing.out and "linkedin" not in listing.out


def test_fail_on(tmp_path: Path, cli) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: on\n  example.profile.headline: Data engineer at a bank\n")
    common = ["--db", tmp_path / "db.sqlite3", "--checklists", MINI]
    assert cli("audit", "--answers", answers, *common).code == 0
    assert cli("report", "--format", "text", "--fail-on", "high", *common).code == 1
    assert cli("report", "--format", "text", "--fail-on", "high", *common).out
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert cli("audit", "--answers", answers, "--fail-on", "medium", "--new", *common).code == 0


def test_the_real_command_starts_and_answers_end_to_end(tmp_path: Path) -> None:
    """One true start of the installed entry point: help, then an unattended audit."""
    from tests.conftest import run_cli

    assert run_cli("--version").out.startswith("auditor ")
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    result = run_cli("--db", tmp_path / "db.sqlite3", "audit", "--answers", answers, "--checklists", MINI)
    assert result.code == 0, result.err


def test_store_and_catalogue_options_may_come_before_the_command(tmp_path: Path, cli) -> None:
    """Before, ``auditor --db X history`` failed with "invalid choice: 'X'"."""
    db = tmp_path / "db.sqlite3"
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert cli("--db", db, "--checklists", MINI, "audit", "--answers", answers).code == 0
    result = cli("--db", db, "--checklists", MINI, "--lang", "en", "history")
    assert result.code == 0 and "Example Network" in result.out, result.err  # the name people know
    assert cli(f"--db={db}", f"--checklists={MINI}", "checklists", "list").code == 0


def test_a_platforms_former_name_is_taken(tmp_path: Path, cli) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n")
    result = cli("audit", "twitter", "--answers", answers, "--db", tmp_path / "db.sqlite3", "--lang", "en")
    assert result.code == 0, result.err
    assert "X (Twitter)" in result.out


@pytest.mark.parametrize(("typed", "meant"), [("linkdin", "linkedin"), ("facebok", "facebook"), ("twiter", "twitter")])
def test_a_mistyped_platform_gets_a_did_you_mean(cli, typed: str, meant: str) -> None:
    result = cli("audit", typed, "--lang", "en")
    assert result.code == 2
    assert f"There is no checklist for platform '{typed}'." in result.err
    assert f"Did you mean: {meant}?" in result.err


def test_a_closed_network_says_when_it_closed_and_asks_nothing(tmp_path: Path, cli) -> None:
    """Before, ``audit hyves`` asked for a goal and then said "nothing to ask"."""
    db = tmp_path / "db.sqlite3"
    result = cli("audit", "hyves", "--db", db, "--lang", "nl", input="")
    assert result.code == 0, result.err
    assert result.out.strip() == "Hyves is op 2 december 2013 gesloten: daar valt niets meer te controleren."
    assert not db.exists()


def test_an_enum_error_in_a_checklist_names_the_value_given(tmp_path: Path, cli) -> None:
    target = tmp_path / "example.yaml"
    target.write_text((MINI / "example.yaml").read_text().replace("severity: high", "severity: urgent", 1))
    result = cli("checklists", "validate", target)
    assert result.code == 2
    assert "severity: 'urgent' is not one of high, medium, low, info" in result.err
