"""The wheel carries the catalogue and the report templates: installed, not only in a checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    uv = shutil.which("uv")
    if uv:
        cmd = [uv, "build", "--wheel", "--out-dir", str(out), str(ROOT)]
    else:
        cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return next(out.glob("*.whl"))


@pytest.mark.slow
def test_wheel_contains_checklists_reports_and_demo(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "auditor/_bundled/checklists/linkedin.yaml" in names
    assert "auditor/_bundled/reports/report.html" in names
    assert "auditor/_bundled/reports/report.css" in names
    assert any(n.startswith("auditor/demo_data/") for n in names)
    assert not any(n.startswith("tests/") for n in names)


LIMIT_MB = 60  # the default install: wizard, import, report, page, share and workshop


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path`` (what the install takes on disk, give or take blocks)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def outside_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A person's environment: nothing of the checkout, a private store, home and caches."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AUDITOR_", "PYTHONPATH", "VIRTUAL_ENV", "UV_"))}
    env.update(AUDITOR_DB=str(tmp / "db.sqlite3"), HOME=str(tmp / "home"), XDG_CACHE_HOME=str(tmp / "cache"),
               XDG_DATA_HOME=str(tmp / "home" / ".local" / "share"), XDG_CONFIG_HOME=str(tmp / "home" / ".config"),
               NO_COLOR="1", **extra)
    (tmp / "home").mkdir(exist_ok=True)
    return env


def uv_cached_first(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a uv command from its cache alone (``--offline``); only when the cache lacks a
    package's index entry (a fresh machine: ``uv sync`` keeps wheels, not index pages) is
    the registry asked, once, after which the cache has it."""
    done = subprocess.run([*args[:3], "--offline", *args[3:]], capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0 and "network was disabled" in done.stderr:
        done = subprocess.run(args, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    return done  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def light_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed WITHOUT extras into a fresh virtualenv."""
    venv = tmp_path_factory.mktemp("light") / "venv"
    uv = shutil.which("uv")
    if uv:
        subprocess.run([uv, "venv", "-q", "-p", sys.executable, str(venv)], check=True, timeout=120)
        done = uv_cached_first([uv, "pip", "install", "-q", "-p", str(venv / "bin" / "python"), str(wheel)],
                               timeout=600)
        assert done.returncode == 0, done.stderr
    else:
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-index", "--find-links",
                        str(wheel.parent), "--target", str(next((venv / "lib").glob("python*")) / "site-packages"),
                        str(wheel)], check=True, timeout=600)
    return venv


@pytest.mark.slow
def test_installed_wheel_runs_from_a_clean_virtualenv(light_venv: Path, tmp_path: Path) -> None:
    env = outside_env(tmp_path)
    auditor = str(light_venv / "bin" / "auditor")
    # run from an empty directory so nothing from the checkout can be picked up
    result = subprocess.run([auditor, "checklists", "list"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "linkedin" in result.stdout
    demo = subprocess.run([auditor, "demo", "--out", str(tmp_path / "demo.html")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "demo.html").read_text().startswith("<!DOCTYPE html>")


@pytest.mark.slow
def test_the_default_install_is_light_and_has_no_playwright(light_venv: Path) -> None:
    python = str(light_venv / "bin" / "python")
    probe = subprocess.run([python, "-c", "import importlib.util as u; print(u.find_spec('playwright') is None)"],
                           capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "True", "Playwright came with the default install"
    size = folder_size(light_venv)
    print(f"default install: {size / 1e6:.1f} MB in {light_venv}")
    assert size <= LIMIT_MB * 1_000_000, f"the default install takes {size / 1e6:.1f} MB (limit {LIMIT_MB} MB)"


@pytest.mark.slow
def test_browser_without_the_extra_says_how_to_add_it(light_venv: Path, tmp_path: Path) -> None:
    env = outside_env(tmp_path, LANG="nl_NL.UTF-8")
    done = subprocess.run([str(light_venv / "bin" / "auditor"), "audit", "linkedin", "--browser"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.strip().splitlines() == [
        "auditor: Voor instellingen lezen in je browser is de browseruitbreiding nodig; voeg die toe met: "
        "pipx install --force 'social-auditor[browser]' (of: uv tool install 'social-auditor[browser]')."]
    assert not (tmp_path / "db.sqlite3").exists(), "nothing was started before the refusal"


@pytest.mark.slow
def test_serve_from_the_installed_wheel_shows_the_first_page(light_venv: Path, tmp_path: Path) -> None:
    import http.cookiejar
    import re
    import signal
    import urllib.request

    env = outside_env(tmp_path, LANG="nl_NL.UTF-8")
    server = subprocess.Popen([str(light_venv / "bin" / "auditor"), "serve", "--no-browser"], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        link = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", first)
        assert link, first
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        with opener.open(link.group(0), timeout=60) as response:
            assert response.status == 200
            page = response.read().decode("utf-8")
        assert 'lang="nl"' in page and "<form" in page
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=60)
    assert server.returncode == 0, err
    assert "Traceback" not in err


@pytest.mark.slow
@pytest.mark.browser
def test_a_pdf_from_the_installed_wheel_without_playwright(light_venv: Path, tmp_path: Path) -> None:
    chrome = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chrome is None:
        if os.environ.get("AUDITOR_REQUIRE_BROWSER") == "1":
            pytest.fail("AUDITOR_REQUIRE_BROWSER=1 but Debian's chromium is missing")
        pytest.skip("needs a Chromium-family browser")
    scratch = tmp_path / "tmp"  # the system's temporary folder, for this run: left empty afterwards
    scratch.mkdir()
    env = outside_env(tmp_path, TMPDIR=str(scratch))
    auditor = str(light_venv / "bin" / "auditor")
    db = str(tmp_path / "demo.sqlite3")
    demo = subprocess.run([auditor, "demo", "--db", db, "--lang", "nl", "--out", str(tmp_path / "demo.html")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    for args, name in ((["--chrome", chrome], "given.pdf"), ([], "found.pdf")):
        done = subprocess.run([auditor, "report", "--db", db, "--format", "pdf", "--out", name, *args],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
    assert not list(scratch.iterdir()), "the page, the profile and the PDF are removed after printing"


@pytest.mark.slow
def test_the_no_python_path_uvx_then_uv_tool_install(wheel: Path, tmp_path: Path) -> None:
    """The README's path for people with nothing installed, after uv's own one-line installer
    (not run here): ``uvx --from social-auditor auditor …``, then ``uv tool install
    social-auditor``. The package is the wheel just built, the rest comes from uv's cache."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed")
    env = outside_env(tmp_path, UV_TOOL_DIR=str(tmp_path / "tools"), UV_TOOL_BIN_DIR=str(tmp_path / "bin"),
                      UV_CACHE_DIR=os.environ.get("UV_CACHE_DIR") or _uv_cache(uv), UV_PYTHON=sys.executable)
    # the package named by the wheel just built (not by its name on the registry)
    once = uv_cached_first([uv, "tool", "run", "--from", str(wheel), "auditor", "demo", "--out",
                            str(tmp_path / "demo.html")], cwd=tmp_path, env=env, timeout=600)
    assert once.returncode == 0, once.stderr
    assert (tmp_path / "demo.html").read_text().startswith("<!DOCTYPE html>")
    kept = uv_cached_first([uv, "tool", "install", str(wheel)], cwd=tmp_path, env=env, timeout=600)
    assert kept.returncode == 0, kept.stderr
    version = subprocess.run([str(tmp_path / "bin" / "auditor"), "--version"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("auditor "), version.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in ("curl -LsSf https://astral.sh/uv/install.sh | sh",
                 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
                 "uvx --from social-auditor auditor serve", "uv tool install social-auditor"):
        assert line in readme, f"the README lost: {line}"


def _uv_cache(uv: str) -> str:
    return subprocess.run([uv, "cache", "dir"], capture_output=True, text=True, check=True, timeout=60).stdout.strip()
