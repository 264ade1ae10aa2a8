"""The guided audit at a terminal: a thin renderer over ``auditor.interview.Interview``.

It shows the current ``QuestionView`` (wrapped to 78 columns, each continuation hanging under
its start), reads one line, and turns it into one of the interview's actions: an answer,
"not sure", skip, back, or stop. ``?`` shows the help and the whole description and records
nothing. Everything the person reads comes
from ``auditor.strings``, in the audit's language.

It talks through a ``Prompter`` (plain ``input()`` by default) so that it can run beside
Playwright's sync API on another thread, and so tests can drive it with a script.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from auditor.interview import Interview, QuestionView, total_change_sentence
from auditor.strings import t, typed

# The keys a person types at the wizard's prompt, in either language (the string table's TYPED).
HELP = typed("typed.help")
UNSURE = typed("typed.unsure")
SKIP = typed("typed.skip")
BACK = typed("typed.back")
QUIT = typed("typed.quit")
YES = typed("typed.yes")
NO = typed("typed.no")
WIDTH = 78  # the longest line printed, indent included: fits an 80-column terminal


def wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    """``text`` in lines of at most ``WIDTH`` columns; ``first`` starts the first line (a "1) " or
    "→ "), and the lines after it hang under the text. Paragraphs ("\n") stay apart."""
    lead = indent if first is None else first
    hang = indent if first is None else " " * len(first)
    out: list[str] = []
    for paragraph in text.split("\n"):
        lines = textwrap.wrap(paragraph, width=WIDTH, initial_indent=lead, subsequent_indent=hang,
                              break_on_hyphens=False, break_long_words=False) or [""]  # URLs stay whole
        out += lines
        lead = hang
    return out


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


T = TypeVar("T")

def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def ask_until(prompter: Prompter, prompt: str, default: T, read: Callable[[str], T | None], refused: str) -> T | None:
    """Ask until ``read`` knows the reply: Enter takes ``default``; None when the input closed
    or the person quits. ``refused`` is said after a reply ``read`` does not know."""
    while True:
        reply = prompter.ask(prompt)
        if reply is None:
            return None
        word = reply.strip().casefold()
        if not word:
            return default
        if word in QUIT:
            return None
        known = read(word)
        if known is not None:
            return known
        prompter.say(f"  {refused}")


def yes_no(prompter: Prompter, prompt: str, default: bool, lang: str | None = None) -> bool | None:
    """A [J/n]-style question: Enter takes the default; None when the input closed."""
    return ask_until(prompter, prompt, default, lambda word: True if word in YES else False if word in NO else None,
                     t("wizard.yes-no", lang))


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
        self._mark_explained = False  # the "≈" of an unconfirmed screen word is explained once per run

    def run(self) -> WizardOutcome:
        answered = skipped = 0
        if self.iv.current() is not None:
            self._say_wrapped(t("wizard.intro", self.lang), "")
        while (view := self.iv.current()) is not None:
            self._show(view)
            action = self._read(view)
            if action == "quit":
                return WizardOutcome(answered, skipped, quit=True)
            if action == "skip":
                skipped += 1
                self.p.say(f"  – {t('wizard.skipped', self.lang)}")
            elif action in ("answered", "unsure"):
                answered += 1
                saved = t("wizard.saved" if action == "answered" else "wizard.saved.unsure", self.lang)
                self.p.say(f"  ✓ {saved}")
                if note := total_change_sentence(self.iv.total_change, self.lang):
                    self._say_wrapped(note)
        return WizardOutcome(answered, skipped, quit=False)

    def _say_wrapped(self, text: str, indent: str = "  ", first: str | None = None) -> None:
        for line in wrap(text, indent, first):
            self.p.say(line if line.strip() else "")

    def _show(self, v: QuestionView) -> None:
        lang = self.lang
        progress = t("wizard.progress", lang, platform=v.platform_name, n=v.platform_position, m=v.platform_total)
        self.p.say()
        overall = f"  ({v.position}/{v.total})" if v.total != v.platform_total else ""  # several platforms
        self.p.say(f"[{progress}]{overall}")
        self._say_wrapped(v.question, "")  # the question first: the goal state is no verdict
        if not v.is_condition:  # a condition's title is its question
            self._say_wrapped(v.why)
            if v.title.strip() != v.question.strip():
                self._say_wrapped(t("wizard.aim", lang, title=v.title))
        where = f"{t('wizard.where.page' if v.where_kind == 'page' else 'wizard.where', lang)}: "
        self._say_wrapped(v.where_path, first=f"  {where}", indent="  " + " " * len(where))
        self.p.say(f"  {v.where_url}")
        if v.mark_note and not self._mark_explained:
            self._say_wrapped(v.mark_note)
            self._mark_explained = True
        for line in (v.reason, v.conflict or v.evidence):
            if line:
                self._say_wrapped(line, first="  → ")
        if v.previous:
            self._say_wrapped(v.previous)
        if v.given is not None:
            self._say_wrapped(t("wizard.yours", lang, value=v.given))
        if self.show_in_browser is not None and v.has_probe:
            self.show_in_browser(v.check_id)

    def _prompt_lines(self, v: QuestionView) -> list[str]:
        lang = self.lang
        if v.kind == "toggle":
            options = "   ".join(f"{c.key}) {c.label}" for c in v.choices)
            return [f"  {options}"]
        if v.kind == "choice":
            return [line for c in v.choices for line in wrap(c.label, first=f"  {c.key}) ")]
        if v.kind == "number":
            low = v.minimum or 0
            if v.maximum is not None and f"({low}-{v.maximum})" not in v.question:  # the text may say it
                span = t("wizard.number.range", lang, low=low, high=v.maximum)
                return wrap(f"({t('wizard.number', lang)}, {span})")
            return wrap(f"({t('wizard.number', lang)})")
        return wrap(f"({t('wizard.text', lang)})")

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
                if v.at_start:  # nothing before it: say so rather than show it again
                    self.p.say(f"  {t('wizard.first', lang)}")
                    continue
                self.iv.back()
                return "back"
            if word in HELP:
                self.p.say(f"  {t('wizard.help', lang)}:")
                self._say_wrapped(v.help, "    ")
                continue
            if word in UNSURE:
                self.iv.unsure()
                return "unsure"
            if not word and v.default is None:
                self._say_wrapped(t("wizard.empty", lang))
                continue
            result = self.iv.answer(raw)
            if result.ok:
                return "answered"
            self._say_wrapped(self._bad(v, raw.strip(), result.error))

    def _bad(self, v: QuestionView, given: str, error: str) -> str:
        """What to type instead, short: the numbers of the choices rather than their long labels."""
        lang = self.lang
        if v.kind == "toggle":
            return t("wizard.bad.toggle", lang, given=given)
        if v.kind == "choice":
            return t("wizard.bad.choice", lang, given=given, n=len(v.choices))
        return t("wizard.bad", lang, error=error)
