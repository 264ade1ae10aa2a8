"""Evidence from the person's own data export: offline, private, robust.

``read_export(paths)`` opens a zip, an unzipped folder, or the parts of one download (several
zips, or a folder of them, merged into one reading), recognises which platform and which
format era made it (one detector per era, by file names and header names, never by
position), and reads only the few members that settle facts. It returns facts with
provenance and notes of what was learned (message keys, rendered in the person's language
when shown); it stores nothing and decides nothing. Platforms are recognised first; an
archive no other platform claims may be an HTML-format Meta export, and the person is told
to request JSON. An export is dated by its name, its own creation date or a zip's file
times; an unzipped folder by the newest date its files record, never by the day it is read.

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
from auditor.strings import t

from . import facebook, instagram, linkedin, x
from .archive import Archive, ArchiveError, Limits, MemberError, PartsArchive, open_parts
from .base import SHAPE_ERRORS, Collector, Detection
from .metajson import html_product
from .notes import Note

__all__ = [
    "KIND_NAMES",
    "ArchiveError",
    "ExportResult",
    "Limits",
    "MemberError",
    "Note",
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
    """What one export showed: which export it is, its facts, and notes saying so."""

    kind: str
    era: str
    exported_at: dt.datetime | None
    facts: list[Fact] = field(default_factory=list)
    messages: list[Note] = field(default_factory=list)
    detected_by: str = ""  # the evidence for kind and era, e.g. "Connections.csv has a URL column"
    dated_by: str = ""  # key of where exported_at came from, e.g. "import.dated.name"
    name: str = ""  # the file or folder name(s) read, joined with " + " for parts

    @property
    def notes(self) -> list[str]:
        """The notes as sentences in the process's language."""
        return [note.render() for note in self.messages]

    def describe(self, lang: str | None = None) -> str:
        """One line for the person: "LinkedIn export (layout since 2023), dated 2025-01-02"."""
        said = {"name": KIND_NAMES.get(self.kind, self.kind), "period": period(self.era, lang)}
        if self.exported_at is None:
            return t("import.describe", lang, **said)
        date = self.exported_at.date().isoformat()
        if self.dated_by:
            return t("import.describe.dated_from", lang, date=date, source=t(self.dated_by, lang), **said)
        return t("import.describe.dated", lang, date=date, **said)


def period(era: str, lang: str | None = None) -> str:
    """The era as a person reads it: "linkedin-before-2021" -> "before 2021"."""
    span = era.partition("-")[2]
    if span.startswith("before-"):
        return t("import.era.before", lang, year=span.removeprefix("before-"))
    if span.endswith("+"):
        return t("import.era.since", lang, year=span.removesuffix("+"))
    if not span[:1].isdigit():
        return t("import.era.unknown", lang)
    return span


META_KINDS = frozenset({"facebook", "instagram"})


def detect(archive: Archive) -> Detection:
    """The one export kind the archive holds; an error when it is none or several.

    Platforms are recognised first. Only an archive that is Meta's, or nobody's, can be
    an HTML-format Meta export: its folders look like a JSON export's, so an era detector
    may claim it, or none does. An archive another platform made (a pre-2019 Twitter
    archive has an ``index.html`` and no JSON) is never called one.
    """
    found = [d for d in (detector(archive) for detector in DETECTORS) if d is not None]
    if {d.kind for d in found} <= META_KINDS:
        product = html_product(archive)
        if product is not None:
            raise ArchiveError(t("import.error.html", label=archive.label, product=product),
                               hint=t("import.error.html.hint"))
    if not found:
        raise ArchiveError(t("import.error.unknown", label=archive.label),
                           hint=t("import.error.unknown.hint"))
    kinds = sorted({d.kind for d in found})
    if len(kinds) > 1:
        names = " + ".join(KIND_NAMES[k] for k in kinds)
        raise ArchiveError(t("import.error.several", label=archive.label, names=names),
                           hint=t("import.error.several.hint"))
    return found[0]


def read_export(
    paths: Path | Sequence[Path],
    *,
    default_invitation_texts: Sequence[str] = (),
    pressure_phrases: Sequence[str] = (),
    progress: Callable[[str], None] | None = None,
    now: dt.datetime | None = None,
    limits: Limits | None = None,
) -> ExportResult:
    """Read one export (one path, or the parts of one download) and return what it shows.

    Facts are dated by the export's own date when it has one (an export from last year
    must not outrank today's answer), else by ``now``. ``default_invitation_texts`` are
    LinkedIn's stock invitation texts and ``pressure_phrases`` the reply-pressure phrases
    of sent invitation notes (checklist data, in every language).
    """
    chosen = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    report = progress or (lambda _message: None)

    def say(message: Note) -> None:
        report(message.render())

    say(Note("import.progress.opening", {"file": " + ".join(p.name for p in chosen)}))
    with open_parts(chosen, limits) as archive:
        say(Note("import.progress.files", {"n": len(archive), "label": archive.label}))
        detection = detect(archive)
        name = KIND_NAMES[detection.kind]
        say(Note("import.progress.recognised",
                 {"name": name, "era": detection.era, "period": period(detection.era)}))
        exported, dated_by = dated(archive, detection)
        collector = Collector(
            archive=archive,
            kind=detection.kind,
            era=detection.era,
            observed_at=exported or now or _now(),
            default_invitation_texts=tuple(default_invitation_texts),
            pressure_phrases=tuple(p for p in pressure_phrases if p.strip()),
            progress=say,
        )
        if isinstance(archive, PartsArchive):
            collector.note("import.parts", n=len(archive.parts), label=archive.label)
        if archive.unsafe_names:
            collector.note("import.unsafe_names", n=archive.unsafe_names)
        if exported is None:
            collector.note("import.undated")
        detection.read(collector)
        label = archive.label
    if not collector.facts:
        if collector.empty:
            collector.note("import.all_empty", name=name, files=collector.empty)
        else:
            collector.note("import.nothing_read", name=name)
    say(Note("import.progress.done"))
    return ExportResult(
        kind=detection.kind,
        era=detection.era,
        exported_at=exported,
        facts=collector.facts,
        messages=collector.notes,
        detected_by=detection.evidence,
        dated_by=dated_by,
        name=label,
    )


def dated(archive: Archive, detection: Detection) -> tuple[dt.datetime | None, str]:
    """When the export was made, and the key saying how that is known.

    Its name, its own creation date (X's manifest) or a zip's file times say it; an
    unzipped folder has none of those, and is never dated by the day it is read: the
    newest date its own files record stands in (the newest connection, the newest
    time stamp), or else it stays undated.
    """
    if detection.exported_at is not None or detection.dated_inside is None:
        return detection.exported_at, detection.dated_by
    try:
        return detection.dated_inside(archive)
    except (MemberError, *SHAPE_ERRORS):
        return None, ""
