"""`auditor audit --browser` end to end: probes become facts, failures become reasons.

The command runs in-process so the browser session can be given route interception:
every platform URL is answered by a fixture page, everything else is aborted, and a dead
proxy catches anything that slips through. Nothing leaves the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_fixtures import (
    FixtureServer,
    hand_written,
    page_html,
    render_control,
    render_page,
    routed_session,
)

from auditor import cli
from auditor.catalogue.loader import load_catalogue
from auditor.commands import browsing

pytestmark = pytest.mark.browser


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FixtureServer]:
    server = FixtureServer()
    monkeypatch.setattr(browsing, "session", routed_session(server, tmp_path / "profile"))
    yield server


def test_browser_readings_settle_checks_and_failures_are_reported(served: FixtureServer, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = load_catalogue()
    probed = [c for c in catalogue.platform("linkedin").checks if c.probe is not None and not c.removed]
    ai = next(c for c in probed if c.id == "linkedin.privacy.generative-ai-data")
    assert ai.probe is not None
    served.serve(ai.probe.url, render_page(ai.probe, "en", "off", "button"))
    others = [c for c in probed if c is not ai]
    assert others, "the catalogue has a second LinkedIn probe to exercise the login path"
    for check in others:  # the person is not logged in there: the page sends them to a login
        assert check.probe is not None
        served.serve(check.probe.url, hand_written("login-redirect.html"))
    served.serve("https://www.linkedin.com/uas/login", "<html><body><input type=password></body></html>")

    answers = tmp_path / "answers.yaml"
    answers.write_text("goal: balanced\nlang: en\nanswers:\n  linkedin.security.two-step: on\n")
    db = tmp_path / "db.sqlite3"
    code = cli.main(["audit", "linkedin", "--answers", str(answers), "--browser", "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 0
    assert f"{ai.title.en}: read" in out  # the person reads the check's title, not its id
    assert served.blocked == [] or all("linkedin.com" not in u for u in served.blocked)

    assert cli.main(["report", "--format", "json", "--out", "-", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    findings = {f["check"]: f for f in report["platforms"][0]["findings"]}
    gai = findings["linkedin.privacy.generative-ai-data"]
    assert gai["status"] == "pass" and gai["evidence"][0]["source"] == "browser"
    assert ai.probe.url in gai["evidence"][0]["detail"]
    for check in others:
        if check.id == "linkedin.security.two-step":
            continue  # answered in the file: see below
        finding = findings[check.id]
        assert finding["status"] == "unknown"
        assert "not logged in" in finding["reason"].lower() or "log" in finding["reason"].lower()
    # a failed reading never hides what the person said
    two_step = findings["linkedin.security.two-step"]
    assert two_step["status"] == "pass" and two_step["evidence"][0]["source"] == "answer"


@pytest.mark.parametrize(("plang", "status"), [("nl", "gap"), ("en", "pass")])
def test_the_probe_looks_for_the_name_on_the_persons_screen_first(served: FixtureServer, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str], plang: str,
                                                                  status: str) -> None:
    """A page holding both languages' names (on: the Dutch one, off: the English one): the
    reading is the control named as the person's platform screen names it."""
    catalogue = load_catalogue()
    ai = catalogue.find_check("linkedin.privacy.generative-ai-data")
    assert ai is not None and ai.probe is not None and ai.probe.name.nl != ai.probe.name.en
    body = (f"<section>{render_control(ai.probe, 'nl', 'on', 'button', ai.probe.name.nl, 'a')}</section>"
            f"<section>{render_control(ai.probe, 'en', 'off', 'button', ai.probe.name.en, 'b')}</section>")
    served.serve(ai.probe.url, page_html(body, plang, "Settings"))
    for check in catalogue.platform("linkedin").checks:
        if check.probe is not None and check is not ai:
            served.serve(check.probe.url, hand_written("login-redirect.html"))
    served.serve("https://www.linkedin.com/uas/login", "<html><body><input type=password></body></html>")
    answers = tmp_path / "answers.yaml"
    answers.write_text("goal: balanced\nlang: en\nanswers: {}\n")
    db = tmp_path / "db.sqlite3"
    assert cli.main(["audit", "linkedin", "--answers", str(answers), "--browser", "--platform-lang", plang,
                     "--db", str(db)]) == 0
    capsys.readouterr()
    assert cli.main(["report", "--format", "json", "--out", "-", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    finding = next(f for f in report["platforms"][0]["findings"] if f["check"] == ai.id)
    assert finding["status"] == status and finding["evidence"][0]["source"] == "browser"


def test_how_a_public_profile_reading_went_is_said_in_words() -> None:
    from auditor.commands.browsing import _public_status

    assert _public_status("ok", "nl") == "gelezen"
    assert _public_status("login-wall", "nl") == "het platform laat bezoekers in plaats daarvan een inlogpagina zien"
    assert _public_status("page-error", "en") == "the page could not be opened"
