"""Someone who has never run an audit is pointed to ``auditor demo`` once, in their
language, on every way in: the wizard, an audit without a terminal, report, history,
share, and the local page's start page. Once an audit exists, the hint is gone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_support import site, visitor

from tests.conftest import MINI
from tests.test_wizard import audit_pty

DUTCH = {"LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture
def cli(run):
    return run


@pytest.mark.parametrize("words", [["audit", "example"], ["report"], ["history"], ["share", "--out", "s.json"]],
                         ids=" ".join)
def test_every_first_run_command_points_to_the_demo_once_in_dutch(cli, tmp_path: Path, words: list[str]) -> None:
    result = cli(*words, "--db", tmp_path / "db.sqlite3", "--checklists", MINI, env=DUTCH, cwd=tmp_path, input="")
    said = result.out + result.err
    assert said.count("auditor demo") == 1, said
    assert "(of probeer: auditor demo)" in said or "De eerste keer?" in said, said
    assert "try:" not in said and "First time" not in said


def test_an_audit_without_a_terminal_points_to_the_demo_only_the_first_time(cli, tmp_path: Path) -> None:
    common = ["--db", tmp_path / "db.sqlite3", "--checklists", MINI, "--lang", "nl"]
    first = cli("audit", "example", *common, input="")
    assert first.code == 2 and "De eerste keer? Bekijk eerst een voorbeeldrapport" in first.err
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert cli("audit", "--answers", answers, *common).code == 0
    again = cli("audit", "example", "--new", *common, input="")
    assert again.code == 2 and "auditor demo" not in again.err


def test_the_wizard_points_to_the_demo_once_on_the_first_run(db: Path) -> None:
    with audit_pty(db, "--lang", "nl", env={**DUTCH, "NO_COLOR": "1", "PYTHONUTF8": "1"}) as p:
        p.expect(re.compile(r"De eerste keer\? Bekijk eerst een voorbeeldrapport van een verzonnen persoon:\s+"
                            r"auditor demo"))
        p.expect("Doel (1-3, Enter = gebalanceerd)")
        assert p.screen.count("auditor demo") == 1
        p.send_ctrl_c()
        p.wait()


def test_the_start_page_points_to_the_demo_until_something_is_audited(db: Path, tmp_path: Path, cli) -> None:
    app, secret = site(db)
    page = visitor(app, secret).get("/")
    assert "De eerste keer? Wil je eerst een voorbeeldrapport zien" in page.text
    assert page.text.count("auditor demo") == 1
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert cli("audit", "--answers", answers, "--db", db, "--checklists", MINI).code == 0
    app, secret = site(db)
    assert "auditor demo" not in visitor(app, secret).get("/").text
