"""Writing ``--out``: devices and pipes are written in place, never replaced; no temp file
outlives a run, not even a killed one."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.output import remove_stale_temps, temp_path, write_private
from tests.conftest import MINI


@pytest.fixture
def audited_db(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.privacy.ads: off\n")
    assert main(["audit", "--answers", str(answers), "--db", str(db), "--checklists", str(MINI)]) == 0
    capsys.readouterr()
    return db


def _device(tmp_path: Path, kind: int, major: int, minor: int) -> Path:
    """A private device node in a temp folder (never the real /dev); skipped where not allowed."""
    node = tmp_path / "dev" / f"node-{major}-{minor}"
    node.parent.mkdir(exist_ok=True)
    try:
        os.mknod(node, 0o666 | kind, os.makedev(major, minor))
    except OSError as exc:
        pytest.skip(f"not permitted to make a device node here: {exc}")
    return node


def test_report_to_a_null_device_leaves_the_device_alone(tmp_path: Path, audited_db: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    null = _device(tmp_path, stat.S_IFCHR, 1, 3)  # a private copy of /dev/null
    before = null.stat()
    code = main(["report", "--out", str(null), "--db", str(audited_db), "--checklists", str(MINI)])
    assert code == 0, capsys.readouterr().err
    after = null.stat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_mode, after.st_rdev) == (before.st_mode, before.st_rdev)
    assert [p.name for p in null.parent.iterdir()] == [null.name]  # no temp file left beside it


def test_a_block_device_is_refused_by_name(tmp_path: Path, audited_db: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    disk = _device(tmp_path, stat.S_IFBLK, 7, 200)  # a loop device number: never opened
    code = main(["report", "--out", str(disk), "--db", str(audited_db), "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "is a device; the auditor writes reports to regular files only" in err
    assert stat.S_ISBLK(disk.stat().st_mode)


def test_report_into_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # someone reads: opened first, no thread
    try:
        write_private(fifo, b"<html>report</html>")
        assert os.read(reader, 1000) == b"<html>report</html>"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_pipe_nobody_reads_is_refused_not_waited_on(tmp_path: Path, audited_db: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    code = main(["report", "--out", str(fifo), "--db", str(audited_db), "--checklists", str(MINI)])
    assert code == 2 and "is a pipe (FIFO)" in capsys.readouterr().err


def test_a_regular_file_is_replaced_whole_and_private(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("old")
    write_private(out, b"new")
    assert out.read_bytes() == b"new" and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from auditor.output import temp_path
tmp = temp_path(Path(sys.argv[1]))
with open(tmp, "wb") as fh:
    fh.write(b"half a report" * 1000)
    fh.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_temp_file_left_by_a_killed_run_is_removed_next_time(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(out)], capture_output=True, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".r.html.")]
    assert len(leftovers) == 1
    write_private(out, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_a_temp_file_of_a_running_process_is_kept(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = tmp_path / f".r.html.{sleeper.pid}.tmp"
        busy.write_bytes(b"being written")
        assert remove_stale_temps(tmp_path) == []
        assert busy.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


TERMINATED_WRITER = """
import os, signal, sys
from pathlib import Path
import auditor.output as output
real_fsync = os.fsync
def fsync_then_terminate(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.SIGTERM)
output.os.fsync = fsync_then_terminate
output.write_private(Path(sys.argv[1]), b"report" * 1000)
"""


def test_sigterm_mid_write_leaves_no_temp_file(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    done = subprocess.run([sys.executable, "-c", TERMINATED_WRITER, str(out)], capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_the_temp_file_is_hidden_beside_the_target(tmp_path: Path) -> None:
    tmp = temp_path(tmp_path / "r.html")
    assert tmp.parent == tmp_path and tmp.name == f".r.html.{os.getpid()}.tmp"
