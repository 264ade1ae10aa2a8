"""The guided audit at a terminal: one check at a time, every answer saved as it is given.

The wizard talks through a ``Prompter`` (plain ``input()`` by default) so that it can run
beside Playwright's sync API on another thread, and so tests can drive it through a real
pseudo-terminal. It is a small state machine over the list of planned questions: answer,
"not sure", skip, back, quit. It produces facts (through ``on_answer``) and decides
nothing.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from auditor.audit import (
    ASK_CHECK_CHANGED,
    ASK_CONDITION,
    ASK_CONFIRM,
    ASK_NEW,
    ASK_NEW_CHECK,
    ASK_NOT_READ,
    ASK_STALE,
    ASK_WAS_GAP,
    ASK_WAS_UNSURE,
    PlannedQuestion,
)
from auditor.catalogue.model import Check
from auditor.collectors.answers import AnswerError, parse_answer
from auditor.facts import UNSURE, FactValue

SKIP, BACK, QUIT = "s", "b", "q"


class Prompter(Protocol):
    def say(self, text: str = "") -> None: ...

    def ask(self, prompt: str) -> str | None:
        """A line from the person, or None when they closed the input (Ctrl-D / Ctrl-C)."""


class TerminalPrompter:
    """Plain ``input()``: works in any terminal and beside Playwright's sync API."""

    def say(self, text: str = "") -> None:
        print(text, flush=True)

    def ask(self, prompt: str) -> str | None:
        try:
            return input(prompt)
        except (EOFError, KeyboardInterrupt):
            print()
            return None


WORDS: dict[str, dict[str, str]] = {
    "en": {
        "progress": "{platform} — {n} of {m}",
        "where": "Where",
        "toggle": "[on / off]",
        "keys": "? not sure · s skip · b back · q quit",
        "previous": "Last time: {value}",
        "yours": "Your answer: {value}",
        "saved": "saved",
        "bad": "Please answer {expected}, or ?, s, b, q.",
        "number": "a number",
        "text": "type it",
        ASK_NEW: "",
        ASK_NEW_CHECK: "New check since your last audit.",
        ASK_CHECK_CHANGED: "Asked again: the platform or the advice changed since you answered.",
        ASK_WAS_GAP: "Asked again: this was a gap last time. Fixed yet?",
        ASK_STALE: "Asked again: your answer is {age} days old.",
        ASK_WAS_UNSURE: "Asked again: you were not sure last time.",
        ASK_CONDITION: "This decides which of the next checks apply to you.",
        ASK_NOT_READ: "The browser could not read this: {detail}",
        ASK_CONFIRM: "Already known from your {source} ({when}): {value}. Press Enter to keep it, or correct it.",
        "on": "on", "off": "off",
    },
    "nl": {
        "progress": "{platform} — {n} van {m}",
        "where": "Waar",
        "toggle": "[aan / uit]",
        "keys": "? weet niet · s overslaan · b terug · q stoppen",
        "previous": "Vorige keer: {value}",
        "yours": "Je antwoord: {value}",
        "saved": "opgeslagen",
        "bad": "Antwoord met {expected}, of ?, s, b, q.",
        "number": "een getal",
        "text": "typ het",
        ASK_NEW: "",
        ASK_NEW_CHECK: "Nieuwe controle sinds je vorige audit.",
        ASK_CHECK_CHANGED: "Opnieuw gevraagd: het platform of het advies is veranderd sinds je antwoord.",
        ASK_WAS_GAP: "Opnieuw gevraagd: dit was vorige keer een verbeterpunt. Al opgelost?",
        ASK_STALE: "Opnieuw gevraagd: je antwoord is {age} dagen oud.",
        ASK_WAS_UNSURE: "Opnieuw gevraagd: je wist het vorige keer niet zeker.",
        ASK_CONDITION: "Dit bepaalt welke van de volgende controles voor jou gelden.",
        ASK_NOT_READ: "De browser kon dit niet lezen: {detail}",
        ASK_CONFIRM: "Al bekend uit je {source} ({when}): {value}. Enter om te bewaren, of verbeter het.",
        "on": "aan", "off": "uit",
    },
}


@dataclass
class WizardOutcome:
    answered: int
    skipped: int
    quit: bool


def render_value(value: FactValue, lang: str) -> str:
    if isinstance(value, bool):
        return WORDS[lang]["on"] if value else WORDS[lang]["off"]
    if value == UNSURE:
        return "?"
    return str(value)


