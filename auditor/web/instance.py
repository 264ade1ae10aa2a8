"""One page per store: a running ``auditor serve`` leaves a small note beside the store
(``<store>.server``, mode 0600) with its process, port and secret, so a second
``auditor serve`` on the same store opens the running page instead of starting another.

The note is held with an exclusive ``flock`` for the server's whole life: the system lets go
of it when the process ends, however it ends, so a note left by a killed server is never
taken for a live one. (A lock on this note, never on the store itself: a plain open and
close of the database file would drop SQLite's own locks, see ``auditor.store``.) Where
``flock`` does not exist, the process number and a look at the port decide.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from auditor.output import process_alive

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

START_WAIT_S = 15.0  # how long a second start waits for a first one that is still binding its port


@dataclass(frozen=True)
class Running:
    """The server already serving this store."""

    pid: int
    host: str
    port: int
    token: str

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/?token={self.token}"


def note_path(db: Path) -> Path:
    return db.with_name(db.name + ".server")


class Claim:
    """This process's claim to serve the store; ``None`` from ``claim`` when another serves it."""

    def __init__(self, path: Path, handle: IO[str] | None) -> None:
        self.path, self.handle = path, handle

    def publish(self, host: str, port: int, token: str) -> None:
        """Say where this server listens (written into the held note, readable by the owner only)."""
        text = json.dumps({"pid": os.getpid(), "host": host, "port": port, "token": token})
        if self.handle is not None:
            self.handle.seek(0)
            self.handle.truncate()
            self.handle.write(text)
            self.handle.flush()
            os.fsync(self.handle.fileno())
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, self.path)

    def release(self) -> None:
        """Take the note away (only ours) and let go of the lock."""
        with contextlib.suppress(OSError):
            mine = _read(self.path)
            if mine is None or mine.pid == os.getpid():
                self.path.unlink()
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def claim(db: Path) -> Claim | Running:
    """Claim the store for this server, or name the server that already serves it.

    When the note cannot be written at all (a read-only folder), the claim holds nothing and
    serving goes on as before: the store itself then says what it can and cannot do."""
    path = note_path(db)
    deadline = time.monotonic() + START_WAIT_S
    while True:
        try:
            got = _try_claim(path)
        except OSError:
            return Claim(path, None)
        if isinstance(got, Claim):
            return got
        running = _read(path)
        # a held lock means a live holder (the system ends it with the process); without
        # locks, the port must answer as ours
        if running is not None and (fcntl is not None or alive(running)):
            return running
        if time.monotonic() > deadline:  # a holder that never says where it listens: serve anyway
            return Claim(path, None)
        time.sleep(0.05)  # the other server is still starting: it writes its port in a moment


def _try_claim(path: Path) -> Claim | None:
    if fcntl is None:
        found = _read(path)
        if found is not None and found.pid != os.getpid() and process_alive(found.pid) and alive(found):
            return None
        return Claim(path, None)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return None
        except OSError:
            handle.close()
            raise
        # the note may have been taken away by a server that just stopped: lock the one on disk
        try:
            same = os.fstat(fd).st_ino == path.stat().st_ino
        except FileNotFoundError:
            same = False
        if same:
            os.chmod(path, 0o600)
            return Claim(path, handle)
        handle.close()


def _read(path: Path) -> Running | None:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        found = Running(int(data["pid"]), str(data["host"]), int(data["port"]), str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if found.host == "127.0.0.1" and 0 < found.port < 65536 else None


def alive(running: Running) -> bool:
    """Whether the named server answers as ours: its process runs and its port serves our icon
    (a public file: the secret is never sent to whatever else may listen there now)."""
    if running.pid != os.getpid() and not process_alive(running.pid):
        return False
    conn = http.client.HTTPConnection(running.host, running.port, timeout=5)
    try:
        conn.request("GET", "/static/icon.svg", headers={"Host": f"{running.host}:{running.port}"})
        response = conn.getresponse()
        body = response.read(4096)
    except OSError:
        return False
    finally:
        conn.close()
    return response.status == 200 and response.getheader("content-type", "").startswith("image/svg") \
        and b"<svg" in body
