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
                 "linkedin.networking.personal-invitations", "linkedin.privacy.mentions",
                 "linkedin.networking.invitation-tone"],
    "facebook": ["facebook.privacy.tagging", "facebook.privacy.tag-review", "facebook.privacy.check-ins",
                 "facebook.privacy.friend-list", "facebook.profile.photo", "facebook.profile.username",
                 "facebook.security.two-step", "facebook.privacy.stories-audience",
                 "facebook.privacy.friend-requests"],
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


# --- voice: what a person reads is advice, not research ------------------------------------

# Words and shapes that belong to the research trail, never to a person-facing field.
BANNED = [
    (re.compile(r"\d{3}_[0-9a-f]{16}"), "a source file name"),
    (re.compile(r"\bseeds?\b", re.IGNORECASE), "'seed'"),
    (re.compile(r"§"), "a section sign"),
    (re.compile(r"prox", re.IGNORECASE), "'proxy'"),
    (re.compile(r"platform-facts", re.IGNORECASE), "'platform-facts'"),
    (re.compile(r"\b[a-z][a-z0-9]*\.(privacy|profile|visibility|security|networking)\.[a-z0-9-]+"), "a check id"),
    (re.compile(r"UI[- ]?(clones?|klonen)", re.IGNORECASE), "'UI clones'"),
    (re.compile(r"(Turkish|mirror|link-protection|Turkse) (copy|kopie)", re.IGNORECASE), "a copy we read"),
    (re.compile(r"\bcensus\b", re.IGNORECASE), "'census'"),
    (re.compile(r"\ba_?id\b|\bHelp a\d{3,}", re.IGNORECASE), "a help-article number"),
    (re.compile(r"\b(seen|gezien) (on )?20\d\d", re.IGNORECASE), "a 'seen' date"),
    (re.compile(r"\(on = |\(aan = ", re.IGNORECASE), "'on = yes' in a question"),
]
WHY_MAX_SENTENCES = 2
WHY_MAX_CHARS = 320
ACTIVE_PLATFORMS = ("linkedin", "facebook", "x", "instagram")


def person_facing(check: Check) -> list[tuple[str, str]]:
    """Every (field, text) a person reads for this check, in both languages."""
    texts: list[tuple[str, object]] = [("title", check.title), ("why", check.why), ("impact", check.impact),
                                       ("where.path", check.where.path), ("fix.web", check.fix.web)]
    if check.action is not None:
        texts.append(("action", check.action))
    for surface in ("ios", "android"):
        if getattr(check.fix, surface) is not None:
            texts.append((f"fix.{surface}", getattr(check.fix, surface)))
    questions = [("question", check.question)]
    if check.applies_when is not None:
        questions.append(("applies_when.question", check.applies_when.question))
    for name, question in questions:
        if question is None:
            continue
        texts.append((f"{name}.text", question.text))
        if question.help is not None:
            texts.append((f"{name}.help", question.help))
        for choice in question.choices or []:
            texts.append((f"{name}.choices.{choice.id}", choice.label))
    for goal, override in check.goals.items():
        if override.note is not None:
            texts.append((f"goals.{goal}.note", override.note))
    for index, source in enumerate(check.sources):
        for name in ("title", "publisher"):
            value = getattr(source, name)
            if value:
                texts.append((f"sources[{index}].{name}", {"en": value}))
    out: list[tuple[str, str]] = []
    for name, pair in texts:
        for lang in ("en", "nl"):
            text = pair.get(lang) if isinstance(pair, dict) else getattr(pair, lang)
            if text:
                out.append((f"{name}.{lang}", text))
    return out


def sentences(text: str) -> int:
    """Sentences in a short text; abbreviations like 'e.g.' and 'bijv.' do not end one."""
    cleaned = re.sub(r"\b(e\.g|i\.e|bijv|bv|o\.a|d\.w\.z|etc|vs)\.", "", text, flags=re.IGNORECASE)
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“(])", cleaned.strip()) if s])


