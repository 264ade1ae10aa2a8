"""Browser probes against fixture pages served on the platforms' real URLs.

One headless browser for the whole module (a persistent auditor profile in a temporary
directory, like the real thing); every page comes from ``browser_fixtures`` through route
interception, every other request is aborted, and a dead proxy makes sure that even a
request that escaped interception could not leave the machine.
"""

from __future__ import annotations

import asyncio
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_fixtures import (
    AI_PROBE,
    AI_URL,
    VARIANTS,
    FixturePage,
    FixtureServer,
    browser_path_or_skip,
    catalogue_cases,
    example_probe,
    hand_written,
    pages_for,
    render_page,
    states_for,
)

from auditor.catalogue.model import Probe, Text
from auditor.collectors.browser import PAGE_CHANGED, BrowserClosedError, BrowserSession, PublicKeys
from auditor.collectors.browser.probes import name_pattern, same_label
from auditor.collectors.browser.profile import MARKER_NAME
from auditor.errors import AuditorError

pytestmark = pytest.mark.browser

QUICK = 1.0  # seconds to wait for a control that will never come


@pytest.fixture(scope="module")
def server() -> FixtureServer:
    return FixtureServer()


@pytest.fixture(scope="module")
def session(server: FixtureServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserSession]:
    profile = tmp_path_factory.mktemp("browser") / "profile"
    browser = BrowserSession(
        profile_dir=profile,
        browser_path=browser_path_or_skip(),
        headless=True,
        route_hook=server.install,
        probe_timeout_s=5.0,
        extra_args=["--proxy-server=http://127.0.0.1:9"],
    )
    browser.start()
    yield browser
    browser.close()


@pytest.fixture(autouse=True)
def fresh(server: FixtureServer) -> Iterator[None]:
    """Every test starts with nothing served; and no probe may ever touch a page."""
    server.reset()
    yield
    assert server.touched == [], f"a probe interacted with the page: {server.touched}"


def _unexpected(server: FixtureServer) -> list[str]:
    return [u for u in server.blocked if not u.endswith("/favicon.ico")]


# -- the catalogue's own probes, on generated pages ---------------------------------------

CASES = catalogue_cases()
CATALOGUE_PAGES = [page for case in CASES for page in pages_for(case)]


def test_the_catalogue_has_probes() -> None:
    assert CASES, "no check in checklists/ declares a probe"
    assert any(c.check_id == "linkedin.privacy.generative-ai-data" for c in CASES)


@pytest.mark.parametrize("page", CATALOGUE_PAGES, ids=[p.id for p in CATALOGUE_PAGES])
def test_catalogue_probe_reads_the_state(session: BrowserSession, server: FixtureServer, page: FixturePage) -> None:
    server.serve(page.case.probe.url, page.html)
    result = session.probe(
        page.case.check_id,
        page.case.probe,
        fact_key=page.case.fact_key,
        check_revision=page.case.revision,
        lang_order=(page.lang, "en"),
    )
    assert result.status == "ok", result.reason
    assert result.fact is not None
    assert result.fact.value == page.expected
    assert type(result.fact.value) is type(page.expected)
    assert result.fact.key == page.case.fact_key
    assert result.fact.source == "browser"
    assert result.fact.check_id == page.case.check_id
    assert page.case.probe.url in result.fact.detail
    assert result.fact.observed_at.tzinfo is not None
    assert result.reason == ""
    assert _unexpected(server) == []


def test_probe_check_uses_the_check(session: BrowserSession, server: FixtureServer) -> None:
    from auditor.catalogue.loader import load_catalogue

    check = load_catalogue().find_check("linkedin.privacy.generative-ai-data")
    assert check is not None and check.probe is not None
    server.serve(check.probe.url, render_page(check.probe, "nl", "off", "input-switch"))
    result = session.probe_check(check, "nl")
    assert result.ok and result.value is False
    assert result.fact is not None
    assert (result.fact.key, result.fact.check_revision) == (check.fact, check.revision)


