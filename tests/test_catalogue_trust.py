"""Sources a person can trust: the allow-list of kinds, the figures that count them, and the
maintainer-only ``research`` list that no report, page or share ever shows."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from auditor.catalogue.loader import Catalogue, load_catalogue
from auditor.catalogue.model import Source
from auditor.catalogue.resources import bundled_checklists_dir
from auditor.catalogue.trust import KINDS, classify, host_of, is_primary
from tests.conftest import Result
from tests.report_support import SECOND_AUDIT, env_at, ok, run_cli

SEEN = dt.date(2026, 12, 7)


def src(url: str | None = None, *, seed: str | None = None, title: str = "A page") -> Source:
    return Source(title=title, publisher="someone", published="unknown", seen=SEEN, url=url, seed=seed)


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue()


# --- the classifier ------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "kind"), [
    ("https://www.linkedin.com/help/linkedin/answer/a1337839", "platform"),
    ("https://help.x.com/nl/managing-your-account/about-this-account", "platform"),
    ("https://privacy.x.com/en", "platform"),
    ("https://about.fb.com/news/2024/11/facebook-and-instagram-to-offer-subscription/", "platform"),
    ("https://help.instagram.com/196883487377501", "platform"),
    ("https://www.autoriteitpersoonsgegevens.nl/themas/internet-slimme-apparaten/sociale-media", "regulator"),
    ("https://www.dataprotection.ie/en/news-media/press-releases/dpc-welcomes-x-agreement", "regulator"),
    ("https://www.edpb.europa.eu/news/news_en", "regulator"),
    ("https://www.consumentenbond.nl/internet-privacy/privacy-instellingen-facebook", "consumer"),
    ("https://www.seniorweb.nl/artikel/x-twitter-instellingen", "consumer"),
    ("https://nos.nl/artikel/2500000-x-traint-grok", "press"),
    ("https://tweakers.net/nieuws/200000/x-toont-land.html", "press"),
    ("https://www.theverge.com/2025/11/22/x-about-this-account", "press"),
    ("https://www.lifewire.com/what-is-a-linkedin-profile-4587447", "press"),  # the publisher, not its copies
    ("https://hcc.nl/kennis/kennis/reviews/linkedin-ai", "consumer"),
    ("https://www.bitsoffreedom.nl/2024/01/01/", "ngo"),
    ("https://www.eff.org/deeplinks/2024/", "ngo"),
    # an archived page is judged by its original
    ("https://web.archive.org/web/20190101000000/https://help.twitter.com/en/safety", "platform"),
    # a platform's own pages next to its members' posts
    ("https://www.linkedin.com/help/linkedin/answer/a1337839", "platform"),
    ("https://www.facebook.com/help/1297502253597210", "platform"),
])
def test_trusted_kinds_are_recognised(url: str, kind: str) -> None:
    assert classify(src(url)) == kind


@pytest.mark.parametrize("url", [
    "https://github.com/someone/social-settings/blob/main/README.md",  # a repository
    "https://techizer.blogspot.com/2012/03/linkedin-privacy.html",  # a personal blog
    "https://pastebin.com/abc123",  # a paste
    "https://lifewirewww.pages.dev/how-to-turn-off-linkedin-activity",  # a scraped copy of a how-to site
    "https://www.linkedin.com.example-mirror.net/help",  # a look-alike host, not LinkedIn's
    "https://notnos.nl/artikel/1",  # a name that merely ends like a trusted one
    "https://web.archive.org/web/2019/https://pastebin.com/abc",  # an archive of an untrusted page
    # a member's own words on a platform's site: a person speaking, not the platform
    "https://plus.google.com/+DeclanMcCullagh/posts/2F3CAQnBSSk",
    "https://x.com/someone/status/1234567890",
    "https://www.linkedin.com/pulse/my-privacy-tips-someone",
    "https://www.facebook.com/someone/posts/123",
    "https://www.instagram.com/p/AbCdEf/",
])
def test_everything_else_is_not_for_people(url: str) -> None:
    assert classify(src(url)) is None


def test_source_articles_are_trusted_by_their_seed_and_a_bare_title_is_not() -> None:
    assert classify(src(seed="002_4b8ae3fb8cb29145.txt", title="Social networking")) == "source-article"
    assert classify(src(title="Something someone said")) is None


def test_hosts_are_compared_without_www_or_a_trailing_dot() -> None:
    assert host_of("https://WWW.NU.nl./tech/1") == "nu.nl"
    assert classify(src("https://www.nu.nl./tech/1")) == "press"


def test_a_primary_source_is_the_checks_own_platform_or_a_regulator() -> None:
    assert is_primary(src("https://help.x.com/en/safety"), "x")
    assert is_primary(src("https://twitter.com/en/privacy"), "x")
    assert not is_primary(src("https://help.x.com/en/safety"), "linkedin")  # another platform's page
    assert is_primary(src("https://www.dataprotection.ie/en/news"), "linkedin")
    assert not is_primary(src("https://www.consumentenbond.nl/x"), "x")  # trusted, but not primary
    assert not is_primary(src(seed="002_4b8ae3fb8cb29145.txt"), "linkedin")


def test_every_kind_gives_its_reason_and_no_domain_is_in_two_kinds() -> None:
    seen: dict[str, str] = {}
    for kind in KINDS:
        assert len(kind.reason) > 40, kind.kind
        for domain in kind.domains:
            assert domain == domain.lower() and not domain.startswith("www."), domain
            assert seen.setdefault(domain, kind.kind) == kind.kind, f"{domain} is in two kinds"


# --- the figures command -------------------------------------------------------------------

def test_figures_command_prints_each_platforms_figures_in_dutch(bundled: Catalogue, tmp_path: Path) -> None:
    from auditor.catalogue.figures import figures

    result = ok(run_cli("checklists", "figures", "--today", "2026-12-07", "--lang", "nl",
                        "--db", tmp_path / "db.sqlite3"))
    for platform, cl in bundled.checklists.items():
        f = figures(cl, dt.date(2026, 12, 7))
        block = result.out.split(f"({platform})\n", 1)[1].split("\n\n", 1)[0]
        assert f"actieve controles: {f.active} (van {f.checks})" in block
        assert f"labels bevestigd: en {f.en_confirmed}, nl {f.nl_confirmed}" in block
        assert f"waarvan door een schermsnapshot (checklists record): en {f.en_by_snapshot}, nl {f.nl_by_snapshot}" \
            in block
        assert "met een primaire bron" in block and f": {f.primary_checks} van {f.active}" in block
        assert f"uit de laatste 24 maanden: {f.recent_checks} van {f.active}" in block
        assert f"(hoort 0 te zijn): {len(f.untrusted)}" in block
        assert f.en_confirmed + f.en_unverified == f.active and f.nl_confirmed + f.nl_unverified == f.active
    assert "labels not confirmed" not in result.out  # one language


def test_figures_counts_primary_recent_and_untrusted_sources(mini_catalogue: Path) -> None:
    from auditor.catalogue.figures import figures

    path = next(mini_catalogue.glob("*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    first, *_ = data["checks"]
    first["sources"] = [
        {"title": "Help", "publisher": "Example", "published": "2026-01", "seen": SEEN,
         "url": "https://www.autoriteitpersoonsgegevens.nl/themas"},
        {"title": "Copy", "publisher": "Copier", "published": "2018", "seen": SEEN,
         "url": "https://github.com/copier/copies"},
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    first["labels"] = {"en": "confirmed", "nl": "confirmed", "snapshot": {"nl": dt.date(2026, 12, 7)}}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    checklist = next(iter(load_catalogue(mini_catalogue).checklists.values()))
    f = figures(checklist, SEEN)
    assert f.primary_checks >= 1 and f.recent_checks >= 1
    assert (first["id"], "https://github.com/copier/copies") in f.untrusted
    # a label confirmed by a screen snapshot is counted apart from one confirmed by a page
    assert (f.nl_by_snapshot, f.en_by_snapshot) == (1, 0) and f.nl_confirmed >= 1


def test_figures_refuses_a_day_that_is_not_a_date(tmp_path: Path) -> None:
    result: Result = run_cli("checklists", "figures", "--today", "7 december", "--lang", "en",
                             "--db", tmp_path / "db.sqlite3")
    assert result.code == 2
    assert "'7 december' is not a date; expected YYYY-MM-DD" in result.err
    assert "Traceback" not in result.err


# --- research is never rendered --------------------------------------------------------------

def test_research_sources_never_reach_the_demo_report(tmp_path: Path) -> None:
    catalogue = tmp_path / "checklists"
    catalogue.mkdir()
    for path in bundled_checklists_dir().glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for check in data["checks"]:
            check["research"] = [*check.get("research", []), {
                "title": "Research only", "publisher": "a repository", "published": "unknown", "seen": SEEN,
                "url": f"https://github.com/research-only/{check['id']}", "note": "research-trail-marker"}]
        (catalogue / path.name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    out = tmp_path / "demo.html"
    ok(run_cli("demo", "--lang", "nl", "--checklists", catalogue, "--db", tmp_path / "demo.sqlite3",
               "--out", out, env=env_at(SECOND_AUDIT)))
    html = out.read_text(encoding="utf-8")
    shown = re.findall(r'href="(https?://[^"]+)"', html)
    assert len(shown) > 10  # the report does show sources: the test could fail
    assert "research-only" not in html and "research-trail-marker" not in html
    assert "Research only" not in html
