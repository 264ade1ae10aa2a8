"""A trainer's overview of a room of shares, prepared for reading (HTML) and for scripts (JSON).

Every decision is made here, as ``report/view.py`` does for one audit: which shares count
(a share id given twice counts once), how a check's outcomes are counted, which checks go
first, and how shares from different catalogue versions are compared. A check is counted
per (id, revision): a participant who answered an older (or newer) version of the advice is
counted in a row of its own, shown apart, never mixed into the current one.

Rendered by ``workshop_html`` (the page) and ``workshop_json`` (``auditor.workshop/1``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Literal

from auditor import __version__
from auditor.catalogue.loader import Catalogue
from auditor.engine import SEVERITY_ORDER, Finding, tally
from auditor.goals import GOALS
from auditor.share import Share, ShareCheck

FEW_PARTICIPANTS = 3  # below this, one person's answers can be read off the counts
MIN_GROUP = FEW_PARTICIPANTS  # the least a platform or a check's row must count before it is shown
TEACH_FIRST = 5
URGENT = ("high", "medium")


@dataclass
class CheckRow:
    """One check at one revision: how many participants pass, have the gap, did not determine it."""

    check: str
    revision: int
    platform: str
    title: str
    severity: str
    version: Literal["current", "older", "newer", "unknown"]
    action: str = ""  # the advice ("Add a recognisable profile photo"), for the teach-first list
    passed: int = 0
    gap: int = 0
    undetermined: int = 0
    not_applicable: int = 0
    urgent_gaps: int = 0  # gaps that were high or medium for the participant who has them

    @property
    def counted(self) -> int:
        return self.passed + self.gap + self.undetermined


@dataclass
class Spread:
    """Per-participant values (sorted, so no value can be tied to a share) and their summary."""

    values: list[float]

    @property
    def low(self) -> float | None:
        return self.values[0] if self.values else None

    @property
    def middle(self) -> float | None:
        return median(self.values) if self.values else None

    @property
    def high(self) -> float | None:
        return self.values[-1] if self.values else None


@dataclass
class PlatformGroup:
    id: str
    name: str
    participants: int
    catalogue_versions: dict[str, int]
    score: Spread
    coverage: Spread
    rows: list[CheckRow]
    apart: list[CheckRow]  # a revision other than the trainer's catalogue, or a check it lacks
    hidden_rows: int = 0  # rows counting fewer than MIN_GROUP participants: left out

    @property
    def withheld(self) -> bool:
        """Too few participants checked this platform: one person's results would show."""
        return self.participants < MIN_GROUP


@dataclass
class WorkshopView:
    lang: str
    generated_at: str
    participants: int
    duplicates: int
    skipped: int
    goals: dict[str, int]
    first_day: str | None
    last_day: str | None
    platforms: list[PlatformGroup]
    teach_first: list[CheckRow] = field(default_factory=list)
    tool_version: str = __version__

    @property
    def few(self) -> bool:
        return self.participants < FEW_PARTICIPANTS


def unique(shares: Iterable[Share]) -> tuple[list[Share], int]:
    """The shares with each share id once (the first file wins), and how many were repeats."""
    seen: dict[str, Share] = {}
    repeats = 0
    for share in shares:
        if share.share_id in seen:
            repeats += 1
        else:
            seen[share.share_id] = share
    return list(seen.values()), repeats


def build(shares: Sequence[Share], catalogue: Catalogue, lang: str, *, skipped: int = 0,
          generated_at: dt.datetime | None = None) -> WorkshopView:
    room, repeats = unique(shares)
    renamed = {alias: c.id for cl in catalogue.checklists.values() for c in cl.checks for alias in c.aliases}
    rows: dict[tuple[str, int], CheckRow] = {}
    split: list[dict[str, list[ShareCheck]]] = []  # per share: its checks by platform
    for share in room:
        mine: dict[str, list[ShareCheck]] = {p: [] for p in share.platforms}
        for item in share.checks:
            _count(rows, item, renamed.get(item.check, item.check), catalogue, lang)
            mine.setdefault(item.check.split(".", 1)[0], []).append(item)
        split.append(mine)
    order = [p for p in catalogue.checklists if any(p in s.platforms for s in room)]
    order += sorted({p for s in room for p in s.platforms} - set(order))
    groups = sorted((_group(platform, room, split, rows.values(), catalogue) for platform in order),
                    key=lambda g: -g.participants)  # stable: the catalogue's order among equals
    shown = [r for g in groups for r in [*g.rows, *g.apart]]
    urgent = sorted((r for r in shown if r.urgent_gaps), key=_teach_key)
    days = sorted(s.day for s in room)
    goals: Counter[str] = Counter(s.goal for s in room)
    generated = generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    return WorkshopView(
        lang=lang, generated_at=generated.isoformat(), participants=len(room), duplicates=repeats,
        skipped=skipped, goals={g: goals[g] for g in GOALS},
        first_day=days[0].isoformat() if days else None, last_day=days[-1].isoformat() if days else None,
        platforms=[g for g in groups if g.participants], teach_first=urgent[:TEACH_FIRST],
    )


