"""The store under concurrency and faults: nothing lost, each failure named for what it is.

Real processes write one store at once; a real read-only and a real full file system
(tmpfs, where root may mount one) stand in for a locked-down home or a full disk.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor import audit as audits
from auditor.catalogue.loader import load_catalogue
from auditor.cli import main
from auditor.errors import StoreError
from auditor.facts import Fact
from auditor.store import Store
from tests.conftest import MINI, cli_env

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
WRITERS = 8


def _answers(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"answers-{n}.yaml"
    path.write_text(f"answers:\n  example.profile.headline: writer {n}\n  example.profile.projects: {n}\n")
    return path


# Each child imports everything first, says so, and waits for the word: released together,
# the eight reach the store within milliseconds of each other, as a race needs.
CHILD = """
import sys
import auditor.commands.audit, auditor.report.text, auditor.catalogue.loader
from auditor.cli import main
print("ready", flush=True)
sys.stdin.readline()
sys.exit(main(["audit", "--answers", sys.argv[1]]))
"""


def run_together(args: list[list[str]], env: dict[str, str]) -> list[tuple[int, str, str]]:
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, *a], env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for a in args]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append((proc.returncode, out, err))
    return results


def test_concurrent_answer_runs_each_keep_every_answer(tmp_path: Path, db: Path) -> None:
    env = cli_env(AUDITOR_DB=str(db), AUDITOR_CHECKLISTS=str(MINI))
    results = run_together([[str(_answers(tmp_path, n))] for n in range(WRITERS)], env)
    assert [code for code, _out, _err in results] == [0] * WRITERS, results
    with Store(db) as st:
        kept = {(a.id, f.key): f.value for a in st.audits() for f in st.facts(a.id) if f.source == "answer"}
        finished = [a for a in st.audits() if a.finished]
    headlines = {v: audit_id for (audit_id, key), v in kept.items() if key == "example.profile.headline"}
    assert sorted(headlines) == sorted(f"writer {n}" for n in range(WRITERS))
    for n in range(WRITERS):  # each run's two answers sit together in one audit
        assert kept[(headlines[f"writer {n}"], "example.profile.projects")] == n
    assert len(finished) == WRITERS


def test_an_audit_held_by_a_running_auditor_is_not_resumed(db: Path) -> None:
    cat = load_catalogue(MINI)
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with Store(db) as st:
            first = audits.start(st, cat, ["example"], "balanced", "en", NOW)
            st.conn.execute("UPDATE audits SET holder = ? WHERE id = ?",
                            (f"{os.uname().nodename}:{holder.pid}", first.id))
        with Store(db) as st:
            assert audits.resumable(st, ["example"]) is None
    finally:
        holder.kill()
        holder.wait()
    with Store(db) as st:  # the holder is gone (killed): its audit can be resumed again
        resumed = audits.resumable(st, ["example"])
    assert resumed is not None and resumed.id == first.id


def test_claim_unfinished_gets_or_creates(db: Path) -> None:
    with Store(db) as st:
        made, created = st.claim_unfinished(["example"], "balanced", "en", {"example": "1"}, None, NOW)
        again, created_again = st.claim_unfinished(["example"], "private", "nl", {"example": "1"}, None, NOW)
    assert created and not created_again and again.id == made.id and again.goal == "balanced"


def test_a_locked_store_says_in_use_and_keeps_the_data(db: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("auditor.store.BUSY_TIMEOUT_S", 0)
    with Store(db) as st:
        st.create_audit("balanced", "en", ["example"], {}, None, NOW)
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["audit", "--answers", str(_answers(tmp_path, 1)), "--db", str(db), "--checklists", str(MINI)])
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    err = capsys.readouterr().err
    assert code == 2
    assert "in use by another auditor" in err and "Traceback" not in err
    assert "damaged" not in err and "NEW_FILE" not in err
    with Store(db) as st:
        assert len(st.audits()) == 1


@pytest.mark.parametrize(("column", "value", "named"), [
    ("platforms", "not json", "platforms"),
    ("started_at", "yesterday-ish", "started_at"),
])
def test_a_damaged_row_is_reported_before_anything_is_written(db: Path, tmp_path: Path, column: str, value: str,
                                                               named: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Store(db) as st:
        audit_id = st.create_audit("balanced", "en", ["example"], {}, None, NOW)
        st.finish_audit(audit_id, NOW)
        st.conn.execute(f"UPDATE audits SET {column} = ? WHERE id = ?", (value, audit_id))
    code = main(["audit", "--answers", str(_answers(tmp_path, 1)), "--db", str(db), "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "damaged" in err and named in err and value in err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM audits").fetchone()[0] == 1


def test_non_json_in_a_fact_is_reported_not_crashed_on(db: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with Store(db) as st:
        st.record_import([Fact("example.profile.headline", "x", "export", NOW)])
        st.conn.execute("UPDATE facts SET value = '{oops'")
    code = main(["audit", "--answers", str(_answers(tmp_path, 1)), "--db", str(db), "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "facts row 1" in err and "value" in err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM audits").fetchone()[0] == 0


def test_a_missing_table_is_damage_found_at_open(db: Path) -> None:
    with Store(db):
        pass
    sqlite3.connect(db).execute("DROP TABLE acceptances")
    with pytest.raises(StoreError, match=r"damaged.*acceptances"):
        Store(db)


def test_an_audit_id_beyond_64_bits_is_no_audit(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store(db) as st:
        st.create_audit("balanced", "en", ["example"], {}, None, NOW)
    code = main(["report", "--audit", str(2**70), "--db", str(db), "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "OverflowError" not in err


# --- a real file system that is read-only or full ------------------------------------------

@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A private 1 MiB tmpfs: a real disk that can fill up and be made read-only."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"not permitted to mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_store_is_named_read_only_and_left_intact(tmpfs: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmpfs / "audits.sqlite3"
    with Store(db) as st:
        st.create_audit("balanced", "en", ["example"], {}, None, NOW)
    before = db.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    code = main(["audit", "--answers", str(_answers(tmp_path, 1)), "--db", str(db), "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "read-only" in err and "intact" in err
    assert "damaged" not in err and "Traceback" not in err
    assert db.read_bytes() == before


def _fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        with pytest.raises(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)


@pytest.mark.parametrize("open_before", [True, False], ids=["fills-while-open", "full-at-open"])
def test_a_full_disk_is_named_full_and_earlier_answers_survive(tmpfs: Path, open_before: bool) -> None:
    db = tmpfs / "audits.sqlite3"
    with Store(db) as st:
        first = st.create_audit("balanced", "en", ["example"], {}, None, NOW)
        st.put_fact(first, Fact("example.profile.headline", "kept", "answer", NOW))
    st = Store(db) if open_before else None
    _fill(tmpfs)
    with pytest.raises(StoreError) as caught:
        st = st or Store(db)
        for n in range(100):
            st.put_facts(None, [Fact(f"example.n{n}", "x" * 200_000, "export", NOW)])
    if st is not None:
        st.close()
    message = caught.value.render()
    assert "full" in message and "intact" in message and "damaged" not in message
    (tmpfs / "filler").unlink()
    with Store(db) as st:
        assert [f.value for f in st.facts(first)] == ["kept"]


def test_a_fifo_as_the_store_is_refused_not_waited_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "audits.sqlite3"
    os.mkfifo(fifo)
    assert main(["history", "--db", str(fifo), "--checklists", str(MINI)]) == 2
    assert "is a pipe (FIFO), not a file" in capsys.readouterr().err
