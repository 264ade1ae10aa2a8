"""What a report is made from: an audit's findings plus the plain-data check texts.

Two ways in, one shape out. ``from_result`` takes a live ``AuditResult`` (the demo, the end
of an audit). ``from_store`` reads a finished audit's stored findings and needs only the
cached digest of check texts: no catalogue models, no pydantic, so ``auditor report`` starts
about as fast as Python itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.catalogue.digest import Digest, from_catalogue
from auditor.diff import diff
from auditor.engine import Acceptance, Finding, Tally, tally
from auditor.store import AuditRow, Store

if TYPE_CHECKING:
    from auditor.audit import AuditResult


@dataclass
class PlatformInput:
    id: str
    findings: list[Finding]
    tally: Tally


@dataclass
class ReportInput:
    audit: AuditRow
    previous: AuditRow | None
    platforms: list[PlatformInput]
    overall: Tally
    changes: dict[str, str | None]
    digest: Digest
    today: dt.date
    missing: list[str]  # platforms of the audit the catalogue in use no longer has


def from_result(result: AuditResult, today: dt.date) -> ReportInput:
    digest = from_catalogue(result.catalogue)
    known = digest["checklists"]
    return ReportInput(
        audit=result.audit, previous=result.previous,
        platforms=[PlatformInput(p.platform, p.findings, p.tally) for p in result.platforms],
        overall=result.overall, changes=result.changes, digest=digest, today=today,
        missing=[p for p in result.audit.platforms if p not in known],
    )


def from_store(store: Store, digest: Digest, audit: AuditRow, today: dt.date) -> ReportInput:
    """A finished audit as stored (the same as ``audit.evaluate`` gives for one)."""
    previous = store.audit(audit.previous_id) if audit.previous_id else None
    acceptances = store.acceptances()
    stored = store.findings(audit.id)
    known = digest["checklists"]
    platforms: list[PlatformInput] = []
    for platform in audit.platforms:
        if platform not in known:
            continue
        findings = [f for f in stored if f.platform == platform]
        _refresh_acceptances(findings, acceptances, today)
        platforms.append(PlatformInput(platform, findings, tally(findings)))
    current = [f for p in platforms for f in p.findings]
    renamed = {alias: cid for cl in known.values() for alias, cid in cl["aliases"].items()}
    previous_findings = store.findings(previous.id) if previous else None
    return ReportInput(
        audit=audit, previous=previous, platforms=platforms, overall=tally(current),
        changes=diff(current, previous_findings, renamed), digest=digest, today=today,
        missing=[p for p in audit.platforms if p not in known],
    )


def _refresh_acceptances(findings: list[Finding], acceptances: Mapping[str, Acceptance], today: dt.date) -> None:
    """Acceptances are read at report time: one given after the audit counts, an expired one stops."""
    for finding in findings:
        acc = acceptances.get(finding.check_id)
        active = finding.status == "gap" and acc is not None and acc.active_on(today)
        finding.accepted = acc if active else None
