"""``auditor demo``: the whole flow on a fictional Dutch professional, in a scratch store.

Sanne de Vries (fictional) audited her accounts three months ago and again today, after
fixing a few things and importing her LinkedIn export. The demo replays both audits from
the bundled answer sets into a throw-away store (unless --db is given) and writes the
report, so a newcomer sees every part of the product in one command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from auditor import audit as audits
from auditor.catalogue.loader import Catalogue
from auditor.collectors.answers import load_answers
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now
from auditor.commands.report import write_report
from auditor.errors import ExitCode
from auditor.report.text import render_summary
from auditor.report.view import build
from auditor.store import Store
from auditor.strings import current_lang, t

DEMO_DIR = Path(__file__).resolve().parent.parent / "demo_data"


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    today = now()
    earlier = today - dt.timedelta(days=90)
    with tempfile.TemporaryDirectory(prefix="auditor-demo-") as scratch:
        db = Path(args.db) if args.db else Path(scratch) / "demo.sqlite3"
        with Store(db) as st:
            before = load_answers(DEMO_DIR / "answers-before.yaml", cat, now=earlier)
            lang = args.lang or before.lang or current_lang()
            platforms = before.platforms
            told = args.platform_lang  # the screens' language: as told, else as the answers file says
            screens = dict.fromkeys(platforms, told) if told else before.langs_for(platforms)
            first = audits.start(st, cat, platforms, before.goal or "balanced", lang, earlier, screens)
            st.put_facts(first.id, before.facts)
            audits.finish(st, cat, first, earlier)
            print(t("cli.demo.first", lang, id=first.id, date=f"{earlier:%Y-%m-%d}", n=len(before.facts)))
            _import_demo_export(st, cat, today, lang)
            after = load_answers(DEMO_DIR / "answers-after.yaml", cat, now=today)
            second = audits.start(st, cat, platforms, after.goal or "balanced", lang, today, screens)
            st.put_facts(second.id, after.facts)
            result = audits.finish(st, cat, second, today)
            print(t("cli.demo.second", lang, id=second.id, date=f"{today:%Y-%m-%d}", n=len(after.facts)))
        print()
        print(render_summary(result, lang, next_step=None))
        out = Path(args.out or "auditor-demo-report.html")
        write_report(build(result, lang=lang, generated_at=today), "html", out)
        shares = _write_shares(cat, db, second.id, out.resolve().parent, today, lang, Path(scratch))
    print()
    print(t("cli.demo.written", lang, path=out.resolve()))
    print(t("cli.demo.next", lang))
    print(t("workshop.demo", lang, count=len(shares), folder=shares[0].parent))
    return ExitCode.OK


def _import_demo_export(st: Store, cat: Catalogue, when: dt.datetime, lang: str) -> None:
    from auditor.usecases import read_evidence, record_import

    result = read_evidence(cat, DEMO_DIR / "linkedin-export", now=when)
    summary = record_import(st, cat, result, now=when, name="demo LinkedIn export")
    print(t("cli.demo.import", lang, n=summary.facts))


def _write_shares(cat: Catalogue, db: Path, audit_id: int, folder: Path, when: dt.datetime, lang: str,
                  scratch: Path) -> list[Path]:
    """Sanne's anonymous share and two more fictional participants', beside the report, so a
    trainer sees the workshop overview in one more command (DESIGN 5.5)."""
    from auditor.share import build_share, write_share

    with Store(db) as st:
        shares = [build_share(st, cat, audit_id, today=when.date())]
    for name in ("ahmed", "lotte"):
        answers = load_answers(DEMO_DIR / "participants" / f"{name}.yaml", cat, now=when)
        with Store(scratch / f"{name}.sqlite3") as st:
            row = audits.start(st, cat, answers.platforms, answers.goal or "balanced", lang, when)
            st.put_facts(row.id, answers.facts)
            audits.finish(st, cat, row, when)
            shares.append(build_share(st, cat, row.id, today=when.date()))
    paths = [folder / f"auditor-demo-share-{i}.json" for i in range(1, len(shares) + 1)]
    for path, share in zip(paths, shares, strict=True):
        write_share(path, share)
    return paths
