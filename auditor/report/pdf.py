"""PDF: the HTML report printed by the person's own Chromium-family browser, headless.

No Playwright: Chrome, Edge, Chromium and Brave can all print a page to a PDF file from
the command line (``--headless --print-to-pdf``). We look for one in the usual places of
this operating system (or take ``--chrome PATH``), write the report to a private
temporary folder, start the browser there with a fresh, throw-away profile and the
switches that keep it quiet (no updates, no sync, nothing fetched), and read back the PDF.

The date and goal at the top of each page and "Page 3 of 9" at the bottom are CSS page
margin boxes (``@page { @top-left { … } }``), which current Chromium prints; the browser's
own header and footer (file name, time) are switched off with ``--no-pdf-header-footer``.

Everything that looks at the machine has an injectable seam (``platform``, ``env``,
``which``, ``exists``, ``run``) so the search and the command line are tested without a
browser; CI prints real PDFs with Debian's chromium.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from auditor.errors import AuditorError
from auditor.strings import t

# Names a Chromium-family browser goes by on a Linux (or BSD) PATH, most common first.
PATH_NAMES: tuple[str, ...] = (
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge",
    "microsoft-edge-stable", "brave-browser", "brave",
)
# Where the packages put them when the PATH is restricted (cron, a launcher, sudo).
LINUX_PATHS: tuple[str, ...] = (
    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/opt/google/chrome/chrome",
    "/opt/microsoft/msedge/msedge", "/opt/brave.com/brave/brave",
)
MAC_APPS: tuple[str, ...] = (
    "Google Chrome.app/Contents/MacOS/Google Chrome",
    "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "Chromium.app/Contents/MacOS/Chromium",
    "Brave Browser.app/Contents/MacOS/Brave Browser",
)
WINDOWS_ROOTS: tuple[str, ...] = ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")
WINDOWS_EXES: tuple[str, ...] = (
    r"Google\Chrome\Application\chrome.exe",
    r"Microsoft\Edge\Application\msedge.exe",
    r"BraveSoftware\Brave-Browser\Application\brave.exe",
    r"Chromium\Application\chrome.exe",
)
# A printing browser needs nothing from the internet: no updates, no sync, no first-run
# pages, no GPU (there is no screen). Chromium's sandbox refuses to start as root.
QUIET_ARGS: tuple[str, ...] = (
    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-gpu", "--no-default-browser-check", "--disable-extensions",
)
MARGINS = "16mm 12mm 15mm"  # top, left and right, bottom: room for the header and footer lines
TIMEOUT_S = 120


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def candidates(platform: str = sys.platform, env: Mapping[str, str] | None = None,
               home: str | None = None) -> list[str]:
    """Every place a Chromium-family browser usually lives on this operating system, in
    the order we try them (PATH names on Linux are looked up separately, first)."""
    env = os.environ if env is None else env
    if platform == "darwin":
        homes = [home or str(Path.home())]
        return [str(Path(root) / app) for root in ("/Applications", *(f"{h}/Applications" for h in homes))
                for app in MAC_APPS]
    if platform in ("win32", "cygwin"):
        return [f"{env[root].rstrip(chr(92))}\\{exe}" for exe in WINDOWS_EXES for root in WINDOWS_ROOTS
                if env.get(root)]
    return list(LINUX_PATHS)


def find_chrome(
    given: str | os.PathLike[str] | None = None,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    home: str | None = None,
    which: Callable[[str], str | None] | None = None,
    exists: Callable[[str], bool] | None = None,
) -> str:
    """The browser that prints: ``given`` (``--chrome PATH``), else the first one found; an
    ``AuditorError`` that names what to do (the print command of the browser) without."""
    which = which or shutil.which
    exists = exists or _is_executable
    if given is not None:
        path = str(Path(given).expanduser())
        if not exists(path):
            raise AuditorError(t("report.pdf.chrome_missing", path=path), hint=t("report.pdf.chrome_missing_hint"))
        return path
    if platform not in ("darwin", "win32", "cygwin"):
        for name in PATH_NAMES:
            found = which(name)
            if found and exists(found):
                return found
    for path in candidates(platform, env, home):
        if exists(path):
            return path
    raise AuditorError(t("report.pdf.no_browser"), hint=t("report.pdf.no_browser_hint"))


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal (quotes, backslashes and line breaks escaped)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ").replace("<", "\\3c ")
    return f'"{escaped}"'


def _css_content(template: str) -> str:
    """A CSS ``content`` value for ``template``, its ``{page}`` and ``{pages}`` as counters:
    "Page {page} of {pages}" → ``"Page " counter(page) " of " counter(pages)``."""
    parts: list[str] = []
    rest = template
    while rest:
        at = [(rest.find(mark), mark) for mark in ("{page}", "{pages}") if mark in rest]
        if not at:
            parts.append(_css_string(rest))
            break
        index, mark = min(at)
        if index:
            parts.append(_css_string(rest[:index]))
        parts.append("counter(page)" if mark == "{page}" else "counter(pages)")
        rest = rest[index + len(mark):]
    return " ".join(parts) or '""'


def page_style(header: str, footer: str) -> str:
    """The date and goal at the top left of every page, "Page 3 of 9" at the bottom right."""
    box = "font: 8pt system-ui, sans-serif; color: #444;"
    return ("<style>@page { size: A4; margin: " + MARGINS + ";"
            f" @top-left {{ content: {_css_content(header)}; {box} vertical-align: bottom; }}"
            f" @bottom-right {{ content: {_css_content(footer)}; {box} vertical-align: top; }} }}</style>")


def with_page_boxes(html: str, header: str, footer: str) -> str:
    """The report with the page header and footer added as the last style of its head,
    so that they win over the report's own ``@page`` rule."""
    style = page_style(header, footer)
    at = html.find("</head>")
    return html[:at] + style + html[at:] if at >= 0 else style + html


