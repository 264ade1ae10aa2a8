"""``auditor browser forget``: delete the auditor's browser profile, and only that.

The profile holds the person's logged-in sessions; forgetting it logs the auditor out of
every platform. Because this deletes a directory tree, it refuses anything that does not
carry the marker written when we created the profile (see ``profile.py``), a symbolic link,
and a profile a running browser still holds.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from auditor.collectors.browser.profile import (
    MARKER_NAME,
    default_profile_dir,
    is_our_profile,
    profile_in_use,
)
from auditor.errors import AuditorError


@dataclass(frozen=True)
class ForgetResult:
    path: Path
    deleted: bool  # False: there was nothing to delete

    def message(self) -> str:
        if self.deleted:
            return (
                f"Deleted the auditor's browser profile {self.path}: "
                "the auditor is logged out everywhere it was logged in."
            )
        return f"There is no auditor browser profile at {self.path}; nothing to forget."


def forget_profile(path: Path | None = None) -> ForgetResult:
    """Delete the profile directory (default: the one in the user's data directory)."""
    target = Path(os.path.abspath((path if path is not None else default_profile_dir()).expanduser()))
    if not target.exists() and not target.is_symlink():
        return ForgetResult(target, deleted=False)
    if not is_our_profile(target):
        raise AuditorError(
            f"{target}: this is not an auditor browser profile (no {MARKER_NAME} "
            "marker, or a symbolic link); refusing to delete it.",
            hint="'auditor browser forget' only deletes a profile that 'auditor audit --browser' created.",
        )
    if profile_in_use(target):
        raise AuditorError(
            f"{target}: a browser is still using this profile.",
            hint="Close the auditor's browser window, then run 'auditor browser forget' again.",
        )
    try:
        shutil.rmtree(target)
    except OSError as exc:
        raise AuditorError(f"{target}: could not be deleted completely: {exc}") from None
    return ForgetResult(target, deleted=True)
