"""``auditor checklists``: the catalogue tools for maintainers and the curious."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import style, write_or_print
from auditor.errors import AuditorError, CatalogueError, ExitCode
from auditor.strings import current_lang, plural, t

if TYPE_CHECKING:
    from auditor.catalogue.model import Check


def run(args: argparse.Namespace) -> int:
    if args.action in ("record", "compare"):
        from auditor.commands import screens

        return screens.record(args) if args.action == "record" else screens.compare(args)
    action = {"list": _list, "show": _show, "validate": _validate, "schema": _schema, "diff": _diff,
              "figures": _figures}[args.action]
    return action(args)


def _list(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    print(t("cli.checklists.catalogue", source=_source_name(cat.source)))
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
    print(style(t("cli.show.head", lang, name=cl.name, version=cl.version, reviewed=cl.reviewed), "1"))
    if cl.retired:
        print(t("cli.show.retired", lang, date=cl.retired.date, note=cl.retired.note.get(lang)))
    active = [c for c in cl.checks if not c.removed]
    if active:  # the share of screen words still to confirm, per language: what maintainers work down
        print(t("labels.show.unconfirmed", lang, n=len(active), en=sum(c.labels.en != "confirmed" for c in active),
                nl=sum(c.labels.nl != "confirmed" for c in active)))
    from auditor import labels

    for check in cl.checks:
        print()
        facets = f"{check.severity}, {check.category}, {check.assessment}, rev {check.revision}"
        print(style(check.id, "1") + f"  [{facets}]")
        print(f"  {labels.fill(check.title.get(lang), labels.Screen.of(check), lang, lang)}")
        where = "cli.show.where.page" if check.where.kind == "page" else "cli.show.where"  # a page is no setting
        print(t(where, lang, path=check.where.path.get(lang), url=check.where.url))
        print(t("cli.show.expects", lang, rule=_expectation(check, lang)))
        if check.removed:
            print(t("cli.show.removed", lang, date=check.removed))
        if check.labels.en != "confirmed" or check.labels.nl != "confirmed":
            print(t("cli.show.labels", lang, en=t(f"cli.show.label.{check.labels.en}", lang),
                    nl=t(f"cli.show.label.{check.labels.nl}", lang)))
    return ExitCode.OK


def _figures(args: argparse.Namespace) -> int:
    """Per platform: how many active checks, how many of their labels are confirmed (and what
    share is not), how many rest on a primary source and on one from the last 24 months, and
    which sources shown to people are of no trusted kind (listed, so a maintainer can move
    them to ``research``)."""
    import datetime as dt

    from auditor.catalogue.figures import figures, share
    from auditor.commands.common import now

    try:
        today = dt.date.fromisoformat(args.today) if args.today else now().date()
    except ValueError:
        raise AuditorError(t("cli.figures.bad-date", today=args.today)) from None
    cat = open_catalogue(args)
    lang = args.lang or current_lang()
    print(t("cli.figures.head", lang, source=_source_name(cat.source), today=today))
    order = sorted(cat.checklists.values(), key=lambda c: (c.status != "active", c.platform))
    total_untrusted = 0
    for cl in order:
        f = figures(cl, today)
        print()
        name = t("cli.figures.retired", lang, name=f.name, date=f.retired) if f.retired else f.name
        print(style(f"{name} ({f.platform})", "1"))
        print(t("cli.figures.active", lang, n=f.active, of=f.checks))
        print(t("cli.figures.confirmed", lang, en=f.en_confirmed, nl=f.nl_confirmed))
        print(t("cli.figures.by-snapshot", lang, en=f.en_by_snapshot, nl=f.nl_by_snapshot))
        print(t("cli.figures.unconfirmed", lang, en=f.en_unverified, nl=f.nl_unverified,
                en_share=share(f.en_unverified, f.active), nl_share=share(f.nl_unverified, f.active)))
        print(t("cli.figures.primary", lang, n=f.primary_checks, of=f.active))
        print(t("cli.figures.recent", lang, n=f.recent_checks, of=f.active))
        print(t("cli.figures.untrusted", lang, n=len(f.untrusted)))
        for check_id, where in f.untrusted:
            print(f"      {check_id}: {where}")
        total_untrusted += len(f.untrusted)
    print()
    print(t("cli.figures.total-untrusted", lang, n=total_untrusted))
    return ExitCode.OK


def _expectation(check: Check, lang: str) -> str:
    from auditor.rules import describe

    text = f"{check.fact} {describe(check.rule, lang)}"
    for goal, override in check.goals.items():
        if not override.applies:
            text += t("cli.show.goal.na", lang, goal=t(f"interview.goal.{goal}", lang))
        elif override.rule:
            text += t("cli.show.goal.rule", lang, goal=t(f"interview.goal.{goal}", lang),
                      rule=describe(override.rule, lang))
    return text


def _validate(args: argparse.Namespace) -> int:
    if not args.files:
        known = _validated_before(args)
        if known is not None:
            print(known)
            return ExitCode.OK
        cat = open_catalogue(args)
        n = sum(len(cl.checks) for cl in cat.checklists.values())
        print(t("cli.validate.ok", count=len(cat.checklists), n=n, source=_source_name(cat.source)))
        return ExitCode.OK
    from auditor.catalogue.loader import load_catalogue, load_checklist

    problems: list[str] = []
    for path in args.files:
        try:
            if path.is_dir():
                load_catalogue(path)
            else:
                cl = load_checklist(path)
                print(t("cli.validate.file-ok", path=path, platform=cl.platform, n=len(cl.checks)))
        except CatalogueError as exc:
            problems.extend(exc.problems or [exc.message])
    if problems:
        print(plural("cli.validate.problems", len(problems)), file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    return ExitCode.OK


def _validated_before(args: argparse.Namespace) -> str | None:
    """The OK line from the digest a validation of these very files left (see catalogue.cache):
    an unchanged catalogue is confirmed without loading pydantic."""
    from auditor.catalogue import cache

    directory = cache.checklist_dir(getattr(args, "checklists", None))
    texts = cache.cached_digest(directory)
    if texts is None:
        return None
    n = sum(len(cl["checks"]) for cl in texts["checklists"].values())
    return t("cli.validate.ok", count=len(texts["checklists"]), n=n, source=_source_name(texts["source"]))


def _schema(args: argparse.Namespace) -> int:
    from auditor.catalogue.model import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    write_or_print(args.out, text, t("cli.schema.written", path=args.out))
    return ExitCode.OK


def _diff(args: argparse.Namespace) -> int:
    from auditor.catalogue.compare import compare
    from auditor.catalogue.loader import load_catalogue

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


def _source_name(source: str) -> str:
    """The catalogue's origin as a person reads it: the bundled one by name, another by its folder."""
    return t("cli.catalogue.bundled") if source == "bundled" else source
