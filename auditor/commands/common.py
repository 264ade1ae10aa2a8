"""Helpers every command shares: opening the catalogue and the store, terminal output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.engine import SEVERITY_ORDER, Finding
from auditor.errors import AuditorError, CatalogueError, ExitCode
from auditor.facts import now
from auditor.store import Store, default_db_path
from auditor.strings import t

if TYPE_CHECKING:  # the loader brings pydantic: only commands that read the catalogue pay for it
    from auditor.catalogue.loader import Catalogue

__all__ = ["catalogue", "colour_enabled", "default_lang", "existing_store", "fail_on", "now", "store",
           "store_path", "style", "write_private"]


def catalogue(args: argparse.Namespace) -> Catalogue:
    from auditor.catalogue.loader import load_catalogue

    try:
        return load_catalogue(getattr(args, "checklists", None))
    except FileNotFoundError as exc:
        raise CatalogueError(str(exc)) from None


def store_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def store(args: argparse.Namespace) -> Store:
    return Store(store_path(args))


def default_lang() -> str:
    """The language ``cli.main`` chose once (``--lang``, else the locale, see
    ``strings.locale_lang``): a second reading of the locale here could disagree with it."""
    from auditor.strings import current_lang

    return current_lang()


def fail_on(findings: Sequence[Finding], threshold: str | None) -> int:
    """Exit 1 (for scripts) while open gaps at or above ``threshold`` remain."""
    if threshold is None:
        return ExitCode.OK
    limit = SEVERITY_ORDER[threshold]
    open_gaps = [f for f in findings if f.open_gap and SEVERITY_ORDER[f.severity] <= limit]
    return ExitCode.GAPS if open_gaps else ExitCode.OK


def existing_store(args: argparse.Namespace) -> Store:
    """The store for a command that only reads: a missing store is said, not created."""
    path = store_path(args)
    if not path.exists():
        raise AuditorError(t("errors.store.missing", path=path), hint=t("errors.store.missing.hint"))
    return Store(path)


def colour_enabled(stream: object | None = None) -> bool:
    """Colour on a terminal only; ``stream`` defaults to the current (not the first) stdout."""
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return bool(getattr(stream or sys.stdout, "isatty", lambda: False)())
    except ValueError:  # a closed stream
        return False


def style(text: str, code: str, stream: object | None = None) -> str:
    """Our own styling, added after the text is cleaned (see ``auditor.terminal.paint``)."""
    from auditor.terminal import paint

    return paint(text, code) if colour_enabled(stream) else text


def write_or_print(out: Path | str | None, text: str, written: str) -> None:
    """``text`` to the file ``out`` (privately, whole or not at all, then the sentence
    ``written`` on standard error), or to standard output when no file is given."""
    import sys

    if out:
        write_private(Path(out), text.encode())
        print(written, file=sys.stderr)
    else:
        sys.stdout.write(text)


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable only by its owner, whole or not at all (see ``auditor.output``:
    a device or pipe is written in place, never replaced; temp files never outlive a run)."""
    from auditor.output import write_private as write

    try:
        write(path, data)
    except OSError as exc:
        from auditor.inputs import os_reason

        reason = os_reason(exc)
        raise AuditorError(t("errors.output.cannot_write", path=path, reason=reason),
                           hint=t("errors.output.cannot_write.hint")) from None


def same_store(args: argparse.Namespace) -> str:
    """" --db PATH" when the person named a store, so a command we suggest opens the same one."""
    import shlex

    db = getattr(args, "db", None)
    return f" --db {shlex.quote(str(db))}" if db else ""
