"""Start-up and catalogue loading, against a bare interpreter (DESIGN 8).

Targets: `auditor --help` and `--version` <= 3x `python -c pass`; loading and validating
every bundled checklist <= 200 ms. The commands run round-robin, so a machine whose speed
drifts during the run affects all of them alike. Run: uv run python bench/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 30


def interleaved(commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(ROUNDS + 3):
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
            if round_ >= 3:  # warm-up rounds fill the OS cache and write bytecode
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) * 1000 for name, t in times.items()}


def validate_ms(runs: int = 15) -> tuple[float, int, int]:
    os.environ["AUDITOR_NO_CACHE"] = "1"  # measure the real work, not the cache
    from auditor.catalogue.loader import load_catalogue

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        cat = load_catalogue()
        times.append(time.perf_counter() - start)
    checks = sum(len(c.checks) for c in cat.checklists.values())
    return statistics.median(times) * 1000, len(cat.checklists), checks


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    py = sys.executable
    script = Path(py).parent / "auditor"  # the console script a user runs
    auditor = [str(script)] if script.exists() else [py, "-m", "auditor.cli"]
    load = "from auditor.catalogue.loader import load_catalogue; load_catalogue()"
    m = interleaved({
        "bare": [py, "-c", "pass"],
        "help": [*auditor, "--help"],
        "version": [*auditor, "--version"],
        "load": [py, "-c", load],
    }, env)
    print(f"python -c pass: median {m['bare']:.1f} ms")
    print(f"auditor --help: median {m['help']:.1f} ms ({m['help'] / m['bare']:.2f} x bare python; target <= 3 x)")
    print(f"auditor --version: median {m['version']:.1f} ms ({m['version'] / m['bare']:.2f} x bare python)")
    warm, lists, checks = validate_ms()
    print(f"load + validate {lists} bundled checklists, {checks} checks, from YAML: median {warm:.1f} ms "
          "(target <= 200 ms; first validation in a process, schema build included, is below)")
    print(f"load the catalogue in a new process (imports + cache): median {m['load']:.1f} ms")
    cold = subprocess.run([py, "-c", "import time, os; os.environ['AUDITOR_NO_CACHE']='1'; t=time.perf_counter(); "
                           "from auditor.catalogue.loader import load_catalogue; load_catalogue(); "
                           "print((time.perf_counter()-t)*1000)"], env=env, capture_output=True, text=True, check=True)
    print(f"load + validate from YAML in a new process, imports and schema build included: "
          f"{float(cold.stdout):.1f} ms")


if __name__ == "__main__":
    main()
