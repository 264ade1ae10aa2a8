"""The report page: the same HTML as ``auditor report``, with a way back into the audit.

The report's own template knows nothing of the page (it is also a file people keep and
share); it has web blocks that stay empty unless a page passes its hooks, the way
coverage.py hands its HTML report template globals. This module is those hooks: the page's
menu and, per finding, "change your answer" and "accept this risk", as named routes.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from auditor.store import AuditRow
from auditor.strings import t
from auditor.web.site import url

STYLE = (".web-menu{padding:.6rem 1rem;border-bottom:1px solid #999}.web-menu a,.web-links a"
         "{font-weight:600}.web-links{margin:.3rem 0}.web-interim{padding:.3rem 1rem;font-weight:600}"
         "a:focus-visible{outline:3px solid #1a56c4;outline-offset:2px}"
         "@media print{.web-menu,.web-links{display:none}}")  # on paper: the report, not the page


def _joined(items: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each item with the separator that follows it (" · ", none after the last)."""
    return [{**item, "sep": " · " if i < len(items) - 1 else ""} for i, item in enumerate(items)]


class ReportLinks:
    """The hooks ``auditor.report.html.render`` fills its web blocks with."""

    def __init__(self, request: Request, audit: AuditRow, askable: set[str]) -> None:
        self.request, self.audit, self.askable, self.lang = request, audit, askable, audit.lang

    def page(self) -> dict[str, Any]:
        audit, lang, request = self.audit, self.lang, self.request
        items = [] if audit.finished else [(url(request, "audit", audit=audit.id), "web.report.back")]
        items += [(url(request, "history"), "web.nav.history"), (url(request, "export"), "web.nav.export"),
                  (url(request, "start"), "web.nav.start")]
        if audit.finished:
            items.append((url(request, "share", audit=audit.id), "web.share.link"))
        items.append((url(request, "report_pdf", audit=audit.id), "web.report.pdf"))  # to print or keep, no script
        return {"style": STYLE, "label": t("web.nav.label", lang),
                "menu": _joined([{"url": link, "label": t(key, lang)} for link, key in items]),
                "interim": "" if audit.finished else t("web.report.interim", lang)}

    def links(self, check_id: str, status: str) -> list[dict[str, str]]:
        found = []
        if check_id in self.askable:
            found.append({"url": url(self.request, "question", audit=self.audit.id, check=check_id),
                          "label": t("web.report.change", self.lang)})
        if status == "gap":
            found.append({"url": url(self.request, "accept", check=check_id),
                          "label": t("web.report.accept", self.lang)})
        return _joined(found)
