"""One store, two doors: the page's server and a terminal command on the same store at the
same time lose nothing and damage nothing (real processes, as a person would run them)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
from web_support import MINI

from tests.conftest import cli_env, run_cli


def _serve(db: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", "serve", "--port", "0", "--no-browser", "--lang", "nl",
         "--db", str(db), "--checklists", str(MINI), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{20,}", line)
    assert found, line
    return proc, found.group(0)


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:300]
    return found.group(1)


def _reply(client: httpx.Client, page: httpx.Response, value: str) -> httpx.Response:
    action = re.search(r'<form method="post" action="([^"]+)" class="answer"', page.text)
    assert action, page.text[:500]
    reply = client.post(str(page.url.join(action.group(1))), data={"csrf": _csrf(page.text), "action": "next", "answer": value})
    assert reply.status_code == 200 and "Je antwoord is bewaard" in reply.text, reply.text[:500]
    return reply


def test_a_terminal_command_beside_the_running_page_loses_and_damages_nothing(tmp_path: Path) -> None:
    db = tmp_path / "audits.sqlite3"
    proc, url = _serve(db)
    try:
        base = url.split("/?", 1)[0]
        with httpx.Client(follow_redirects=True, timeout=30) as client:
            home = client.get(url)
            assert home.status_code == 200
            q1 = client.post(f"{base}/start", data={"csrf": _csrf(home.text), "platform": "example",
                                                    "goal": "balanced", "lang": "nl"})
            q2 = _reply(client, q1, "off")
            # a read-only command in a terminal, on the same store, while the page holds it open
            history = run_cli("--db", db, "--checklists", MINI, "--lang", "nl", "history")
            assert history.code == 0, history.err
            q3 = _reply(client, q2, "mostly")
            _reply(client, q3, "yes")
            # a fresh reader sees every answer while the server still runs
            with sqlite3.connect(db) as fresh:
                seen = {row[0] for row in fresh.execute("SELECT check_id FROM facts WHERE source = 'answer'")}
            assert {"example.privacy.ads", "example.networking.invitations", "example.profile.headline"} <= seen
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0 and "Traceback" not in err, err
    with sqlite3.connect(db) as after:
        assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        answers = {row[0]: row[1] for row in after.execute(
            "SELECT check_id, value FROM facts WHERE source = 'answer' AND audit_id = 1")}
    assert answers == {"example.privacy.ads": "false", "example.networking.invitations": '"mostly"',
                       "example.profile.headline": '"yes"'}


def test_opening_the_store_again_in_the_same_process_keeps_the_first_connections_locks(tmp_path: Path) -> None:
    """A second ``Store`` beside a live one (the server's) must not drop the live one's locks:
    a terminal command closing afterwards would then delete the write-ahead log under it."""
    import datetime as dt

    from auditor.facts import Fact
    from auditor.store import Store

    db = tmp_path / "audits.sqlite3"
    moment = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC)
    live = Store(db)
    try:
        audit, _ = live.claim_unfinished(["example"], "balanced", "nl", {}, None, moment)
        live.put_fact(audit.id, Fact("example.privacy.ads", False, "answer", moment))
        with Store(db) as beside:  # opened and closed while `live` holds the store
            assert beside.audit(audit.id) is not None
        history = run_cli("--db", db, "--checklists", MINI, "--lang", "nl", "history")
        assert history.code == 0, history.err
        for n in range(20):
            live.put_fact(audit.id, Fact(f"example.profile.k{n}", "x" * 500, "answer", moment))
        with sqlite3.connect(db) as fresh:
            assert fresh.execute("SELECT count(*) FROM facts").fetchone()[0] == 21
    finally:
        live.close()
    with sqlite3.connect(db) as after:
        assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert after.execute("SELECT count(*) FROM facts").fetchone()[0] == 21
