"""The browser extra: without Playwright, ``--browser`` and ``--cdp`` say how to add it (exit 2)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from auditor.errors import AuditorError
from tests.conftest import MINI

REAL_FIND_SPEC = importlib.util.find_spec


@pytest.fixture
def no_playwright(monkeypatch: pytest.MonkeyPatch) -> None:
    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name.split(".")[0] == "playwright" else REAL_FIND_SPEC(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.mark.parametrize("option", [["--browser"], ["--cdp", "http://127.0.0.1:9222"]])
def test_browser_options_without_the_extra_say_how_to_add_it(no_playwright: None, option: list[str], tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from auditor.cli import main

    db = tmp_path / "db.sqlite3"
    code = main(["audit", "example", *option, "--lang", "en", "--checklists", str(MINI), "--db", str(db)])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["auditor: Reading settings in your browser needs the browser add-on; add it with: "
                   "pipx install --force 'social-auditor[browser]' (or: uv tool install 'social-auditor[browser]')."]
    assert not db.exists(), "refused before anything was started"


def test_a_browser_session_without_the_extra_is_refused_before_anything_starts(no_playwright: None,
                                                                               tmp_path: Path) -> None:
    from auditor.collectors.browser import BrowserSession
    from auditor.strings import speaking

    with speaking("nl"):
        session = BrowserSession(profile_dir=tmp_path / "profile")
        with pytest.raises(AuditorError, match=r"uv tool install 'social-auditor\[browser\]'"):
            session.start()
    assert not (tmp_path / "profile").exists()


def test_with_playwright_installed_nothing_is_said() -> None:
    from auditor.extras import has_playwright, require_browser_extra

    assert has_playwright() == (REAL_FIND_SPEC("playwright") is not None)
    if has_playwright():
        require_browser_extra()


def test_recording_screens_without_the_extra_says_the_same_line(no_playwright: None, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from auditor.cli import main

    out = tmp_path / "screens.yaml"
    code = main(["checklists", "record", "linkedin", "--ui-lang", "nl", "--out", str(out), "--lang", "nl"])
    assert code == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "auditor: Voor instellingen lezen in je browser is de browseruitbreiding nodig; voeg die toe met: "
        "pipx install --force 'social-auditor[browser]' (of: uv tool install 'social-auditor[browser]')."]
    assert not out.exists()
