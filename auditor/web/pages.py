"""What each page shows, prepared in Python; the templates only place these values.

Like the report's view: every decision (which words, which radio is checked, which line
of evidence, which error) is made here, so a template holds no logic to get wrong and a
test can read a page's content without a browser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from auditor.catalogue.loader import Catalogue
from auditor.facts import UNSURE, FactValue, now
from auditor.strings import TABLE, t
from auditor.web.conversation import QuestionView

GOALS = ("visible", "balanced", "private")
EXPORT_PAGES = (
    ("linkedin", "LinkedIn", "https://www.linkedin.com/mypreferences/d/download-my-data"),
    ("facebook", "Facebook / Instagram", "https://accountscenter.facebook.com/info_and_permissions/dyi"),
    ("x", "X", "https://x.com/settings/download_your_data"),
)


def web_words(lang: str) -> dict[str, str]:
    """The page's own sentences in one language, keyed without the ``web.`` prefix."""
    return {key[4:]: entry[lang] for key, entry in TABLE.items() if key.startswith("web.")}


@dataclass
class Frame:
    """What every page has: language, words, the CSRF token and the menu's links."""

    lang: str
    csrf: str
    title: str
    w: dict[str, str] = field(default_factory=dict)
    notice: str = ""

    def __post_init__(self) -> None:
        self.w = web_words(self.lang)

    @property
    def other_lang(self) -> str:
        return "en" if self.lang == "nl" else "nl"

    def as_context(self, **extra: Any) -> dict[str, Any]:
        return {"frame": self, "w": self.w, **extra}


# --- start ---------------------------------------------------------------------------------

def start_page(cat: Catalogue, lang: str, resume: dict[str, Any] | None, error: str = "") -> dict[str, Any]:
    platforms = [
        {"id": p, "name": cl.name, "input_id": f"platform-{p}", "checked": True}
        for p, cl in cat.checklists.items() if cl.status == "active"
    ]
    goals = [
        {"id": g, "input_id": f"goal-{g}", "label": t(f"web.goal.{g}", lang), "text": t(f"web.goal.{g}.text", lang),
         "checked": g == "balanced"}
        for g in GOALS
    ]
    langs = [{"id": code, "input_id": f"lang-{code}", "label": name, "checked": code == lang}
             for code, name in (("nl", "Nederlands"), ("en", "English"))]
    return {"platforms": platforms, "goals": goals, "langs": langs, "resume": resume, "error": error}


def resume_summary(audit_id: int, started: dt.datetime, answered: int, names: list[str], lang: str) -> dict[str, Any]:
    text = t("web.start.resume.text", lang, date=started.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d"),
             platforms=", ".join(names), answered=answered)
    return {"id": audit_id, "text": text, "url": f"/audit/{audit_id}"}


# --- one question --------------------------------------------------------------------------

def value_text(q: QuestionView, value: FactValue, lang: str) -> str:
    """A stored value as the person knows it: Aan/Uit, a choice's label, "Weet ik niet"."""
    if value == UNSURE:
        return t("web.q.unsure_value", lang)
    if isinstance(value, bool):
        return t("web.q.on" if value else "web.q.off", lang)
    for choice in q.choices:
        if choice.id == value:
            return choice.label
    return "" if value is None else str(value)


def _options(q: QuestionView, chosen: str | None, lang: str) -> list[dict[str, Any]]:
    if q.kind == "toggle":
        pairs = [("on", t("web.q.on", lang)), ("off", t("web.q.off", lang))]
    else:
        pairs = [(c.id, c.label) for c in q.choices]
    return [{"value": v, "label": label, "input_id": f"answer-{v}", "checked": v == chosen} for v, label in pairs]


def _chosen(q: QuestionView, posted: str | None) -> str | None:
    if posted is not None:
        return posted
    if isinstance(q.given, bool):
        return "on" if q.given else "off"
    if q.given is None or q.given == UNSURE:
        return None
    return str(q.given)


def question_page(q: QuestionView, audit_id: int, lang: str, *, posted: str | None = None, error: bool = False,
                  saved: bool = False, moved: bool = False) -> dict[str, Any]:
    chosen = _chosen(q, posted)
    reason = ""
    if q.reason and f"web.reason.{q.reason}" in TABLE:
        age = (now() - q.evidence.observed_at).days if q.evidence else 0
        reason = t(f"web.reason.{q.reason}", lang, age=age)
    evidence = ""
    if q.evidence is not None and q.evidence.determined:
        source = t(f"web.source.{q.evidence.source}", lang) if f"web.source.{q.evidence.source}" in TABLE else ""
        evidence = t("web.q.evidence", lang, source=source, date=q.evidence.observed_at.date().isoformat(),
                     value=value_text(q, q.evidence.value, lang))
    given = t("web.q.given", lang, value=value_text(q, q.given, lang)) if q.given is not None else ""
    hint = {"number": "web.q.number_hint", "text": "web.q.text_hint"}.get(q.kind)
    return {
        "q": q,
        "action": f"/audit/{audit_id}/q/{q.check_id}",
        "progress_text": t("web.q.progress", lang, n=q.position, m=q.total),
        "reason": reason,
        "evidence": evidence,
        "given": given,
        "radios": _options(q, chosen, lang) if q.kind in ("toggle", "choice") else [],
        "field_value": chosen or "" if q.kind in ("number", "text") else "",
        "field_type": "number" if q.kind == "number" else "text",
        "hint": t(hint, lang) if hint else "",
        "error": t(f"web.q.error.{q.kind}", lang) if error else "",
        "saved": saved,
        "moved": moved,
        "open_setting": t("web.q.open_setting", lang, platform=q.platform_name),
    }


# --- the end, the export, history ----------------------------------------------------------

def end_page(audit_id: int, answered: int, total: int, skipped: int, lang: str) -> dict[str, Any]:
    return {
        "text": t("web.end.text", lang, answered=answered, total=total),
        "skipped": t("web.end.skipped", lang, n=skipped) if skipped else "",
        "finish_action": f"/audit/{audit_id}/finish",
        "first_open": f"/audit/{audit_id}",
        "back": f"/audit/{audit_id}/back",
    }


def export_page(lang: str, *, done: str = "", notes: list[str] | None = None, error: str = "",
                next_url: str = "") -> dict[str, Any]:
    how = [{"text": t(f"web.export.{key}", lang), "url": url,
            "link": t("web.export.open", lang, platform=name)} for key, name, url in EXPORT_PAGES]
    return {"how": how, "done": done, "notes": notes or [], "error": error, "next_url": next_url}


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"
