"""The pages on a phone: nothing scrolls sideways at 320 px (WCAG 1.4.10) or 390 px, in a real
browser (Debian's Chromium). Measured on the page a person sees, never by waiting for time."""

from __future__ import annotations

from typing import Any

import pytest
from browser_fixtures import browser_path_or_skip
from test_web_browser import ARGS, served  # noqa: F401  (the fixture: a real server on loopback)

pytestmark = pytest.mark.browser

WIDTHS = (320, 390)


def _sideways(tab: Any) -> int:
    """How many pixels the page is wider than the window (0: nothing to scroll sideways)."""
    return int(tab.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways_on_a_phone(served: str, width: int) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base = served.split("/?", 1)[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path_or_skip(), args=ARGS, headless=True)
        tab = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 700}).new_page()
        tab.goto(served)
        assert _sideways(tab) == 0, "start page"
        for path in ("/export", "/history"):
            tab.goto(base + path)
            assert _sideways(tab) == 0, path
        tab.goto(base + "/")
        tab.get_by_label("LinkedIn").check()
        tab.get_by_role("button", name="Begin").click()
        tab.wait_for_url("**/audit/**")
        assert "Vraag 1 van" in tab.locator("#progress-text").inner_text()
        assert _sideways(tab) == 0, "a question"
        browser.close()
