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
from auditor.inputs import os_reason
from auditor.strings import t


@dataclass(frozen=True)
class ForgetResult:
    path: Path
    deleted: bool  # False: there was nothing to delete

    def message(self) -> str:
        if self.deleted:
            return t("errors.browser.forget.done", path=self.path)
        return t("errors.browser.forget.nothing", path=self.path)


def forget_profile(path: Path | None = None) -> ForgetResult:
    """Delete the profile directory (default: the one in the user's data directory)."""
    target = Path(os.path.abspath((path if path is not None else default_profile_dir()).expanduser()))
    if not target.exists() and not target.is_symlink():
        return ForgetResult(target, deleted=False)
    if not is_our_profile(target):
        raise AuditorError(t("errors.browser.forget.foreign", path=target, marker=MARKER_NAME),
                           hint=t("errors.browser.forget.foreign.hint"))
    if profile_in_use(target):
        raise AuditorError(t("errors.browser.forget.in_use", path=target), hint=t("errors.browser.forget.in_use.hint"))
    try:
        shutil.rmtree(target)
    except OSError as exc:
        raise AuditorError(t("errors.browser.forget.failed", path=target, reason=os_reason(exc))) from None
    return ForgetResult(target, deleted=True)
