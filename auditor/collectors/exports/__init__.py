"""Evidence from the person's own data export: offline, private, robust.

``read_export(path)`` opens a zip or an unzipped folder, recognises which platform and which
format era made it (one detector per era, by file names and header names, never by
position), and reads only the few members that settle facts. It returns facts with
provenance and human sentences of what was learned; it stores nothing and decides nothing.

Anything wrong with the input as a whole (not a zip, truncated, encrypted, a compression
bomb, an export of no known kind) raises ``InputFileError`` with one message; a single
malformed member is skipped with a note and the rest still counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from auditor.facts import Fact
from auditor.facts import now as _now

from . import facebook, instagram, linkedin, x
from .archive import Archive, ArchiveError, Limits, MemberError, open_archive
from .base import Collector, Detection

__all__ = [
    "KIND_NAMES",
    "ArchiveError",
    "ExportResult",
    "Limits",
    "MemberError",
    "detect",
    "read_export",
]

KIND_NAMES = {"linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "instagram": "Instagram"}

DETECTORS: tuple[Callable[[Archive], Detection | None], ...] = (
    linkedin.detect,
    x.detect,
    facebook.detect,
    instagram.detect,
)


@dataclass
class ExportResult:
    """What one export showed: which export it is, its facts, and sentences saying so."""

    kind: str
    era: str
    exported_at: dt.datetime | None
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    detected_by: str = ""  # the evidence for kind and era, e.g. "Connections.csv has a URL column"
    dated_by: str = ""  # where exported_at came from, e.g. "the archive's name"

    def describe(self) -> str:
        """One line for the person: "LinkedIn export (linkedin-2023+), dated 2025-01-02"."""
        name = KIND_NAMES.get(self.kind, self.kind)
        line = f"{name} export ({self.era})"
        if self.exported_at is not None:
            line += f", dated {self.exported_at.date().isoformat()}"
            if self.dated_by:
                line += f" (from {self.dated_by})"
        return line


def detect(archive: Archive) -> Detection:
    """The one export kind the archive holds; an error when it is none or several."""
    found = [d for d in (detector(archive) for detector in DETECTORS) if d is not None]
    if not found:
        raise ArchiveError(
            f"{archive.label} is not a recognised data export: it holds no LinkedIn, X, "
            "Facebook or Instagram export files",
            hint="Give the zip the platform sent you (or its unzipped folder), unchanged.",
        )
    kinds = sorted({d.kind for d in found})
    if len(kinds) > 1:
        names = " and ".join(KIND_NAMES[k] for k in kinds)
        raise ArchiveError(
            f"{archive.label} holds more than one export ({names})",
            hint="Import each platform's export on its own.",
        )
    return found[0]


def read_export(
    path: Path,
    *,
    default_invitation_texts: Sequence[str] = (),
    progress: Callable[[str], None] | None = None,
    now: dt.datetime | None = None,
    limits: Limits | None = None,
) -> ExportResult:
    """Read one export and return what it shows.

    Facts are dated by the export's own date when it has one (an export from last year
    must not outrank today's answer), else by ``now``. ``default_invitation_texts`` are
    LinkedIn's stock invitation texts (checklist data, in every language), which do not
    count as a personal note.
    """
    report = progress or (lambda _message: None)
    report(f"opening {path.name}")
    with open_archive(Path(path), limits) as archive:
        report(f"{len(archive):,} files in {archive.label}")
        detection = detect(archive)
        name = KIND_NAMES[detection.kind]
        report(f"recognised a {name} export ({detection.era}): {detection.evidence}")
        collector = Collector(
            archive=archive,
            kind=detection.kind,
            era=detection.era,
            observed_at=detection.exported_at or now or _now(),
            default_invitation_texts=tuple(default_invitation_texts),
            progress=report,
        )
        skipped = archive.skipped_note()
        if skipped:
            collector.note(skipped)
        detection.read(collector)
    if not collector.facts:
        collector.note(f"This {name} export holds none of the files the auditor reads.")
    report("done")
    return ExportResult(
        kind=detection.kind,
        era=detection.era,
        exported_at=detection.exported_at,
        facts=collector.facts,
        notes=collector.notes,
        detected_by=detection.evidence,
        dated_by=detection.dated_by,
    )
