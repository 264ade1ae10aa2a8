"""The one place that finds the bundled checklists and report templates.

In a built wheel they live at ``auditor/_bundled/`` (hatchling ``force-include``); in a
checkout or an editable install they are the top-level ``checklists/`` and ``reports/``
folders, which ``importlib.resources`` cannot see. Both are tried, wheel first.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    candidates = [_PACKAGE_DIR / "_bundled" / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    from auditor.errors import AuditorError
    from auditor.strings import t

    tried = ", ".join(str(c) for c in candidates)  # a broken install: a message, not a traceback
    raise AuditorError(t("errors.install.missing", name=name, tried=tried), hint=t("errors.install.missing.hint"))


def bundled_checklists_dir() -> Path:
    return _bundled("checklists")


def bundled_reports_dir() -> Path:
    return _bundled("reports")
