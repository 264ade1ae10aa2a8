"""``auditor import``: read a platform data export as evidence for the next audit.

Several paths (or a folder holding the zipped parts of one download) are merged into one
reading. Everything printed comes from the IMPORT section of the string table, in the
language chosen with ``--lang`` or else the locale's.
"""

from __future__ import annotations

import argparse
import sys

from auditor import usecases
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now, same_store
from auditor.commands.common import store as open_store
from auditor.errors import ExitCode
from auditor.frontends.terminal import wrap
from auditor.strings import current_lang, plural, t


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    moment = now()

    def progress(message: str) -> None:
        print(f"  … {message}", file=sys.stderr, flush=True)

    result = usecases.read_evidence(cat, args.paths, now=moment, progress=progress)
    print(t("import.summary.read", what=result.describe(), name=result.name))
    for note in result.notes:
        print(f"  • {note}")
    with open_store(args) as st:
        summary = usecases.record_import(st, cat, result, now=moment)
    titles = summary.settled_lines(current_lang())
    n = summary.facts
    stored = plural("import.summary.stored", n)
    settles = plural("import.summary.settles", len(titles)) if titles else t("import.summary.settles_none")
    print(f"{stored} {settles}")
    for title in titles:
        print("\n".join(wrap(title, first="  – ")))
    if summary.still_open:
        print(plural("import.summary.open", len(summary.still_open)))
        for text in summary.still_open_lines(current_lang()):
            print("\n".join(wrap(text, first="  – ")))
    command = "auditor" + same_store(args) + " audit" + (f" {result.kind}" if result.kind in cat.checklists else "")
    print(t("import.summary.next", command=command))
    return ExitCode.OK
