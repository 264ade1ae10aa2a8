"""Wizard latency: from an answer typed at a real pseudo-terminal to the next question's prompt.

Budget (DESIGN 8): <= 50 ms. The mini test catalogue is copied and padded with generated toggle
checks to 40 questions; the wizard runs as ``python -m auditor.cli audit`` under a pty, exactly
as at a person's terminal, with the store on disk (every answer is committed before the next
question shows, so the figure includes the SQLite commit).

    .venv/bin/python bench/bench_wizard.py [--questions 40] [--runs 1]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.store import Store  # noqa: E402
from tests.conftest import MINI, cli_env  # noqa: E402
from tests.pty_driver import Pty  # noqa: E402

PROMPT = re.compile(r"^> ", re.M)
MINI_REPLIES = ["off", "1", "Privacy engineer at Example", "3"]  # toggle, choice, text, number

CHECK = """
  - id: example.privacy.generated-{n:02d}
    revision: 1
    category: privacy
    severity: low
    assessment: manual
    title: {{en: "Generated setting {n} is off", nl: "Gegenereerde instelling {n} staat uit"}}
    why: {{en: "Benchmark padding: a toggle like the real ones.", nl: "Opvulling voor de meting."}}
    impact: {{en: "None.", nl: "Geen."}}
    fact: example.setting.generated_{n:02d}
    rule: {{equals: false}}
    default: true
    question:
      kind: toggle
      text: {{en: "Is generated setting {n} on or off?", nl: "Staat instelling {n} aan of uit?"}}
    where:
      url: https://example.invalid/settings/generated-{n}
      path: {{en: "Settings › Generated › {n}", nl: "Instellingen › Gegenereerd › {n}"}}
    fix:
      web: {{en: "Switch it off.", nl: "Zet het uit."}}
    labels: {{en: confirmed, nl: confirmed}}
    sources: [{{seed: 002_4b8ae3fb8cb29145.txt, seen: 2026-11-22}}]
    history: [{{date: 2020-01-01, change: added, note: "Generated."}}]
"""


def catalogue(directory: Path, questions: int) -> Path:
    directory.mkdir()
    text = (MINI / "example.yaml").read_text(encoding="utf-8").rstrip("\n") + "\n"
    extra = "".join(CHECK.format(n=n) for n in range(1, questions - len(MINI_REPLIES) + 1))
    (directory / "example.yaml").write_text(text + extra, encoding="utf-8")
    return directory


def one_run(checklists: Path, db: Path, questions: int) -> list[float]:
    replies = MINI_REPLIES + ["off"] * (questions - len(MINI_REPLIES))
    env = cli_env(LANG="en_US.UTF-8")
    latencies: list[float] = []
    with Pty("audit", "--goal", "balanced", "--lang", "en", "--db", db, "--checklists", checklists,
             env=env) as p:
        p.expect(f"1 of {questions}]", timeout=30)
        p.expect(PROMPT)
        for n, reply in enumerate(replies, 1):
            start = time.perf_counter()
            p.send(reply)
            p.expect("report --open" if n == questions else PROMPT)
            latencies.append(time.perf_counter() - start)
        if p.wait() != 0:
            raise SystemExit(f"the wizard failed:\n{p.screen}")
        if f"{questions} of {questions}]" not in p.screen:
            raise SystemExit(f"expected {questions} questions:\n{p.screen}")
    with Store(db) as st:  # every answer really was committed
        if len([f for f in st.facts(1) if f.source == "answer"]) != questions:
            raise SystemExit("not every answer is in the store")
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--runs", type=int, default=1, help="whole wizard runs (a fresh store each)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        checklists = catalogue(Path(tmp) / "catalogue", args.questions)
        latencies: list[float] = []
        for run in range(args.runs):
            latencies += one_run(checklists, Path(tmp) / f"run{run}.sqlite3", args.questions)
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"wizard: answer to next question: median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms "
          f"({len(ms)} answers, pseudo-terminal; budget 50 ms)")


if __name__ == "__main__":
    main()
