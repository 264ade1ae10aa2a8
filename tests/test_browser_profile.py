"""The auditor's browser profile directory: private, marked, and only ever ours to delete."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.collectors.browser.forget import forget_profile
from auditor.collectors.browser.profile import (
    MARKER_NAME,
    default_profile_dir,
    is_our_profile,
    prepare_profile_dir,
    profile_in_use,
)
from auditor.errors import AuditorError

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and symlinks are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_profile_lives_in_the_user_data_directory() -> None:
    path = default_profile_dir()
    assert path.name == "browser-profile" and path.parent.name == "auditor"


@posix_only
def test_a_new_profile_is_private_absolute_and_marked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o022)
    try:
        path = prepare_profile_dir(Path("data") / "profile")
    finally:
        os.umask(old)
    assert path.is_absolute() and path == tmp_path / "data" / "profile"
    assert mode(path) == 0o700
    assert mode(path / MARKER_NAME) == 0o600
    assert is_our_profile(path)
    assert prepare_profile_dir(path) == path  # the second time: reused as it is


@posix_only
def test_a_loosened_profile_is_made_private_again(tmp_path: Path) -> None:
    path = prepare_profile_dir(tmp_path / "p")
    os.chmod(path, 0o755)
    prepare_profile_dir(path)
    assert mode(path) == 0o700


def test_an_empty_existing_directory_is_adopted(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert is_our_profile(prepare_profile_dir(tmp_path / "empty"))


def test_someone_elses_browser_profile_is_refused(tmp_path: Path) -> None:
    chrome = tmp_path / "google-chrome"
    (chrome / "Default").mkdir(parents=True)
    (chrome / "Local State").write_text("{}")
    with pytest.raises(AuditorError, match="not an auditor browser profile") as info:
        prepare_profile_dir(chrome)
    assert "everyday profile" in (info.value.hint or "")
    assert not (chrome / MARKER_NAME).exists()


def test_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(AuditorError, match="not a directory"):
        prepare_profile_dir(tmp_path / "f")


@posix_only
def test_a_symlinked_profile_is_refused(tmp_path: Path) -> None:
    real = prepare_profile_dir(tmp_path / "real")
    (tmp_path / "link").symlink_to(real)
    with pytest.raises(AuditorError, match="symbolic link"):
        prepare_profile_dir(tmp_path / "link")
    with pytest.raises(AuditorError, match="refusing to delete"):
        forget_profile(tmp_path / "link")
    assert real.exists()


def test_forget_deletes_our_profile(tmp_path: Path) -> None:
    path = prepare_profile_dir(tmp_path / "p")
    (path / "Default").mkdir()
    (path / "Default" / "Cookies").write_bytes(b"session")
    result = forget_profile(path)
    assert result.deleted and not path.exists()
    assert "logged out" in result.message()


def test_forget_without_a_profile_is_not_an_error(tmp_path: Path) -> None:
    result = forget_profile(tmp_path / "never")
    assert not result.deleted and "nothing to forget" in result.message()


def test_forget_refuses_a_directory_we_did_not_make(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    with pytest.raises(AuditorError, match="not an auditor browser profile"):
        forget_profile(home)
    assert (home / "Documents").exists()


def test_a_forged_marker_file_is_not_enough(tmp_path: Path) -> None:
    path = tmp_path / "p"
    path.mkdir()
    (path / MARKER_NAME).write_text("something else\n")
    with pytest.raises(AuditorError):
        forget_profile(path)


@posix_only
def test_forget_refuses_a_profile_a_live_browser_holds(tmp_path: Path) -> None:
    path = prepare_profile_dir(tmp_path / "p")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (path / "SingletonLock").symlink_to(f"{socket.gethostname()}-{sleeper.pid}")
        assert profile_in_use(path)
        with pytest.raises(AuditorError, match="still using"):
            forget_profile(path)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert not profile_in_use(path)  # the lock a dead browser left behind does not count
    assert forget_profile(path).deleted


@posix_only
def test_a_lock_naming_an_impossible_process_is_left_behind_not_a_traceback(tmp_path: Path) -> None:
    path = prepare_profile_dir(tmp_path / "p")
    (path / "SingletonLock").symlink_to(f"{socket.gethostname()}-{10**30}")
    assert not profile_in_use(path)
    assert forget_profile(path).deleted


def test_a_dutch_newcomer_reads_the_profile_messages_in_dutch(tmp_path: Path, dutch: None) -> None:
    chrome = tmp_path / "google-chrome"
    (chrome / "Default").mkdir(parents=True)
    with pytest.raises(AuditorError, match="is geen browserprofiel van de auditor en is niet leeg") as info:
        prepare_profile_dir(chrome)
    assert "dagelijks gebruikt" in (info.value.hint or "")
    with pytest.raises(AuditorError, match="de auditor verwijdert het niet"):
        forget_profile(chrome)
    assert "er valt niets te vergeten" in forget_profile(tmp_path / "never").message()
    assert "overal uitgelogd" in forget_profile(prepare_profile_dir(tmp_path / "p")).message()
