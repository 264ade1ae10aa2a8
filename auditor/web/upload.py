"""An export handed over in the page: saved in a private temporary folder, read in place by
the same readers as ``auditor import``, and deleted straight afterwards, whatever happens.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.catalogue.loader import Catalogue

if TYPE_CHECKING:
    from starlette.datastructures import UploadFile

    from auditor.usecases import ExportResult


def read_upload(upload: UploadFile, catalogue: Catalogue, moment: dt.datetime) -> tuple[str, ExportResult]:
    """The upload's plain name and what the export shows; ``AuditorError`` when it is no export."""
    from auditor.usecases import read_evidence

    name = _safe_name(upload.filename or "export.zip")
    folder = Path(tempfile.mkdtemp(prefix="auditor-upload-"))  # private: mode 0700
    try:
        path = folder / name
        with path.open("wb") as out:
            shutil.copyfileobj(upload.file, out, length=1024 * 1024)
        return name, read_evidence(catalogue, path, now=moment)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


def _safe_name(filename: str) -> str:
    """The uploaded file's own name, reduced to a plain base name (no path, no oddities)."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_NAME.sub("_", base).strip(" .") or "export.zip"
    return cleaned[:120]
