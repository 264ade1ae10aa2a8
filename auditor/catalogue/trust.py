"""Which sources a person may be shown: an allow-list of KINDS of source, each with its reason.

A check's ``sources`` are what the report, the page and the share show under "Sources"; a
person should be able to trust every one of them without being a researcher. So a source
is shown only when it belongs to one of the kinds below, decided by the site it is on (or,
for the five Dutch source articles, by its ``seed`` file). Everything else that helped the
research (repositories, copies, answer farms, pastebins, personal sites, how-to farms,
vendors' blogs) belongs in the check's ``research`` list, which is never rendered.

A *primary* source is the platform's own page (for a check of that platform) or a
regulator's: the figures count the active checks that cite at least one.

An archived page (``web.archive.org/web/<time>/<original>``) is judged by its original: it
is the only way to read a page that is gone, and it shows the original unchanged. A copy of
a page on another site is not: link the original and say in the source's ``note`` that a
copy was read. ``docs/sources.md`` explains this to maintainers; a test keeps the bundled
catalogue free of sources outside these kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from auditor.catalogue.model import Checklist, Source

Kind = Literal["platform", "regulator", "consumer", "press", "ngo", "source-article"]


@dataclass(frozen=True)
class SourceKind:
    kind: Kind
    reason: str
    domains: tuple[str, ...]


# The platforms' own domains, per platform: a check's primary source is on its own platform's.
PLATFORM_DOMAINS: dict[str, tuple[str, ...]] = {
    "linkedin": ("linkedin.com", "lnkd.in"),
    "facebook": ("facebook.com", "fb.com", "meta.com", "about.fb.com", "messenger.com"),
    "instagram": ("instagram.com", "meta.com", "about.fb.com", "facebook.com", "threads.net", "threads.com"),
    "x": ("x.com", "twitter.com", "x.ai"),
    "googleplus": ("google.com", "blog.google", "googleblog.com"),
    "hyves": ("hyves.nl",),
}

KINDS: tuple[SourceKind, ...] = (
    SourceKind(
        "platform",
        "The platform's own help centre, newsroom, policy or settings page: it says what the "
        "platform offers and how its screens are worded. For a check of that platform it is a "
        "primary source.",
        tuple(sorted({d for domains in PLATFORM_DOMAINS.values() for d in domains}))),
    SourceKind(
        "regulator",
        "A data-protection or consumer authority, or a government: it says what the law "
        "requires and what a platform was made to change. Always a primary source.",
        ("autoriteitpersoonsgegevens.nl", "dataprotection.ie", "edpb.europa.eu", "edps.europa.eu",
         "europa.eu", "acm.nl", "rijksoverheid.nl", "government.nl", "ncsc.nl", "politie.nl",
         "gegevensbeschermingsautoriteit.be", "autoriteprotectiondonnees.be", "safeonweb.be",
         "ico.org.uk", "cnil.fr", "ftc.gov", "consumentenautoriteit.nl")),
    SourceKind(
        "consumer",
        "A consumer or digital-skills organisation that explains settings to non-technical "
        "people and quotes today's screens, in Dutch.",
        ("consumentenbond.nl", "seniorweb.nl", "veiliginternetten.nl", "digitaalhulpplein.nl",
         "mediawijzer.net", "hoezitdatnou.nl", "fraudehelpdesk.nl", "hcc.nl", "beuc.eu", "testaankoop.be",
         "test-achats.be", "which.co.uk")),
    SourceKind(
        "press",
        "Established press with an editorial staff and corrections: it dates when a setting "
        "appeared, changed or went, and Dutch tech press quotes the Dutch screens.",
        ("nos.nl", "nu.nl", "ad.nl", "ed.nl", "volkskrant.nl", "nrc.nl", "trouw.nl", "parool.nl",
         "telegraaf.nl", "rtl.nl", "rtlnieuws.nl", "bnr.nl", "fd.nl", "metronieuws.nl",
         "hartvannederland.nl", "omroepbrabant.nl", "npo.nl", "dub.uu.nl",
         "tweakers.net", "security.nl", "iculture.nl", "iphoned.nl", "androidplanet.nl",
         "computeridee.nl", "emerce.nl", "marketingfacts.nl", "dutchcowboys.nl", "accountancyvanmorgen.nl",
         "datanews.knack.be", "knack.be",
         "vrt.be", "standaard.be", "hln.be", "tijd.be", "clickx.be",
         "theverge.com", "techcrunch.com", "reuters.com", "apnews.com", "bbc.co.uk", "bbc.com",
         "theguardian.com", "the-independent.com", "independent.co.uk", "heise.de", "europeannewsroom.com",
         "thehansindia.com", "imore.com", "lifewire.com", "zdnet.com", "wired.com", "wired.co.uk", "engadget.com",
         "arstechnica.com", "cnet.com", "nytimes.com", "washingtonpost.com", "wsj.com",
         "allthingsd.com", "ft.com", "bloomberg.com", "cnbc.com", "axios.com", "politico.eu",
         "euronews.com", "irishtimes.com", "rte.ie", "independent.ie", "siliconrepublic.com",
         "theregister.com", "bleepingcomputer.com", "helpnetsecurity.com", "9to5mac.com",
         "macrumors.com", "idownloadblog.com", "techradar.com", "fastcompany.com", "adweek.com",
         "socialmediatoday.com", "businessinsider.com", "mashable.com", "vice.com",
         "itworld.com", "law360.com", "providencejournal.com", "neowin.net", "slashgear.com",
         "hindustantimes.com", "indiatoday.in", "financialexpress.com", "moneycontrol.com",
         "readwrite.com", "thenextweb.com", "pcmag.com", "tomsguide.com", "variety.com")),
    SourceKind(
        "ngo",
        "A reputable non-profit on privacy, digital rights or online safety: it explains what "
        "a setting means for a person and what to watch for.",
        ("privacyinternational.org", "eff.org", "bitsoffreedom.nl", "noyb.eu", "edri.org",
         "accessnow.org", "foundation.mozilla.org", "righttobe.org", "amnesty.org", "amnesty.nl",
         "internetmatters.org")),
)

_BY_DOMAIN: dict[str, Kind] = {d: k.kind for k in KINDS for d in k.domains}

# The five Dutch source articles (docs/sources.md): cited by title and publisher, with the
# local file in ``seed``; the products' advice starts from them.
SOURCE_ARTICLE_REASON = ("One of the five Dutch source articles the checklists start from, cited by "
                         "title, publisher and date; its file is kept in 'seed' for maintainers.")

PRIMARY_KINDS: frozenset[Kind] = frozenset({"platform", "regulator"})


def host_of(url: str) -> str:
    """The site a URL is on, lower case, without a trailing dot or a ``www.``; for an
    archived page, the site of the page it archives."""
    original = archived_original(url)
    host = (urlsplit(original or url).hostname or "").rstrip(".").lower()
    return host.removeprefix("www.")


def archived_original(url: str) -> str | None:
    """The original URL inside a Wayback Machine link, or None for any other link."""
    parts = urlsplit(url)
    if (parts.hostname or "").rstrip(".").lower() not in ("web.archive.org", "archive.org"):
        return None
    path = parts.path
    prefix = "/web/"
    if not path.startswith(prefix):
        return None
    rest = path[len(prefix):]
    _stamp, _, original = rest.partition("/")
    if not original.startswith(("http://", "https://", "http:/", "https:/")):
        return None
    if original.startswith(("http:/", "https:/")) and not original.startswith(("http://", "https://")):
        original = original.replace(":/", "://", 1)  # some archive links collapse the slashes
    return original + (f"?{parts.query}" if parts.query else "")


def domain_kind(host: str) -> Kind | None:
    """The kind of a site: its own entry, or that of the nearest parent domain listed."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        kind = _BY_DOMAIN.get(".".join(labels[start:]))
        if kind is not None:
            return kind
    return None


