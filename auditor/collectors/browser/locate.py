"""Finding a Chromium-family browser to drive, and deciding how to start it.

The person should not have to know what Playwright is. We try, in this order, the browser
Playwright installed for itself (the one it is tested with), a branded Chrome or Edge the
person already has (Playwright drives those through a "channel"), and finally any Chromium
on the PATH (Debian's ``/usr/bin/chromium``). ``--browser-path`` overrides the search.
When nothing is found the error says how to install one, for this operating system.

Everything here is plain file-system inspection with injectable seams (``env``, ``which``,
``exists``) so it is tested without a browser and without touching the real machine.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import AuditorError
from auditor.strings import t

# Chrome would otherwise phone home (component updates, sync, field trials) while the
# person only asked us to look at one settings page; these keep the run quiet and local.
BASE_ARGS: tuple[str, ...] = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# Chromium's sandbox refuses to start as root, and CI containers often lack a GPU.
ROOT_OR_CI_ARGS: tuple[str, ...] = ("--no-sandbox", "--disable-gpu")

# Where Playwright itself looks for the branded browsers it calls "channels".
_CHANNEL_PATHS: dict[str, dict[str, tuple[str, ...]]] = {
    "linux": {
        "chrome": ("/opt/google/chrome/chrome",),
        "msedge": ("/opt/microsoft/msedge/msedge",),
    },
    "darwin": {
        "chrome": ("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",),
        "msedge": ("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",),
    },
    "win32": {
        "chrome": (r"Google\Chrome\Application\chrome.exe",),
        "msedge": (r"Microsoft\Edge\Application\msedge.exe",),
    },
}
_CHANNEL_LABELS = {"chrome": "Google Chrome", "msedge": "Microsoft Edge"}
_WINDOWS_ROOTS = ("LOCALAPPDATA", "PROGRAMFILES", "PROGRAMFILES(X86)")

# Names a Chromium-family browser goes by on a PATH, most specific first.
PATH_NAMES: tuple[str, ...] = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
)
# Distribution locations that may not be on a restricted PATH (cron, systemd, sudo).
FALLBACK_PATHS: tuple[str, ...] = (
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
)


@dataclass(frozen=True)
class BrowserChoice:
    """The browser we will start: either an executable, or a Playwright channel name."""

    label: str
    executable_path: str | None = None
    channel: str | None = None


def _platform_key(platform: str) -> str:
    if platform.startswith("linux"):
        return "linux"
    if platform == "darwin":
        return "darwin"
    if platform in ("win32", "cygwin"):
        return "win32"
    return platform


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def installed_channel(
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    exists: Callable[[str], bool] = _is_executable,
) -> BrowserChoice | None:
    """An installed Google Chrome or Microsoft Edge, as a Playwright channel."""
    env = os.environ if env is None else env
    key = _platform_key(platform)
    for channel, paths in _CHANNEL_PATHS.get(key, {}).items():
        candidates: list[str] = []
        for path in paths:
            if key == "win32":
                candidates += [str(Path(env[root]) / path) for root in _WINDOWS_ROOTS if env.get(root)]
            else:
                candidates.append(path)
        for candidate in candidates:
            if exists(candidate):
                return BrowserChoice(label=f"{_CHANNEL_LABELS[channel]} ({candidate})", channel=channel)
    return None


def install_hint(platform: str = sys.platform) -> str:
    """How to get a browser we can drive, in the words of this operating system."""
    key = _platform_key(platform)
    playwright = f"{Path(sys.executable).name} -m playwright install chromium"
    if key == "linux":
        return t("errors.browser.install.linux", playwright=playwright)
    return t("errors.browser.install.other", playwright=playwright)


def find_browser(
    browser_path: str | os.PathLike[str] | None = None,
    *,
    bundled_path: str | None = None,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    exists: Callable[[str], bool] = _is_executable,
) -> BrowserChoice:
    """The browser to drive, or an ``AuditorError`` that says how to install one.

    ``bundled_path`` is Playwright's idea of where its own Chromium would be
    (``playwright.chromium.executable_path``); it counts only if the file is really there,
    because ``playwright install`` may never have run.
    """
    if browser_path is not None:
        path = str(Path(browser_path).expanduser())
        if not exists(path):
            raise AuditorError(t("errors.browser.path", path=path), hint=t("errors.browser.path.hint"))
        return BrowserChoice(label=path, executable_path=path)
    if bundled_path and exists(bundled_path):
        return BrowserChoice(label=f"Playwright's Chromium ({bundled_path})", executable_path=bundled_path)
    channel = installed_channel(platform, env, exists)
    if channel is not None:
        return channel
    for name in PATH_NAMES:
        found = which(name)
        if found and exists(found):
            return BrowserChoice(label=found, executable_path=found)
    if _platform_key(platform) == "linux":
        for path in FALLBACK_PATHS:
            if exists(path):
                return BrowserChoice(label=path, executable_path=path)
    raise AuditorError(t("errors.browser.none", names=", ".join(PATH_NAMES)), hint=install_hint(platform))


def _running_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return bool(geteuid is not None and geteuid() == 0)


def launch_args(
    extra: Sequence[str] = (),
    *,
    env: Mapping[str, str] | None = None,
    is_root: bool | None = None,
) -> list[str]:
    """Command-line switches for every browser we start (see ``BASE_ARGS``)."""
    env = os.environ if env is None else env
    root = _running_as_root() if is_root is None else is_root
    args = list(BASE_ARGS)
    if root or env.get("CI"):
        args += ROOT_OR_CI_ARGS
    args += [a for a in extra if a not in args]
    return args


def decide_headless(
    requested: bool | None,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
) -> tuple[bool, str | None]:
    """Headed by default (the person must see the page and log in), headless when asked
    (tests, benchmarks) or when a Linux machine has no display at all (with a notice)."""
    env = os.environ if env is None else env
    if requested is not None:
        return requested, None
    if _platform_key(platform) == "linux" and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return True, t("errors.browser.no_display")
    return False, None
