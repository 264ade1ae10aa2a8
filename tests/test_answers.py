"""``auditor audit --answers FILE``: every mistake in the file gets one precise message
(file:line and what was expected) and exit 2, before anything is written; old answer sets keep
loading (removed checks, renamed ids); an exported answer set reproduces its audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.store import Store
from tests.conftest import MINI, run_cli

ADS, NOTE, HEADLINE, PROJECTS = (
    "example.privacy.ads", "example.networking.invitations",
    "example.profile.headline", "example.profile.projects",
)


RUN = run_cli  # replaced by the in-process runner for every test (see _in_process)


@pytest.fixture(autouse=True)
def _in_process(run):
    global RUN
    RUN = run
    yield
    RUN = run_cli


def audit(path: Path, db: Path, *extra: str | Path, checklists: Path = MINI):
    return RUN("audit", "--answers", path, "--db", db, "--checklists", checklists, *extra)


def write(tmp_path: Path, text: str, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def answers_in(db: Path) -> dict[str, object]:
    with Store(db) as st:
        latest = st.latest_audit()
        assert latest is not None
        return {f.check_id: f.value for f in st.facts(latest.id) if f.source == "answer"}


BAD = {
    "unknown check id": (
        "goal: balanced\nanswers:\n  example.privacy.ads: off\n  example.privacy.nope: on\n",
        ":4: unknown check id 'example.privacy.nope'"),
    "impossible toggle value": (
        "answers:\n  example.privacy.ads: maybe\n",
        ":2: 'maybe' is not an answer to example.privacy.ads; expected on, off (yes, no) or unsure"),
    "choice id not listed": (
        "answers:\n  example.privacy.ads: off\n  example.networking.invitations: sometimes\n",
        ":3: 'sometimes' is not an answer to example.networking.invitations; "
        "expected always, mostly, never (or their number, 1 to 3) or unsure"),
    "not a number": (
        "answers:\n  example.profile.projects: many\n",
        ":2: 'many' is not an answer to example.profile.projects; expected a whole number (0 or more) or unsure"),
    "bad goal": (
        "lang: en\ngoal: loud\nanswers: {}\n",
        ":2: goal 'loud' is not one of visible, balanced, private"),
    "bad lang": (
        "goal: private\nlang: de\nanswers: {}\n",
        ":2: lang 'de' is not one of en, nl"),
    "unknown field": (
        "goal: private\nanwsers: {}\n",
        ":2: unknown field 'anwsers'; expected goal, lang, platform_lang and answers"),
    "answers not a mapping": (
        "goal: private\nanswers:\n  - example.privacy.ads\n",
        ":2: 'answers' must be a mapping of check id to value"),
    "not a mapping": (
        "- example.privacy.ads: off\n",
        ":1: expected a mapping like {goal: balanced, lang: en, answers: {CHECK_ID: VALUE}}"),
    "empty file": (
        "",
        ":1: expected a mapping like {goal: balanced, lang: en, answers: {CHECK_ID: VALUE}}"),
    "invalid YAML": (
        "goal: balanced\nanswers:\n  example.privacy.ads: [off\n",
        ":4: not valid YAML or JSON"),
    "a key twice": (
        "answers:\n  example.privacy.ads: off\n  example.privacy.ads: on\n",
        ":3: the key 'example.privacy.ads' appears twice"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_answers_file_is_one_precise_message_and_exit_2(tmp_path, db, case):
    text, message = BAD[case]
    path = write(tmp_path, text)
    result = audit(path, db)
    assert result.code == 2, result.out
    assert f"{path}{message}" in result.err
    assert result.err.startswith("auditor: ")
    assert "Traceback" not in result.err + result.out
    assert not db.exists()  # checked before the store is opened: nothing half-written


def test_every_problem_is_listed_not_only_the_first(tmp_path, db):
    path = write(tmp_path, "goal: loud\nanswers:\n  example.privacy.ads: maybe\n  example.privacy.nope: on\n")
    result = audit(path, db)
    assert result.code == 2
    assert f"{path}: 3 problems in this answers file:" in result.err
    for line in (":1: goal 'loud'", ":3: 'maybe' is not an answer", ":4: unknown check id"):
        assert f"{path}{line}" in result.err


def test_a_missing_file(tmp_path, db):
    missing = tmp_path / "nowhere.yaml"
    result = audit(missing, db)
    assert result.code == 2
    assert result.err.strip() == f"auditor: {missing}: no such answers file"
    assert not db.exists()


def test_a_file_that_is_not_text(tmp_path, db):
    path = tmp_path / "answers.yaml"
    path.write_bytes(b"\xff\xfe\x00answers")
    result = audit(path, db)
    assert result.code == 2
    assert f"{path}: cannot be read as a UTF-8 text file" in result.err
    assert "Traceback" not in result.err


def test_json_with_a_syntax_error(tmp_path, db):
    path = write(tmp_path, '{"goal": "balanced",\n "answers": {\n  "example.privacy.ads": "off"\n'
                           '  "example.profile.headline": "x"\n }\n}\n', name="answers.json")
    result = audit(path, db)
    assert result.code == 2
    assert f"{path}:4: not valid YAML or JSON" in result.err
    assert "Traceback" not in result.err


def test_json_with_a_wrong_value_names_its_line(tmp_path, db):
    path = write(tmp_path, '{"goal": "balanced",\n "answers": {\n  "example.privacy.ads": "off",\n'
                           '  "example.networking.invitations": "weekly"\n }\n}\n', name="answers.json")
    result = audit(path, db)
    assert result.code == 2
    assert f"{path}:4: 'weekly' is not an answer to example.networking.invitations" in result.err


def test_a_good_json_file(tmp_path, db):
    answers = {ADS: "off", NOTE: "mostly", HEADLINE: "Privacy engineer at Example", PROJECTS: 2}
    path = write(tmp_path, json.dumps({"goal": "balanced", "lang": "en", "answers": answers}), "a.json")
    result = audit(path, db)
    assert result.code == 0, result.err
    assert answers_in(db) == {**answers, ADS: False}


def test_an_answer_to_a_removed_setting_is_a_notice_and_ignored(tmp_path, db):
    path = write(tmp_path, "answers:\n  example.privacy.ads: off\n  example.privacy.face-recognition: on\n")
    result = audit(path, db)
    assert result.code == 0, result.err
    assert (f"notice: {path}:3: 'example.privacy.face-recognition' is a setting the platform removed"
            in result.err)
    assert "answer ignored" in result.err
    assert answers_in(db) == {ADS: False}


@pytest.mark.parametrize(("written", "value"), [
    ("off", False), ("on", True), ("'off'", False), ('"on"', True), ("OFF", False), ("uit", False),
    ("aan", True), ("unsure", "unsure"), ("not sure", "unsure"),
])
def test_toggle_words_bare_or_quoted(tmp_path, db, written, value):
    path = write(tmp_path, f"answers:\n  example.privacy.ads: {written}\n")
    result = audit(path, db)
    assert result.code == 0, result.err
    assert answers_in(db) == {ADS: value}


def test_a_renamed_check_is_answered_through_its_alias(tmp_path, db, mini_catalogue):
    checklist = mini_catalogue / "example.yaml"
    text = checklist.read_text(encoding="utf-8")
    anchor = "  - id: example.privacy.ads\n"
    assert anchor in text
    checklist.write_text(text.replace(anchor, anchor + "    aliases: [example.privacy.old-ads]\n"),
                         encoding="utf-8")
    path = write(tmp_path, "answers:\n  example.privacy.old-ads: off\n")
    result = audit(path, db, checklists=mini_catalogue)
    assert result.code == 0, result.err
    with Store(db) as st:
        (fact,) = [f for f in st.facts(1) if f.source == "answer"]
    assert (fact.check_id, fact.key, fact.value) == (ADS, "example.setting.ads", False)
    assert "as example.privacy.old-ads" in fact.detail
    report = RUN("report", "--format", "json", "--out", "-", "--db", db, "--checklists", mini_catalogue)
    findings = {f["check"]: f for p in json.loads(report.out)["platforms"] for f in p["findings"]}
    assert findings[ADS]["status"] == "pass"


def findings_of(db: Path) -> dict[str, tuple[str, list[str]]]:
    result = RUN("report", "--format", "json", "--out", "-", "--db", db, "--checklists", MINI)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    return {f["check"]: (f["status"], [e["value"] for e in f["evidence"]])
            for p in report["platforms"] for f in p["findings"]}


def test_an_exported_answer_set_reproduces_the_same_findings(tmp_path):
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    original = write(tmp_path, (
        "goal: visible\nlang: nl\nanswers:\n"
        "  example.privacy.ads: on\n"
        "  example.networking.invitations: unsure\n"
        "  example.profile.headline: 'Privacy engineer: \"data\" & ethics # not a comment'\n"
        "  example.profile.projects: 1\n"))
    assert audit(original, first).code == 0

    exported = RUN("history", "--export", "1", "--db", first, "--checklists", MINI)
    assert exported.code == 0, exported.err
    again = write(tmp_path, exported.out, name="exported.yaml")
    result = audit(again, second)
    assert result.code == 0, result.err

    assert findings_of(second) == findings_of(first)
    assert answers_in(second) == answers_in(first) == {
        ADS: True, NOTE: "unsure", HEADLINE: 'Privacy engineer: "data" & ethics # not a comment',
        PROJECTS: 1}
    with Store(first) as a, Store(second) as b:
        one, two = a.audit(1), b.audit(1)
        assert one is not None and two is not None
        assert (one.goal, one.lang) == (two.goal, two.lang) == ("visible", "nl")


def test_an_empty_answers_section_is_valid_and_the_audit_holds_what_evidence_settled(tmp_path, db):
    from auditor.facts import Fact, now

    with Store(db) as st:
        st.record_import([Fact("example.profile.headline", "Structural engineer for bridges", "export", now())])
    path = write(tmp_path, "goal: balanced\nanswers:\n")
    result = audit(path, db)
    assert result.code == 0, result.err
    assert "holds no answers" in result.out and "Recorded" not in result.out
    assert findings_of(db)[HEADLINE][0] == "pass"


def test_a_number_out_of_range_names_the_range(tmp_path, db, mini_catalogue):
    checklist = mini_catalogue / "example.yaml"
    checklist.write_text(checklist.read_text(encoding="utf-8").replace(
        "      kind: number\n", "      kind: number\n      maximum: 7\n"), encoding="utf-8")
    path = write(tmp_path, "answers:\n  example.profile.projects: 9\n")
    result = audit(path, db, checklists=mini_catalogue)
    assert result.code == 2
    assert f"{path}:2: 9 is outside the range: answer a whole number from 0 to 7." in result.err


def test_goals_may_be_written_by_their_dutch_name(tmp_path, db):
    path = write(tmp_path, "goal: privé\nanswers:\n  example.privacy.ads: uit\n")
    assert audit(path, db).code == 0
    with Store(db) as st:
        latest = st.latest_audit()
        assert latest is not None and latest.goal == "private"


def test_exporting_a_missing_audit_is_an_error_on_stderr(tmp_path, db):
    result = RUN("history", "--export", "99", "--db", db, "--checklists", MINI)
    assert (result.code, result.out) == (2, "")
    assert "no audit #99" in result.err
    assert audit(write(tmp_path, "answers:\n  example.privacy.ads: off\n"), db).code == 0
    result = RUN("history", "--export", "99", "--db", db, "--checklists", MINI)
    assert (result.code, result.out) == (2, "") and "There is no audit #99." in result.err


def test_a_confirmed_export_value_is_exported_as_a_valid_answer_and_read_back_unchanged(tmp_path):
    """An export's count (3 uploaded contacts) confirmed in the interview is exported as the
    answer it stands for ("yes"), which --answers reads back to the same findings."""
    from auditor.catalogue.loader import load_catalogue
    from auditor.facts import Fact, now
    from auditor.interview import Interview

    cat = load_catalogue()
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    with Store(first) as st:
        st.record_import([Fact("linkedin.privacy.imported_contacts", 3, "export", now())])
        iv = Interview.begin(st, cat, ["linkedin"], goal="balanced", lang="en", now=now())
        iv.start_review()
        assert iv.answer("").ok
        iv.finish()
    exported = RUN("history", "--export", "1", "--db", first)
    assert exported.code == 0, exported.err
    assert "linkedin.privacy.contact-import: 'yes'" in exported.out
    again = write(tmp_path, exported.out, name="exported.yaml")
    assert RUN("audit", "--answers", again, "--db", second).code == 0
    exported_again = RUN("history", "--export", "1", "--db", second)
    assert exported_again.out == exported.out
