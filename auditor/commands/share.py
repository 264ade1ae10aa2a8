"""``auditor share``: an anonymous summary of one finished audit, for a workshop trainer.

The person is told in one sentence what the file holds before it is written (DESIGN 5.5);
what it holds is decided in ``auditor.share``, by construction.
"""

from __future__ import annotations

import argparse

from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import existing_store, now
from auditor.errors import AuditorError, ExitCode
from auditor.share import build_share, describe, write_share
from auditor.strings import current_lang, speaking, t


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    with existing_store(args) as st:
        audit = st.audit(args.audit) if args.audit is not None else st.latest_audit(finished=True)
        if audit is None and args.audit is None:
            raise AuditorError(t("share.no_finished", store=st.path), hint=t("share.hint_finish"))
        lang = args.lang or (audit.lang if audit else current_lang())  # cli.main chose current_lang
        with speaking(lang):  # the audit's language, unless --lang says
            share = build_share(st, cat, audit.id if audit else args.audit, today=now().date())
    print(describe(lang))
    with speaking(lang):
        write_share(args.out, share)
    print(t("share.written", lang, path=args.out, checks=len(share["checks"])))
    return ExitCode.OK
