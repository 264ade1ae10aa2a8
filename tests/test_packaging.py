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


@pytest.mark.slow
def test_installed_wheel_runs_from_a_clean_virtualenv(wheel: Path, tmp_path: Path) -> None:
    uv = shutil.which("uv")
    venv = tmp_path / "venv"
    if uv:
        subprocess.run([uv, "venv", "-q", "-p", sys.executable, str(venv)], check=True, timeout=120)
        subprocess.run([uv, "pip", "install", "-q", "-p", str(venv / "bin" / "python"), str(wheel)],
                       check=True, timeout=600)
    else:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, timeout=600)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AUDITOR_", "PYTHONPATH", "VIRTUAL_ENV"))}
    env["AUDITOR_DB"] = str(tmp_path / "db.sqlite3")
    # run from an empty directory so nothing from the checkout can be picked up
    result = subprocess.run([str(venv / "bin" / "auditor"), "checklists", "list"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "linkedin" in result.stdout
    demo = subprocess.run([str(venv / "bin" / "auditor"), "demo", "--out", str(tmp_path / "demo.html")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "demo.html").read_text().startswith("<!DOCTYPE html>")
