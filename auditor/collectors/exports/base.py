"""What every platform reader shares: the detection record and the fact sink.

A platform module offers ``detect(archive) -> Detection | None``, built from one small
detector per format era (newest first), and the detection carries the reader to run. The
reader writes facts and notes through a ``Collector`` and decides nothing: whether a value
is good or bad is the checklist's business.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from auditor.facts import Fact, FactValue

from .archive import Archive, MemberError, display
from .notes import Note
from .readers import JSON, CsvTable, read_csv, read_json

PROGRESS_EVERY = 10_000

S = TypeVar("S")
T = TypeVar("T")


@dataclass
class Collector:
    """The facts and notes one import produces, with the provenance each one needs."""

    archive: Archive
    kind: str
    era: str
    observed_at: dt.datetime
    default_invitation_texts: tuple[str, ...] = ()
    pressure_phrases: tuple[str, ...] = ()
    progress: Callable[[Note], None] = lambda _message: None
    facts: list[Fact] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # members that hold nothing at all

    def fact(
        self, key: str, value: FactValue, member: str, where: str | Note, rows: int, *,
        extra: Note | None = None,
    ) -> None:
        """Record one fact; ``detail`` reads "<member> <column or key>, N rows[; extra]".

        The detail is shown in the report as the fact's evidence, so it is written in the
        person's language at import time; ``meta`` keeps the language-neutral parts.
        """
        shown = where.render() if isinstance(where, Note) else where
        detail = Note("import.detail", {"member": display(member), "where": shown, "n": rows})
        text = detail.render() + (f"; {extra.render()}" if extra is not None else "")
        field = where.render("en") if isinstance(where, Note) else where
        meta = {"member": member, "field": field, "rows": str(rows), "era": self.era}
        self.facts.append(Fact(key, value, "export", self.observed_at, detail=text, meta=meta))

    def open_fact(self, key: str, member: str, shown: Note) -> None:
        """Something the export shows that bears on a question without answering it (a PDF
        among the profile's media may be a CV): no value, and the detail says what was seen,
        so the question is asked with it."""
        meta = {"member": member, "field": shown.key, "rows": "", "era": self.era}
        self.facts.append(Fact(key, None, "export", self.observed_at, detail=shown.render(), meta=meta))

    def note(self, key: str, **params: object) -> None:
        """Say one thing to the person: a key of the IMPORT strings and its values."""
        self.notes.append(Note(key, params))

    def skip(self, error: MemberError) -> None:
        """A member that could not be read: said once, and the rest still counts.

        An empty member is remembered as empty: an export whose files are all empty is
        told so, not that it holds none of the files the auditor reads.
        """
        if error.empty:
            file = error.note.params.get("file") if error.note else None
            self.empty.append(str(file or ""))
        self.notes.append(error.note or Note("import.skip.unreadable", {"reason": error.message}))

    @contextmanager
    def csv(self, member: str, expected: Sequence[str]) -> Iterator[CsvTable]:
        self.progress(Note("import.progress.reading", {"file": display(member)}))
        with self.archive.open(member) as stream:
            yield read_csv(stream, member, expected)

    def json(self, member: str, *, fix_mojibake: bool = False) -> JSON:
        self.progress(Note("import.progress.reading", {"file": display(member)}))
        with self.archive.open(member) as stream:
            return read_json(stream, member, fix_mojibake=fix_mojibake)

    def counted(self, table: CsvTable) -> Iterator[list[str]]:
        """The table's rows, with a progress line every ``PROGRESS_EVERY`` rows."""
        for n, row in enumerate(table.rows, start=1):
            if n % PROGRESS_EVERY == 0:
                self.progress(Note("import.progress.rows", {"file": display(table.member), "n": n}))
            yield row


Reader = Callable[[Collector], None]


SHAPE_ERRORS = (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError)


def guarded(c: Collector, step: Callable[[], T]) -> T | None:
    """Run one file's step; a malformed member becomes a note and the import goes on.

    The readers check the shapes they rely on, but an export is hostile input: should a
    shape slip through anyway, the step is skipped with a note rather than a traceback.
    """
    try:
        return step()
    except MemberError as error:
        c.skip(error)
    except SHAPE_ERRORS as error:
        name = getattr(step, "func", step).__name__.strip("_")
        c.note("import.skip.layout", part=name, error=type(error).__name__)
    return None


@dataclass(frozen=True)
class Detection:
    """Which export this is: platform, format era, how it was recognised, how to read it."""

    kind: str
    era: str
    evidence: str
    read: Reader
    exported_at: dt.datetime | None = None
    dated_by: str = ""  # a key: "import.dated.name", "import.dated.file_times", ...
    # When neither the name nor file times date it (an unzipped folder): the newest date the
    # export's own files record, and the key saying so. Read only when it is needed.
    dated_inside: Callable[[Archive], tuple[dt.datetime | None, str]] | None = None


@dataclass(frozen=True)
class EraDetector(Generic[S]):
    """One format era: a test over what the archive looks like, and a sentence saying why.

    ``S`` is whatever the platform inspects (the archive itself, or the headers it read
    once); the test returns the evidence, or None when the era does not match.
    """

    era: str
    test: Callable[[S], str | None]


def first_era(shape: S, detectors: Sequence[EraDetector[S]]) -> tuple[str, str] | None:
    """(era, evidence) of the first detector, newest era first, that recognises the shape."""
    for detector in detectors:
        try:
            evidence = detector.test(shape)
        except MemberError:
            evidence = None
        if evidence:
            return detector.era, evidence
    return None


def date_from_name(name: str, pattern: str, order: str) -> dt.datetime | None:
    """A date embedded in an export's file or folder name (``order`` is e.g. "mdy")."""
    match = re.search(pattern, name)
    if match is None:
        return None
    parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
    try:
        return dt.datetime(parts["y"], parts["m"], parts["d"], tzinfo=dt.UTC)
    except ValueError:
        return None


def dig(value: JSON, *path: str | int) -> JSON:
    """Follow keys and indexes through parsed JSON; None where the shape differs."""
    for step in path:
        if isinstance(step, int):
            if not isinstance(value, list) or not -len(value) <= step < len(value):
                return None
            value = value[step]
        else:
            if not isinstance(value, dict):
                return None
            value = value.get(step)
    return value


def records(value: JSON, *keys: str) -> list[JSON]:
    """The list a Meta/X file holds: bare, or under the first of ``keys`` present."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in keys:
            found = value.get(key)
            if isinstance(found, list):
                return found
            if isinstance(found, dict):  # {"address_book_v2": {"address_book": [...]}}
                inner = next((v for v in found.values() if isinstance(v, list)), None)
                if inner is not None:
                    return inner
    return []


def text(value: JSON) -> str:
    return value.strip() if isinstance(value, str) else ""


def dated(exported: dt.datetime | None, by: str) -> tuple[dt.datetime | None, str]:
    """The export's date and the key saying where it came from ("" when undated)."""
    return exported, by if exported else ""

