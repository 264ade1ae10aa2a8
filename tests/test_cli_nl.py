"""A Dutch newcomer's run: every command of the guided audit in ``--lang nl`` (or a Dutch
locale) says nothing in English. The wizard runs in this process with typed replies."""

from __future__ import annotations

import builtins
import re
from pathlib import Path

import pytest

from auditor.facts import Fact, now
from auditor.store import Store
from tests.conftest import MINI

# Words that only turn up in an English sentence (the check texts of the mini catalogue are
# test fixtures and quote a setting's English label, so lines quoting them are left out).
ENGLISH = re.compile(
    r"\b(Started|Resume|Resuming|Saved|Review them|Please|answer|answers|Goal|Your|the|and|with|"
    r"already|settled|not sure|skip|back|quit|Recorded|Withdrawn|Accepted|unfinished|trend|"
    r"nothing|Language|There is|Run)\b")
QUOTED_LABEL = '"Use my data for ads"'


def english_in(text: str) -> list[str]:
    return [line for line in text.splitlines()  # an answers file's keys are a format, not a sentence
            if QUOTED_LABEL not in line and "auditor " not in line and not re.match(r"(goal|lang|answers):", line)
            and ENGLISH.search(line)]


class Typist:
    """Replies to ``input()`` from a list; the prompts go to standard output, as in a terminal."""

    def __init__(self, replies: list[str]):
        self.replies = list(replies)

    def __call__(self, prompt: str = "") -> str:
        print(prompt, end="")
        if not self.replies:
            raise EOFError
        reply = self.replies.pop(0)
        print(reply)
        return reply


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch):
    """Pretend standard input is a terminal, and type the given replies."""
    monkeypatch.setattr("auditor.commands.audit.stdin_is_terminal", lambda: True)

    def typing(replies: list[str]) -> None:
        monkeypatch.setattr(builtins, "input", Typist(replies))

    return typing


def test_a_dutch_wizard_run_from_goal_to_resume_and_review_is_all_dutch(tmp_path: Path, run, terminal):
    db = tmp_path / "db.sqlite3"
    common = ["--db", db, "--checklists", MINI, "--lang", "nl"]
    with Store(db) as st:  # an export settled the headline: offered for review
        st.record_import([Fact("example.profile.headline", "Constructeur van bruggen", "export", now())])
    terminal(["", "", "j", "", "ja", "?", "maybe", "weet niet", "q"])
    first = run("audit", *common)
    assert first.code == 0, first.err
    terminal(["n", "2", "", "j", "", "q"])
    second = run("audit", *common)
    assert second.code == 0, second.err
    terminal(["", "s", "s", "s", "5"])
    third = run("audit", *common)
    assert third.code == 0, third.err
    history = run("history", *common)
    export = run("history", "--export", "1", *common)
    screen = "\n".join(r.out + r.err for r in (first, second, third, history, export))

    for dutch in ("Doel (1-3, Enter = gebalanceerd)", "Controle #1 gestart (Example Network; doel: gebalanceerd).",
                  "Al bekend, dus niet gevraagd: 1 dankzij je export.",
                  "Wil je ze nalopen (bevestigen of verbeteren)? [j/N]",
                  "→ Volgens je export van", "Uitleg:", "'maybe' is geen van de keuzes: typ een nummer van 1 tot en met 3.",
                  "Opgeslagen. Ga later verder waar je was met:", "  auditor --db",
                  "is nog niet af (tot nu toe", "Verdergaan waar je was? [J/n]", "Controle #1 blijft als onafgemaakt in je geschiedenis staan",
                  "Verder met controle #2 (doel: gebalanceerd).", "(niet af)", "# antwoorden van controle #1"):
        assert dutch in screen, dutch
    assert english_in(screen) == [], english_in(screen)


def test_other_commands_speak_dutch_too(tmp_path: Path, run):
    db = tmp_path / "db.sqlite3"
    answers = tmp_path / "a.yaml"
    answers.write_text("goal: privé\nlang: nl\nanswers:\n  example.privacy.ads: uit\n")
    outputs = [
        run("audit", "--answers", answers, "--db", db, "--checklists", MINI),  # the file says nl
        run("accept", "example.privacy.ads", "--reason", "bewust", "--db", db, "--checklists", MINI, "--lang", "nl"),
        run("accept", "example.privacy.ads", "--remove", "--db", db, "--checklists", MINI, "--lang", "nl"),
        run("checklists", "list", "--checklists", MINI, "--lang", "nl"),
        run("audit", "hyves", "--lang", "nl"),
        run("audit", "linkdin", "--lang", "nl"),
        run("history", "--export", "99", "--db", db, "--checklists", MINI, "--lang", "nl"),
    ]
    screen = "\n".join(r.out + r.err for r in outputs)
    assert "Controle #1 gestart" in screen and "Ingetrokken:" in screen and "Bedoel je: linkedin?" in screen
    assert english_in(screen) == [], english_in(screen)


def test_the_language_is_asked_first_when_nothing_says_it(tmp_path: Path, run, terminal, monkeypatch):
    for var in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    terminal(["2", "privé", "", "q"])
    result = run("audit", "--db", tmp_path / "db.sqlite3", "--checklists", MINI)
    assert result.code == 0, result.err
    assert result.out.startswith("Language / taal: 1) English  2) Nederlands")
    assert "Controle #1 gestart (Example Network; doel: privé)." in result.out
    assert english_in(result.out.split("\n", 1)[1]) == []
    terminal(["q"])  # the unfinished audit says Dutch: not asked again
    again = run("audit", "--db", tmp_path / "db.sqlite3", "--checklists", MINI)
    assert again.out.startswith("Controle #1 van ")


def test_a_dutch_locale_makes_dutch_the_language_without_asking(tmp_path: Path, run, terminal, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    terminal(["", "q"])
    result = run("audit", "--db", tmp_path / "db.sqlite3", "--checklists", MINI, env={"LANG": "nl_NL.UTF-8"})
    # the first run points to the demo once, then asks the goal: no language question
    assert result.out.startswith("De eerste keer? Bekijk eerst een voorbeeldrapport van een verzonnen persoon:\n"
                                 "auditor demo\nWat is je doel?\nWaar adviezen verschillen")
