"""Benchmark: the whole ``auditor report`` command for 4 platforms and 150+ findings,
and ``auditor checklists validate`` of an unchanged catalogue.

Budget (DESIGN 8): the whole command <= 300 ms, the HTML file <= 300 KB; issue 13: both
commands <= 10 x a bare ``python -c pass`` measured side by side (wall time, and CPU time,
which a busy shared machine disturbs less).

Independent of the bundled catalogue (which grows and changes): a synthetic catalogue of
4 platforms x 40 toggle checks, with texts as long as the real checklists', is written to
a temporary directory; two audits are run from answers files (so the report also has a
"since your last audit" section: fixed, regressed, new); then ``auditor report --out
X.html`` is timed as a subprocess, start-up included, exactly as a person runs it. A bare
``python -c pass`` is timed the same way, for a ratio that survives a slower machine.

    .venv/bin/python bench/bench_report.py [--runs 10] [--platforms 4] [--checks 40]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = ["alpha", "bravo", "charlie", "delta"]
CATEGORIES = ["privacy", "visibility", "security", "profile", "networking"]
SEVERITIES = ["high", "medium", "medium", "low", "info"]
BUDGET_S, BUDGET_KB, RATIO = 0.300, 300, 10

# About as long as the texts of the real checklists (why ~ 350, fix ~ 250 characters).
WHY = ("Setting {n} decides who can see or use this part of your account. Left at the "
       "platform's default it shares more than most people expect: people outside your "
       "network, advertisers or the platform's own models may use it. The sources this advice "
       "comes from explain the risk and were last checked against the live site on the date "
       "shown below (source page, seen 2026-11-22).")
WHY_NL = ("Instelling {n} bepaalt wie dit deel van je account kan zien of gebruiken. Laat je "
          "hem op de standaardwaarde staan, dan deel je meer dan de meeste mensen verwachten: "
          "mensen buiten je netwerk, adverteerders of de eigen modellen van het platform kunnen "
          "het gebruiken. De bronnen van dit advies leggen het risico uit (gezien 2026-11-22).")
FIX = ("Open Settings & Privacy, choose the section named below, find the switch labelled "
       "'Setting {n}' and turn it off. The change applies at once; check it again after the "
       "platform's next redesign, because settings like this one have moved before.")
FIX_NL = ("Open Instellingen en privacy, kies het onderdeel hieronder, zoek de schakelaar "
          "'Instelling {n}' en zet hem uit. De wijziging geldt meteen; kijk opnieuw na de "
          "volgende vernieuwing van het platform, want zulke instellingen zijn eerder verhuisd.")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string


def checklist(platform: str, checks: int) -> str:
    lines = [
        "schema: auditor.checklist/1",
        f"platform: {platform}",
        f"name: {platform.title()} Network",
        "status: active",
        'version: "2026.11.22"',
        "reviewed: 2026-11-22",
        f"homepage: https://{platform}.example.invalid/",
        "checks:",
    ]
    for n in range(checks):
        cid = f"{platform}.{CATEGORIES[n % len(CATEGORIES)]}.setting-{n:02d}"
        url = f"https://{platform}.example.invalid/settings/section-{n % 7}/setting-{n:02d}"
        lines += [
            f"  - id: {cid}",
            "    revision: 1",
            f"    category: {CATEGORIES[n % len(CATEGORIES)]}",
            f"    severity: {SEVERITIES[n % len(SEVERITIES)]}",
            "    assessment: manual",
            f"    title: {{en: {_q(f'Setting {n} of {platform} is off')}, "
            f"nl: {_q(f'Instelling {n} van {platform} staat uit')}}}",
            f"    why: {{en: {_q(WHY.format(n=n))}, nl: {_q(WHY_NL.format(n=n))}}}",
            "    impact: {en: \"Slightly less personalised suggestions.\", "
            "nl: \"Iets minder persoonlijke suggesties.\"}",
            f"    fact: {platform}.setting.s{n:02d}",
            "    rule: {equals: false}",
            "    default: true",
            "    question:",
            "      kind: toggle",
            f"      text: {{en: {_q(f'Is setting {n} on or off?')}, "
            f"nl: {_q(f'Staat instelling {n} aan of uit?')}}}",
            "    where:",
            f"      url: {url}",
            f"      path: {{en: {_q(f'Settings › Section {n % 7} › Setting {n}')}, "
            f"nl: {_q(f'Instellingen › Onderdeel {n % 7} › Instelling {n}')}}}",
            "    fix:",
            f"      web: {{en: {_q(FIX.format(n=n))}, nl: {_q(FIX_NL.format(n=n))}}}",
            "    labels: {en: confirmed, nl: unverified}",
            "    sources:",
            f"      - {{url: {url}, title: {_q(f'{platform.title()} help: setting {n}')}, "
            "seen: 2026-11-22}",
            "    history: [{date: 2024-01-01, change: added, note: \"Synthetic.\"}]",
        ]
    return "\n".join(lines) + "\n"


def answers(platforms: list[str], checks: int, week: int) -> dict[str, object]:
    """Half gaps, a quarter passed, a quarter 'unsure'; week 2 fixes and breaks a few."""
    given: dict[str, str] = {}
    for platform in platforms:
        for n in range(checks):
            cid = f"{platform}.{CATEGORIES[n % len(CATEGORIES)]}.setting-{n:02d}"
            value = ("on", "off", "on", "unsure")[n % 4]
            if week == 2 and n % 10 == 6:
                value = "off"   # fixed
            if week == 2 and n % 10 == 1:
                value = "on"    # got worse
            given[cid] = value
    return {"goal": "balanced", "lang": "en", "answers": given}


CPU: list[float] = []  # CPU seconds (user + system) of each run, in the order run() was called


def run(cmd: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def timed(cmd: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``runs`` runs."""
    start = len(CPU)
    walls = [run(cmd, env) for _ in range(runs)]
    return walls, CPU[start:]


