"""``auditor history``: past audits with score and coverage, the trend per platform, and
``--export ID``: an audit's answers as an answers file that ``audit --answers`` reads back."""

from __future__ import annotations

import argparse
import sys

from auditor import audit as audits
from auditor import usecases
from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.collectors.answers import as_answer, dump_answers
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now, store_path
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode
from auditor.facts import UNSURE, FactValue
from auditor.formats import percent
from auditor.store import Store
from auditor.strings import current_lang, t


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    path = store_path(args)
    if not path.exists():  # nothing to show; and a look must not create a store
        if args.export:
            raise AuditorError(t("cli.history.no-store", path=path, id=args.export),
                               hint=t("cli.history.no-audit.hint"))
        if args.export is not None:  # the latest, of none
            raise AuditorError(t("cli.history.none-at", path=path))
        print(t("cli.history.none-at", path=path))
        return ExitCode.OK
    with open_store(args) as st:
        if args.export is not None:
            return _export(st, cat, args.export or _latest(st))
        platform = audits.platform_id(cat, args.platform) if args.platform else None
        rows = usecases.history(st, cat, now().date(), platform)
    if not rows:
        print(t("cli.history.none"))
        return ExitCode.OK
    lang = current_lang()
    columns = t("cli.history.columns").split("|")
    print(t("cli.history.header", id=columns[0], date=columns[1], goal=columns[2], score=columns[3],
            cover=columns[4], platforms=columns[5]))
    trend: dict[str, list[str]] = {}
    for row in rows:
        cells = row.cells(lang)
        state = "" if row.audit.finished else f"  {t('cli.history.unfinished')}"
        print(t("cli.history.header", id=cells["id"], date=cells["date"], goal=cells["goal"], score=cells["score"],
                cover=cells["coverage"], platforms=cells["platforms"] + state))
        for p in row.results:
            if p.checklist.status == "active" and row.audit.finished:
                trend.setdefault(p.platform, []).append(
                    f"{p.tally.score if p.tally.score is not None else '—'} ({percent(p.tally.coverage)})")
    if trend:
        print()
        print(t("cli.history.trend"))
        for name, points in trend.items():
            if platform in (None, name):
                print(f"  {usecases.platform_name(cat, name):<12} " + " → ".join(points))
    return ExitCode.OK


def _latest(st: Store) -> int:
    """``--export`` without an id: the latest finished audit, else the latest one."""
    rows = st.audits(None)
    if not rows:
        raise AuditorError(t("cli.history.none"))
    finished = [r.id for r in rows if r.finished]
    return max(finished or [r.id for r in rows])


def _export(st: Store, cat: Catalogue, audit_id: int) -> int:
    """The audit's answers, each rendered as a valid answer to its question (a confirmed export
    value too), so that ``audit --answers`` reads the file back unchanged."""
    audit = st.audit(audit_id)
    if audit is None:
        raise AuditorError(t("cli.history.no-audit", id=audit_id), hint=t("cli.history.no-audit.hint"))
    answers: dict[str, FactValue] = {}
    for fact in st.facts(audit_id):
        if fact.source == "answer" and fact.check_id:
            check = cat.find_check(fact.check_id) or cat.find_condition(fact.check_id)
            answers[fact.check_id] = export_value(check, fact.value) if check is not None else fact.value
    sys.stdout.write(t("cli.export.header", id=audit_id, date=f"{audit.started_at:%Y-%m-%d}") + "\n")
    langs = {p: audit.platform_lang(p) for p in audit.platforms}  # the screens' languages, read back by --answers
    sys.stdout.write(dump_answers(audit.goal, audit.lang, answers, langs))
    return ExitCode.OK


def export_value(check: Check, value: FactValue) -> FactValue:
    """A stored value as an answer the check's question accepts ("unsure" stays)."""
    if value == UNSURE:
        return value
    answer = as_answer(check, value)
    return value if answer is None else answer
