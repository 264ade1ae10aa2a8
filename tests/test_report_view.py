"""The report's view model: redaction, and which finding goes in which section."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from auditor.audit import AuditResult
from auditor.catalogue.loader import Catalogue, load_catalogue
from auditor.diff import diff
from auditor.engine import Acceptance, Finding, evaluate_checklist, tally
from auditor.facts import Fact
from auditor.report.view import ReportView, build, redact, strings
from auditor.store import AuditRow
from tests.conftest import MINI

WHEN = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
FACTS = {
    "ads": "example.setting.ads",
    "note": "example.networking.note",
    "headline": "example.profile.headline",
    "projects": "example.profile.projects",
    "freelancer": "example.profile.is_freelancer",
}

# --- redact --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "jan@example.com",
    "Jan.de.Vries+linkedin@mail.example.co.uk",
    "x_y-z@sub-domain.example.nl",
])
def test_redact_hides_email_addresses(text: str) -> None:
    assert redact(f"write to {text}, thanks") == "write to [e-mail hidden], thanks"


@pytest.mark.parametrize("text", [
    "+31 6 1234 5678",
    "+31612345678",
    "06-12345678",
    "0612345678",
    "(020) 123 4567",
    "020-1234567",
    "+31 (0)20 123 45 67",
    "+1 (555) 123-4567",
    "+44 20 7946 0958",
    "06.12.34.56.78",
])
def test_redact_hides_phone_numbers(text: str) -> None:
    assert redact(f"call {text} now") == "call [phone hidden] now"


@pytest.mark.parametrize("text", [
    "2026-11-22",
    "22-11-2026",
    "2026.01.01",
    "22/11/2026",
    "seen 2026-11-22T10:00:00+00:00",
    "https://www.linkedin.com/in/jan-12345678",
    "https://example.invalid/settings/2026-11-22/12345678",
    "Connections.csv, 30000 rows",
    "version 1.2.3",
    "top 500 of 1200",
    "no contact details here",
])
def test_redact_leaves_other_text_alone(text: str) -> None:
    assert redact(text) == text


def test_redact_handles_several_and_mixed() -> None:
    text = "jan@example.com / +31 6 1234 5678; piet@example.org (on 2026-11-22: 020-1234567)"
    assert redact(text) == ("[e-mail hidden] / [phone hidden]; [e-mail hidden] "
                            "(on 2026-11-22: [phone hidden])")


def test_redact_speaks_the_reports_language() -> None:
    assert redact("mail jan@example.com of bel 0612345678", "nl") == (
        "mail [e-mailadres verborgen] of bel [telefoonnummer verborgen]")


def test_redact_is_idempotent() -> None:
    once = redact("mail jan@example.com or ring 0612345678")
    assert redact(once) == once


# --- sections ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(MINI)


def answer(check_id: str, key: str, value: Any, revision: int = 1) -> Fact:
    return Fact(key=FACTS[key], value=value, source="answer", observed_at=WHEN,
                detail="answers file a.yaml", check_id=check_id, check_revision=revision)


def result_of(catalogue: Catalogue, facts: list[Fact], *, goal: str = "balanced",
              previous: list[Finding] | None = None,
              acceptances: dict[str, Acceptance] | None = None) -> AuditResult:
    checklist = catalogue.platform("example")
    platform = evaluate_checklist(checklist, {f.key: f for f in facts}, goal,
                                  acceptances=acceptances, today=WHEN.date())
    row = AuditRow(id=2 if previous is not None else 1, started_at=WHEN, finished_at=WHEN,
                   goal=goal, lang="en", platforms=["example"],
                   catalogue={"example": checklist.version},
                   previous_id=1 if previous is not None else None)
    before = None
    if previous is not None:
        before = AuditRow(id=1, started_at=WHEN - dt.timedelta(days=7), finished_at=WHEN,
                          goal=goal, lang="en", platforms=["example"],
                          catalogue={"example": checklist.version}, previous_id=None)
    return AuditResult(audit=row, previous=before, platforms=[platform],
                       overall=tally(platform.findings),
                       changes=diff(platform.findings, previous), catalogue=catalogue)


def ids(view: ReportView) -> dict[str, list[str]]:
    return {name: [f.check for f in items] for name, items in view.sections.items()}


def test_every_finding_lands_in_exactly_one_section(catalogue: Catalogue) -> None:
    result = result_of(catalogue, [
        answer("example.privacy.ads", "ads", True),                      # gap (high)
        answer("example.networking.invitations", "note", "never"),       # gap (medium)
        answer("example.profile.headline", "headline", "manager"),       # gap (low)
        answer("example.profile.projects", "projects", "unsure"),        # unknown
    ], acceptances={"example.networking.invitations": Acceptance(
        "example.networking.invitations", "on purpose", None, WHEN)})
    view = build(result, generated_at=WHEN)
    assert ids(view) == {
        "gaps": ["example.privacy.ads", "example.profile.headline"],     # by severity
        "info": [],
        "unknown": ["example.profile.projects"],
        "accepted": ["example.networking.invitations"],
        "passed": [],
        "retired": ["example.privacy.face-recognition"],
        "not_applicable": [],
    }
    every = [c for items in ids(view).values() for c in items]
    assert sorted(every) == sorted(f.check_id for f in result.findings)
    assert view.gaps == {"high": 1, "medium": 0, "low": 1, "info": 0}
    assert view.sections["accepted"][0].accepted == {"reason": "on purpose", "until": None}
    assert view.sections["unknown"][0].reason == "You were not sure."
    assert view.since_text == "This is your first audit: everything determined is new."
    assert view.generated_at == "2026-11-22T10:00:00+00:00"


def test_passed_and_not_applicable(catalogue: Catalogue) -> None:
    result = result_of(catalogue, [
        answer("example.privacy.ads", "ads", False),
        answer("example.profile.headline", "headline", "Data engineer for small charities"),
        Fact(key=FACTS["freelancer"], value=False, source="export", observed_at=WHEN,
             detail="Profile.csv"),
    ], goal="private")
    view = build(result, generated_at=WHEN)
    sections = ids(view)
    assert sections["passed"] == ["example.privacy.ads", "example.profile.headline"]
    # invitations do not apply to the private goal; projects only to freelancers
    assert sections["not_applicable"] == ["example.networking.invitations",
                                          "example.profile.projects"]
    assert sections["gaps"] == sections["unknown"] == sections["accepted"] == []
    reasons = {f.check: f.reason for f in view.sections["not_applicable"]}
    assert reasons == {"example.networking.invitations": "Does not apply to your goal.",
                       "example.profile.projects": "Does not apply to you."}
    assert view.goal_text.startswith("private")


def test_changes_since_the_previous_audit(catalogue: Catalogue) -> None:
    before = result_of(catalogue, [
        answer("example.privacy.ads", "ads", True),
        answer("example.networking.invitations", "note", "always"),
    ]).findings
    now = result_of(catalogue, [
        answer("example.privacy.ads", "ads", False),
        answer("example.networking.invitations", "note", "never"),
        answer("example.profile.headline", "headline", "Data engineer for small charities"),
    ], previous=before)
    view = build(now, generated_at=WHEN)
    assert {k: [f.check for f in v] for k, v in view.changes.items()} == {
        "fixed": ["example.privacy.ads"],
        "regressed": ["example.networking.invitations"],
        "new": ["example.profile.headline"],
        "check-changed": [],
    }
    assert view.audit["previous_id"] == 1
    assert view.since_text == "Compared with audit #1 of 15 November 2026."  # a date as a person writes it


def test_language_and_goal_note(catalogue: Catalogue) -> None:
    result = result_of(catalogue, [answer("example.networking.invitations", "note", "never")],
                       goal="visible")
    en = build(result, generated_at=WHEN)
    nl = build(result, lang="nl", generated_at=WHEN)
    [gap_en] = en.sections["gaps"]
    [gap_nl] = nl.sections["gaps"]
    assert gap_en.severity == "low"  # the visible goal lowers it
    assert gap_en.goal_note == "Open networkers skip notes."
    assert gap_nl.goal_note == "Open netwerkers slaan notities over."
    assert gap_nl.title == "Uitnodigingen hebben een persoonlijke notitie"
    assert gap_nl.severity_label == "Laag"
    assert nl.lang == "nl" and nl.t["title"] == "Privacy- en profielcontrole"
    # the ads check's Dutch labels are marked unverified in the mini catalogue
    ads = build(result_of(catalogue, [answer("example.privacy.ads", "ads", True)]), lang="nl",
                generated_at=WHEN).sections["gaps"][0]
    assert ads.labels_unverified is True


def test_redact_in_the_view(catalogue: Catalogue) -> None:
    fact = answer("example.profile.headline", "headline", "call 0612345678")
    acceptance = Acceptance("example.profile.headline", "mail jan@example.com first", None, WHEN)
    result = result_of(catalogue, [fact], acceptances={"example.profile.headline": acceptance})
    plain = build(result, generated_at=WHEN).sections["accepted"][0]
    hidden = build(result, redact_personal=True, generated_at=WHEN).sections["accepted"][0]
    assert plain.evidence[0].value == "call 0612345678"
    assert hidden.evidence[0].value == "call [phone hidden]"
    assert plain.accepted is not None and hidden.accepted is not None
    assert hidden.accepted["reason"] == "mail [e-mail hidden] first"
    assert hidden.evidence[0].observed_at == plain.evidence[0].observed_at


def test_both_languages_have_the_same_words() -> None:
    en, nl = strings("en"), strings("nl")
    assert set(en) == set(nl) and "title" in en
    for lang, table in (("en", en), ("nl", nl)):
        assert all(value.strip() for value in table.values()), lang


def test_evidence_shows_the_choice_label_not_its_id(catalogue: Catalogue) -> None:
    result = result_of(catalogue, [answer("example.networking.invitations", "note", "never")])
    [en] = build(result, generated_at=WHEN).sections["gaps"][0].evidence
    [nl] = build(result, lang="nl", generated_at=WHEN).sections["gaps"][0].evidence
    assert (en.value, en.label) == ("never", "Never")
    assert (nl.value, nl.label) == ("never", "Nooit")
    [toggle] = build(result_of(catalogue, [answer("example.privacy.ads", "ads", True)]), lang="nl",
                     generated_at=WHEN).sections["gaps"][0].evidence
    assert (toggle.value, toggle.label) == ("aan", "Ja")


def test_evidence_quotes_words_but_not_counts_or_links() -> None:
    from auditor.report.view import _quoted

    assert _quoted("Iedereen") == "“Iedereen”"
    assert _quoted("184") == "184"
    assert _quoted("80%") == "80%"
    assert _quoted("https://www.linkedin.com/in/sanne") == "https://www.linkedin.com/in/sanne"
