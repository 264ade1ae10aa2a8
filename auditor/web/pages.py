"""What each page shows, prepared in Python; the templates only place these values.

Like the report's view: every decision (which words, which radio is checked, which line
of evidence, which error) is made here, so a template holds no logic to get wrong and a
test can read a page's content without a browser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from auditor import labels
from auditor.audit import ASK_CONFIRM
from auditor.catalogue.loader import Catalogue
from auditor.goals import DEFAULT_GOAL, GOALS
from auditor.interview import QuestionView, total_change_sentence
from auditor.langs import LANG_NAMES
from auditor.strings import TABLE, plural, t
from auditor.usecases import ResumeSummary

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

SCREEN_LANG_FIELD = "platform_lang-"  # + the platform id: the language the person uses that platform in


def start_page(cat: Catalogue, lang: str, resume: dict[str, Any] | None, error: str = "",
               earlier: dict[str, str] | None = None, chosen: list[str] | None = None,
               beside: bool = False) -> dict[str, Any]:
    """The start form; beside each platform, the language the person uses it in ("In welke taal
    gebruik je LinkedIn?"), first the one of their last audit of it, else the page's language.

    ``chosen``: the platforms ticked: none the first time (the person chooses; all four gave
    "Vraag 1 van 91"), else the last audit's. LinkedIn comes first: most people come for it.
    ``beside``: the person was told an audit is unfinished; Begin again starts one beside it."""
    ticked = set(chosen or [])
    active = sorted((p for p, cl in cat.checklists.items() if cl.status == "active"), key=lambda p: p != "linkedin")
    platforms = [
        {"id": p, "name": cat.checklists[p].name, "input_id": f"platform-{p}", "checked": p in ticked,
         "screen_question": t("labels.ask", lang, platform=cl.name), "screen_field": f"{SCREEN_LANG_FIELD}{p}",
         "screen_langs": [{"id": code, "input_id": f"screen-{p}-{code}", "label": t(f"labels.name.{code}", lang),
                           "checked": code == (earlier or {}).get(p, lang)} for code in ("nl", "en")]}
        for p in active for cl in [cat.checklists[p]]
    ]
    goals = [
        {"id": g, "input_id": f"goal-{g}", "label": t(f"web.goal.{g}", lang), "text": t(f"web.goal.{g}.text", lang),
         "checked": g == DEFAULT_GOAL}
        for g in GOALS
    ]
    langs = [{"id": code, "input_id": f"lang-{code}", "label": name, "checked": code == lang}
             for code, name in sorted(LANG_NAMES.items(), reverse=True)]
    return {"platforms": platforms, "goals": goals, "langs": langs, "resume": resume, "error": error,
            "beside": beside}


def resume_summary(summary: ResumeSummary, lang: str, link: str) -> dict[str, Any]:
    text = plural("web.start.resume.text", summary.answered, lang, date=summary.started(lang),
                  platforms=", ".join(summary.platforms), answered=summary.answered)
    return {"id": summary.audit.id, "text": text, "url": link}


# --- one question --------------------------------------------------------------------------

def _chosen(q: QuestionView, posted: str | None) -> str | None:
    """Which radio is checked: what was just posted, else the answer given, else the evidence."""
    if posted is not None:
        return posted
    for choice in q.choices:
        if q.given is not None and choice.label == q.given:
            return choice.id
    if q.kind in ("number", "text") and q.given is not None and q.given != t("interview.unsure", None):
        return q.given
    return q.default


def question_help(cat: Catalogue, check_id: str, lang: str, plang: str | None = None) -> str:
    """The question's own help sentence (the view's ``help`` also repeats why and impact,
    which the page already shows under their own headings); screen words in ``plang``."""
    check = cat.find_check(check_id) or cat.find_condition(check_id)
    question = check.question if check is not None else None
    if check is None or question is None or question.help is None:
        return ""
    return labels.fill(question.help.get(lang), labels.Screen.of(check), labels.platform_lang(plang, lang), lang)


def question_page(q: QuestionView, action: str, lang: str, *, posted: str | None = None, error: str = "",
                  saved: bool = False, moved: bool = False, help_text: str = "", changed: int = 0) -> dict[str, Any]:
    chosen = _chosen(q, posted)
    radios = [{"value": c.id, "label": c.label, "input_id": f"answer-{c.id}", "checked": c.id == chosen}
              for c in q.choices] if q.kind in ("toggle", "choice") else []
    return {
        "q": q,
        "help": help_text,
        "action": action,
        "progress_text": t("web.q.progress", lang, n=q.position, m=q.total),
        # a check the export settled, brought up to look over: say what to do with it
        "reason": q.reason or (t("web.q.confirm", lang) if q.reason_code == ASK_CONFIRM else ""),
        "evidence": q.evidence,
        "conflict": q.conflict,
        "total_note": total_change_sentence(changed, lang),
        "previous": q.previous or "",
        "given": t("web.q.given", lang, value=q.given) if q.given is not None else "",
        "radios": radios,
        "field_value": (chosen or "") if q.kind in ("number", "text") else "",
        "field_type": "number" if q.kind == "number" else "text",
        "minimum": "" if q.minimum is None else str(q.minimum),
        "maximum": "" if q.maximum is None else str(q.maximum),
        "hint": field_hint(q, lang),
        # the page's heading is the question: the legend repeats it for screen readers only
        "legend_hidden": True,
        # the desired state, not as a verdict but as what to aim for (a condition has none)
        "aim": "" if q.is_condition or q.title.strip() == q.question.strip() else t("web.q.aim", lang, title=q.title),
        # on the first question there is nothing to go back to
        "can_go_back": not q.at_start,
        "error": error,
        "saved": saved,
        "moved": moved,
        "open_setting": t("web.q.open_page" if q.where_kind == "page" else "web.q.open_setting", lang,
                          platform=q.platform_name),
        "where_heading": t("web.q.where_page" if q.where_kind == "page" else "web.q.where", lang),
        # beside an unconfirmed path: the other language's original, as a tooltip
        "where_title": t("labels.original", lang, lang=t(f"labels.lang.{labels.other(q.platform_lang or lang)}", lang),
                         label=q.where_path_original) if q.mark_note and q.where_path_original else "",
    }


def field_hint(q: QuestionView, lang: str) -> str:
    """What to type in a number or text field; a number's hint names its range."""
    if q.kind == "text":
        return t("web.q.text_hint", lang)
    if q.kind != "number":
        return ""
    low = 0 if q.minimum is None else q.minimum
    if q.maximum is not None:
        return t("web.q.number_range_hint", lang, low=low, high=q.maximum)
    return t("web.q.number_hint", lang, low=low)


