"""The local web page: start-up and answer latency.

Budgets (DESIGN 8):
* ``auditor serve`` (a fresh process) to the first page served: <= 1.5 s;
* an answer posted to the next question page shown, server time with the store write: <= 50 ms.

The first figure starts the real command in a subprocess (bundled catalogue, validated
catalogue cache warm, as on a second launch) and times until its printed link returns the
start page. The second runs the site on a thread on 127.0.0.1 (uvicorn, on-disk store) and
times, per answer, the POST and the redirected GET of the next question over loopback.

    .venv/bin/python bench/bench_serve.py [--runs 5] [--answers 30]
"""

from __future__ import annotations

import argparse
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.conftest import cli_env  # noqa: E402

LINK = re.compile(r"(http://127\.0\.0\.1:\d+/\?token=[\w-]+)")


def startup(runs: int, folder: Path) -> tuple[list[float], list[float], list[float]]:
    """Wall time to the first page, and the server process's CPU time (start to stop): on a
    busy shared machine the wall time mostly measures the queue for a core."""
    times, cpu, link = [], [], []
    for i in range(runs + 1):  # the first run fills the catalogue cache and is not counted
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        begin = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "auditor.cli", "serve", "--port", "0", "--no-browser", "--lang", "nl",
             "--db", str(folder / "startup.sqlite3")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(),
        )
        try:
            assert proc.stdout is not None
            found = LINK.search(proc.stdout.readline())
            assert found, "no link printed"
            if i:
                link.append(time.perf_counter() - begin)
            with httpx.Client(follow_redirects=True, timeout=30) as client:
                page = client.get(found.group(1))
            assert page.status_code == 200 and "Controleer je instellingen" in page.text
            if i:
                times.append(time.perf_counter() - begin)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=30)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, cpu, link


def bare_python(runs: int) -> float:
    """A bare interpreter start, for a ratio that survives the machine's load."""
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


class Timed:
    """The site, timed from a request's arrival to its last byte: the server's own time,
    without the benchmark's HTTP client (which shares the interpreter)."""

    def __init__(self, app: object) -> None:
        self.app = app
        self.spent: list[float] = []

    async def __call__(self, scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        begin = time.perf_counter()
        await self.app(scope, receive, send)  # type: ignore[operator]
        self.spent.append(time.perf_counter() - begin)


def answers(count: int, folder: Path) -> tuple[list[float], list[float]]:
    from auditor.catalogue.loader import load_catalogue
    from auditor.web.app import Settings, build_app
    from auditor.web.security import Secret
    from auditor.web.server import Background, bind

    secret = Secret.new()
    sock = bind(0)
    port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    app = Timed(build_app(Settings(db=folder / "answers.sqlite3", catalogue=load_catalogue(None), lang="nl",
                                   secret=secret, port=port)))
    times, server = [], []
    with Background(app, sock), httpx.Client(base_url=base, follow_redirects=True, timeout=30) as client:
        client.get(f"/?token={secret.token}")
        page = client.post("/start", data={"csrf": secret.csrf, "platform": ["linkedin", "facebook", "x",
                                                                              "instagram"], "lang": "nl"})
        for _ in range(count):
            action = re.search(r'<form method="post" action="([^"]+)" class="answer"[^>]*>', page.text)
            if action is None:
                break
            app.spent.clear()
            begin = time.perf_counter()
            page = client.post(action.group(1), data={"csrf": secret.csrf, "action": "unsure"})
            times.append(time.perf_counter() - begin)
            server.append(sum(app.spent))  # the POST that stores the answer and the GET of the next page
            assert page.status_code == 200 and len(app.spent) == 2
    return server, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--answers", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start, cpu, link = startup(args.runs, folder)
        answered, round_trip = answers(args.answers, folder)
    bare = bare_python(args.runs)
    print(f"serve -> first page served: median {statistics.median(start) * 1000:.0f} ms "
          f"(min {min(start) * 1000:.0f}, max {max(start) * 1000:.0f}; {len(start)} runs; target <= 1500 ms); "
          f"server CPU {statistics.median(cpu) * 1000:.0f} ms; "
          f"link printed after {statistics.median(link) * 1000:.0f} ms; bare python start {bare * 1000:.0f} ms")
    if not answered:
        raise SystemExit("no question page was found: has the question form's markup changed?")
    ordered = sorted(answered)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    print(f"answer -> next question page, server time: median {statistics.median(answered) * 1000:.1f} ms "
          f"(p90 {p90 * 1000:.1f}; {len(answered)} answers, store write included; target <= 50 ms); "
          f"seen by the client over loopback: median {statistics.median(round_trip) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
