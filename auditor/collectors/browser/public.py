"""What a stranger sees: the person's public profile, opened in a logged-out context.

Profile checks (a photo, a headline, a custom profile address) are about what *others*
see, and the person's own logged-in view is the wrong witness: platforms show owners
things strangers never get. So this view uses a fresh browser context with no cookies,
never the auditor profile, and records ``public-profile`` facts.

Page markup differs per platform and changes without notice, so what to read is data
(``SPECS``), and each reading is cautious: an element that is missing, or a photo address
we cannot classify, gives no fact at all (the check stays ``unknown``), never a guess.
A sign-in wall instead of the profile gives no facts and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit, urlunsplit

from auditor.catalogue.model import Check
from auditor.collectors.browser.probes import looks_like_login
from auditor.facts import Fact, FactValue, now

if TYPE_CHECKING:
    from playwright.sync_api import Page

PublicStatus = Literal["ok", "login-wall", "page-error"]


@dataclass(frozen=True)
class PublicKeys:
    """The fact keys the profile checks read; ``None`` where the checklist has no such check."""

    photo: str | None = None
    headline: str | None = None
    custom_url: str | None = None
    # The kind of value each key wants: True/False, or the text itself.
    custom_url_as_text: bool = True


def public_keys_for(checks: Iterable[Check], platform: str) -> PublicKeys:
    """Fact keys for the checks ``<platform>.profile.photo``, ``.headline`` (X: ``.bio``)
    and ``.custom-url`` (Facebook: ``.username``), the ids DESIGN 5.3 fixes."""
    by_id = {c.id: c for c in checks if not c.removed}
    photo = by_id.get(f"{platform}.profile.photo")
    headline = by_id.get(f"{platform}.profile.headline") or by_id.get(f"{platform}.profile.bio")
    custom = by_id.get(f"{platform}.profile.custom-url") or by_id.get(f"{platform}.profile.username")
    as_text = True
    if custom is not None and custom.question is not None and custom.question.kind == "toggle":
        as_text = False
    return PublicKeys(
        photo=photo.fact if photo else None,
        headline=headline.fact if headline else None,
        custom_url=custom.fact if custom else None,
        custom_url_as_text=as_text,
    )


@dataclass(frozen=True)
class PublicSpec:
    """Where one platform's logged-out profile page shows what we read."""

    headline: tuple[str, ...] = ()
    photo: tuple[str, ...] = ('meta[property="og:image"]',)
    real_photo: tuple[str, ...] = ()  # patterns in an image address meaning a person's photo
    placeholder_photo: tuple[str, ...] = ()  # patterns meaning the platform's blank avatar
    profile_path: str = r"^/[^/]+/?$"  # what a profile address looks like on this host
    generated_slug: str | None = None  # a profile address the platform made up


SPECS: dict[str, PublicSpec] = {
    "linkedin.com": PublicSpec(
        headline=(
            "h2.top-card-layout__headline",
            ".top-card-layout__headline",
            "[data-section='headline']",
        ),
        photo=(
            "img.top-card__profile-image",
            "img.top-card-layout__entity-image",
            ".top-card__profile-image-container img",
            'meta[property="og:image"]',
        ),
        real_photo=(r"profile-displayphoto",),
        placeholder_photo=(r"ghost", r"/aero-v1/sc/h/", r"static\.licdn\.com/sc/h/"),
        profile_path=r"^/in/[^/]+/?$",
        generated_slug=r"^/in/[a-z0-9-]+-[0-9a-f]{6,}/?$|^/in/ACo[A-Za-z0-9_-]+/?$",
    ),
    "x.com": PublicSpec(
        headline=("[data-testid='UserDescription']",),
        photo=("img[src*='profile_images']", 'meta[property="og:image"]'),
        real_photo=(r"/profile_images/",),
        placeholder_photo=(r"default_profile",),
    ),
    "twitter.com": PublicSpec(
        headline=("[data-testid='UserDescription']",),
        photo=("img[src*='profile_images']", 'meta[property="og:image"]'),
        real_photo=(r"/profile_images/",),
        placeholder_photo=(r"default_profile",),
    ),
    "facebook.com": PublicSpec(generated_slug=r"^/profile\.php"),
    "instagram.com": PublicSpec(),
}


