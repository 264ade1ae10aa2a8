"""An export handed over in the page: saved in a private temporary folder, read in place by
the same readers as ``auditor import``, and deleted straight afterwards, whatever happens.

The copy and the reading run on a worker thread (``read_upload_off_loop``), so a large export
never holds up the other pages. The folder is named after the serving process, so a server
that was killed mid-upload leaves nothing behind for long: the next start removes the
folders of processes that are gone (``remove_leftovers``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.catalogue.loader import Catalogue
from auditor.output import process_alive

if TYPE_CHECKING:
    from starlette.datastructures import UploadFile

    from auditor.usecases import ExportResult

PREFIX = "auditor-upload-"
_FOLDER = re.compile(rf"^{re.escape(PREFIX)}(?P<pid>\d+)-")


async def read_upload_off_loop(upload: UploadFile, catalogue: Catalogue,
                               moment: dt.datetime) -> tuple[str, ExportResult]:
    """``read_upload`` on a worker thread: the other pages keep answering meanwhile."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(read_upload, upload, catalogue, moment)


def read_upload(upload: UploadFile, catalogue: Catalogue, moment: dt.datetime) -> tuple[str, ExportResult]:
    """The upload's plain name and what the export shows; ``AuditorError`` when it is no export."""
    from auditor.usecases import read_evidence

    name = _safe_name(upload.filename or "export.zip")
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))  # private: mode 0700
    try:
        path = folder / name
        upload.file.seek(0)
        with path.open("wb") as out:
            shutil.copyfileobj(upload.file, out, length=1024 * 1024)
        return name, read_evidence(catalogue, path, now=moment)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_leftovers(folder: Path | None = None) -> list[Path]:
    """Remove the upload folders that a killed server left behind (their process is gone);
    a running server's folder is never touched."""
    where = Path(folder or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        candidates = [p for p in where.iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return removed
    for candidate in candidates:
        found = _FOLDER.match(candidate.name)
        if found is None or int(found["pid"]) == os.getpid() or process_alive(int(found["pid"])):
            continue
        owner = getattr(os, "getuid", None)
        with contextlib.suppress(OSError):
            info = candidate.lstat()
            if stat.S_ISDIR(info.st_mode) and (owner is None or info.st_uid == owner()):
                shutil.rmtree(candidate)
                removed.append(candidate)
    return removed


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


def _safe_name(filename: str) -> str:
    """The uploaded file's own name, reduced to a plain base name (no path, no oddities)."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_NAME.sub("_", base).strip(" .") or "export.zip"
    return cleaned[:120]
