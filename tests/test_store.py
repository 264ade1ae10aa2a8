"""The audit store: created private, versioned, foreign and damaged files left untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from auditor.engine import Acceptance, Finding
from auditor.errors import StoreError
from auditor.facts import Fact
from auditor.store import APPLICATION_ID, SCHEMA_VERSION, Store

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_versioned_and_in_wal_mode(db: Path) -> None:
    with Store(db) as st:
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_facts_round_trip_and_answers_replace_each_other(db: Path) -> None:
    with Store(db) as st:
        audit = st.create_audit("balanced", "en", ["example"], {"example": "1"}, None, NOW)
        st.put_fact(audit, Fact("example.setting.ads", True, "answer", NOW, check_id="example.privacy.ads", check_revision=1))
        st.put_fact(audit, Fact("example.setting.ads", False, "answer", NOW, check_id="example.privacy.ads", check_revision=1))
        st.put_fact(audit, Fact("example.setting.ads", True, "browser", NOW, detail="https://x"))
        facts = {(f.key, f.source): f for f in st.facts(audit)}
    assert facts[("example.setting.ads", "answer")].value is False
    assert facts[("example.setting.ads", "browser")].detail == "https://x"
    assert len(facts) == 2


def test_evidence_is_newest_per_key(db: Path) -> None:
    with Store(db) as st:
        old = Fact("example.profile.headline", "Manager", "export", NOW - dt.timedelta(days=30))
        new = Fact("example.profile.headline", "Data engineer", "export", NOW)
        st.record_import([old])
        st.record_import([new])
        evidence = st.evidence(["example"])
        assert [f.value for f in evidence] == ["Data engineer"]
        assert st.evidence(["other"]) == []


def test_findings_and_acceptances_round_trip(db: Path) -> None:
    acc = Acceptance("example.privacy.ads", "I want ads", dt.date(2027, 1, 1), NOW)
    finding = Finding("example.privacy.ads", "example", 2, "privacy", "high", "gap", evidence=[
        Fact("example.setting.ads", True, "answer", NOW)], accepted=acc)
    with Store(db) as st:
        audit = st.create_audit("balanced", "en", ["example"], {}, None, NOW)
        st.save_findings(audit, [finding])
        st.accept(acc)
        assert st.findings(audit) == [finding]
        assert st.acceptances() == {"example.privacy.ads": acc}


def test_a_text_file_is_not_touched(db: Path, cli) -> None:
    db.write_text("my shopping list\n")
    before = digest(db)
    with pytest.raises(StoreError, match="not an audit store"):
        Store(db)
    result = cli("history", "--db", db, "--checklists", Path(__file__).parent / "fixtures/catalogues/mini")
    assert result.code == 2 and "not an audit store" in result.err and "Traceback" not in result.err
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists()


def test_another_programs_database_is_not_touched(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    before = digest(db)
    with pytest.raises(StoreError, match="another program"):
        Store(db)
    assert digest(db) == before


def test_a_damaged_store_is_reported_and_left_alone(db: Path) -> None:
    with Store(db) as st:
        audit = st.create_audit("balanced", "en", ["example"], {}, None, NOW)
        for i in range(300):
            st.put_fact(audit, Fact(f"example.profile.k{i}", "x" * 200, "answer", NOW))
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck a page in the middle
    db.write_bytes(bytes(data))
    before = digest(db)
    with pytest.raises(StoreError, match=r"damaged|not an audit store|another program"):
        Store(db)
    assert digest(db) == before


def test_a_newer_store_is_refused(db: Path) -> None:
    with Store(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer auditor"):
        Store(db)


def test_an_unreadable_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path)  # a directory


def test_an_unfinished_audit_is_resumed_after_an_audit_of_other_platforms(db: Path) -> None:
    """LinkedIn, quit; then X; then LinkedIn again: the LinkedIn audit is offered, not lost."""
    with Store(db) as st:
        linkedin, _ = st.claim_unfinished(["linkedin"], "balanced", "nl", {}, None, NOW)
    with Store(db) as st:
        x, _ = st.claim_unfinished(["x"], "balanced", "nl", {}, None, NOW)
        st.finish_audit(x.id, NOW)
    with Store(db) as st:
        again = st.claim_resumable(["linkedin"], NOW)
        assert again is not None and again.id == linkedin.id
    with Store(db) as st:  # once a newer LinkedIn audit is finished, the old unfinished one is not offered
        newer, _ = st.claim_unfinished(["linkedin"], "balanced", "nl", {}, None, NOW, resume=False)
        st.finish_audit(newer.id, NOW)
        assert st.claim_resumable(["linkedin"], NOW) is None


def _version_2_store(db: Path, *, with_skips: bool) -> None:
    """A store as the previous version wrote it: imports kept, skips created on first use (or not yet)."""
    from auditor.store import MIGRATIONS, SCHEMA

    conn = sqlite3.connect(db)
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    for statement in MIGRATIONS[2]:
        conn.execute(statement)
    conn.execute("INSERT INTO audits (started_at, goal, lang, platforms, catalogue) VALUES (?, 'balanced', 'nl', "
                 "'[\"example\"]', '{}')", (NOW.isoformat(),))
    conn.execute("INSERT INTO imports (kind, name, imported_at, facts) VALUES ('example', 'a.zip', ?, 1)",
                 (NOW.isoformat(),))
    if with_skips:
        conn.execute("CREATE TABLE skips (audit_id INTEGER NOT NULL REFERENCES audits(id), check_id TEXT NOT NULL,"
                     " PRIMARY KEY (audit_id, check_id))")
        conn.execute("INSERT INTO skips VALUES (1, 'example.privacy.ads')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("with_skips", [True, False])
def test_a_version_2_store_gets_its_skips_table_as_a_migration(db: Path, with_skips: bool) -> None:
    _version_2_store(db, with_skips=with_skips)
    with Store(db) as st:
        assert st.skipped(1) == ({"example.privacy.ads"} if with_skips else set())  # a skip made before is kept
        st.skip(1, "example.profile.headline")
        assert "example.profile.headline" in st.skipped(1)
        tables = {r[0] for r in st.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "imports" not in tables and "skips" in tables
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_damaged_skip_is_named_like_any_other_row(db: Path) -> None:
    with Store(db) as st:
        audit = st.create_audit("balanced", "en", ["example"], {"example": "1"}, None, NOW)
        st.skip(audit, "example.privacy.ads")
        st.conn.execute("UPDATE skips SET check_id = x'00ff'")
    with Store(db) as st, pytest.raises(StoreError, match="skips"):
        st.skipped(audit)


def test_audits_are_chosen_in_the_store_by_platform_and_state(db: Path) -> None:
    with Store(db) as st:
        first = st.create_audit("balanced", "en", ["linkedin", "x"], {}, None, NOW)
        st.finish_audit(first, NOW)
        second = st.create_audit("balanced", "en", ["facebook"], {}, None, NOW)
        st.finish_audit(second, NOW)
        third = st.create_audit("balanced", "en", ["x"], {}, None, NOW)
        assert [a.id for a in st.audits("x")] == [first, third]
        assert [a.id for a in st.audits("linkedin")] == [first]
        assert st.audits("instagram") == []
        latest_done = st.latest_audit(finished=True)
        assert latest_done is not None and latest_done.id == second
        latest_open = st.latest_audit(finished=False)
        assert latest_open is not None and latest_open.id == third
        previous = st.previous_finished(third, ["x", "instagram"])
        assert previous is not None and previous.id == first
        assert st.previous_finished(first, ["x"]) is None
        assert st.previous_finished(10**12, ["instagram"]) is None
        st.record_import([Fact("x.privacy.dm", True, "export", NOW), Fact("xing.profile.photo", True, "export", NOW)])
        assert [f.key for f in st.evidence(["x"])] == ["x.privacy.dm"]  # a prefix is a whole platform id
