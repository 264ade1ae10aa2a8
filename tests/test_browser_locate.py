"""Finding a browser, its launch switches, headed or headless, and which CDP URLs we accept.

No browser is started here: the search is driven through fake ``which``/``exists``.
"""

from __future__ import annotations

import pytest

from auditor.collectors.browser.locate import (
    BASE_ARGS,
    decide_headless,
    find_browser,
    install_hint,
    launch_args,
)
from auditor.collectors.browser.probes import looks_like_login
from auditor.collectors.browser.session import BrowserSession, check_cdp_url
from auditor.errors import AuditorError


def fake_fs(*present: str):  # type: ignore[no-untyped-def]
    files = set(present)
    return (lambda name: next((p for p in files if p.endswith("/" + name)), None), lambda path: path in files)


def test_playwrights_own_chromium_comes_first() -> None:
    which, exists = fake_fs("/cache/ms-playwright/chrome", "/opt/google/chrome/chrome", "/usr/bin/chromium")
    choice = find_browser(
        bundled_path="/cache/ms-playwright/chrome", platform="linux", env={}, which=which, exists=exists
    )
    assert choice.executable_path == "/cache/ms-playwright/chrome" and choice.channel is None


def test_an_uninstalled_bundled_path_does_not_count() -> None:
    which, exists = fake_fs("/opt/google/chrome/chrome", "/usr/bin/chromium")
    choice = find_browser(
        bundled_path="/cache/ms-playwright/chrome", platform="linux", env={}, which=which, exists=exists
    )
    assert choice.channel == "chrome" and choice.executable_path is None


def test_installed_edge_is_a_channel_on_windows() -> None:
    edge = r"C:\Program Files (x86)" + "/" + r"Microsoft\Edge\Application\msedge.exe"
    which, exists = fake_fs(edge)
    choice = find_browser(
        platform="win32", env={"PROGRAMFILES(X86)": r"C:\Program Files (x86)"}, which=which, exists=exists
    )
    assert choice.channel == "msedge"


def test_then_chromium_on_the_path() -> None:
    which, exists = fake_fs("/usr/local/bin/chromium-browser")
    choice = find_browser(platform="linux", env={}, which=which, exists=exists)
    assert choice.executable_path == "/usr/local/bin/chromium-browser"


def test_debian_chromium_even_when_not_on_the_path() -> None:
    choice = find_browser(
        platform="linux", env={}, which=lambda name: None, exists=lambda path: path == "/usr/bin/chromium"
    )
    assert choice.executable_path == "/usr/bin/chromium"


def test_browser_path_overrides_the_search() -> None:
    which, exists = fake_fs("/opt/google/chrome/chrome", "/home/me/bin/brave")
    choice = find_browser("/home/me/bin/brave", platform="linux", env={}, which=which, exists=exists)
    assert choice.executable_path == "/home/me/bin/brave"


def test_a_wrong_browser_path_is_a_clear_error() -> None:
    with pytest.raises(AuditorError, match="--browser-path /nowhere/chrome: no executable browser"):
        find_browser("/nowhere/chrome", which=lambda name: None, exists=lambda path: False)


def test_no_browser_says_how_to_install_one() -> None:
    with pytest.raises(AuditorError) as info:
        find_browser(platform="linux", env={}, which=lambda name: None, exists=lambda path: False)
    text = info.value.render()
    assert "No Chromium-family browser was found" in text
    assert "sudo apt-get install chromium" in text
    assert "playwright install chromium" in text
    assert "Google Chrome" in install_hint("darwin")


def test_launch_args_keep_the_browser_quiet() -> None:
    args = launch_args(env={}, is_root=False)
    assert args == list(BASE_ARGS)
    assert {"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"} <= set(
        args
    )
    assert "--no-sandbox" not in args


@pytest.mark.parametrize(("env", "root"), [({}, True), ({"CI": "true"}, False)])
def test_root_or_ci_turn_the_sandbox_off(env: dict[str, str], root: bool) -> None:
    args = launch_args(["--lang=nl"], env=env, is_root=root)
    assert "--no-sandbox" in args and "--disable-gpu" in args and args[-1] == "--lang=nl"


def test_headed_unless_asked_or_without_display() -> None:
    assert decide_headless(None, platform="linux", env={"DISPLAY": ":0"}) == (False, None)
    assert decide_headless(None, platform="linux", env={"WAYLAND_DISPLAY": "wayland-0"}) == (False, None)
    assert decide_headless(None, platform="darwin", env={}) == (False, None)
    assert decide_headless(True, platform="linux", env={"DISPLAY": ":0"}) == (True, None)
    headless, notice = decide_headless(None, platform="linux", env={})
    assert headless and notice is not None and "headless" in notice and "--cdp" in notice


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9222",
        "http://localhost:9222/",
        "http://[::1]:9222",
        "http://127.0.0.2:9222",
        "ws://127.0.0.1:9222/devtools/browser/abc",
        "  http://LOCALHOST:9222  ",
    ],
)
def test_loopback_cdp_urls_are_accepted(url: str) -> None:
    assert check_cdp_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.5:9222",
        "http://192.168.1.20:9222",
        "http://example.com:9222",
        "http://127.0.0.1@evil.example:9222",
        "http://0.0.0.0:9222",
        "http://[::]:9222",
        "ws://devtools.example:443/devtools/browser/x",
        "http://127.0.0.1.nip.io:9222",
    ],
)
def test_other_hosts_are_refused(url: str) -> None:
    with pytest.raises(AuditorError, match="refusing to attach"):
        check_cdp_url(url)


@pytest.mark.parametrize("url", ["127.0.0.1:9222", "file:///tmp/x", "http://127.0.0.1", "http://[::1"])
def test_malformed_cdp_urls_are_refused(url: str) -> None:
    with pytest.raises(AuditorError, match="--cdp"):
        check_cdp_url(url)


def test_session_refuses_a_remote_cdp_before_starting_anything() -> None:
    with pytest.raises(AuditorError, match="refusing to attach"):
        BrowserSession(cdp_url="http://203.0.113.7:9222")


@pytest.mark.parametrize(
    ("url", "login"),
    [
        ("https://www.linkedin.com/uas/login?session_redirect=x", True),
        ("https://www.linkedin.com/checkpoint/lg/login", True),
        ("https://www.linkedin.com/authwall?trk=x", True),
        ("https://x.com/i/flow/login", True),
        ("https://www.instagram.com/accounts/login/?next=/accounts/privacy_and_security/", True),
        ("https://www.facebook.com/login.php?next=x", True),
        ("https://accounts.google.com/v3/signin", True),
        ("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", False),
        ("https://x.com/settings/account/login_verification", False),
        ("https://www.facebook.com/settings/?tab=profile_and_tagging", False),
    ],
)
def test_login_pages_are_recognised(url: str, login: bool) -> None:
    assert looks_like_login(url) is login


def test_no_browser_is_explained_in_dutch(dutch: None) -> None:
    with pytest.raises(AuditorError) as info:
        find_browser(platform="linux", env={}, which=lambda name: None, exists=lambda path: False)
    text = info.value.render()
    assert "Er is geen browser uit de Chromium-familie gevonden" in text
    assert "Installeer een van deze" in text and "sudo apt-get install chromium" in text
    assert "Of wijs een browser aan met --browser-path" in install_hint("darwin")
