"""Concurrent writers on one store: 8 `auditor audit --answers` runs × 40 answers, none lost.

Each writer is a real process running the command line. All are started, import everything,
and wait at a barrier; released together, they reach the store within milliseconds of each
other (the race that once let two runs resume, and overwrite, the same audit). Every writer
answers differently (its own headline and count, its own on/off pattern over 36 generated
toggles), so an answer overwritten by another writer is detected, not just counted.

    .venv/bin/python bench/bench_concurrency.py [--writers 8] [--answers 40] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_wizard import MINI_REPLIES, catalogue  # noqa: E402

from auditor.store import Store  # noqa: E402
from tests.conftest import cli_env  # noqa: E402

CHILD = """
import sys
import auditor.commands.audit, auditor.report.text, auditor.catalogue.loader
from auditor.cli import main
print("ready", flush=True)
sys.stdin.readline()
sys.exit(main(["audit", "--answers", sys.argv[1]]))
"""


def answers_of(writer: int, count: int) -> dict[str, object]:
    """Writer ``writer``'s answers, as check id -> the value stored."""
    answers: dict[str, object] = {
        "example.privacy.ads": writer % 2 == 0,
        "example.networking.invitations": ("always", "mostly", "never")[writer % 3],
        "example.profile.headline": f"Writer {writer} at Example",
        "example.profile.projects": writer,
    }
    for n in range(1, count - len(MINI_REPLIES) + 1):
        answers[f"example.privacy.generated-{n:02d}"] = (writer >> (n % 4)) % 2 == 1
    return answers


def answers_file(path: Path, answers: dict[str, object]) -> Path:
    lines = ["answers:"]
    for check, value in answers.items():
        shown = ("on" if value else "off") if isinstance(value, bool) else f'"{value}"' if isinstance(value, str) \
            else str(value)
        lines.append(f"  {check}: {shown}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def one_round(work: Path, checklists: Path, writers: int, count: int) -> tuple[float, int, int]:
    """Wall time of one round, answers kept intact, answers lost."""
    db = work / "audits.sqlite3"
    expected = {w: answers_of(w, count) for w in range(writers)}
    files = [answers_file(work / f"answers-{w}.yaml", expected[w]) for w in range(writers)]
    env = cli_env(AUDITOR_DB=str(db), AUDITOR_CHECKLISTS=str(checklists))
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, str(f)], env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    for proc in procs:
        assert proc.stdout is not None
        if proc.stdout.readline() != "ready\n":
            raise SystemExit(f"a writer did not start: {proc.communicate()[1]}")
    start = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    failures = []
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        if proc.returncode != 0:
            failures.append(err)
    elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit("writers failed:\n" + "\n".join(failures))
    with Store(db) as st:
        stored = [{f.check_id: f.value for f in st.facts(a.id) if f.source == "answer"} for a in st.audits()]
    kept = sum(len(expected[w]) for w in range(writers) if expected[w] in stored)
    db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return elapsed, kept, writers * count - kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--answers", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        checklists = catalogue(work / "catalogue", args.answers)
        results = [one_round(work, checklists, args.writers, args.answers) for _ in range(args.rounds)]
    total = args.writers * args.answers
    print(f"{args.writers} concurrent writers x {args.answers} answers, {args.rounds} rounds")
    for n, (elapsed, kept, lost) in enumerate(results, 1):
        print(f"  round {n}: {kept}/{total} answers kept, {lost} lost, {elapsed:.2f} s from release to last exit")
    median = statistics.median(r[0] for r in results)
    lost = sum(r[2] for r in results)
    print(f"median {median:.2f} s per round; {lost} answers lost in all")
    if lost:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