def voice_problems(checks: list[Check]) -> list[str]:
    problems = []
    for check in checks:
        for field, text in person_facing(check):
            for pattern, what in BANNED:
                if pattern.search(text):
                    problems.append(f"{check.id}: {field} contains {what}: {text[:90]!r}")
        for lang in ("en", "nl"):
            why = check.why.get(lang)
            if sentences(why) > WHY_MAX_SENTENCES or len(why) > WHY_MAX_CHARS:
                problems.append(f"{check.id}: why.{lang} is longer than two short sentences ({len(why)} chars)")
    return problems


def citation_problems(checks: list[Check]) -> list[str]:
    problems = []
    for check in checks:
        for index, source in enumerate(check.sources):
            for name in ("title", "publisher", "published"):
                if getattr(source, name) is None:
                    problems.append(f"{check.id}: sources[{index}] has no '{name}'")
    return problems


def action_problems(checks: list[Check]) -> list[str]:
    return [f"{check.id}: an active check has no 'action' (the gap's heading)"
            for check in checks if check.removed is None and check.action is None]


def platform_checks(catalogue, platform: str) -> list[Check]:
    return list(catalogue.platform(platform).checks)


@pytest.mark.parametrize("platform", [*ACTIVE_PLATFORMS, "googleplus", "hyves"])
def test_person_facing_text_is_plain_advice(catalogue, platform: str) -> None:
    problems = voice_problems(platform_checks(catalogue, platform))
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:60])


@pytest.mark.parametrize("platform", ["googleplus", "hyves"])
def test_a_retired_network_says_plainly_what_happened(catalogue, platform: str) -> None:
    retired = catalogue.platform(platform).retired
    texts = [("retired.note", retired.note)] + ([("still_to_do", retired.still_to_do)] if retired.still_to_do else [])
    problems = [f"{platform}: {name}.{lang} contains {what}"
                for name, pair in texts for lang in ("en", "nl") for pattern, what in BANNED
                if pattern.search(pair.get(lang))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("platform", [*ACTIVE_PLATFORMS, "googleplus", "hyves"])
def test_every_source_is_cited_as_a_reader_finds_it(catalogue, platform: str) -> None:
    problems = citation_problems(platform_checks(catalogue, platform))
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:60])


@pytest.mark.parametrize("platform", ACTIVE_PLATFORMS)
def test_every_active_check_says_what_to_do(catalogue, platform: str) -> None:
    problems = action_problems(platform_checks(catalogue, platform))
    assert not problems, "\n".join(problems)


def test_the_source_articles_are_cited_by_title(catalogue) -> None:
    """A source article is cited by its title and publisher; its file name is for maintainers."""
    titles = {"000_c4ade1d5c8134af8.txt": "Waarom ik je LinkedIn-uitnodiging niet weiger!",
              "003_2319f086ed7de121.txt": "Drie dingen die je moet vermijden bij het netwerken",
              "004_d827a0118fa2720a.txt": "Lessen voor netwerken via sociale media"}
    wrong = [f"{c.id}: {s.seed} cited as {s.title!r}" for c in all_checks(catalogue) for s in c.sources
             if s.seed in titles and titles[s.seed] not in (s.title or "")]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("check", "field", "text"),
    [
        ("why", "en", "Seed 002 says so (seed 002_4b8ae3fb8cb29145.txt)."),
        ("why", "nl", "Volgens platform-facts §2.6 staat dit aan."),
        ("fix", "nl", "Zet eerst facebook.privacy.lookup-phone uit."),
        ("why", "en", "One. Two. Three."),
        ("question", "nl", "Heb je een profielfoto? (aan = ja, uit = nee)"),
        ("title", "en", "Tag review is on (X Help, Turkish copy)"),
    ],
)
def test_the_voice_test_catches_research_trail(catalogue, check: str, field: str, text: str) -> None:
    """The voice rules themselves: each example of research trail is caught."""
    base = catalogue.find_check("linkedin.profile.photo")
    if check == "question":
        update = {"question": base.question.model_copy(update={"text": base.question.text.model_copy(
            update={field: text})})}
    elif check == "fix":
        update = {"fix": base.fix.model_copy(update={"web": base.fix.web.model_copy(update={field: text})})}
    else:
        update = {check: getattr(base, check).model_copy(update={field: text})}
    assert voice_problems([base.model_copy(update=update)])