class Wizard:
    def __init__(self, prompter: Prompter, lang: str, on_answer: Callable[[Check, FactValue], None],
                 show_in_browser: Callable[[Check], None] | None = None, platform_names: dict[str, str] | None = None,
                 applies: Callable[[Check], bool] | None = None):
        self.p = prompter
        self.applies = applies or (lambda _check: True)
        self.lang = lang
        self.words = WORDS[lang]
        self.on_answer = on_answer
        self.show_in_browser = show_in_browser
        self.platform_names = platform_names or {}

    def run(self, questions: Sequence[PlannedQuestion]) -> WizardOutcome:
        index, answered, skipped = 0, 0, 0
        given: dict[int, FactValue] = {}
        forward = True
        while index < len(questions):
            question = questions[index]
            if not self.applies(question.check):  # a condition answered earlier rules it out
                index = index + 1 if forward else max(0, index - 1)
                if not forward and index == 0 and not self.applies(questions[0].check):
                    forward = True
                continue
            forward = True
            self._show(question, questions, index, given.get(index))
            reply = self._read(question)
            if reply is None or reply == QUIT:
                return WizardOutcome(answered, skipped, quit=True)
            if reply == BACK:
                index = max(0, index - 1)
                forward = False
                continue
            if reply == SKIP:
                skipped += 1
                index += 1
                continue
            value = reply[1]
            self.on_answer(question.check, value)
            given[index] = value
            answered += 1
            self.p.say(f"  ✓ {self.words['saved']}")
            index += 1
        return WizardOutcome(answered, skipped, quit=False)

    def _show(self, q: PlannedQuestion, all_q: Sequence[PlannedQuestion], index: int, given: FactValue | None) -> None:
        check, lang = q.check, self.lang
        platform = check.platform
        same = [x for x in all_q if x.check.platform == platform]
        n = same.index(q) + 1
        name = self.platform_names.get(platform, platform)
        self.p.say()
        self.p.say(f"[{self.words['progress'].format(platform=name, n=n, m=len(same))}]  ({index + 1}/{len(all_q)})")
        self.p.say(f"{check.title.get(lang)}")
        why = textwrap.shorten(check.why.get(lang), width=230, placeholder=" …")
        for line in textwrap.wrap(why, width=76):
            self.p.say(f"  {line}")
        self.p.say(f"  {self.words['where']}: {check.where.path.get(lang)}")
        self.p.say(f"  {check.where.url}")
        reason = self.words.get(q.reason, "")
        if reason and q.previous is not None:
            reason = reason.format(age=q.age_days, source=q.previous.source, detail=q.previous.detail,
                                   when=q.previous.observed_at.date(), value=self._value(check, q.previous.value))
        if reason:
            self.p.say(f"  → {reason}")
        if q.previous is not None and q.reason not in (ASK_CONFIRM, ASK_NOT_READ):
            self.p.say(f"  {self.words['previous'].format(value=self._value(check, q.previous.value))}")
        if given is not None:
            self.p.say(f"  {self.words['yours'].format(value=self._value(check, given))}")
        if self.show_in_browser is not None and check.probe is not None:
            self.show_in_browser(check)

    def _value(self, check: Check, value: FactValue) -> str:
        """A value as the person knows it: a choice's label rather than its id."""
        choices = check.question.choices if check.question else None
        for choice in choices or []:
            if choice.id == value:
                return choice.label.get(self.lang)
        return render_value(value, self.lang)

    def _prompt_line(self, check: Check) -> str:
        question = check.question
        assert question is not None
        text = question.text.get(self.lang)
        if question.kind == "toggle":
            return f"{text} {self.words['toggle']}"
        if question.kind == "choice":
            options = "\n".join(f"  {i}) {c.label.get(self.lang)}" for i, c in enumerate(question.choices or [], 1))
            return f"{text}\n{options}"
        if question.kind == "number":
            return f"{text} ({self.words['number']})"
        return f"{text} ({self.words['text']})"

    def _read(self, q: PlannedQuestion) -> str | tuple[str, FactValue] | None:
        check = q.check
        self.p.say(self._prompt_line(check))
        self.p.say(f"  {self.words['keys']}")
        while True:
            raw = self.p.ask("> ")
            if raw is None:
                return None
            reply = raw.strip()
            lowered = reply.casefold()
            if lowered in (SKIP, BACK, QUIT):
                return lowered
            if lowered == "" and q.reason == ASK_CONFIRM and q.previous is not None:
                return ("value", q.previous.value)
            if lowered in ("?", ""):
                if lowered == "?":
                    return ("value", UNSURE)
                continue
            value = self._interpret(check, reply)
            if value is not None:
                return ("value", value)
            from auditor.collectors.answers import expected_values

            self.p.say(f"  {self.words['bad'].format(expected=expected_values(check))}")

    def _interpret(self, check: Check, reply: str) -> FactValue | None:
        question = check.question
        assert question is not None
        if question.kind == "choice" and reply.isdigit():
            choices = question.choices or []
            number = int(reply)
            if 1 <= number <= len(choices):
                return choices[number - 1].id
        try:
            return parse_answer(check, reply)
        except AnswerError:
            return None


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def ask_choice(prompter: Prompter, prompt: str, options: Sequence[str], default: str) -> str | None:
    """A small menu for goal and language at the start."""
    while True:
        raw = prompter.ask(f"{prompt} [{'/'.join(options)}] (Enter = {default}) ")
        if raw is None:
            return None
        value = raw.strip().casefold() or default
        for option in options:
            if option.startswith(value):
                return option

