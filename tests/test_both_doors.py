"""The terminal and the page are two doors onto one set of use cases (``auditor.usecases``):
the same scenario through both must say the same things. Each door is driven as a person
drives it: the terminal through its commands (a subprocess, or the wizard's start with a
scripted keyboard), the page through HTTP."""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

from conftest import MINI, cli_env, run_cli
from exportgen import LinkedIn, write_export
from test_wizard import ScriptedPrompter
from web_support import answer, site, start, visitor

from auditor.catalogue.loader import load_catalogue
from auditor.store import Store

ANSWERS = """\
goal: balanced
lang: nl
answers:
  example.privacy.ads: "off"
  example.networking.invitations: always
  example.profile.headline: "Data-analist"
  example.profile.projects: 2
"""


def _terminal_resume_line(db: Path) -> str:
    """What ``auditor audit`` says at a terminal about the unfinished audit it found (the
    person then closes the input: nothing is changed)."""
    from auditor.commands import audit as audit_command

    cat = load_catalogue(MINI)
    args = argparse.Namespace(goal=None, lang="nl", new=False, max_age=180, platforms=["example"])
    prompter = ScriptedPrompter([])
    with Store(db) as st:
        assert audit_command._begin(st, cat, ["example"], args, None, prompter) is None
    return prompter.screen


def _cli_history_rows(db: Path) -> dict[str, list[str]]:
    result = run_cli("history", "--db", db, "--checklists", MINI, "--lang", "nl")
    assert result.code == 0, result.err
    rows = {}
    for line in result.out.splitlines():
        found = re.match(r"\s*(\d+)\s+(\d\d-\d\d-\d{4} \d\d:\d\d)\s+(\S+)\s+(\S+)\s+(\S+)\s", line)
        if found:
            rows[found.group(1)] = [found.group(2), found.group(3), found.group(4), found.group(5)]
    return rows


def _web_history_rows(page: str) -> dict[str, list[str]]:
    rows = {}
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", page, re.S):
        number = re.sub(r"<[^>]+>.*?</span>", "", row.split("</th>")[0]).strip()
        cells = [html.unescape(c).strip() for c in re.findall(r"<td data-label=\"[^\"]+\">(.*?)</td>", row)]
        rows[number] = [cells[0], cells[1].casefold(), cells[2], cells[3]]
    return rows


def test_resume_counts_and_history_rows_are_the_same_through_both_doors(db: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    first = run_cli("audit", "example", "--answers", answers, "--db", db, "--checklists", MINI, "--lang", "nl")
    assert first.code == 0, first.err

    # a second audit, begun in the page: last time's answers are carried over, one question answered now
    app, secret = site(db)
    client = visitor(app, secret)
    question = start(client, secret)
    assert answer(client, secret, question.text, value="on").status_code == 200

    page = client.get("/").text
    said = re.search(r"tot nu toe (\d+) antwoord", page)
    assert said, page
    terminal = _terminal_resume_line(db)
    typed = re.search(r"tot nu toe (\d+) beantwoord", terminal)
    assert typed, terminal
    # the carried answers are last audit's, not this one's: both doors count the one given now
    assert said.group(1) == typed.group(1) == "1"

    cli_rows = _cli_history_rows(db)
    web_rows = _web_history_rows(client.get("/history").text)
    assert set(cli_rows) == set(web_rows) == {"1", "2"}
    for number, cells in cli_rows.items():
        assert web_rows[number] == cells, (number, cells, web_rows[number])


def test_an_import_is_summed_up_the_same_through_both_doors(tmp_path: Path) -> None:
    zipped = write_export(tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip", LinkedIn().files())
    env = cli_env(LANG="nl_NL.UTF-8")
    terminal = run_cli("import", zipped, "--db", tmp_path / "terminal.sqlite3", env=env)
    assert terminal.code == 0, terminal.err
    stored = re.search(r"(\d+) gegevens bewaard\. Daarmee zijn (\d+) vragen", terminal.out)
    assert stored, terminal.out

    app, secret = site(tmp_path / "page.sqlite3", catalogue=None)
    client = visitor(app, secret)
    done = client.post("/export", data={"csrf": secret.csrf},
                       files={"export": (zipped.name, zipped.read_bytes(), "application/zip")})
    page = re.search(r"(\d+) gegevens bewaard; daarmee zijn (\d+) vragen", html.unescape(done.text))
    assert page, done.text
    assert page.groups() == stored.groups()
    with Store(tmp_path / "terminal.sqlite3") as a, Store(tmp_path / "page.sqlite3") as b:
        assert sorted(f.key for f in a.evidence(["linkedin"])) == sorted(f.key for f in b.evidence(["linkedin"]))


def test_an_accepted_risk_is_kept_the_same_through_both_doors(tmp_path: Path) -> None:
    reason = "Recruiters mogen dit zien. " * 30  # longer than any reason is kept
    terminal_db, page_db = tmp_path / "terminal.sqlite3", tmp_path / "page.sqlite3"
    done = run_cli("accept", "example.privacy.ads", "--reason", reason, "--until", "2999-01-31",
                   "--db", terminal_db, "--checklists", MINI, "--lang", "nl")
    assert done.code == 0, done.err

    app, secret = site(page_db)
    client = visitor(app, secret)
    posted = client.post("/accept/example.privacy.ads",
                         data={"csrf": secret.csrf, "reason": reason, "until": "2999-01-31"})
    assert posted.status_code == 200
    with Store(terminal_db) as a, Store(page_db) as b:
        by_terminal, by_page = a.acceptances()["example.privacy.ads"], b.acceptances()["example.privacy.ads"]
    assert (by_terminal.reason, by_terminal.until) == (by_page.reason, by_page.until)
    assert len(by_page.reason) < len(reason.strip())  # one cap, for both doors

    # a date in the past is refused by both, and nothing is written
    past = run_cli("accept", "example.privacy.ads", "--reason", "x", "--until", "2001-01-01",
                   "--db", tmp_path / "none.sqlite3", "--checklists", MINI, "--lang", "nl")
    assert past.code == 2 and not (tmp_path / "none.sqlite3").exists()
    refused = client.post("/accept/example.privacy.ads",
                          data={"csrf": secret.csrf, "reason": "x", "until": "2001-01-01"})
    assert refused.status_code == 200
    with Store(page_db) as b:
        assert b.acceptances()["example.privacy.ads"].reason == by_page.reason
