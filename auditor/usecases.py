"""What a person can do with the auditor, written once for both doors.

The terminal commands (``auditor.commands``) and the page (``auditor.web``) are thin shells
over these functions, the way every sqlite-utils command is a shell over a ``Table``
method: they parse what the person typed or posted, call one function here, and render
what it returns in their own way. Nothing here prints, reads a terminal or knows HTTP.

- ``resume_summary``: what an unfinished audit holds so far (``Interview.counts``);
- ``read_evidence`` / ``record_import``: an export read, stored, and what it settles;
- ``acceptance`` / ``accept_risk`` / ``withdraw_risk``: a gap knowingly kept, with one cap on the reason;
- ``history``: the past audits with score and coverage;
- ``correct_finished``: a finished audit evaluated again after a correction;
- ``share_download``: the anonymous summary of a finished audit, as the file's bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import audit as audits
from auditor import formats
from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.engine import Acceptance, PlatformResult
from auditor.errors import AuditorError
from auditor.facts import Fact
from auditor.goals import goal_name
from auditor.interview import Interview
from auditor.labels import check_text
from auditor.store import AuditRow, Store

if TYPE_CHECKING:
    from auditor.collectors.exports import ExportResult as ExportResult  # the page names it through here

REASON_CAP = 500  # characters of an acceptance's reason that are kept (it is shown in the report)


def platform_name(cat: Catalogue, platform: str) -> str:
    """A platform as people call it ("LinkedIn", "X (Twitter)"), its id when the catalogue lacks it."""
    checklist = cat.checklists.get(platform)
    return checklist.name if checklist is not None else platform


# --- resume ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResumeSummary:
    """An unfinished audit as both doors offer to resume it."""

    audit: AuditRow
    answered: int  # answered in this audit (answers carried from the last audit are not counted)
    skipped: int
    platforms: list[str]  # names, as people call them

    def started(self, lang: str) -> str:
        return formats.moment(self.audit.started_at, lang)


def resume_summary(store: Store, cat: Catalogue, audit: AuditRow, now: dt.datetime) -> ResumeSummary:
    answered, skipped = Interview.open(store, cat, audit.id, now=now).counts()
    return ResumeSummary(audit, answered, skipped, [platform_name(cat, p) for p in audit.platforms])


def latest_unfinished(store: Store) -> AuditRow | None:
    """The newest audit, if it is unfinished: what the page's start offers to resume."""
    latest = store.latest_audit()
    return latest if latest is not None and not latest.finished else None


# --- importing an export ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportSummary:
    """An export read and stored: what it is, and which checks it settles."""

    result: ExportResult
    name: str
    settled: list[tuple[Check, Fact]]  # the checks it settles, each with the fact that settles it
    unfinished: AuditRow | None  # the audit to carry on with, if there is one
    # Evidence that bears on a question without answering it (a PDF that may be a CV, 18
    # contacts kept with sync unknown): the audit asks those, showing what was seen.
    still_open: list[Check] = field(default_factory=list)

    @property
    def facts(self) -> int:
        return len(self.result.facts)

    @property
    def platform(self) -> str:
        """The export's platform as people call it ("LinkedIn")."""
        from auditor.collectors.exports import KIND_NAMES

        return KIND_NAMES.get(self.result.kind, self.result.kind)

    def settled_lines(self, lang: str) -> list[str]:
        """Each settled check as its question and the export's answer: "Heb je een profielfoto? → Ja"."""
        return [settled_line(check, fact, lang) for check, fact in self.settled]

    def still_open_lines(self, lang: str) -> list[str]:
        return [check_text(check, check.question.text if check.question else check.title, lang)
                for check in self.still_open]


def read_evidence(cat: Catalogue, paths: Path | Sequence[Path], *, now: dt.datetime,
                  progress: Callable[[str], None] | None = None) -> ExportResult:
    """Read one export (several paths: the parts of one download); ``AuditorError`` when it is none."""
    from auditor.collectors.exports import read_export

    words = cat.export_words()
    return read_export(paths, default_invitation_texts=words["default_invitation_texts"],
                       pressure_phrases=words["pressure_phrases"], progress=progress, now=now)


def record_import(store: Store, cat: Catalogue, result: ExportResult, *, now: dt.datetime,
                  name: str | None = None) -> ImportSummary:
    """Store what the export showed as evidence for the next audit, and say what it settles."""
    chosen = name or result.name
    store.record_import(result.facts)
    from auditor.collectors.answers import leaves_open

    by_key = {f.key: f for f in result.facts}
    bears = [check for checklist in cat.checklists.values() for check in checklist.checks
             if check.fact in by_key and not check.removed]
    still_open = [check for check in bears if not by_key[check.fact].determined
                  or leaves_open(check, by_key[check.fact].value)]
    settled = [(check, by_key[check.fact]) for check in bears if check not in still_open]
    return ImportSummary(result, chosen, settled, latest_unfinished(store), still_open)


