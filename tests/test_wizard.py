"""The terminal wizard: a thin renderer over the Interview, driven by a scripted Prompter in
this process; then the real command in a pseudo-terminal (keys in, screen out) for what only a
terminal shows: the whole run, quit and resume, Ctrl-C, SIGKILL, a Dutch locale; and two writers
on one store."""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from auditor.catalogue.loader import load_catalogue
from auditor.facts import Fact, FactValue
from auditor.frontends.terminal import WIDTH, Wizard, wrap
from auditor.interview import Interview
from auditor.store import Store
from tests.conftest import MINI, cli_env, run_cli
from tests.pty_driver import Pty

ADS, NOTE, HEADLINE, PROJECTS = (
    "example.privacy.ads", "example.networking.invitations",
    "example.profile.headline", "example.profile.projects",
)
PROMPT = re.compile(r"^> ", re.M)
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


# --- the renderer, behind a scripted prompter ----------------------------------------------------

class ScriptedPrompter:
    """Replies from a list; None (Ctrl-D) once the list is used up."""

    def __init__(self, replies: list[str]):
        self.replies = list(replies)
        self.lines: list[str] = []
        self.prompts: list[str] = []

    def say(self, text: str = "") -> None:
        self.lines.append(text)

    def ask(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        return self.replies.pop(0) if self.replies else None

    @property
    def screen(self) -> str:
        return "\n".join(self.lines)


@pytest.fixture(scope="module")
def mini():
    return load_catalogue(MINI)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "db.sqlite3") as st:
        yield st


def drive(store: Store, cat, replies: list[str], lang: str = "en", review: bool = False):
    prompter = ScriptedPrompter(replies)
    interview = Interview.begin(store, cat, ["example"], goal="balanced", lang=lang, now=NOW)
    if review:
        interview.start_review()
    outcome = Wizard(prompter, interview).run()
    recorded = [(f.check_id, f.value) for f in store.facts(interview.audit.id) if f.source == "answer"]
    return outcome, recorded, prompter


def test_answers_of_every_kind_are_recorded_in_order(store, mini):
    outcome, recorded, p = drive(store, mini, ["off", "2", "Privacy engineer at Example", "3"])
    assert recorded == [(ADS, False), (NOTE, "mostly"), (HEADLINE, "Privacy engineer at Example"),
                        (PROJECTS, 3)]
    assert (outcome.answered, outcome.skipped, outcome.quit) == (4, 0, False)
    assert p.lines.count("  ✓ saved") == 4
    assert "[Example Network — 1 of 4]" in p.lines
    assert "[Example Network — 4 of 4]" in p.lines
    assert "  Where: Settings › Ads" in p.lines and "  https://example.invalid/settings/ads" in p.lines


@pytest.mark.parametrize(("reply", "expected"), [("3", "never"), ("Always", "always"), ("mostly", "mostly")])
def test_a_choice_is_taken_by_number_id_or_label(store, mini, reply, expected):
    _, recorded, _ = drive(store, mini, ["on", reply, "q"])
    assert recorded[1] == (NOTE, expected)


def test_back_asks_the_previous_question_again_and_the_new_answer_replaces_the_old(store, mini):
    outcome, recorded, p = drive(store, mini, ["off", "b", "on", "always", "s", "s"])
    assert dict(recorded) == {ADS: True, NOTE: "always"}
    assert p.lines.count("[Example Network — 1 of 4]") == 2
    assert "  Your answer: No" in p.lines  # the re-asked question shows what was given
    assert not outcome.quit


def test_back_on_the_first_question_stays_there(store, mini):
    _, recorded, p = drive(store, mini, ["b", "off", "s", "s", "s"])
    assert recorded == [(ADS, False)]
    assert p.lines.count("[Example Network — 1 of 4]") == 1  # not shown again: it says why nothing moved
    assert "  This is the first question." in p.lines


def test_question_mark_explains_and_records_nothing_unsure_is_its_own_key(store, mini):
    """Before, '?' silently recorded "not sure"; now it shows the help and the whole description."""
    outcome, recorded, p = drive(store, mini, ["s", "?", "u", "s", "s"])
    assert recorded == [(NOTE, "unsure")]
    assert "  Help:" in p.lines and "    What you give up: Time." in p.lines  # the help: why and impact, labelled
    assert (outcome.answered, outcome.skipped) == (1, 3)


