"""An audit's result, prepared for reading: the data every renderer (HTML, JSON, text) uses.

All decisions about what goes where (which section a finding belongs in, which text in
which language, redaction) are made here, in Python, so that the HTML template only
places values (as coverage.py's report does) and the JSON view cannot drift from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from auditor import __version__
from auditor.audit import AuditResult
from auditor.catalogue.model import Check, Checklist
from auditor.engine import SEVERITY_ORDER, Finding, sort_key
from auditor.facts import Fact
from auditor.report.strings import strings

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A phone number: a digit, then at least seven digits, spaces, brackets, dots, slashes or
# dashes, then a digit; not inside a word or a URL path, and not a date (2026-11-22,
# 22-11-2026, 2026.01.01), which has the same shape but is no one's number.
_DATE = r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?![\w/])"
PHONE = re.compile(rf"(?<![\w/.-])[+(]?(?!{_DATE})\d[\d ()./-]{{7,}}\d(?![\w/])")


def redact(text: str) -> str:
    """Hide e-mail addresses and phone numbers (for a report that will be shared)."""
    return PHONE.sub("[phone hidden]", EMAIL.sub("[e-mail hidden]", text))


@dataclass
class EvidenceView:
    source: str
    source_label: str
    observed_at: str
    detail: str
    value: str
    label: str = ""  # what the person saw: a choice's label rather than its id


@dataclass
class FindingView:
    check: str
    platform: str
    revision: int
    severity: str
    severity_label: str
    category: str
    status: str
    change: str | None
    title: str
    why: str
    impact: str
    fix: dict[str, str]
    where_url: str
    where_path: str
    evidence: list[EvidenceView]
    reason: str
    goal_note: str | None
    labels_unverified: bool
    removed_on: str | None
    accepted: dict[str, str | None] | None
    sources: list[dict[str, str]]

    @property
    def observed(self) -> bool:
        return self.status in ("pass", "gap")


@dataclass
class PlatformView:
    id: str
    name: str
    status: str
    retired_on: str | None
    retired_note: str | None
    checklist_version: str
    reviewed: str
    score: int | None
    coverage: float | None
    gaps: dict[str, int]
    findings: list[FindingView]


@dataclass
class ReportView:
    lang: str
    t: dict[str, str]
    generated_at: str
    audit: dict[str, Any]
    score: int | None
    coverage: float | None
    gaps: dict[str, int]
    platforms: list[PlatformView]
    changes: dict[str, list[FindingView]]
    warnings: list[str]
    redacted: bool
    tool_version: str = __version__
    goal_text: str = ""
    since_text: str = ""
    sections: dict[str, list[FindingView]] = field(default_factory=dict)


def _value_text(fact: Fact, lang: str) -> str:
    if isinstance(fact.value, bool):
        return ("aan" if fact.value else "uit") if lang == "nl" else ("on" if fact.value else "off")
    if isinstance(fact.value, float):
        return f"{fact.value:.2f}"
    return "" if fact.value is None else str(fact.value)


def _evidence(fact: Fact, lang: str, t: dict[str, str], scrub: bool,
              choices: dict[str, str] | None = None) -> EvidenceView:
    detail, value = fact.detail, _value_text(fact, lang)
    if scrub:
        detail, value = redact(detail), redact(value)
    label = (choices or {}).get(value, value)
    return EvidenceView(
        source=fact.source, source_label=t.get(f"source_{fact.source}", fact.source),
        observed_at=fact.observed_at.isoformat(), detail=detail, value=value, label=label,
    )


def _choice_labels(check: Check, lang: str) -> dict[str, str]:
    question = check.question
    return {c.id: c.label.get(lang) for c in question.choices or []} if question else {}


def _finding_view(finding: Finding, check: Check | None, change: str | None, lang: str, goal: str,
                  t: dict[str, str], scrub: bool) -> FindingView:
    if check is None:  # the catalogue in use no longer has this check: show what is known
        return FindingView(
            check=finding.check_id, platform=finding.platform, revision=finding.revision,
            severity=finding.severity, severity_label=t[f"sev_{finding.severity}"], category=finding.category,
            status=finding.status, change=change, title=finding.check_id, why="", impact="", fix={},
            where_url="", where_path="", evidence=[_evidence(e, lang, t, scrub) for e in finding.evidence],
            reason="", goal_note=None, labels_unverified=False, removed_on=None, accepted=None, sources=[],
        )
    fix = {"web": check.fix.web.get(lang)}
    if check.fix.ios:
        fix["ios"] = check.fix.ios.get(lang)
    if check.fix.android:
        fix["android"] = check.fix.android.get(lang)
    override = check.goals.get(goal)  # type: ignore[call-overload]
    reason = t.get(f"reason_{finding.reason}", "") if finding.reason else ""
    if finding.detail:
        detail = redact(finding.detail) if scrub else finding.detail
        reason = f"{reason}: {detail}" if reason else detail
    accepted = None
    if finding.accepted is not None:
        until = finding.accepted.until
        said = redact(finding.accepted.reason) if scrub else finding.accepted.reason
        accepted = {"reason": said, "until": until.isoformat() if until else None}
    return FindingView(
        check=check.id, platform=check.platform, revision=finding.revision, severity=finding.severity,
        severity_label=t[f"sev_{finding.severity}"], category=finding.category, status=finding.status,
        change=change, title=check.title.get(lang), why=check.why.get(lang), impact=check.impact.get(lang),
        fix=fix, where_url=check.where.url, where_path=check.where.path.get(lang),
        evidence=[_evidence(e, lang, t, scrub, _choice_labels(check, lang) if e.key == check.fact else None)
                  for e in finding.evidence], reason=reason,
        goal_note=override.note.get(lang) if override and override.note else None,
        labels_unverified=(check.labels.nl if lang == "nl" else check.labels.en) == "unverified",
        removed_on=check.removed.isoformat() if check.removed else None, accepted=accepted,
        sources=[{"url": s.url or "", "seed": s.seed or "", "title": s.title or "", "seen": s.seen.isoformat()}
                 for s in check.sources],
    )


def _platform_view(checklist: Checklist, findings: list[FindingView], score: int | None, coverage: float | None,
                   gaps: dict[str, int], lang: str) -> PlatformView:
    return PlatformView(
        id=checklist.platform, name=checklist.name, status=checklist.status,
        retired_on=checklist.retired.date.isoformat() if checklist.retired else None,
        retired_note=checklist.retired.note.get(lang) if checklist.retired else None,
        checklist_version=checklist.version, reviewed=checklist.reviewed.isoformat(),
        score=score, coverage=coverage, gaps=gaps, findings=findings,
    )


def build(result: AuditResult, *, lang: str | None = None, redact_personal: bool = False,
          generated_at: dt.datetime | None = None) -> ReportView:
    lang = lang or result.audit.lang
    t = strings(lang)
    goal = result.audit.goal
    platforms: list[PlatformView] = []
    every: list[FindingView] = []
    for platform in result.platforms:
        views = []
        for finding in sorted(platform.findings, key=sort_key):
            check = platform.checklist.check(finding.check_id)
            views.append(_finding_view(finding, check, result.changes.get(finding.check_id), lang, goal, t,
                                       redact_personal))
        platforms.append(_platform_view(platform.checklist, views, platform.tally.score, platform.tally.coverage,
                                        platform.tally.gaps, lang))
        every.extend(views)
    ordered = sorted(every, key=lambda f: (SEVERITY_ORDER[f.severity], f.platform, f.check))
    sections = {
        "gaps": [f for f in ordered if f.status == "gap" and f.accepted is None],
        "unknown": [f for f in ordered if f.status == "unknown"],
        "accepted": [f for f in ordered if f.status == "gap" and f.accepted is not None],
        "passed": [f for f in ordered if f.status == "pass"],
        "retired": [f for f in every if f.status == "retired"],
        "not_applicable": [f for f in ordered if f.status == "not_applicable"],
    }
    changes = {kind: [f for f in ordered if f.change == kind]
               for kind in ("fixed", "regressed", "new", "check-changed")}
    audit = result.audit
    previous = result.previous
    since = (t["since_of"].format(id=previous.id, date=previous.started_at.date().isoformat())
             if previous else t["since_none"])
    generated = generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    return ReportView(
        lang=lang, t=t, generated_at=generated.isoformat(),
        audit={"id": audit.id, "previous_id": previous.id if previous else None, "goal": goal, "lang": lang,
               "started_at": audit.started_at.isoformat(),
               "finished_at": audit.finished_at.isoformat() if audit.finished_at else None},
        score=result.overall.score, coverage=result.overall.coverage, gaps=result.overall.gaps,
        platforms=platforms, changes=changes, warnings=list(result.warnings), redacted=redact_personal,
        goal_text=t[f"goal_{goal}"], since_text=since, sections=sections,
    )
