"""Answers: turning what a person says (at a prompt or in a file) into facts.

One function, ``parse_answer``, knows what a check's question accepts; the wizard and the
answers file both use it, so "off" means the same thing in both places. An answers file
(YAML or JSON, ``{goal, lang, answers: {CHECK_ID: VALUE}}``) is validated as a whole and
every problem is reported with its line, not only the first.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor.catalogue.loader import Catalogue, line_of
from auditor.catalogue.model import Check
from auditor.errors import InputFileError
from auditor.facts import UNSURE, Fact, FactValue
from auditor.goals import GOALS, written_goal
from auditor.langs import LANGS
from auditor.strings import current_lang, plural, t, typed

# What people type or write for on and off, in either language (the string table's TYPED).
TOGGLE_WORDS: dict[str, bool] = {**dict.fromkeys(typed("typed.on"), True), **dict.fromkeys(typed("typed.off"), False)}
# At a prompt a toggle is shown as "1) Yes  2) No"; 0 is what people type for "no" as well.
TOGGLE_KEYS: dict[str, bool] = {"1": True, "2": False, "0": False}
UNSURE_WORDS = {UNSURE, *typed("typed.answer.unsure")}
# A confirmed evidence value is stored as an answer whose detail keeps where it came from.
CONFIRMED_PREFIX = "confirmed:"


class AnswerError(ValueError):
    """The value does not fit the check's question; the message says what would."""


def expected_values(check: Check, lang: str | None = None, bounds: tuple[int | None, int | None] | None = None,
                    *, labels: bool = False) -> str:
    """What a question accepts, as a phrase for an error message, in ``lang``: a choice's ids
    (for a file) or its labels (at a prompt)."""
    question = check.question
    if question is None:
        return t("interview.expect.nothing", lang)
    if question.kind == "toggle":
        return t("interview.expect.toggle.prompt" if labels else "interview.expect.toggle", lang)
    if question.kind == "choice":
        choices = question.choices or []
        names = [c.label.get(lang or current_lang()) if labels else c.id for c in choices]
        return t("interview.expect.choice", lang, n=len(choices), ids=", ".join(names))
    if question.kind == "number":
        low, high = bounds if bounds is not None else (0, None)
        if high is not None:
            return t("interview.expect.range", lang, low=low or 0, high=high)
        return t("interview.expect.number", lang)
    return t("interview.expect.text", lang)


def interpret(check: Check, raw: Any, lang: str | None = None,
              bounds: tuple[int | None, int | None] | None = None, *, labels: bool = False) -> FactValue:
    """The fact value for a reply to ``check``, in any form people use.

    Toggles take on/off, yes/no, ja/nee, aan/uit and the number or label of Yes/No; choices
    take their number, id or label (in either language); numbers are whole and within the
    question's range. ``"unsure"`` (or "weet niet") stays ``"unsure"``.
    """
    question = check.question
    if question is None:
        raise AnswerError(t("interview.bad.not-a-question", lang, id=check.id))
    text = raw.strip().casefold() if isinstance(raw, str) else None
    if text is not None and text in UNSURE_WORDS:
        return UNSURE
    value = _fit(check, raw, text, bounds)
    if value is not None:
        return value
    given = raw if not isinstance(raw, bool) else ("on" if raw else "off")
    number = _number(raw) if question.kind == "number" else None
    if number is not None and number.is_integer() and bounds is not None and bounds[1] is not None:
        raise AnswerError(t("interview.bad.range", lang, given=given, low=bounds[0] or 0, high=bounds[1]))
    expected = expected_values(check, lang, bounds, labels=labels)
    raise AnswerError(t("interview.bad.answer", lang, given=given, expected=expected))


