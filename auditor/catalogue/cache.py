"""The catalogue's caches in the user's cache directory: the validated models (a pickle,
keyed by the files' names, sizes and times and this code's version) and the plain-data
digest of the check texts (JSON), so a report pays neither for YAML nor for pydantic.

Any trouble with a cache only means no cache; ``AUDITOR_NO_CACHE`` turns both off.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

from auditor.catalogue.digest import FORMAT, Digest

MAX_AGE_SECONDS = 30 * 86400  # cache files unused this long are removed


def cache_root() -> Path:
    """The user's cache directory, as platformdirs gives it, without importing it on Linux
    (where it is plain XDG): this runs on every report."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(base) if base else Path.home() / ".cache") / "auditor"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("auditor", appauthor=False))


def checklist_dir(given: Path | str | None) -> Path:
    """The directory ``load_catalogue`` would read (same precedence)."""
    if given is not None:
        return Path(given)
    if os.environ.get("AUDITOR_CHECKLISTS"):
        return Path(os.environ["AUDITOR_CHECKLISTS"])
    from auditor.catalogue.resources import bundled_checklists_dir

    return bundled_checklists_dir()


def _enabled() -> bool:
    return not os.environ.get("AUDITOR_NO_CACHE")


def _write(path: Path, data: bytes, pattern: str) -> None:
    """Whole or not at all (a killed run's temp file is cleaned); old files of the kind removed."""
    from auditor.errors import AuditorError
    from auditor.output import write_private

    with contextlib.suppress(OSError, AuditorError):  # a read-only home must not break the tool
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in path.parent.glob(pattern):
            if old.stat().st_mtime < time.time() - MAX_AGE_SECONDS:
                old.unlink(missing_ok=True)
        write_private(path, data)


# --- the validated models ----------------------------------------------------------------------

def catalogue_key(directory: Path, files: Sequence[Path]) -> str:
    """Changes with any of the files (missing ones are left out), the schema code or the version."""
    import hashlib  # here: a report reads only the digest, and needs neither this nor pickle

    from auditor import __version__

    model = Path(__file__).resolve().parent / "model.py"
    parts = [__version__, str(model.stat().st_mtime_ns), str(directory.resolve())]
    for path in files:
        try:
            st = path.stat()
        except FileNotFoundError:
            continue
        parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def read_pickle(key: str) -> object | None:
    """What was stored under ``key``, or None; the caller checks its type."""
    if not _enabled():
        return None
    import pickle

    try:
        with (cache_root() / f"catalogue-{key}.pickle").open("rb") as fh:
            value: object = pickle.load(fh)
            return value
    except Exception:  # a missing, stale or unreadable cache is simply rebuilt
        return None


def write_pickle(key: str, value: object) -> None:
    if _enabled():
        import pickle

        _write(cache_root() / f"catalogue-{key}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
               "catalogue-*.pickle")


# --- the digest of the check texts ---------------------------------------------------------------

def _digest_key(directory: Path) -> str | None:
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


def _digest_file(key: str) -> Path:
    # the file name is a short checksum; the full key is inside the file and compared
    return cache_root() / f"catalogue-texts-{zlib.crc32(key.encode()):08x}-{len(key)}.json"


def cached_digest(directory: Path) -> Digest | None:
    """The digest of the current files in ``directory`` if they were validated before; else None."""
    key = _digest_key(directory) if _enabled() else None
    if key is None:
        return None
    try:
        data = json.loads(_digest_file(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(data, dict) and data.get("format") == FORMAT and data.get("key") == key
    return data if ok else None


def remember_digest(directory: Path, digest: Digest) -> None:
    """Write the digest of a validated catalogue; any trouble just means no cache."""
    key = _digest_key(directory) if _enabled() else None
    if key is not None:
        _write(_digest_file(key), json.dumps({**digest, "key": key}, ensure_ascii=False).encode("utf-8"),
               "catalogue-texts-*.json")
