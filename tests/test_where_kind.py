"""A check whose link opens a page that is no setting (your profile, your messages, your
invitations) is never called "the setting": the wizard, the question page and the report
(HTML, and the PDF, which prints that HTML) say "the page" and "where you do this"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_support import answer, site, start, visitor

from auditor.catalogue.loader import load_catalogue
from tests.conftest import MINI
from tests.test_wizard import drive


@pytest.fixture
def run_cli_here(run):
    return run


def _text(html: str) -> str:
    """The words as read, without the quiet "≈" beside an unconfirmed screen word."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("≈", " ").split())


def test_the_wizard_says_where_you_do_it_for_a_page(tmp_path: Path) -> None:
    from auditor.store import Store

    with Store(tmp_path / "db.sqlite3") as st:
        _, _, p = drive(st, load_catalogue(MINI), ["off", "q"], lang="nl")
    screen = p.screen
    assert "  Waar: Instellingen › Advertenties" in screen  # a setting stays a setting
    assert "  Waar je dit doet: Mijn netwerk › Uitnodigingen" in screen
    assert "Waar: Mijn netwerk" not in screen


def test_the_question_page_offers_the_page_not_a_setting(db: Path) -> None:
    app, secret = site(db)
    client = visitor(app, secret)
    q1 = start(client, secret)
    assert "Waar je het vindt" in q1.text and "Open deze instelling op Example Network" in q1.text
    q2 = answer(client, secret, q1.text, value="off")
    text = _text(q2.text)
    assert "Hoe vaak voeg je een notitie toe?" in text
    assert "Waar je dit doet Mijn netwerk › Uitnodigingen" in text
    assert "Open deze pagina op Example Network" in text
    assert "instelling" not in text.casefold(), text


def test_the_report_says_open_the_page(run_cli_here, tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: on\n  example.networking.invitations: never\n")
    common = ["--db", tmp_path / "db.sqlite3", "--checklists", MINI]
    assert run_cli_here("audit", "--answers", answers, "--lang", "nl", *common).code == 0
    out = tmp_path / "r.html"
    assert run_cli_here("report", "--out", out, *common).code == 0
    text = _text(out.read_text(encoding="utf-8"))
    assert "Waar je dit doet: Mijn netwerk › Uitnodigingen — Open de pagina" in text, text
    assert "Waar: Instellingen › Advertenties — Open de instelling" in text  # the setting is still one
    assert "Mijn netwerk › Uitnodigingen — Open de instelling" not in text
    english = tmp_path / "r-en.html"
    assert run_cli_here("report", "--out", english, "--lang", "en", *common).code == 0
    text = _text(english.read_text(encoding="utf-8"))
    assert "Where you do this: My network › Invitations — Open the page" in text


def test_the_checklist_listing_says_where_you_do_it(run_cli_here) -> None:
    out = run_cli_here("checklists", "show", "linkedin", "--lang", "nl").out
    assert "  waar je dit doet: Berichten  https://www.linkedin.com/messaging/" in out, out[:3000]
    assert "  waar: Berichten" not in out


def test_the_catalogue_marks_pages_that_are_no_setting() -> None:
    cat = load_catalogue()
    kinds = {c.id: c.where.kind for cl in cat.checklists.values() for c in cl.checks}
    assert kinds["linkedin.networking.first-message-length"] == "page"  # "Waar: Berichten"
    assert kinds["linkedin.profile.headline"] == "page"  # your profile is no settings screen
    assert kinds["linkedin.privacy.connections-visibility"] == "setting"
    assert kinds["x.privacy.protected-posts"] == "setting"


def test_a_wrong_kind_is_refused_with_its_place(tmp_path: Path, run_cli_here) -> None:
    broken = tmp_path / "example.yaml"
    text = (MINI / "example.yaml").read_text(encoding="utf-8").replace("      kind: page\n", "      kind: screen\n")
    broken.write_text(text, encoding="utf-8")
    result = run_cli_here("checklists", "validate", broken, "--lang", "en")
    assert result.code == 2
    assert "example.yaml:69: checks[1] (example.networking.invitations).where.kind: 'screen' is not one of setting, page" in result.err
