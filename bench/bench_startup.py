"""Start-up and catalogue loading, against a bare interpreter (DESIGN 8).

Targets: `auditor --help` and `--version` <= 3x `python -c pass`; loading and validating
every bundled checklist <= 200 ms. Prints medians; run: uv run python bench/bench_startup.py
"""

from __future__ import annotations

import statistics
import time

from common import median_ms, python, time_command


def catalogue_load_ms(runs: int = 15) -> float:
    from auditor.catalogue.loader import load_catalogue

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        cat = load_catalogue()
        times.append(time.perf_counter() - start)
    checks = sum(len(c.checks) for c in cat.checklists.values())
    print(f"catalogue: {len(cat.checklists)} checklists, {checks} checks")
    return statistics.median(times) * 1000


def main() -> None:
    bare = median_ms(time_command([python(), "-c", "pass"]))
    help_ms = median_ms(time_command([python(), "-m", "auditor.cli", "--help"]))
    version_ms = median_ms(time_command([python(), "-m", "auditor.cli", "--version"]))
    load = "from auditor.catalogue.loader import load_catalogue; load_catalogue()"
    cold_load = median_ms(time_command([python(), "-c", load]))
    print(f"python -c pass: median {bare:.1f} ms")
    print(f"auditor --help: median {help_ms:.1f} ms ({help_ms / bare:.2f} x bare python; target <= 3 x)")
    print(f"auditor --version: median {version_ms:.1f} ms ({version_ms / bare:.2f} x bare python)")
    warm = catalogue_load_ms()
    print(f"load + validate bundled catalogue (in process, no cache): median {warm:.1f} ms (target <= 200 ms)")
    print(f"load + validate bundled catalogue (new process, imports included): median {cold_load:.1f} ms "
          f"({cold_load - bare:.1f} ms above bare python)")


if __name__ == "__main__":
    main()