def _fit(check: Check, raw: Any, text: str | None, bounds: tuple[int | None, int | None] | None) -> FactValue:
    question = check.question
    assert question is not None
    if question.kind == "toggle":
        if isinstance(raw, bool):  # YAML 1.1 reads a bare on/off as a boolean
            return raw
        if isinstance(raw, int) and raw in (0, 1, 2):
            return raw == 1
        if text is not None:
            return TOGGLE_WORDS.get(text, TOGGLE_KEYS.get(text, _toggle_label(text)))
        return None
    if question.kind == "choice":
        choices = question.choices or []
        if isinstance(raw, int) and not isinstance(raw, bool) and 1 <= raw <= len(choices):
            return choices[raw - 1].id
        if text is None:
            return None
        if text.isdigit() and 1 <= int(text) <= len(choices):
            return choices[int(text) - 1].id
        for choice in choices:
            if text in (choice.id, choice.label.en.casefold(), choice.label.nl.casefold()):
                return choice.id
        return _choice_by_words(choices, text)
    if question.kind == "number":
        number = _number(raw)
        if number is None or not number.is_integer():
            return None
        low, high = bounds if bounds is not None else (0, None)
        if (low is not None and number < low) or (high is not None and number > high):
            return None
        return int(number)
    if isinstance(raw, str | int | float) and not isinstance(raw, bool) and str(raw).strip():
        return str(raw).strip()
    return None


def _plain(text: str) -> str:
    """A label as typed: no accents, quotes, marks or case ("Privémodus" = "privemodus")."""
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().translate(str.maketrans("", "", "\"“”‘’'≈")).split())


def _choice_by_words(choices: list[Any], text: str) -> str | None:
    """A choice named by what the person sees, in either language: its label without accents or
    quotes, or one part of a label that gives both ("Private mode (privémodus)")."""
    typed = _plain(text)
    if not typed:
        return None
    found = set()
    for choice in choices:
        for label in (choice.label.en, choice.label.nl):
            parts = {label, *(p for p in label.replace(")", "(").split("(") if p.strip())}
            if typed in {_plain(p) for p in parts}:
                found.add(choice.id)
    return found.pop() if len(found) == 1 else None


def _toggle_label(text: str) -> bool | None:
    """"Ja (aan)" or "No (off)", as the prompt shows a toggle's two choices."""
    for lang in LANGS:
        for key, value in (("interview.toggle.on", True), ("interview.toggle.off", False)):
            if text == t(key, lang).casefold():
                return value
    return None


def parse_answer(check: Check, raw: Any, lang: str | None = None) -> FactValue:
    """An answer from a file or a prompt; numbers are checked against the question's range."""
    bounds = (None, None) if check.question is None else check.question.bounds
    try:
        return interpret(check, raw, lang, bounds)
    except AnswerError:
        if check.question is None:
            raise
        number = _number(raw) if check.question.kind == "number" else None
        if number is not None and number.is_integer() and bounds[1] is not None:
            raise
        given = raw if not isinstance(raw, bool) else ("on" if raw else "off")
        raise AnswerError(t("answers.bad-answer", lang, given=given, id=check.id,
                            expected=expected_values(check, lang, bounds))) from None


def as_answer(check: Check, value: FactValue) -> FactValue:
    """Evidence (an export's count or share) as an answer to the check's question, or None.

    What an export shows is not always in the question's terms: 3 uploaded contacts for "have
    you ever imported your address book?", 0.8 for "how often do you write a note?". The
    answer chosen is the one the check's rule judges the same way as the evidence, so a
    confirmed (or exported, and read back) value keeps its verdict.
    """
    question = check.question
    if question is None or value is None or value == UNSURE:
        return None
    fitted = _fit(check, value, value.strip().casefold() if isinstance(value, str) else None, None)
    if question.kind in ("number", "text"):
        if fitted is not None:
            return fitted
        if question.kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
            return round(value)
        return None
    if fitted is not None and not (question.kind == "choice" and isinstance(value, int | float)):
        return fitted
    if question.kind == "toggle" and isinstance(value, int | float):
        return _same_verdict(check, value, [True, False])
    ids: list[FactValue] = [c.id for c in question.choices or []]
    if isinstance(value, float) and 0 <= value <= 1 and len(ids) > 1:  # a share: always … never
        return _share_choice(check, value, ids)
    if question.kind == "choice" and not isinstance(value, bool):  # a count, or a text read
        return _only_choice(check, value, ids)
    return _same_verdict(check, value, ids)


