"""``auditor accept``: the person knowingly keeps a setting; the gap stays visible, marked."""

from __future__ import annotations

import argparse
import datetime as dt

from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now
from auditor.commands.common import store as open_store
from auditor.engine import Acceptance
from auditor.errors import AuditorError, ExitCode


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    check = cat.find_check(args.check)
    if check is None:
        raise AuditorError(f"There is no check '{args.check}'.",
                           hint="List a platform's checks with: auditor checklists show linkedin")
    until = None
    if args.until:
        try:
            until = dt.date.fromisoformat(args.until)
        except ValueError:
            raise AuditorError(f"--until: '{args.until}' is not a date; expected YYYY-MM-DD, e.g. 2027-06-30") from None
        if until < now().date():
            raise AuditorError(f"--until: {until} is in the past; an acceptance must end today or later")
    if args.remove:
        with open_store(args) as st:
            if st.withdraw(check.id):
                print(f"Withdrawn: {check.id} counts as an open gap again.")
            else:
                print(f"There was no accepted risk for {check.id}; nothing changed.")
        return ExitCode.OK
    if check.removed:
        raise AuditorError(f"{check.id} is a setting the platform removed on {check.removed}; "
                           "there is nothing to accept.")
    if not (args.reason or "").strip():
        raise AuditorError("--reason: say why you accept this risk (it is shown in the report)",
                           hint=f'For example: auditor accept {check.id} --reason "I want recruiters to see it"')
    with open_store(args) as st:
        st.accept(Acceptance(check.id, args.reason.strip(), until, now()))
    when = f"until {until}" if until else "with no end date"
    print(f"Accepted {check.id} {when}: it stays in the report, marked accepted, and does not count as an open gap.")
    return ExitCode.OK
