"""``BrowserSession``: the person's browser, driven from one dedicated worker thread.

Playwright's synchronous API runs an asyncio loop on the thread that starts it, and the
wizard's prompts (prompt_toolkit) refuse to run where such a loop is running. So every
Playwright object lives and dies on a single worker thread (a one-worker
``ThreadPoolExecutor``); the public methods are called from the main thread, hand their
work to that worker and wait for the answer. The rest of the program stays synchronous
and never touches Playwright.

Two ways in, both respecting that the browser is the person's:

* **launch** a Chromium-family browser (``locate.py``), headed, on the auditor's own
  profile directory (``profile.py``): the person logs in there once and stays logged in;
* **attach** over CDP to a browser the person started with ``--remote-debugging-port``,
  on this machine only: a DevTools port gives full control of the browser, so a URL on
  any other host is refused.

Probes only read (``probes.py``); the public view (``public.py``) uses a separate,
cookie-less context so it sees what a stranger sees.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from auditor.catalogue.model import Check, Probe
from auditor.catalogue.screens import PageRecord
from auditor.collectors.browser.locate import (
    BrowserChoice,
    decide_headless,
    find_browser,
    launch_args,
)
from auditor.collectors.browser.probes import (
    DEFAULT_TIMEOUT_S,
    ProbeResult,
    outline_control,
    read_probe,
)
from auditor.collectors.browser.profile import prepare_profile_dir, profile_in_use
from auditor.collectors.browser.public import PublicKeys, PublicViewResult, read_public_view
from auditor.errors import AuditorError
from auditor.langs import LANGS
from auditor.strings import t

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Playwright

T = TypeVar("T")
RouteHook = Callable[["BrowserContext"], None]

LOOPBACK_NAMES = frozenset({"localhost"})


class BrowserClosedError(AuditorError):
    """The person closed the auditor's browser (or it crashed) while we were using it."""


