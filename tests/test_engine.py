"""The engine: statuses, goals, overlay, acceptances, score and coverage."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.catalogue.loader import load_catalogue
from auditor.catalogue.model import Overlay
from auditor.engine import Acceptance, Finding, evaluate_checklist, tally
from auditor.facts import Fact
from tests.conftest import MINI

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def fact(key: str, value: object, source: str = "answer", check: str | None = None, rev: int | None = None) -> Fact:
    return Fact(key, value, source, NOW, check_id=check, check_revision=rev)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def checklist():
    return load_catalogue(MINI).platform("example")


def by_id(result) -> dict[str, Finding]:
    return {f.check_id: f for f in result.findings}


def test_no_evidence_is_unknown_never_gap(checklist) -> None:
    result = evaluate_checklist(checklist, {}, "balanced")
    statuses = {f.check_id: f.status for f in result.findings}
    assert statuses["example.privacy.ads"] == "unknown"
    assert statuses["example.profile.headline"] == "unknown"
    assert result.tally.score is None and result.tally.coverage == 0
    assert sum(result.tally.gaps.values()) == 0


def test_removed_setting_is_retired_and_not_counted(checklist) -> None:
    facts = {"example.setting.face_recognition": fact("example.setting.face_recognition", True)}
    found = by_id(evaluate_checklist(checklist, facts, "balanced"))
    assert found["example.privacy.face-recognition"].status == "retired"


def test_pass_and_gap_follow_the_rule(checklist) -> None:
    facts = {
        "example.setting.ads": fact("example.setting.ads", True),
        "example.profile.headline": fact("example.profile.headline", "Adviseur"),
    }
    found = by_id(evaluate_checklist(checklist, facts, "balanced"))
    assert found["example.privacy.ads"].status == "gap"
    assert found["example.privacy.ads"].evidence[0].value is True
    assert found["example.profile.headline"].status == "gap"  # a generic title alone


def test_unsure_answer_is_unknown(checklist) -> None:
    facts = {"example.setting.ads": fact("example.setting.ads", "unsure")}
    assert by_id(evaluate_checklist(checklist, facts, "balanced"))["example.privacy.ads"].reason == "unsure"


def test_goal_changes_severity_and_applicability(checklist) -> None:
    facts = {"example.networking.note": fact("example.networking.note", "never")}
    balanced = by_id(evaluate_checklist(checklist, facts, "balanced"))["example.networking.invitations"]
    visible = by_id(evaluate_checklist(checklist, facts, "visible"))["example.networking.invitations"]
    private = by_id(evaluate_checklist(checklist, facts, "private"))["example.networking.invitations"]
    assert (balanced.status, balanced.severity) == ("gap", "medium")
    assert (visible.status, visible.severity) == ("gap", "low")
    assert private.status == "not_applicable"


def test_applicability_condition(checklist) -> None:
    facts = {"example.profile.is_freelancer": fact("example.profile.is_freelancer", False),
             "example.profile.projects": fact("example.profile.projects", 0)}
    assert by_id(evaluate_checklist(checklist, facts, "balanced"))["example.profile.projects"].status == "not_applicable"
    facts["example.profile.is_freelancer"] = fact("example.profile.is_freelancer", True)
    assert by_id(evaluate_checklist(checklist, facts, "balanced"))["example.profile.projects"].status == "gap"


def test_answer_to_an_older_revision_no_longer_counts(checklist) -> None:
    old = fact("example.setting.ads", False, check="example.privacy.ads", rev=0 + 1)
    assert by_id(evaluate_checklist(checklist, {old.key: old}, "balanced"))["example.privacy.ads"].status == "pass"
    bumped = checklist.model_copy(update={"checks": [
        c.model_copy(update={"revision": 2}) if c.id == "example.privacy.ads" else c for c in checklist.checks]})
    finding = by_id(evaluate_checklist(bumped, {old.key: old}, "balanced"))["example.privacy.ads"]
    assert (finding.status, finding.reason) == ("unknown", "check-changed")


def test_overlay_skips_and_changes_severity(checklist) -> None:
    overlay = Overlay.model_validate({"schema": "auditor.overlay/1", "checks": {
        "example.privacy.ads": {"severity": "low"},
        "example.profile.headline": {"skip": "we do not use headlines in this workshop"}}})
    facts = {"example.setting.ads": fact("example.setting.ads", True)}
    found = by_id(evaluate_checklist(checklist, facts, "balanced", overlay=overlay))
    assert found["example.privacy.ads"].severity == "low"
    assert found["example.profile.headline"].status == "not_applicable"
    assert "workshop" in found["example.profile.headline"].detail


def test_accepted_gap_stays_visible_until_it_expires(checklist) -> None:
    facts = {"example.setting.ads": fact("example.setting.ads", True)}
    acc = {"example.privacy.ads": Acceptance("example.privacy.ads", "I want ads", dt.date(2026, 12, 31), NOW)}
    during = evaluate_checklist(checklist, facts, "balanced", acceptances=acc, today=dt.date(2026, 12, 1))
    after = evaluate_checklist(checklist, facts, "balanced", acceptances=acc, today=dt.date(2027, 1, 1))
    assert by_id(during)["example.privacy.ads"].status == "gap"
    assert by_id(during)["example.privacy.ads"].accepted is not None
    assert during.tally.gaps["high"] == 0
    assert by_id(after)["example.privacy.ads"].accepted is None
    assert after.tally.gaps["high"] == 1


def mk(status: str, severity: str) -> Finding:
    return Finding("x.privacy.a", "x", 1, "privacy", severity, status)


def test_score_is_severity_weighted_over_determined_checks_only() -> None:
    findings = [mk("pass", "high"), mk("gap", "medium"), mk("gap", "low"), mk("unknown", "high"),
                mk("not_applicable", "high"), mk("retired", "high"), mk("pass", "info")]
    t = tally(findings)
    assert t.score == round(100 * 5 / (5 + 3 + 1))  # unknown, n/a, retired and info weigh nothing
    assert t.coverage == round(4 / 5, 4)  # 4 determined of 5 applicable (pass, gap, unknown)
    assert t.gaps == {"high": 0, "medium": 1, "low": 1, "info": 0}


def test_unknowns_lower_coverage_not_score() -> None:
    base = [mk("pass", "high"), mk("gap", "low")]
    more = [*base, mk("unknown", "high"), mk("unknown", "medium")]
    assert tally(base).score == tally(more).score
    assert tally(more).coverage < tally(base).coverage


def test_nothing_determined_has_no_score() -> None:
    assert tally([mk("unknown", "high")]).score is None
    assert tally([]).coverage is None
