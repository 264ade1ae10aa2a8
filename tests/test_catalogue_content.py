"""The bundled catalogue itself: complete, sourced, dated, bilingual, and covering what it must."""

from __future__ import annotations

import re

import pytest

from auditor.catalogue.loader import load_catalogue
from auditor.catalogue.model import Check

SEEDS = {"000_c4ade1d5c8134af8.txt", "001_7f79b5b71842be9a.txt", "002_4b8ae3fb8cb29145.txt",
         "003_2319f086ed7de121.txt", "004_d827a0118fa2720a.txt"}

REQUIRED = {
    "linkedin": ["linkedin.profile.photo", "linkedin.profile.headline", "linkedin.profile.about",
                 "linkedin.profile.custom-url", "linkedin.profile.completeness",
                 "linkedin.privacy.social-advertising", "linkedin.privacy.activity-broadcast",
                 "linkedin.privacy.contact-import", "linkedin.privacy.connections-visibility",
                 "linkedin.privacy.generative-ai-data", "linkedin.security.two-step",
                 "linkedin.networking.personal-invitations"],
    "facebook": ["facebook.privacy.tagging", "facebook.privacy.tag-review", "facebook.privacy.check-ins",
                 "facebook.privacy.friend-list", "facebook.profile.photo", "facebook.profile.username",
                 "facebook.security.two-step"],
    "x": ["x.privacy.photo-tagging", "x.privacy.personalized-ads", "x.privacy.discoverability",
          "x.profile.photo", "x.security.two-step"],
    "instagram": ["instagram.privacy.tags", "instagram.privacy.private-account", "instagram.profile.photo",
                  "instagram.security.two-step"],
}
MINIMUM = {"linkedin": 20, "facebook": 12, "x": 10, "instagram": 8}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def all_checks(catalogue) -> list[Check]:
    return [c for cl in catalogue.checklists.values() for c in cl.checks]


@pytest.mark.parametrize("platform", sorted(REQUIRED))
def test_required_check_ids_exist(catalogue, platform: str) -> None:
    ids = {c.id for c in catalogue.platform(platform).checks}
    missing = [cid for cid in REQUIRED[platform] if cid not in ids]
    assert not missing, f"required check ids disappeared: {missing}"


@pytest.mark.parametrize(("platform", "minimum"), sorted(MINIMUM.items()))
def test_each_platform_has_enough_checks(catalogue, platform: str, minimum: int) -> None:
    assert len(catalogue.platform(platform).checks) >= minimum


def test_retired_networks_are_modelled_as_retired(catalogue) -> None:
    googleplus, hyves = catalogue.platform("googleplus"), catalogue.platform("hyves")
    assert googleplus.status == "retired" and str(googleplus.retired.date) == "2019-04-02"
    assert hyves.status == "retired" and hyves.retired.date.year == 2013
    for checklist in (googleplus, hyves):
        assert checklist.checks and all(c.removed for c in checklist.checks)
        assert checklist.retired.still_to_do is not None


def test_every_check_is_bilingual_sourced_linked_and_dated(catalogue) -> None:
    problems = []
    for check in all_checks(catalogue):
        for field in ("title", "why", "impact"):
            text = getattr(check, field)
            if not text.en.strip() or not text.nl.strip():
                problems.append(f"{check.id}: {field} lacks a language")
        if check.title.en == check.title.nl:
            problems.append(f"{check.id}: the Dutch title is the English one")
        if not check.fix.web.en or not check.fix.web.nl:
            problems.append(f"{check.id}: fix lacks a language")
        if not check.sources:
            problems.append(f"{check.id}: no source")
        for source in check.sources:
            if source.seed and source.seed not in SEEDS:
                problems.append(f"{check.id}: cites an unknown seed {source.seed}")
        if not check.where.url.startswith("https://"):
            problems.append(f"{check.id}: no https link")
        if not check.history or check.history[0].change != "added":
            problems.append(f"{check.id}: history does not start with 'added'")
        if check.question is not None and (not check.question.text.en or not check.question.text.nl):
            problems.append(f"{check.id}: question lacks a language")
    assert not problems, "\n".join(problems)


def test_every_why_names_its_source(catalogue) -> None:
    cites = re.compile(r"(\d{3}_[0-9a-f]{16}|seed|help|seen|gezien|\b(19|20)\d\d\b)", re.IGNORECASE)
    silent = [c.id for c in all_checks(catalogue) if not cites.search(c.why.en) or not cites.search(c.why.nl)]
    assert not silent, f"why does not cite a source: {silent}"


def test_removed_settings_are_kept_and_never_asked(catalogue) -> None:
    social = catalogue.find_check("linkedin.privacy.social-advertising")
    assert social is not None and social.removed is not None
    assert social.related, "social advertising points at today's ad-data checks"
    face = [c for c in catalogue.platform("facebook").checks if "face-recognition" in c.id]
    assert face and face[0].removed is not None and face[0].removed.year == 2021
    broadcast = catalogue.find_check("linkedin.privacy.activity-broadcast")
    assert broadcast is not None and broadcast.removed is None
    assert any(h.change == "renamed" for h in broadcast.history)


def test_disagreements_are_modelled_per_goal(catalogue) -> None:
    for check_id in ("linkedin.networking.personal-invitations", "linkedin.privacy.connections-visibility",
                     "linkedin.privacy.activity-broadcast"):
        check = catalogue.find_check(check_id)
        assert check is not None and check.goals, f"{check_id} has no per-goal expectations"
        assert any(o.note for o in check.goals.values()), f"{check_id} does not name both sides"


def test_word_lists_exist_in_both_languages(catalogue) -> None:
    linkedin = catalogue.platform("linkedin")
    titles = linkedin.word_lists["generic-titles"]
    assert {"medewerker", "adviseur", "directeur", "projectmanager"} <= set(titles.nl)
    assert titles.en
    assert linkedin.word_lists["default-invitation-texts"].en


def test_unverified_labels_are_said_not_hidden(catalogue) -> None:
    """A check whose label is unverified carries a note saying what is open."""
    silent = [c.id for c in all_checks(catalogue)
              if "unverified" in (c.labels.en, c.labels.nl) and not c.labels.note]
    assert not silent
