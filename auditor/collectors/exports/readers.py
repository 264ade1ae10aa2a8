"""Tolerant readers for the three text formats exports come in: CSV, JSON and X's JS.

They find what they need by content, never by position. A CSV header is the first row that
carries the expected column names, whatever preamble sits above it (LinkedIn's
``Notes:``); the delimiter is whichever of comma and tab makes that row appear; the
encoding is UTF-8 (BOM or not), UTF-16 when a BOM says so, Windows-1252 when the bytes are
not UTF-8 (an Excel re-save). Rows stream, so memory stays flat however long the file.

Every way a member can be malformed becomes a ``MemberError`` naming the member, so the
caller can skip it with a note; nothing else escapes these functions.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .archive import MemberError, display
from .notes import Note

HEAD_BYTES = 64 * 1024
HEADER_SEARCH_ROWS = 20
DELIMITERS = (",", "\t")

JSON = Any  # what json.loads returns; narrowed with isinstance where it is used


class _Rejoined(io.RawIOBase):
    """The sniffed head of a stream followed by the rest, so nothing is read twice."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head.nbytes:
            n = min(len(view), self._head.nbytes)
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


@dataclass
class CsvTable:
    """A CSV member with its header found; ``rows`` streams the data rows once.

    Duplicate header names are kept apart as ``name``, ``name.1``, ``name.2`` (LinkedIn's
    ``Ad_Targeting.csv`` repeats ``Company Names`` and ``Job Titles``). Blank rows are
    dropped; short rows read as empty cells through ``cell``.
    """

    member: str
    header: tuple[str, ...]
    encoding: str
    delimiter: str
    header_row: int  # rows above the header (LinkedIn's Notes: preamble makes this > 0)
    rows: Iterator[list[str]]

    def col(self, *names: str) -> int | None:
        """Index of the first of ``names`` present in the header (case-insensitive)."""
        folded = [h.casefold() for h in self.header]
        for name in names:
            if name.casefold() in folded:
                return folded.index(name.casefold())
        return None

    @staticmethod
    def cell(row: Sequence[str], index: int | None) -> str:
        if index is None or index >= len(row):
            return ""
        return row[index].strip()


def sniff_encoding(head: bytes, at_eof: bool) -> str:
    """The encoding of a text member from its first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1::2].count(0) * 2 > len(head) // 2:
        return "utf-16-le"  # 2018 LinkedIn files: UTF-16LE without a byte-order mark
    if len(head) >= 4 and head[0::2].count(0) * 2 > len(head) // 2:
        return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=at_eof)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def clean_header(cells: Iterable[str]) -> tuple[str, ...]:
    """Header names stripped of BOMs and spaces, duplicates numbered like pandas does."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for raw in cells:
        name = raw.replace("\ufeff", "").strip()
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            name = f"{name}.{seen[key]}"
        else:
            seen[key] = 0
        out.append(name)
    return tuple(out)


def _header_score(row: Sequence[str], expected: Collection[str]) -> int:
    cells = {c.replace("\ufeff", "").strip().casefold() for c in row}
    return sum(1 for name in expected if name.casefold() in cells)


def _find_header(
    text: str, delimiter: str, expected: Collection[str], need: int
) -> tuple[int, int] | None:
    """(row index, score) of the first row carrying at least ``need`` expected names."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for index, row in enumerate(reader):
            if index >= HEADER_SEARCH_ROWS:
                break
            score = _header_score(row, expected)
            if score >= need:
                return index, score
    except csv.Error:
        return None
    return None


def read_csv(stream: IO[bytes], member: str, expected: Collection[str]) -> CsvTable:
    """Open a CSV member whose header carries (some of) the ``expected`` column names."""
    head = stream.read(HEAD_BYTES)
    at_eof = len(head) < HEAD_BYTES
    encoding = sniff_encoding(head, at_eof)
    head_text = head.decode(encoding, errors="replace")
    if not at_eof:
        # Sniff complete lines only; the partial last line is read again from the stream.
        head_text = head_text[: head_text.rfind("\n") + 1] or head_text
    need = min(2, len(expected))
    best: tuple[int, int, str] | None = None
    for delimiter in DELIMITERS:
        found = _find_header(head_text, delimiter, expected, need)
        if found and (best is None or found[1] > best[1]):
            best = (found[0], found[1], delimiter)
    if best is None:
        wanted = ", ".join(sorted(expected)[:4])
        if not head_text.strip():
            raise MemberError(f"{display(member)} is empty", empty=True,
                              note=Note("import.skip.empty", {"file": display(member)}))
        raise MemberError(
            f"{display(member)} has no header row with the expected columns ({wanted} ...) "
            f"in its first {HEADER_SEARCH_ROWS} lines",
            note=Note("import.skip.no_header", {"file": display(member), "columns": wanted}),
        )
    header_index, _, delimiter = best
    text = io.TextIOWrapper(
        io.BufferedReader(_Rejoined(head, stream)), encoding=encoding, errors="replace", newline=""
    )
    reader = csv.reader(text, delimiter=delimiter)
    try:
        for _ in range(header_index):
            next(reader)
        header = clean_header(next(reader))
    except (csv.Error, StopIteration) as exc:
        raise MemberError(f"{display(member)} cannot be read as CSV ({exc})",
                          note=Note("import.skip.not_csv", {"file": display(member)})) from None
    return CsvTable(member, header, encoding, delimiter, header_index, _rows(reader, member))


def _rows(reader: Iterator[list[str]], member: str) -> Iterator[list[str]]:
    try:
        for row in reader:
            if row and any(row):
                yield row
    except csv.Error as exc:
        raise MemberError(f"{display(member)} is not well-formed CSV ({exc})",
                          note=Note("import.skip.not_csv", {"file": display(member)})) from None


_JS_PREFIX = re.compile(rb"^\s*(?:window\.[\w$.\[\]\"']+|var\s+\w+)\s*=\s*")


def strip_js_prefix(data: bytes) -> bytes:
    """X's ``window.YTD.<type>.part<N> = [...]`` (and ``window.__THAR_CONFIG = {...}``)."""
    match = _JS_PREFIX.match(data)
    if match is None:
        return data
    return data[match.end() :].rstrip().removesuffix(b";")


