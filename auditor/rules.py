"""The rule vocabulary's evaluator: pure functions from (rule, value) to True/False/None.

``None`` means "this rule cannot judge this value" (missing, or of a kind the rule does not
apply to, such as a word count of a boolean). The engine turns ``None`` into ``unknown``,
never into a gap: a value we could not judge is not an unsafe value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.facts import FactValue

if TYPE_CHECKING:  # annotations only: the report path renders stored findings without pydantic
    from auditor.catalogue.model import Rule

Verdict = bool | None
WordLists = Mapping[str, Sequence[str]]

_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)


def normalise(text: str) -> str:
    """Case- and accent-insensitive, punctuation-free, single-spaced: for list comparisons."""
    folded = _strip_accents(_strip_accents(text).casefold())  # twice: each step can expose the other
    return " ".join(_WORD.findall(folded))


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _is_number(value: FactValue) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same(a: FactValue, b: FactValue) -> bool:
    """Equality that does not confuse True with 1 (Python does)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return a == b


def evaluate(rule: Rule, value: FactValue, lists: WordLists | None = None) -> Verdict:
    """Judge one value. Exactly one operator of ``rule`` is set (the schema ensures it)."""
    lists = lists or {}
    op = rule.operators()[0]
    if op == "present":
        return _present(value) == rule.present
    if value is None:
        return None
    handler = _HANDLERS[op]
    return handler(rule, value, lists)


def _present(value: FactValue) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    return True


def _text(fn: Callable[[Rule, str, WordLists], bool]) -> Callable[[Rule, FactValue, WordLists], Verdict]:
    def wrapper(rule: Rule, value: FactValue, lists: WordLists) -> Verdict:
        return fn(rule, value, lists) if isinstance(value, str) else None

    return wrapper


def _number(fn: Callable[[Rule, float], bool]) -> Callable[[Rule, FactValue, WordLists], Verdict]:
    def wrapper(rule: Rule, value: FactValue, lists: WordLists) -> Verdict:
        return fn(rule, float(value)) if _is_number(value) else None  # type: ignore[arg-type]

    return wrapper


def _in_list(rule: Rule, value: str, lists: WordLists, name: str) -> bool:
    wanted = normalise(value)
    return any(normalise(entry) == wanted for entry in lists.get(name, ()))


def _combine(rule: Rule, value: FactValue, lists: WordLists) -> Verdict:
    if rule.all is not None:
        verdicts = [evaluate(sub, value, lists) for sub in rule.all]
        if any(v is False for v in verdicts):
            return False
        return None if any(v is None for v in verdicts) else True
    if rule.any is not None:
        # Alternatives often cover different kinds of value (a choice id from the wizard,
        # a number from an export): a branch that cannot judge this value is no vote.
        verdicts = [evaluate(sub, value, lists) for sub in rule.any]
        if any(v is True for v in verdicts):
            return True
        return False if any(v is False for v in verdicts) else None
    assert rule.not_ is not None
    inner = evaluate(rule.not_, value, lists)
    return None if inner is None else not inner


_HANDLERS: dict[str, Callable[[Rule, FactValue, WordLists], Verdict]] = {
    "equals": lambda r, v, _l: _same(v, r.equals),
    "not_equals": lambda r, v, _l: not _same(v, r.not_equals),
    "one_of": lambda r, v, _l: any(_same(v, x) for x in r.one_of or []),
    "not_one_of": lambda r, v, _l: not any(_same(v, x) for x in r.not_one_of or []),
    "matches": _text(lambda r, v, _l: _compiled(r.matches or "").search(v) is not None),
    "not_matches": _text(lambda r, v, _l: _compiled(r.not_matches or "").search(v) is None),
    "min_words": _text(lambda r, v, _l: count_words(v) >= (r.min_words or 0)),
    "max_words": _text(lambda r, v, _l: count_words(v) <= (r.max_words or 0)),
    "min_length": _text(lambda r, v, _l: len(v.strip()) >= (r.min_length or 0)),
    "max_length": _text(lambda r, v, _l: len(v.strip()) <= (r.max_length or 0)),
    "at_least": _number(lambda r, v: v >= (r.at_least if r.at_least is not None else 0)),
    "at_most": _number(lambda r, v: v <= (r.at_most if r.at_most is not None else 0)),
    "in_list": _text(lambda r, v, lists: _in_list(r, v, lists, r.in_list or "")),
    "not_in_list": _text(lambda r, v, lists: not _in_list(r, v, lists, r.not_in_list or "")),
    "all": _combine,
    "any": _combine,
    "not": _combine,
}


def describe(rule: Rule, lang: str | None = None) -> str:
    """A short rendering of a rule in the person's language, for `checklists show`: one
    sentence per operator (``rule.<operator>`` in strings.py), the values as written."""
    from auditor.strings import t

    op = rule.operators()[0]
    if op in ("all", "any"):
        parts = rule.all if op == "all" else rule.any
        return "(" + t(f"rule.{op}", lang).join(describe(p, lang) for p in parts or []) + ")"
    if op == "not":
        assert rule.not_ is not None
        return t("rule.not", lang, rule=describe(rule.not_, lang))
    arg = getattr(rule, op)
    if op == "equals" and isinstance(arg, bool):
        return t("rule.on" if arg else "rule.off", lang)
    if op == "present":
        return t("rule.present" if arg else "rule.absent", lang)
    if isinstance(arg, float) and arg.is_integer():
        arg = int(arg)  # "at least 7", not "7.0" (a checklist's numbers are read as floats)
    return t(f"rule.{op}", lang, value=repr(arg))