def test_plain_advice_passes_the_voice_test(catalogue) -> None:
    base = catalogue.find_check("linkedin.profile.photo")
    why = base.why.model_copy(update={"nl": "Wie je uitnodigt zonder persoonlijk berichtje, wordt vaker genegeerd. "
                                            "Een zin of twee is genoeg."})
    assert not voice_problems([base.model_copy(update={"why": why})])


# --- LinkedIn: the catalogue audit's corrections and message hygiene ------------------------


def test_invitation_tone_counts_pressing_phrases_from_the_articles(catalogue) -> None:
    """The export reader counts the person's own sent invitation notes holding a phrase from
    this list, under exactly this fact key; the phrases come from the articles' lessons."""
    linkedin = catalogue.platform("linkedin")
    check = linkedin.check("linkedin.networking.invitation-tone")
    assert check is not None
    assert check.fact == "linkedin.networking.pressing_invitation_notes"
    assert check.rule.at_most == 0 and check.removed is None
    phrases = linkedin.word_lists["invitation-pressure-phrases"]
    assert {"hoop op een snelle reactie", "we moeten elkaar beslist even spreken"} <= set(phrases.nl)
    assert len(phrases.en) >= 5 and all(p == p.casefold() for p in [*phrases.en, *phrases.nl])
    assert any("Lessen voor netwerken via sociale media" in (s.title or "") for s in check.sources)


def test_linkedin_corrections_hold(catalogue) -> None:
    connections = catalogue.find_check("linkedin.privacy.connections-visibility")
    assert "Visibility of your profile & network › Connections" in connections.where.path.en
    viewing = catalogue.find_check("linkedin.visibility.profile-viewing-mode")
    assert viewing.where.url == "https://www.linkedin.com/mypreferences/d/profile-viewing-options"
    assert viewing.probe is not None and viewing.probe.url == viewing.where.url
    first = catalogue.find_check("linkedin.networking.first-message-length")
    assert first.fact != "linkedin.networking.long_invitation_notes", "invitation notes are capped: the rule cannot fail"
    for check in (connections, viewing, first):
        bumps = [h.revision for h in check.history if h.revision is not None]
        assert check.revision >= 2 and bumps and bumps[-1] == check.revision, "the correction is recorded as a revision"
    mentions = catalogue.find_check("linkedin.privacy.mentions")
    assert mentions is not None and mentions.goals["private"].note is not None


# --- the README's figures ------------------------------------------------------------------


def test_publication_dates_count_from_the_end_of_their_period() -> None:
    import datetime as dt

    from auditor.catalogue.figures import published_on
    from auditor.catalogue.model import Source

    def when(value: object) -> object:
        return published_on(Source.model_validate({"title": "t", "seen": dt.date(2026, 12, 1), "published": value}))

    assert when(dt.date(2025, 9, 24)) == dt.date(2025, 9, 24)
    assert when("2024-12") == dt.date(2024, 12, 31)
    assert when("2019-02") == dt.date(2019, 2, 28)
    assert when("2021") == dt.date(2021, 12, 31)
    assert when("unknown") is None


def test_catalogue_figures_match_the_catalogue(catalogue) -> None:
    import datetime as dt

    from auditor.catalogue.figures import figures, markdown_row

    linkedin = figures(catalogue.platform("linkedin"), dt.date(2026, 12, 1))
    active = [c for c in catalogue.platform("linkedin").checks if not c.removed]
    assert linkedin.active == len(active)
    assert linkedin.en_confirmed == sum(c.labels.en == "confirmed" for c in active)
    assert 0 < linkedin.recent_checks <= linkedin.active  # the AI-training sources are from 2025
    assert linkedin.sources_dated < linkedin.sources  # the source articles' dates are unknown
    hyves = figures(catalogue.platform("hyves"), dt.date(2026, 12, 1))
    assert markdown_row(hyves).startswith("| Hyves (retired 2013-12-02) | 2 | 0 | — |")