def spec_for(url: str) -> PublicSpec:
    host = (urlsplit(url).hostname or "").lower()
    for domain, spec in SPECS.items():
        if host == domain or host.endswith("." + domain):
            return spec
    return PublicSpec()


@dataclass(frozen=True)
class PublicViewResult:
    """What a logged-out visitor saw; ``missing`` names what could not be read, and why."""

    url: str
    final_url: str
    status: PublicStatus
    facts: list[Fact] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    reason: str = ""


def clean_url(url: str) -> str:
    """The address without query or fragment (tracking parameters are not the profile URL)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


_PHOTO_JS = """
el => el.tagName === 'META' ? (el.getAttribute('content') || '')
      : (el.currentSrc || el.getAttribute('src') || el.getAttribute('data-delayed-url') || '')
"""


def _read_photo(page: Page, spec: PublicSpec) -> tuple[bool | None, str]:
    seen: list[str] = []
    for selector in spec.photo:
        elements = page.locator(selector)
        for i in range(min(elements.count(), 3)):
            src = str(elements.nth(i).evaluate(_PHOTO_JS) or "")
            if not src:
                continue
            seen.append(src)
            if any(re.search(p, src) for p in spec.placeholder_photo):
                return False, src
            if any(re.search(p, src) for p in spec.real_photo):
                return True, src
    if not seen:
        return None, "no profile photo element on the page"
    return None, "a photo address this checklist cannot classify: " + seen[0][:120]


def _read_headline(page: Page, spec: PublicSpec) -> tuple[str | None, str]:
    for selector in spec.headline:
        element = page.locator(selector)
        if element.count():
            text = " ".join(element.first.inner_text(timeout=2000).split())
            if text:
                return text, ""
    return None, "no headline element on the page" if spec.headline else "not read on this platform"


def read_public_view(page: Page, url: str, keys: PublicKeys, *, timeout_s: float = 15.0) -> PublicViewResult:
    """Open ``url`` as a stranger (``page`` belongs to a cookie-less context) and read it."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        page.goto(url, wait_until="load", timeout=timeout_s * 1000)
    except PlaywrightError as exc:
        return PublicViewResult(url, page.url, "page-error", reason=str(exc).strip().splitlines()[0])
    final = page.url
    spec = spec_for(final)
    password = page.locator("input[type=password]")
    if looks_like_login(final) or (password.count() and password.first.is_visible()):
        return PublicViewResult(
            url,
            final,
            "login-wall",
            reason="the platform showed a logged-out visitor a sign-in page instead of "
            "the profile, so what strangers see could not be read",
        )
    observed = now()
    detail = f"public view of {clean_url(final)} (logged out)"
    facts: list[Fact] = []
    missing: dict[str, str] = {}

    def add(key: str | None, value: FactValue, what: str) -> None:
        if key is not None:
            facts.append(
                Fact(
                    key=key,
                    value=value,
                    source="public-profile",
                    observed_at=observed,
                    detail=detail,
                    meta={"url": clean_url(final), "read": what},
                )
            )

    try:
        if keys.photo:
            has_photo, note = _read_photo(page, spec)
            if has_photo is None:
                missing["photo"] = note
            else:
                add(keys.photo, has_photo, "photo")
        if keys.headline:
            headline, note = _read_headline(page, spec)
            if headline is None:
                missing["headline"] = note
            else:
                add(keys.headline, headline, "headline")
    except PlaywrightError as exc:
        return PublicViewResult(url, final, "page-error", reason=str(exc).strip().splitlines()[0])
    if keys.custom_url:
        address = clean_url(final)
        path = urlsplit(address).path
        if not re.search(spec.profile_path, path):
            missing["custom_url"] = f"{address} does not look like a profile address"
        elif keys.custom_url_as_text:
            add(keys.custom_url, address, "custom_url")
        elif spec.generated_slug is None:
            missing["custom_url"] = "cannot tell a chosen address from a generated one on this platform"
        else:
            add(keys.custom_url, not re.search(spec.generated_slug, path), "custom_url")
    return PublicViewResult(url, final, "ok", facts=facts, missing=missing)