def leaves_open(check: Check, value: FactValue) -> bool:
    """Whether evidence shows something the question's choices cannot say without claiming
    more (18 contacts kept: whether syncing is on, no export says). Such a question is asked,
    with the evidence shown and no answer filled in."""
    question = check.question
    if question is None or question.kind not in ("toggle", "choice") or value is None:
        return False
    return as_answer(check, value) is None


def _share_choice(check: Check, value: float, ids: list[FactValue]) -> FactValue:
    """A share on a scale from "always" to "never", in words that claim no more than it shows.

    The ends say "every time" and "not once": only a share of exactly 1 or 0 is either. Any
    other share is one of the choices between them (above one half the first of them); a
    choice the rule judges otherwise than the share itself is no answer at all.
    """
    if value >= 1:
        chosen = ids[0]
    elif value <= 0:
        chosen = ids[-1]
    else:
        inner = ids[1:-1]
        if not inner:
            return None
        # Only the two ends of the inner scale: a choice in between may not be a frequency at
        # all (LinkedIn's "only for people who may not know me"), and a share cannot say it.
        chosen = inner[0] if value > 0.5 else inner[-1]
    return chosen if _verdict(check, chosen) == _verdict(check, value) else None


def _only_choice(check: Check, value: FactValue, ids: list[FactValue]) -> FactValue:
    """A count (or a text read from the profile) as the one choice the rule judges the same
    way; when several are (18 contacts: "synced" or "uploaded, sync off"; a short About text
    with a link: "no link" or "a line or two"), choosing would claim more than it shows."""
    wanted = _verdict(check, value)
    if wanted is None:
        return None
    same = [c for c in ids if _verdict(check, c) == wanted]
    return same[0] if len(same) == 1 else None


def _verdict(check: Check, value: FactValue) -> bool | None:
    from auditor.rules import evaluate

    return evaluate(check.rule, value, {})


def _same_verdict(check: Check, value: FactValue, candidates: list[FactValue]) -> FactValue:
    wanted = _verdict(check, value)
    if wanted is None:
        return None
    return next((c for c in candidates if _verdict(check, c) == wanted), None)


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
    platform_lang: str | None = None  # `platform_lang: en`: every platform's screen in this language
    platform_langs: dict[str, str] = field(default_factory=dict)  # `platform_lang: {linkedin: en}`

    @property
    def platforms(self) -> list[str]:
        return sorted({c.platform for c in self.checks})

    def langs_for(self, platforms: list[str]) -> dict[str, str]:
        """The screen language the file gives for each of these platforms (none: not said)."""
        if self.platform_lang is not None:
            return dict.fromkeys(platforms, self.platform_lang)
        return {p: v for p, v in self.platform_langs.items() if p in platforms}


def _goal(value: Any) -> Any:
    """A goal as written in the file: its id or its name in either language (zichtbaar …)."""
    return written_goal(value)


