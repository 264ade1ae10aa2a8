"""Helpers every command shares: opening the catalogue and the store, terminal output."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from auditor.catalogue.loader import Catalogue, load_catalogue
from auditor.errors import CatalogueError
from auditor.store import Store, default_db_path


def catalogue(args: argparse.Namespace) -> Catalogue:
    try:
        return load_catalogue(getattr(args, "checklists", None))
    except FileNotFoundError as exc:
        raise CatalogueError(str(exc)) from None


def store(args: argparse.Namespace) -> Store:
    path = getattr(args, "db", None) or default_db_path()
    return Store(Path(path))


def now() -> dt.datetime:
    """The current time; AUDITOR_NOW (ISO) pins it, for reproducible demos and tests."""
    pinned = os.environ.get("AUDITOR_NOW")
    if pinned:
        value = dt.datetime.fromisoformat(pinned)
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def colour_enabled(stream: object = sys.stdout) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def style(text: str, code: str, stream: object = sys.stdout) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour_enabled(stream) else text


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable only by its owner, whole or not at all (temp file, then rename)."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
