"""What an export shows, put to the questions: answers whose words claim no more than it shows.

A count or share becomes a choice only when that choice says no more than the export does;
otherwise the question stays open, asked with what the export shows and no answer filled in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import DEFAULT_INVITATION_EN, LinkedIn, X, linkedin_name, write_export

from auditor.catalogue.loader import Catalogue, load_catalogue
from auditor.collectors.answers import as_answer, leaves_open
from auditor.collectors.exports import ExportResult, read_export
from auditor.engine import evaluate_checklist
from auditor.facts import best_facts
from auditor.interview import Interview
from auditor.store import Store

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
NOTE_SHARE = "linkedin.networking.personal-invitations"


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


def sent(personal: int, total: int) -> list[tuple[str, str]]:
    return ([("OUTGOING", f"Hi Person {i}, we met at the meetup in Utrecht.") for i in range(personal)]
            + [("OUTGOING", DEFAULT_INVITATION_EN)] * (total - personal))


def linkedin(tmp_path: Path, export: LinkedIn) -> ExportResult:
    return read_export(write_export(tmp_path / linkedin_name(), export.files()),
                       default_invitation_texts=[DEFAULT_INVITATION_EN])


def test_three_personal_notes_in_forty_invitations_are_rarely_not_never(
        tmp_path: Path, cat: Catalogue) -> None:
    result = linkedin(tmp_path, LinkedIn(invitations=sent(3, 40)))
    share = next(f for f in result.facts if f.key == "linkedin.networking.personal_note_share")
    assert share.value == 0.075
    check = cat.find_check(NOTE_SHARE)
    assert check is not None
    assert as_answer(check, share.value) == "rarely"


@pytest.mark.parametrize(("share", "answer"), [
    (1.0, "always"), (0.0, "never"), (0.9, "mostly"), (0.5, "rarely"), (0.01, "rarely"),
    (0.75, None),  # "mostly" would pass the check, 75% does not: no choice fits
])
def test_a_share_says_always_or_never_only_when_it_is_all_or_none(
        cat: Catalogue, share: float, answer: str | None) -> None:
    check = cat.find_check(NOTE_SHARE)
    assert check is not None
    assert as_answer(check, share) == answer
    assert leaves_open(check, share) is (answer is None)


@pytest.mark.parametrize(("check_id", "count", "answer"), [
    ("x.privacy.contact-sync", 18, None),  # synced, or uploaded and sync off: no archive says
    ("x.privacy.contact-sync", 0, None),  # a bare 0 is no choice; the X reader says "none"
    ("facebook.privacy.contact-upload", 3, "some"),
    ("facebook.privacy.contact-upload", 0, "never"),
    ("linkedin.privacy.contact-import", 5, "yes"),
    ("linkedin.privacy.contact-import", 0, None),  # never imported, or all removed
])
def test_a_count_is_a_choice_only_when_one_choice_alone_fits(
        cat: Catalogue, check_id: str, count: int, answer: str | None) -> None:
    check = cat.find_check(check_id)
    assert check is not None
    assert as_answer(check, count) == answer


def test_open_evidence_is_asked_in_its_place_with_the_fact_shown_and_nothing_filled_in(
        tmp_path: Path, cat: Catalogue) -> None:
    x = read_export(write_export(tmp_path / "twitter.zip", X(contacts=18).files()))
    li = linkedin(tmp_path, LinkedIn(rich_media=None, rich_media_pointers=1, documents=1,
                                     invitations=sent(3, 40)))
    with Store(tmp_path / "db.sqlite3") as store:
        for result in (x, li):
            store.record_import(result.facts)
        for lang, shows, cv in (
            ("en", "Your export of 15 January 2026 shows 18 contacts that X keeps. It does not "
                   "say which answer fits: choose it yourself.",
             "shows at least one document (PDF) among your profile's media, which may be your CV."),
            ("nl", "Je export van 15 januari 2026 laat dit zien: 18 contacten die X bewaart. Welk "
                   "antwoord klopt, zegt die niet: kies het zelf.",
             "laat dit zien: minstens één document (pdf) bij de media van je profiel, dat je cv kan zijn."),
        ):
            iv = Interview.begin(store, cat, ["x", "linkedin"], goal="balanced", lang=lang, now=NOW)
            reviewed = [v.check_id for v in iv.review]
            assert NOTE_SHARE in reviewed  # "rarely" is what the export shows: offered to confirm
            assert "x.privacy.contact-sync" not in reviewed
            asked = {}
            while (view := iv.current()) is not None:
                asked[view.check_id] = view
                iv.skip()
            sync = asked["x.privacy.contact-sync"]
            assert sync.evidence == shows and sync.default is None
            assert cv in asked["linkedin.profile.no-cv-upload"].evidence
            assert asked["linkedin.profile.no-cv-upload"].default is None
            iv.finish()

        facts = best_facts(store.evidence(["x", "linkedin"]))
    x_finding = next(f for f in evaluate_checklist(cat.platform("x"), facts, "balanced").findings
                     if f.check_id == "x.privacy.contact-sync")
    assert x_finding.status == "gap"  # X keeps contacts: that much is certain
    cv = next(f for f in evaluate_checklist(cat.platform("linkedin"), facts, "balanced").findings
              if f.check_id == "linkedin.profile.no-cv-upload")
    assert (cv.status, cv.reason) == ("unknown", "not-settled")


def test_a_short_about_text_with_a_link_is_not_called_an_informative_text_without_one(
        tmp_path: Path, cat: Catalogue) -> None:
    """A text that fails the check fails it as "no link" and as "a line or two": choosing one
    would claim what the text does not show; a text that passes has one choice only."""
    check = cat.find_check("linkedin.profile.about")
    assert check is not None
    result = linkedin(tmp_path, LinkedIn())
    about = next(f for f in result.facts if f.key == "linkedin.profile.about")
    assert "https://example.test" in str(about.value)
    assert as_answer(check, about.value) is None
    long = " ".join(["word"] * 40) + " https://example.test"
    assert as_answer(check, long) == "with-link"
