"""The command line as a user meets it: help, version, exit codes, light start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import MINI, cli_env


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
    assert result.code == 2 and "invalid choice" in result.err


def test_importing_the_cli_imports_nothing_heavy() -> None:
    code = ("import sys, auditor.cli; heavy = [m for m in ('playwright', 'jinja2', 'pydantic', 'yaml') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True)
    assert out.stdout.strip() == ""


def test_env_variables_choose_store_and_catalogue(tmp_path: Path, cli) -> None:
    db = tmp_path / "env.sqlite3"
    result = cli("history", env=cli_env(AUDITOR_DB=str(db), AUDITOR_CHECKLISTS=str(MINI)))
    assert result.code == 0 and "No audits yet" in result.out and str(db) in result.out
    assert not db.exists(), "looking at the history must not create a store"
    report = cli("report", env=cli_env(AUDITOR_DB=str(db), AUDITOR_CHECKLISTS=str(MINI)))
    assert report.code == 2 and "no audit store" in report.err and not db.exists()
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert cli("audit", "--answers", answers, env=cli_env(AUDITOR_DB=str(db), AUDITOR_CHECKLISTS=str(MINI))).code == 0
    assert db.exists()
    listing = cli("checklists", "list", env=cli_env(AUDITOR_CHECKLISTS=str(MINI)))
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
