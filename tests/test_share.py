"""``auditor share``: an anonymous summary of one finished audit, and nothing more.

The privacy test builds audits full of personal text (a headline, a custom URL, a LinkedIn
export with names and e-mail addresses) over the bundled catalogue and proves that none of
it reaches a share file or the trainer's overview built from it.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from auditor import share as shares
from auditor import workshop_json as workshop
from auditor.errors import AuditorError
from auditor.share import describe, read_share
from tests import exportgen
from tests.conftest import MINI
from tests.share_support import SHARE_SCHEMA, WORKSHOP_SCHEMA, audit, load, run, share, validate

ANSWERS = {
    "example.privacy.ads": "on",                                  # gap (high)
    "example.networking.invitations": "always",                   # pass
    "example.profile.headline": "Data engineer at Example Bakery Utrecht",  # pass, personal text
    "example.profile.projects": "unsure",                         # unknown
}


def test_a_share_holds_only_outcomes_and_the_audits_frame(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = share(tmp_path, "sam", ANSWERS, lang="nl")
    out = capsys.readouterr().out
    said = out.index(describe("nl"))
    assert said < out.index("is opgeslagen"), "the person is told what is in the file before it is written"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = load(path)
    validate(data, SHARE_SCHEMA)
    assert set(data) == {"schema", "share_id", "day", "goal", "lang", "platforms", "catalogue", "checks"}
    assert data["schema"] == "auditor.share/1"
    assert data["goal"] == "balanced" and data["lang"] == "nl" and data["platforms"] == ["example"]
    assert data["catalogue"] == {"example": "2026.01.01"}
    assert len(data["day"]) == 10  # a day, no time
    checks = {c["check"]: c for c in data["checks"]}
    assert checks["example.privacy.ads"] == {"check": "example.privacy.ads", "revision": 1, "status": "gap",
                                             "severity": "high"}
    assert checks["example.networking.invitations"]["status"] == "pass"
    assert checks["example.profile.projects"]["status"] == "unknown"
    assert checks["example.privacy.face-recognition"]["status"] == "retired"
    assert "Bakery" not in path.read_text(encoding="utf-8")


def test_each_share_gets_its_own_random_id(tmp_path: Path) -> None:
    db = audit(tmp_path, "sam", ANSWERS)
    ids = set()
    for n in range(3):
        out = tmp_path / f"s{n}.json"
        assert run("share", "--out", out, "--db", db, "--checklists", MINI) == 0
        ids.add(load(out)["share_id"])
    assert len(ids) == 3


def test_the_sentence_says_what_is_in_the_file_in_both_languages() -> None:
    assert "no" in describe("en") and "answers" in describe("en")
    assert "geen antwoorden" in describe("nl")


def test_an_unfinished_or_missing_audit_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = audit(tmp_path, "sam", ANSWERS)
    assert run("share", "--audit", "7", "--out", tmp_path / "s.json", "--db", db, "--checklists", MINI) == 2
    assert "#7" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()
    empty = tmp_path / "none.sqlite3"
    from auditor.store import Store

    Store(empty).close()
    assert run("share", "--out", tmp_path / "s.json", "--db", empty, "--lang", "nl", "--checklists", MINI) == 2
    assert "nog geen afgeronde controle" in capsys.readouterr().err


def test_writing_to_a_directory_is_refused_with_a_message(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = audit(tmp_path, "sam", ANSWERS)
    assert run("share", "--out", tmp_path, "--db", db, "--checklists", MINI) == 2
    assert "cannot write" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.tmp"))


def test_committed_schemas_are_the_generated_ones() -> None:
    assert json.loads(SHARE_SCHEMA.read_text(encoding="utf-8")) == shares.json_schema()
    assert json.loads(WORKSHOP_SCHEMA.read_text(encoding="utf-8")) == workshop.json_schema()


def test_a_hand_edited_share_with_personal_text_is_refused(tmp_path: Path) -> None:
    path = share(tmp_path, "sam", ANSWERS)
    data = load(path)
    data["headline"] = "Sam Example, privacy engineer"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AuditorError) as caught:
        read_share(path)
    assert str(path) in caught.value.render() and "headline" in caught.value.render()


# --- privacy by construction ------------------------------------------------------------------

HEADLINE = "Zorgverlener bij Huisartsenpraktijk De Linde in Amersfoort, mama van Fleur en Daan"
CUSTOM_URL = "https://www.linkedin.com/in/marieke-van-der-berg-amersfoort/"
BIO = "Marieke van der Berg, Amersfoort. Bel me: 06-12345678"


def _personal_texts(export: exportgen.LinkedIn) -> list[str]:
    return [HEADLINE, "Amersfoort", "marieke", "Marieke", "Fleur", CUSTOM_URL, "06-12345678",
            "Sam", "Example", "Person1", "Person0", "example.test", "Utrecht", export.headline,
            "Privacy engineer", "Company 1", "meetup", "https://"]


def test_no_personal_text_reaches_a_share_or_the_overview(tmp_path: Path) -> None:
    export = exportgen.LinkedIn(connections=40)
    zipped = exportgen.write_export(tmp_path / exportgen.linkedin_name(), export.files())
    db = tmp_path / "marieke.sqlite3"
    assert run("import", zipped, "--db", db) == 0
    answers = {"linkedin.profile.headline": HEADLINE, "linkedin.profile.custom-url": CUSTOM_URL,
               "x.profile.bio": BIO, "linkedin.security.two-step": "off"}
    audit(tmp_path, "marieke", answers, catalogue=Path(shares.__file__).parent.parent / "checklists", db=db)
    with sqlite3.connect(db) as conn:  # the store does hold the personal text ...
        stored = " ".join(str(v) for (v,) in conn.execute("SELECT value FROM facts"))
    assert HEADLINE in stored and CUSTOM_URL in stored and export.headline in stored
    out = tmp_path / "share.json"
    assert run("share", "--out", out, "--db", db) == 0  # ... and none of it leaves in a share
    text = out.read_text(encoding="utf-8")
    data = load(out)
    assert len(data["checks"]) > 40
    overview_html = tmp_path / "workshop.html"
    overview_json = tmp_path / "workshop.json"
    assert run("workshop", out, "--out", overview_html) == 0
    assert run("workshop", out, "--format", "json", "--out", overview_json) == 0
    for where, content in (("share", text), ("overview", overview_html.read_text(encoding="utf-8")),
                           ("json overview", overview_json.read_text(encoding="utf-8"))):
        for personal in _personal_texts(export):
            assert personal not in content, f"{personal!r} reached the {where}"
    counted = {k: v for k, v in data.items() if k != "share_id"}  # a random id may hold "40" by chance
    assert "40" not in json.dumps(counted), "no count from the export (40 connections) reaches the share"
