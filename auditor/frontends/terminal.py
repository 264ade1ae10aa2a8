"""The guided audit at a terminal: a thin renderer over ``auditor.interview.Interview``.

It shows the current ``QuestionView`` (wrapped to 76 columns), reads one line, and turns it
into one of the interview's actions: an answer, "not sure", skip, back, or stop. ``?`` shows
the help and the whole description and records nothing. Everything the person reads comes
from ``auditor.strings``, in the audit's language.

It talks through a ``Prompter`` (plain ``input()`` by default) so that it can run beside
Playwright's sync API on another thread, and so tests can drive it with a script.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from auditor.interview import Interview, QuestionView
from auditor.strings import t

HELP = frozenset({"?", "h", "help", "uitleg"})
UNSURE = frozenset({"u", "w", "unsure", "not sure", "weet niet", "weet ik niet", "?!"})
SKIP = frozenset({"s", "skip", "overslaan"})
BACK = frozenset({"b", "t", "back", "terug"})
QUIT = frozenset({"q", "quit", "stop", "stoppen"})
YES = frozenset({"y", "yes", "j", "ja"})
NO = frozenset({"n", "no", "nee"})
WIDTH = 76


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


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def yes_no(prompter: Prompter, prompt: str, default: bool) -> bool | None:
    """A [J/n]-style question: Enter takes the default; None when the input closed."""
    while True:
        reply = prompter.ask(prompt)
        if reply is None:
            return None
        word = reply.strip().casefold()
        if not word:
            return default
        if word in QUIT:
            return None
        if word in YES:
            return True
        if word in NO:
            return False


@dataclass
class WizardOutcome:
    answered: int
    skipped: int
    quit: bool


class Wizard:
    """Asks the interview's questions at a terminal until none is left or the person stops."""

    def __init__(self, prompter: Prompter, interview: Interview,
                 show_in_browser: Callable[[str], None] | None = None):
        self.p = prompter
        self.iv = interview
        self.lang = interview.lang
        self.show_in_browser = show_in_browser

    def run(self) -> WizardOutcome:
        answered = skipped = 0
        while (view := self.iv.current()) is not None:
            self._show(view)
            action = self._read(view)
            if action == "quit":
                return WizardOutcome(answered, skipped, quit=True)
            if action == "skip":
                skipped += 1
            elif action == "answered":
                answered += 1
                self.p.say(f"  ✓ {t('wizard.saved', self.lang)}")
        return WizardOutcome(answered, skipped, quit=False)

    def _say_wrapped(self, text: str, indent: str = "  ") -> None:
        for paragraph in text.split("\n"):
            for line in textwrap.wrap(paragraph, width=WIDTH) or [""]:
                self.p.say(f"{indent}{line}" if line else "")

    def _show(self, v: QuestionView) -> None:
        lang = self.lang
        progress = t("wizard.progress", lang, platform=v.platform_name, n=v.platform_position, m=v.platform_total)
        self.p.say()
        self.p.say(f"[{progress}]  ({v.position}/{v.total})")
        if not v.is_condition:  # a condition's title is its question, shown below
            self.p.say(v.title)
            self._say_wrapped(v.why)
        self.p.say(f"  {t('wizard.where', lang)}: {v.where_path}")
        self.p.say(f"  {v.where_url}")
        for line in (v.reason, v.evidence):
            if line:
                self._say_wrapped(f"→ {line}")
        if v.previous:
            self.p.say(f"  {v.previous}")
        if v.given is not None:
            self.p.say(f"  {t('wizard.yours', lang, value=v.given)}")
        if self.show_in_browser is not None and v.has_probe:
            self.show_in_browser(v.check_id)

    def _prompt_lines(self, v: QuestionView) -> list[str]:
        lang = self.lang
        if v.kind == "toggle":
            options = "   ".join(f"{c.key}) {c.label}" for c in v.choices)
            return [v.question, f"  {options}"]
        if v.kind == "choice":
            return [v.question, *(f"  {c.key}) {c.label}" for c in v.choices)]
        if v.kind == "number":
            if v.maximum is not None:
                span = t("wizard.number.range", lang, low=v.minimum or 0, high=v.maximum)
                return [f"{v.question} ({t('wizard.number', lang)}, {span})"]
            return [f"{v.question} ({t('wizard.number', lang)})"]
        return [f"{v.question} ({t('wizard.text', lang)})"]

    def _read(self, v: QuestionView) -> str:
        lang = self.lang
        for line in self._prompt_lines(v):
            self.p.say(line)
        keys = t("wizard.keys", lang)
        if v.default is not None:
            keys += f" · {t('wizard.keys.keep', lang)}"
        self.p.say(f"  {keys}")
        while True:
            raw = self.p.ask("> ")
            if raw is None:
                return "quit"
            word = raw.strip().casefold()
            if word in QUIT:
                return "quit"
            if word in SKIP:
                self.iv.skip()
                return "skip"
            if word in BACK:
                self.iv.back()
                return "back"
            if word in HELP:
                self.p.say(f"  {t('wizard.help', lang)}:")
                self._say_wrapped(v.help, "    ")
                continue
            if word in UNSURE:
                self.iv.unsure()
                return "answered"
            if not word and v.default is None:
                continue
            result = self.iv.answer(raw)
            if result.ok:
                return "answered"
            self.p.say(f"  {t('wizard.bad', lang, error=result.error)}")
