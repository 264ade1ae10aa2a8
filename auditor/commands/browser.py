"""``auditor browser forget``: delete the auditor's own browser profile (and its logins)."""

from __future__ import annotations

import argparse

from auditor.errors import ExitCode


def run(args: argparse.Namespace) -> int:
    from auditor.collectors.browser import forget_profile

    result = forget_profile(args.profile_dir)
    print(result.message())
    return ExitCode.OK
