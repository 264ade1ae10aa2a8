"""A whole audit in Dutch in a real browser (Debian's Chromium), driven like a person would:
labels, buttons by their names, the keyboard. Every request that would leave the machine is
recorded and stopped; the test asserts there were none, and no console errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import browser_path_or_skip
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

        def gate(route: Any) -> None:
            if route.request.url.startswith(base + "/"):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", gate)
        tab = context.new_page()
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(served)
        yield tab, outside, errors
        browser.close()


def test_a_whole_audit_in_dutch_in_the_browser(page, db: Path, tmp_path: Path, capsys) -> None:
    tab, outside, errors = page
    assert tab.url.endswith("/")  # the secret left the address bar
    # start: platforms as labelled checkboxes, the goal, the language
    for name in ("Facebook", "Instagram", "X (Twitter)"):
        tab.get_by_label(name).uncheck()
    assert tab.get_by_label("Gebalanceerd (aanbevolen)").is_checked()
    tab.get_by_role("button", name="Begin").click()
    # answer by keyboard: the radio, then Enter submits with Volgende
    assert "Vraag 1 van" in tab.locator("#progress-text").inner_text()
    first = tab.locator("h1").inner_text()
    tab.get_by_label("Ja", exact=True).focus()
    tab.keyboard.press("Space")
    tab.keyboard.press("Enter")
    tab.wait_for_url(re.compile(r"saved=1"))
    assert tab.get_by_role("status").inner_text() == "Je antwoord is bewaard."
    second = tab.locator("h1").inner_text()
    assert second != first
    # back: the first question again, with the answer given
    tab.get_by_role("button", name="Terug").click()
    assert tab.locator("h1").inner_text() == first
    assert tab.get_by_label("Ja", exact=True).is_checked()
    tab.get_by_role("button", name="Volgende").click()
    # skip the second
    assert tab.locator("h1").inner_text() == second
    tab.get_by_role("button", name="Overslaan").click()
    third = tab.locator("h1").inner_text()
    assert third not in (first, second)
    # leave, look around, come back and resume
    tab.get_by_role("button", name="Stop voor nu").click()
    assert "Je antwoorden zijn bewaard" in tab.get_by_role("status").inner_text()
    tab.get_by_role("link", name="Eerdere controles").click()
    assert "niet af" in tab.locator("table").inner_text()
    tab.get_by_role("link", name="Start").first.click()
    tab.get_by_role("link", name="Hervat je controle").click()
    assert tab.locator("h1").inner_text() == third
    # hand over an export
    zipped = write_export(tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip", LinkedIn().files())
    tab.get_by_role("link", name="Data-export toevoegen").click()
    tab.get_by_label("Je export (het zip-bestand dat je van het platform kreeg)").set_input_files(str(zipped))
    tab.get_by_role("button", name="Lees de export in").click()
    assert "Gelezen: je export van LinkedIn." in tab.get_by_role("status").inner_text()
    tab.get_by_role("link", name="Ga verder met je controle").click()
    tab.wait_for_url(re.compile(r"/audit/1/q/"))  # the question page, before looking for its buttons
    # the rest: "Weet ik niet" until the end
    for _ in range(80):
        if tab.get_by_role("button", name="Weet ik niet").count() == 0:
            break
        with tab.expect_navigation():  # the next page, before looking for its button
            tab.get_by_role("button", name="Weet ik niet").click()
    assert tab.locator("h1").inner_text() == "Je hebt alle vragen gehad", tab.locator("main").inner_text()
    # the skipped question was about the About text, which the export settled meanwhile
    assert re.search(r"Je hebt (\d+) van de \1 vragen beantwoord", tab.locator("main").inner_text())
    tab.get_by_role("button", name="Rond af en bekijk je rapport").click()
    assert tab.url.endswith("/audit/1/report")
    assert tab.get_by_role("link", name="Deel anoniem met je trainer").is_visible()
    # change an answer from the report: back to the report, at that finding
    tab.get_by_role("link", name="Wijzig je antwoord").first.click()
    assert "Vraag" in tab.locator("#progress-text").inner_text()
    tab.get_by_role("button", name="Weet ik niet").click()
    assert re.search(r"/audit/1/report#c-[a-z0-9-]+$", tab.url)
    # the terminal sees the same audit
    assert main(["history", "--export", "1", "--db", str(db)]) == 0
    exported = capsys.readouterr().out
    assert "linkedin.profile.photo: 'on'" in exported or "linkedin.profile.photo: on" in exported
    assert "unsure" in exported
    assert outside == [], outside
    assert errors == [], errors
