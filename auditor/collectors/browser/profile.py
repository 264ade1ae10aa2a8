"""The auditor's own browser profile directory: created private, marked as ours.

Chrome refuses to be automated on a person's default profile, and we would not want to:
their everyday browser holds far more than the settings pages we read. So the browser
collector keeps a dedicated profile in the user's data directory, where the person logs in
once and stays logged in for later audits.

Two promises are kept here. The directory is private (mode 0700: it holds session cookies).
And we only ever use or delete a directory that *we* created, recognised by a marker file
written at creation: pointing ``--profile-dir`` at a real Chrome profile, a home directory
or a typo is refused rather than adopted or wiped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
from pathlib import Path

from auditor.errors import AuditorError
from auditor.output import process_alive
from auditor.strings import t

MARKER_NAME = ".auditor-browser-profile"
MARKER_TEXT_START = "auditor browser profile"
PROFILE_DIR_NAME = "browser-profile"


def default_profile_dir() -> Path:
    """``<user data dir>/auditor/browser-profile``, next to the audit store."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("auditor", appauthor=False)) / PROFILE_DIR_NAME


def is_our_profile(path: Path) -> bool:
    """True when ``path`` is a real directory (not a symlink) carrying our marker file."""
    marker = path / MARKER_NAME
    try:
        if path.is_symlink() or not path.is_dir() or marker.is_symlink() or not marker.is_file():
            return False
        return marker.read_text(encoding="utf-8").startswith(MARKER_TEXT_START)
    except (OSError, UnicodeDecodeError):
        return False


def _write_marker(path: Path) -> None:
    content = (
        MARKER_TEXT_START
        + "\n"
        + json.dumps(
            {
                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "note": "Made by 'auditor audit --browser'. Delete with 'auditor browser forget'.",
            }
        )
        + "\n"
    )
    marker = path / MARKER_NAME
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)


def prepare_profile_dir(path: Path | None = None) -> Path:
    """The absolute profile directory, created (0700, marked) if it does not exist yet.

    An absolute path because Playwright once resolved relative ones against the browser's
    own directory. A directory that exists without our marker is refused unless it is empty.
    """
    target = (path if path is not None else default_profile_dir()).expanduser()
    target = Path(os.path.abspath(target))
    if target.is_symlink():
        raise AuditorError(t("errors.browser.profile.symlink", path=target), hint=t("errors.browser.profile.hint"))
    if target.exists():
        if not target.is_dir():
            raise AuditorError(t("errors.browser.profile.not_dir", path=target))
        if not is_our_profile(target):
            if any(target.iterdir()):
                raise AuditorError(t("errors.browser.profile.foreign", path=target),
                                   hint=t("errors.browser.profile.foreign.hint"))
            _write_marker(target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.mkdir(mode=0o700)
        _write_marker(target)
    _make_private(target)
    return target


def _make_private(path: Path) -> None:
    """Tighten to 0700 whatever the umask or an earlier tool left behind (POSIX only)."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode != 0o700:
        os.chmod(path, 0o700)


def profile_in_use(path: Path) -> bool:
    """Whether a live Chromium holds this profile (its ``SingletonLock``, ``host-pid``).

    A lock left behind by a crash names a process that is gone; that does not count.
    """
    lock = path / "SingletonLock"
    try:
        target = os.readlink(lock)
    except OSError:
        return (path / "lockfile").exists()  # Windows keeps a plain lock file
    host, _, pid_text = target.rpartition("-")
    if host and host != socket.gethostname():
        return True  # another machine (shared home directory): be careful
    try:
        pid = int(pid_text)
    except ValueError:
        return True
    return process_alive(pid)
