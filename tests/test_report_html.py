"""The HTML report is safe to open and to share (DESIGN 6): one private, self-contained
file, a CSP that allows no scripts and no network, every value escaped, --redact. The
browser tests open it in a real Chromium and watch what it does."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI, run_cli
from tests.report_support import (
    BROWSER_ARGS,
    EMAIL,
    IMG,
    PHONE,
    SCRIPT,
    audit,
    env_at,
    ok,
    report,
    require_browser,
    strict_headline,
)

HOSTILE_REASON = '"><svg onload=alert(2)>'
HOSTILE_FILE = "<img src=x onerror=alert(3)>.json"  # shown as the evidence's "where from"
HOSTILE_TITLE = "<b onmouseover=alert(4)>Ads</b> & <i>more</i>"
WHEN = "2026-11-22T10:00:00+00:00"


@dataclass
class Built:
    catalogue: Path
    db: Path
    dir: Path
    html: Path


class Page(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """An audit whose answers, accepted risk, answers-file name and catalogue texts are hostile."""
    tmp = tmp_path_factory.mktemp("hostile")
    catalogue = tmp / "catalogue"
    shutil.copytree(MINI, catalogue)
    strict_headline(catalogue)
    path = catalogue / "example.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title: {en: "Ads do not use your data"',
                                 f"title: {{en: '{HOSTILE_TITLE}'"), encoding="utf-8")
    db = tmp / "audits.sqlite3"
    audit(tmp, catalogue, db, {
        "example.privacy.ads": "on",
        "example.networking.invitations": "never",
        "example.profile.headline": f"{SCRIPT} {IMG} mail {EMAIL} or call {PHONE}",
        "example.profile.projects": 3,
    }, name=HOSTILE_FILE, when=WHEN)
    ok(run_cli("accept", "example.networking.invitations", "--reason", HOSTILE_REASON,
               "--checklists", catalogue, "--db", db, env=env_at(WHEN)))
    html = tmp / "report.html"
    ok(report(catalogue, db, "--out", html, when=WHEN))
    return Built(catalogue, db, tmp, html)


@pytest.fixture(scope="module")
def html(built: Built) -> str:
    return built.html.read_text(encoding="utf-8")


# --- the file ----------------------------------------------------------------------------

def test_written_private(built: Built) -> None:
    assert built.html.stat().st_mode & 0o777 == 0o600
    assert not list(built.dir.glob(".*.tmp")), "a temp file was left behind"


def test_default_name_and_wrote_message(built: Built, tmp_path: Path) -> None:
    result = ok(run_cli("report", "--checklists", built.catalogue, "--db", built.db,
                        cwd=tmp_path, env=env_at(WHEN)))
    assert (tmp_path / "auditor-report-1.html").stat().st_mode & 0o777 == 0o600
    assert "auditor-report-1.html" in result.out


def test_the_default_name_is_in_the_persons_language(built: Built, tmp_path: Path) -> None:
    result = ok(run_cli("report", "--lang", "nl", "--checklists", built.catalogue, "--db", built.db,
                        cwd=tmp_path, env=env_at(WHEN)))
    assert (tmp_path / "auditor-rapport-1.html").is_file()
    assert "Rapport geschreven naar auditor-rapport-1.html" in result.out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_html_lang(built: Built, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"report-{lang}.html"
    ok(report(built.catalogue, built.db, "--lang", lang, "--out", out, when=WHEN))
    page = parse(out.read_text(encoding="utf-8"))
    assert page.tags[0] == ("html", {"lang": lang})
    body = " ".join(page.text)
    if lang == "nl":
        assert "Privacy- en profielcontrole" in body and "Wat je moet aanpassen" in body
        assert "Advertenties gebruiken je gegevens niet" in body
        assert "Je kopregel is specifiek" in body
    else:
        assert "Privacy and profile audit" in body and "What to fix" in body


def test_csp_allows_no_script_and_no_network(html: str) -> None:
    page = parse(html)
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv", "").lower()
             == "content-security-policy"]
    assert len(metas) == 1, "exactly one CSP meta element"
    policy = {d.split()[0]: d.split()[1:] for d in
              (part.strip() for part in metas[0]["content"].split(";")) if d}
    assert policy["default-src"] == ["'none'"]
    # nothing may re-open what default-src closes, except inline styles and data: images
    assert set(policy) <= {"default-src", "style-src", "img-src", "base-uri", "form-action"}
    assert policy["style-src"] == ["'unsafe-inline'"]
    assert policy.get("img-src", ["data:"]) == ["data:"]
    assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"]
    # the CSP must come before anything it governs
    names = [t for t, _ in page.tags]
    assert names.index("meta") < names.index("style")


def test_no_scripts_handlers_or_external_resources(html: str) -> None:
    page = parse(html)
    names = {t for t, _ in page.tags}
    assert not names & {"script", "iframe", "object", "embed", "img", "link", "base", "form",
                        "video", "audio", "source", "frame", "input"}, names
    for tag, attrs in page.tags:
        handlers = [a for a in attrs if a.startswith("on")]
        assert not handlers, f"<{tag}> has event handlers {handlers}"
        for attr in ("src", "srcset", "poster", "data", "action", "formaction", "xlink:href"):
            assert attr not in attrs, f"<{tag} {attr}=...>"
        if "href" in attrs:
            assert tag == "a", f"<{tag} href>"
            href = attrs["href"]
            assert href.startswith(("#", "https://")), href  # anchors and settings pages only
            assert "noreferrer" in attrs.get("rel", "") or href.startswith("#")
        assert "javascript:" not in " ".join(attrs.values()).lower()
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert len(styles) == 1
    assert "@import" not in styles[0] and "url(" not in styles[0], "CSS may not load anything"
    assert "@font-face" not in styles[0]


def test_hostile_text_is_escaped(html: str) -> None:
    for raw in (SCRIPT, IMG, HOSTILE_REASON, "<img src=x onerror=alert(3)>", "<b onmouseover",
                "<i>more</i>"):
        assert raw not in html, f"{raw!r} reached the HTML unescaped"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&#34;&gt;&lt;svg onload=alert(2)&gt;" in html
    # the answers file's (hostile) name is not shown at all: evidence is said in words
    assert "alert(3)" not in html and ".json" not in html
    assert "&lt;b onmouseover=alert(4)&gt;Ads&lt;/b&gt; &amp; &lt;i&gt;more&lt;/i&gt;" in html
    text = " ".join(parse(html).text)
    assert SCRIPT in text and IMG in text and HOSTILE_REASON in text and HOSTILE_TITLE in text


def test_personal_data_shown_unless_redacted(built: Built, html: str, tmp_path: Path) -> None:
    assert EMAIL in html and PHONE in html  # the person's own report shows what they answered
    out = tmp_path / "redacted.html"
    ok(report(built.catalogue, built.db, "--redact", "--out", out, when=WHEN))
    redacted = out.read_text(encoding="utf-8")
    assert EMAIL not in redacted and "jan.jansen" not in redacted
    assert PHONE not in redacted and "1234 5678" not in redacted
    assert "[e-mail hidden]" in redacted and "[phone hidden]" in redacted
    assert "E-mail addresses and phone numbers are hidden in this report." in redacted
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in redacted  # the rest of the answer stays


def test_redact_covers_json_too(built: Built) -> None:
    result = ok(report(built.catalogue, built.db, "--format", "json", "--out", "-", "--redact",
                       when=WHEN))
    assert EMAIL not in result.out and PHONE not in result.out
    assert "[e-mail hidden]" in result.out


def test_top_of_report_has_scores_gaps_goal_and_date(html: str) -> None:
    page = parse(html)
    text = " ".join(" ".join(page.text).split())
    assert "Generated 22 November 2026" in text
    assert "Goal: balanced" in text
    assert "Start here" in text and "You checked" in text
    assert "Out of 100." in text and "We could check all" in text  # the figures in words, next to them
    assert "Score per platform" in text  # the chart's <title>, for screen readers
    svg = [a for t, a in page.tags if t == "svg"]
    assert svg and svg[0].get("role") == "img" and svg[0].get("aria-labelledby")
    # the numbers as text: the chart's value labels and the platform table
    assert re.search(r"<text [^>]*class=\"bar-value\">\d+</text>", html)
    assert re.search(r"<th scope=\"row\">Example Network</th><td>\d+</td><td>\d+%</td>", html)
    for label in ("High", "Medium", "Low"):
        assert f'class="sev-{label.lower()}">{label}</th>' in html
    assert 'class="sev-info">Info</th>' not in html  # worth knowing, not an open point to fix


def test_sections_in_order(html: str) -> None:
    ids = [a["id"] for t, a in parse(html).tags if t == "section" and "id" in a]
    assert ids == ["start", "since", "gaps", "unknown", "accepted", "passed", "retired"]


def test_unknown_audit_is_a_clear_error(built: Built) -> None:
    result = report(built.catalogue, built.db, "--audit", "99", when=WHEN)
    assert result.code == 2
    assert "no audit #99" in result.err and "Traceback" not in result.err


def test_no_audit_yet_is_a_clear_error(tmp_path: Path) -> None:
    result = report(MINI, tmp_path / "empty.sqlite3")
    assert result.code == 2
    assert "auditor audit" in result.err and "Traceback" not in result.err


def test_fail_on(built: Built, tmp_path: Path) -> None:
    assert report(built.catalogue, built.db, "--out", tmp_path / "a.html", "--fail-on", "high",
                  when=WHEN).code == 1  # the ads gap is open
    assert report(built.catalogue, built.db, "--out", tmp_path / "b.html", "--fail-on", "medium",
                  when=WHEN).code == 1


# --- in a real browser -------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, headless=True, args=BROWSER_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Visit:
    page: Any
    console: list[Any]
    requests: list[str]
    dialogs: list[str]
    errors: list[str]
    failed: list[tuple[str, str | None]]
    responses: list[str]


def _visit(browser: Any, path: Path, **context: Any) -> Iterator[Visit]:
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    visit = Visit(page, [], [], [], [], [], [])
    page.on("console", lambda m: visit.console.append(m))
    page.on("pageerror", lambda e: visit.errors.append(str(e)))
    page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))
    ctx.on("request", lambda r: visit.requests.append(r.url))
    ctx.on("requestfailed", lambda r: visit.failed.append((r.url, r.failure)))
    ctx.on("response", lambda r: visit.responses.append(r.url))
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(300)  # let any (hostile) deferred work fire, if it could
    try:
        yield visit
    finally:
        ctx.close()


@pytest.fixture
def visit(browser: Any, built: Built) -> Iterator[Visit]:
    yield from _visit(browser, built.html)


@pytest.mark.browser
def test_browser_no_console_errors_and_no_network(visit: Visit, built: Built) -> None:
    errors = [m.text for m in visit.console if m.type in ("error", "warning")]
    assert errors == [], errors  # a CSP violation would be logged here
    assert visit.errors == []
    assert visit.requests == [built.html.resolve().as_uri()]


@pytest.mark.browser
def test_browser_hostile_text_is_shown_as_text_and_never_runs(visit: Visit) -> None:
    page = visit.page
    for text in (SCRIPT, IMG, HOSTILE_REASON, HOSTILE_TITLE):
        located = page.get_by_text(text, exact=False)
        assert located.count() >= 1, f"{text!r} is not on the page as text"
        assert located.first.is_visible(), f"{text!r} is not visible"
    assert visit.dialogs == []
    assert page.locator("script").count() == 0
    assert page.locator("img, svg[onload], [onerror], [onload], [onmouseover], b, i").count() == 0
    assert page.evaluate("() => document.scripts.length") == 0


@pytest.mark.browser
def test_browser_blocks_scripts_even_if_one_got_in(browser: Any, built: Built, tmp_path: Path
                                                   ) -> None:
    """Defence in depth: were escaping ever to fail, the CSP still stops the script."""
    html = built.html.read_text(encoding="utf-8")
    spiked = tmp_path / "spiked.html"
    spiked.write_text(html.replace("<main>", "<main><script>alert('ran')</script>"
                                   "<img src='https://example.invalid/x.png'>", 1), "utf-8")
    for visit in _visit(browser, spiked):
        assert visit.dialogs == []
        # the image is announced, then refused by the CSP before it reaches the network
        assert visit.failed == [("https://example.invalid/x.png", "csp")]
        assert visit.responses == [spiked.resolve().as_uri()]
        blocked = [m.text for m in visit.console if m.type == "error"]
        assert any("inline script" in t and "Content Security Policy" in t for t in blocked)


@pytest.mark.browser
def test_browser_layout_basics(visit: Visit) -> None:
    page = visit.page
    assert page.locator("h1").inner_text() == "Privacy and profile audit"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("svg[role=img]").is_visible()
    assert page.locator("#gaps article.finding").count() >= 1
    assert page.locator("#accepted article.finding").count() == 1
    # passed checks are folded away on screen ...
    assert page.locator("ul.passed li").count() == 1
    assert not page.locator("ul.passed li").first.is_visible()
    # ... and nothing is wider than the window
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.browser
def test_browser_dark_mode(browser: Any, built: Built) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        for visit in _visit(browser, built.html, color_scheme=scheme):
            colours[scheme] = visit.page.evaluate(
                "() => [getComputedStyle(document.body).backgroundColor,"
                " getComputedStyle(document.body).color]")
            assert [m.text for m in visit.console if m.type == "error"] == []
    assert colours["light"][0] == "rgb(255, 255, 255)"
    assert colours["dark"][0] != colours["light"][0]
    assert colours["dark"][1] != colours["light"][1]


@pytest.mark.browser
def test_browser_print_media(visit: Visit) -> None:
    page = visit.page
    page.emulate_media(media="print", color_scheme="dark")
    style = page.evaluate("() => [getComputedStyle(document.body).backgroundColor,"
                          " getComputedStyle(document.body).color]")
    assert style == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]  # paper, whatever the screen
    high = page.evaluate("() => getComputedStyle(document.querySelector('#gaps h3 .sev-high')).color")
    assert high == "rgb(180, 35, 24)"  # the light palette's red, not the dark screen's pink
    assert page.locator("h1").is_visible()
    assert page.locator("#gaps article.finding").first.is_visible()
    # on paper nothing can be unfolded: passed checks are printed open
    assert page.locator("ul.passed li").first.is_visible()


# --- PDF ---------------------------------------------------------------------------------

@pytest.mark.browser
def test_pdf(built: Built, tmp_path: Path) -> None:
    require_browser()
    out = tmp_path / "report.pdf"
    result = report(built.catalogue, built.db, "--format", "pdf", "--out", out, when=WHEN)
    assert result.code == 0, result.err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 5_000
    assert out.stat().st_mode & 0o777 == 0o600
    if shutil.which("pdftotext"):  # poppler-utils; CI installs it
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        # On paper a link cannot be clicked: the address is printed beside it, short.
        assert re.search(r"Open the setting\s*\(example\.invalid/settings/ads\)", text), text[:3000]


def test_short_addresses_for_paper() -> None:
    from auditor.report.html import short_address

    assert short_address("https://www.linkedin.com/mypreferences/d/data-sharing-for-ads") == \
        "linkedin.com/mypreferences/d/…"
    assert short_address("https://x.com/settings/privacy_and_safety?lang=nl") == "x.com/settings/privacy_and_safety"
    assert short_address("https://www.facebook.com/") == "facebook.com"


def test_pdf_without_a_browser_points_to_the_print_command(built: Built, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine with no Chrome, Edge, Chromium or Brave anywhere: one message in the person's
    language that points to printing from the browser, exit 2, nothing written."""
    from auditor import cli
    from auditor.report import pdf

    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "_is_executable", lambda path: False)
    monkeypatch.setenv("AUDITOR_NOW", WHEN)
    out = tmp_path / "report.pdf"
    code = cli.main(["report", "--format", "pdf", "--out", str(out), "--lang", "nl",
                     "--checklists", str(built.catalogue), "--db", str(built.db)])
    assert code == 2
    assert not out.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_pdf_without_a_browser_message(built: Built, tmp_path: Path) -> None:
    """The same, as a person sees it: a process whose search finds nothing."""
    out = tmp_path / "report.pdf"
    script = ("import sys\nfrom auditor.report import pdf\npdf.shutil.which = lambda name: None\n"
              "pdf._is_executable = lambda path: False\nfrom auditor.cli import main\nsys.exit(main(sys.argv[1:]))")
    proc = subprocess.run(
        [sys.executable, "-c", script, "report", "--format", "pdf", "--out", str(out), "--lang", "nl",
         "--checklists", str(built.catalogue), "--db", str(built.db)],
        capture_output=True, text=True, env=env_at(WHEN), timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Er is geen Chrome, Edge, Chromium of Brave gevonden" in proc.stderr
    assert "Ctrl+P" in proc.stderr and "--chrome" in proc.stderr  # what to do instead
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_open_hands_the_file_to_the_browser(built: Built, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import webbrowser

    from auditor import cli

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.setenv("AUDITOR_NOW", WHEN)
    out = tmp_path / "opened.html"
    code = cli.main(["report", "--open", "--out", str(out), "--checklists", str(built.catalogue),
                     "--db", str(built.db)])
    assert code == 0
    assert opened == [out.resolve().as_uri()]
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.browser
def test_pdf_needs_no_playwright(built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default install has no Playwright: the PDF is printed by the browser itself."""
    from auditor import cli

    chrome = require_browser()
    monkeypatch.setitem(sys.modules, "playwright", None)  # any import of it fails, as if not installed
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)
    monkeypatch.setenv("AUDITOR_NOW", WHEN)
    out = tmp_path / "report.pdf"
    code = cli.main(["report", "--format", "pdf", "--chrome", chrome, "--out", str(out), "--lang", "nl",
                     "--checklists", str(built.catalogue), "--db", str(built.db)])
    assert code == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/StructTreeRoot" in data  # tagged, for screen readers