@pytest.mark.parametrize(("replies", "expected", "taken"), [
    (["maybe", "off"], "'maybe' is not an answer here: type 1 (yes) or 2 (no).", [(ADS, False)]),
    (["on", "4", "1"], "'4' is not one of the choices: type a number from 1 to 3.", [(ADS, True), (NOTE, "always")]),
    (["s", "often", "2"], "'often' is not one of the choices", [(NOTE, "mostly")]),
    (["s", "s", "s", "many", "2"], "expected a whole number (0 or more)", [(PROJECTS, 2)]),
])
def test_invalid_input_asks_again_naming_what_was_given_and_what_is_expected(store, mini, replies, expected, taken):
    _, recorded, p = drive(store, mini, [*replies, "q"])
    assert any(expected in line for line in p.lines), p.screen
    assert recorded == taken  # the bad reply recorded nothing; the same question took the next


def test_an_empty_line_asks_again_without_recording(store, mini):
    _, recorded, p = drive(store, mini, ["", "", "off", "q"])
    assert recorded == [(ADS, False)]
    assert p.prompts[:3] == ["> ", "> ", "> "]


@pytest.mark.parametrize("stop", ["q", "Q", "stop", None])
def test_quit_or_end_of_input_stops_and_keeps_what_was_answered(store, mini, stop):
    replies = ["off", "1"] + ([stop] if stop else [])  # None: the script ends (Ctrl-D)
    outcome, recorded, p = drive(store, mini, [*replies, "this is never read"] if stop else replies)
    assert recorded == [(ADS, False), (NOTE, "always")]
    assert outcome.quit and outcome.answered == 2
    assert "[Example Network — 3 of 4]" in p.lines
    assert "[Example Network — 4 of 4]" not in p.lines


def test_dutch_words_and_answers(store, mini):
    _, recorded, p = drive(store, mini, ["nee", "1", "weet niet", "t", "s", "s", "s"], lang="nl")
    assert recorded == [(ADS, False), (NOTE, "always"), (HEADLINE, "unsure")]
    assert "[Example Network — 1 van 4]" in p.lines
    assert 'Staat "Use my data for ads" aan of uit?' in p.lines and "  1) Ja   2) Nee" in p.lines
    assert "  ? uitleg · w weet niet · s overslaan · t terug · q stoppen" in p.lines
    assert "  ✓ opgeslagen" in p.lines
    assert "  Waar: Instellingen › Advertenties\u00a0≈" in p.lines  # the Dutch words are not confirmed
    assert p.lines.count("  ≈ onze woorden: op je scherm kan het iets anders heten.") == 1  # explained once
    assert "  Je antwoord: weet ik niet" in p.lines  # 't' went back to the headline
    assert "  ✓ opgeslagen als 'weet ik niet'; je krijgt deze vraag de volgende keer weer" in p.lines


def test_a_skip_is_acknowledged_and_a_toggle_reads_yes_or_no(store, mini):
    """A newcomer who skips sees that it worked; a yes/no question offers plain Ja/Nee (aan/uit still taken)."""
    _, recorded, p = drive(store, mini, ["aan", "s", "s", "s"], lang="nl")
    assert "  – overgeslagen; je kunt dit later nog beantwoorden" in p.lines
    assert "  1) Ja   2) Nee" in p.lines and not any("(aan)" in line for line in p.lines)
    assert recorded == [(ADS, True)]


def test_long_lines_wrap_under_their_own_start_and_fit_80_columns():
    """Before, the goal menu broke before its last ")" at 100 columns, and questions mid-word."""
    lines = wrap("zichtbaar waar het helpt, afgeschermd waar het niets kost (de gebruikelijke keuze).",
                 first="  2) gebalanceerd  ")
    assert lines == ["  2) gebalanceerd  zichtbaar waar het helpt, afgeschermd waar het niets kost",
                     "                   (de gebruikelijke keuze)."]
    long = wrap("Denk aan de laatste vijf berichten die je iemand stuurde vlak nadat jullie connectie werden. "
                "Hoeveel waren langer dan zo'n 50 woorden?", "")
    assert all(len(line) <= WIDTH for line in long) and "jullie" in long[0] + long[1]
    assert not any(line.endswith("ju") for line in long)


def test_a_number_out_of_range_is_refused_with_the_range(tmp_path, mini_catalogue):
    """Before, 9 was taken for "how many of the 7 …"."""
    path = mini_catalogue / "example.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      kind: number\n", "      kind: number\n      maximum: 7\n"), encoding="utf-8")
    with Store(tmp_path / "x.sqlite3") as st:
        _, recorded, p = drive(st, load_catalogue(mini_catalogue), ["s", "s", "s", "9", "7"], lang="nl")
    assert "Hoeveel projecten staan er?" in p.lines and "  (een heel getal, 0 tot en met 7)" in p.lines
    assert any("9 valt buiten het bereik: antwoord met een heel getal van 0 tot en met 7." in line
               for line in p.lines)
    assert recorded == [(PROJECTS, 7)]


