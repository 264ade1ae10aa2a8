"""The listening socket, bound before anything heavy is imported.

Bound first so ``--port 0`` gets a free port and the address can be printed at once; it
listens straight away, so a browser that connects while the web stack is still loading
waits in the queue instead of being refused.
"""

from __future__ import annotations

import errno
import socket

from auditor.errors import AuditorError
from auditor.strings import t

HOST = "127.0.0.1"


def bind(port: int, lang: str | None = None) -> socket.socket:
    """A listening-ready socket on 127.0.0.1 only; a clear message when the port cannot be had."""
    hint = t("web.serve.port_hint", lang)
    if not 0 <= port <= 65535:
        raise AuditorError(t("web.serve.port_range", lang, port=port), hint=hint)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise AuditorError(t("web.serve.port_busy", lang, port=port), hint=hint) from None
        if exc.errno == errno.EACCES:
            raise AuditorError(t("web.serve.port_denied", lang, port=port), hint=hint) from None
        raise AuditorError(f"127.0.0.1:{port}: {exc.strerror or exc}", hint=hint) from None
    sock.listen(128)  # connections that arrive before uvicorn starts wait instead of being refused
    return sock
