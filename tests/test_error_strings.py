"""The ERRORS section of the string table: both languages, the same placeholders, no English in Dutch."""

from __future__ import annotations

import string

import pytest

from auditor.strings import ERRORS


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(ERRORS))
def test_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = ERRORS[key]
    assert set(entry) == {"en", "nl"} and all(entry.values())
    assert fields(entry["en"]) == fields(entry["nl"])


@pytest.mark.parametrize("key", sorted(k for k in ERRORS if not k.startswith("errors.input.format.")))
def test_dutch_has_no_english_words_left(key: str) -> None:
    dutch = ERRORS[key]["nl"].lower()
    for word in (" the ", " is not ", " cannot ", " file ", " store ", " try again", " or "):
        assert word not in f" {dutch} ", (key, word)
