"""Fill the page templates (``reports/web/*.html``) with autoescaping switched on explicitly.

Escaping is not left to the file extension: every value a person typed (an answer, a
reason for accepting a risk, a file name) is text, never markup; its control characters
are shown as escapes (``auditor.terminal.visible``), as ``\\x1b`` or ``\\u202e``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from auditor.catalogue.resources import bundled_reports_dir
from auditor.terminal import visible


@lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(bundled_reports_dir() / "web")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page(name: str, **context: Any) -> str:
    """One page, rendered from ``reports/web/<name>``."""
    rendered: str = _environment().get_template(name).render(**context)
    # a control character (NUL, ESC, a right-to-left override) in what a person typed or an
    # export held is shown as its escape, never passed on hidden; our templates hold none
    return visible(rendered)
