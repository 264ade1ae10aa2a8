"""The browser collector: reads settings from the person's own browser, and nothing else.

Public API (everything else is an implementation detail)::

    from auditor.collectors.browser import BrowserSession, PublicKeys, public_keys_for

    with BrowserSession(profile_dir=None, cdp_url=None, browser_path=None) as session:
        result = session.probe_check(check, lang="nl")   # ProbeResult; result.fact or reason
        session.show_check(check, lang="nl")             # outline the control for the wizard
        view = session.public_view(url, public_keys_for(checklist.checks, "linkedin"))

    forget_profile(path=None)                              # `auditor browser forget`

Importing this package does not import Playwright; ``BrowserSession.start`` does, on
its own worker thread.
"""

from auditor.collectors.browser.forget import ForgetResult, forget_profile
from auditor.collectors.browser.locate import BrowserChoice, find_browser, install_hint
from auditor.collectors.browser.probes import (
    PAGE_CHANGED,
    ProbeResult,
    ProbeStatus,
    looks_like_login,
)
from auditor.collectors.browser.profile import default_profile_dir, prepare_profile_dir
from auditor.collectors.browser.public import PublicKeys, PublicViewResult, public_keys_for
from auditor.collectors.browser.session import BrowserClosedError, BrowserSession, check_cdp_url

__all__ = [
    "PAGE_CHANGED",
    "BrowserChoice",
    "BrowserClosedError",
    "BrowserSession",
    "ForgetResult",
    "ProbeResult",
    "ProbeStatus",
    "PublicKeys",
    "PublicViewResult",
    "check_cdp_url",
    "default_profile_dir",
    "find_browser",
    "forget_profile",
    "install_hint",
    "looks_like_login",
    "prepare_profile_dir",
    "public_keys_for",
]
