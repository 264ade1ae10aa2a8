"""The languages the auditor speaks: the one list, and each one's own name for itself.

A module of its own, importing nothing, so that the command line's parser can offer the
choices without loading the string table."""

from __future__ import annotations

LANGS: tuple[str, ...] = ("en", "nl")
DEFAULT_LANG = "en"
LANG_NAMES: dict[str, str] = {"en": "English", "nl": "Nederlands"}  # as each language calls itself
