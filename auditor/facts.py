"""The Fact: one observed value, with where and when it was observed.

Collectors (the wizard, an answers file, an export reader, the browser) produce facts and
nothing else; they never decide pass or gap. The engine reads facts by key.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Literal

Source = Literal["answer", "export", "browser", "public-profile"]
SOURCES: tuple[str, ...] = ("answer", "export", "browser", "public-profile")
# What settles a check without the person being asked: the evidence sources.
EVIDENCE_SOURCES: tuple[str, ...] = ("export", "browser", "public-profile")

FactValue = bool | int | float | str | None

# When two sources observed a key at the same moment, the one closer to the platform's own
# state wins: what the browser read beats what the person remembers, which beats an export.
SOURCE_PRIORITY: dict[str, int] = {"browser": 4, "public-profile": 3, "answer": 2, "export": 1}

UNSURE = "unsure"


@dataclass(frozen=True)
class Fact:
    key: str
    value: FactValue
    source: Source
    observed_at: dt.datetime
    detail: str = ""
    # For answers: the check and its revision the person answered, so a later revision of
    # the check can tell that the answer no longer counts.
    check_id: str | None = None
    check_revision: int | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_unsure(self) -> bool:
        return self.source == "answer" and self.value == UNSURE

    @property
    def determined(self) -> bool:
        """False for "not sure" and for a reading that failed (value None, reason in detail)."""
        return self.value is not None and not self.is_unsure


def now() -> dt.datetime:
    """The current time; AUDITOR_NOW (ISO) pins it, for reproducible demos and tests."""
    pinned = os.environ.get("AUDITOR_NOW")
    if pinned:
        value = dt.datetime.fromisoformat(pinned)
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def best_facts(facts: list[Fact]) -> dict[str, Fact]:
    """One fact per key: the newest observation, the closer source on a tie.

    Newest wins so that a person correcting what the browser read (or an export that is
    younger than an answer) is believed. An "unsure" answer or a failed browser reading
    never hides a determined fact.
    """
    best: dict[str, Fact] = {}
    for fact in facts:
        current = best.get(fact.key)
        if current is None or _rank(fact) > _rank(current):
            best[fact.key] = fact
    return best


def _rank(fact: Fact) -> tuple[int, dt.datetime, int]:
    return (1 if fact.determined else 0, fact.observed_at, SOURCE_PRIORITY.get(fact.source, 0))