def check_cdp_url(url: str) -> str:
    """The CDP URL if it points at this machine; an ``AuditorError`` otherwise.

    Whoever can reach a DevTools port controls that browser, logged-in sessions and all,
    so we attach only to loopback (127.0.0.0/8, ::1, localhost) and never send the
    person's traffic through another host.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        port = parts.port
    except ValueError as exc:
        raise AuditorError(t("errors.cdp.invalid", url=url, error=exc)) from None
    if parts.scheme not in ("http", "https", "ws", "wss") or not host:
        raise AuditorError(t("errors.cdp.shape", url=url), hint=t("errors.cdp.shape.hint"))
    loopback = host.lower() in LOOPBACK_NAMES
    if not loopback:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
    if not loopback:
        raise AuditorError(t("errors.cdp.remote", url=url, host=host), hint=t("errors.cdp.remote.hint"))
    if port is None and parts.scheme in ("http", "https"):
        raise AuditorError(t("errors.cdp.port", url=url))
    return url.strip()


class BrowserSession:
    """The browser collector's handle on one browser, for the length of an audit.

    Use as a context manager, or call ``start()`` and ``close()``. Every method may be
    called from any thread except the worker itself; calls are serialised.
    """

    def __init__(
        self,
        *,
        profile_dir: Path | None = None,
        cdp_url: str | None = None,
        browser_path: str | None = None,
        headless: bool | None = None,
        route_hook: RouteHook | None = None,
        probe_timeout_s: float = DEFAULT_TIMEOUT_S,
        extra_args: Sequence[str] = (),
    ) -> None:
        self.cdp_url = check_cdp_url(cdp_url) if cdp_url is not None else None
        self.profile_dir = profile_dir
        self.browser_path = browser_path
        self.headless_requested = headless
        self.route_hook = route_hook
        self.probe_timeout_s = probe_timeout_s
        self.extra_args = tuple(extra_args)
        self.notices: list[str] = []  # things the person should be told (shown by the caller)
        self.browser_label = ""
        self.headless = False
        self._executor: ThreadPoolExecutor | None = None
        self._pw: Playwright | None = None
        self._browser: Browser | None = None
        self._context: BrowserContext | None = None
        self._page: Page | None = None
        self._own_pages: list[Page] = []

    # -- thread plumbing ----------------------------------------------------------------

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            raise AuditorError("The browser session is not running (call start() first).")
        return self._executor.submit(fn, *args).result()

    def __enter__(self) -> BrowserSession:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API -----------------------------------------------------------------------

    def start(self) -> None:
        """Launch (or attach to) the browser. Raises ``AuditorError`` with a clear message."""
        if self._executor is not None:
            return
        from auditor.extras import require_browser_extra

        require_browser_extra()  # Playwright comes with social-auditor[browser]: say how to add it
        if self.cdp_url is None:
            # Prepared on the calling thread so a bad --profile-dir fails before any browser.
            self.profile_dir = prepare_profile_dir(self.profile_dir)
            if profile_in_use(self.profile_dir):
                raise AuditorError(t("errors.browser.in_use", path=self.profile_dir),
                                   hint=t("errors.browser.in_use.hint"))
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="auditor-browser")
        try:
            self._call(self._start)
        except BaseException:
            self.close()
            raise

    def probe(
        self,
        check_id: str,
        probe: Probe,
        *,
        fact_key: str,
        check_revision: int | None = None,
        lang_order: Sequence[str] = LANGS,
        timeout_s: float | None = None,
    ) -> ProbeResult:
        """Read one setting (see ``probes.read_probe``). Never changes anything."""
        timeout = self.probe_timeout_s if timeout_s is None else timeout_s
        return self._call(self._probe, check_id, probe, fact_key, check_revision, tuple(lang_order), timeout)

    def probe_check(self, check: Check, lang: str = "en", *, timeout_s: float | None = None) -> ProbeResult:
        """Read the setting of a checklist check that declares a ``probe``."""
        if check.probe is None:
            raise ValueError(f"check {check.id} has no probe")
        order = (lang, "nl" if lang == "en" else "en")
        return self.probe(
            check.id,
            check.probe,
            fact_key=check.fact,
            check_revision=check.revision,
            lang_order=order,
            timeout_s=timeout_s,
        )

    def public_view(self, url: str, keys: PublicKeys) -> PublicViewResult:
        """What a logged-out stranger sees at ``url`` (a fresh context without cookies)."""
        return self._call(self._public_view, url, keys)

    def show(self, url: str, probe: Probe | None = None, lang_order: Sequence[str] = LANGS) -> bool:
        """Bring ``url`` up in the browser and outline ``probe``'s control, if given.

        For the wizard: while it asks a question the browser could not answer, the person
        sees the page with the setting marked. Returns whether the control was outlined.
        """
        return self._call(self._show, url, probe, tuple(lang_order))

    def show_check(self, check: Check, lang: str = "en") -> bool:
        """``show`` for a check: its probe's page and control, or else its 'where' page."""
        order = (lang, "nl" if lang == "en" else "en")
        if check.probe is not None:
            return self.show(check.probe.url, check.probe, order)
        return self.show(check.where.url, None, order)

    def record(self, url: str, checks: Sequence[str], names: Sequence[str] = ()) -> PageRecord:
        """What the settings page at ``url`` says (the label recorder); it only reads."""
        result: PageRecord = self._call(self._record, url, tuple(checks), tuple(names))
        return result

    def inspect(self, fn: Callable[[BrowserContext, Page], T]) -> T:
        """Run ``fn(context, work_page)`` on the worker thread: for tests and diagnostics.

        Playwright objects refuse to be used from another thread, so this is the only
        way to look at the browser from outside. Probes must not need it.
        """
        result: T = self._call(self._inspect, fn)
        return result

    def close(self) -> None:
        """Close what we opened. An attached (CDP) browser keeps running: it is the person's."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        try:
            executor.submit(self._stop).result()
        finally:
            executor.shutdown(wait=True)

    # -- worker-thread side -----------------------------------------------------------------

    def _start(self) -> None:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        try:
            if self.cdp_url is not None:
                self._attach(self.cdp_url)
            else:
                self._launch()
        except PlaywrightError as exc:
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if self.cdp_url is not None:
                raise AuditorError(t("errors.browser.attach", url=self.cdp_url, reason=text),
                                   hint=t("errors.browser.attach.hint")) from None
            raise AuditorError(t("errors.browser.start", browser=self.browser_label, reason=text),
                               hint=t("errors.browser.start.hint")) from None
        assert self._context is not None
        if self.route_hook is not None:
            self.route_hook(self._context)
        if self.cdp_url is None and self._context.pages:
            self._page = self._context.pages[0]  # the window the browser opened with
        else:  # an attached browser: our own tab, never one of the person's
            self._page = self._context.new_page()
            self._own_pages.append(self._page)
            self.notices.append(t("errors.browser.attached", url=self.cdp_url))

    def _launch(self) -> None:
        assert self._pw is not None and self.profile_dir is not None
        choice: BrowserChoice = find_browser(self.browser_path, bundled_path=self._pw.chromium.executable_path)
        self.browser_label = choice.label
        self.headless, notice = decide_headless(self.headless_requested)
        if notice:
            self.notices.append(notice)
        self._context = self._pw.chromium.launch_persistent_context(
            str(self.profile_dir),
            headless=self.headless,
            args=launch_args(self.extra_args),
            no_viewport=not self.headless,
            executable_path=choice.executable_path,
            channel=choice.channel,
        )
        self._browser = self._context.browser

    def _attach(self, url: str) -> None:
        assert self._pw is not None
        self.browser_label = f"the browser at {url}"
        self._browser = self._pw.chromium.connect_over_cdp(url)
        contexts = self._browser.contexts
        # The default context is the person's own profile, where they are logged in.
        self._context = contexts[0] if contexts else self._browser.new_context()

    def _work_page(self) -> Page:
        if self._page is None or self._page.is_closed():
            if self._context is None:
                raise BrowserClosedError(t("errors.browser.not_running"))
            try:
                self._page = self._context.new_page()
            except Exception as exc:  # the context is gone with the window
                raise BrowserClosedError(t("errors.browser.closed"), hint=t("errors.browser.closed.hint")) from exc
            self._own_pages.append(self._page)
        return self._page

    def _probe(
        self,
        check_id: str,
        probe: Probe,
        fact_key: str,
        revision: int | None,
        lang_order: tuple[str, ...],
        timeout_s: float,
    ) -> ProbeResult:
        def read(page: Page) -> ProbeResult:
            return read_probe(page, check_id, fact_key, probe, lang_order=lang_order, timeout_s=timeout_s,
                              check_revision=revision)

        page = self._work_page()
        result = read(page)
        if result.status == "page-error" and page.is_closed():
            # The person closed our tab: open another (or learn that the browser is gone).
            result = read(self._work_page())
        return result

    def _show(self, url: str, probe: Probe | None, lang_order: tuple[str, ...]) -> bool:
        from playwright.sync_api import Error as PlaywrightError

        page = self._work_page()
        try:
            if probe is None:
                page.goto(url, wait_until="domcontentloaded")
                page.bring_to_front()
                return False
            if probe.url != url:
                probe = probe.model_copy(update={"url": url})
            return outline_control(page, probe, lang_order, min(self.probe_timeout_s, 5.0))
        except PlaywrightError:
            return False

    def _public_view(self, url: str, keys: PublicKeys) -> PublicViewResult:
        if self._browser is None:
            raise AuditorError(t("errors.browser.no_private_window"))
        context = self._browser.new_context()
        try:
            if self.route_hook is not None:
                self.route_hook(context)
            page = context.new_page()
            return read_public_view(page, url, keys)
        finally:
            context.close()

    def _record(self, url: str, checks: tuple[str, ...], names: tuple[str, ...]) -> PageRecord:
        from auditor.collectors.browser.recorder import record_page

        return record_page(self._work_page(), url, checks, timeout_s=self.probe_timeout_s, names=names)

    def _inspect(self, fn: Callable[[BrowserContext, Page], T]) -> T:
        if self._context is None:
            raise BrowserClosedError(t("errors.browser.not_running"))
        return fn(self._context, self._work_page())

    def _stop(self) -> None:
        try:
            if self.cdp_url is not None:
                for page in self._own_pages:
                    if not page.is_closed():
                        page.close()
                if self._browser is not None:
                    self._browser.close()  # disconnects; the person's browser keeps running
            elif self._context is not None:
                self._context.close()  # closing a persistent context closes its browser
        except Exception:
            pass
        finally:
            self._context = self._browser = self._page = None
            self._own_pages.clear()
            if self._pw is not None:
                self._pw.stop()
                self._pw = None
