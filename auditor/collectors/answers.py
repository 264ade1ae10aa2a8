"""Answers: turning what a person says (at a prompt or in a file) into facts.

One function, ``parse_answer``, knows what a check's question accepts; the wizard and the
answers file both use it, so "off" means the same thing in both places. An answers file
(YAML or JSON, ``{goal, lang, answers: {CHECK_ID: VALUE}}``) is validated as a whole and
every problem is reported with its line, not only the first.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor.catalogue.loader import Catalogue, line_of
from auditor.catalogue.model import GOALS, LANGS, Check
from auditor.errors import InputFileError
from auditor.facts import UNSURE, Fact, FactValue

TOGGLE_WORDS: dict[str, bool] = {"on": True, "off": False, "aan": True, "uit": False}
UNSURE_WORDS = {UNSURE, "not sure", "?", "weet niet", "niet zeker"}


class AnswerError(ValueError):
    """The value does not fit the check's question; the message says what would."""


def expected_values(check: Check) -> str:
    question = check.question
    if question is None:
        return "nothing (this check is settled by an export or the browser, not asked)"
    if question.kind == "toggle":
        return "on, off or unsure"
    if question.kind == "choice":
        return ", ".join(c.id for c in question.choices or []) + " or unsure"
    if question.kind == "number":
        return "a number (0 or more) or unsure"
    return "a text or unsure"


def parse_answer(check: Check, raw: Any) -> FactValue:
    """The fact value for an answer to ``check``; ``"unsure"`` stays ``"unsure"``."""
    question = check.question
    if question is None:
        raise AnswerError(f"'{check.id}' is not a question; expected {expected_values(check)}")
    if isinstance(raw, str) and raw.strip().casefold() in UNSURE_WORDS:
        return UNSURE
    if question.kind == "toggle":
        if isinstance(raw, bool):  # YAML 1.1 reads a bare on/off as a boolean
            return raw
        if isinstance(raw, str) and raw.strip().casefold() in TOGGLE_WORDS:
            return TOGGLE_WORDS[raw.strip().casefold()]
    elif question.kind == "choice":
        ids = [c.id for c in question.choices or []]
        if isinstance(raw, str) and raw.strip().casefold() in ids:
            return raw.strip().casefold()
    elif question.kind == "number":
        number = _number(raw)
        if number is not None:
            return int(number) if number.is_integer() else number
    elif isinstance(raw, str | int | float) and not isinstance(raw, bool):
        return str(raw).strip()
    raise AnswerError(f"'{raw}' is not an answer to {check.id}; expected {expected_values(check)}")


def _number(raw: Any) -> float | None:
    """A count or share: finite and not negative (a 'nan' or '-5' is no answer)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        try:
            raw = float(raw.strip().replace(",", "."))
        except ValueError:
            return None
    if isinstance(raw, int | float) and math.isfinite(raw) and raw >= 0:
        return float(raw)
    return None


def answer_fact(check: Check, value: FactValue, *, observed_at: dt.datetime, detail: str = "") -> Fact:
    return Fact(
        key=check.fact, value=value, source="answer", observed_at=observed_at, detail=detail,
        check_id=check.id, check_revision=check.revision,
    )


@dataclass
class AnswerSet:
    """A validated answers file: goal and language (if given) and one fact per answer."""

    goal: str | None
    lang: str | None
    facts: list[Fact]
    checks: list[Check]
    notices: list[str] = field(default_factory=list)

    @property
    def platforms(self) -> list[str]:
        return sorted({c.platform for c in self.checks})


def load_answers(path: Path, catalogue: Catalogue, *, now: dt.datetime) -> AnswerSet:
    from auditor.inputs import load  # the one reader: regular files only, size/depth/alias limits

    data, node = load(path, kind="yaml_json", error=InputFileError, noun="answers")
    if not isinstance(data, dict):
        raise InputFileError(
            f"{path}:1: expected a mapping like {{goal: balanced, lang: en, answers: {{CHECK_ID: VALUE}}}}")
    problems: list[str] = []
    notices: list[str] = []

    def where(*loc: str) -> str:
        line = line_of(node, list(loc))
        return f"{path}:{line}" if line else str(path)

    for key in data:
        if key not in ("goal", "lang", "answers"):
            problems.append(f"{where(str(key))}: unknown field '{key}'; expected goal, lang and answers")
    goal = data.get("goal")
    if goal is not None and goal not in GOALS:
        problems.append(f"{where('goal')}: goal '{goal}' is not one of {', '.join(GOALS)}")
    lang = data.get("lang")
    if lang is not None and lang not in LANGS:
        problems.append(f"{where('lang')}: lang '{lang}' is not one of {', '.join(LANGS)}")
    answers = data.get("answers")
    if not isinstance(answers, dict):
        problems.append(f"{where('answers')}: 'answers' must be a mapping of check id to value")
        answers = {}
    facts: list[Fact] = []
    checks: list[Check] = []
    for check_id, raw in answers.items():
        loc = where("answers", str(check_id))
        check = catalogue.find_check(str(check_id)) or catalogue.find_condition(str(check_id))
        if check is None:
            problems.append(f"{loc}: unknown check id '{check_id}' (list them with: auditor checklists show PLATFORM)")
            continue
        if check.removed:
            notices.append(f"{loc}: '{check_id}' is a setting the platform removed on {check.removed}; answer ignored")
            continue
        try:
            value = parse_answer(check, raw)
        except AnswerError as exc:
            problems.append(f"{loc}: {exc}")
            continue
        detail = f"answers file {path.name}" + (f" (as {check_id}, now {check.id})" if check_id != check.id else "")
        facts.append(answer_fact(check, value, observed_at=now, detail=detail))
        checks.append(check)
    if problems:
        raise InputFileError(f"{path}: {len(problems)} problem(s) in this answers file:", problems=problems)
    return AnswerSet(goal=goal, lang=lang, facts=facts, checks=checks, notices=notices)


def dump_answers(goal: str, lang: str, answers: dict[str, FactValue]) -> str:
    """An answers file for ``auditor history --export``: the same format ``--answers`` reads."""
    rendered: dict[str, Any] = {}
    for check_id, value in sorted(answers.items()):
        rendered[check_id] = ("on" if value else "off") if isinstance(value, bool) else value
    return yaml.safe_dump({"goal": goal, "lang": lang, "answers": rendered}, sort_keys=False, allow_unicode=True)
