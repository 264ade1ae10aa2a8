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


def _recording_browser(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A stand-in for the person's browser ($BROWSER): it writes down the address it was given."""
    record = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> "{record}"\n')
    script.chmod(0o700)
    return cli_env(BROWSER=str(script)), record


def test_a_second_serve_on_the_same_store_opens_the_running_page_and_ends(tmp_path: Path) -> None:
    db = tmp_path / "audits.sqlite3"
    first, url = _serve(db)
    try:
        note = db.with_name(db.name + ".server")
        assert note.stat().st_mode & 0o777 == 0o600  # port and secret, for the owner only
        env, record = _recording_browser(tmp_path)
        second = subprocess.run(
            [sys.executable, "-m", "auditor.cli", "serve", "--port", "0", "--lang", "nl", "--db", str(db),
             "--checklists", str(MINI)], capture_output=True, text=True, env=env, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "Je controle draait al voor deze auditopslag" in second.stdout and "Traceback" not in second.stderr
        (opened,) = record.read_text().split()
        assert opened.split("/?", 1)[0] == url.split("/?", 1)[0]  # the running server, not a second one
        with httpx.Client(follow_redirects=True, timeout=30) as browser:  # a browser without the first cookie
            page = browser.get(opened)
            assert page.status_code == 200 and "Controleer je instellingen" in page.text
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=15)
    assert not db.with_name(db.name + ".server").exists()


def test_a_killed_server_does_not_keep_the_store_from_a_new_one(tmp_path: Path) -> None:
    db = tmp_path / "audits.sqlite3"
    first, url = _serve(db)
    first.kill()
    first.communicate(timeout=15)
    assert db.with_name(db.name + ".server").exists()  # left behind, but no longer held
    again, again_url = _serve(db)
    try:
        assert again_url != url
        with httpx.Client(follow_redirects=True, timeout=30) as browser:
            assert browser.get(again_url).status_code == 200
    finally:
        again.terminate()
        again.communicate(timeout=15)


def test_a_page_nobody_visits_stops_by_itself_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "audits.sqlite3"
    proc, _url = _serve(db, "--stop-when-idle", "0.02")
    out, err = proc.communicate(timeout=120)  # it ends by itself: nobody stops it
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert "vanzelf gestopt" in out and "Alles wat je hebt beantwoord is bewaard" in out
    assert not db.with_name(db.name + ".server").exists()


def test_every_visit_postpones_the_idle_stop() -> None:
    from auditor.web.server import Idle

    clock = [1000.0]
    visits = {1030.0, 1080.0}

    def sleep(step: float) -> None:  # the watcher's pause, on a pretend clock
        clock[0] += step
        if any(abs(clock[0] - v) < step / 2 for v in visits):
            idle.seen()

    idle = Idle(60, clock=lambda: clock[0], sleep=sleep)

    class Fake:
        should_exit = False

    fake = Fake()
    idle.watch(fake)  # type: ignore[arg-type]
    assert fake.should_exit and idle.stopped
    assert 1140.0 <= clock[0] <= 1145.0  # 60 s after the last visit, not after the start


def test_a_zero_idle_time_is_refused_plainly(tmp_path: Path) -> None:
    result = run_cli("serve", "--no-browser", "--stop-when-idle", "0", "--db", tmp_path / "s.db",
                     "--checklists", MINI, "--lang", "nl")
    assert result.code == 2 and "--stop-when-idle 0" in result.err and "Traceback" not in result.err
