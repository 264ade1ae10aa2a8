"""The short terminal summary: ``auditor report --format text`` and the end of an audit."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from auditor import audit as audits
from auditor.catalogue.loader import load_catalogue
from auditor.report.text import render_summary
from auditor.store import Store
from auditor.terminal import clean
from tests.conftest import MINI, run_cli
from tests.report_support import SECOND_AUDIT, env_at, ok, report, two_audits, write_answers

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return two_audits(tmp_path_factory.mktemp("text"))


def test_text_summary(story: tuple[Path, Path]) -> None:
    catalogue, db = story
    out = ok(report(catalogue, db, "--format", "text", when=SECOND_AUDIT)).out
    lines = out.splitlines()
    assert lines[0] == "Privacy and profile audit #2  (Goal: balanced)"
    # What a person can act on comes first; the score follows, where people who want it look.
    assert lines[1] == "3 of 4 points in order · 1 urgent · 1 to improve · 1 still to check"
    assert lines[2] == "Open gaps: 1 high, 0 medium, 0 low   Score: 43"
    assert lines[3] == "You checked 4 points; 1 is important to sort out today."
    assert re.fullmatch(r"  Example Network score +43 +checked +80% +1 open gap", lines[4])
    assert lines[5] == ("Since your last audit: 1 fixed, 1 got worse, 1 new, "
                        "1 changed by the platform or the advice")
    assert "Start here:" in lines
    assert "  1. HIGH     To do: two-step verification is on (Example Network)" in lines
    assert "              https://example.invalid/settings/security" in lines
    assert "Still to check: 1" in lines
    assert lines[-1] == "Full report: auditor report --open"
    assert not ANSI.search(out), "no colour when stdout is not a terminal"
    # the accepted regression is not an open gap
    assert "Invitations carry a personal note" not in out


def test_text_summary_in_dutch(story: tuple[Path, Path]) -> None:
    catalogue, db = story
    out = ok(report(catalogue, db, "--format", "text", "--lang", "nl", when=SECOND_AUDIT)).out
    assert out.startswith("Privacy- en profielcontrole #2")
    assert "Open verbeterpunten: 1 hoog, 0 middel, 0 laag" in out
    assert "3 van de 4 punten in orde · 1 dringend · 1 kun je verbeteren · 1 nog te controleren" in out
    assert "Dekking" not in out and "dekking" not in out
    assert "(Doel: gebalanceerd)" in out and "balanced" not in out
    assert "Je hebt 4 punten gecontroleerd; 1 is belangrijk om vandaag te regelen." in out
    assert "Begin hier:" in out
    assert "Nog doen: verificatie in 2 stappen staat aan (Example Network)" in out
    assert "Volledig rapport: auditor report --open" in out


def test_text_summary_to_a_file(story: tuple[Path, Path], tmp_path: Path) -> None:
    catalogue, db = story
    target = tmp_path / "summary.txt"
    result = ok(report(catalogue, db, "--format", "text", "--out", target, when=SECOND_AUDIT))
    assert f"Report written to {target}" in result.out
    assert target.stat().st_mode & 0o777 == 0o600
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Privacy and profile audit #2") and not ANSI.search(text)


def test_text_fail_on(story: tuple[Path, Path]) -> None:
    catalogue, db = story
    assert report(catalogue, db, "--format", "text", "--fail-on", "high",
                  when=SECOND_AUDIT).code == 1
    result = report(catalogue, db, "--format", "text", "--fail-on", "high", "--audit", "1",
                    when=SECOND_AUDIT)
    assert result.code == 1  # audit 1 had the high ads gap
    assert result.out.startswith("Privacy and profile audit #1")


def test_colour_only_when_asked(story: tuple[Path, Path]) -> None:
    catalogue, db = story
    with Store(db) as st:
        row = st.latest_audit()
        assert row is not None
        result = audits.evaluate(st, load_catalogue(catalogue), row, dt.date(2026, 11, 22))
    plain = render_summary(result, "en", colour=False)
    coloured = render_summary(result, "en", colour=True)
    assert not ANSI.search(plain)
    shown = clean(coloured)  # what the terminal's filter writes
    assert "\x1b[31mHIGH    \x1b[0m" in shown  # high severity in red
    assert ANSI.sub("", shown) == plain


def test_audit_ends_with_the_summary(tmp_path: Path) -> None:
    answers = write_answers(tmp_path / "a.yaml", {"example.privacy.ads": "on"})
    result = ok(run_cli("audit", "--answers", answers, "--checklists", MINI, "--db",
                        tmp_path / "db.sqlite3", env=env_at(SECOND_AUDIT)))
    assert "Privacy and profile audit #1" in result.out
    assert "Open gaps: 1 high" in result.out
    assert "Full report: auditor --db " in result.out and result.out.rstrip().endswith("report --open")
