"""'Wat je inlevert' names what a person gives up by following the advice, never what they
gain: X's lines as the wizard shows them on '?', in Dutch and in English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.catalogue.loader import load_catalogue
from auditor.frontends.terminal import Wizard
from auditor.interview import Interview
from auditor.store import Store
from tests.test_wizard import ScriptedPrompter

NOW = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)

# what these lines said before: the gain of the advice, or a caveat, in the place of its cost
BENEFITS = ("minder afhankelijk van gokwerk", "less on guesses", "Mensen die jij niet volgt kunnen je niet taggen",
            "People you do not follow cannot tag you", "Mensen zien een regio", "People see a region",
            "Uitzetten stopt alleen toekomstig gebruik", "Switching it off stops future use only")

COSTS = {
    "nl": ("Wat je inlevert: Advertenties en suggesties sluiten misschien minder goed aan bij wat je interesseert.",
           "Wat je inlevert: Collega's, klanten of vrienden die jij niet volgt kunnen je niet meer taggen in hun "
           "foto's.",
           "Wat je inlevert: Een recruiter of nieuw contact die jij niet volgt (of die niet geverifieerd is) kan geen "
           "chat met je beginnen; die moet je op een andere manier bereiken.",
           "Wat je inlevert: Niets dat je merkt: Grok blijft gewoon voor je werken."),
    "en": ("What you give up: Ads and suggestions may match your interests less well.",
           "What you give up: Colleagues, clients or friends you do not follow can no longer tag you in their photos.",
           "What you give up: Nothing you notice on X; your join date and username changes stay visible either way."),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_what_you_give_up_on_x_is_a_cost(tmp_path: Path, lang: str) -> None:
    prompter = ScriptedPrompter(["?", "s"] * 40)  # every question's help, then past it
    with Store(tmp_path / "db.sqlite3") as st:
        interview = Interview.begin(st, load_catalogue(), ["x"], goal="balanced", lang=lang, now=NOW)
        Wizard(prompter, interview).run()
    screen = " ".join(prompter.screen.split())  # as read, whatever the wrapping
    for sentence in COSTS[lang]:
        assert sentence in screen, sentence
    for benefit in BENEFITS:
        assert benefit not in screen, benefit
