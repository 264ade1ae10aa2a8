"""An audit's life: carrying over, planning questions with reasons, conditions asked first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from auditor import audit as audits
from auditor.catalogue.loader import load_catalogue
from auditor.collectors.answers import answer_fact
from auditor.facts import Fact
from auditor.frontends.terminal import Wizard
from auditor.interview import Interview
from auditor.store import Store

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


class Script:
    """A prompter that answers from a list and records what was shown."""

    def __init__(self, replies: list[str]):
        self.replies = list(replies)
        self.screen: list[str] = []

    def say(self, text: str = "") -> None:
        self.screen.append(text)

    def ask(self, prompt: str) -> str | None:
        self.screen.append(prompt)
        return self.replies.pop(0) if self.replies else None


def with_condition_question(catalogue_dir: Path) -> None:
    path = catalogue_dir / "example.yaml"
    text = path.read_text()
    old = "    applies_when: {fact: example.profile.is_freelancer, rule: {equals: true}}\n"
    assert old in text
    path.write_text(text.replace(old, (
        "    applies_when:\n      fact: example.profile.is_freelancer\n      rule: {equals: true}\n"
        "      question:\n        kind: toggle\n"
        "        text: {en: \"Are you a freelancer?\", nl: \"Ben je zelfstandige?\"}\n")))


def run_wizard(db: Path, catalogue_dir: Path, replies: list[str]) -> tuple[Script, list[str]]:
    cat = load_catalogue(catalogue_dir)
    with Store(db) as st:
        interview = Interview.begin(st, cat, ["example"], goal="balanced", lang="en", now=NOW)
        script = Script(replies)
        Wizard(script, interview).run()
        keys = [f.key for f in st.facts(interview.audit.id)]
    return script, keys


def test_condition_is_asked_first_and_a_no_skips_the_dependent_check(tmp_path: Path, mini_catalogue: Path) -> None:
    with_condition_question(mini_catalogue)
    script, keys = run_wizard(tmp_path / "db.sqlite3", mini_catalogue, ["off", "1", "Bridge engineer at Acme", "off"])
    shown = "\n".join(script.screen)
    assert "Are you a freelancer?" in shown
    assert "How many projects" not in shown
    assert "example.profile.is_freelancer" in keys and "example.profile.projects" not in keys


def test_condition_yes_asks_the_dependent_check(tmp_path: Path, mini_catalogue: Path) -> None:
    with_condition_question(mini_catalogue)
    script, keys = run_wizard(tmp_path / "db.sqlite3", mini_catalogue, ["off", "1", "Bridge engineer at Acme", "on", "4"])
    shown = "\n".join(script.screen)
    assert shown.index("Are you a freelancer?") < shown.index("How many projects")
    assert "example.profile.projects" in keys


def test_previous_answers_are_carried_over_and_not_asked_again(tmp_path: Path) -> None:
    from tests.conftest import MINI

    cat = load_catalogue(MINI)
    db = tmp_path / "db.sqlite3"
    with Store(db) as st:
        first = audits.start(st, cat, ["example"], "balanced", "en", NOW - dt.timedelta(days=10))
        check = cat.find_check("example.privacy.ads")
        assert check is not None
        st.put_fact(first.id, answer_fact(check, False, observed_at=NOW - dt.timedelta(days=10)))
        audits.finish(st, cat, first, NOW - dt.timedelta(days=10))
        second = audits.start(st, cat, ["example"], "balanced", "en", NOW)
        assert second.previous_id == first.id
        questions, _ = audits.plan(st, cat, second, NOW)
        asked = {q.check.id for q in questions}
        assert "example.privacy.ads" not in asked
        assert "example.networking.invitations" in asked
        assert not any(q.check.removed for q in questions)
        result = audits.evaluate(st, cat, second, NOW.date())
        ads = next(f for f in result.findings if f.check_id == "example.privacy.ads")
        assert ads.status == "pass"


def test_evidence_settles_checks_without_asking(tmp_path: Path) -> None:
    from auditor.facts import Fact
    from tests.conftest import MINI

    cat = load_catalogue(MINI)
    with Store(tmp_path / "db.sqlite3") as st:
        st.record_import([Fact("example.profile.headline", "Structural engineer for bridges", "export", NOW)])
        audit = audits.start(st, cat, ["example"], "balanced", "en", NOW)
        questions, settled = audits.plan(st, cat, audit, NOW)
    assert "example.profile.headline" not in {q.check.id for q in questions}
    assert [f.key for f in settled] == ["example.profile.headline"]


def test_not_sure_to_a_condition_does_not_rule_the_check_out(tmp_path: Path, mini_catalogue: Path) -> None:
    """Before, ``askable`` read "unsure" against the condition's rule and dropped the check for
    good, while the engine kept it open; both now ask the engine's one test."""
    with_condition_question(mini_catalogue)
    cat = load_catalogue(mini_catalogue)
    checklist = cat.platform("example")
    projects = next(c for c in checklist.checks if c.id == "example.profile.projects")
    unsure = Fact("example.profile.is_freelancer", "unsure", "answer", NOW)
    no = Fact("example.profile.is_freelancer", False, "answer", NOW)
    assert audits.askable(projects, checklist, cat, "balanced", {unsure.key: unsure})
    assert not audits.askable(projects, checklist, cat, "balanced", {no.key: no})
    script, keys = run_wizard(tmp_path / "db.sqlite3", mini_catalogue,
                              ["off", "1", "Bridge engineer at Acme", "u", "4"])
    assert "How many projects are listed?" in script.screen and "  (a whole number)" in script.screen
    assert "example.profile.projects" in keys


def test_a_reaudit_calls_only_really_new_checks_new(tmp_path: Path) -> None:
    """Before, every question left unanswered last time was labelled "New check since your last audit"."""
    from tests.conftest import MINI

    cat = load_catalogue(MINI)
    with Store(tmp_path / "db.sqlite3") as st:
        first = audits.start(st, cat, ["example"], "balanced", "en", NOW - dt.timedelta(days=10))
        check = cat.find_check("example.privacy.ads")
        assert check is not None
        st.put_fact(first.id, answer_fact(check, False, observed_at=NOW - dt.timedelta(days=10)))
        audits.finish(st, cat, first, NOW - dt.timedelta(days=10))
        second = audits.start(st, cat, ["example"], "balanced", "en", NOW)
        questions, _ = audits.plan(st, cat, second, NOW)
    reasons = {q.check.id: q.reason for q in questions}
    assert reasons["example.networking.invitations"] == audits.ASK_NEW
    assert audits.ASK_NEW_CHECK not in reasons.values()
