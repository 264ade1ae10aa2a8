"""A whole Dutch audit in a real browser (Debian's Chromium) with an export added halfway:
the question counter never jumps backwards except on "Terug", and the report agrees with
the export (the newer one wins). Waits for pages, never for time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from exportgen import LinkedIn, linkedin_name, write_export
from test_web_browser import _go, page, served  # noqa: F401  (the fixtures)

pytestmark = pytest.mark.browser

COMPLETENESS = "Hoeveel van deze 7 onderdelen heeft je profiel (0-7)?"
HEADLINE = "Wat is je kopregel (de regel onder je naam)?"


def _counter(tab) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    found = re.search(r"Vraag (\d+) van (\d+)", tab.locator("#progress-text").inner_text())
    assert found, tab.url
    return int(found.group(1)), int(found.group(2))


def test_a_dutch_audit_with_an_export_halfway(page, tmp_path: Path) -> None:  # noqa: F811
    from playwright.sync_api import expect

    tab, outside, errors = page
    tab.get_by_label("LinkedIn", exact=True).check()
    _go(tab, tab.get_by_role("button", name="Begin").click)
    expect(tab.locator("#progress-text")).to_contain_text("Vraag 1 van")
    seen: list[tuple[int, int]] = []
    exported = went_back = False
    for _ in range(120):
        if "/q/" not in tab.url:
            break
        now = _counter(tab)
        if seen:
            assert now[0] > seen[-1][0], (seen[-1], now)  # forward: never backwards, never the same
        seen.append(now)
        question = tab.locator("h1").inner_text()
        if question == COMPLETENESS:
            tab.locator("#answer-field").fill("6")
            _go(tab, tab.get_by_role("button", name="Volgende").click)
        elif question == HEADLINE:
            tab.locator("#answer-field").fill("Adviseur")
            _go(tab, tab.get_by_role("button", name="Volgende").click)
        elif now[0] == 8 and not went_back:  # "Terug": the one way back, to the question before
            went_back = True
            _go(tab, tab.get_by_role("button", name="Terug").click)
            back = _counter(tab)
            assert back[0] < now[0]
            seen.append(back)
            _go(tab, tab.get_by_role("button", name="Weet ik niet").click)
            continue
        elif now[0] >= 10 and not exported:  # halfway: the export
            exported = True
            zipped = write_export(tmp_path / linkedin_name(), LinkedIn(connections=60).files())
            _go(tab, tab.get_by_role("link", name="Data-export toevoegen").click)
            tab.get_by_label("Je export (het zip-bestand dat je van het platform kreeg)").set_input_files(str(zipped))
            _go(tab, tab.get_by_role("button", name="Lees de export in").click)
            status = tab.get_by_role("status")
            expect(status).to_contain_text("Gelezen: je export van LinkedIn.")
            expect(status).to_contain_text("zegt je export iets anders dan je eerder antwoordde")
            _go(tab, tab.get_by_role("link", name="Ga verder met je controle").click)
            again = _counter(tab)
            assert again[0] >= now[0] and again[1] == now[1], (now, again)  # the same question, or later
            seen[-1] = (again[0] - 1, again[1]) if again[0] > now[0] else (now[0] - 1, now[1])
            continue
        else:
            _go(tab, tab.get_by_role("button", name="Weet ik niet").click)
    assert exported and went_back and tab.url.endswith("/end"), tab.url
    expect(tab.locator("main")).to_contain_text("zegt je export iets anders dan je eerder antwoordde")
    _go(tab, tab.get_by_role("button", name="Rond af en bekijk je rapport").click)
    report = tab.locator("main").inner_text()
    assert "Wijzig je antwoord" in report  # the report, with its findings
    assert "Vul de zeven onderdelen van een compleet profiel aan" not in report
    assert "Herschrijf je kopregel zodat hij zegt wat je doet" not in report
    assert outside == [], outside
    assert errors == [], errors