# -- every markup style, both languages, with distinct Dutch names -------------------------


def _variant_cases() -> list[tuple[Probe, str, str, str, Any]]:
    probes = [
        example_probe("switch"),
        example_probe("checkbox"),
        example_probe("radio"),
        example_probe(
            "radiogroup",
            "selected-option",
            everyone=("Everyone", "Iedereen"),
            connections=("Your connections", "Je connecties"),
            only_you=("Only you", "Alleen jij"),
        ),
        example_probe(
            "combobox",
            "selected-option",
            public=("Your name and headline", "Je naam en kopregel"),
            semi=("Private profile characteristics", "Privé-profielkenmerken"),
            private=("Private mode", "Privémodus"),
        ),
        example_probe("heading", "exists"),
    ]
    cases = []
    for probe in probes:
        for variant in VARIANTS[probe.role]:
            for lang in ("en", "nl"):
                for state, expected in states_for(probe):
                    cases.append((probe, variant, lang, state, expected))
    return cases


VARIANT_CASES = _variant_cases()


@pytest.mark.parametrize(
    ("probe", "variant", "lang", "state", "expected"),
    VARIANT_CASES,
    ids=[f"{p.role}-{v}-{lang}-{s}" for p, v, lang, s, _ in VARIANT_CASES],
)
def test_each_markup_style(
    session: BrowserSession, server: FixtureServer, probe: Probe, variant: str, lang: str, state: str, expected: Any
) -> None:
    server.serve(probe.url, render_page(probe, lang, state, variant))
    # The person's language is English: the Dutch page is still read, by its Dutch name.
    result = session.probe(
        "linkedin.privacy.example", probe, fact_key="linkedin.setting.example", lang_order=("en", "nl")
    )
    assert result.status == "ok", result.reason
    assert result.value == expected
    assert result.lang == lang
    assert result.control == probe.name.get(lang)


def test_missing_heading_is_unknown_not_false(session: BrowserSession, server: FixtureServer) -> None:
    probe = example_probe("heading", "exists")
    server.serve(probe.url, render_page(probe, "en", "absent", "h2"))
    result = session.probe("linkedin.security.example", probe, fact_key="linkedin.security.example", timeout_s=QUICK)
    assert result.status == "control-not-found" and result.fact is None


# -- when the platform changed, or the person is not logged in -----------------------------


def test_renamed_label_gives_unknown_with_reason(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("linkedin-ai-renamed.html"))
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data", timeout_s=QUICK
    )
    assert result.status == "control-not-found"
    assert result.fact is None and result.value is None
    assert result.reason.startswith("the page has changed: this checklist may be out of date")
    assert result.reason_text("nl").startswith(PAGE_CHANGED["nl"])
    assert "Use my data for training content creation AI models" in result.detail


def test_login_redirect_gives_not_logged_in(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("login-redirect.html"))
    server.serve("https://www.linkedin.com/uas/login", hand_written("linkedin-login.html"))
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data"
    )
    assert result.status == "not-logged-in"
    assert result.fact is None
    assert "/uas/login" in result.final_url
    assert result.reason.startswith("not logged in")
    assert result.reason_text("nl").startswith("niet ingelogd")


def test_password_wall_in_place_gives_not_logged_in(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("password-wall.html"))
    # The full timeout (30 s) would fail the test's patience: a sign-in wall is seen early.
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data", timeout_s=30
    )
    assert result.status == "not-logged-in" and result.fact is None
    assert result.final_url == AI_URL
    assert "asks for a password" in result.reason


def test_missing_page_is_the_page_has_changed(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, "<h1>Page not found</h1>", status=404)
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data", timeout_s=QUICK
    )
    assert result.status == "control-not-found"
    assert "HTTP 404" in result.reason


def test_mixed_switch_is_unknown(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("mixed-switch.html"))
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data"
    )
    assert result.status == "mixed" and result.fact is None


def test_two_controls_with_the_name_is_ambiguous(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("ambiguous.html"))
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data", timeout_s=QUICK
    )
    assert result.status == "ambiguous" and result.fact is None
    assert "this checklist may be out of date" in result.reason


