"""The catalogue's probes are usable by the browser collector (no browser needed).

A checklist author who writes ``role: switch, read: selected-option`` or forgets
``options`` learns it here, not from an audit that silently reads nothing.
"""

from __future__ import annotations

import html

import pytest
from browser_fixtures import catalogue_cases, example_probe, pages_for, states_for

from auditor.catalogue.loader import load_catalogue
from auditor.catalogue.model import Probe, Text
from auditor.collectors.browser import public_keys_for
from auditor.collectors.browser.probes import names_in_order, probe_problem

CASES = catalogue_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.check_id for c in CASES])
def test_every_catalogue_probe_is_readable(case) -> None:  # type: ignore[no-untyped-def]
    assert probe_problem(case.probe) is None
    assert case.probe.url.startswith("https://")
    pages = pages_for(case, all_variants=True)
    assert {p.lang for p in pages} == {"en", "nl"}
    assert {p.state for p in pages} == {state for state, _ in states_for(case.probe)}
    for page in pages:
        assert html.escape(case.probe.name.get(page.lang), quote=True) in page.html


def test_probe_problems_are_named() -> None:
    bad = Probe(url="https://x.com/s", role="switch", name=Text(en="A", nl="B"), read="selected-option")
    assert "needs a role among combobox, radiogroup" in (probe_problem(bad) or "")
    no_options = Probe(url="https://x.com/s", role="radiogroup", name=Text(en="A", nl="B"), read="selected-option")
    assert "needs 'options'" in (probe_problem(no_options) or "")


def test_names_in_preferred_language_first_and_once() -> None:
    probe = example_probe("switch")
    assert [lang for lang, _ in names_in_order(probe, ("nl", "en"))] == ["nl", "en"]
    same = Probe(url="https://x.com/s", role="switch", name=Text(en="Same", nl="same"))
    assert names_in_order(same, ("nl",)) == [("nl", "same")]


def test_public_view_keys_come_from_the_profile_checks() -> None:
    catalogue = load_catalogue()
    linkedin = public_keys_for(catalogue.platform("linkedin").checks, "linkedin")
    assert linkedin.photo == catalogue.find_check("linkedin.profile.photo").fact  # type: ignore[union-attr]
    assert linkedin.headline == catalogue.find_check("linkedin.profile.headline").fact  # type: ignore[union-attr]
    assert linkedin.custom_url == catalogue.find_check("linkedin.profile.custom-url").fact  # type: ignore[union-attr]
    if "x" in catalogue.checklists:
        x = public_keys_for(catalogue.platform("x").checks, "x")
        assert x.photo is not None
    if "facebook" in catalogue.checklists:
        assert public_keys_for(catalogue.platform("facebook").checks, "facebook").custom_url is not None
