"""PDF: the HTML report printed by a Chromium-family browser (Playwright's ``page.pdf``).

The browser is chosen by the caller (the command line, through the browser collector's
``locate``), so that the report package does not depend on the browser collector. The
caller's ``choose`` gets the path where Playwright's own Chromium would be (it may not be
installed) and returns Playwright launch options: ``executable_path`` or ``channel``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from auditor.errors import AuditorError
from auditor.strings import t

Chooser = Callable[[str | None], Mapping[str, str]]


def _margin_box(text: str) -> str:
    """A header or footer template: Chromium renders them at a zero font size unless told."""
    return (f'<div style="font-size:8pt;font-family:system-ui,sans-serif;color:#444;width:100%;'
            f'margin:0 12mm;display:flex;justify-content:space-between">{text}</div>')


def page_templates(header: str, footer: str) -> tuple[str, str]:
    """The date and goal at the top of each page, "Page 3 of 9" at the bottom ({page}, {pages})."""
    numbers = escape(footer).format(page='<span class="pageNumber"></span>', pages='<span class="totalPages"></span>')
    return _margin_box(f"<span>{escape(header)}</span>"), _margin_box(f"<span></span><span>{numbers}</span>")


def render(html: str, choose: Chooser, args: Sequence[str] = (), *, header: str = "", footer: str = "") -> bytes:
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise AuditorError(t("report.pdf_no_playwright"), hint=t("report.pdf_no_playwright_hint")) from None
    try:
        with sync_playwright() as pw:
            try:
                bundled: str | None = pw.chromium.executable_path
            except PlaywrightError:
                bundled = None
            options = dict(choose(bundled))
            browser = pw.chromium.launch(headless=True, args=list(args), **options)  # type: ignore[arg-type]
            try:
                page = browser.new_page(java_script_enabled=False, offline=True, color_scheme="light")
                page.emulate_media(media="print")  # before the content: the page is laid out once
                page.set_content(html, wait_until="domcontentloaded")
                header_html, footer_html = page_templates(header, footer or "{page} / {pages}")
                pdf: bytes = page.pdf(
                    format="A4", print_background=True, tagged=True, outline=True,
                    display_header_footer=True, header_template=header_html, footer_template=footer_html,
                    margin={"top": "16mm", "bottom": "15mm", "left": "12mm", "right": "12mm"},
                )
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise AuditorError(
            t("report.pdf_failed", problem=str(exc).splitlines()[0]), hint=t("report.pdf_failed_hint"),
        ) from None
    return pdf