def interleaved(cmds: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds per command, the commands taking turns: on a busy machine
    the load then hits each of them alike, and the ratios hold."""
    walls: dict[str, list[float]] = {name: [] for name in cmds}
    cpus: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            walls[name].append(run(cmd, env))
            cpus[name].append(CPU[-1])
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in cmds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--platforms", type=int, default=4, choices=range(1, 5))
    parser.add_argument("--checks", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="also copy the report here, to look at it")
    opts = parser.parse_args()

    platforms = PLATFORMS[: opts.platforms]
    # PYTHONDONTWRITEBYTECODE would make every run compile every module from source, which
    # no installed copy does (pip and the first run write the bytecode)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITOR_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(NO_COLOR="1", PYTHONUTF8="1")
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp_name:
        tmp = Path(tmp_name)
        catalogue = tmp / "catalogue"
        catalogue.mkdir()
        for platform in platforms:
            (catalogue / f"{platform}.yaml").write_text(checklist(platform, opts.checks), "utf-8")
        auditor = [sys.executable, "-m", "auditor.cli"]
        common = ["--checklists", str(catalogue), "--db", str(tmp / "audits.sqlite3")]
        for week in (1, 2):
            file = tmp / f"answers-{week}.json"
            file.write_text(json.dumps(answers(platforms, opts.checks, week)), "utf-8")
            subprocess.run([*auditor, "audit", "--answers", str(file), *common], check=True,
                           env={**env, "AUDITOR_NOW": f"2026-11-{8 + 7 * week}T10:00:00+00:00"},
                           stdout=subprocess.DEVNULL)

        out = tmp / "report.html"
        report = [*auditor, "report", "--out", str(out), *common]
        validate = [*auditor, "checklists", "validate", "--checklists", str(catalogue)]
        first = run(report, env)  # the first run after an edit also builds the catalogue cache
        run(validate, env)
        side = interleaved({"python": [sys.executable, "-c", "pass"], "report": report, "validate": validate},
                           env, opts.runs)
        # without the caches of the validated catalogue and the compiled templates: what the
        # first run after an install or an upgrade costs
        cold, _ = timed(report, {**env, "AUDITOR_NO_CACHE": "1"}, 3)
        json_out = tmp / "report.json"
        json_times, _ = timed([*auditor, "report", "--format", "json", "--out", str(json_out), *common], env,
                              opts.runs)

        size, json_size = out.stat().st_size, json_out.stat().st_size
        html = out.read_text(encoding="utf-8")
        findings = html.count('class="finding ') + html.count("<li id=\"c-")
        if opts.keep:
            opts.keep.write_bytes(out.read_bytes())

    (python, python_cpu), (median, median_cpu) = side["python"], side["report"]
    validate_wall, validate_cpu = side["validate"]
    print(f"report: {len(platforms)} platforms, {len(platforms) * opts.checks} findings "
          f"({findings} placed in the page): median {median:.3f} s for the whole command "
          f"({opts.runs} runs; first run {first:.3f} s); file {size / 1000:.0f} KB")
    print(f"without caches (AUDITOR_NO_CACHE=1): median {statistics.median(cold):.3f} s")
    print(f"bare `python -c pass`: median {python:.3f} s wall, {python_cpu:.3f} s CPU")
    print(f"report   = {median / python:.1f} x python (wall), {median_cpu / python_cpu:.1f} x (CPU)")
    print(f"validate = {validate_wall / python:.1f} x python (wall), {validate_cpu / python_cpu:.1f} x (CPU); "
          f"median {validate_wall:.3f} s")
    print(f"json: median {statistics.median(json_times):.3f} s; "
          f"file {json_size / 1000:.0f} KB")
    ok_time, ok_size = median <= BUDGET_S, size <= BUDGET_KB * 1000
    ok_ratio = median / python <= RATIO and validate_wall / python <= RATIO
    print(f"budget: whole command <= {BUDGET_S * 1000:.0f} ms: {'met' if ok_time else 'MISSED'}; "
          f"file <= {BUDGET_KB} KB: {'met' if ok_size else 'MISSED'}; "
          f"<= {RATIO} x python (wall): {'met' if ok_ratio else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
