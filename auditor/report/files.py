"""The report as the bytes of its file, in each format: one function for every door that
hands a report over (``auditor report``, the demo, the page's PDF link)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.report.view import ReportView

FORMATS = ("html", "json", "pdf", "text")


def render_bytes(view: ReportView, fmt: str, *, chrome: str | os.PathLike[str] | None = None) -> bytes:
    """The report as the bytes of its file, in one of the formats (a PDF is printed by the
    person's own Chrome, Edge, Chromium or Brave: ``chrome``, else the first one found)."""
    if fmt == "json":
        from auditor.report.json_report import render as render_json

        return render_json(view).encode("utf-8")
    if fmt == "text":
        from auditor.report.text import render_view

        return (render_view(view, colour=False) + "\n").encode("utf-8")
    from auditor.report.html import render as render_html

    html = render_html(view)
    if fmt == "html":
        return html.encode("utf-8")
    from auditor.report.pdf import render as render_pdf

    header = view.t["page_header"].format(date=view.generated_long, goal=view.goal_name)
    return render_pdf(html, chrome=chrome, header=header, footer=view.t["page_footer"])
