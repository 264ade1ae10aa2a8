"""checklist + facts + goal -> findings, score and coverage. Knows no platform.

Status precedence, first match wins:
``retired`` (the platform or the setting is gone) > ``not_applicable`` (goal, overlay or
applicability says so) > ``unknown`` (no usable fact, an "unsure" answer, an answer to an
older revision of the check, or a rule that cannot judge the value) > ``pass`` / ``gap``.

Score and coverage are defined here and nowhere else (the README quotes this docstring):

* weight of a check = its effective severity: high 5, medium 3, low 1, info 0;
* **score** = 100 × (weight of passed checks) / (weight of passed + gap checks), rounded;
  only determined checks count, so an unanswered question neither helps nor hurts;
  ``None`` when nothing with weight was determined. An accepted gap still counts as a gap
  in the score (the setting is still what it is) but not in the open-gap counts;
* **coverage** = determined checks / applicable checks (pass + gap + unknown), 0..1.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditor.facts import Fact
from auditor.rules import evaluate as evaluate_rule

if TYPE_CHECKING:  # annotations only: the report path renders stored findings without pydantic
    from auditor.catalogue.model import Check, Checklist, Overlay

WEIGHTS: dict[str, int] = {"high": 5, "medium": 3, "low": 1, "info": 0}
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2, "info": 3}
STATUSES: tuple[str, ...] = ("pass", "gap", "unknown", "not_applicable", "retired")

# Why a finding is unknown / not applicable; the report turns these into sentences.
REASON_NO_EVIDENCE = "no-evidence"
REASON_UNSURE = "unsure"
REASON_STALE_REVISION = "check-changed"
REASON_CANNOT_JUDGE = "cannot-judge"
REASON_GOAL = "goal"
REASON_OVERLAY = "overlay"
REASON_CONDITION = "condition"
REASON_REMOVED = "removed"
REASON_PLATFORM_RETIRED = "platform-retired"
REASON_NOT_READ = "not-read"  # a browser probe ran but could not read the control
REASON_NOT_SETTLED = "not-settled"  # an export shows something that does not settle the answer


@dataclass(frozen=True)
class Acceptance:
    """The person knowingly keeps a setting: the gap stays visible, marked accepted."""

    check_id: str
    reason: str
    until: dt.date | None
    created_at: dt.datetime

    def active_on(self, day: dt.date) -> bool:
        return self.until is None or day <= self.until


@dataclass
class Finding:
    check_id: str
    platform: str
    revision: int
    category: str
    severity: str
    status: str
    reason: str = ""
    evidence: list[Fact] = field(default_factory=list)
    accepted: Acceptance | None = None
    detail: str = ""

    @property
    def open_gap(self) -> bool:
        return self.status == "gap" and self.accepted is None


@dataclass
class Tally:
    """Score and coverage over some findings (one platform, or all of them)."""

    score: int | None
    coverage: float | None
    gaps: dict[str, int]
    counts: dict[str, int]


@dataclass
class PlatformResult:
    platform: str
    checklist: Checklist
    findings: list[Finding]
    tally: Tally


def tally(findings: Iterable[Finding]) -> Tally:
    findings = list(findings)
    counts = Counter(f.status for f in findings)
    passed = sum(WEIGHTS[f.severity] for f in findings if f.status == "pass")
    failed = sum(WEIGHTS[f.severity] for f in findings if f.status == "gap")
    score = round(100 * passed / (passed + failed)) if passed + failed else None
    applicable = counts["pass"] + counts["gap"] + counts["unknown"]
    coverage = round((counts["pass"] + counts["gap"]) / applicable, 4) if applicable else None
    gaps = {sev: 0 for sev in WEIGHTS}
    for f in findings:
        if f.open_gap:
            gaps[f.severity] += 1
    return Tally(score=score, coverage=coverage, gaps=gaps, counts={s: counts[s] for s in STATUSES})


def evaluate_checklist(
    checklist: Checklist,
    facts: Mapping[str, Fact],
    goal: str,
    *,
    acceptances: Mapping[str, Acceptance] | None = None,
    overlay: Overlay | None = None,
    today: dt.date | None = None,
) -> PlatformResult:
    today = today or dt.date.today()
    acceptances = acceptances or {}
    lists = checklist.all_words()
    findings = [
        _evaluate_check(checklist, check, facts, goal, acceptances, overlay, today, lists)
        for check in checklist.checks
    ]
    return PlatformResult(checklist.platform, checklist, findings, tally(findings))


def effective_severity(check: Check, goal: str, overlay: Overlay | None) -> str:
    entry = overlay.checks.get(check.id) if overlay else None
    if entry and entry.severity:
        return entry.severity
    return check.severity_for(goal)


def _evaluate_check(
    checklist: Checklist,
    check: Check,
    facts: Mapping[str, Fact],
    goal: str,
    acceptances: Mapping[str, Acceptance],
    overlay: Overlay | None,
    today: dt.date,
    lists: Mapping[str, list[str]],
) -> Finding:
    finding = Finding(
        check_id=check.id,
        platform=checklist.platform,
        revision=check.revision,
        category=check.category,
        severity=effective_severity(check, goal, overlay),
        status="unknown",
    )
    overlay_entry = overlay.checks.get(check.id) if overlay else None
    if checklist.status == "retired":
        return _with(finding, "retired", REASON_PLATFORM_RETIRED)
    if check.removed:
        return _with(finding, "retired", REASON_REMOVED)
    if not check.applies_to_goal(goal):
        return _with(finding, "not_applicable", REASON_GOAL)
    if overlay_entry and overlay_entry.skip:
        return _with(finding, "not_applicable", REASON_OVERLAY, overlay_entry.skip)
    condition = ruling_condition(check, facts, lists)
    if condition is not None:
        finding.evidence = [condition]
        return _with(finding, "not_applicable", REASON_CONDITION)
    fact = facts.get(check.fact)
    if fact is None:
        return _with(finding, "unknown", REASON_NO_EVIDENCE)
    finding.evidence = [fact]
    if fact.is_unsure:
        return _with(finding, "unknown", REASON_UNSURE)
    if fact.value is None:
        reason = REASON_NOT_SETTLED if fact.source == "export" else REASON_NOT_READ
        return _with(finding, "unknown", reason, fact.detail)
    if _answered_older_revision(check, fact):
        return _with(finding, "unknown", REASON_STALE_REVISION)
    verdict = evaluate_rule(check.rule_for(goal), fact.value, lists)
    if verdict is None:
        return _with(finding, "unknown", REASON_CANNOT_JUDGE)
    if verdict:
        return _with(finding, "pass", "")
    finding.status = "gap"
    acceptance = acceptances.get(check.id)
    if acceptance is not None and acceptance.active_on(today):
        finding.accepted = acceptance
    return finding


def ruling_condition(check: Check, facts: Mapping[str, Fact], lists: Mapping[str, list[str]]) -> Fact | None:
    """The fact that rules ``check`` out through its ``applies_when`` condition, if one does.

    The one place that decides it, for the engine and for the interview alike: only a
    determined answer rules a check out. "Not sure" (or a failed reading) keeps the check
    open, and the condition is asked again next time.
    """
    if check.applies_when is None:
        return None
    condition = facts.get(check.applies_when.fact)
    if condition is None or not condition.determined:
        return None
    return condition if evaluate_rule(check.applies_when.rule, condition.value, lists) is False else None


def _answered_older_revision(check: Check, fact: Fact) -> bool:
    """An answer given to an earlier revision of this check no longer counts."""
    if fact.source != "answer" or fact.check_revision is None:
        return False
    if fact.check_id not in (check.id, *check.aliases):
        return False
    return fact.check_revision < check.revision


def _with(finding: Finding, status: str, reason: str, detail: str = "") -> Finding:
    finding.status = status
    finding.reason = reason
    finding.detail = detail
    return finding


def sort_key(finding: Finding) -> tuple[int, str]:
    return (SEVERITY_ORDER[finding.severity], finding.check_id)
