"""The light install, measured: its size, the launcher to the first page, a PDF without Playwright.

    uv run python bench/bench_install.py [--runs 5] [--chrome /usr/bin/chromium]

Builds the wheel and installs it into two fresh virtualenvs in a temporary folder: the
default (``social-auditor``) and with the browser extra (``social-auditor[browser]``), and
reports what each takes on disk (the packages as installed, and with the bytecode that
pip and pipx write on install and Python writes on first use). From the default install:

* the launcher: ``auditor shortcut`` (HOME is the temporary folder), then the ``Exec`` of the
  ``.desktop`` entry it wrote, as a double-click runs it; the "browser" it opens (``BROWSER``)
  fetches the page over loopback and notes the moment the first page has arrived;
* a PDF of the demo's report, printed by the machine's own Chromium (no Playwright there).

Needs uv (or pip) and a Chromium-family browser; nothing leaves the machine except, on a
machine whose uv cache lacks a package's index entry, one look-up in the package registry.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FETCH = """
import http.cookiejar, sys, time, urllib.request
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
with opener.open(sys.argv[1], timeout=60) as response:
    body = response.read()
done = time.time()
with open(sys.argv[2], "w") as out:
    out.write(f"{done} {response.status} {len(body)}")
"""


def size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def uv_install(uv: str, python: Path, requirement: str) -> None:
    base = [uv, "pip", "install", "-q", "-p", str(python)]
    if subprocess.run([*base, "--offline", requirement], capture_output=True).returncode != 0:
        subprocess.run([*base, requirement], check=True, capture_output=True)


def venv_with(uv: str, folder: Path, requirement: str) -> Path:
    venv = folder / "venv"
    subprocess.run([uv, "venv", "-q", "-p", sys.executable, str(venv)], check=True)
    uv_install(uv, venv / "bin" / "python", requirement)
    return venv


def with_bytecode(venv: Path) -> int:
    subprocess.run([str(venv / "bin" / "python"), "-m", "compileall", "-q", "-j", "0", str(venv / "lib")],
                   capture_output=True)
    return size(venv)


def launcher_to_page(venv: Path, folder: Path, runs: int) -> list[float]:
    home = folder / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AUDITOR_", "VIRTUAL_ENV", "DISPLAY"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
               LANG="nl_NL.UTF-8")
    subprocess.run([str(venv / "bin" / "auditor"), "shortcut"], env=env, check=True, capture_output=True)
    entry = (home / ".local/share/applications/social-auditor.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec=")).split("=", 1)[1]
    words = shlex.split(exec_line.replace("\\\\", "\\"))
    fetcher = folder / "fetch.py"
    fetcher.write_text(FETCH, encoding="utf-8")
    times = []
    for i in range(runs + 1):  # the first run writes the bytecode and the catalogue cache: not counted
        done = folder / f"done-{i}"
        env.update(AUDITOR_DB=str(folder / f"store-{i}.sqlite3"),
                   BROWSER=f"{shlex.quote(sys.executable)} {shlex.quote(str(fetcher))} %s {shlex.quote(str(done))}")
        begin = time.time()
        server = subprocess.Popen(words, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        try:
            while not done.exists() or not done.read_text():
                if server.poll() is not None:
                    raise SystemExit("the launcher's server stopped before the page was fetched")
                time.sleep(0.005)
            arrived, status, _ = done.read_text().split()
            assert status == "200", status
            if i:
                times.append(float(arrived) - begin)
        finally:
            os.killpg(server.pid, signal.SIGINT)
            server.wait(timeout=60)
    return times


def pdf_times(venv: Path, folder: Path, runs: int, chrome: str | None) -> tuple[list[float], int]:
    auditor = str(venv / "bin" / "auditor")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITOR_")}
    db = str(folder / "demo.sqlite3")
    subprocess.run([auditor, "demo", "--db", db, "--lang", "nl", "--out", str(folder / "demo.html")], env=env,
                   check=True, capture_output=True, cwd=folder)
    extra = ["--chrome", chrome] if chrome else []
    times = []
    for i in range(runs + 1):
        begin = time.perf_counter()
        subprocess.run([auditor, "report", "--db", db, "--format", "pdf", "--out", str(folder / "r.pdf"), *extra],
                       env=env, check=True, capture_output=True, cwd=folder)
        if i:
            times.append(time.perf_counter() - begin)
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", (folder / "r.pdf").read_bytes()))
    return times, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chrome", help="the browser that prints (default: the first one found)")
    args = parser.parse_args()
    uv = shutil.which("uv")
    if uv is None:
        raise SystemExit("needs uv")
    with tempfile.TemporaryDirectory(prefix="auditor-bench-install-") as tmp:
        folder = Path(tmp)
        subprocess.run([uv, "build", "-q", "--wheel", "--out-dir", str(folder / "dist"), str(ROOT)], check=True)
        wheel = next((folder / "dist").glob("*.whl"))
        (folder / "light").mkdir()
        (folder / "full").mkdir()
        light = venv_with(uv, folder / "light", str(wheel))
        light_size = size(light)
        full = venv_with(uv, folder / "full", f"social-auditor[browser] @ {wheel.resolve().as_uri()}")
        full_size = size(full)
        playwright = sum(size(p) for p in (full / "lib").glob("python*/site-packages/playwright*"))
        launcher = launcher_to_page(light, folder / "light", args.runs)
        pdf, pages = pdf_times(light, folder / "light", args.runs, args.chrome)
        light_compiled, full_compiled = with_bytecode(light), with_bytecode(full)
    mb = 1_000_000
    print(f"default install (social-auditor): {light_size / mb:.1f} MB; {light_compiled / mb:.1f} MB with bytecode "
          f"(target <= 60 MB)")
    print(f"with the browser extra (social-auditor[browser]): {full_size / mb:.1f} MB; "
          f"{full_compiled / mb:.1f} MB with bytecode; Playwright alone {playwright / mb:.1f} MB")
    print(f"launcher (.desktop Exec) -> first page in the browser: median {statistics.median(launcher) * 1000:.0f} ms "
          f"(min {min(launcher) * 1000:.0f}, max {max(launcher) * 1000:.0f}; {len(launcher)} runs)")
    print(f"PDF of the demo report without Playwright (auditor report --format pdf): median "
          f"{statistics.median(pdf):.2f} s (min {min(pdf):.2f}, max {max(pdf):.2f}; {len(pdf)} runs); {pages} pages")


if __name__ == "__main__":
    main()
