"""Make the README's and the guide's screenshots again from the current pages.

    uv run python docs/screenshots.py            # all of them, in Dutch
    uv run python docs/screenshots.py --chrome /usr/bin/chromium

Starts ``auditor serve --no-browser`` on a scratch store (never yours), opens the printed
link in a headless Chromium-family browser driven by Playwright (the dev tools have it),
and photographs: the start page, the first question, the page where a data export is added,
and the report of the demo. Everything runs offline, in a temporary folder.

Written (PNG):
  docs/serve-screenshot.png     the first question (README, first screen)
  docs/report-screenshot.png    the demo's report, top (README)
  docs/nl/start.png             the start page (guide)
  docs/nl/export.png            adding a data export (guide)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
WIDTH, HEIGHT = 1000, 760


def find_chrome(given: str | None) -> str:
    for candidate in (given, shutil.which("chromium"), shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate:
            return candidate
    sys.exit("no Chromium-family browser found: give one with --chrome PATH")


def start_server(work: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen([sys.executable, "-m", "auditor.cli", "serve", "--no-browser", "--lang", "nl"],
                              cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert server.stdout is not None
    first = server.stdout.readline()
    link = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", first)
    if link is None:
        server.kill()
        sys.exit(f"auditor serve printed no link: {first!r} {server.stderr.read() if server.stderr else ''}")
    return server, link.group(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chrome", help="the Chromium-family browser to photograph with")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chrome = find_chrome(args.chrome)
    (DOCS / "nl").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="auditor-shots-") as folder:
        work = Path(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITOR_")}
        env.update(AUDITOR_DB=str(work / "store.sqlite3"), HOME=str(work), LANG="nl_NL.UTF-8", NO_COLOR="1")
        subprocess.run([sys.executable, "-m", "auditor.cli", "demo", "--lang", "nl", "--db", str(work / "demo.sqlite3"),
                        "--out", str(work / "demo.html")], cwd=work, env=env, check=True, capture_output=True)
        server, link = start_server(work, env)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chrome, headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
                page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, locale="nl-NL",
                                        color_scheme="light", device_scale_factor=1)
                page.goto(link, wait_until="load")
                page.screenshot(path=str(DOCS / "nl" / "start.png"))
                page.check('input[name="platform"][value="linkedin"]')
                for other in ("facebook", "x", "instagram"):
                    box = page.locator(f'input[name="platform"][value="{other}"]')
                    if box.count() and box.is_checked():
                        box.uncheck()
                with page.expect_navigation(wait_until="load"):
                    page.locator('form[action="/start"] button[type="submit"], form[action="/start"] button').first\
                        .click()
                page.screenshot(path=str(DOCS / "serve-screenshot.png"))
                base = link.split("/?", 1)[0]
                page.goto(f"{base}/export", wait_until="load")
                page.screenshot(path=str(DOCS / "nl" / "export.png"))
                page.goto((work / "demo.html").as_uri(), wait_until="load")
                page.screenshot(path=str(DOCS / "report-screenshot.png"))
                browser.close()
        finally:
            server.send_signal(signal.SIGINT)
            server.communicate(timeout=60)
    for name in ("serve-screenshot.png", "report-screenshot.png", "nl/start.png", "nl/export.png"):
        print(f"wrote docs/{name} ({(DOCS / name).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
