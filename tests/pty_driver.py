"""Drive ``auditor`` through a real pseudo-terminal: keys in, screen out (no pexpect).

The child gets the pty as its controlling terminal (``pty.fork``), so ``isatty()`` is true,
the line discipline echoes what is typed and turns a sent ``\\x03`` into SIGINT, exactly as
at a person's terminal.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

from tests.conftest import cli_env


class PtyTimeout(AssertionError):
    pass


class Pty:
    def __init__(self, *args: object, env: dict[str, str] | None = None, cols: int = 100, rows: int = 40):
        env = dict(env or cli_env())
        env.update(COLUMNS=str(cols), LINES=str(rows), TERM=env.get("TERM", "xterm"))
        argv = [sys.executable, "-m", "auditor.cli", *map(str, args)]
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the program (never returns)
            try:
                os.execve(sys.executable, argv, env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.screen = ""  # everything the program (and the echo) wrote so far
        self.pos = 0  # where the next expect() starts looking
        self.code: int | None = None

    def _read(self, timeout: float) -> str:
        """Append what the program wrote within ``timeout``: "data", "idle" or "eof"."""
        if not select.select([self.fd], [], [], max(timeout, 0))[0]:
            return "idle"
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: every copy of the terminal's other end is closed
            return "eof"
        if not data:
            return "eof"
        self.screen += data.decode("utf-8", "replace").replace("\r\n", "\n")
        return "data"

    def expect(self, pattern: str | re.Pattern[str], timeout: float = 10) -> re.Match[str]:
        """Read until ``pattern`` (plain text or a compiled regex) shows after the last match."""
        regex = pattern if isinstance(pattern, re.Pattern) else re.compile(re.escape(pattern))
        deadline = time.monotonic() + timeout
        while True:
            match = regex.search(self.screen, self.pos)
            if match:
                self.pos = match.end()
                return match
            left = deadline - time.monotonic()
            if left <= 0 or self._read(min(left, 0.5)) == "eof":
                raise PtyTimeout(f"{regex.pattern!r} not seen; screen so far:\n{self.screen}")

    def send(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def send_ctrl_c(self) -> None:
        self.wait_reading()
        os.write(self.fd, b"\x03")

    def wait_reading(self, timeout: float = 5) -> None:
        """Wait until the program is blocked reading the terminal (Linux: /proc/PID/syscall).

        A Ctrl-C that lands after ``input()`` printed its prompt but before it called read()
        is noted by Python yet not acted on until the read returns; no person types that
        fast, a test does.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with open(f"/proc/{self.pid}/syscall") as fh:
                    call = fh.read().split()
            except OSError:
                time.sleep(0.2)  # no /proc: give it a moment
                return
            if call[:2] in (["0", "0x0"], ["63", "0x0"]):  # read(0, ...) on x86-64 / arm64
                return
            time.sleep(0.005)

    def wait(self, timeout: float = 10) -> int:
        """Read the rest of the screen and return the exit code (killing the child if it hangs)."""
        deadline = time.monotonic() + timeout
        while self.code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
            elif time.monotonic() > deadline:
                self.close()
                raise PtyTimeout(f"the program did not exit; screen so far:\n{self.screen}")
            elif self._read(0.05) == "eof":
                time.sleep(0.01)
        while self._read(0) == "data":  # what it wrote just before exiting
            pass
        return self.code

    def kill(self, sig: int = signal.SIGKILL) -> int:
        os.kill(self.pid, sig)
        return self.wait()

    def close(self) -> None:
        """Make sure the child is gone and the terminal closed (safe to call twice)."""
        if self.code is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.code = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Pty:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
