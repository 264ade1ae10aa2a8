"""What reaches the terminal: one sanitizer for everything printed, in any locale.

Text from outside (a name in a data export, a checklist title, a file name) could carry
terminal control sequences: ``ESC ] 0 ; … BEL`` retitles the window, ``ESC [ 2 J`` clears
the screen, ``ESC [ 31 m`` colours, others rewrite what was printed before. ``clean`` removes
every control character except newline and tab, and only then adds the styling the auditor
itself asked for (``paint``, written with a mark no data can know).

The command line runs inside ``guarded_streams``: standard output and error pass through
``clean``, are written as UTF-8 where the locale's encoding (``LC_ALL=C``) cannot hold "…"
or "ë", and an over-long error line is cut short. A closed standard input reads as empty,
so "no terminal" is said instead of a crash. ``input()``'s prompt, which a terminal's
readline writes past ``sys.stdout``, is cleaned too. Bytes written to ``.buffer`` (a report sent
to standard output) are passed through untouched.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, ParamSpec, TypeVar

MAX_ERROR_LINE = 400  # characters of one line on standard error; a value echoed back is cut here

_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_CONTROL_RE = re.compile(_CONTROL)
# What a web page shows visibly: the same, except the carriage return a browser sends with
# every new line of a text box (harmless in HTML).
_UNSEEN_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Our own styling is written with a mark only this process knows (random, per run) in place of
# ESC; ``clean`` removes every control character from the text first, and only then turns the
# marks into ESC. A name in an export holding "ESC[31m" is therefore never colour.
_MARK = "".join(chr(0xF0000 + b) for b in os.urandom(6))  # os, not secrets: no hashlib at start-up


def paint(text: str, code: str) -> str:
    """``text`` in our own style (``code``: SGR numbers such as "1" or "31"), shown as such
    once it passes ``clean`` (every standard stream of a command does)."""
    return f"{_MARK}[{code}m{text}{_MARK}[0m"


def clean(text: str) -> str:
    """``text`` without control characters (newline and tab stay), then with our own styling.

    Escape sequences from data go entirely, colour included; bidirectional overrides go too:
    they can make a line read differently from its bytes.
    """
    if text.isprintable():
        return text
    stripped = _CONTROL_RE.sub("", text)
    return stripped.replace(_MARK, "\x1b") if _MARK in stripped else stripped


def visible(text: str) -> str:
    """``text`` with every control character shown as its escape (NUL as ``\\x00``, ESC as
    ``\\x1b``, a right-to-left override as ``\\u202e``): for a page, where hiding it would
    let text read differently from what is stored."""
    if text.isprintable() or not _UNSEEN_RE.search(text):
        return text
    return _UNSEEN_RE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group(0))
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_PROBE = "…•ëé€—›"


class CleanStream:
    """A text stream that cleans what is written and caps over-long lines (``line_cap``)."""

    def __init__(self, raw: IO[str], line_cap: int | None = None):
        self._raw = raw
        self._cap = line_cap
        self._column = 0

    def write(self, text: str) -> int:
        cleaned = clean(str(text))
        self._raw.write(self._capped(cleaned) if self._cap else cleaned)
        return len(text)

    def _capped(self, text: str) -> str:
        assert self._cap is not None
        out: list[str] = []
        for piece in re.split(r"(\n)", text):
            if piece == "\n":
                out.append(piece)
                self._column = 0
                continue
            room = self._cap - self._column
            if len(piece) > room:
                out.append(piece[:max(room, 0)] + ("…" if room > 0 else ""))
                self._column = self._cap + 1
            else:
                out.append(piece)
                self._column += len(piece)
        return "".join(out)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, buffer, encoding …
        return getattr(self._raw, name)


def _utf8_capable(stream: Any) -> None:
    """Switch a stream whose encoding cannot write our words (ASCII under ``LC_ALL=C``) to UTF-8;
    and never fail on a character: replace it."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        _PROBE.encode(encoding)
        fits = True
    except (UnicodeError, LookupError):
        fits = False
    with contextlib.suppress(ValueError, OSError):  # already written to, or detached: leave it
        reconfigure(errors="replace") if fits else reconfigure(encoding="utf-8", errors="replace")


def _stdin_or_empty() -> Any:
    """Standard input, or an empty one if the process was started with it closed (Python then
    sets ``sys.stdin`` to None)."""
    if sys.stdin is not None:
        return sys.stdin
    return open(os.devnull, encoding="utf-8")  # lives as long as the process


@contextmanager
def guarded_streams() -> Iterator[None]:
    """Standard streams for one command run; the originals are put back afterwards."""
    saved = sys.stdin, sys.stdout, sys.stderr
    saved_input = builtins.input

    def clean_input(prompt: object = "") -> str:
        # input() at a terminal writes its prompt through readline, past sys.stdout: clean it here
        return saved_input(clean(str(prompt)))

    builtins.input = clean_input
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            _utf8_capable(stream)
    try:
        sys.stdin = _stdin_or_empty()
        if sys.stdout is not None:
            sys.stdout = CleanStream(sys.stdout)
        if sys.stderr is not None:
            sys.stderr = CleanStream(sys.stderr, line_cap=MAX_ERROR_LINE)
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
        sys.stdin, sys.stdout, sys.stderr = saved
        builtins.input = saved_input


P = ParamSpec("P")
R = TypeVar("R")


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` (the command line's ``main``) inside ``guarded_streams``."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with guarded_streams():
            return func(*args, **kwargs)

    return wrapper
