"""Uploads in the page: read off the event loop, given up when they stall, a cancel said
plainly (or not at all), and nothing of an earlier, killed server left in the temp folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_support import MINI

from auditor.catalogue.loader import load_catalogue
from auditor.web.app import Settings, build_app
from auditor.web.listen import bind
from auditor.web.security import Secret
from auditor.web.server import Background
from tests.conftest import cli_env


@pytest.fixture
def served(db: Path) -> Iterator[tuple[str, Secret, int]]:
    secret = Secret.new()
    sock = bind(0)
    port = sock.getsockname()[1]
    app = build_app(Settings(db=db, catalogue=load_catalogue(MINI), lang="nl", secret=secret, port=port))
    with Background(app, sock):
        yield f"http://127.0.0.1:{port}", secret, port


def test_a_large_export_being_read_does_not_hold_up_other_pages(served, monkeypatch) -> None:
    import auditor.collectors.exports as exports
    from auditor.errors import AuditorError

    base, secret, _port = served
    reading, answered = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def slow_read(path: Path, **_kw: Any) -> None:
        reading.set()
        # the other page must be answered while this export is still being read; the bound
        # only ends a hang when the server cannot answer (the failure this test is about)
        seen["answered_meanwhile"] = answered.wait(20)
        raise AuditorError("not an export")

    monkeypatch.setattr(exports, "read_export", slow_read)
    results: dict[str, int] = {}

    def upload() -> None:
        with httpx.Client(base_url=base, follow_redirects=True, timeout=60) as client:
            client.get(f"/?token={secret.token}")
            response = client.post("/export", data={"csrf": secret.csrf},
                                   files={"export": ("big.zip", b"PK\x03\x04" + b"x" * 100_000, "application/zip")})
            results["upload"] = response.status_code

    sender = threading.Thread(target=upload)
    sender.start()
    assert reading.wait(60)
    with httpx.Client(base_url=base, follow_redirects=True, timeout=60) as other:
        assert other.get(f"/history?token={secret.token}").status_code == 200
    answered.set()
    sender.join(60)
    assert seen == {"answered_meanwhile": True} and results == {"upload": 200}


def _partial_post(port: int, secret: Secret, total: int, sent: bytes) -> socket.socket:
    head = (f"POST /export HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: auditor_key_{port}={secret.token}\r\n"
            f"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: {total}\r\n\r\n").encode()
    conn = socket.create_connection(("127.0.0.1", port))
    conn.sendall(head + sent)
    return conn


def _body_start(secret: Secret) -> bytes:
    return (f'--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{secret.csrf}\r\n'
            '--b\r\nContent-Disposition: form-data; name="export"; filename="big.zip"\r\n\r\n').encode() + b"x" * 5000


def test_an_upload_that_stalls_is_given_up_with_a_plain_page(served, monkeypatch) -> None:
    import auditor.web.security as security

    monkeypatch.setattr(security, "BODY_TIMEOUT_S", 0.5)
    base, secret, port = served
    conn = _partial_post(port, secret, 1_000_000, _body_start(secret))  # ... and then nothing more
    try:
        conn.settimeout(60)
        answer = b""
        while b"</html>" not in answer:
            chunk = conn.recv(65536)
            if not chunk:
                break
            answer += chunk
    finally:
        conn.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert "Het bestand kwam niet meer binnen" in answer.decode("utf-8", "replace")
    with httpx.Client(base_url=base, follow_redirects=True, timeout=60) as client:  # and the page goes on
        assert client.get(f"/?token={secret.token}").status_code == 200


def _serve(db: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    import re

    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", "serve", "--port", "0", "--no-browser", "--lang", "nl",
         "--db", str(db), "--checklists", str(MINI)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]{20,})", line)
    assert found, line
    return proc, found.group(0)


def test_a_cancelled_upload_prints_no_traceback(tmp_path: Path) -> None:
    proc, url = _serve(tmp_path / "s.db", cli_env())
    try:
        port = int(url.split(":")[2].split("/")[0])
        secret = Secret(url.split("token=")[1])
        conn = _partial_post(port, secret, 1_000_000, _body_start(secret))
        conn.close()  # the person cancels: the browser drops the connection halfway
        with httpx.Client(follow_redirects=True, timeout=60) as client:
            assert client.get(url).status_code == 200
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert "Traceback" not in err and "ClientDisconnect" not in err and "Exception" not in err, err
    assert err.strip().count("\n") <= 0, err  # one plain line at most


def test_a_new_server_removes_what_a_killed_one_left_in_the_temp_folder(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    dead = temp / "auditor-upload-999999999-k1ll3d"  # a process number no process has
    dead.mkdir()
    (dead / "Basic_LinkedInDataExport.zip").write_bytes(b"PK\x03\x04 the person's export")
    live = temp / f"auditor-upload-{os.getpid()}-busy"  # another server, still reading
    live.mkdir()
    other = temp / "someone-elses-file"
    other.write_text("x")
    proc, url = _serve(tmp_path / "s.db", cli_env(TMPDIR=str(temp)))
    try:
        with httpx.Client(follow_redirects=True, timeout=60) as client:
            assert client.get(url).status_code == 200  # the server is up: its start is done
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    assert not dead.exists() and live.exists() and other.exists()
