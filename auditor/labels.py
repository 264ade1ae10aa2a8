"""Screen words in the language of the person's platform screen: the one place they are filled in.

Two languages meet in every check. The prose (a title, a question, the fix steps) is in the
TOOL's language; the words it names from the platform's screen (the menu path, a setting's
label, a button, a choice's label) are in the language the person uses the PLATFORM in, which
may differ (many Dutch people use LinkedIn in English). The catalogue writes prose with
``{path}`` and ``{ui.NAME}`` placeholders; ``fill`` puts the screen words in, whole in one
language, quoted the way the report quotes, and marked with a quiet "≈" where that language's
wording is not confirmed (``labels.<lang>: unverified``).

Every front end and renderer (the interview and so the wizard and the web page, the report's
HTML, JSON, text and PDF) fills texts here, from a ``Screen``: either a catalogue ``Check``
(``Screen.of``) or the report's plain-data digest (``Screen.from_digest``). The mark is
explained once per page, report or PDF (``mark_note``), never on every card.

This module imports only the string table and the language list, so the interview and the report can both use it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from auditor.langs import LANGS
from auditor.strings import t

MARK = "≈"
NBSP = "\u00a0"
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"  # as the report quotes what a person gave or saw
# A placeholder, with the quotes a writer may have put around it (they are replaced by ours).
_PLACEHOLDER = re.compile(r"([\"“‘']?)\{(path|ui\.[a-z][a-z0-9-]*)\}([\"”’']?)")


def platform_lang(value: str | None, tool_lang: str) -> str:
    """The platform language to use: the one given, else the tool's language."""
    return value if value in LANGS else (tool_lang if tool_lang in LANGS else "en")


def other(lang: str) -> str:
    return "en" if lang == "nl" else "nl"


@dataclass(frozen=True)
class Screen:
    """A check's screen words in both languages, and whether each language is confirmed."""

    path: Mapping[str, str]
    ui: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)  # lang -> "confirmed" | "unverified"

    @classmethod
    def of(cls, check: Any) -> Screen:
        """From a catalogue ``Check`` (the model), read by duck typing to keep this module light."""
        return cls(path={"en": check.where.path.en, "nl": check.where.path.nl},
                   ui={name: {"en": pair.en, "nl": pair.nl} for name, pair in check.ui.items()},
                   labels={"en": check.labels.en, "nl": check.labels.nl})

    @classmethod
    def from_digest(cls, check: Mapping[str, Any]) -> Screen:
        path = check.get("where_path")
        return cls(path=path if isinstance(path, dict) else {"en": str(path or ""), "nl": str(path or "")},
                   ui=check.get("ui") or {}, labels=check.get("labels") or {})

    def unverified(self, plang: str) -> bool:
        return self.labels.get(plang) == "unverified"


def _mark(shown: str, original: str, plang: str, tool_lang: str, style: str) -> str:
    """``shown`` with the quiet mark after it; in HTML the other language's original in a tooltip."""
    if style != "html":
        return f"{shown}{NBSP}{MARK}"
    title = t("labels.original", tool_lang, lang=t(f"labels.lang.{other(plang)}", tool_lang), label=original)
    return f'{shown}{NBSP}<span class="approx" title="{html.escape(title)}">{MARK}</span>'


def word(pair: Mapping[str, str], plang: str, tool_lang: str, *, unverified: bool, quote: bool = True,
         style: str = "text") -> str:
    """One screen word (a label, a choice's option, a path) in the platform's language.

    ``style="html"``: escaped HTML, the mark with a tooltip; else plain text."""
    shown = str(pair.get(plang) or pair.get(other(plang)) or "")
    original = str(pair.get(other(plang)) or "")
    text = f"{OPEN_QUOTE}{shown}{CLOSE_QUOTE}" if quote else shown
    if style == "html":
        text = html.escape(text, quote=False)
    if unverified and shown:
        return _mark(text, original, plang, tool_lang, style)
    return text


def path(screen: Screen, plang: str, tool_lang: str, *, style: str = "text") -> str:
    """The menu path as the person's platform screen shows it, whole in one language."""
    return word(screen.path, plang, tool_lang, unverified=screen.unverified(plang), quote=False, style=style)


