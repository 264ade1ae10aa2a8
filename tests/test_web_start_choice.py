"""The start page: no platform ticked the first time, LinkedIn first, the last choice
remembered; an unfinished audit is named before another one is begun beside it; a
double-click on Begin makes one audit. Read as the page's text and its form."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from test_newer_wins import text_of
from web_support import site, visitor

from auditor.store import Store


def ticked(page: str) -> list[str]:
    return re.findall(r'<input type="checkbox" name="platform" value="([^"]+)"[^>]*\bchecked\b', page)


def listed(page: str) -> list[str]:
    return re.findall(r'<input type="checkbox" name="platform" value="([^"]+)"', page)


def begin(client: Any, secret: Any, *platforms: str, **extra: str) -> Any:
    return client.post("/start", data={"csrf": secret.csrf, "platform": list(platforms), "goal": "balanced",
                                       "lang": "nl", **extra})


def audits(db: Path) -> list[list[str]]:
    with Store(db) as st:
        return [row.platforms for row in st.audits()]


def test_nothing_ticked_the_first_time_linkedin_first_then_the_last_choice(tmp_path: Path) -> None:
    db = tmp_path / "auditor.db"
    app, secret = site(db, catalogue=None)
    client = visitor(app, secret)
    first = client.get("/").text
    assert listed(first)[0] == "linkedin" and ticked(first) == []
    begin(client, secret, "x")
    assert ticked(client.get("/").text) == ["x"]


def test_an_unfinished_audit_is_named_before_another_is_begun_beside_it(tmp_path: Path) -> None:
    db = tmp_path / "auditor.db"
    app, secret = site(db, catalogue=None)
    client = visitor(app, secret)
    begin(client, secret, "linkedin")
    told = begin(client, secret, "x")
    assert "Je controle van LinkedIn is nog niet af: ga daarmee verder" in text_of(told.text)
    assert "/q/" not in str(told.url)
    assert ticked(told.text) == ["x"] and audits(db) == [["linkedin"]]
    beside = begin(client, secret, "x", beside="1")
    assert "/q/" in str(beside.url) and audits(db) == [["linkedin"], ["x"]]


def test_a_double_click_on_begin_makes_one_audit(tmp_path: Path) -> None:
    db = tmp_path / "auditor.db"
    app, secret = site(db, catalogue=None)
    client = visitor(app, secret)
    barrier = threading.Barrier(2)
    answers: list[Any] = []

    def click() -> None:
        barrier.wait()
        answers.append(begin(client, secret, "linkedin"))

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200, 200]
    assert audits(db) == [["linkedin"]]
    assert str(answers[0].url) == str(answers[1].url)
