"""The local page's door: secret, Host, Origin and CSRF refusals, headers, upload cap,
and the command itself (one printed line, 127.0.0.1 only, a clean stop on SIGTERM/Ctrl-C)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from web_support import BASE, MINI, PORT, site, start, stranger, visitor

from auditor.cli import main
from auditor.store import Store
from tests.conftest import cli_env


@pytest.fixture
def app_and_secret(db: Path):
    return site(db)


def test_without_the_secret_every_page_is_refused(app_and_secret) -> None:
    app, _secret = app_and_secret
    client = stranger(app)
    for path in ("/", "/history", "/export", "/audit/1", "/audit/1/report", "/?token=guessed"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "via de link die ‘auditor serve’ in je terminal liet zien" in response.text


def test_the_printed_link_sets_a_strict_cookie_and_tidies_the_address(app_and_secret) -> None:
    app, secret = app_and_secret
    client = stranger(app)
    first = client.get(f"/?token={secret.token}")
    assert first.status_code == 303 and first.headers["location"] == "/"
    cookie = first.headers["set-cookie"]
    assert secret.token in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert client.get("/").status_code == 200  # the cookie now opens the door
    client.cookies.clear()
    assert client.get("/").status_code == 403


def _routes(app) -> list[tuple[str, str]]:
    """Every route of the site as (method, a concrete path)."""
    from starlette.routing import Mount, Route

    from auditor.web.security import PUBLIC

    site = app.app
    while not hasattr(site, "routes"):  # the guard, then the request's language, then the site
        site = site.app
    found = []
    for route in site.routes:
        if isinstance(route, Mount):  # the static files: each one the page links
            found += [("GET", path) for path in PUBLIC if path.startswith(route.path + "/")]
            continue
        assert isinstance(route, Route)
        path = route.path.replace("{audit:int}", "1").replace("{check}", "example.privacy.ads")
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                found.append((method, path))
    return found


def test_the_cookie_is_given_only_for_the_right_token_and_never_on_public_files(app_and_secret) -> None:
    from auditor.web.security import PUBLIC

    app, secret = app_and_secret
    routes = _routes(app)
    assert {path for _m, path in routes} >= set(PUBLIC) and len(routes) >= 19
    for method, path in routes:
        for token in ("anything", secret.token[:-1], "", secret.token + "x"):
            response = stranger(app).request(method, f"{path}?token={token}")
            assert "set-cookie" not in response.headers, (method, path, token)
            assert secret.token not in response.text, (method, path, token)
        right = stranger(app).request(method, f"{path}?token={secret.token}")
        if path in PUBLIC:
            assert right.status_code == 200 and "set-cookie" not in right.headers, path
        else:
            assert right.status_code == 303 and right.headers["set-cookie"].startswith(f"auditor_key_{PORT}="), path


def test_each_launch_has_its_own_cookie_and_a_foreign_cookie_never_shuts_the_door(db: Path) -> None:
    from auditor.web.security import Guard

    app, secret = site(db)
    cookie = stranger(app).get(f"/?token={secret.token}").headers["set-cookie"]
    name, _, rest = cookie.partition("=")
    assert name == f"auditor_key_{PORT}" and rest.startswith(secret.token + ";")
    other = Guard(app.app, secret, PORT + 1, lambda reason: reason)
    assert other.cookie == f"auditor_key_{PORT + 1}" != name  # a second launch does not overwrite this one
    client = stranger(app)
    noisy = ('other={"a": 1, "b": [2]}; spaced=a b c; =nameless; justtext; q="quoted value"; '
             f'{name}={secret.token}; theme=dark')
    assert client.get("/", headers={"cookie": noisy}).status_code == 200
    assert client.get("/", headers={"cookie": f'{name}="{secret.token}"'}).status_code == 200
    assert client.get("/", headers={"cookie": f"auditor_key_{PORT + 1}={secret.token}"}).status_code == 403
    # the printed link keeps working (a closed browser loses its cookie, not its way in)
    again = stranger(app).get(f"/history?token={secret.token}", headers={"cookie": noisy.replace(secret.token, "x")})
    assert again.status_code == 303 and again.headers["location"] == "/history"


def _raw_get(app, raw_path: str, query: str) -> tuple[int, dict[bytes, list[bytes]]]:
    """One GET straight into the ASGI app, with the path exactly as a client may send it
    (an HTTP client would tidy '//' away before it is ever sent)."""
    import asyncio
    from urllib.parse import unquote

    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": unquote(raw_path), "raw_path": raw_path.encode(),
             "query_string": query.encode(), "headers": [(b"host", f"127.0.0.1:{PORT}".encode())]}
    asyncio.run(app(scope, receive, send))
    headers: dict[bytes, list[bytes]] = {}
    for name, value in sent[0]["headers"]:
        headers.setdefault(name.lower(), []).append(value)
    return sent[0]["status"], headers


@pytest.mark.parametrize("path", ["//evil.example/", "///evil.example", "/%2F%2Fevil.example", "/%2f%2fevil.example",
                                  "/\\evil.example", "/%5Cevil.example", "/%5C%5Cevil.example",
                                  "/%0D%0ASet-Cookie:%20x=1", "/%0d%0a", "/a%0Ab", "/%00x"])
def test_the_first_visit_is_sent_on_to_this_site_only(app_and_secret, path: str) -> None:
    app, secret = app_and_secret
    status, headers = _raw_get(app, path, f"token={secret.token}")
    assert status == 303
    (location,) = headers[b"location"]
    assert location.startswith(b"/") and not location.startswith((b"//", b"/\\")), location
    assert not set(location) & {0, 10, 13} and b"evil.example" not in location, location
    assert len(headers[b"set-cookie"]) == 1


def test_the_first_visit_keeps_an_ordinary_address(app_and_secret) -> None:
    app, secret = app_and_secret
    response = stranger(app).get(f"/audit/1/q/example.privacy.ads?token={secret.token}&lang=en")
    assert response.headers["location"] == "/audit/1/q/example.privacy.ads?lang=en"


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1", f"127.0.0.1:{PORT + 1}",
                                  f"localhost.evil.example:{PORT}", f"0.0.0.0:{PORT}"])
def test_a_foreign_host_header_is_refused_even_with_the_secret(app_and_secret, host: str) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    response = client.get("/", headers={"host": host})
    assert response.status_code == 403
    assert "127.0.0.1 of localhost" in response.text


def test_localhost_with_the_port_is_accepted(app_and_secret) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", f"http://127.0.0.1:{PORT + 1}",
                                    f"https://127.0.0.1:{PORT}"])
def test_a_post_from_another_origin_is_refused_and_writes_nothing(app_and_secret, db: Path, origin: str) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    response = client.post("/start", data={"csrf": secret.csrf, "platform": "example"}, headers={"origin": origin},
                           follow_redirects=False)
    assert response.status_code == 403
    with Store(db) as st:
        assert st.audits() == []


@pytest.mark.parametrize("token", [None, "", "0" * 32, "wrong"])
def test_a_post_without_this_launchs_csrf_token_is_refused(app_and_secret, db: Path, token: str | None) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    data = {"platform": "example"} | ({"csrf": token} if token is not None else {})
    response = client.post("/start", data=data, headers={"origin": BASE}, follow_redirects=False)
    assert response.status_code == 403
    assert "formulier is verlopen" in response.text
    with Store(db) as st:
        assert st.audits() == []


def test_a_token_from_another_launch_does_not_open_this_one(db: Path) -> None:
    app, secret = site(db)
    _other_app, other = site(db)
    assert other.csrf != secret.csrf
    client = visitor(app, secret)
    response = client.post("/start", data={"csrf": other.csrf, "platform": "example"}, follow_redirects=False)
    assert response.status_code == 403


def test_a_post_from_our_own_origin_with_the_token_works(app_and_secret, db: Path) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    response = start(client, secret)
    assert response.status_code == 200 and "/audit/1/q/" in str(response.url)
    with Store(db) as st:
        assert [a.platforms for a in st.audits()] == [["example"]]


def test_every_answer_carries_strict_headers(app_and_secret) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    start(client, secret)
    for response in (client.get("/"), client.get("/export"), client.get("/audit/1/report"), stranger(app).get("/")):
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "http" not in csp
        assert "script-src" not in csp  # no script is allowed at all
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_no_page_refers_to_anything_outside_the_machine(app_and_secret) -> None:
    app, secret = app_and_secret
    client = visitor(app, secret)
    start(client, secret)
    for path in ("/", "/export", "/history", "/audit/1", "/static/web.css"):
        text = client.get(path).text
        for found in re.findall(r'(?:src|href)="([^"]+)"|url\(([^)]+)\)|@import', text):
            url = found if isinstance(found, str) else next(filter(None, found), "")
            if url.startswith(("http://", "https://", "//")):
                # only a link the person clicks may leave (the platform's settings page), never an asset
                assert re.search(rf'<a [^>]*href="{re.escape(url)}"', text), (path, url)
        assert "<script" not in text


def test_an_upload_over_the_cap_is_refused_before_it_is_read(app_and_secret, monkeypatch) -> None:
    import auditor.web.security as security

    monkeypatch.setattr(security, "MAX_UPLOAD_BYTES", 1000)
    app, secret = app_and_secret
    client = visitor(app, secret)
    files = {"export": ("big.zip", b"x" * 5000, "application/zip")}
    response = client.post("/export", data={"csrf": secret.csrf}, files=files, follow_redirects=False)
    assert response.status_code == 413

    def chunks():  # no Content-Length: counted while it is read
        yield (f'--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{secret.csrf}\r\n'
               '--b\r\nContent-Disposition: form-data; name="export"; filename="big.zip"\r\n\r\n').encode()
        for _ in range(10):
            yield b"x" * 1000
        yield b"\r\n--b--\r\n"

    response = client.post("/export", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"},
                           follow_redirects=False)
    assert response.status_code == 413 and "te groot" in response.text
    assert 'href="/export"' in response.text  # a way back, not a dead end


def test_help_does_not_import_the_web_stack() -> None:
    code = ("import sys, auditor.cli; auditor.cli.build_parser(''); heavy = [m for m in ('starlette', 'uvicorn', "
            "'multipart', 'python_multipart', 'jinja2', 'httpx') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True)
    assert out.stdout.strip() == ""


def test_a_busy_port_is_said_plainly(tmp_path: Path, capsys) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "--port", str(port), "--no-browser", "--lang", "nl", "--db", str(tmp_path / "s.db"),
                     "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and f"Poort {port} op 127.0.0.1 is al in gebruik" in err and "Traceback" not in err


@pytest.mark.parametrize("port", ["70000", "-1"])
def test_a_port_out_of_range_is_said_plainly(tmp_path: Path, capsys, port: str) -> None:
    code = main(["serve", "--port", port, "--no-browser", "--lang", "nl", "--db", str(tmp_path / "s.db"),
                 "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "een poort is een getal van 0 tot en met 65535" in err and "Traceback" not in err


def _serve(tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", "serve", "--port", "0", "--no-browser", "--lang", "nl",
         "--db", str(tmp_path / "s.db"), "--checklists", str(MINI)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return proc, line


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_command_prints_one_line_serves_on_loopback_and_stops_cleanly(tmp_path: Path, stop: int) -> None:
    proc, line = _serve(tmp_path)
    try:
        found = re.search(r"(http://127\.0\.0\.1:(\d+)/\?token=[\w-]{20,})", line)
        assert found, line
        url, port = found.group(1), int(found.group(2))
        with httpx.Client(follow_redirects=True, timeout=10) as client:
            page = client.get(url)
            assert page.status_code == 200 and "Controleer je instellingen" in page.text
            assert client.get(f"http://127.0.0.1:{port}/").status_code == 200  # the cookie, not the link
        listening = [c for c in _listeners(proc.pid)]
        assert listening and all(addr.startswith("127.0.0.1:") for addr in listening), listening
    finally:
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Gestopt. Alles wat je hebt beantwoord is bewaard." in out
    assert "Traceback" not in err
    assert (tmp_path / "s.db").exists() and not (tmp_path / "s.db-wal").exists()  # the store was closed


def _listeners(pid: int) -> list[str]:
    """The addresses this process listens on, from /proc (Linux)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except FileNotFoundError:  # a file the server closed between the listing and the look
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            cols = row.split()
            if cols[9] in inodes and cols[3] == "0A":  # LISTEN
                hex_ip, hex_port = cols[1].split(":")
                ip = ".".join(str(int(hex_ip[i:i + 2], 16)) for i in (6, 4, 2, 0)) if len(hex_ip) == 8 else hex_ip
                found.append(f"{ip}:{int(hex_port, 16)}")
    return found