def read_json(stream: IO[bytes], member: str, *, fix_mojibake: bool = False) -> JSON:
    """Parse a JSON (or X JavaScript) member; Meta's mojibake repaired when asked."""
    data = stream.read()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    data = strip_js_prefix(data)
    if not data.strip():
        raise MemberError(f"{display(member)} is empty", empty=True,
                          note=Note("import.skip.empty", {"file": display(member)}))
    try:
        value = json.loads(data)
    except RecursionError:
        raise MemberError(f"{display(member)} is nested too deeply to be an export",
                          note=Note("import.skip.not_json", {"file": display(member)})) from None
    except UnicodeDecodeError:
        raise MemberError(f"{display(member)} is not UTF-8 text",
                          note=Note("import.skip.not_json", {"file": display(member)})) from None
    except json.JSONDecodeError as exc:
        raise MemberError(
            f"{display(member)} is not valid JSON ({exc.msg} at line {exc.lineno} "
            f"column {exc.colno})",
            note=Note("import.skip.not_json", {"file": display(member)}),
        ) from None
    except ValueError as exc:
        raise MemberError(f"{display(member)} is not valid JSON ({exc})",
                          note=Note("import.skip.not_json", {"file": display(member)})) from None
    return repair_mojibake(value) if fix_mojibake else value


def fix_text(text: str) -> str:
    """Undo Meta's double encoding of one string, only where that is what happened.

    Meta writes each UTF-8 byte as its own ``\\u00XX`` escape. A string whose code points
    all fit in one byte and whose bytes then form valid UTF-8 is such a string; anything
    else (real Latin-1 text, real emoji) is left alone.
    """
    if text.isascii() or any(ord(ch) > 0xFF for ch in text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


def repair_mojibake(value: JSON) -> JSON:
    """Apply ``fix_text`` to every string and key, without recursion (depth is hostile)."""
    if isinstance(value, str):
        return fix_text(value)
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = fix_text(item)
                elif isinstance(item, (list, dict)):
                    stack.append(item)
        elif isinstance(node, dict):
            items = [(fix_text(k), v) for k, v in node.items()]
            node.clear()
            for key, item in items:
                if isinstance(item, str):
                    item = fix_text(item)
                elif isinstance(item, (list, dict)):
                    stack.append(item)
                node[key] = item
    return value


_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def parse_date(text: str, formats: Sequence[str]) -> dt.datetime | None:
    """The first of the file's known formats that fits, in UTC; None if none does.

    Each export file has its own format (see platform-facts §1.12); guessing across them
    would read 05/06 as May in one file and June in another.
    """
    value = " ".join(text.translate(_SPACES).split())
    if not value:
        return None
    for fmt in formats:
        try:
            parsed = dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
    return None


def from_timestamp(value: object) -> dt.datetime | None:
    """Meta's Unix seconds (a number or a numeric string), or None when implausible."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        seconds = float(value)
    except (ValueError, OverflowError):  # "abc", or an integer with 400 digits
        return None
    if not 0 < seconds < 4_102_444_800:  # before 2100
        return None
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def parse_iso(text: object) -> dt.datetime | None:
    """X's ISO-8601 stamps (``2010-02-09T17:10:05.000Z``)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
