"""Two catalogues -> what changed between them, for release notes (``checklists diff``).

A check is ``added`` or ``removed`` (gone from the file, or newly marked removed by the
platform), ``revised`` (its revision moved: answers to it will be asked again), or
``reworded`` (texts changed without a revision bump: nobody is asked again). Aliases count:
a check renamed with its old id as an alias is ``renamed``, not removed and added.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check

TEXT_FIELDS = ("title", "why", "impact", "question", "where", "fix")


@dataclass(frozen=True)
class CheckChange:
    check_id: str
    change: str  # added | removed | retired | revised | reworded | renamed
    detail: str


def compare(old: Catalogue, new: Catalogue) -> list[CheckChange]:
    changes: list[CheckChange] = []
    old_checks = {c.id: c for cl in old.checklists.values() for c in cl.checks}
    new_checks = {c.id: c for cl in new.checklists.values() for c in cl.checks}
    renamed_from = {alias: c.id for c in new_checks.values() for alias in c.aliases}
    for cid, check in sorted(new_checks.items()):
        before = old_checks.get(cid)
        if before is None:
            old_ids = [a for a in check.aliases if a in old_checks]
            if old_ids:
                changes.append(CheckChange(cid, "renamed", f"was {old_ids[0]}"))
                before = old_checks[old_ids[0]]
            else:
                changes.append(CheckChange(cid, "added", check.title.en))
                continue
        changes.extend(_changed(before, check))
    for cid, check in sorted(old_checks.items()):
        if cid not in new_checks and cid not in renamed_from:
            changes.append(CheckChange(cid, "removed", f"no longer in the catalogue ({check.title.en})"))
    return changes


def _changed(before: Check, after: Check) -> list[CheckChange]:
    if after.removed and not before.removed:
        return [CheckChange(after.id, "retired", f"the platform removed this setting on {after.removed}")]
    if after.revision != before.revision:
        notes = [h.note for h in after.history if h.revision and h.revision > before.revision]
        detail = f"revision {before.revision} -> {after.revision}" + (f": {notes[-1]}" if notes else "")
        return [CheckChange(after.id, "revised", detail)]
    fields = [name for name in TEXT_FIELDS if getattr(before, name) != getattr(after, name)]
    if fields:
        return [CheckChange(after.id, "reworded", ", ".join(fields))]
    return []
