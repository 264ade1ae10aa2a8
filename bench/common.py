"""Small helpers the benchmark scripts share: timing a command, medians, a scratch dir."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_command(cmd: Sequence[str], runs: int = 15, warmup: int = 2, **kwargs: object) -> list[float]:
    """Wall times (seconds) of running ``cmd`` to completion, after a few warm-up runs."""
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
        if i >= warmup:
            times.append(time.perf_counter() - start)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def python() -> str:
    return sys.executable
