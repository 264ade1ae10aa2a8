"""``audit --browser``: read what the person's own browser shows, as facts.

The browser collector does the reading; this module decides the order (probes, then the
public view), talks to the person when a page wants a login, and turns failed readings
into facts that carry their reason (value ``None``), so the audit asks instead and the
report lists what could not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.commands.common import now
from auditor.facts import Fact
from auditor.store import AuditRow
from auditor.strings import t


@contextmanager
def session(args: argparse.Namespace) -> Iterator[object]:
    from auditor.collectors.browser import BrowserSession

    with BrowserSession(profile_dir=args.profile_dir, cdp_url=args.cdp, browser_path=args.browser_path,
                        headless=True if args.headless else None) as browser:
        for notice in browser.notices:
            print(t("browser.notice", text=notice), file=sys.stderr)
        yield browser


def probed_checks(cat: Catalogue, audit: AuditRow) -> list[Check]:
    checks = []
    for platform in audit.platforms:
        checklist = cat.platform(platform)
        if checklist.status != "active":
            continue
        checks += [c for c in checklist.checks
                   if c.probe is not None and not c.removed and c.applies_to_goal(audit.goal)]
    return checks


def fill_title(check: Check, lang: str, plang: str) -> str:
    """A check's title with its screen words in the platform's language."""
    from auditor import labels

    return labels.fill(check.title.get(lang), labels.Screen.of(check), plang, lang)


def collect(browser: object, cat: Catalogue, audit: AuditRow, *, interactive: bool,
            known: dict[str, Fact], record: Callable[[Fact], None]) -> int:
    """Probe every check that has a probe, then the public profiles; ``record`` gets each
    reading as it is made (so a closed browser or Ctrl-C loses none). Returns the count."""
    from auditor.collectors.browser import BrowserSession, public_keys_for

    assert isinstance(browser, BrowserSession)
    count = 0
    checks = probed_checks(cat, audit)
    lang = audit.lang
    print(t("browser.reading", lang, n=len(checks)))
    skipped: set[str] = set()
    for index, check in enumerate(checks, 1):
        if check.platform in skipped:
            continue
        screen = audit.platform_lang(check.platform)  # the control's name as the person's screen says it first
        result = browser.probe_check(check, screen)
        if result.status == "not-logged-in" and interactive:
            name = cat.platform(check.platform).name
            browser.show(result.final_url or check.where.url)
            reply = _ask(t("browser.login", lang, name=name))
            if reply is None or reply.strip().lower().startswith("s"):
                skipped.add(check.platform)
            else:
                result = browser.probe_check(check, screen)
        outcome = t("browser.read", lang) if result.fact is not None else result.reason_text(lang)
        print(t("browser.progress", lang, i=index, n=len(checks), title=fill_title(check, lang, screen),
                                outcome=outcome))
        record(result.fact if result.fact is not None else _not_read(check, result.reason_text(audit.lang)))
        count += 1
    for platform in audit.platforms:
        url = _profile_url(platform, known)
        if url is None:
            continue
        view = browser.public_view(url, public_keys_for(cat.platform(platform).checks, platform))
        print(t("browser.public", lang, url=url, n=len(view.facts), status=_public_status(view.status, lang)))
        for fact in view.facts:
            record(fact)
            count += 1
    return count


def _public_status(status: str, lang: str) -> str:
    """How reading a public profile went, in words (the status itself is a code)."""
    keys = {"ok": "browser.read", "page-error": "browser.reason.page-error", "login-wall": "errors.browser.login_wall"}
    return t(keys[status], lang) if status in keys else status


def _ask(prompt: str) -> str | None:
    """A line from the person; None when the input is closed (Ctrl-D) or there is none."""
    from auditor.frontends.terminal import TerminalPrompter

    return TerminalPrompter().ask(prompt)


def _not_read(check: Check, reason: str) -> Fact:
    """A reading that failed is kept, with its reason, so the report can say why."""
    url = check.probe.url if check.probe else check.where.url
    return Fact(key=check.fact, value=None, source="browser", observed_at=now(), detail=f"{reason} — {url}",
                check_id=check.id, check_revision=check.revision)


def _profile_url(platform: str, known: dict[str, Fact]) -> str | None:
    """The person's public profile address, if an answer or an export gave it."""
    for key in (f"{platform}.profile.custom_url", f"{platform}.profile.url"):
        fact = known.get(key)
        if fact is not None and isinstance(fact.value, str) and fact.value.startswith("https://"):
            return fact.value
    return None
