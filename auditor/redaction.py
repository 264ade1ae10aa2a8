"""The patterns of personal data we never show or keep: e-mail addresses and phone numbers.

One home for them, because two places hide them for different reasons: the report hides
them when a person shares it (``--redact``), and the label recorder never writes them into
a snapshot. Neither may import the other (collectors and the report stay apart).
"""

from __future__ import annotations

import re

EMAIL = r"[\w.+-]+@[\w-]+(\.[\w-]+)+"
# A phone number: a digit, then at least seven digits, spaces, brackets, dots, slashes or
# dashes, then a digit; not inside a word or a URL path, and not a date (2026-11-22,
# 22-11-2026, 2026.01.01), which has the same shape but is no one's number.
_DATE = r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?![\w/])"
PHONE = rf"(?<![\w/.-])[+(]?(?!{_DATE})\d[\d ()./-]{{7,}}\d(?![\w/])"


def hide(text: str, email_mark: str, phone_mark: str) -> str:
    """``text`` with every e-mail address and phone number replaced by the given marks."""
    return re.sub(PHONE, phone_mark, re.sub(EMAIL, email_mark, text))


def holds_contact(text: str) -> bool:
    """Whether ``text`` holds an e-mail address or a phone number."""
    return bool(re.search(EMAIL, text) or re.search(PHONE, text))
