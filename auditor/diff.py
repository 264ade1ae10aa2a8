"""Previous findings + current findings -> what changed, per check.

``change`` values are part of the JSON contract (DESIGN 5.2):
``new`` (no earlier determined finding), ``fixed`` (gap -> pass), ``regressed``
(pass -> gap), ``unchanged``, ``check-changed`` (the check's revision moved since the
earlier audit, so the old answer no longer counts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from auditor.engine import Finding

CHANGES: tuple[str, ...] = ("new", "fixed", "regressed", "unchanged", "check-changed")
_DETERMINED = ("pass", "gap")


def change_for(current: Finding, previous: Finding | None) -> str | None:
    """The change of one check; ``None`` for findings that were and are not determined."""
    if current.status == "retired":
        return None if previous is None or previous.status == "retired" else "check-changed"
    if previous is not None and previous.revision != current.revision:
        return "check-changed"
    if previous is None or previous.status not in _DETERMINED:
        return "new" if current.status in _DETERMINED else None
    if current.status not in _DETERMINED:
        return None
    if previous.status == "gap" and current.status == "pass":
        return "fixed"
    if previous.status == "pass" and current.status == "gap":
        return "regressed"
    return "unchanged"


def diff(
    current: Iterable[Finding],
    previous: Iterable[Finding] | None,
    renamed: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """Map check id -> change. With no earlier audit every determined finding is ``new``.

    ``renamed`` maps an old check id (an alias) to today's id, so a renamed check keeps
    its past.
    """
    renamed = renamed or {}
    earlier = {renamed.get(f.check_id, f.check_id): f for f in previous or []}
    return {f.check_id: change_for(f, earlier.get(f.check_id)) for f in current}
