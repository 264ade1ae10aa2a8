"""``auditor import``: read a platform data export as evidence for the next audit."""

from __future__ import annotations

import argparse
import sys

from auditor.catalogue.loader import Catalogue
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now
from auditor.commands.common import store as open_store
from auditor.errors import ExitCode


def default_texts(cat: Catalogue) -> list[str]:
    """LinkedIn's default invitation texts, as the catalogue lists them (data, not code)."""
    linkedin = cat.checklists.get("linkedin")
    if linkedin is None or "default-invitation-texts" not in linkedin.word_lists:
        return []
    return linkedin.words("default-invitation-texts")


def run(args: argparse.Namespace) -> int:
    from auditor.collectors.exports import read_export

    cat = open_catalogue(args)
    moment = now()

    def progress(message: str) -> None:
        print(f"  … {message}", file=sys.stderr, flush=True)

    # Several parts of one download are merged by the exports issue's work; until then, one path.
    args.path = args.paths[0]
    result = read_export(args.path, default_invitation_texts=default_texts(cat), progress=progress, now=moment)
    print(f"Read {result.describe()} from {args.path.name}.")
    for note in result.notes:
        print(f"  • {note}")
    with open_store(args) as st:
        st.record_import(result.kind, args.path.name, result.exported_at, result.facts, moment)
    settled = []
    keys = {f.key for f in result.facts}
    for checklist in cat.checklists.values():
        settled += [c.id for c in checklist.checks if c.fact in keys and not c.removed]
    print(f"Stored {len(result.facts)} facts. They settle {len(settled)} checks in your next audit:")
    for check_id in settled:
        print(f"  {check_id}")
    print("Next: auditor audit" + (f" {result.kind}" if result.kind in cat.checklists else ""))
    return ExitCode.OK
