"""The web start page asks which language each chosen platform is used in, and the questions
then name menus and settings as that screen does, in sentences of the page's language.
Driven in a real browser (Debian's Chromium) by labels and buttons; nothing leaves the machine."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import browser_path_or_skip, loopback_gate

from auditor.catalogue.loader import load_catalogue
from auditor.store import Store
from auditor.web.app import Settings, build_app
from auditor.web.security import Secret
from auditor.web.server import Background, bind
from tests.conftest import FIXTURES
from tests.test_web_browser import ARGS

pytestmark = pytest.mark.browser
SCREENS = FIXTURES / "catalogues" / "screens"


@pytest.fixture
def tab(db: Path) -> Iterator[tuple[Any, list[str]]]:
    from playwright.sync_api import sync_playwright

    secret = Secret.new()
    sock = bind(0)
    port = sock.getsockname()[1]
    app = build_app(Settings(db=db, catalogue=load_catalogue(SCREENS), lang="nl", secret=secret, port=port))
    base = f"http://127.0.0.1:{port}"
    outside: list[str] = []
    with Background(app, sock), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path_or_skip(), args=ARGS, headless=True)
        context = browser.new_context(locale="nl-NL")

        loopback_gate(context, base, outside)
        page = context.new_page()
        page.goto(f"{base}/?token={secret.token}")
        yield page, outside
        browser.close()


@pytest.mark.parametrize(("choice", "plang"), [("English", "en"), ("Nederlands", "nl")])
def test_the_start_page_asks_each_platforms_language_and_the_questions_use_it(tab, db: Path, choice: str,
                                                                              plang: str) -> None:
    page, outside = tab
    group = page.get_by_role("group", name="In welke taal gebruik je Example Network?")
    assert group.get_by_label("Nederlands").is_checked()  # the page's language, until told otherwise
    group.get_by_label(choice).check()
    page.get_by_label("Example Network", exact=True).check()  # nothing is ticked the first time
    page.get_by_role("button", name="Begin").click()
    page.wait_for_url(re.compile(r"/audit/1/q/"))
    main = page.locator("main").inner_text()
    where = page.get_by_role("region", name="Waar je het vindt")
    if plang == "en":
        assert page.get_by_role("group", name="Staat “Ads off Example” aan?").is_visible()  # a Dutch sentence
        assert "Me › Settings & Privacy › Advertising data" in where.inner_text()
        assert "≈" not in main  # the English words of this check are confirmed
    else:
        assert page.get_by_role("group", name="Staat “Advertenties buiten Example” ≈ aan?").is_visible()
        assert "Ik › Instellingen en privacy › Advertentiegegevens\u00a0≈" in where.inner_text()
        assert main.count("≈ onze woorden: op je scherm kan het iets anders heten.") == 1  # explained once
        path = where.locator("p[title]")
        assert path.get_attribute("title") == "Op een Engels scherm: Me › Settings & Privacy › Advertising data"
    # the screen's own options, in the screen's language
    page.get_by_label("Nee", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Volgende").click()
    options = ["Your name and headline", "Private mode"] if plang == "en" else ["Je naam en kopregel", "Privémodus"]
    for label in options:
        assert page.get_by_label(label, exact=True).is_visible()
    with Store(db) as st:
        audit = st.audit(1)
        assert audit is not None and audit.platform_langs == {"example": plang} and audit.lang == "nl"
    assert outside == []
