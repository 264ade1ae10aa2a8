"""PDF: the HTML report printed by a Chromium-family browser (Playwright's ``page.pdf``).

The browser executable is found by the caller (the command line), so that the report
package does not depend on the browser collector.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from auditor.errors import AuditorError


def render(html: str, executable: Path | None, args: Sequence[str] = ()) -> bytes:
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise AuditorError("PDF needs Playwright, which is not installed.",
                           hint="Install it with: pip install playwright") from None
    try:
        with sync_playwright() as pw:
            launch_args = {"headless": True, "args": list(args)}
            if executable is not None:
                launch_args["executable_path"] = str(executable)
            browser = pw.chromium.launch(**launch_args)  # type: ignore[arg-type]
            try:
                page = browser.new_page(java_script_enabled=False, offline=True)  # type: ignore[call-arg]
                page.set_content(html, wait_until="load")
                page.emulate_media(media="print", color_scheme="light")
                pdf: bytes = page.pdf(format="A4", print_background=True, tagged=True, outline=True,
                                      margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise AuditorError(f"The browser could not print the report: {str(exc).splitlines()[0]}",
                           hint="Write HTML instead (auditor report) and print it from your browser.") from None
    return pdf
