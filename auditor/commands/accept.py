"""``auditor accept``: the person knowingly keeps a setting; the gap stays visible, marked."""

from __future__ import annotations

import argparse
import datetime as dt

from auditor.catalogue.loader import Catalogue
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now
from auditor.commands.common import store as open_store
from auditor.engine import Acceptance
from auditor.errors import AuditorError, ExitCode
from auditor.labels import check_text
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
    until = None
    if args.until:
        try:
            until = dt.date.fromisoformat(args.until)
        except ValueError:
            raise AuditorError(t("cli.accept.bad-date", until=args.until)) from None
        if until < now().date():
            raise AuditorError(t("cli.accept.past", until=until))
    if args.remove:
        with open_store(args) as st:
            if st.withdraw(check.id):
                print(t("cli.accept.withdrawn", title=check_text(check, check.title, current_lang()), check=check.id))
            else:
                print(t("cli.accept.none", check=check.id))
        return ExitCode.OK
    if check.removed:
        raise AuditorError(t("cli.accept.removed", check=check.id, date=check.removed))
    if not (args.reason or "").strip():
        raise AuditorError(t("cli.accept.reason"), hint=t("cli.accept.reason.hint", check=check.id))
    with open_store(args) as st:
        st.accept(Acceptance(check.id, args.reason.strip(), until, now()))
    when = t("cli.accept.until", until=until) if until else t("cli.accept.no-end")
    print(t("cli.accept.done", title=check_text(check, check.title, current_lang()), check=check.id, when=when))
    return ExitCode.OK


def similar_checks(cat: Catalogue, given: str) -> list[str]:
    """Check ids a person may have meant: a near spelling of the id, or a word of a check's title
    ("tweestapsverificatie"), at most three."""
    import difflib

    checks = [c for cl in cat.checklists.values() if cl.status == "active" for c in cl.checks if not c.removed]
    wanted = given.strip().casefold()
    found = difflib.get_close_matches(wanted, [c.id for c in checks], n=3, cutoff=0.75)
    if len(wanted) >= 4 and not found:
        found = [c.id for c in checks
                 if any(wanted in c.title.get(lang).casefold() for lang in ("en", "nl"))][:3]
    return found
