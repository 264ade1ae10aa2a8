"""Shared test helpers: the mini catalogue, a scratch store, and running the CLI like a user."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MINI = FIXTURES / "catalogues" / "mini"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def mini_catalogue(tmp_path: Path) -> Path:
    """A private copy of the mini catalogue, so a test may edit it."""
    target = tmp_path / "catalogue"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "audits.sqlite3"


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITOR_")}
    env.update({"NO_COLOR": "1", "PYTHONUTF8": "1"})
    env.update(extra)
    return env


def run_cli(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
            input: str | None = None, timeout: float = 60) -> Result:
    """Run ``auditor`` in a subprocess, exactly as a user's shell would."""
    proc = subprocess.run(
        [sys.executable, "-m", "auditor.cli", *map(str, args)],
        cwd=cwd, env=env or cli_env(), input=input, capture_output=True, text=True, timeout=timeout,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    """Run ``auditor`` in this process (``cli.main``), as ``run_cli`` does in a subprocess:
    the same exit code, output and error text, without starting an interpreter."""
    from auditor.cli import main

    def go(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None,
           input: str | None = None) -> Result:
        capsys.readouterr()
        with pytest.MonkeyPatch.context() as mp:
            if cwd is not None:
                mp.chdir(cwd)
            if input is not None:
                import io

                mp.setattr("sys.stdin", io.StringIO(input))
            for key in [k for k in os.environ if k.startswith("AUDITOR_")]:
                mp.delenv(key)
            mp.setenv("NO_COLOR", "1")
            for key, value in (env or {}).items():
                mp.setenv(key, value)
            try:
                code = main([str(a) for a in args])
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Result(int(code), captured.out, captured.err)

    return go


@pytest.fixture(autouse=True, scope="session")
def _sealed_from_the_machine(tmp_path_factory: pytest.TempPathFactory):
    """Caches, stores and config go to a temporary folder, never the real home.

    Session-wide so the validated catalogue is cached once for the whole run; subprocesses
    inherit it through the environment (``cli_env`` copies ``os.environ``).
    """
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    for key in saved:
        os.environ[key] = str(home / key.lower())
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def dutch():
    """The test speaks Dutch where nothing names a language, as a run with ``--lang nl``
    would (the language is a context value: nothing is left for the next test)."""
    from auditor.strings import speaking

    with speaking("nl"):
        yield


@pytest.fixture
def speak():
    """``speak("nl")``: the rest of the test speaks Dutch where nothing names a language."""
    from contextlib import ExitStack

    from auditor.strings import speaking

    with ExitStack() as stack:
        yield lambda lang: stack.enter_context(speaking(lang))
