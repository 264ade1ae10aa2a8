"""``auditor report``: render an audit as HTML (default), JSON, PDF or terminal text."""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path

from auditor import audit as audits
from auditor.commands.audit import _fail_on
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import colour_enabled, now, write_private
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode
from auditor.report.view import build

EXTENSIONS = {"html": "html", "json": "json", "pdf": "pdf", "text": "txt"}


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    with open_store(args) as st:
        audit = st.audit(args.audit) if args.audit else st.latest_audit()
        if audit is None:
            if args.audit:
                raise AuditorError(f"There is no audit #{args.audit} in {st.path}.",
                                   hint="See them with: auditor history")
            raise AuditorError(f"There is no audit yet in {st.path}.",
                               hint="Start one with: auditor audit   (or try: auditor demo)")
        result = audits.evaluate(st, cat, audit, now().date())
    if args.format == "text":
        from auditor.report.text import render_summary

        if args.out is None or str(args.out) == "-":
            print(render_summary(result, args.lang, colour=colour_enabled(sys.stdout)))
        else:
            summary = render_summary(result, args.lang, colour=False)
            write_private(Path(args.out), (summary + "\n").encode("utf-8"))
            print(f"Wrote {args.out}")
        return _fail_on(result.findings, args.fail_on)
    view = build(result, lang=args.lang, redact_personal=args.redact, generated_at=now())
    if str(args.out) == "-" and args.format == "json":
        from auditor.report.json_report import render as render_json

        sys.stdout.write(render_json(view))
        return _fail_on(result.findings, args.fail_on)
    out = Path(args.out or f"auditor-report-{audit.id}.{EXTENSIONS[args.format]}")
    write_report(view, args.format, out)
    print(f"Wrote {out}", file=sys.stderr if args.format == "json" else sys.stdout)
    if args.open:
        webbrowser.open(out.resolve().as_uri())
    return _fail_on(result.findings, args.fail_on)


def write_report(view: object, fmt: str, out: Path) -> None:
    from auditor.report.view import ReportView

    assert isinstance(view, ReportView)
    if fmt == "json":
        from auditor.report.json_report import render as render_json

        write_private(out, render_json(view).encode("utf-8"))
        return
    from auditor.report.html import render as render_html

    html = render_html(view)
    if fmt == "html":
        write_private(out, html.encode("utf-8"))
        return
    from auditor.report.pdf import render as render_pdf

    write_private(out, render_pdf(html, _choose_browser, _pdf_browser_args()))


def _choose_browser(bundled_path: str | None) -> dict[str, str]:
    """Launch options for the browser that prints the PDF (see ``locate.find_browser``);
    an ``AuditorError`` that says how to install one when there is none."""
    from auditor.collectors.browser.locate import find_browser

    choice = find_browser(None, bundled_path=bundled_path)
    if choice.channel is not None:
        return {"channel": choice.channel}
    assert choice.executable_path is not None
    return {"executable_path": choice.executable_path}


def _pdf_browser_args() -> list[str]:
    from auditor.collectors.browser.locate import launch_args

    return launch_args()


__all__ = ["ExitCode", "run", "write_report"]