def load_answers(path: Path, catalogue: Catalogue, *, now: dt.datetime) -> AnswerSet:
    from auditor.inputs import load  # the one reader: regular files only, size/depth/alias limits

    data, node = load(path, kind="yaml_json", error=InputFileError, noun="answers")
    if not isinstance(data, dict):
        raise InputFileError(t("answers.not-mapping", path=path))
    problems: list[str] = []
    notices: list[str] = []

    def where(*loc: str) -> str:
        line = line_of(node, list(loc))
        return f"{path}:{line}" if line else str(path)

    for key in data:
        if key not in ("goal", "lang", "platform_lang", "answers"):
            problems.append(f"{where(str(key))}: {t('answers.unknown-field', key=key)}")
    goal = _goal(data.get("goal"))
    if goal is not None and goal not in GOALS:
        problems.append(f"{where('goal')}: {t('answers.bad-goal', goal=goal)}")
    lang = data.get("lang")
    if lang is not None and lang not in LANGS:
        problems.append(f"{where('lang')}: {t('answers.bad-lang', lang=lang, langs=', '.join(LANGS))}")
    platform_lang, platform_langs = _platform_langs(data.get("platform_lang"), catalogue, problems, where)
    answers = data.get("answers")
    if answers is None:  # an empty `answers:`: the audit holds what the evidence settled
        answers = {}
    if not isinstance(answers, dict):
        problems.append(f"{where('answers')}: {t('answers.answers-not-mapping')}")
        answers = {}
    facts: list[Fact] = []
    checks: list[Check] = []
    for check_id, raw in answers.items():
        loc = where("answers", str(check_id))
        check = catalogue.find_check(str(check_id)) or catalogue.find_condition(str(check_id))
        if check is None:
            problems.append(f"{loc}: {t('answers.unknown-check', id=check_id)}")
            continue
        if check.removed:
            notices.append(f"{loc}: {t('answers.removed', id=check_id, date=check.removed)}")
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
        raise InputFileError(plural("answers.problems", len(problems), path=path), problems=problems)
    return AnswerSet(goal=goal, lang=lang, facts=facts, checks=checks, notices=notices,
                     platform_lang=platform_lang, platform_langs=platform_langs)


def _platform_langs(given: Any, catalogue: Catalogue, problems: list[str],
                    where: Any) -> tuple[str | None, dict[str, str]]:
    """``platform_lang: en`` (every platform) or ``{linkedin: en, facebook: nl}``; problems named by line."""
    if given is None:
        return None, {}
    if isinstance(given, str):
        if given in LANGS:
            return given, {}
        problems.append(f"{where('platform_lang')}: {t('answers.bad-platform-lang', given=given)}")
        return None, {}
    if not isinstance(given, dict):
        problems.append(f"{where('platform_lang')}: {t('answers.bad-platform-lang', given=given)}")
        return None, {}
    names = {p: p for p in catalogue.checklists} | {cl.name.casefold(): p for p, cl in catalogue.checklists.items()}
    langs: dict[str, str] = {}
    for key, value in given.items():
        loc = where("platform_lang", str(key))
        platform = names.get(str(key).strip().casefold())  # its id or its name ("LinkedIn")
        if platform is None:
            known = ", ".join(sorted(catalogue.checklists))
            problems.append(f"{loc}: {t('answers.platform-lang-unknown', platform=key, known=known)}")
            continue
        if value not in LANGS:
            problems.append(f"{loc}: {t('answers.bad-platform-lang', given=value)}")
            continue
        langs[platform] = str(value)
    return None, langs


def dump_answers(goal: str, lang: str, answers: dict[str, FactValue],
                 platform_langs: dict[str, str] | None = None) -> str:
    """An answers file for ``auditor history --export``: the same format ``--answers`` reads."""
    rendered: dict[str, Any] = {}
    for check_id, value in sorted(answers.items()):
        rendered[check_id] = ("on" if value else "off") if isinstance(value, bool) else value
    data: dict[str, Any] = {"goal": goal, "lang": lang}
    if platform_langs:
        data["platform_lang"] = dict(sorted(platform_langs.items()))
    data["answers"] = rendered
    return yaml.dump(data, Dumper=_ExactDumper, sort_keys=False, allow_unicode=True)


# Characters YAML counts as printable but a terminal (and our own filter) hides: the
# bidirectional controls. A text holding one is written double-quoted with escapes
# ("\u202E"), so the file reads back exactly and shows nothing invisible.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class _ExactDumper(yaml.SafeDumper):
    def write_double_quoted(self, text: str, split: bool = True) -> None:
        if not _BIDI.search(text):
            super().write_double_quoted(text, split)
            return
        saved, self.allow_unicode = self.allow_unicode, False  # escape what is not ASCII, in this text only
        try:
            super().write_double_quoted(text, split)
        finally:
            self.allow_unicode = saved


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if _BIDI.search(data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_str(data)


_ExactDumper.add_representer(str, _represent_text)
