"""How numbers, moments and anchors are written, once, for every front end and renderer."""

from __future__ import annotations

import datetime as dt


def percent(value: float | None) -> str:
    """0.75 as "75%"; nothing known as "—"."""
    return "—" if value is None else f"{round(value * 100)}%"


def moment(when: dt.datetime, lang: str) -> str:
    """A date and time as the language writes it: 22-11-2026 14:05 / 2026-11-22 14:05."""
    return when.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def day(when: dt.date, lang: str) -> str:
    """A date as the language writes it in figures: 22-11-2026 / 2026-11-22."""
    return when.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")


def check_anchor(check_id: str) -> str:
    """The report's anchor of a check's card: ``linkedin.two-step`` → ``c-linkedin-two-step``."""
    return "c-" + check_id.replace(".", "-")