# Pages where members publish their own words on a platform's site: a post, a profile, an
# article or a group is a person speaking, not the platform, however trusted its domain.
MEMBER_CONTENT = re.compile(
    r"^(?:plus\.google\.com/(?:\+|\d+/posts|u/)"
    r"|(?:x|twitter)\.com/(?!i/|en/|settings)[^/]+/status/"
    r"|linkedin\.com/(?:pulse|in|posts|feed|groups)/"
    r"|facebook\.com/(?:groups/|permalink\.php|story\.php|[^/]+/posts/)"
    r"|instagram\.com/(?:p|reel|stories)/)",
    re.IGNORECASE)


def member_content(url: str) -> bool:
    """Whether ``url`` is a member's own post, profile or article on a platform's site."""
    original = archived_original(url) or url
    return bool(MEMBER_CONTENT.match(host_of(url) + urlsplit(original).path))


def classify(source: Source) -> Kind | None:
    """The kind of a source, or None when it is not for people (it belongs in ``research``)."""
    if source.url is None:
        return "source-article" if source.seed is not None else None
    if member_content(source.url):
        return None
    return domain_kind(host_of(source.url))


def on_domains(source: Source, domains: tuple[str, ...]) -> bool:
    if source.url is None:
        return False
    host = host_of(source.url)
    return any(host == d or host.endswith("." + d) for d in domains)


def is_primary(source: Source, platform: str) -> bool:
    """The platform's own page (for a check of that platform) or a regulator's."""
    kind = classify(source)
    if kind == "regulator":
        return True
    return kind == "platform" and on_domains(source, PLATFORM_DOMAINS.get(platform, ()))


def untrusted(checklist: Checklist) -> list[tuple[str, Source]]:
    """Every source shown to people that is of no trusted kind: (check id, source), in order.
    Removed checks count too: their sources are shown with the retired finding."""
    return [(check.id, s) for check in checklist.checks for s in check.sources if classify(s) is None]
