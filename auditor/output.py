"""Writing a file the person asked for (``--out``): whole or not at all, and never clobbering.

- A regular file (or a new one) is written as a temp file beside it, then renamed over it:
  a reader never sees half a report. The temp file is removed on every way out (an error,
  Ctrl-C, SIGTERM, SIGHUP); one left by a killed run (SIGKILL, a power cut) is removed the
  next time a file is written to that folder.
- A character device (``/dev/null``, ``/dev/stdout``, a terminal) or a pipe is written in
  place: renaming over it would replace ``/dev/null`` with a regular file. A pipe nobody
  reads is refused instead of waited on.
- Anything else (a folder, a block device such as a disk, a socket) is refused by name.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from auditor.errors import AuditorError
from auditor.strings import t

TEMP_SUFFIX = ".tmp"
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.tmp$")


class OutputError(AuditorError):
    """The target cannot or must not be written."""


def temp_path(path: Path) -> Path:
    """Where ``path`` is written before the rename: hidden, beside it, named by this process."""
    return path.with_name(f".{path.name[:200]}.{os.getpid()}{TEMP_SUFFIX}")


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable only by its owner (0600), whole or not at all.

    Raises ``OSError`` for what the file system refuses and ``OutputError`` for a target that
    must not be replaced; the caller turns both into its message.
    """
    target = path.resolve()
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is None or stat.S_ISREG(mode):
        _replace(target, data)
    elif stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        _write_in_place(path, target, data, fifo=stat.S_ISFIFO(mode))
    elif stat.S_ISDIR(mode):
        raise IsADirectoryError(21, t("errors.input.kind.directory"))
    else:
        kind = t("errors.input.kind.socket") if stat.S_ISSOCK(mode) else t("errors.input.kind.device")
        raise OutputError(t("errors.output.not_regular", path=path, kind=kind),
                          hint=t("errors.output.cannot_write.hint"))


def _write_in_place(shown: Path, target: Path, data: bytes, *, fifo: bool) -> None:
    flags = os.O_WRONLY | (os.O_NONBLOCK if fifo else 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if fifo and exc.errno == 6:  # ENXIO: no process has the pipe open for reading
            raise OutputError(t("errors.output.not_regular", path=shown, kind=t("errors.input.kind.fifo")),
                              hint=t("errors.output.cannot_write.hint")) from None
        raise
    if fifo:
        os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _replace(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target.parent)
    tmp = temp_path(target)
    with _signals_raise():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove temp files that a killed auditor left in ``folder``: those whose process is gone."""
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX) and p.name.startswith(".")]
    except OSError:
        return removed
    for candidate in candidates:
        match = _TEMP.match(candidate.name)
        if match is None or int(match["pid"]) == os.getpid() or process_alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(candidate.lstat().st_mode):
                candidate.unlink()
                removed.append(candidate)
    return removed


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` on this machine still runs. When in doubt it does, so nothing
    a live auditor or browser holds (a temp file, an audit, a profile) is taken from it.
    The one place that asks: the store's claims, temp files and browser profiles share it."""
    if os.name != "posix":
        return True  # no cheap, safe check (os.kill would end the process on Windows): leave it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):
        return False  # no process has such a number
    except OSError:
        return True  # e.g. another user's process: it runs
    return True


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while a temp file existed: unwind so it is removed."""


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into an exception for the duration (main thread only), so the
    ``except`` above removes the temp file; the signal is then delivered as it would have been."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def handler(signum: int, _frame: object) -> None:
        caught.append(signum)
        raise _Terminated

    names = [s for s in ("SIGTERM", "SIGHUP") if hasattr(signal, s)]
    saved = {name: signal.signal(getattr(signal, name), handler) for name in names}
    try:
        yield
    except _Terminated:
        pass
    finally:
        for name, previous in saved.items():
            signal.signal(getattr(signal, name), previous)
    if caught:
        signal.raise_signal(caught[0])
        raise InterruptedError(4, "interrupted")  # the previous handler did not end the process
