"""The report page: the same HTML as ``auditor report``, with a way back into the audit.

The report's own template knows nothing of the web page (it is also a file people keep
and share), so the page adds its menu and, per finding, "change your answer" and "accept
this risk" links to the rendered HTML, at the finding's anchors.
"""

from __future__ import annotations

import re
from typing import Any

from auditor.store import AuditRow
from auditor.strings import t
from auditor.terminal import visible


def with_links(html: str, audit: AuditRow, findings: dict[str, Any], askable: set[str]) -> str:
    """The report as ``auditor report`` writes it, plus a menu and, per finding, links back
    into its question and to accepting the risk: after a finding's heading, or at the end of
    its line in a list."""
    from markupsafe import escape

    lang = audit.lang
    items = [] if audit.finished else [(f"/audit/{audit.id}", "web.report.back")]
    items += [("/history", "web.nav.history"), ("/export", "web.nav.export"), ("/", "web.nav.start")]
    if audit.finished:
        items.append((f"/audit/{audit.id}/share", "web.share.link"))
    items.append((f"/audit/{audit.id}/report.pdf", "web.report.pdf"))  # to print or keep: no script needed
    menu = (f'<nav class="web-menu" aria-label="{escape(t("web.nav.label", lang))}">'
            + " · ".join(f'<a href="{url}">{escape(t(key, lang))}</a>' for url, key in items) + "</nav>")
    if not audit.finished:
        menu += f'<p class="web-interim">{escape(t("web.report.interim", lang))}</p>'
    style = ("<style>.web-menu{padding:.6rem 1rem;border-bottom:1px solid #999}.web-menu a,.web-links a"
             "{font-weight:600}.web-links{margin:.3rem 0}.web-interim{padding:.3rem 1rem;font-weight:600}"
             "a:focus-visible{outline:3px solid #1a56c4;outline-offset:2px}"
             "@media print{.web-menu,.web-links{display:none}}</style>")  # on paper: the report, not the page
    html = html.replace("</head>", style + "</head>", 1).replace("<body>", "<body>" + menu, 1)

    def links(finding: Any) -> str:
        parts = []
        if finding.check in askable:
            parts.append(f'<a href="/audit/{audit.id}/q/{escape(finding.check)}">'
                         f'{escape(t("web.report.change", lang))}</a>')
        if finding.status == "gap":
            parts.append(f'<a href="/accept/{escape(finding.check)}">{escape(t("web.report.accept", lang))}</a>')
        return " · ".join(parts)

    out: list[str] = []
    position = 0
    for match in re.finditer(r'<(article|li)[^>]*\bid="(c-[a-z0-9-]+)"[^>]*>', html):
        finding = findings.get(match.group(2))
        added = links(finding) if finding is not None else ""
        if not added or match.start() < position:
            continue
        if match.group(1) == "article":
            at = html.find("</h3>", match.end())
            at, block = (at + len("</h3>"), f'<p class="web-links">{added}</p>') if at >= 0 else (match.end(), "")
        else:
            at, block = html.find("</li>", match.end()), f' <span class="web-links">· {added}</span>'
        if at < 0 or not block:
            continue
        out.append(html[position:at] + block)
        position = at
    out.append(html[position:])
    return visible("".join(out))  # a control character in an answer is shown, not hidden
