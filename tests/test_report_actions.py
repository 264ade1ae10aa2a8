"""The report a person acts on: where to start, cards as actions, evidence in words, a
report from an import alone, and a report path that needs no catalogue models."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.catalogue.loader import Catalogue, load_catalogue
from auditor.facts import Fact
from auditor.report.view import FindingView, _start_here, build, long_date, strings
from auditor.store import Store
from tests.conftest import MINI
from tests.report_support import SECOND_AUDIT, env_at, ok, report, two_audits
from tests.test_report_view import WHEN, answer, result_of


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(MINI)


def _finding(check: str, severity: str, cheap: bool) -> FindingView:
    return FindingView(
        check=check, platform="example", revision=1, severity=severity, severity_label=severity,
        category="privacy", status="gap", change=None, title=check, why="", impact="", fix={},
        where_url="https://example.invalid/", where_path="", evidence=[], reason="", goal_note=None,
        labels_unverified=False, removed_on=None, accepted=None, sources=[], action=check, cheap=cheap,
    )


def test_start_here_takes_the_five_most_severe_and_cheap_first() -> None:
    gaps = [_finding("a.rewrite-profile", "high", cheap=False), _finding("b.switch", "high", cheap=True),
            _finding("c.low-switch", "low", cheap=True), *(_finding(f"d.m{n}", "medium", cheap=n % 2 == 0)
                                                             for n in range(5))]
    chosen = [f.check for f in _start_here(gaps)]
    assert chosen == ["b.switch", "a.rewrite-profile", "d.m0", "d.m2", "d.m4"]


def test_info_items_are_not_to_dos(catalogue: Catalogue) -> None:
    result = result_of(catalogue, [answer("example.privacy.ads", "ads", True)])
    for f in result.findings:  # the mini catalogue has no info check: make the ads gap one
        if f.check_id == "example.privacy.ads":
            f.severity = "info"
    view = build(result, generated_at=WHEN)
    assert [f.check for f in view.sections["info"]] == ["example.privacy.ads"]
    assert view.sections["gaps"] == [] and view.start_here == []


def test_gap_heading_is_an_action_and_the_title_the_goal(catalogue: Catalogue) -> None:
    view = build(result_of(catalogue, [answer("example.privacy.ads", "ads", True)]), lang="nl",
                 generated_at=WHEN)
    [gap] = view.sections["gaps"]
    assert gap.title == "Advertenties gebruiken je gegevens niet"
    action = getattr(catalogue.find_check("example.privacy.ads"), "action", None)
    # without an `action` in the checklist: the goal state, said as something still to do
    assert gap.action == (action.nl if action else "Nog doen: advertenties gebruiken je gegevens niet")
    assert gap.action != gap.title
    assert view.start_here == [gap]
    assert view.standing == "Je hebt 1 punt gecontroleerd; 1 is belangrijk om vandaag te regelen."


def test_evidence_in_words_once_per_source(catalogue: Catalogue) -> None:
    facts = [answer("example.privacy.ads", "ads", True),
             Fact(key="example.profile.headline", value="manager", source="export",
                  observed_at=dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.UTC), detail="Profile.csv Headline, 1 row")]
    view = build(result_of(catalogue, facts), lang="nl", generated_at=WHEN)
    words = {f.check: f.evidence_text for f in view.sections["gaps"]}
    assert words["example.privacy.ads"] == ["je antwoord van 22 november 2026: “Ja”"]
    assert words["example.profile.headline"] == ["uit je Example Network-export van 12 november 2026: “manager”"]
    every = " ".join(" ".join(f.evidence_text) for f in view.sections["gaps"])
    assert ".csv" not in every and "a.yaml" not in every and "answers file" not in every


def test_sources_never_show_the_research_trail(catalogue: Catalogue) -> None:
    view = build(result_of(catalogue, [answer("example.privacy.ads", "ads", True)]), generated_at=WHEN)
    [gap] = view.sections["gaps"]
    shown = " ".join(f"{s.title} {s.url} {s.text}" for s in gap.sources)
    assert gap.sources and "002_" not in shown and ".txt" not in shown
    assert "checked by us 22 November 2026" in shown


@pytest.mark.parametrize(("value", "lang", "said"), [
    ("2026-11-12", "nl", "12 november 2026"), ("2026-11-12T09:00:00+00:00", "en", "12 November 2026"),
    ("2024-05", "nl", "mei 2024"), ("2019", "en", "2019"),
])
def test_dates_are_written_as_a_person_writes_them(value: str, lang: str, said: str) -> None:
    assert long_date(value, strings(lang)) == said


def test_dutch_words_are_dutch() -> None:
    nl = strings("nl")
    assert nl["goal_name_balanced"] == "gebalanceerd" and nl["goal_name_private"] == "privé"
    assert nl["start_here"] == "Begin hier"
    assert set(nl) == set(strings("en"))


# --- a report from an import alone ------------------------------------------------------

def test_report_from_imported_evidence_alone(tmp_path: Path) -> None:
    db = tmp_path / "audits.sqlite3"
    when = dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.UTC)
    with Store(db) as st:
        st.record_import([
            Fact(key="example.profile.headline", value="manager", source="export", observed_at=when,
                 detail="Profile.csv Headline, 1 row"),
        ])
    out = tmp_path / "report.html"
    result = ok(report(MINI, db, "--out", out, "--lang", "nl", when=SECOND_AUDIT))
    assert "There is no audit yet" not in result.err + result.out
    assert "gemaakt uit alleen je geïmporteerde export" in result.err
    html = out.read_text(encoding="utf-8")
    assert "Dit rapport komt alleen uit je geïmporteerde gegevensexport" in html
    assert "uit je Example Network-export van 12 november 2026" in html
    assert "Nog te controleren" in html and "Zo controleer je het" in html
    # the second time the audit exists: no new one is made
    again = ok(report(MINI, db, "--format", "text", "--lang", "nl", when=SECOND_AUDIT))
    assert "gemaakt uit alleen" not in again.err and again.out.startswith("Privacy- en profielcontrole #1")


def test_no_audit_and_no_import_is_still_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "audits.sqlite3"
    Store(db).close()
    result = report(MINI, db, when=SECOND_AUDIT)
    assert result.code == 2 and "There is no audit yet" in result.err and "Traceback" not in result.err


# --- the report path needs no catalogue models ------------------------------------------

def _imports(*args: str | Path) -> str:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "auditor.cli", *map(str, args)],
                          env=env_at(SECOND_AUDIT), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stderr


def test_report_and_validate_of_an_unchanged_catalogue_load_no_pydantic(tmp_path: Path) -> None:
    """Rendering stored findings reads the cached plain-data digest, not the models, and
    runs the templates as compiled the first time: what makes ``auditor report`` fast."""
    catalogue, db = two_audits(tmp_path)
    ok(report(catalogue, db, "--out", tmp_path / "first.html", when=SECOND_AUDIT))
    loaded = _imports("report", "--checklists", catalogue, "--db", db, "--out", tmp_path / "r.html")
    assert not re.search(r"\| +pydantic", loaded) and "auditor.catalogue.model" not in loaded
    # the templates Jinja compiled the first time run without importing Jinja
    assert not re.search(r"\| +jinja2", loaded)
    # and the fast report is the same report, to the byte
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == (tmp_path / "first.html").read_text(encoding="utf-8")
    checked = _imports("checklists", "validate", "--checklists", catalogue)
    assert "pydantic" not in checked


def test_an_edited_catalogue_is_validated_again(tmp_path: Path) -> None:
    catalogue, db = two_audits(tmp_path)
    ok(report(catalogue, db, "--out", tmp_path / "r.html", when=SECOND_AUDIT))
    path = catalogue / "example.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("severity: high", "severity: urgent", 1), "utf-8")
    result = report(catalogue, db, "--out", tmp_path / "r2.html", when=SECOND_AUDIT)
    assert result.code == 2 and "severity" in result.err


def test_json_names_the_actions_to_start_with(tmp_path: Path) -> None:
    import json

    catalogue, db = two_audits(tmp_path)
    data = json.loads(ok(report(catalogue, db, "--format", "json", "--out", "-", when=SECOND_AUDIT)).out)
    assert data["start_here"] == ["example.security.two-step"]
    [finding] = [f for p in data["platforms"] for f in p["findings"] if f["check"] == "example.security.two-step"]
    assert finding["action"] and finding["title"] == "Two-step verification is on"


# --- the handout -------------------------------------------------------------------------

@pytest.mark.browser
def test_demo_handout_fits_fifteen_pages_with_page_numbers(tmp_path: Path) -> None:
    from tests.report_support import require_browser, run_cli

    require_browser()
    db = tmp_path / "demo.sqlite3"
    ok(run_cli("demo", "--lang", "nl", "--db", db, "--out", tmp_path / "demo.html", env=env_at(SECOND_AUDIT)))
    out = tmp_path / "handout.pdf"
    ok(run_cli("report", "--format", "pdf", "--db", db, "--out", out, env=env_at(SECOND_AUDIT), timeout=120))
    data = out.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    assert 1 <= pages <= 15, f"{pages} pages"


def test_an_info_item_does_not_read_as_if_it_were_so(catalogue: Catalogue, tmp_path: Path) -> None:
    from auditor.report.html import render

    result = result_of(catalogue, [answer("example.privacy.ads", "ads", True)])
    for f in result.findings:
        if f.check_id == "example.privacy.ads":
            f.severity = "info"
    html = render(build(result, lang="nl", generated_at=WHEN))
    info = re.search(r'<section id="info".*?</section>', html, re.S)
    assert info is not None
    text = " ".join(re.sub(r"<[^>]+>", " ", info.group(0)).split())
    assert "Advertenties gebruiken je gegevens niet" in text
    assert "Bij jou is dit nu niet zo." in text
    assert "✘" not in text, "nothing to do here: no red cross as if it were a failure"


def test_compiled_templates_render_what_jinja_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.report import compiled
    from auditor.report.html import render

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    catalogue = load_catalogue(MINI)
    facts = [answer("example.privacy.ads", "ads", True), answer("example.profile.projects", "projects", "unsure"),
             answer("example.profile.headline", "headline", "<b>manager</b> & co")]
    view = build(result_of(catalogue, facts), lang="nl", generated_at=WHEN)
    calls: list[str | None] = []
    real = compiled.render
    monkeypatch.setattr(compiled, "render", lambda d, v: calls.append(real(d, v)) or calls[-1])
    through_jinja = render(view)
    through_cache = render(view)
    assert calls[0] is None and calls[1] is not None, "first Jinja, then the compiled templates"
    assert through_cache == through_jinja
    assert "&lt;b&gt;manager&lt;/b&gt; &amp; co" in through_cache


def test_standing_and_coverage_read_right_for_none_one_and_many() -> None:
    from auditor.report.view import _plain_figures, _standing

    t = strings("nl")
    empty: dict[str, list[FindingView]] = {k: [] for k in ("passed", "gaps", "info", "accepted", "unknown")}
    passed = {**empty, "passed": [_finding("a.one", "low", cheap=True)]}
    assert _standing(passed, t) == "Je hebt 1 punt gecontroleerd; alles is in orde."  # not "0 kun je verbeteren"
    assert _standing(passed, t, from_export=True) == "Uit je export konden we 1 punt controleren; alles is in orde."
    _, all_checked = _plain_figures(100, passed, t)
    assert all_checked.startswith("We konden alle ") and "andere 0" not in all_checked
    one_open = {**passed, "unknown": [_finding("b.two", "low", cheap=True)]}
    _, one = _plain_figures(100, one_open, t)
    assert "De laatste staat onder ‘Nog te controleren’." in one and "andere 1" not in one


def test_nothing_checked_is_never_in_order_and_the_tally_leads_with_what_to_do() -> None:
    from auditor.report.view import _standing, _tally

    t = strings("nl")
    empty: dict[str, list[FindingView]] = {k: [] for k in ("passed", "gaps", "info", "accepted", "unknown")}
    nothing = {**empty, "unknown": [_finding("a.one", "low", cheap=True), _finding("b.two", "high", cheap=True)]}
    assert "in orde" not in _standing(nothing, t).replace("niet zeggen of iets in orde is", "")
    assert _tally(nothing, t) == "Nog niets gecontroleerd: 2 punten staan nog open."
    mixed = {**empty, "passed": [_finding("a.one", "low", cheap=True)],
             "gaps": [_finding("b.two", "high", cheap=True), _finding("c.three", "low", cheap=True)]}
    assert _tally(mixed, t) == "1 van de 3 punten in orde · 1 dringend · 2 kun je verbeteren"