def settled_line(check: Check, fact: Fact, lang: str) -> str:
    """A settled check as its question and the export's answer (its title is the goal state,
    which reads as a verdict: "LinkedIn heeft je adresboek niet")."""
    from auditor.collectors.answers import as_answer
    from auditor.interview import value_label

    if check.question is None:
        return check_text(check, check.title, lang)
    answer = as_answer(check, fact.value)
    said = "" if answer is None else value_label(check, answer, lang)
    if check.question.kind == "text":  # a headline, a URL: the notes above quote it already
        said = ""
    question = check_text(check, check.question.text, lang)
    return f"{question} → {said}" if said else question


# --- accepted risks --------------------------------------------------------------------------------

class Refused(AuditorError):
    """An acceptance that cannot be recorded; ``why`` says which rule it broke, for each door
    to say in its own words: ``bad-date``, ``past``, ``removed``, ``reason``."""

    def __init__(self, why: str, check: Check, given: str = "") -> None:
        super().__init__(why)
        self.why, self.check, self.given = why, check, given


def acceptance(check: Check, reason: str | None, until: str | None, now: dt.datetime) -> Acceptance:
    """A gap kept knowingly, checked before anything is written: ``until`` as YYYY-MM-DD (today
    or later) or nothing; the reason is required and kept up to ``REASON_CAP`` characters."""
    end = None
    if until:
        try:
            end = dt.date.fromisoformat(until.strip())
        except ValueError:
            raise Refused("bad-date", check, until) from None
        if end < now.date():
            raise Refused("past", check, until)
    if check.removed:
        raise Refused("removed", check)
    text = (reason or "").strip()
    if not text:
        raise Refused("reason", check)
    return Acceptance(check.id, text[:REASON_CAP], end, now)


def accept_risk(store: Store, accepted: Acceptance) -> None:
    store.accept(accepted)


def withdraw_risk(store: Store, check: Check) -> bool:
    """The gap counts again; False when nothing was accepted."""
    return store.withdraw(check.id)


def acceptances(store: Store, cat: Catalogue) -> list[tuple[str, Check | None, Acceptance]]:
    """Every accepted risk by check id, with its check when the catalogue still has it."""
    return [(check_id, cat.find_check(check_id), acc) for check_id, acc in sorted(store.acceptances().items())]


# --- history ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryRow:
    audit: AuditRow
    score: int | None
    coverage: float | None
    platforms: list[str]  # names, as people call them
    results: list[PlatformResult] = field(default_factory=list)

    def cells(self, lang: str) -> dict[str, str]:
        """The row as both doors write it: one date format, one percent format."""
        return {"id": str(self.audit.id), "date": formats.moment(self.audit.started_at, lang),
                "goal": goal_name(self.audit.goal, lang), "score": "—" if self.score is None else str(self.score),
                "coverage": formats.percent(self.coverage), "platforms": ", ".join(self.platforms)}


def history(store: Store, cat: Catalogue, today: dt.date, platform: str | None = None) -> list[HistoryRow]:
    """Every audit (over ``platform``, if given), oldest first, with its score and coverage."""
    rows = []
    for row in store.audits(platform):
        result = audits.evaluate(store, cat, row, today)
        rows.append(HistoryRow(row, result.overall.score, result.overall.coverage,
                               [platform_name(cat, p) for p in row.platforms], result.platforms))
    return rows


# --- a finished audit corrected --------------------------------------------------------------------

def correct_finished(store: Store, cat: Catalogue, audit: AuditRow, now: dt.datetime) -> None:
    """A finished audit corrected from its report: its findings are evaluated afresh and
    stored; it keeps its finishing time."""
    audits.reevaluate(store, cat, audit, now)


# --- sharing with a trainer ------------------------------------------------------------------------

def share_download(store: Store, cat: Catalogue, audit_id: int, today: dt.date, lang: str) -> tuple[str, bytes]:
    """The anonymous summary of a finished audit as a file: its name in the person's language
    (named by the share's own id) and its bytes (the serialiser ``auditor share`` writes with)."""
    from auditor.share import build_share, share_bytes
    from auditor.strings import t

    share = build_share(store, cat, audit_id, today=today)
    return t("share.file_name", lang, id=share["share_id"]), share_bytes(share)
