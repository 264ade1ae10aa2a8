"""A whole audit in Dutch in a real browser (Debian's Chromium), driven like a person would:
labels, buttons by their names, the keyboard. Every request that would leave the machine is
recorded and stopped; the test asserts there were none, and no console errors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import browser_path_or_skip, loopback_gate
from exportgen import LinkedIn, write_export

from auditor.catalogue.loader import load_catalogue
from auditor.cli import main
from auditor.web.app import Settings, build_app
from auditor.web.security import Secret
from auditor.web.server import Background, bind

pytestmark = pytest.mark.browser

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture
def served(db: Path) -> Iterator[str]:
    secret = Secret.new()
    sock = bind(0)
    port = sock.getsockname()[1]
    app = build_app(Settings(db=db, catalogue=load_catalogue(None), lang="nl", secret=secret, port=port))
    with Background(app, sock):
        yield f"http://127.0.0.1:{port}/?token={secret.token}"


@pytest.fixture
def page(served: str) -> Iterator[tuple[Any, list[str], list[str]]]:
    from playwright.sync_api import sync_playwright

    base = served.split("/?", 1)[0]
    outside: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path_or_skip(), args=ARGS, headless=True)
        context = browser.new_context(locale="nl-NL", viewport={"width": 1000, "height": 1000})

        loopback_gate(context, base, outside)
        tab = context.new_page()
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(served)
        yield tab, outside, errors
        browser.close()


def _go(tab: Any, act: Callable[[], None]) -> None:
    """Do what leads to another page, and wait until that page has loaded: every form here
    answers with a redirect, and reading the page before it arrives reads the old one."""
    with tab.expect_navigation(wait_until="load"):
        act()


def test_a_whole_audit_in_dutch_in_the_browser(page, db: Path, tmp_path: Path, capsys) -> None:
    from playwright.sync_api import expect

    tab, outside, errors = page
    assert tab.url.endswith("/")  # the secret left the address bar
    # start: platforms as labelled checkboxes, the goal, the language
    # nothing is ticked the first time: the person chooses (LinkedIn is first in the list)
    for name in ("LinkedIn", "Facebook", "Instagram", "X (Twitter)"):
        expect(tab.get_by_label(name, exact=True)).not_to_be_checked()
    tab.get_by_label("LinkedIn", exact=True).check()
    assert tab.get_by_label("Gebalanceerd (aanbevolen)").is_checked()
    _go(tab, tab.get_by_role("button", name="Begin").click)
    # answer by keyboard: the radio, then Enter submits with Volgende
    expect(tab.locator("#progress-text")).to_contain_text("Vraag 1 van")
    first = tab.locator("h1").inner_text()
    tab.get_by_label("Ja", exact=True).focus()
    tab.keyboard.press("Space")
    _go(tab, lambda: tab.keyboard.press("Enter"))
    assert "saved=1" in tab.url
    expect(tab.get_by_role("status")).to_have_text("Je antwoord is bewaard.")
    second = tab.locator("h1").inner_text()
    assert second != first
    # back: the first question again, with the answer given
    _go(tab, tab.get_by_role("button", name="Terug").click)
    expect(tab.locator("h1")).to_have_text(first)
    expect(tab.get_by_label("Ja", exact=True)).to_be_checked()
    _go(tab, tab.get_by_role("button", name="Volgende").click)
    # skip the second
    expect(tab.locator("h1")).to_have_text(second)
    _go(tab, tab.get_by_role("button", name="Overslaan").click)
    third = tab.locator("h1").inner_text()
    assert third not in (first, second)
    # leave, look around, come back and resume
    _go(tab, tab.get_by_role("button", name="Stop voor nu").click)
    expect(tab.get_by_role("status")).to_contain_text("Je antwoorden zijn bewaard")
    _go(tab, tab.get_by_role("link", name="Eerdere controles").click)
    expect(tab.locator("table")).to_contain_text("niet af")
    _go(tab, tab.get_by_role("link", name="Start").first.click)
    _go(tab, tab.get_by_role("link", name="Hervat je controle").click)
    expect(tab.locator("h1")).to_have_text(third)
    # hand over an export
    zipped = write_export(tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip", LinkedIn().files())
    _go(tab, tab.get_by_role("link", name="Data-export toevoegen").click)
    tab.get_by_label("Je export (het zip-bestand dat je van het platform kreeg)").set_input_files(str(zipped))
    _go(tab, tab.get_by_role("button", name="Lees de export in").click)
    expect(tab.get_by_role("status")).to_contain_text("Gelezen: je export van LinkedIn.")
    _go(tab, tab.get_by_role("link", name="Ga verder met je controle").click)
    # the rest: "Weet ik niet" until the end page (each answer waited for, never a count of
    # the buttons on a page that is still loading)
    for _ in range(80):
        if re.search(r"/audit/1/end$", tab.url):
            break
        _go(tab, tab.get_by_role("button", name="Weet ik niet").click)
    assert re.search(r"/audit/1/end$", tab.url), tab.url
    expect(tab.locator("h1")).to_have_text("Je hebt alle vragen gehad")
    # the skipped question was about the About text, which the export settled meanwhile
    assert re.search(r"Je hebt (\d+) van de \1 vragen beantwoord", tab.locator("main").inner_text())
    _go(tab, tab.get_by_role("button", name="Rond af en bekijk je rapport").click)
    assert tab.url.endswith("/audit/1/report")
    expect(tab.get_by_role("link", name="Deel anoniem met je trainer")).to_be_visible()
    # change an answer from the report: back to the report, at that finding
    _go(tab, tab.get_by_role("link", name="Wijzig je antwoord").first.click)
    expect(tab.locator("#progress-text")).to_contain_text("Vraag")
    _go(tab, tab.get_by_role("button", name="Weet ik niet").click)
    assert re.search(r"/audit/1/report#c-[a-z0-9-]+$", tab.url)
    # the terminal sees the same audit
    assert main(["history", "--export", "1", "--db", str(db)]) == 0
    exported = capsys.readouterr().out
    assert "linkedin.profile.photo: 'on'" in exported or "linkedin.profile.photo: on" in exported
    assert "unsure" in exported
    assert outside == [], outside
    assert errors == [], errors
