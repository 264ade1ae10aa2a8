"""Run the site on 127.0.0.1 with uvicorn: in the foreground for ``auditor serve``, or on a
thread for tests and the benchmark.

The socket is bound before anything else, so ``--port 0`` gets a free port from the system
and the guard knows which ``Host`` to accept. Ctrl-C and SIGTERM stop the server cleanly:
requests in flight finish, nothing is re-raised, and every answer is already in the store.
A server nobody asked anything for a long time (``Idle``, two hours by default) stops by itself.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import uvicorn

from auditor.web.listen import HOST, bind

__all__ = ["HOST", "Background", "Idle", "bind", "serve"]


class _Server(uvicorn.Server):
    """uvicorn's server, but a signal only asks it to stop: no re-raise afterwards."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def stop(_sig: int, _frame: Any) -> None:
            if self.should_exit:
                self.force_exit = True
            self.should_exit = True

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _config(app: Any) -> uvicorn.Config:
    return uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", server_header=False,
                          date_header=False, ws="none", timeout_graceful_shutdown=3)


class Idle:
    """When the page was last asked for anything; the server stops after ``seconds`` without."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.seconds, self.clock, self.sleep = seconds, clock, sleep
        self.last = clock()
        self.stopped = False  # set when the server stopped for this reason

    def seen(self) -> None:
        self.last = self.clock()

    def watch(self, server: uvicorn.Server) -> None:
        step = min(max(self.seconds / 20, 0.05), 30.0)
        while not server.should_exit:
            if self.clock() - self.last > self.seconds:
                self.stopped = True
                server.should_exit = True
                return
            self.sleep(step)


def serve(app: Any, sock: socket.socket, on_ready: Callable[[], None] | None = None,
          idle: Idle | None = None) -> None:
    """Serve until Ctrl-C or SIGTERM, or until ``idle`` says nobody came for too long (blocking)."""
    server = _Server(_config(app))
    if on_ready is not None:
        threading.Thread(target=_when_started, args=(server, on_ready), daemon=True).start()
    if idle is not None:
        threading.Thread(target=idle.watch, args=(server,), daemon=True).start()
    server.run(sockets=[sock])


def _when_started(server: uvicorn.Server, then: Callable[[], None]) -> None:
    deadline = time.monotonic() + 30
    while not server.started and not server.should_exit and time.monotonic() < deadline:
        time.sleep(0.02)
    if server.started:
        then()


class Background:
    """The site on a thread (tests, benchmark): ``with Background(app, sock) as bg: …``."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        self.server = _Server(_config(app))
        self.sock = sock
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)

    def __enter__(self) -> Background:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
