"""The conversation core, with no terminal: what each front end (wizard, web page) relies on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor import audit as audits
from auditor.catalogue.loader import Catalogue, load_catalogue
from auditor.collectors.answers import answer_fact
from auditor.facts import Fact
from auditor.goals import goal_choices, parse_goal
from auditor.interview import Interview, unfinished
from auditor.store import Store
from tests.conftest import MINI

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
ADS, NOTE, HEADLINE, PROJECTS = (
    "example.privacy.ads", "example.networking.invitations",
    "example.profile.headline", "example.profile.projects",
)
FREELANCER = "example.profile.is_freelancer"
CONTACTS, NOTE_SHARE = "linkedin.privacy.contact-import", "linkedin.networking.personal-invitations"


def with_condition_question(catalogue_dir: Path) -> None:
    path = catalogue_dir / "example.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(
        "    applies_when: {fact: example.profile.is_freelancer, rule: {equals: true}}\n",
        "    applies_when:\n      fact: example.profile.is_freelancer\n      rule: {equals: true}\n"
        "      question:\n        kind: toggle\n"
        "        text: {en: \"Are you a freelancer?\", nl: \"Ben je zelfstandige?\"}\n"), encoding="utf-8")


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "db.sqlite3") as st:
        yield st


@pytest.fixture(scope="module")
def mini() -> Catalogue:
    return load_catalogue(MINI)


def begin(store: Store, cat: Catalogue, lang: str = "en", **kw: object) -> Interview:
    return Interview.begin(store, cat, ["example"], goal="balanced", lang=lang, now=NOW, **kw)  # type: ignore[arg-type]


def test_questions_come_in_order_with_progress_and_every_answer_is_saved_at_once(store, mini):
    iv = begin(store, mini)
    first = iv.current()
    assert first is not None and (first.check_id, first.position, first.total) == (ADS, 1, 4)
    assert [c.id for c in first.choices] == ["on", "off"]
    assert iv.answer("no").ok
    assert [f.value for f in store.facts(iv.audit.id)] == [False]  # committed before the next question
    assert iv.current().check_id == NOTE  # type: ignore[union-attr]


@pytest.mark.parametrize("reply", ["on", "yes", "ja", "aan", "1", "Ja (aan)", "JA"])
def test_a_toggle_takes_every_habit_for_yes(store, mini, reply):
    iv = begin(store, mini, "nl")
    result = iv.answer(reply)
    assert result.ok and result.value is True


@pytest.mark.parametrize("reply", ["off", "no", "nee", "uit", "2", "0"])
def test_a_toggle_takes_every_habit_for_no(store, mini, reply):
    iv = begin(store, mini, "nl")
    assert iv.answer(reply).value is False


@pytest.mark.parametrize(("reply", "expected"), [("2", "mostly"), ("mostly", "mostly"), ("Meestal", "mostly"),
                                                 ("always", "always"), ("nooit", "never")])
def test_a_choice_takes_its_number_id_or_label(store, mini, reply, expected):
    iv = begin(store, mini, "nl")
    iv.answer("ja")
    assert iv.answer(reply).value == expected


def test_a_wrong_answer_is_refused_in_the_audit_language_and_names_what_was_given(store, mini):
    iv = begin(store, mini, "nl")
    result = iv.answer("misschien")
    assert not result.ok
    assert result.error.startswith("'misschien' past hier niet") and "ja of nee" in result.error
    assert store.facts(iv.audit.id) == []


def test_a_number_is_checked_against_the_questions_range(store, tmp_path, mini_catalogue):
    path = mini_catalogue / "example.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      kind: number\n", "      kind: number\n      maximum: 7\n"), encoding="utf-8")
    cat = load_catalogue(mini_catalogue)
    iv = Interview.begin(store, cat, ["example"], goal="balanced", lang="en", now=NOW)
    iv.go_to(PROJECTS)
    view = iv.current()
    assert view is not None and (view.minimum, view.maximum) == (0, 7)
    result = iv.answer("9")
    assert not result.ok and "from 0 to 7" in result.error and "9" in result.error
    assert iv.answer("7").ok


def test_unsure_is_its_own_action_and_help_holds_the_whole_description(store, mini):
    iv = begin(store, mini)
    view = iv.current()
    assert view is not None and view.why in view.help and "…" not in view.help
    iv.unsure()
    assert [f.value for f in store.facts(iv.audit.id)] == ["unsure"]


def test_a_skip_is_saved_and_a_reopened_interview_continues_after_it(store, mini):
    iv = begin(store, mini)
    iv.answer("off")
    iv.skip()
    again = Interview.open(store, mini, iv.audit.id, now=NOW)
    assert again.current().check_id == HEADLINE  # type: ignore[union-attr]
    assert again.counts() == (1, 1)


def test_back_returns_to_the_previous_question_and_shows_the_answer_given(store, mini):
    iv = begin(store, mini)
    iv.answer("off")
    iv.back()
    view = iv.current()
    assert view is not None and view.check_id == ADS and view.given == "No"
    iv.answer("on")
    assert iv.current().check_id == NOTE  # type: ignore[union-attr]


def test_open_sees_answers_given_meanwhile_by_another_front_end(store, mini):
    terminal = begin(store, mini)
    web = Interview.open(store, mini, terminal.audit.id, now=NOW)
    terminal.answer("off")
    terminal.answer("always")
    reopened = Interview.open(store, mini, terminal.audit.id, now=NOW)
    assert reopened.current().check_id == HEADLINE  # type: ignore[union-attr]
    at = Interview.open(store, mini, web.audit.id, now=NOW, at=ADS).current()
    assert at is not None and at.given == "No"


def test_begin_resumes_the_unfinished_audit_unless_new(store, mini):
    first = begin(store, mini)
    assert unfinished(store, ["example"]) == first.audit
    resumed = begin(store, mini)
    assert resumed.resumed and resumed.audit.id == first.audit.id
    fresh = begin(store, mini, new=True)
    assert fresh.audit.id != first.audit.id and not fresh.resumed


def test_finish_stores_findings_and_nothing_is_left(store, mini):
    iv = begin(store, mini)
    for reply in ("off", "always", "Bridge engineer at Acme", "3"):
        assert iv.answer(reply).ok
    assert iv.done and iv.current() is None
    result = iv.finish()
    assert result.audit.finished and store.findings(iv.audit.id)


def test_goals_have_dutch_names_and_explanations():
    assert [g.name for g in goal_choices("nl")] == ["zichtbaar", "gebalanceerd", "privé"]
    assert all(g.explanation for g in goal_choices("en"))
    assert [parse_goal(x) for x in ("zichtbaar", "gebalanceerd", "privé", "prive", "3", "bal", "x")] == [
        "visible", "balanced", "private", "private", "private", "balanced", None]


# --- applicability: one decision, shared with the engine -----------------------------------

def test_not_sure_to_a_condition_keeps_the_check_open_and_asks_the_condition_next_time(store, mini_catalogue):
    with_condition_question(mini_catalogue)
    cat = load_catalogue(mini_catalogue)
    iv = Interview.begin(store, cat, ["example"], goal="balanced", lang="en", now=NOW)
    for reply in ("off", "always", "Bridge engineer at Acme"):
        iv.answer(reply)
    view = iv.current()
    assert view is not None and view.check_id == FREELANCER and view.is_condition
    assert view.reason == "This decides which of the next checks apply to you."
    iv.unsure()
    assert iv.current().check_id == PROJECTS  # type: ignore[union-attr]  (before: ruled out for good)
    iv.skip()
    iv.finish()
    later = NOW + dt.timedelta(days=30)
    second = Interview.begin(store, cat, ["example"], goal="balanced", lang="en", now=later)
    asked = {q.check_id: q.reason_code for q in second.review + _all(second)}
    assert asked[FREELANCER] == audits.ASK_WAS_UNSURE and PROJECTS in asked


def test_a_no_to_the_condition_rules_the_check_out(store, mini_catalogue):
    with_condition_question(mini_catalogue)
    cat = load_catalogue(mini_catalogue)
    iv = Interview.begin(store, cat, ["example"], goal="balanced", lang="en", now=NOW)
    for reply in ("off", "always", "Bridge engineer at Acme", "no"):
        iv.answer(reply)
    assert iv.done


def _all(iv: Interview) -> list:
    views = []
    while (view := iv.current()) is not None:
        views.append(view)
        iv.skip()
    return views


# --- evidence, in the question's own terms ---------------------------------------------------

def test_evidence_is_offered_for_review_in_the_questions_terms_and_confirming_keeps_its_source(store):
    cat = load_catalogue()
    store.record_import([
        Fact("linkedin.privacy.imported_contacts", 3, "export", NOW),
        Fact("linkedin.networking.personal_note_share", 0.8, "export", NOW)])
    iv = Interview.begin(store, cat, ["linkedin"], goal="balanced", lang="nl", now=NOW)
    assert [v.check_id for v in iv.review] == [CONTACTS, NOTE_SHARE]
    iv.start_review()
    view = iv.current()
    assert view is not None and view.check_id == CONTACTS
    assert view.evidence == ("Je export van 22 november 2026 laat 3 geüploade contacten zien → "
                             "Ja, en de contacten staan er waarschijnlijk nog")
    assert iv.answer("").ok  # Enter keeps it
    view = iv.current()
    assert view is not None and view.evidence.endswith("laat een persoonlijk berichtje bij 80% van je "
                                                        "verstuurde uitnodigingen zien → Meestal")
    fact = next(f for f in store.facts(iv.audit.id) if f.key == "linkedin.privacy.imported_contacts")
    assert (fact.value, fact.source, fact.detail) == ("yes", "answer", "confirmed:export")
    iv.back()
    view = iv.current()
    assert view is not None and view.given == "Ja, en de contacten staan er waarschijnlijk nog"


def test_new_check_label_only_for_checks_the_last_audit_did_not_have(store, mini):
    first = begin(store, mini)
    first.answer("off")
    first.finish()
    second = Interview.begin(store, mini, ["example"], goal="balanced", lang="en", now=NOW + dt.timedelta(days=1))
    reasons = {v.check_id: v.reason_code for v in _all(second)}
    assert audits.ASK_NEW_CHECK not in reasons.values()  # before: every unanswered question was "new"
    assert reasons[NOTE] == audits.ASK_NEW


def test_a_carried_answer_shows_where_it_came_from(store, mini):
    first = begin(store, mini)
    check = mini.find_check(ADS)
    assert check is not None
    store.put_fact(first.audit.id, answer_fact(check, True, observed_at=NOW))
    first.finish()
    second = Interview.begin(store, mini, ["example"], goal="balanced", lang="nl", now=NOW + dt.timedelta(days=1))
    view = second.current()
    assert view is not None and view.check_id == ADS and view.reason_code == audits.ASK_WAS_GAP
    assert view.previous == "Vorige keer (je antwoord): Ja"


def test_every_sentence_of_the_audit_has_both_languages_with_the_same_placeholders():
    import string

    from auditor.strings import BROWSER, CLI, INTERVIEW

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    for section in (CLI, INTERVIEW, BROWSER):
        for key, entry in section.items():
            assert set(entry) == {"en", "nl"}, key
            assert names(entry["en"]) == names(entry["nl"]), key


def test_a_check_whose_id_looks_like_its_fact_is_not_a_condition(store):
    iv = Interview.begin(store, load_catalogue(), ["linkedin"], goal="balanced", lang="en", now=NOW)
    view = iv.current()
    assert view is not None and view.check_id == "linkedin.profile.photo" and not view.is_condition


def test_a_confirmed_export_value_keeps_its_source_in_the_next_audit(store):
    cat = load_catalogue()
    store.record_import([Fact("linkedin.privacy.imported_contacts", 3, "export", NOW)])
    first = Interview.begin(store, cat, ["linkedin"], goal="balanced", lang="nl", now=NOW)
    first.start_review()
    assert first.answer("").ok
    first.finish()
    second = Interview.begin(store, cat, ["linkedin"], goal="balanced", lang="nl", now=NOW + dt.timedelta(days=7))
    view = next(v for v in _all(second) if v.check_id == CONTACTS)
    assert view.reason_code == audits.ASK_WAS_GAP
    assert view.previous == "Vorige keer (export, bevestigd door jou): Ja, en de contacten staan er waarschijnlijk nog"
