"""Optional parts of the install: what needs an extra, and the one line that says how to add it.

The default install (``pipx install social-auditor``) is the wizard, import, report, page,
share and workshop. Reading settings in the person's own browser drives that browser with
Playwright, which is large; it comes with the ``browser`` extra
(``social-auditor[browser]``). A PDF needs no Playwright (see ``auditor.report.pdf``).
"""

from __future__ import annotations

import importlib.util

from auditor.errors import AuditorError
from auditor.strings import t


def has_playwright() -> bool:
    """Whether Playwright is installed, without importing it (that takes a while)."""
    try:
        return importlib.util.find_spec("playwright") is not None
    except (ImportError, ValueError):
        return False


def require_browser_extra() -> None:
    """Stop (exit 2) with one line in the person's language when the browser extra is missing."""
    if not has_playwright():
        raise AuditorError(t("setup.browser_extra"))
