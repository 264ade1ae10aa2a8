"""Every sentence a person reads, in English and Dutch: one table.

Check texts (titles, questions, fixes) live in the checklists; everything else the tool
says — command messages, the wizard, the import summary, browser prompts, the report's
own words, the web page, errors — lives here. Each entry is a key with both languages
side by side, so a translator sees the pair and a test proves no key lacks a language.

The table is assembled from one section per area so several people can add sentences
without editing the same lines; a key may appear in one section only (a test checks).
Placeholders use ``str.format`` names: ``t("audit.started", id=3)``.

The process has one chosen language (``set_lang``), decided once by the command line
from ``--lang``, else the answers file, else the locale. Code that serves several
languages at once (the web page) passes ``lang=`` explicitly.
"""

from __future__ import annotations

import os

LANGS = ("en", "nl")

Entry = dict[str, str]  # {"en": ..., "nl": ...}

# -- the command line: help-adjacent messages, shared words -------------------------------
CLI: dict[str, Entry] = {
    "interrupted": {
        "en": "interrupted; everything answered so far is saved.",
        "nl": "onderbroken; alles wat je tot nu toe hebt beantwoord is bewaard.",
    },
}

# -- the guided audit: interview core and terminal wizard ---------------------------------
INTERVIEW: dict[str, Entry] = {}

# -- import: export readers' notes and the import summary ---------------------------------
IMPORT: dict[str, Entry] = {}

# -- browser: prompts and probe reasons ---------------------------------------------------
BROWSER: dict[str, Entry] = {}

# -- report: html / pdf / text ------------------------------------------------------------
REPORT: dict[str, Entry] = {}

# -- store, input files and output: errors and their hints --------------------------------
ERRORS: dict[str, Entry] = {}

# -- the local web page (auditor serve) ---------------------------------------------------
WEB: dict[str, Entry] = {}

# -- shares and the trainer's workshop overview ------------------------------------------
SHARE: dict[str, Entry] = {}

SECTIONS: dict[str, dict[str, Entry]] = {
    "cli": CLI, "interview": INTERVIEW, "import": IMPORT, "browser": BROWSER,
    "report": REPORT, "errors": ERRORS, "web": WEB, "share": SHARE,
}

TABLE: dict[str, Entry] = {key: entry for section in SECTIONS.values() for key, entry in section.items()}

_lang = "en"


def set_lang(lang: str) -> None:
    """Choose the language for everything this process says from now on."""
    global _lang
    _lang = lang if lang in LANGS else "en"


def current_lang() -> str:
    return _lang


def locale_lang() -> str:
    """Dutch for a Dutch locale (``LANG=nl_NL.UTF-8``), English otherwise; no import of ``locale``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """The sentence ``key`` in ``lang`` (default: the process's language), filled in."""
    text = TABLE[key][lang or _lang]
    return text.format(**params) if params else text


def words(lang: str | None = None) -> dict[str, str]:
    """The whole table in one language, for templates (``words.key``)."""
    chosen = lang or _lang
    return {key: entry[chosen] for key, entry in TABLE.items()}
