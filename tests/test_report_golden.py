"""The report's structure, pinned: a fixed story of two audits (time pinned with
AUDITOR_NOW) rendered to HTML and compared with tests/fixtures/golden/report.html.

The inline stylesheet and the tool version are scrubbed, so that a CSS tweak or a release
does not break the test; anything else that changes the page shows up as a diff here.
Regenerate after an intended change with:  UPDATE_GOLDEN=1 pytest tests/test_report_golden.py
and review the diff of the golden file like code.
"""

from __future__ import annotations

import difflib
import os
import re

import pytest

from auditor import __version__
from tests.conftest import FIXTURES
from tests.report_support import SECOND_AUDIT, ok, report, two_audits

GOLDEN = FIXTURES / "golden" / "report.html"


def scrub(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "<style>/* reports/report.css */</style>", html,
                  count=1, flags=re.S)
    return html.replace(f"auditor {__version__}", "auditor VERSION")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("golden")
    catalogue, db = two_audits(tmp)
    out = tmp / "report.html"
    ok(report(catalogue, db, "--out", out, when=SECOND_AUDIT))
    html = out.read_text(encoding="utf-8")
    assert str(tmp) not in html, "the report must not carry local paths"
    return scrub(html)


def test_report_matches_golden_file(rendered: str) -> None:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert GOLDEN.exists(), f"no golden file; create it with UPDATE_GOLDEN=1 ({GOLDEN})"
    expected = GOLDEN.read_text(encoding="utf-8")
    if rendered != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), rendered.splitlines(keepends=True),
            "golden/report.html", "rendered", n=2))
        pytest.fail("the report differs from the golden file (UPDATE_GOLDEN=1 to accept):\n"
                    + diff[:6000])


def test_golden_story_has_every_section(rendered: str) -> None:
    """The golden file is only worth pinning if the story fills every section."""
    text = re.sub(r"<[^>]+>", " ", rendered)
    text = " ".join(text.split())
    for expected in (
        "Audit #2", "Generated 22 November 2026", "Start here",
        "You checked 4 points; 1 is important to sort out today.", "Compared with audit #1 of 15 November 2026.",
        "Fixed (1)", "Got worse (1)", "New (1)", "Checks the platform or the advice changed (1)",
        "What to fix (1)", "Two-step verification is on",
        "Still to check (1)", "Freelancers list projects",
        "Accepted risks (1)", "I network openly on purpose (until 30 June 2027)",
        "Passed checks (2)", "Settings the platforms removed (1)", "removed on 2 November 2021",
        "your answer of 22 November 2026: “No”", "Where you want to be: Two-step verification is on",
    ):
        assert expected in text, expected
    assert "week2.yaml" not in text and "answers file" not in text, "evidence in words, not file names"
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), "dates as a person writes them, not 2026-11-15"


def test_scrub_keeps_the_rest() -> None:
    page = f"<style>\nbody {{}}\n</style><p>auditor {__version__} on your own computer</p>"
    assert scrub(page) == ("<style>/* reports/report.css */</style>"
                           "<p>auditor VERSION on your own computer</p>")

