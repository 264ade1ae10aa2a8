"""``auditor accept``: the person knowingly keeps a setting; the gap stays visible, marked."""

from __future__ import annotations

import argparse

from auditor import usecases
from auditor.catalogue.loader import Catalogue
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode
from auditor.labels import check_text
from auditor.langs import LANGS
from auditor.strings import current_lang, t


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    check = cat.find_check(args.check)
    if check is None:
        close = similar_checks(cat, args.check)
        hint = t("cli.accept.no-check.hint")
        if close:
            meant = (t("cli.platform.did-you-mean", name=close[0]) if len(close) == 1
                     else t("cli.accept.did-you-mean", names=", ".join(close)))
            hint = f"{meant}\n{hint}"
        raise AuditorError(t("cli.accept.no-check", check=args.check), hint=hint)
    if args.remove:
        with open_store(args) as st:
            if usecases.withdraw_risk(st, check):
                print(t("cli.accept.withdrawn", title=check_text(check, check.title, current_lang()), check=check.id))
            else:
                print(t("cli.accept.none", check=check.id))
        return ExitCode.OK
    try:
        acceptance = usecases.acceptance(check, args.reason, args.until, now())
    except usecases.Refused as refused:
        raise _said(refused) from None
    with open_store(args) as st:
        usecases.accept_risk(st, acceptance)
    until = acceptance.until
    when = t("cli.accept.until", until=until) if until else t("cli.accept.no-end")
    print(t("cli.accept.done", title=check_text(check, check.title, current_lang()), check=check.id, when=when))
    return ExitCode.OK


def _said(refused: usecases.Refused) -> AuditorError:
    """A refusal in the command line's words (its options named)."""
    check = refused.check
    if refused.why == "bad-date":
        return AuditorError(t("cli.accept.bad-date", until=refused.given))
    if refused.why == "past":
        return AuditorError(t("cli.accept.past", until=refused.given.strip()))
    if refused.why == "removed":
        return AuditorError(t("cli.accept.removed", check=check.id, date=check.removed))
    return AuditorError(t("cli.accept.reason"), hint=t("cli.accept.reason.hint", check=check.id))


def similar_checks(cat: Catalogue, given: str) -> list[str]:
    """Check ids a person may have meant: a near spelling of the id, or a word of a check's title
    ("tweestapsverificatie"), at most three."""
    import difflib

    checks = [c for cl in cat.checklists.values() if cl.status == "active" for c in cl.checks if not c.removed]
    wanted = given.strip().casefold()
    found = difflib.get_close_matches(wanted, [c.id for c in checks], n=3, cutoff=0.75)
    if len(wanted) >= 4 and not found:
        found = [c.id for c in checks
                 if any(wanted in c.title.get(lang).casefold() for lang in LANGS)][:3]
    return found
