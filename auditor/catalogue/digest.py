"""The catalogue as plain data: the check texts a report needs, built once from the
validated catalogue and cached as JSON per catalogue version.

Rendering stored findings (``auditor report``) and confirming an unchanged catalogue
(``auditor checklists validate``) then need neither pydantic nor the pickled models, which
cost more than everything else those commands do. The digest is written only after a
successful validation, so finding one for the current files means they are valid.

The digest holds only what a person may read: never a source's ``seed`` or ``note`` (the
research trail), never a checklist's file name.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from auditor.catalogue.loader import Catalogue
    from auditor.catalogue.model import Check, Checklist

Digest = dict[str, Any]  # {"checklists": {platform: {...; "checks": {id: {...}}}}}
FORMAT = 2  # bump when the digest's shape changes: old cache files are then ignored


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


def from_catalogue(catalogue: Catalogue) -> Digest:
    return {"format": FORMAT, "checklists": {p: _checklist(cl) for p, cl in catalogue.checklists.items()},
            "source": catalogue.source}


# --- the cache: one JSON file per catalogue version ----------------------------------------

def checklist_dir(given: Path | str | None) -> Path:
    """The directory ``load_catalogue`` would read (same precedence)."""
    if given is not None:
        return Path(given)
    if os.environ.get("AUDITOR_CHECKLISTS"):
        return Path(os.environ["AUDITOR_CHECKLISTS"])
    from auditor.catalogue.resources import bundled_checklists_dir

    return bundled_checklists_dir()


def _key(directory: Path) -> str | None:
    """Changes with any checklist file, the overlay, the schema code or the tool's version."""
    from auditor import __version__

    code = Path(__file__).resolve().parent / "model.py"
    try:
        parts = [__version__, str(FORMAT), str(code.stat().st_mtime_ns), str(directory.resolve())]
        for path in sorted(directory.glob("*.yaml")):
            st = path.stat()
            parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    except OSError:
        return None
    return "\n".join(parts)


def cache_root() -> Path:
    """The user's cache directory, as platformdirs gives it, without importing it on Linux
    (where it is plain XDG): this runs on every report."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(base) if base else Path.home() / ".cache") / "auditor"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("auditor", appauthor=False))


def _cache_file(key: str) -> Path:
    # the file name is a short checksum; the full key is inside the file and compared
    return cache_root() / f"catalogue-texts-{zlib.crc32(key.encode()):08x}-{len(key)}.json"


def cached(directory: Path) -> Digest | None:
    """The digest of the current files in ``directory`` if they were validated before; else None."""
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    key = _key(directory)
    if key is None:
        return None
    try:
        data = json.loads(_cache_file(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(data, dict) and data.get("format") == FORMAT and data.get("key") == key
    return data if ok else None


def remember(directory: Path, digest: Digest) -> None:
    """Write the digest of a validated catalogue; any trouble just means no cache."""
    key = _key(directory)
    if os.environ.get("AUDITOR_NO_CACHE") or key is None:
        return
    path = _cache_file(key)
    digest = {**digest, "key": key}
    from auditor.errors import AuditorError
    from auditor.output import write_private  # whole or not at all; a killed run's temp file is cleaned

    with contextlib.suppress(OSError, AuditorError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in path.parent.glob("catalogue-texts-*.json"):
            if old.stat().st_mtime < time.time() - 30 * 86400:
                old.unlink(missing_ok=True)
        write_private(path, json.dumps(digest, ensure_ascii=False).encode("utf-8"))
