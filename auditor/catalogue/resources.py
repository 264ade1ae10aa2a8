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
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"the bundled '{name}' folder is missing (looked in {tried}); reinstall auditor")


def bundled_checklists_dir() -> Path:
    return _bundled("checklists")


def bundled_reports_dir() -> Path:
    return _bundled("reports")
