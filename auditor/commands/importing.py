"""``auditor import``: read a platform data export as evidence for the next audit.

Several paths (or a folder holding the zipped parts of one download) are merged into one
reading. Everything printed comes from the IMPORT section of the string table, in the
language chosen with ``--lang`` or else the locale's.
"""

from __future__ import annotations

import argparse
import sys

from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now, same_store
from auditor.commands.common import store as open_store
from auditor.errors import ExitCode
from auditor.facts import Fact
from auditor.frontends.terminal import wrap
from auditor.labels import check_text
from auditor.strings import current_lang, locale_lang, set_lang, t


def word_list(cat: Catalogue, name: str) -> list[str]:
    """One of the LinkedIn checklist's word lists, in every language (data, not code)."""
    linkedin = cat.checklists.get("linkedin")
    if linkedin is None or name not in linkedin.word_lists:
        return []
    return linkedin.words(name)


def default_texts(cat: Catalogue) -> list[str]:
    """LinkedIn's default invitation texts, as the catalogue lists them."""
    return word_list(cat, "default-invitation-texts")


def pressure_phrases(cat: Catalogue) -> list[str]:
    """Reply-pressure or needy phrases in invitation notes; none listed means no fact."""
    return word_list(cat, "invitation-pressure-phrases")


def settled_line(check: Check, fact: Fact, lang: str) -> str:
    """A settled check as its question and the export's answer: "Heb je een profielfoto? → Ja".
    (Its title is the goal state, which reads as a verdict: "LinkedIn heeft je adresboek niet".)"""
    from auditor.collectors.answers import as_answer
    from auditor.interview import value_label
    if check.question is None:
        return check_text(check, check.title, lang)
    answer = as_answer(check, fact.value)
    said = "" if answer is None else value_label(check, answer, lang)
    if check.question.kind == "text":  # a headline, a URL: the notes above quote it already
        said = ""
    question = check_text(check, check.question.text, lang)
    return f"{question} → {said}" if said else question


def run(args: argparse.Namespace) -> int:
    set_lang(getattr(args, "lang", None) or locale_lang())
    from auditor.collectors.exports import read_export

    cat = open_catalogue(args)
    moment = now()

    def progress(message: str) -> None:
        print(f"  … {message}", file=sys.stderr, flush=True)

    result = read_export(args.paths, default_invitation_texts=default_texts(cat),
                         pressure_phrases=pressure_phrases(cat), progress=progress, now=moment)
    print(t("import.summary.read", what=result.describe(), name=result.name))
    for note in result.notes:
        print(f"  • {note}")
    with open_store(args) as st:
        st.record_import(result.kind, result.name, result.exported_at, result.facts, moment)
    from auditor.collectors.answers import leaves_open

    lang = current_lang()
    by_key = {f.key: f for f in result.facts}
    checks = [check for checklist in cat.checklists.values() for check in checklist.checks
              if check.fact in by_key and not check.removed]
    # Evidence that bears on a question without answering it (a PDF that may be a CV, 18
    # contacts kept with sync unknown) is named apart: the audit asks those, showing it.
    still_open = [check for check in checks if by_key[check.fact].value is None
                  or leaves_open(check, by_key[check.fact].value)]
    titles = [settled_line(check, by_key[check.fact], lang) for check in checks
              if check not in still_open]
    n = len(result.facts)
    stored = t("import.summary.stored.one") if n == 1 else t("import.summary.stored", n=n)
    settles = (t("import.summary.settles_none") if not titles else t("import.summary.settles.one")
               if len(titles) == 1 else t("import.summary.settles", n=len(titles)))
    print(f"{stored} {settles}")
    for title in titles:
        print("\n".join(wrap(title, first="  – ")))
    if still_open:
        print(t("import.summary.open.one") if len(still_open) == 1
              else t("import.summary.open", n=len(still_open)))
        for check in still_open:
            text = check_text(check, check.question.text if check.question else check.title, lang)
            print("\n".join(wrap(text, first="  – ")))
    command = "auditor" + same_store(args) + " audit" + (f" {result.kind}" if result.kind in cat.checklists else "")
    print(t("import.summary.next", command=command))
    return ExitCode.OK
