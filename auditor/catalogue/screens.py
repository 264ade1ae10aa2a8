"""Screen snapshots: what a platform's settings pages said, and how the catalogue compares.

A maintainer records a snapshot with ``auditor checklists record`` (the browser collector
reads the pages of the catalogue, in one interface language) and compares it with
``auditor checklists compare``. This module holds both ends that need no browser: the
snapshot's shape (the file is a boundary, so pydantic reads it) and the comparison, check
by check: the label confirmed, the label differs, the path differs, the setting not found,
or a control on a known settings page that no check covers.

A snapshot holds only what a screen reader says *about the page*: the title, headings,
breadcrumb, and the role and accessible name of each control. Never a value, a name, an
e-mail address, a phone number, a count or anything from a profile or feed area; the
recorder filters before anything is written, and ``HEADER`` says so at the top of the file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from auditor.catalogue.model import Check, Checklist
from auditor.langs import LANGS

SCHEMA_NAME = "auditor.screens/1"
PATH_SEPARATOR = " › "
SIMILAR = 0.6  # difflib ratio from which a control's name is taken for a renamed label
SETTING_ROLES = ("switch", "checkbox", "combobox", "listbox", "radiogroup", "group")
FURNITURE = re.compile(r"^(search|zoeken|menu|home|start)$", re.IGNORECASE)

HEADER = """\
# A screen snapshot made by `auditor checklists record`, for the catalogue's maintainers.
# It holds only: each settings page's title, headings and breadcrumb, and the role and name
# of each control (switch, checkbox, radio, select and its options, link) as a screen reader
# says them, the address the page ended on, and the date.
# It never holds: what is filled in or chosen, names, e-mail addresses, phone numbers,
# profile text, counts, anything from a profile or feed area, or screenshots.
"""

Text = Annotated[str, Field(max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Control(_Strict):
    role: Annotated[str, Field(pattern=r"^[a-z]+$", max_length=30)]
    name: Text
    group: Text = ""  # the radio group, select or group the control belongs to


class PageRecord(_Strict):
    url: Annotated[str, Field(pattern=r"^https://", max_length=500)]
    final_url: Annotated[str, Field(max_length=500)] = ""
    redirected: bool = False
    status: Literal["ok", "login", "checkpoint", "error"]
    reason: Text = ""
    title: Text = ""
    path: list[Text] = Field(default_factory=list)  # the breadcrumb, where the page shows one
    headings: list[Text] = Field(default_factory=list)
    controls: list[Control] = Field(default_factory=list)
    checks: list[Annotated[str, Field(max_length=120)]] = Field(default_factory=list)


class Snapshot(_Strict):
    schema_: Literal["auditor.screens/1"] = Field(alias="schema")
    platform: Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*$")]
    ui_lang: Literal["en", "nl"]
    recorded: dt.date
    tool_version: str = ""
    complete: bool = True
    pages: list[PageRecord] = Field(default_factory=list)


def settings_pages(checklist: Checklist) -> dict[str, list[str]]:
    """The settings pages to read, in catalogue order: URL → the active checks it serves."""
    pages: dict[str, list[str]] = {}
    for check in checklist.checks:
        if check.removed:
            continue
        pages.setdefault(page_url(check), []).append(check.id)
    return pages


def page_url(check: Check) -> str:
    return check.probe.url if check.probe is not None else check.where.url


# --- labels ------------------------------------------------------------------------------

def label(check: Check, lang: str) -> str:
    """The check's own label on the screen, in ``lang``: its probe's name, else its named
    setting label, else the last step of its menu path."""
    if check.probe is not None:
        return check.probe.name.get(lang)
    if "setting" in check.ui:
        return check.ui["setting"].get(lang)
    return check.where.path.get(lang).split(PATH_SEPARATOR)[-1]


def all_labels(check: Check) -> set[str]:
    """Every screen word the check names, in both languages (to tell known controls from new)."""
    words = {label(check, lang) for lang in LANGS}
    words |= {pair.get(lang) for pair in check.ui.values() for lang in LANGS}
    if check.probe is not None and check.probe.options:
        words |= {option.get(lang) for option in check.probe.options.values() for lang in LANGS}
    if check.question is not None and check.question.screen_options and check.question.choices:
        words |= {choice.label.get(lang) for choice in check.question.choices for lang in LANGS}
    return words


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def same(a: str, b: str) -> bool:
    """The same label but for case, punctuation and spacing."""
    return bool(_norm(a)) and _norm(a) == _norm(b)


# --- comparison ----------------------------------------------------------------------------

Kind = Literal["confirmed", "label-differs", "path-differs", "not-found", "not-recorded"]


@dataclass
class Verdict:
    check: str
    kind: Kind
    url: str
    ours: str = ""
    screen: str = ""
    there: list[str] = field(default_factory=list)  # what the page does show, for "not found"
    reason: str = ""  # for "not-recorded": missing, login, checkpoint or error (a key of the string table)
    all_words: bool = False  # "confirmed" and every other screen word of the check is on the page too
    target: str = ""  # the catalogue field a maintainer would edit ("probe.name.nl")
    proposed: str = ""  # its new value, as the screen shows it


@dataclass
class NewControl:
    url: str
    role: str
    name: str


@dataclass
class Comparison:
    snapshot: Snapshot
    verdicts: list[Verdict]
    new_controls: list[NewControl]

    def count(self, kind: Kind) -> int:
        return sum(1 for v in self.verdicts if v.kind == kind)


def compare(snapshot: Snapshot, checklist: Checklist) -> Comparison:
    pages = {record.url: record for record in snapshot.pages}
    lang = snapshot.ui_lang
    verdicts: list[Verdict] = []
    for check in checklist.checks:
        if check.removed:
            continue
        record = pages.get(page_url(check))
        verdicts.extend(_judge(check, record, lang))
    known = set().union(*(all_labels(c) for c in checklist.checks)) if checklist.checks else set()
    return Comparison(snapshot, verdicts, _new_controls(snapshot, known))


def _judge(check: Check, record: PageRecord | None, lang: str) -> list[Verdict]:
    url = page_url(check)
    if record is None:
        return [Verdict(check.id, "not-recorded", url, reason="missing")]
    if record.status != "ok":
        return [Verdict(check.id, "not-recorded", url, reason=record.status)]
    ours = label(check, lang)
    names = [c.name for c in record.controls] + [c.group for c in record.controls if c.group] + record.headings
    found = _label_verdict(check, record, names, ours, lang)
    path = _path_verdict(check, record, lang)
    return [found, path] if path else [found]


def _differs(check: Check, url: str, ours: str, screen: str, lang: str) -> Verdict:
    """A label the screen words otherwise, with the field to edit and its new value."""
    if check.probe is not None:
        target, proposed = f"probe.name.{lang}", screen
    elif "setting" in check.ui:
        target, proposed = f"ui.setting.{lang}", screen
    else:
        steps = check.where.path.get(lang).split(PATH_SEPARATOR)
        target, proposed = f"where.path.{lang}", PATH_SEPARATOR.join([*steps[:-1], screen])
    return Verdict(check.id, "label-differs", url, ours=ours, screen=screen, target=target, proposed=proposed)


def _label_verdict(check: Check, record: PageRecord, names: list[str], ours: str, lang: str) -> Verdict:
    url = record.url
    if any(same(ours, name) for name in names):
        words = [pair.get(lang) for pair in check.ui.values()]
        if check.question is not None and check.question.screen_options and check.question.choices:
            words += [choice.label.get(lang) for choice in check.question.choices]
        every = all(any(same(word, name) for name in names) for word in words)
        return Verdict(check.id, "confirmed", url, ours=ours, screen=ours, all_words=every)
    other = label(check, "nl" if lang == "en" else "en")
    shown = next((name for name in names if same(other, name)), None)
    if shown is not None:  # the screen shows the other language's word: a wrong UI language
        return _differs(check, url, ours, shown, lang)
    roles = {check.probe.role} if check.probe is not None else set(SETTING_ROLES) | {"radio", "heading"}
    candidates = [c.name for c in record.controls if c.role in roles] or names
    scored = sorted(((difflib.SequenceMatcher(None, _norm(ours), _norm(n)).ratio(), n) for n in candidates),
                    reverse=True)
    if scored and scored[0][0] >= SIMILAR:
        return _differs(check, url, ours, scored[0][1], lang)
    there = [c.name for c in record.controls if c.role in SETTING_ROLES or c.role == "radio"][:8]
    return Verdict(check.id, "not-found", url, ours=ours, there=there or record.headings[:8])


def _path_verdict(check: Check, record: PageRecord, lang: str) -> Verdict | None:
    """Only where the page shows a breadcrumb: every step of it must be a step of our path."""
    if not record.path:
        return None
    ours = check.where.path.get(lang)
    steps = ours.split(PATH_SEPARATOR)
    if all(not _norm(crumb) or any(same(crumb, step) for step in steps) for crumb in record.path):  # an icon: no words
        return None
    crumbs = list(record.path)
    if not same(crumbs[-1], steps[-1]):
        crumbs.append(steps[-1])  # the breadcrumb ends at the page; our path names the setting too
    return Verdict(check.id, "path-differs", record.url, ours=ours, screen=PATH_SEPARATOR.join(record.path),
                   target=f"where.path.{lang}", proposed=PATH_SEPARATOR.join(crumbs))


def _new_controls(snapshot: Snapshot, known: set[str]) -> list[NewControl]:
    seen: set[tuple[str, str]] = set()
    found: list[NewControl] = []
    for record in snapshot.pages:
        if record.status != "ok":
            continue
        for control in record.controls:
            name = control.group if control.role in ("radio", "option") and control.group else control.name
            role = "radiogroup" if control.role == "radio" and control.group else control.role
            if role not in SETTING_ROLES or not name or FURNITURE.match(name.strip()):
                continue
            if any(same(name, word) for word in known) or (record.url, name) in seen:
                continue
            seen.add((record.url, name))
            found.append(NewControl(record.url, role, name))
    return found


def patch(comparison: Comparison) -> dict[str, Any]:
    """The edits a maintainer reviews, per check: ``set`` holds field → new value."""
    snap = comparison.snapshot
    lang = snap.ui_lang
    checks: dict[str, Any] = {}
    # "confirmed" in the catalogue means every screen word of that language: only a check whose
    # every verdict is "confirmed", with all its words on the page, is proposed as such.
    whole = {v.check for v in comparison.verdicts if v.kind == "confirmed" and v.all_words}
    whole -= {v.check for v in comparison.verdicts if v.kind != "confirmed"}
    for verdict in comparison.verdicts:
        entry: dict[str, Any] = checks.setdefault(verdict.check, {"url": verdict.url, "verdicts": []})
        item: dict[str, Any] = {"kind": verdict.kind}
        if verdict.kind == "confirmed" and verdict.check in whole:
            item["set"] = {f"labels.{lang}": "confirmed", f"labels.snapshot.{lang}": snap.recorded.isoformat()}
        elif verdict.kind == "confirmed":
            item["note"] = "the main label is on the screen, but not every other screen word of the check"
        elif verdict.kind in ("label-differs", "path-differs"):
            item.update({"catalogue": verdict.ours, "screen": verdict.screen,
                         "set": {verdict.target: verdict.proposed}})
        elif verdict.kind == "not-found":
            item.update({"catalogue": verdict.ours, "page_shows": verdict.there})
        else:
            item["reason"] = verdict.reason
        entry["verdicts"].append(item)
    return {
        "snapshot": {"platform": snap.platform, "ui_lang": lang, "recorded": snap.recorded.isoformat()},
        "checks": checks,
        "new_controls": [{"url": n.url, "role": n.role, "name": n.name} for n in comparison.new_controls],
    }