# --- the end, the export, history ----------------------------------------------------------

def end_page(link: Callable[..., str], answered: int, skipped: int, first_skipped: str | None, lang: str,
             review: list[str] | None = None, conflicts: list[str] | None = None) -> dict[str, Any]:
    review, conflicts = review or [], conflicts or []
    return {
        "conflicts": plural("interview.conflicts", len(conflicts), lang) if conflicts else "",
        "conflicts_url": link("question", check=conflicts[0]) if conflicts else "",
        "settled": plural("web.end.settled", len(review), lang) if review else "",
        "review_url": link("question", check=review[0]) if review else "",
        "text": t("web.end.text", lang, answered=answered, total=answered + skipped),
        "skipped": t("web.end.skipped", lang, n=skipped) if skipped else "",
        "first_open": link("question", check=first_skipped) if first_skipped else "",
        "finish_action": link("finish"),
        "back": link("back"),
    }


def export_page(lang: str, *, done: str = "", notes: list[str] | None = None, error: list[str] | None = None,
                next_url: str = "", next_label: str = "", conflicts: int = 0,
                conflicts_url: str = "") -> dict[str, Any]:
    """``error`` is one paragraph per line of the message (what went wrong, then what to do)."""
    how = [{"text": t(f"web.export.{key}", lang), "url": url,
            "link": t("web.export.open", lang, platform=name)} for key, name, url in EXPORT_PAGES]
    return {"conflicts": plural("interview.conflicts", conflicts, lang) if conflicts else "",
            "conflicts_url": conflicts_url, "how": how, "done": done,
            "notes": notes or [], "error": error or [], "next_url": next_url,
            "next_label": next_label or t("web.export.next", lang)}

