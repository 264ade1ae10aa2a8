"""The PDF without Playwright: the person's own Chromium-family browser prints the report.

The search and the command line are tested for each operating system without a browser;
the real print (header, footer, page numbers) with Debian's chromium.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from auditor.errors import AuditorError
from auditor.report import pdf
from tests.report_support import chromium_path

# --- finding a browser -------------------------------------------------------------------

def test_linux_takes_the_first_browser_on_the_path() -> None:
    on_path = {"google-chrome": "/usr/local/bin/google-chrome", "brave-browser": "/usr/bin/brave-browser"}
    found = pdf.find_chrome(platform="linux", which=on_path.get, exists=lambda p: p in on_path.values())
    assert found == "/usr/local/bin/google-chrome"


def test_linux_finds_brave_and_the_usual_folders_off_the_path() -> None:
    assert pdf.find_chrome(platform="linux", which={"brave-browser": "/usr/bin/brave-browser"}.get,
                           exists=lambda p: True) == "/usr/bin/brave-browser"
    assert pdf.find_chrome(platform="linux", which=lambda n: None,
                           exists=lambda p: p == "/opt/google/chrome/chrome") == "/opt/google/chrome/chrome"


def test_macos_looks_in_applications_then_the_home_applications() -> None:
    edge = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"
    brave = "/Users/jan/Applications/Brave Browser.app/Contents/MacOS/Brave Browser"
    assert pdf.find_chrome(platform="darwin", home="/Users/jan", exists=lambda p: p in (edge, brave)) == edge
    assert pdf.find_chrome(platform="darwin", home="/Users/jan", exists=lambda p: p == brave) == brave
    # the PATH is not searched on a Mac (nothing there is a browser app)
    assert pdf.find_chrome(platform="darwin", home="/Users/jan", which=lambda n: "/usr/bin/x",
                           exists=lambda p: p == brave) == brave


def test_windows_looks_in_program_files_and_the_persons_own_programs() -> None:
    env = {"PROGRAMFILES": "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
           "LOCALAPPDATA": "C:\\Users\\Jan de Vries\\AppData\\Local"}
    edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"
    chrome_user = "C:\\Users\\Jan de Vries\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"
    assert pdf.find_chrome(platform="win32", env=env, exists=lambda p: p in (edge, chrome_user)) == chrome_user
    assert pdf.find_chrome(platform="win32", env=env, exists=lambda p: p == edge) == edge
    brave = "C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\brave.exe"
    assert pdf.find_chrome(platform="win32", env=env, exists=lambda p: p == brave) == brave


def test_no_browser_says_so_in_dutch_and_points_to_printing_from_the_page(speak) -> None:
    speak("nl")
    with pytest.raises(AuditorError) as caught:
        pdf.find_chrome(platform="linux", which=lambda n: None, exists=lambda p: False)
    text = caught.value.render()
    assert "Er is geen Chrome, Edge, Chromium of Brave gevonden" in text
    assert "auditor report --open" in text and "Ctrl+P" in text and "--chrome PAD" in text
    assert "Playwright" not in text


def test_a_given_browser_that_is_not_there_is_named() -> None:
    with pytest.raises(AuditorError) as caught:
        pdf.find_chrome("/nowhere/chrome", exists=lambda p: False)
    assert caught.value.render().startswith("--chrome /nowhere/chrome: no browser there")
    assert pdf.find_chrome("/opt/x/chrome", exists=lambda p: True, which=lambda n: "/usr/bin/chromium") == \
        "/opt/x/chrome"


# --- the page's header and footer ---------------------------------------------------------

def test_header_and_footer_become_css_page_margin_boxes() -> None:
    style = pdf.page_style('Audit of 7 December 2026 · goal: "balanced"', "Page {page} of {pages}")
    assert '@top-left { content: "Audit of 7 December 2026 · goal: \\"balanced\\"";' in style
    assert '@bottom-right { content: "Page " counter(page) " of " counter(pages);' in style
    assert "size: A4" in style


def test_the_page_boxes_go_last_in_the_head_so_they_win() -> None:
    html = "<html><head><style>@page { margin: 18mm }</style></head><body>x</body></html>"
    out = pdf.with_page_boxes(html, "h", "{page}")
    assert out.index("@page { margin: 18mm }") < out.index("@top-left") < out.index("</head>")
    assert '@bottom-right { content: counter(page);' in out


def test_a_header_cannot_break_out_of_its_css_string() -> None:
    style = pdf.page_style('x"; } body { display: none } @page { x: "\\', "")
    assert "display: none" in style  # as text inside the string, not as a rule:
    assert '"x\\"; } body { display: none } @page { x: \\"\\\\"' in style


# --- the browser's command line -----------------------------------------------------------

def test_the_command_line_is_headless_quiet_and_without_the_browsers_own_header(tmp_path: Path) -> None:
    args = pdf.command("/usr/bin/chromium", tmp_path / "r.html", tmp_path / "r.pdf", tmp_path / "p", root=False)
    assert args[0] == "/usr/bin/chromium"
    for flag in ("--headless", "--no-pdf-header-footer", f"--print-to-pdf={tmp_path / 'r.pdf'}",
                 f"--user-data-dir={tmp_path / 'p'}", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-gpu"):
        assert flag in args
    assert "--no-sandbox" not in args
    assert args[-1] == (tmp_path / "r.html").resolve().as_uri()
    assert "--no-sandbox" in pdf.command("c", tmp_path / "r.html", tmp_path / "o", tmp_path / "p", root=True)


def test_a_long_temporary_folder_is_not_handed_to_the_browser(tmp_path: Path) -> None:
    long = "/var/folders/" + "x" * 80 + "/T"
    assert pdf.browser_env({"TMPDIR": long, "HOME": "/h"}, short=str(tmp_path)) == {"TMPDIR": str(tmp_path),
                                                                                   "HOME": "/h"}
    assert pdf.browser_env({"TMPDIR": "/tmp/x"}, short=str(tmp_path)) == {"TMPDIR": "/tmp/x"}
    assert pdf.browser_env({}, short=str(tmp_path)) == {}


def test_a_snap_browser_works_in_a_folder_it_can_see(tmp_path: Path) -> None:
    folder = pdf.work_folder("/snap/bin/chromium", home=str(tmp_path))
    assert folder == str(tmp_path / "snap" / "chromium" / "common")
    assert Path(folder).is_dir()
    assert pdf.work_folder("/usr/bin/chromium", home=str(tmp_path)) is None


def _fake_browser(writes: bytes | None, stderr: bytes = b"", code: int = 0):
    seen: list[list[str]] = []

    def run(args: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
        seen.append(list(args))
        page = Path(args[-1].removeprefix("file://"))
        assert "@top-left" in page.read_text(encoding="utf-8")
        out = next(a for a in args if a.startswith("--print-to-pdf=")).split("=", 1)[1]
        if writes is not None:
            Path(out).write_bytes(writes)
        return subprocess.CompletedProcess(list(args), code, b"", stderr)

    return run, seen


def test_the_printed_bytes_come_back_and_the_work_folder_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_chrome", lambda given: "/usr/bin/chromium")
    run, seen = _fake_browser(b"%PDF-1.7 fake")
    assert pdf.render("<html><head></head><body>x</body></html>", run=run) == b"%PDF-1.7 fake"
    work = Path(next(a for a in seen[0] if a.startswith("--user-data-dir=")).split("=", 1)[1]).parent
    assert not work.exists()


def test_a_browser_that_prints_nothing_is_said_with_its_last_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_chrome", lambda given: "/usr/bin/chromium")
    run, _ = _fake_browser(None, stderr=b"[0101/1:ERROR] noise\nMissing X server or $DISPLAY\n", code=1)
    with pytest.raises(AuditorError) as caught:
        pdf.render("<p>x</p>", run=run)
    assert "could not print the report: Missing X server or $DISPLAY" in caught.value.render()
    assert "auditor report --open" in caught.value.render()
    run, _ = _fake_browser(b"<html>not a pdf", code=0)
    with pytest.raises(AuditorError) as caught:
        pdf.render("<p>x</p>", run=run)
    assert "it made no PDF (exit code 0)" in caught.value.render()


def test_a_browser_that_hangs_or_cannot_start_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_chrome", lambda given: "/usr/bin/chromium")

    def hangs(args: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
        raise subprocess.TimeoutExpired(list(args), pdf.TIMEOUT_S)

    def broken(args: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
        raise PermissionError(13, "Permission denied")

    with pytest.raises(AuditorError, match="longer than 120 seconds"):
        pdf.render("<p>x</p>", run=hangs)
    with pytest.raises(AuditorError, match="/usr/bin/chromium: Permission denied"):
        pdf.render("<p>x</p>", run=broken)


# --- a real print -------------------------------------------------------------------------

@pytest.mark.browser
def test_every_page_carries_the_date_the_goal_and_its_number(tmp_path: Path) -> None:
    chrome = chromium_path()
    pdftotext = shutil.which("pdftotext")
    if chrome is None or pdftotext is None:
        if os.environ.get("AUDITOR_REQUIRE_BROWSER") == "1":
            pytest.fail("AUDITOR_REQUIRE_BROWSER=1 but chromium or pdftotext (poppler-utils) is missing")
        pytest.skip("needs chromium and pdftotext (poppler-utils)")
    body = "".join(f"<h2>Deel {i}</h2><p>{'tekst ' * 400}</p>" for i in range(6))
    html = f"<!DOCTYPE html><html><head><style>@page {{ margin: 18mm }}</style></head><body>{body}</body></html>"
    data = pdf.render(html, chrome=chrome, header="Controle van 7 december 2026 · doel: gebalanceerd",
                      footer="Pagina {page} van {pages}")
    (tmp_path / "r.pdf").write_bytes(data)
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "Controle van 7 december 2026 · doel: gebalanceerd"
        assert lines[-1] == f"Pagina {number} van {len(pages)}"
        assert "file://" not in page and "report.html" not in page  # not the browser's own header
