"""Refusing checklist patterns that can take exponential time (catastrophic backtracking).

Python's ``re`` backtracks: ``^(a|aa)+$`` on forty a's and a "b" runs for minutes, and a
checklist author cannot see that from the pattern. The shapes that explode are known: a
repeated group that itself holds an unbounded repetition (``(a+)+``, ``(\\w+\\s?)*``,
``(.*a){12}``), and a
repeated choice whose options can start the same way (``(a|aa)+``, ``(x|x?)*``). Both are
found in the parsed pattern and refused when the checklist is validated, so a rule that
passes ``auditor checklists validate`` is safe to run on any answer.
"""

from __future__ import annotations

import importlib
from typing import Any

# the standard library's own pattern parser (Python 3.11+), private but stable
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_UNBOUNDED_FROM = 16  # {0,16} and more count as unbounded: 2**16 paths is already too many


def may_backtrack_catastrophically(pattern: str) -> bool:
    """Whether ``pattern`` holds a nested unbounded repetition or a repeated overlapping choice."""
    try:
        tree = _p.parse(pattern)
    except Exception:  # invalid patterns are reported by re.compile, not here
        return False
    return _walk(list(tree), inside=False)


def _unbounded(high: int) -> bool:
    return bool(high == _c.MAXREPEAT or high >= _UNBOUNDED_FROM)


def _walk(items: list[tuple[Any, Any]], *, inside: bool) -> bool:
    for op, av in items:
        if op in _REPEATS:
            _low, high, sub = av
            big = _unbounded(high)
            if big and (inside or _holds_overlapping_choice(list(sub))):
                return True
            if _walk(list(sub), inside=inside or high > 1):
                return True
        elif op == _c.SUBPATTERN:
            if _walk(list(av[-1]), inside=inside):
                return True
        elif op == _c.BRANCH:
            if any(_walk(list(alt), inside=inside) for alt in av[1]):
                return True
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if _walk(list(av[1]), inside=inside):
                return True
        elif op == getattr(_c, "ATOMIC_GROUP", object()) and _walk(list(av), inside=inside):
            return True
    return False


def _holds_overlapping_choice(items: list[tuple[Any, Any]]) -> bool:
    """A choice directly inside a repetition whose options do not each start with their own letter."""
    for op, av in items:
        if op == _c.SUBPATTERN:
            if _holds_overlapping_choice(list(av[-1])):
                return True
        elif op == _c.BRANCH:
            firsts: list[str] = []
            for alt in av[1]:
                alt = list(alt)
                if not alt or alt[0][0] != _c.LITERAL:
                    return True
                firsts.append(chr(alt[0][1]).casefold())
            if len(set(firsts)) != len(firsts):
                return True
    return False
