"""``auditor history``: past audits with score and coverage, and the trend per platform."""

from __future__ import annotations

import argparse
import sys

from auditor import audit as audits
from auditor.collectors.answers import dump_answers
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now, store_path
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    if not store_path(args).exists():  # nothing to show; and a look must not create a store
        print(f"No audits yet ({store_path(args)}). Start one with: auditor audit   (or try: auditor demo)")
        return ExitCode.OK
    with open_store(args) as st:
        if args.export is not None:
            return _export(st, args.export)
        rows = st.audits(args.platform)
        if not rows:
            print("No audits yet. Start one with: auditor audit   (or try: auditor demo)")
            return ExitCode.OK
        print(f"{'#':>4}  {'date':<16} {'goal':<9} {'score':>5} {'cover':>6}  platforms")
        trend: dict[str, list[str]] = {}
        for row in rows:
            result = audits.evaluate(st, cat, row, now().date())
            state = "" if row.finished else "  (unfinished)"
            score = result.overall.score if result.overall.score is not None else "—"
            print(f"{row.id:>4}  {row.started_at:%Y-%m-%d %H:%M} {row.goal:<9} {score!s:>5} "
                  f"{_pct(result.overall.coverage):>6}  {', '.join(row.platforms)}{state}")
            for p in result.platforms:
                if p.checklist.status == "active" and row.finished:
                    trend.setdefault(p.platform, []).append(
                        f"{p.tally.score if p.tally.score is not None else '—'} ({_pct(p.tally.coverage)})")
    if trend:
        print("\ntrend per platform (score, coverage), oldest first:")
        for platform, points in trend.items():
            if args.platform in (None, platform):
                print(f"  {platform:<10} " + " → ".join(points))
    return ExitCode.OK


def _export(st: object, audit_id: int) -> int:
    from auditor.store import Store

    assert isinstance(st, Store)
    audit = st.audit(audit_id)
    if audit is None:
        raise AuditorError(f"There is no audit #{audit_id}.", hint="See them with: auditor history")
    answers = {f.check_id: f.value for f in st.facts(audit_id) if f.source == "answer" and f.check_id}
    sys.stdout.write(f"# answers of audit #{audit_id} ({audit.started_at:%Y-%m-%d}); "
                     "use with: auditor audit --answers FILE\n")
    sys.stdout.write(dump_answers(audit.goal, audit.lang, answers))
    return ExitCode.OK