def test_unknown_option_is_not_guessed(session: BrowserSession, server: FixtureServer) -> None:
    probe = example_probe(
        "radiogroup", "selected-option", everyone=("Everyone", "Iedereen"), only_you=("Only you", "Alleen jij")
    )
    page = render_page(probe, "en", "everyone", "native").replace(">Everyone<", ">Verified users<")
    page = page.replace(" Everyone</label>", " Verified users</label>")
    server.serve(probe.url, page)
    result = session.probe("x.privacy.example", probe, fact_key="x.setting.example")
    assert result.status == "unrecognised-option", result.status
    assert result.fact is None
    assert "Verified users" in result.reason


def test_invalid_probe_is_reported_without_loading(session: BrowserSession, server: FixtureServer) -> None:
    probe = Probe(url=AI_URL, role="switch", name=AI_PROBE.name, read="selected-option")
    result = session.probe("linkedin.privacy.x", probe, fact_key="linkedin.setting.x")
    assert result.status == "invalid-probe"
    assert server.served == []


# -- labels as the page words them ----------------------------------------------------------

REVIEW_POSTS = "Review posts you're tagged in before the post appears on your profile?"
REVIEW_TAGS = "Review tags people add to your posts before the tags appear on Facebook?"
FB_TAGGING = "https://www.facebook.com/settings/?tab=profile_and_tagging"


def _probe(name: str, url: str = FB_TAGGING, role: str = "switch") -> Probe:
    return Probe(url=url, role=role, name=Text(en=name, nl=name))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "same"),
    [
        ("posts that you're tagged in", True),
        ("Posts that you’re tagged in?", True),
        ("posts you are tagged in", False),
        ("posts you're tagged in on Facebook", False),
        ("tags people add", False),
    ],
)
def test_labels_forgive_small_words_and_apostrophes(name: str, same: bool) -> None:
    assert same_label("Posts you're tagged in", name) is same


def test_a_shown_option_forgives_small_words() -> None:
    from auditor.collectors.browser.probes import _match_choice

    probe = example_probe(
        "combobox",
        "selected-option",
        tagged=("Posts you're tagged in", "Berichten waarin je bent getagd"),
        everyone=("Everyone", "Iedereen"),
    )
    assert _match_choice(probe, "Posts that you’re tagged in", ("en",)) == "tagged"
    assert _match_choice(probe, "Friends", ("en",)) is None


def test_label_pattern_finds_the_question_inside_a_generic_accessible_name() -> None:
    pattern = name_pattern(REVIEW_POSTS)
    assert pattern is not None
    aria = (
        "Toggle to enable allowing to review posts that you’re tagged in before the post appears on your Profile / page"
    )
    assert pattern.search(aria)
    assert not pattern.search("Review tags people add to your posts before the tags appear on Facebook")
    assert name_pattern("?!") is None


@pytest.mark.parametrize(
    ("check_id", "expected"), [("facebook.privacy.profile-review", True), ("facebook.privacy.tag-review", False)]
)
def test_facebook_review_switches_in_the_real_pages_shape(
    session: BrowserSession, server: FixtureServer, check_id: str, expected: bool
) -> None:
    """The live switches are named "Toggle to enable allowing to review …" and the page may say
    "posts that you're tagged in": the catalogue's probes still read the right switch."""
    from auditor.catalogue.loader import load_catalogue

    check = load_catalogue().find_check(check_id)
    assert check is not None and check.probe is not None
    server.serve(check.probe.url, hand_written("facebook-profile-and-tagging.html"))
    result = session.probe_check(check, "en")
    assert result.status == "ok", result.reason
    assert result.value is expected


@pytest.mark.parametrize(("name", "expected"), [(REVIEW_POSTS, True), (REVIEW_TAGS, False)])
def test_switch_found_by_its_visible_question(
    session: BrowserSession, server: FixtureServer, name: str, expected: bool
) -> None:
    server.serve(FB_TAGGING, hand_written("question-only-switches.html"))
    result = session.probe("facebook.privacy.example", _probe(name), fact_key="facebook.setting.example")
    assert result.status == "ok", result.reason
    assert result.value is expected
    assert result.control == name