def fill(text: str, screen: Screen, plang: str, tool_lang: str, *, style: str = "text") -> str:
    """A prose text in the tool's language with its ``{path}`` and ``{ui.NAME}`` filled in with
    the screen words of the platform's language. An unknown placeholder is left as it is (the
    model refuses one; stored texts of an older catalogue may still have one)."""
    if "{" not in text:
        return html.escape(text, quote=False) if style == "html" else text
    out: list[str] = []
    end = 0
    for found in _PLACEHOLDER.finditer(text):
        before, name, after = found.group(1), found.group(2), found.group(3)
        if name == "path":
            shown = path(screen, plang, tool_lang, style=style)
        elif name.removeprefix("ui.") in screen.ui:
            shown = word(screen.ui[name.removeprefix("ui.")], plang, tool_lang,
                         unverified=screen.unverified(plang), style=style)
        else:
            continue
        if not (before and after):  # a lone quote belongs to the prose
            shown = f"{before}{shown}{after}"
        prose = text[end:found.start()]
        out.append(html.escape(prose, quote=False) if style == "html" else prose)
        out.append(shown)
        end = found.end()
    rest = text[end:]
    out.append(html.escape(rest, quote=False) if style == "html" else rest)
    return "".join(out)


def choice(label: Mapping[str, str], screen: Screen, plang: str, tool_lang: str, *, screen_options: bool,
           style: str = "text") -> str:
    """A choice's label: the platform's own option (platform language, marked where unconfirmed)
    when the question offers the screen's options, else our words in the tool's language."""
    if not screen_options:
        shown = str(label.get(tool_lang) or label.get("en") or "")
        return html.escape(shown, quote=False) if style == "html" else shown
    return word(label, plang, tool_lang, unverified=screen.unverified(plang), quote=False, style=style)


def marked(texts: Iterable[str]) -> bool:
    """Whether any of these filled texts carries the mark (so the page explains it, once)."""
    return any(MARK in text for text in texts)


def mark_note(tool_lang: str) -> str:
    """The one explanation of the mark, for the page, report or PDF that shows it."""
    return t("labels.mark.note", tool_lang)


def unmarked(text: str) -> str:
    """A filled text without its marks: what a person types back or a probe looks for."""
    return text.replace(f"{NBSP}{MARK}", "").replace(MARK, "").strip()


def originals(screen: Screen, plang: str, choices: Iterable[Mapping[str, str]] = ()) -> dict[str, str]:
    """Each screen word as shown (quoted as ``fill`` quotes it) with the other language's
    original, for the tooltips beside unconfirmed words (``to_html``)."""
    there = other(plang)
    out = {str(screen.path.get(plang, "")): str(screen.path.get(there, ""))}
    for pair in screen.ui.values():
        out[f"{OPEN_QUOTE}{pair.get(plang, '')}{CLOSE_QUOTE}"] = str(pair.get(there, ""))
    for pair in choices:
        out[str(pair.get(plang, ""))] = str(pair.get(there, ""))
    return {shown: original for shown, original in out.items() if shown and original}


def to_html(text: str, found: Mapping[str, str], plang: str, tool_lang: str) -> str:
    """A filled plain text as escaped HTML, each mark with the original beside it in a tooltip."""
    escaped = html.escape(text, quote=False)
    if MARK not in text:
        return escaped
    for shown, original in sorted(found.items(), key=lambda item: -len(item[0])):
        target = f"{html.escape(shown, quote=False)}{NBSP}{MARK}"
        escaped = escaped.replace(target, _mark(html.escape(shown, quote=False), original, plang, tool_lang,
                                                "html").replace(MARK, "\x00"))
    plain = f'<span class="approx">{MARK}</span>'
    return escaped.replace(MARK, plain).replace("\x00", MARK)


def check_text(check: Any, pair: Any, lang: str, plang: str | None = None) -> str:
    """One of a catalogue check's prose texts (``check.title``, ``check.why``, …) in ``lang``,
    its screen words in ``plang`` (default: the same language): for the places that show a
    check outside an audit (accepting a risk, an import's summary, a trainer's overview)."""
    return fill(pair.get(lang), Screen.of(check), platform_lang(plang, lang), lang)
