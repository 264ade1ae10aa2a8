"""Control characters wherever text from outside reaches a person: shown as escapes in the
page, never passed on hidden; written as YAML escapes by ``history --export`` so the file
reads back exactly."""

from __future__ import annotations

from pathlib import Path

from web_support import answer, site, start, visitor

from auditor.cli import main
from auditor.store import Store
from tests.conftest import MINI

TYPED = "Bakker\x00 bij\x1b[31m Acme \u202eevil\u2066"
SHOWN = "Bakker\\x00 bij\\x1b[31m Acme \\u202eevil\\u2066"
HIDDEN = ("\x00", "\x1b", "\u202e", "\u2066")


def _headline(db: Path) -> object:
    with Store(db) as st:
        return next(f.value for f in st.facts(1) if f.check_id == "example.profile.headline")


def test_a_control_character_in_an_answer_is_shown_as_an_escape_in_the_page(db: Path) -> None:
    app, secret = site(db)
    client = visitor(app, secret)
    q1 = start(client, secret)
    q2 = answer(client, secret, q1.text, value="off")
    q3 = answer(client, secret, q2.text, value="mostly")
    assert "example.profile.headline" in str(q3.url)
    answer(client, secret, q3.text, value=TYPED)
    assert _headline(db) == TYPED.strip()  # stored as given
    for page in (client.get("/audit/1/q/example.profile.headline"), client.get("/audit/1/report")):
        assert page.status_code == 200
        assert SHOWN.strip() in page.text.replace("&#39;", "'"), page.text[:2000]
        assert not any(c in page.text for c in HIDDEN)


def test_history_export_writes_bidirectional_controls_as_yaml_escapes(tmp_path: Path, db: Path, capsys) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text('answers:\n  example.profile.headline: "Zoë \\u202Eevil\\u2066 x\\e[31m"\n'
                       "  example.privacy.ads: on\n", encoding="utf-8")
    assert main(["audit", "--answers", str(answers), "--db", str(db), "--checklists", str(MINI)]) == 0
    given = _headline(db)
    assert given == "Zoë \u202eevil\u2066 x\x1b[31m"
    capsys.readouterr()
    assert main(["history", "--export", "1", "--db", str(db), "--checklists", str(MINI)]) == 0
    exported = capsys.readouterr().out
    assert "\\u202E" in exported and "\\u2066" in exported and "\\e[31m" in exported
    again = tmp_path / "again.yaml"
    again.write_text(exported, encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    assert main(["audit", "--answers", str(again), "--db", str(other), "--checklists", str(MINI)]) == 0
    assert _headline(other) == given  # the round trip is exact