def _count(rows: dict[tuple[str, int], CheckRow], item: ShareCheck, check_id: str, catalogue: Catalogue,
           lang: str) -> None:
    row = rows.get((check_id, item.revision))
    if row is None:
        row = rows[(check_id, item.revision)] = _new_row(check_id, item, catalogue, lang)
    if SEVERITY_ORDER[item.severity] < SEVERITY_ORDER[row.severity]:
        row.severity = item.severity
    if item.status == "pass":
        row.passed += 1
    elif item.status == "gap":
        row.gap += 1
        row.urgent_gaps += item.severity in URGENT
    elif item.status == "unknown":
        row.undetermined += 1
    elif item.status == "not_applicable":
        row.not_applicable += 1


def _new_row(check_id: str, item: ShareCheck, catalogue: Catalogue, lang: str) -> CheckRow:
    check = catalogue.find_check(check_id)
    platform = check_id.split(".", 1)[0]
    if check is None:
        return CheckRow(check_id, item.revision, platform, check_id, item.severity, "unknown")
    version: Literal["current", "older", "newer"] = (
        "current" if item.revision == check.revision else "older" if item.revision < check.revision else "newer")
    from auditor.labels import check_text

    action = check_text(check, check.action if check.action else check.title, lang)
    return CheckRow(check_id, item.revision, platform, check_text(check, check.title, lang), item.severity, version,
                    action)


def _row_key(row: CheckRow) -> tuple[int, int, int, str, int]:
    """Most gaps first; then the least known; then the most severe."""
    return (-row.gap, -row.undetermined, SEVERITY_ORDER[row.severity], row.title.lower(), row.revision)


def _teach_key(row: CheckRow) -> tuple[int, int, int, str, int]:
    return (-row.gap, -row.urgent_gaps, SEVERITY_ORDER[row.severity], row.title.lower(), row.revision)


def _group(platform: str, room: Sequence[Share], split: Sequence[dict[str, list[ShareCheck]]],
           rows: Iterable[CheckRow], catalogue: Catalogue) -> PlatformGroup:
    members = [s for s in room if platform in s.platforms]
    counted = sorted((r for r in rows if r.platform == platform and r.counted), key=_row_key)
    # A small group or a row of one or two would show what a single person answered.
    mine = [r for r in counted if r.counted >= MIN_GROUP] if len(members) >= MIN_GROUP else []
    scores: list[float] = []
    coverages: list[float] = []
    for checks in (by_platform[platform] for by_platform in split if platform in by_platform):
        result = tally(_finding(c, platform) for c in checks)
        if result.score is not None:
            scores.append(result.score)
        if result.coverage is not None:
            coverages.append(result.coverage)
    if len(members) < MIN_GROUP:
        scores, coverages = [], []
    checklist = catalogue.checklists.get(platform)
    versions = Counter(s.catalogue.get(platform, "?") for s in members)
    return PlatformGroup(
        id=platform, name=checklist.name if checklist else platform, participants=len(members),
        catalogue_versions=dict(sorted(versions.items())), score=Spread(sorted(scores)),
        coverage=Spread(sorted(coverages)),
        rows=[r for r in mine if r.version == "current"], apart=[r for r in mine if r.version != "current"],
        hidden_rows=len(counted) - len(mine),
    )


def _finding(item: ShareCheck, platform: str) -> Finding:
    """A finding with only what a share holds: enough for the engine's one score definition."""
    return Finding(check_id=item.check, platform=platform, revision=item.revision, category="",
                   severity=item.severity, status=item.status)