def test_question_beside_two_switches_is_ambiguous(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(FB_TAGGING, hand_written("question-only-switches.html"))
    probe = _probe("Allow others to share your public posts to their Stories?")
    result = session.probe("facebook.privacy.example", probe, fact_key="facebook.setting.example", timeout_s=QUICK)
    assert result.status == "ambiguous" and result.fact is None


def test_a_question_that_is_not_on_the_page_is_not_found(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(FB_TAGGING, hand_written("question-only-switches.html"))
    probe = _probe("Review posts you are tagged in?")  # "are", not "'re": a different label
    result = session.probe("facebook.privacy.example", probe, fact_key="facebook.setting.example", timeout_s=QUICK)
    assert result.status == "control-not-found" and result.fact is None


# -- page mechanics -----------------------------------------------------------------------


def test_waits_for_a_control_a_script_renders_late(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("spa-late.html"))
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data"
    )
    assert result.ok and result.value is False


def test_finds_a_control_inside_an_iframe(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("iframe-host.html"))
    server.serve("https://www.linkedin.com/psettings/embedded/example-switch", hand_written("iframe-settings.html"))
    result = session.probe(
        "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data"
    )
    assert result.ok and result.value is True


def test_show_outlines_the_control_and_changes_nothing(session: BrowserSession, server: FixtureServer) -> None:
    probe = example_probe("switch")
    server.serve(probe.url, render_page(probe, "nl", "on", "button-aria"))
    assert session.show(probe.url, probe) is True

    def look(context: Any, page: Any) -> tuple[str, str | None]:
        control = page.get_by_role("switch", name=probe.name.nl)
        return control.evaluate("e => e.style.outlineStyle"), control.get_attribute("aria-checked")

    outline, checked = session.inspect(look)
    assert outline == "solid"
    assert checked == "true"
    assert session.probe("linkedin.privacy.example", probe, fact_key="linkedin.setting.example").value is True


def test_show_without_probe_opens_the_page(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(AI_URL, hand_written("linkedin-ai-renamed.html"))
    assert session.show(AI_URL) is False
    assert session.inspect(lambda context, page: page.url) == AI_URL


def test_prompts_can_run_an_event_loop_between_probes(session: BrowserSession, server: FixtureServer) -> None:
    """The trap: sync Playwright on the main thread breaks asyncio.run (prompt_toolkit)."""
    server.serve(AI_URL, render_page(AI_PROBE, "en", "on", "button-aria"))
    assert session.probe("c", AI_PROBE, fact_key="linkedin.setting.generative_ai_data").ok
    assert asyncio.run(asyncio.sleep(0, result="prompt")) == "prompt"
    worker = session.inspect(lambda context, page: threading.current_thread().name)
    assert worker.startswith("auditor-browser") and worker != threading.current_thread().name


def test_profile_directory_is_private_and_marked(session: BrowserSession) -> None:
    assert session.profile_dir is not None and session.profile_dir.is_absolute()
    assert stat.S_IMODE(session.profile_dir.stat().st_mode) == 0o700
    assert (session.profile_dir / MARKER_NAME).is_file()


# -- the public view ------------------------------------------------------------------------

KEYS = PublicKeys(
    photo="linkedin.profile.photo", headline="linkedin.profile.headline", custom_url="linkedin.profile.custom_url"
)
PROFILE = "https://www.linkedin.com/in/anna-de-vries-boekhouder/"


def test_public_view_reads_what_a_stranger_sees(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(PROFILE, hand_written("public-linkedin-photo.html"))
    view = session.public_view(PROFILE, KEYS)
    assert view.status == "ok"
    facts = {f.key: f for f in view.facts}
    assert facts["linkedin.profile.photo"].value is True
    assert facts["linkedin.profile.headline"].value.startswith("Boekhouder voor zzp'ers in Utrecht")  # type: ignore[union-attr]
    assert facts["linkedin.profile.custom_url"].value == "https://www.linkedin.com/in/anna-de-vries-boekhouder/"
    assert {f.source for f in view.facts} == {"public-profile"}
    assert view.missing == {}


def test_public_view_placeholder_photo_and_missing_headline(session: BrowserSession, server: FixtureServer) -> None:
    url = "https://www.linkedin.com/in/bob-jansen-4a7b9c21"
    server.serve(url, hand_written("public-linkedin-ghost.html"))
    keys = PublicKeys(photo=KEYS.photo, headline=KEYS.headline, custom_url=KEYS.custom_url, custom_url_as_text=False)
    view = session.public_view(url, keys)
    facts = {f.key: f.value for f in view.facts}
    assert facts == {"linkedin.profile.photo": False, "linkedin.profile.custom_url": False}
    assert "headline" in view.missing


def test_public_view_sign_in_wall_gives_no_facts(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(PROFILE, "<script>location.replace('/authwall?trk=x')</script>")
    server.serve("https://www.linkedin.com/authwall", hand_written("public-authwall.html"))
    view = session.public_view(PROFILE, KEYS)
    assert view.status == "login-wall" and view.facts == []
    assert "sign-in" in view.reason


def test_public_view_does_not_carry_the_persons_cookies(session: BrowserSession, server: FixtureServer) -> None:
    server.serve(
        AI_URL,
        render_page(AI_PROBE, "en", "on", "button-aria").replace(
            "<body>", "<body><script>document.cookie='li_at=SESSION; path=/'</script>"
        ),
    )
    assert session.probe("c", AI_PROBE, fact_key="linkedin.setting.generative_ai_data").ok
    server.serve(PROFILE, hand_written("public-linkedin-photo.html"))
    session.show(PROFILE)  # the person's own context: its requests carry the session cookie
    assert "li_at=SESSION" in server.cookies[-1][1]
    view = session.public_view(PROFILE, KEYS)  # a fresh context: a stranger has no cookie
    assert view.status == "ok"
    assert server.cookies[-1] == (PROFILE, "")


def test_not_started_session_says_so(tmp_path: Path) -> None:
    with pytest.raises(AuditorError, match="not running"):
        BrowserSession(profile_dir=tmp_path / "p").probe("c", AI_PROBE, fact_key="linkedin.x")


def test_the_person_closing_the_tab_or_the_browser(tmp_path: Path) -> None:
    """A closed tab is reopened; a closed browser is a clear error, and close() still works."""
    own = FixtureServer()
    own.serve(AI_URL, render_page(AI_PROBE, "en", "on", "button-aria"))
    session = BrowserSession(
        profile_dir=tmp_path / "profile",
        browser_path=browser_path_or_skip(),
        headless=True,
        route_hook=own.install,
        extra_args=["--proxy-server=http://127.0.0.1:9"],
    )
    session.start()
    try:
        session.inspect(lambda context, page: page.close())
        assert session.probe("c", AI_PROBE, fact_key="linkedin.setting.generative_ai_data").value is True
        session.inspect(lambda context, page: context.close())
        with pytest.raises(BrowserClosedError, match="browser was closed"):
            session.probe("c", AI_PROBE, fact_key="linkedin.setting.generative_ai_data")
    finally:
        session.close()
    with pytest.raises(AuditorError, match="not running"):
        session.probe("c", AI_PROBE, fact_key="linkedin.setting.generative_ai_data")


def test_exists_is_true_even_with_two_such_headings(session: BrowserSession, server: FixtureServer) -> None:
    probe = example_probe("heading", "exists")
    page = render_page(probe, "nl", "present", "h2")
    server.serve(probe.url, page.replace("</main>", f"<h2>{probe.name.nl}</h2></main>"))
    result = session.probe("linkedin.security.example", probe, fact_key="linkedin.security.example")
    assert result.ok and result.value is True and result.lang == "nl"