def _running_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return bool(geteuid is not None and geteuid() == 0)


def command(chrome: str, page: Path, out: Path, profile: Path, *, root: bool | None = None) -> list[str]:
    """The browser's command line that prints ``page`` to ``out``."""
    args = [chrome, "--headless", "--no-pdf-header-footer", f"--print-to-pdf={out}", f"--user-data-dir={profile}",
            *QUIET_ARGS, "--generate-pdf-document-outline"]
    if _running_as_root() if root is None else root:
        args.append("--no-sandbox")
    return [*args, page.resolve().as_uri()]


def work_folder(chrome: str, home: str | None = None) -> str | None:
    """Where to put the page and the PDF: the system's temporary folder, except for a
    browser installed as a snap, which sees only its own /tmp and writes in ~/snap."""
    if chrome.startswith("/snap/"):
        folder = Path(home or Path.home()) / "snap" / Path(chrome).name / "common"
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)
    return None


Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[bytes]"]


SOCKET_ROOM = 60  # Chromium puts a socket in TMPDIR; a Unix socket's path holds at most 107 bytes


def browser_env(env: Mapping[str, str] | None = None, *, short: str = "/tmp") -> dict[str, str]:
    """The browser's environment: ours, with a short TMPDIR when ours is too long for the
    socket Chromium makes there (it would stop with "Broken pipe" before printing)."""
    env = dict(os.environ if env is None else env)
    tmp = env.get("TMPDIR")
    if tmp and len(tmp) > SOCKET_ROOM and os.path.isdir(short) and os.access(short, os.W_OK):
        env["TMPDIR"] = short
    return env


def _run(args: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(list(args), capture_output=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL, check=False,
                          env=browser_env())


def render(html: str, *, chrome: str | os.PathLike[str] | None = None, header: str = "", footer: str = "",
           run: Runner | None = None) -> bytes:
    """The report ``html`` as the bytes of a PDF, printed by a Chromium-family browser."""
    browser = find_chrome(chrome)
    run = run or _run
    page_html = with_page_boxes(html, header, footer or "{page} / {pages}")
    with tempfile.TemporaryDirectory(prefix="auditor-pdf-", dir=work_folder(browser)) as folder:
        work = Path(folder)
        os.chmod(work, 0o700)
        page, out, profile = work / "report.html", work / "report.pdf", work / "profile"
        page.write_text(page_html, encoding="utf-8")
        try:
            done = run(command(browser, page, out, profile))
        except subprocess.TimeoutExpired:
            raise AuditorError(t("report.pdf_failed", problem=t("report.pdf.timeout", seconds=TIMEOUT_S)),
                               hint=t("report.pdf_failed_hint")) from None
        except OSError as exc:
            raise AuditorError(t("report.pdf_failed", problem=f"{browser}: {exc.strerror or exc}"),
                               hint=t("report.pdf_failed_hint")) from None
        data = out.read_bytes() if out.is_file() else b""
        if not data.startswith(b"%PDF-"):
            said = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
            problem = said[-1].strip() if said else t("report.pdf.no_file", code=done.returncode)
            raise AuditorError(t("report.pdf_failed", problem=problem[:300]), hint=t("report.pdf_failed_hint"))
    return data


__all__ = ["candidates", "command", "find_chrome", "page_style", "render", "with_page_boxes"]