def test_evidence_is_shown_for_confirmation_and_enter_keeps_it(store, mini):
    seen = Fact(key="example.setting.ads", value=False, source="browser", observed_at=NOW)
    store.record_import([seen])
    _, kept, p = drive(store, mini, ["", "q"], review=True)
    assert kept == [(ADS, False)]
    assert "  → Your browser of 22 November 2026 says: No" in p.lines
    assert "  ? help · u not sure · s skip · b back · q quit · Enter keeps it" in p.lines


# --- the real command in a pseudo-terminal -----------------------------------------------------

def english() -> dict[str, str]:
    env = cli_env(LANG="en_US.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    return env


def audit_pty(db: Path, *extra: str, env: dict[str, str] | None = None) -> Pty:
    return Pty("audit", *extra, "--db", db, "--checklists", MINI, env=env or english())


def answer(p: Pty, reply: str, ack: str = "✓ saved") -> None:
    """Wait for the prompt, type a reply, and wait for the wizard to acknowledge it."""
    p.expect(PROMPT)
    p.send(reply)
    p.expect(ack)


def answers_in(db: Path, audit_id: int) -> dict[str, FactValue]:
    with Store(db) as st:
        return {f.check_id or f.key: f.value for f in st.facts(audit_id) if f.source == "answer"}


def json_report(db: Path) -> dict[str, dict]:
    result = run_cli("report", "--format", "json", "--out", "-", "--db", db, "--checklists", MINI,
                     env=english())
    assert result.code == 0, result.err
    report = json.loads(result.out)
    return {f["check"]: f for p in report["platforms"] for f in p["findings"]} | {"": report}


def test_a_whole_run_with_back_skip_and_not_sure(db):
    with audit_pty(db) as p:
        p.expect("Goal (1-3, Enter = balanced)")
        p.send("")
        p.expect("Which language do you use Example Network in?")  # the screen's language, asked once
        p.expect("(Enter = English)")
        p.send("")
        p.expect("Started audit #1 (Example Network; goal: balanced).")
        p.expect("[Example Network — 1 of 4]")
        p.expect("Ads do not use your data")
        p.expect("Where: Settings › Ads")
        p.expect("https://example.invalid/settings/ads")
        answer(p, "maybe", ack="'maybe' is not an answer here")
        answer(p, "no")
        p.expect("[Example Network — 2 of 4]")
        for option in ("1) Always", "2) Mostly", "3) Never"):
            p.expect(option)
        p.expect(PROMPT)
        p.send("b")  # back to the first question: it shows what was given, and takes a new answer
        p.expect("[Example Network — 1 of 4]")
        p.expect("Your answer: No")
        answer(p, "yes")
        p.expect(PROMPT)
        p.send("?")
        p.expect("Help:")
        answer(p, "u")  # not sure about the note
        p.expect("[Example Network — 3 of 4]")
        p.expect(PROMPT)
        p.send("s")  # skip the headline
        p.expect("[Example Network — 4 of 4]")
        answer(p, "3")
        p.expect("Privacy and profile audit #1")
        p.expect("report --open")
        assert p.wait() == 0
    assert answers_in(db, 1) == {ADS: True, NOTE: "unsure", PROJECTS: 3}
    findings = json_report(db)
    assert findings[""]["audit"]["goal"] == "balanced"
    assert findings[ADS]["status"] == "gap"
    assert findings[NOTE]["status"] == "unknown"
    assert findings[HEADLINE]["status"] == "unknown" and findings[HEADLINE]["evidence"] == []
    assert findings[PROJECTS]["status"] == "pass"


def test_quit_then_resume_asks_only_the_rest_and_the_report_has_both_sessions(db):
    with audit_pty(db, "example") as p:
        p.expect("Goal")
        p.send("visible")
        p.expect("(Enter = English)")
        p.send("2")
        answer(p, "off")
        answer(p, "1")
        p.expect("[Example Network — 3 of 4]")
        p.expect(PROMPT)
        p.send("q")
        p.expect(re.compile(r"Saved\. To carry on where you stopped, run:\s+auditor --db \S+ audit example"))
        assert p.wait() == 0
    assert answers_in(db, 1) == {ADS: False, NOTE: "always"}

    with audit_pty(db, "example") as p:
        p.expect(re.compile(r"Audit #1 of .* is unfinished \(2 answered so far\)\.\s+Resume it\? \[Y/n\]"))
        p.send("")
        p.expect("Resuming audit #1 (goal: visible).")
        p.expect("[Example Network — 3 of 4]")
        p.expect("Your headline is specific")
        answer(p, "Privacy engineer at Example")
        p.expect("[Example Network — 4 of 4]")
        answer(p, "4")
        p.expect("report --open")
        assert p.wait() == 0
        second = p.screen
    assert "Ads do not use your data" not in second and "How often do you add a note?" not in second
    assert "Goal (" not in second  # the goal of the resumed audit is kept, not asked again

    findings = json_report(db)
    report = findings[""]
    assert report["audit"]["id"] == 1 and report["audit"]["goal"] == "visible"
    assert report["summary"]["coverage"] == 1.0
    assert findings[ADS]["status"] == "pass" and findings[ADS]["evidence"][0]["value"] == "off"
    assert findings[NOTE]["status"] == "pass" and findings[NOTE]["evidence"][0]["value"] == "always"
    assert findings[HEADLINE]["evidence"][0]["value"] == "Privacy engineer at Example"
    assert findings[PROJECTS]["status"] == "pass" and findings[PROJECTS]["evidence"][0]["value"] == "4"


def test_ctrl_c_in_the_middle_keeps_the_answers(db):
    with audit_pty(db, "--goal", "balanced", "--lang", "en", "--platform-lang", "en") as p:
        answer(p, "on")
        answer(p, "never")
        p.expect("[Example Network — 3 of 4]")
        p.expect(PROMPT)
        p.send_ctrl_c()
        p.expect("Saved. To carry on where you stopped, run:")
        assert p.wait() == 0
        assert "Traceback" not in p.screen
    assert answers_in(db, 1) == {ADS: True, NOTE: "never"}
    with Store(db) as st:
        audit = st.audit(1)
        assert audit is not None and not audit.finished


def test_without_a_terminal_it_says_how_to_run_unattended(tmp_path, db, run):
    result = run("audit", "--db", db, "--checklists", MINI, input="", env={"LANG": "en_US.UTF-8"})
    assert result.code == 2
    assert "not a terminal" in result.err and "--answers" in result.err
    assert "Traceback" not in result.err + result.out
    assert not db.exists()  # nothing was started


def test_a_dutch_locale_speaks_dutch_from_the_first_question_to_the_resume(db):
    env = cli_env(LANG="nl_NL.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    with audit_pty(db, env=env) as p:
        p.expect("Wat is je doel?")
        p.expect("Doel (1-3, Enter = gebalanceerd)")
        p.send("privé")
        p.expect("In welke taal gebruik je Example Network?")
        p.expect("1) Nederlands  2) English (Enter = Nederlands)")
        p.send("")
        p.expect("Controle #1 gestart (Example Network; doel: privé).")
        p.expect("[Example Network — 1 van 3]")
        answer(p, "nee", ack="✓ opgeslagen")
        p.expect("? uitleg · w weet niet · s overslaan · t terug · q stoppen")
        p.expect(PROMPT)
        p.send("q")
        p.expect("Opgeslagen. Ga later verder waar je was met:")
        assert p.wait() == 0
    with audit_pty(db, env=env) as p:
        p.expect(re.compile(r"is nog niet af \(tot nu toe 1 beantwoord\)\.\s+Verdergaan waar je was\? \[J/n\]"))
        p.send("nee")
        p.expect("Controle #1 blijft als onafgemaakt in je geschiedenis staan")
        p.expect("Doel (1-3, Enter = gebalanceerd)")
        p.send("stoppen")
        assert p.wait() == 0
    with Store(db) as st:
        audit = st.audit(1)
        assert audit is not None and (audit.lang, audit.goal) == ("nl", "private")
    assert answers_in(db, 1) == {ADS: False}


def test_sigkill_in_the_middle_loses_no_acknowledged_answer(db):
    given = [("off", ADS, False), ("3", NOTE, "never"), ("Data protection officer at Example",
                                                          HEADLINE, "Data protection officer at Example")]
    with audit_pty(db, "--goal", "balanced", "--lang", "en", "--platform-lang", "en") as p:
        for reply, _, _ in given:
            answer(p, reply)
        p.expect("[Example Network — 4 of 4]")
        p.expect(PROMPT)
        assert p.kill(signal.SIGKILL) == -signal.SIGKILL

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT check_id, value FROM facts WHERE audit_id = 1 AND source = 'answer'"
                            " ORDER BY id").fetchall()
        finished = conn.execute("SELECT finished_at FROM audits WHERE id = 1").fetchone()[0]
    finally:
        conn.close()
    assert [(c, json.loads(v)) for c, v in rows] == [(c, v) for _, c, v in given]
    assert finished is None
    assert answers_in(db, 1) == {c: v for _, c, v in given}  # and the store itself opens cleanly

    with audit_pty(db) as p:
        p.expect(re.compile(r"Audit #1 of .* is unfinished \(3 answered so far\)\.\s+Resume it\?"))
        p.send("y")
        p.expect("[Example Network — 4 of 4]")
        p.expect("Freelancers list projects")
        p.expect(PROMPT)
        p.send("q")
        assert p.wait() == 0


# --- two writers on one store ------------------------------------------------------------------

def test_two_answers_file_runs_at_once_keep_both_audits(tmp_path, db):
    files = {
        "a.yaml": {ADS: "off", NOTE: "always", HEADLINE: "Privacy engineer at Example", PROJECTS: 2},
        "b.yaml": {ADS: "on", NOTE: "never", HEADLINE: "consultant", PROJECTS: 0},
    }
    procs = []
    for name, answers in files.items():
        path = tmp_path / name
        path.write_text(json.dumps({"goal": "balanced", "lang": "en", "answers": answers}), encoding="utf-8")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "auditor.cli", "audit", "example", "--new", "--answers", str(path),
             "--db", str(db), "--checklists", str(MINI)],
            env=english(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    try:
        outputs = [proc.communicate(timeout=60) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert [proc.returncode for proc in procs] == [0, 0], outputs

    with Store(db) as st:
        audits = st.audits()
        assert len(audits) == 2 and all(a.finished for a in audits)
        seen = {}
        for audit in audits:
            facts = [f for f in st.facts(audit.id) if f.source == "answer"]
            names = {f.detail.removeprefix("answers file ") for f in facts}
            assert len(names) == 1, names  # each audit holds its own file's answers
            seen[names.pop()] = {f.check_id: f.value for f in facts}
            assert len(st.findings(audit.id)) == 5
    toggle = {"on": True, "off": False}
    assert seen == {name: {k: toggle.get(v, v) if k == ADS else v for k, v in answers.items()}
                    for name, answers in files.items()}


WRITER = """
import datetime as dt, sys
from pathlib import Path
from auditor.facts import Fact
from auditor.store import Store
db, tag, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
at = dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)
with Store(db) as st:
    for i in range(n):
        st.put_fact(1, Fact(key=f"example.{tag}.k{i}", value=i, source="answer", observed_at=at))
"""


@pytest.mark.parametrize("how", ["threads", "processes"])
def test_two_stores_writing_at_once_lose_nothing(db, how):
    with Store(db) as st:
        audit_id = st.create_audit("balanced", "en", ["example"], {"example": "1"}, None,
                                   dt.datetime(2026, 11, 22, tzinfo=dt.UTC))
    assert audit_id == 1
    n = 200
    if how == "threads":
        errors: list[BaseException] = []

        def write(tag: str) -> None:
            try:
                at = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
                with Store(db) as own:
                    for i in range(n):
                        own.put_fact(1, Fact(key=f"example.{tag}.k{i}", value=i, source="answer", observed_at=at))
            except BaseException as exc:  # reported below, in the test's thread
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(tag,)) for tag in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors
    else:
        procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), tag, str(n)], env=cli_env())
                 for tag in ("a", "b")]
        try:
            assert [proc.wait(timeout=60) for proc in procs] == [0, 0]
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    with Store(db) as st:
        facts = st.facts(1)
    values = {f.key: f.value for f in facts}
    assert len(facts) == 2 * n
    assert values == {f"example.{tag}.k{i}": i for tag in ("a", "b") for i in range(n)}


def test_a_question_opens_with_the_question_and_the_goal_state_is_what_to_aim_for(store, mini):
    """Before, each question opened with the desired state ("Ads do not use your data"), as if
    the tool already knew; now the question comes first and the state is what to aim for."""
    _, _, p = drive(store, mini, ["off", "s", "s", "s"])
    first = p.lines.index("[Example Network — 1 of 4]")
    assert p.lines[first + 1].startswith("Is ") and p.lines[first + 1].endswith("?")
    assert "  What you are aiming for: Ads do not use your data." in p.lines
    assert "Ads do not use your data" not in p.lines, "the goal state is no heading of its own"


def test_enter_alone_says_what_enter_means_here(store, mini):
    _, recorded, p = drive(store, mini, ["", "off", "s", "s", "s"])
    assert recorded == [(ADS, False)]
    assert any("Enter alone has no answer to keep here" in line for line in p.lines)
