"""``auditor workshop``: a trainer's overview of the participants' share files.

A file that cannot be read as a share (broken, foreign, from a newer auditor) stops the
command with its name, unless ``--skip-bad``: then it is named on standard error and the
others are read. File names never reach the overview itself (a name may be a person's).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now, write_private
from auditor.errors import AuditorError, ExitCode
from auditor.share import Share, read_share
from auditor.strings import current_lang, t
from auditor.workshop import build


def run(args: argparse.Namespace) -> int:
    lang = current_lang()  # decided once by cli.main: --lang, else the locale
    shares, problems = read_all(args.files)
    if problems and not args.skip_bad:
        raise AuditorError(t("workshop.bad_files", count=len(problems)), problems=problems,
                           hint=t("workshop.hint_skip_bad"))
    for problem in problems:
        print(t("workshop.skipped", problem=problem), file=sys.stderr)
    if not shares:
        raise AuditorError(t("workshop.no_shares"), hint=t("workshop.hint_no_shares"))
    cat = open_catalogue(args)
    view = build(shares, cat, lang, skipped=len(problems), generated_at=now())
    if args.format == "json":
        from auditor.workshop_json import to_json

        data = to_json(view).encode("utf-8")
    else:
        from auditor.workshop_html import render

        data = render(view).encode("utf-8")
    if str(args.out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return ExitCode.OK
    out = Path(args.out or f"auditor-workshop.{args.format}")
    write_private(out, data)
    print(t("workshop.written", path=out, count=view.participants),
          file=sys.stderr if args.format == "json" else sys.stdout)
    return ExitCode.OK


def read_all(paths: list[Path]) -> tuple[list[Share], list[str]]:
    """Every readable share, and one message per file that is not."""
    shares: list[Share] = []
    problems: list[str] = []
    for path in paths:
        try:
            shares.append(read_share(path))
        except AuditorError as exc:
            problems.append(" ".join([exc.message, *(p.strip() for p in exc.problems[:2])]))
    return shares, problems