def test_the_browser_is_opened_on_the_printed_link_unless_asked_not_to(tmp_path: Path, capsys, monkeypatch) -> None:
    import webbrowser

    import auditor.web.server as server

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.setattr(server, "serve", lambda app, sock, on_ready=None, **_kw: on_ready() if on_ready else None)
    common = ["--port", "0", "--lang", "nl", "--db", str(tmp_path / "s.db"), "--checklists", str(MINI)]
    assert main(["serve", *common]) == 0
    printed = capsys.readouterr().out
    assert len(opened) == 1 and opened[0] in printed and opened[0].startswith("http://127.0.0.1:")
    assert main(["serve", "--no-browser", *common]) == 0
    assert len(opened) == 1


def test_a_store_in_trouble_is_said_on_the_page(app_and_secret, monkeypatch) -> None:
    from auditor.errors import StoreError
    from auditor.interview import Interview

    app, secret = app_and_secret
    client = visitor(app, secret)

    def busy(*_args: object, **_kwargs: object) -> None:
        raise StoreError("audits.sqlite3: the audit store is busy (another program is writing).")

    monkeypatch.setattr(Interview, "begin", busy)
    page = client.post("/start", data={"csrf": secret.csrf, "platform": "example"})
    assert page.status_code == 503 and "the audit store is busy" in page.text and "Traceback" not in page.text
