"""``auditor checklists``: the catalogue tools for maintainers and the curious."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from auditor.catalogue.loader import load_catalogue, load_checklist
from auditor.catalogue.model import Check, json_schema
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import style, write_private
from auditor.errors import CatalogueError, ExitCode
from auditor.strings import current_lang, t


def run(args: argparse.Namespace) -> int:
    action = {"list": _list, "show": _show, "validate": _validate, "schema": _schema, "diff": _diff}[args.action]
    return action(args)


def _list(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    print(t("cli.checklists.catalogue", source=cat.source))
    head = t("cli.checklists.columns").split("|")
    print(f"{head[0]:<12} {head[1]:<18} {head[2]:>6} {head[3]:>6}  {head[4]:<12} {head[5]}")
    for platform, cl in sorted(cat.checklists.items(), key=lambda kv: (kv[1].status != "active", kv[0])):
        active = sum(1 for c in cl.checks if not c.removed)
        status = (t("cli.checklists.active") if cl.status == "active"
                  else t("cli.checklists.closed", date=cl.retired.date if cl.retired else ""))
        print(f"{platform:<12} {status:<18} {len(cl.checks):>6} {active:>6}  {cl.version:<12} {cl.reviewed}")
    return ExitCode.OK


def _show(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    cl = cat.platform(args.platform)
    lang = args.lang or current_lang()
    print(style(f"{cl.name} — checklist {cl.version}, reviewed {cl.reviewed}", "1"))
    if cl.retired:
        print(f"Retired on {cl.retired.date}: {cl.retired.note.get(lang)}")
    for check in cl.checks:
        print()
        facets = f"{check.severity}, {check.category}, {check.assessment}, rev {check.revision}"
        print(style(check.id, "1") + f"  [{facets}]")
        print(f"  {check.title.get(lang)}")
        print(f"  where: {check.where.path.get(lang)}  {check.where.url}")
        print(f"  expects: {_expectation(check)}")
        if check.removed:
            print(f"  removed by the platform on {check.removed}")
        if check.labels.en != "confirmed" or check.labels.nl != "confirmed":
            print(f"  labels: en {check.labels.en}, nl {check.labels.nl}")
    return ExitCode.OK


def _expectation(check: Check) -> str:
    from auditor.rules import describe

    text = f"{check.fact} {describe(check.rule)}"
    for goal, override in check.goals.items():
        if not override.applies:
            text += f"; goal {goal}: not applicable"
        elif override.rule:
            text += f"; goal {goal}: {describe(override.rule)}"
    return text


def _validate(args: argparse.Namespace) -> int:
    if not args.files:
        cat = open_catalogue(args)
        n = sum(len(cl.checks) for cl in cat.checklists.values())
        print(f"OK: {len(cat.checklists)} checklists, {n} checks ({cat.source})")
        return ExitCode.OK
    problems: list[str] = []
    for path in args.files:
        try:
            if path.is_dir():
                load_catalogue(path)
            else:
                cl = load_checklist(path)
                print(f"OK: {path} ({cl.platform}, {len(cl.checks)} checks)")
        except CatalogueError as exc:
            problems.extend(exc.problems or [exc.message])
    if problems:
        print(f"auditor: {len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    return ExitCode.OK


def _schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.out:
        write_private(Path(args.out), text.encode())
        print(f"Wrote the checklist schema to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return ExitCode.OK


def _diff(args: argparse.Namespace) -> int:
    from auditor.catalogue.compare import compare

    changes = compare(load_catalogue(args.old), load_catalogue(args.new))
    if args.format == "json":
        print(json.dumps([c.__dict__ for c in changes], indent=2))
    elif args.format == "markdown":
        print(f"## Catalogue changes ({args.old} → {args.new})\n")
        for c in changes:
            print(f"- **{c.change}** `{c.check_id}`: {c.detail}")
        if not changes:
            print("No changes.")
    else:
        for c in changes:
            print(f"{c.change:<9} {c.check_id}  {c.detail}")
        print(f"{len(changes)} change(s)")
    return ExitCode.OK
