"""The catalogue as plain data: the check texts a report needs, built once from the
validated catalogue (cached as JSON per catalogue version by ``catalogue.cache``).

Rendering stored findings (``auditor report``) and confirming an unchanged catalogue
(``auditor checklists validate``) then need neither pydantic nor the pickled models, which
cost more than everything else those commands do. The digest is written only after a
successful validation, so finding one for the current files means they are valid.

The digest holds only what a person may read: never a source's ``seed`` or ``note`` (the
research trail), never a checklist's file name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from auditor.catalogue.model import Check, Checklist

Digest = dict[str, Any]  # {"checklists": {platform: {...; "checks": {id: {...}}}}}
FORMAT = 3  # bump when the digest's shape changes: old cache files are then ignored


def _pair(value: Any) -> Any:
    """A bilingual text as {"en", "nl"}; a plain string as it is; None as None."""
    if value is None:
        return None
    if hasattr(value, "en") and hasattr(value, "nl"):
        return {"en": str(value.en), "nl": str(value.nl)}
    return str(value)


def _iso(value: Any) -> str:
    """A date as ISO text; "unknown" (a source without a publication date) as it is."""
    return str(value.isoformat()) if hasattr(value, "isoformat") else str(value or "")


def _source(source: Any) -> dict[str, Any]:
    # read defensively: the catalogue schema gains publisher/published (issue 12)
    return {
        "title": _pair(getattr(source, "title", None)) or "",
        "publisher": _pair(getattr(source, "publisher", None)) or "",
        "published": _iso(getattr(source, "published", None)),
        "seen": _iso(getattr(source, "seen", None)),
        "url": str(getattr(source, "url", None) or ""),
    }


def _check(check: Check) -> dict[str, Any]:
    fix = {"web": _pair(check.fix.web)}
    if check.fix.ios:
        fix["ios"] = _pair(check.fix.ios)
    if check.fix.android:
        fix["android"] = _pair(check.fix.android)
    question = check.question
    return {
        "title": _pair(check.title),
        "action": _pair(getattr(check, "action", None)),
        "why": _pair(check.why), "impact": _pair(check.impact), "fix": fix,
        "where_url": check.where.url, "where_path": _pair(check.where.path), "where_kind": check.where.kind,
        "labels": {"en": check.labels.en, "nl": check.labels.nl},
        "removed": check.removed.isoformat() if check.removed else None,
        "goal_notes": {goal: _pair(o.note) for goal, o in check.goals.items() if o.note},
        "choices": {c.id: _pair(c.label) for c in (question.choices or [])} if question else {},
        "kind": question.kind if question else None,
        # the screen words, filled into the texts in the person's platform language (auditor.labels)
        "ui": {name: _pair(pair) for name, pair in check.ui.items()},
        "screen_options": bool(question.screen_options) if question else False,
        "unit": _pair(question.unit) if question else None,
        "maximum": question.maximum if question else None,
        "fact": check.fact,
        "sources": [_source(s) for s in check.sources],
    }


def _checklist(checklist: Checklist) -> dict[str, Any]:
    retired = checklist.retired
    return {
        "name": checklist.name, "status": checklist.status,
        "retired_on": retired.date.isoformat() if retired else None,
        "retired_note": _pair(retired.note) if retired else None,
        "version": checklist.version, "reviewed": checklist.reviewed.isoformat(),
        "checks": {c.id: _check(c) for c in checklist.checks},
        "aliases": {alias: c.id for c in checklist.checks for alias in c.aliases},
    }


class _Catalogue(Protocol):  # what a loaded catalogue offers (the loader's ``Catalogue``)
    @property
    def checklists(self) -> Mapping[str, Checklist]: ...

    @property
    def source(self) -> str: ...


def from_catalogue(catalogue: _Catalogue) -> Digest:
    return {"format": FORMAT, "checklists": {p: _checklist(cl) for p, cl in catalogue.checklists.items()},
            "source": catalogue.source}
