"""Screen words in the language of the person's platform screen, the tool's words in the tool's.

A small catalogue of its own (``fixtures/catalogues/screens``) names its screen words as
``{ui.NAME}`` and ``{path}``; one check's Dutch words are not confirmed, one question offers the
screen's own options, one counts with a unit. The same audit is shown in the four
combinations of tool language and platform language, through every front end and renderer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest

from auditor import audit as audits
from auditor import labels
from auditor.catalogue.loader import load_catalogue
from auditor.collectors.answers import answer_fact, interpret
from auditor.frontends.terminal import Wizard
from auditor.interview import Interview
from auditor.report.html import render as render_html
from auditor.report.text import render_view
from auditor.report.view import build
from auditor.store import MIGRATIONS, SCHEMA, SCHEMA_VERSION, Store
from tests.conftest import FIXTURES

SCREENS = FIXTURES / "catalogues" / "screens"
ADS, VIEWING, SECTIONS = "example.privacy.ads", "example.privacy.viewing", "example.profile.sections"
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
NOTE_NL = "≈ onze woorden: op je scherm kan het iets anders heten."
NOTE_EN = "≈ our wording: your screen may word it slightly differently."


@pytest.fixture(scope="module")
def cat():
    return load_catalogue(SCREENS)


class Prompter:
    def __init__(self, replies: list[str]):
        self.replies, self.lines = list(replies), []

    def say(self, text: str = "") -> None:
        self.lines.append(text)

    def ask(self, prompt: str) -> str | None:
        self.lines.append(prompt)
        return self.replies.pop(0) if self.replies else None


def finished(store: Store, cat, lang: str, plang: str | None, values: dict[str, object]):
    screens = {"example": plang} if plang else None
    row = audits.start(store, cat, ["example"], "balanced", lang, NOW, screens)
    for check_id, value in values.items():
        check = cat.find_check(check_id)
        store.put_fact(row.id, answer_fact(check, value, observed_at=NOW, detail="wizard"))
    return audits.finish(store, cat, row, NOW)


# --- the one substitution ---------------------------------------------------------------------

def test_fill_puts_the_platforms_words_in_the_tools_sentence_quoted_and_marked_where_unconfirmed(cat):
    check = cat.find_check(ADS)
    screen = labels.Screen.of(check)
    text = check.fix.web.get("nl")
    assert labels.fill(text, screen, "en", "nl") == (
        "Open Me › Settings & Privacy › Advertising data, zet “Ads off Example” uit en kies “Save”.")
    assert labels.fill(text, screen, "nl", "nl") == (
        "Open Ik › Instellingen en privacy › Advertentiegegevens\u00a0≈, zet “Advertenties buiten Example”\u00a0≈ "
        "uit en kies “Opslaan”\u00a0≈.")
    assert labels.fill(check.fix.web.get("en"), screen, "nl", "en").startswith(
        "Open Ik › Instellingen en privacy › Advertentiegegevens\u00a0≈, switch “Advertenties buiten Example”")
    html = labels.to_html(labels.fill(text, screen, "nl", "nl"), labels.originals(screen, "nl"), "nl", "nl")
    assert '“Advertenties buiten Example”\u00a0<span class="approx" title="Op een Engels scherm: Ads off ' \
           'Example">≈</span>' in html
    assert 'title="Op een Engels scherm: Me › Settings &amp; Privacy › Advertising data">≈' in html


def test_quotes_a_writer_put_around_a_placeholder_are_not_doubled() -> None:
    screen = labels.Screen(path={"en": "Settings", "nl": "Instellingen"}, ui={"x": {"en": "Go", "nl": "Ga"}},
                           labels={"en": "confirmed", "nl": "confirmed"})
    assert labels.fill('Kies "{ui.x}" of ‘{ui.x}’.', screen, "nl", "nl") == "Kies “Ga” of “Ga”."
    assert labels.fill("Open {path}.", screen, "en", "nl") == "Open Settings."


# --- the interview: every view in the four combinations ---------------------------------------

@pytest.mark.parametrize(("lang", "plang"), [("nl", "nl"), ("nl", "en"), ("en", "nl"), ("en", "en")])
def test_every_question_in_the_four_combinations(tmp_path: Path, cat, lang: str, plang: str) -> None:
    with Store(tmp_path / "db.sqlite3") as st:
        iv = Interview.begin(st, cat, ["example"], goal="balanced", lang=lang, now=NOW,
                             platform_langs={"example": plang})
        views = []
        while (view := iv.current()) is not None:
            views.append(view)
            iv.skip()
    ads, viewing, sections = views
    setting = {"en": "“Ads off Example”", "nl": "“Advertenties buiten Example”\u00a0≈"}[plang]
    assert ads.question == {"nl": f"Staat {setting} aan?", "en": f"Is {setting} on?"}[lang]
    assert ads.where_path.startswith({"en": "Me › Settings", "nl": "Ik › Instellingen"}[plang])
    assert [c.label for c in ads.choices] == ({"nl": ["Ja", "Nee"], "en": ["Yes", "No"]}[lang])  # our words
    assert [c.label for c in viewing.choices] == {  # the screen's own options
        "en": ["Your name and headline", "Private mode"], "nl": ["Je naam en kopregel", "Privémodus"]}[plang]
    assert "{" not in "".join(v.question + v.help + v.title + v.why for v in views)
    note = {"nl": NOTE_NL, "en": NOTE_EN}[lang]
    assert ads.mark_note == (note if plang == "nl" else "")  # only Dutch is unconfirmed for this check
    assert viewing.mark_note == sections.mark_note == ""
    assert all(v.platform_lang == plang for v in views)


def test_a_choice_is_taken_by_what_the_person_sees_in_either_language(cat) -> None:
    check = cat.find_check(VIEWING)
    for typed in ("privémodus", "Privemodus", "private mode", "PRIVATE MODE", "“Privémodus”", "2"):
        assert interpret(check, typed, "nl", labels=True) == "private-mode", typed
    assert interpret(check, "je naam en kopregel", "en", labels=True) == "name"


def test_the_wizard_shows_english_screen_words_in_dutch_sentences_and_takes_the_dutch_ones(tmp_path, cat) -> None:
    with Store(tmp_path / "db.sqlite3") as st:
        iv = Interview.begin(st, cat, ["example"], goal="balanced", lang="nl", now=NOW,
                             platform_langs={"example": "en"})
        p = Prompter(["nee", "privémodus", "5"])
        outcome = Wizard(p, iv).run()
        assert outcome.answered == 3 and not outcome.quit
        screen = "\n".join(p.lines)
        assert "Staat “Ads off Example” aan?" in screen
        assert "  Waar: Me › Settings & Privacy › Advertising data" in screen
        assert "  2) Private mode" in screen
        assert "≈" not in screen  # the English words of these checks are confirmed
        facts = {f.key: f.value for f in st.facts(iv.audit.id)}
        assert facts["example.privacy.viewing"] == "private-mode" and facts["example.profile.sections"] == 5


def test_the_mark_is_explained_once_per_wizard_run(tmp_path, cat) -> None:
    with Store(tmp_path / "db.sqlite3") as st:
        iv = Interview.begin(st, cat, ["example"], goal="balanced", lang="nl", now=NOW,
                             platform_langs={"example": "nl"})
        p = Prompter(["t", "?", "nee", "s", "s"])
        Wizard(p, iv).run()
    assert sum(NOTE_NL in line for line in p.lines) == 1
    assert any("Advertenties buiten Example”\u00a0≈" in line for line in p.lines)


# --- the report: evidence in words, the mark once ---------------------------------------------

def test_evidence_says_the_chosen_option_in_the_screens_language_and_a_count_with_its_unit(tmp_path, cat) -> None:
    with Store(tmp_path / "db.sqlite3") as st:
        result = finished(st, cat, "nl", "en", {ADS: True, VIEWING: "name", SECTIONS: 5})
    view = build(result, generated_at=NOW)
    by_id = {f.check: f for f in view.sections["gaps"]}
    assert by_id[VIEWING].evidence_text == ["je antwoord van 22 november 2026: “Your name and headline”"]
    assert by_id[SECTIONS].evidence_text == ["je antwoord van 22 november 2026: 5 van de 7 onderdelen"]
    assert by_id[ADS].action == "Zet “Ads off Example” uit"
    assert by_id[VIEWING].fix["web"] == "Kies onder “Profile viewing options” voor “Private mode”."
    assert view.mark_note == "" and "≈" not in render_html(view)
    english = build(result, lang="en", generated_at=NOW)
    assert {f.check: f for f in english.sections["gaps"]}[SECTIONS].evidence_text == [
        "your answer of 22 November 2026: 5 of the 7 sections"]


def test_the_report_explains_the_mark_once_and_puts_the_original_in_a_tooltip(tmp_path, cat) -> None:
    with Store(tmp_path / "db.sqlite3") as st:
        result = finished(st, cat, "nl", "nl", {ADS: True, VIEWING: "name", SECTIONS: 5})
    view = build(result, generated_at=NOW)
    html = render_html(view)
    assert html.count(NOTE_NL) == 1
    assert "De precieze tekst van het platform is hier niet bevestigd" not in html
    assert 'title="Op een Engels scherm: Ads off Example">≈</span>' in html
    text = render_view(view)
    assert text.count(NOTE_NL) == 1 and "“Advertenties buiten Example”\u00a0≈" in text
    # the same audit, read with English screens: nothing to mark
    english_screens = build(result, generated_at=NOW, platform_lang="en")
    assert english_screens.mark_note == "" and "Zet “Ads off Example” uit" in render_html(english_screens)


# --- stored with the audit ---------------------------------------------------------------------

def test_the_platform_language_is_stored_and_a_new_audit_keeps_it(tmp_path, cat) -> None:
    with Store(tmp_path / "db.sqlite3") as st:
        first = finished(st, cat, "nl", "en", {})
        assert first.audit.platform_langs == {"example": "en"}
        second = audits.start(st, cat, ["example"], "balanced", "nl", NOW)
        assert second.platform_langs == {"example": "en"}  # a re-audit names the same screen words
        iv = Interview.begin(st, cat, ["example"], goal="balanced", lang="nl", now=NOW,
                             platform_langs={"example": "nl"})  # said again on resuming: replaced
        assert iv.audit.id == second.id and st.audit(second.id).platform_langs == {"example": "nl"}


def test_a_store_of_the_previous_version_gains_the_column_and_keeps_its_audits(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in [*SCHEMA.split(";"), *MIGRATIONS[2]]:
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA application_id = 1096107092")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO audits (started_at, goal, lang, platforms, catalogue) VALUES "
                 "('2026-01-01T00:00:00+00:00', 'balanced', 'nl', '[\"example\"]', '{}')")
    conn.commit()
    conn.close()
    with Store(path) as st:
        row = st.audit(1)
        assert row is not None and row.platform_langs == {} and row.platform_lang("example") == "nl"
        assert st.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


# --- the command line: --platform-lang, answers files, export and back --------------------------

def test_platform_lang_in_an_answers_file_a_mapping_or_one_for_all(tmp_path: Path, run) -> None:
    db = tmp_path / "db.sqlite3"
    answers = tmp_path / "a.yaml"
    answers.write_text("goal: balanced\nlang: nl\nplatform_lang: {example: en}\n"
                       "answers:\n  example.privacy.viewing: privémodus\n  example.profile.sections: 5\n")
    result = run("audit", "--answers", answers, "--db", db, "--checklists", SCREENS)
    assert result.code == 0, result.err
    with Store(db) as st:
        assert st.audit(1).platform_langs == {"example": "en"}
    exported = run("history", "--export", "1", "--db", db, "--checklists", SCREENS)
    assert "platform_lang:\n  example: en\n" in exported.out
    again = tmp_path / "again.yaml"
    again.write_text(exported.out)
    assert run("audit", "--answers", again, "--new", "--db", db, "--checklists", SCREENS).code == 0
    with Store(db) as st:
        assert st.audit(2).platform_langs == {"example": "en"}
    answers.write_text("platform_lang: nl\nanswers: {example.profile.sections: 7}\n")
    assert run("audit", "--answers", answers, "--new", "--db", db, "--checklists", SCREENS).code == 0
    with Store(db) as st:
        assert st.audit(3).platform_langs == {"example": "nl"}


@pytest.mark.parametrize(("text", "message"), [
    ("platform_lang: de\nanswers: {}\n", ":1: platform_lang 'de' is not one of en, nl"),
    ("goal: balanced\nplatform_lang:\n  exampel: en\nanswers: {}\n",
     ":3: platform_lang names 'exampel', which is not a platform (known: example)"),
    ("platform_lang: {example: fr}\nanswers: {}\n", ":1: platform_lang 'fr' is not one of en, nl"),
    ("platform_lang: [en]\nanswers: {}\n", ":1: platform_lang '['en']' is not one of en, nl"),
])
def test_a_bad_platform_lang_is_named_with_its_line_and_exit_2(tmp_path: Path, run, text: str, message: str) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(text)
    result = run("audit", "--answers", answers, "--db", tmp_path / "db.sqlite3", "--checklists", SCREENS)
    assert result.code == 2 and "Traceback" not in result.err
    assert f"{answers}{message}" in result.err, result.err
    assert not (tmp_path / "db.sqlite3").exists() or Store(tmp_path / "db.sqlite3").audits() == []


def test_report_platform_lang_names_the_screen_words_in_that_language(tmp_path: Path, run) -> None:
    db = tmp_path / "db.sqlite3"
    answers = tmp_path / "a.yaml"
    answers.write_text("goal: balanced\nlang: nl\nanswers:\n  example.privacy.ads: aan\n")
    assert run("audit", "--answers", answers, "--db", db, "--checklists", SCREENS).code == 0
    dutch = run("report", "--format", "json", "--out", "-", "--db", db, "--checklists", SCREENS)
    english = run("report", "--format", "json", "--out", "-", "--platform-lang", "en", "--db", db,
                  "--checklists", SCREENS)
    finding = {p["id"]: p for p in json.loads(dutch.out)["platforms"]}["example"]
    assert finding["platform_lang"] == "nl"
    ads = next(f for f in finding["findings"] if f["check"] == ADS)
    assert ads["action"] == "Zet “Advertenties buiten Example”\u00a0≈ uit" and ads["labels_unconfirmed"]
    ads_en = next(f for p in json.loads(english.out)["platforms"] for f in p["findings"] if f["check"] == ADS)
    assert ads_en["action"] == "Zet “Ads off Example” uit" and ads_en["path"].startswith("Me › Settings")
    assert not ads_en["labels_unconfirmed"]


def test_the_wizard_asks_each_platforms_language_once_at_the_start(tmp_path: Path, run, monkeypatch) -> None:
    from tests.test_cli_nl import Typist

    monkeypatch.setattr("builtins.input", Typist(["", "2", "nee", "privémodus", "5"]))
    monkeypatch.setattr("auditor.commands.audit.stdin_is_terminal", lambda: True)
    result = run("audit", "--lang", "nl", "--db", tmp_path / "db.sqlite3", "--checklists", SCREENS)
    assert result.code == 0, result.err
    assert result.out.count("In welke taal gebruik je Example Network?") == 1
    assert "Staat “Ads off Example” aan?" in result.out
    with Store(tmp_path / "db.sqlite3") as st:
        assert st.audit(1).platform_langs == {"example": "en"}


ENGLISH_SCREEN_WORDS = re.compile(r"\b(Me|Settings|Settings & Privacy|Advertising|Ads off|Save|Visibility|Profile viewing|"
                                  r"Private mode|View profile|Edit profile|Your name)\b")


def test_a_dutch_wizard_run_with_dutch_screens_names_no_english_screen_word(tmp_path: Path, run, monkeypatch) -> None:
    from tests.test_cli_nl import Typist

    monkeypatch.setattr("builtins.input", Typist(["", "?", "ja", "?", "2", "3"]))
    monkeypatch.setattr("auditor.commands.audit.stdin_is_terminal", lambda: True)
    result = run("audit", "--lang", "nl", "--platform-lang", "nl", "--db", tmp_path / "db.sqlite3",
                 "--checklists", SCREENS)
    assert result.code == 0, result.err
    assert "In welke taal" not in result.out  # the command said it
    assert "Advertenties buiten Example" in result.out and "Privémodus" in result.out
    shown = [line for line in result.out.splitlines() if "Example Network" not in line]
    assert [line for line in shown if ENGLISH_SCREEN_WORDS.search(line)] == []
    questions, summary = result.out.split("Privacy- en profielcontrole #1")
    assert questions.count(NOTE_NL) == 1 and summary.count(NOTE_NL) == 1  # once per document


def test_checklists_show_counts_the_unconfirmed_share_and_fills_the_titles(run) -> None:
    result = run("checklists", "show", "example", "--checklists", SCREENS, "--lang", "nl")
    assert result.code == 0, result.err
    assert "  schermwoorden niet bevestigd: en 0 van 3, nl 1 van 3 actieve controles" in result.out
    assert "“Advertenties buiten Example”\u00a0≈ staat uit" in result.out and "{ui." not in result.out
