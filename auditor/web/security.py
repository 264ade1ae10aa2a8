"""The door of the local page: only the person who started ``auditor serve`` gets in.

Every request passes ``Guard`` before any page code runs:

* the ``Host`` header must name 127.0.0.1 or localhost with our port (a page elsewhere
  that rebinds its DNS name to 127.0.0.1 still sends its own name: refused);
* the per-launch secret must come with the request: in the address the command printed
  (``?token=…``, good for the server's whole life), or in the HttpOnly, SameSite=Strict cookie
  set on that visit, named after the port (``auditor_key_<port>``) so two launches in one
  browser keep their own; the cookie is set only when the token matches, never on the public
  files (the style sheet, the icon);
* a POST must come from our own origin, and carry no more bytes than the cap allows; a body
  that stops coming for a minute is given up (``Stalled``).

The form's CSRF token is checked where the form is read (``check_csrf``): it is derived
from the secret, so it changes with every launch. Every answer carries strict headers:
a CSP that allows nothing from outside, no framing, no referrer to other sites.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PUBLIC = ("/static/web.css", "/static/icon.svg", "/favicon.ico")  # no secret needed: nothing personal
MAX_UPLOAD_BYTES = 512 * 1024 * 1024  # an export with photos is large; more is refused
BODY_TIMEOUT_S = 60.0  # a form or upload that sends nothing for this long is given up
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
              "frame-ancestors 'none'; base-uri 'none'")


@dataclass(frozen=True)
class Secret:
    """The per-launch secret and the CSRF token derived from it."""

    token: str

    @classmethod
    def new(cls) -> Secret:
        return cls(secrets.token_urlsafe(24))

    @property
    def csrf(self) -> str:
        return hmac.new(self.token.encode(), b"csrf", hashlib.sha256).hexdigest()[:32]

    def matches(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def csrf_matches(self, given: object) -> bool:
        return isinstance(given, str) and hmac.compare_digest(given.encode(), self.csrf.encode())


def allowed_hosts(port: int) -> set[str]:
    return {f"127.0.0.1:{port}", f"localhost:{port}"}


def allowed_origins(port: int) -> set[str]:
    return {f"http://{host}" for host in allowed_hosts(port)}


def security_headers(csp: str = PAGE_CSP) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", csp.encode()),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        # not no-referrer: with it Chrome sends "Origin: null" on our own forms
        (b"referrer-policy", b"same-origin"),
        (b"cache-control", b"no-store"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"same-origin"),
    ]


def cookie_name(port: int) -> str:
    """This launch's cookie: bound to the port, so a second launch's cookie (another port)
    never overwrites this one's in the same browser."""
    return f"auditor_key_{port}"


def parse_cookies(header: str) -> dict[str, str]:
    """The Cookie header, read tolerantly: another local program's cookie with a space, JSON or
    quotes in it is skipped, never a reason to refuse. The first value of a name counts."""
    found: dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name:
            continue
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        found.setdefault(name, value)
    return found


def safe_location(path: str) -> str:
    """Where the first visit is sent on: a path on this site only. It must start with exactly
    one '/' (never '//' or '/\\', which a browser reads as another site); anything else is '/'.
    Percent-encoded so a CR/LF or other control character can never reach a header."""
    if not path.startswith("/") or path[1:2] in ("/", "\\"):
        return "/"
    quoted = quote(path, safe="/-._~!$&'()*+,;=:@")
    return quoted if quoted.startswith("/") and quoted[1:2] != "/" else "/"


class Guard:
    """ASGI middleware: refuse what is not ours (403), then add the headers."""

    def __init__(self, app: ASGIApp, secret: Secret, port: int, refusal: Callable[[str], str]) -> None:
        self.app, self.secret, self.port = app, secret, port
        self.cookie = cookie_name(port)
        self.refusal = refusal  # reason code -> a small HTML page saying what to do
        self.close: Callable[[], None] = lambda: None  # what to tidy when serving ends
        self.seen: Callable[[], None] = lambda: None  # told of every request (the idle stop)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # start-up and shut-down: the site's own (it closes the store)
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # websockets are not served
            return
        self.seen()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        reason = self._refuse(scope, headers, query)
        if reason is not None:
            await _respond(send, 403, self.refusal(reason).encode("utf-8"))
            return
        public = scope["path"] in PUBLIC and scope["method"] in ("GET", "HEAD")
        if "token" in query and not public:  # the first visit: keep the secret in a cookie, tidy the address
            given = query.pop("token")
            location = safe_location(scope["path"]) + (f"?{urlencode(query)}" if query else "")
            extra = [(b"location", location.encode("ascii"))]
            if self.secret.matches(given):  # only the right token ever gets the cookie
                cookie = f"{self.cookie}={self.secret.token}; HttpOnly; SameSite=Strict; Path=/"
                extra.append((b"set-cookie", cookie.encode("ascii")))
            await _respond(send, 303, b"", extra)
            return
        if scope["method"] == "POST":
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > MAX_UPLOAD_BYTES:
                await _respond(send, 413, self.refusal("too-large").encode("utf-8"))
                return
            receive = _capped(receive, MAX_UPLOAD_BYTES)
        csp = REPORT_CSP if scope["path"].endswith("/report") else PAGE_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *security_headers(csp)]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refuse(self, scope: Scope, headers: dict[str, str], query: dict[str, str]) -> str | None:
        if headers.get("host", "") not in allowed_hosts(self.port):
            return "host"
        if scope["method"] not in ("GET", "HEAD", "POST"):
            return "method"
        if scope["path"] in PUBLIC and scope["method"] in ("GET", "HEAD"):
            return None  # the look of the refusal page itself; nothing of the person's
        held = parse_cookies(headers.get("cookie", "")).get(self.cookie)
        if not (self.secret.matches(query.get("token")) or self.secret.matches(held)):
            return "secret"
        if scope["method"] == "POST":
            origin = headers.get("origin")
            if origin is not None and origin not in allowed_origins(self.port):
                return "origin"
        return None


class TooLarge(Exception):
    """The request body went over the cap while it was being read."""


class Stalled(Exception):
    """The request body stopped coming: nothing arrived for ``BODY_TIMEOUT_S`` seconds."""


def _capped(receive: Receive, cap: int) -> Receive:
    """The body, counted against the cap, and given up when it stalls (a sender that stops
    halfway would otherwise hold the request, and the upload's temporary file, for ever)."""
    import anyio

    seen = 0

    async def capped() -> Message:
        nonlocal seen
        try:
            with anyio.fail_after(BODY_TIMEOUT_S):
                message = await receive()
        except TimeoutError:
            raise Stalled from None
        seen += len(message.get("body", b""))
        if seen > cap:
            raise TooLarge
        return message

    return capped


async def _respond(send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()),
               *(extra or []), *security_headers()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
