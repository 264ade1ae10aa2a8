"""How well-founded the catalogue is, in figures: the README's "The catalogue" table.

Counted per platform: checks, active checks, automated checks, browser probes, labels
confirmed in English and in Dutch (among active checks), sources that say when they were
published (``published`` is a date, not ``unknown``), and active checks with at least one
source published in the last 24 months. For ``auditor checklists figures`` also: labels
not yet confirmed, active checks with a primary source (the platform's own page or a
regulator's, see ``trust``), and sources shown to people that are of no trusted kind.
Run ``python -m auditor.catalogue.figures`` to print
the table as Markdown rows; a maintainer pastes it into the README after a catalogue change.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass

from auditor.catalogue.model import Checklist, Source
from auditor.catalogue.trust import is_primary, untrusted

RECENT_DAYS = 730  # "the last 24 months"


@dataclass(frozen=True)
class Figures:
    platform: str
    name: str
    checks: int
    active: int
    automated: int
    probes: int
    en_confirmed: int
    nl_confirmed: int
    sources: int
    sources_dated: int
    recent_checks: int
    reviewed: dt.date
    retired: dt.date | None
    en_unverified: int = 0
    nl_unverified: int = 0
    primary_checks: int = 0
    en_by_snapshot: int = 0  # of the confirmed: by a screen snapshot (`checklists record`), not a published page
    nl_by_snapshot: int = 0
    untrusted: tuple[tuple[str, str], ...] = ()  # (check id, the source's url or title)


def published_on(source: Source) -> dt.date | None:
    """The last day the source can have been published, or None when unknown (a month or
    a year counts from its end, so a source is never made to look older than it is)."""
    value = source.published
    if isinstance(value, dt.date):
        return value
    if not value or value == "unknown":
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 2:
        following = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def figures(checklist: Checklist, today: dt.date) -> Figures:
    active = [c for c in checklist.checks if c.removed is None]
    sources = [s for c in checklist.checks for s in c.sources]

    def recent(source: Source) -> bool:
        when = published_on(source)
        return when is not None and (today - when).days <= RECENT_DAYS

    return Figures(
        platform=checklist.platform,
        name=checklist.name,
        checks=len(checklist.checks),
        active=len(active),
        automated=sum(c.assessment == "automated" or c.probe is not None for c in active),
        probes=sum(c.probe is not None for c in active),
        en_confirmed=sum(c.labels.en == "confirmed" for c in active),
        nl_confirmed=sum(c.labels.nl == "confirmed" for c in active),
        sources=len(sources),
        sources_dated=sum(published_on(s) is not None for s in sources),
        recent_checks=sum(any(recent(s) for s in c.sources) for c in active),
        reviewed=checklist.reviewed,
        retired=checklist.retired.date if checklist.retired else None,
        en_unverified=sum(c.labels.en != "confirmed" for c in active),
        nl_unverified=sum(c.labels.nl != "confirmed" for c in active),
        primary_checks=sum(any(is_primary(s, c.platform) for s in c.sources) for c in active),
        en_by_snapshot=sum("en" in c.labels.snapshot for c in active),
        nl_by_snapshot=sum("nl" in c.labels.snapshot for c in active),
        untrusted=tuple((check, s.url or s.title or "") for check, s in untrusted(checklist)),
    )


def share(part: int, whole: int) -> int:
    """A whole percentage, rounded half up; 0 of nothing is 0."""
    return (part * 200 + whole) // (2 * whole) if whole else 0


HEADER = (
    "| platform | checks | active | automated (export or browser) | browser probes "
    "| labels confirmed (en / nl) | sources dated | active checks with a source from the last 24 months "
    "| last reviewed |\n|---|---|---|---|---|---|---|---|---|"
)


def markdown_row(f: Figures) -> str:
    name = f"{f.name} (retired {f.retired})" if f.retired else f.name
    dash = "—" if f.retired else None
    return (
        f"| {name} | {f.checks} | {f.active} | {dash or f.automated} | {dash or f.probes} "
        f"| {f.en_confirmed} / {f.nl_confirmed} | {f.sources_dated} of {f.sources} "
        f"| {dash or f.recent_checks} | {f.reviewed} |"
    )


def main(argv: list[str] | None = None) -> int:
    from auditor.catalogue.loader import load_catalogue

    args = sys.argv[1:] if argv is None else argv
    today = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    catalogue = load_catalogue()
    rows = sorted(catalogue.checklists.values(), key=lambda c: (c.status != "active", -len(c.checks)))
    table = [figures(c, today) for c in rows]
    print(HEADER)
    for f in table:
        print(markdown_row(f))
    active = [f for f in table if f.retired is None]
    print(f"\nAs of {today}: {sum(f.en_confirmed for f in active)} English and "
          f"{sum(f.nl_confirmed for f in active)} Dutch labels confirmed among "
          f"{sum(f.active for f in active)} active checks.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
