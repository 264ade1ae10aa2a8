"""The README's first screen is for people, and the Dutch guide walks through every system."""

from __future__ import annotations

import re
from pathlib import Path

from auditor.strings import TABLE

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "nl" / "aan-de-slag.md").read_text(encoding="utf-8")


def test_the_readme_opens_for_people_then_for_developers() -> None:
    people, _, developers = README.partition("\n## For developers\n")
    assert developers, "the developers' part has its own heading"
    assert len(people.splitlines()) <= 60, "the people's part fits one screen"
    assert "**Nederlands.**" in people and "**English.**" in people
    steps = re.findall(r"^\d\. \*\*", people, re.M)
    assert len(steps) == 3, "three steps from nothing to the first question"
    assert "uvx --from social-auditor auditor serve" in people
    assert "uv tool install social-auditor" in people and "auditor shortcut" in people
    image = re.search(r"!\[[^\]]+\]\(([^)]+)\)", people)
    assert image and (ROOT / image.group(1)).is_file()
    assert "docs/nl/aan-de-slag.md" in people
    top = developers.split("```")[1]  # the developers' part starts with the two commands
    assert "uv run auditor demo" in top and "uv run pytest" in top


def test_the_guide_walks_through_windows_macos_and_linux() -> None:
    for heading in ("### Windows", "### macOS", "### Linux"):
        assert heading in GUIDE
    assert GUIDE.count("uv tool install social-auditor") >= 3
    for step in ("auditor shortcut", "auditor shortcut --remove", "uv tool upgrade social-auditor",
                 "## 3. Je gegevens opvragen", "## 5. Het rapport", "## 6. Over drie maanden"):
        assert step in GUIDE
    for image in re.findall(r"!\[[^\]]+\]\(([^)]+)\)", GUIDE):
        assert (ROOT / "docs" / "nl" / image).resolve().is_file(), image


def test_the_guide_requests_exports_where_the_page_says() -> None:
    """The guide and the page's own export help name the same places."""
    for platform, words in (("linkedin", "Get a copy of your data"), ("x", "Download an archive of your data"),
                            ("facebook", "Accounts Center")):
        assert words in TABLE[f"web.export.{platform}"]["en"]
        assert words in GUIDE
    from auditor.web.pages import EXPORT_PAGES

    for _, name, url in EXPORT_PAGES:
        assert f"<{url}>" in GUIDE, f"{name}: the guide links another page than the export page does"
    assert "JSON" in GUIDE


def test_the_screenshot_script_names_every_picture_the_docs_show() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "docs" / "screenshots.py"), "--help"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    shown = set(re.findall(r"\]\((docs/[^)]+\.png)\)", README))
    shown |= {f"docs/nl/{name}".replace("docs/nl/../", "docs/") for name in re.findall(r"\]\(([^)]+\.png)\)", GUIDE)}
    assert shown and all(name in done.stdout for name in shown), (shown, done.stdout)
