"""Re-auditing after a catalogue change: what is asked again, each `change`, the report's diff."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from auditor import audit as audits
from auditor.catalogue.loader import load_catalogue
from auditor.store import Store
from tests.conftest import MINI, cli_env

V1 = (MINI / "example.yaml").read_text(encoding="utf-8")

NEW_CHECK = """
  - id: example.security.two-step
    revision: 1
    category: security
    severity: high
    assessment: manual
    title: {en: "Two-step verification is on", nl: "Verificatie in twee stappen staat aan"}
    why: {en: "Test.", nl: "Test."}
    impact: {en: "A code at login.", nl: "Een code bij inloggen."}
    fact: example.security.two_step
    rule: {equals: true}
    question:
      kind: toggle
      text: {en: "Two-step verification?", nl: "Verificatie in twee stappen?"}
    where:
      url: https://example.invalid/security
      path: {en: "Security", nl: "Beveiliging"}
    fix:
      web: {en: "Turn it on.", nl: "Zet het aan."}
    labels: {en: confirmed, nl: confirmed}
    sources: [{seed: 002_4b8ae3fb8cb29145.txt, seen: 2026-11-22}]
    history: [{date: 2026-06-01, change: added, note: "New in v2."}]
"""


@pytest.fixture
def cli(run):
    """In this process (``cli.main``): what is tested is the messages and the store, not start-up."""
    return run


def make_v2(directory: Path) -> None:
    """v2: ads revised (revision 2), two-step added, invitations removed by the platform."""
    text = V1.replace('version: "2026.01.01"', 'version: "2026.06.01"')
    text = text.replace(
        "  - id: example.privacy.ads\n    revision: 1\n", "  - id: example.privacy.ads\n    revision: 2\n", 1)
    text = text.replace(
        '    history: [{date: 2020-01-01, change: added, note: "Test."}]\n\n  - id: example.networking.invitations',
        '    history:\n      - {date: 2020-01-01, change: added, revision: 1, note: "Test."}\n'
        '      - {date: 2026-05-01, change: revised, revision: 2, note: "The setting now also covers partners."}\n'
        "\n  - id: example.networking.invitations", 1)
    marker = '    history: [{date: 2020-01-01, change: added, note: "Test."}]\n\n  - id: example.profile.headline'
    assert marker in text
    text = text.replace(marker, '    history:\n      - {date: 2020-01-01, change: added, note: "Test."}\n'
                        '      - {date: 2026-05-15, change: removed, note: "The platform removed notes."}\n'
                        "\n  - id: example.profile.headline", 1)
    (directory / "example.yaml").write_text(text + NEW_CHECK, encoding="utf-8")


@pytest.fixture
def catalogues(tmp_path: Path) -> tuple[Path, Path]:
    v1, v2 = tmp_path / "v1", tmp_path / "v2"
    v1.mkdir()
    v2.mkdir()
    (v1 / "example.yaml").write_text(V1, encoding="utf-8")
    make_v2(v2)
    return v1, v2


def test_checklists_diff_lists_each_kind_of_change(catalogues: tuple[Path, Path], cli) -> None:
    v1, v2 = catalogues
    result = cli("checklists", "diff", v1, v2, "--format", "json")
    assert result.code == 0, result.err
    changes = {c["check_id"]: c["change"] for c in json.loads(result.out)}
    assert changes == {
        "example.privacy.ads": "revised",
        "example.security.two-step": "added",
        "example.networking.invitations": "retired",
    }
    text = cli("checklists", "diff", v1, v2).out
    assert "revision 1 -> 2: The setting now also covers partners." in text
    markdown = cli("checklists", "diff", v1, v2, "--format", "markdown").out
    assert "- **added** `example.security.two-step`" in markdown


def test_reaudit_asks_only_what_changed_and_reports_each_change(tmp_path: Path, catalogues: tuple[Path, Path],
                                                                 cli) -> None:
    v1, v2 = catalogues
    db = tmp_path / "db.sqlite3"
    first = tmp_path / "first.yaml"
    first.write_text(
        "goal: balanced\nlang: en\nanswers:\n"
        "  example.privacy.ads: on\n"                       # gap, and the check gets revised
        "  example.networking.invitations: always\n"        # pass, the platform then removes it
        "  example.profile.headline: Manager\n"             # gap (generic) -> fixed later
        "  example.profile.projects: 3\n",                  # pass -> regressed later
        encoding="utf-8")
    old = cli_env(AUDITOR_NOW="2026-01-10T09:00:00+00:00")
    assert cli("audit", "--answers", first, "--db", db, "--checklists", v1, env=old).code == 0

    # The catalogue changes; the person starts the next audit. What would the wizard ask?
    catalogue = load_catalogue(v2)
    now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
    with Store(db) as st:
        audit = audits.start(st, catalogue, ["example"], "balanced", "en", now)
        questions, _ = audits.plan(st, catalogue, audit, now, max_age_days=400)
    asked = {q.check.id: q.reason for q in questions}
    assert asked == {
        "example.privacy.ads": audits.ASK_CHECK_CHANGED,      # revised since the answer
        "example.security.two-step": audits.ASK_NEW_CHECK,    # added
        "example.profile.headline": audits.ASK_WAS_GAP,       # a gap last time: fixed yet?
    }
    # projects passed and is recent: carried over, not asked; invitations is removed: never asked

    with Store(db) as st:  # a stale answer is asked again with a shorter window
        questions, _ = audits.plan(st, catalogue, audit, now, max_age_days=180)
    assert {q.check.id: q.reason for q in questions}["example.profile.projects"] == audits.ASK_STALE

    second = tmp_path / "second.yaml"
    second.write_text(
        "answers:\n  example.privacy.ads: off\n  example.security.two-step: on\n"
        "  example.profile.headline: Structural engineer for bridges\n  example.profile.projects: 0\n",
        encoding="utf-8")
    new = cli_env(AUDITOR_NOW="2026-11-22T09:05:00+00:00")
    result = cli("audit", "--answers", second, "--db", db, "--checklists", v2, env=new)
    assert result.code == 0, result.err
    report = cli("report", "--format", "json", "--out", "-", "--db", db, "--checklists", v2, env=new)
    data = json.loads(report.out)
    assert data["audit"]["previous_id"] == 1
    changes = {f["check"]: (f["status"], f["change"]) for f in data["platforms"][0]["findings"]}
    assert changes["example.privacy.ads"] == ("pass", "check-changed")
    assert changes["example.security.two-step"] == ("pass", "new")
    assert changes["example.profile.headline"] == ("pass", "fixed")
    assert changes["example.profile.projects"] == ("gap", "regressed")
    assert changes["example.networking.invitations"] == ("retired", "check-changed")

    html_path = tmp_path / "r.html"
    assert cli("report", "--out", html_path, "--db", db, "--checklists", v2, env=new).code == 0
    html = html_path.read_text()
    since = html[html.index('id="since"'):html.index('id="gaps"')]
    assert "Compared with audit #1 of 10 January 2026" in since
    for heading in ("Fixed (1)", "Got worse (1)", "New (1)", "Checks the platform or the advice changed (2)"):
        assert heading in since, heading
    assert "Settings the platforms removed" in html

    history = cli("history", "--db", db, "--checklists", v2, env=new)
    assert "trend per platform" in history.out and " → " in history.out


def test_accepted_risk_is_marked_and_expires(tmp_path: Path, cli) -> None:
    db = tmp_path / "db.sqlite3"
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: on\n", encoding="utf-8")
    env = cli_env(AUDITOR_NOW="2026-11-22T09:00:00+00:00")
    common = ["--db", db, "--checklists", MINI]
    assert cli("audit", "--answers", answers, *common, env=env).code == 0
    assert cli("report", "--format", "text", "--fail-on", "high", *common, env=env).code == 1
    result = cli("accept", "example.privacy.ads", "--reason", "I like relevant ads", "--until", "2026-12-31",
                 *common, env=env)
    assert result.code == 0, result.err
    during = json.loads(cli("report", "--format", "json", "--out", "-", *common, env=env).out)
    finding = next(f for f in during["platforms"][0]["findings"] if f["check"] == "example.privacy.ads")
    assert finding["status"] == "gap"
    assert finding["accepted"] == {"reason": "I like relevant ads", "until": "2026-12-31"}
    assert during["summary"]["gaps"]["high"] == 0
    assert cli("report", "--format", "text", "--fail-on", "high", *common, env=env).code == 0
    html = tmp_path / "r.html"
    cli("report", "--out", html, *common, env=env)
    assert "I like relevant ads" in html.read_text() and "Accepted risks" in html.read_text()

    later = cli_env(AUDITOR_NOW="2027-01-02T09:00:00+00:00")
    after = json.loads(cli("report", "--format", "json", "--out", "-", *common, env=later).out)
    finding = next(f for f in after["platforms"][0]["findings"] if f["check"] == "example.privacy.ads")
    assert "accepted" not in finding and after["summary"]["gaps"]["high"] == 1
    assert cli("report", "--format", "text", "--fail-on", "high", *common, env=later).code == 1


def test_accept_rejects_bad_input(tmp_path: Path, cli) -> None:
    common = ["--db", tmp_path / "db.sqlite3", "--checklists", MINI]
    bad_check = cli("accept", "example.privacy.nope", "--reason", "x", *common)
    assert bad_check.code == 2 and "no check" in bad_check.err
    bad_date = cli("accept", "example.privacy.ads", "--reason", "x", "--until", "31-12-2026", *common)
    assert bad_date.code == 2 and "YYYY-MM-DD" in bad_date.err
    past = cli("accept", "example.privacy.ads", "--reason", "x", "--until", "2001-01-01", *common)
    assert past.code == 2 and "past" in past.err


def test_stale_checklist_review_warns(tmp_path: Path, mini_catalogue: Path, cli) -> None:
    path = mini_catalogue / "example.yaml"
    path.write_text(path.read_text().replace("reviewed: 2026-11-01", "reviewed: 2025-01-01"))
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n", encoding="utf-8")
    common = ["--db", tmp_path / "db.sqlite3", "--checklists", mini_catalogue]
    result = cli("audit", "--answers", answers, *common)
    assert "last reviewed" in result.out
    out = tmp_path / "r.json"
    cli("report", "--format", "json", "--out", out, *common)
    assert any("last reviewed" in w for w in json.loads(out.read_text())["warnings"])


def test_overlay_skips_and_reseverities_without_editing_the_checklist(tmp_path: Path, mini_catalogue: Path,
                                                                       cli) -> None:
    (mini_catalogue / "overlay.yaml").write_text(
        "schema: auditor.overlay/1\nchecks:\n"
        "  example.privacy.ads: {severity: low}\n"
        "  example.profile.headline: {skip: \"Workshop: headlines are covered on day two\"}\n", encoding="utf-8")
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: on\n", encoding="utf-8")
    common = ["--db", tmp_path / "db.sqlite3", "--checklists", mini_catalogue]
    assert cli("audit", "--answers", answers, *common).code == 0
    data = json.loads(cli("report", "--format", "json", "--out", "-", *common).out)
    found = {f["check"]: f for f in data["platforms"][0]["findings"]}
    assert found["example.privacy.ads"]["severity"] == "low"
    assert found["example.profile.headline"]["status"] == "not_applicable"
    assert "day two" in found["example.profile.headline"]["reason"]
