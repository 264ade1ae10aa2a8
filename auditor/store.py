"""The audit store: SQLite in the user's data directory, one row per answer as it is given.

Why SQLite: every answer is committed the moment it is given, so Ctrl-C, a crash or a
SIGKILL loses nothing acknowledged; WAL lets a second process (another terminal, a
trainer's script) write at the same time without losing either's answers.

A file that is not ours (another program's database, a damaged file, a store written by a
newer auditor) is reported and never touched: all checks happen before the first write.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.engine import Acceptance, Finding
from auditor.errors import StoreError
from auditor.facts import Fact, FactValue

APPLICATION_ID = 0x41554454  # "AUDT": marks the file as an auditor store
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"

# Schema history (bump SCHEMA_VERSION and add a migration step for every change):
#   1: audits, facts, findings, acceptances, imports.
SCHEMA = """
CREATE TABLE audits (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,                 -- NULL while the wizard has not finished
    goal TEXT NOT NULL,
    lang TEXT NOT NULL,
    platforms TEXT NOT NULL,          -- JSON list of platform ids
    catalogue TEXT NOT NULL,          -- JSON {platform: checklist version}
    previous_id INTEGER REFERENCES audits(id)
);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER REFERENCES audits(id),   -- NULL: evidence from `auditor import`
    key TEXT NOT NULL,
    value TEXT NOT NULL,              -- JSON scalar
    source TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    check_id TEXT,
    check_revision INTEGER,
    carried INTEGER NOT NULL DEFAULT 0  -- 1: copied from an earlier audit, not yet confirmed
);
CREATE UNIQUE INDEX facts_per_audit ON facts(audit_id, key, source) WHERE audit_id IS NOT NULL;
CREATE INDEX facts_evidence ON facts(key, observed_at) WHERE audit_id IS NULL;
CREATE TABLE findings (
    audit_id INTEGER NOT NULL REFERENCES audits(id),
    check_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    revision INTEGER NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    evidence TEXT NOT NULL,           -- JSON list of facts
    accepted TEXT,                    -- JSON acceptance or NULL
    PRIMARY KEY (audit_id, check_id)
);
CREATE TABLE acceptances (
    check_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    until TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    exported_at TEXT,
    imported_at TEXT NOT NULL,
    facts INTEGER NOT NULL
);
"""


_INSERT_FACT = (
    "INSERT INTO facts (audit_id, key, value, source, observed_at, detail, check_id, check_revision, carried)"
    " VALUES (?,?,?,?,?,?,?,?,?)"
)


@dataclass(frozen=True)
class AuditRow:
    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    goal: str
    lang: str
    platforms: list[str]
    catalogue: dict[str, str]
    previous_id: int | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


def default_db_path() -> Path:
    env = os.environ.get("AUDITOR_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("auditor", appauthor=False)) / "audits.sqlite3"


def _check_existing_file(path: Path) -> None:
    """Refuse anything that is not an empty file or an SQLite file, before opening it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path}: the audit store cannot be read: {exc.strerror or exc}") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(
            f"{path}: this is not an audit store (not an SQLite database). It was left untouched.",
            hint="Point --db (or AUDITOR_DB) at another file, or move this one away.",
        )


class Store:
    """One open audit store. Use as a context manager, or call close()."""

    def __init__(self, path: Path):
        self.path = path
        try:
            existed = path.exists() and path.stat().st_size > 0
            if existed:
                _check_existing_file(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise StoreError(f"{path}: the audit store cannot be opened or created there ({reason}).",
                             hint="Choose another file with --db PATH (or AUDITOR_DB).") from None
        self.conn.row_factory = sqlite3.Row
        try:
            if existed:
                self._check_ours()
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self._use_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(
                f"{path}: the audit store is damaged ({exc}). It was left untouched.",
                hint="Keep it for inspection and start a new one with --db NEW_FILE.",
            ) from None
        except StoreError:
            self.conn.close()
            raise
        if not existed:
            os.chmod(path, 0o600)

    def _use_wal(self) -> None:
        """Switch to WAL (persistent). Two processes creating the store at once can get
        "database is locked" here without the busy timeout applying: retry briefly."""
        for attempt in range(100):
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.02)

    def _check_ours(self) -> None:
        # one read transaction: another process may be creating the schema right now
        self.conn.execute("BEGIN")
        try:
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            self.conn.execute("COMMIT")
        if app_id != APPLICATION_ID and tables:
            raise StoreError(
                f"{self.path}: this SQLite database belongs to another program. It was left untouched.",
                hint="Point --db (or AUDITOR_DB) at another file.",
            )
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer auditor (store version {version}, "
                f"this one reads up to {SCHEMA_VERSION}).",
                hint="Upgrade auditor: pipx upgrade social-auditor (or uv tool upgrade social-auditor).",
            )
        check = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(check)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        with self.transaction():
            # read again under the write lock: another process may have just created it
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                return
            if version == 0:
                # statement by statement: executescript() would commit our transaction
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            # future: if version == 1: ALTER TABLE …
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- audits ---------------------------------------------------------------------------

    def create_audit(self, goal: str, lang: str, platforms: Sequence[str], catalogue: dict[str, str],
                     previous_id: int | None, started_at: dt.datetime) -> int:
        cur = self.conn.execute(
            "INSERT INTO audits (started_at, goal, lang, platforms, catalogue, previous_id) VALUES (?,?,?,?,?,?)",
            (started_at.isoformat(), goal, lang, json.dumps(list(platforms)), json.dumps(catalogue), previous_id),
        )
        return int(cur.lastrowid or 0)

    def audit(self, audit_id: int) -> AuditRow | None:
        row = self.conn.execute("SELECT * FROM audits WHERE id = ?", (audit_id,)).fetchone()
        return _audit_row(row) if row else None

    def audits(self, platform: str | None = None) -> list[AuditRow]:
        rows = [_audit_row(r) for r in self.conn.execute("SELECT * FROM audits ORDER BY id")]
        return [a for a in rows if platform is None or platform in a.platforms]

    def latest_audit(self, *, finished: bool | None = None) -> AuditRow | None:
        rows = self.audits()
        if finished is not None:
            rows = [a for a in rows if a.finished == finished]
        return rows[-1] if rows else None

    def previous_finished(self, before_id: int, platforms: Sequence[str]) -> AuditRow | None:
        """The newest finished audit before this one that covered any of these platforms."""
        for row in reversed(self.audits()):
            if row.id < before_id and row.finished and set(row.platforms) & set(platforms):
                return row
        return None

    def finish_audit(self, audit_id: int, finished_at: dt.datetime) -> None:
        self.conn.execute("UPDATE audits SET finished_at = ? WHERE id = ?", (finished_at.isoformat(), audit_id))

    def set_goal(self, audit_id: int, goal: str, lang: str) -> None:
        self.conn.execute("UPDATE audits SET goal = ?, lang = ? WHERE id = ?", (goal, lang, audit_id))

    # --- facts ----------------------------------------------------------------------------

    def put_fact(self, audit_id: int | None, fact: Fact, *, carried: bool = False) -> None:
        """Record one fact; committed at once (autocommit), so a kill right after loses nothing."""
        params = (
            audit_id, fact.key, json.dumps(fact.value), fact.source, fact.observed_at.isoformat(),
            fact.detail, fact.check_id, fact.check_revision, int(carried),
        )
        if audit_id is None:  # imported evidence accumulates; the newest is used
            self.conn.execute(_INSERT_FACT, params)
            return
        self.conn.execute(
            _INSERT_FACT +
            " ON CONFLICT (audit_id, key, source) WHERE audit_id IS NOT NULL DO UPDATE SET"
            " value = excluded.value, observed_at = excluded.observed_at, detail = excluded.detail,"
            " check_id = excluded.check_id, check_revision = excluded.check_revision, carried = excluded.carried",
            params,
        )

    def put_facts(self, audit_id: int | None, facts: Sequence[Fact]) -> None:
        with self.transaction():
            for fact in facts:
                self.put_fact(audit_id, fact)

    def facts(self, audit_id: int) -> list[Fact]:
        rows = self.conn.execute("SELECT * FROM facts WHERE audit_id = ? ORDER BY id", (audit_id,))
        return [_fact(r) for r in rows]

    def carried_keys(self, audit_id: int) -> set[tuple[str, str]]:
        rows = self.conn.execute("SELECT key, source FROM facts WHERE audit_id = ? AND carried = 1", (audit_id,))
        return {(r["key"], r["source"]) for r in rows}

    def evidence(self, prefixes: Sequence[str]) -> list[Fact]:
        """Imported evidence (not tied to an audit), newest per key and source, for these platforms."""
        rows = self.conn.execute(
            "SELECT * FROM facts WHERE audit_id IS NULL ORDER BY observed_at, id"
        ).fetchall()
        latest: dict[tuple[str, str], Fact] = {}
        for row in rows:
            if any(row["key"].startswith(p + ".") for p in prefixes):
                latest[(row["key"], row["source"])] = _fact(row)
        return list(latest.values())

    def record_import(self, kind: str, name: str, exported_at: dt.datetime | None, facts: Sequence[Fact],
                      imported_at: dt.datetime) -> int:
        with self.transaction():
            for fact in facts:
                self.put_fact(None, fact)
            cur = self.conn.execute(
                "INSERT INTO imports (kind, name, exported_at, imported_at, facts) VALUES (?,?,?,?,?)",
                (kind, name, exported_at.isoformat() if exported_at else None, imported_at.isoformat(), len(facts)),
            )
        return int(cur.lastrowid or 0)

    # --- findings -------------------------------------------------------------------------

    def save_findings(self, audit_id: int, findings: Sequence[Finding]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM findings WHERE audit_id = ?", (audit_id,))
            self.conn.executemany(
                "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (audit_id, f.check_id, f.platform, f.revision, f.category, f.severity, f.status, f.reason,
                     f.detail, json.dumps([_fact_json(e) for e in f.evidence]),
                     json.dumps(_acceptance_json(f.accepted)) if f.accepted else None)
                    for f in findings
                ],
            )

    def findings(self, audit_id: int) -> list[Finding]:
        rows = self.conn.execute("SELECT * FROM findings WHERE audit_id = ? ORDER BY check_id", (audit_id,))
        return [
            Finding(
                check_id=r["check_id"], platform=r["platform"], revision=r["revision"], category=r["category"],
                severity=r["severity"], status=r["status"], reason=r["reason"], detail=r["detail"],
                evidence=[_fact_from_json(e) for e in json.loads(r["evidence"])],
                accepted=_acceptance_from_json(json.loads(r["accepted"])) if r["accepted"] else None,
            )
            for r in rows
        ]

    # --- accepted risks -------------------------------------------------------------------

    def accept(self, acceptance: Acceptance) -> None:
        self.conn.execute(
            "INSERT INTO acceptances VALUES (?,?,?,?) ON CONFLICT (check_id) DO UPDATE SET"
            " reason = excluded.reason, until = excluded.until, created_at = excluded.created_at",
            (acceptance.check_id, acceptance.reason, acceptance.until.isoformat() if acceptance.until else None,
             acceptance.created_at.isoformat()),
        )

    def withdraw(self, check_id: str) -> bool:
        """Remove an acceptance; whether there was one."""
        return self.conn.execute("DELETE FROM acceptances WHERE check_id = ?", (check_id,)).rowcount > 0

    def acceptances(self) -> dict[str, Acceptance]:
        rows = self.conn.execute("SELECT * FROM acceptances")
        return {r["check_id"]: _acceptance_from_json(dict(r)) for r in rows}

    # --- skipped questions (issue 11: the interview saves a skip) ------------------------
    # A small table of its own, created on first use, so that the schema version and the
    # facts table stay as they are; a skip is not a fact and never reaches the engine.

    def _skips_table(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS skips (audit_id INTEGER NOT NULL REFERENCES audits(id),"
                          " check_id TEXT NOT NULL, PRIMARY KEY (audit_id, check_id))")

    def skip(self, audit_id: int, check_id: str) -> None:
        """Remember that the person skipped this question in this audit."""
        self._skips_table()
        self.conn.execute("INSERT OR IGNORE INTO skips VALUES (?, ?)", (audit_id, check_id))

    def unskip(self, audit_id: int, check_id: str) -> None:
        """An answer given after all replaces the skip."""
        self._skips_table()
        self.conn.execute("DELETE FROM skips WHERE audit_id = ? AND check_id = ?", (audit_id, check_id))

    def skipped(self, audit_id: int) -> set[str]:
        exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'skips'").fetchone()
        if not exists:
            return set()
        rows = self.conn.execute("SELECT check_id FROM skips WHERE audit_id = ?", (audit_id,))
        return {r["check_id"] for r in rows}


def _audit_row(row: sqlite3.Row) -> AuditRow:
    return AuditRow(
        id=row["id"],
        started_at=dt.datetime.fromisoformat(row["started_at"]),
        finished_at=dt.datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None,
        goal=row["goal"], lang=row["lang"], platforms=json.loads(row["platforms"]),
        catalogue=json.loads(row["catalogue"]), previous_id=row["previous_id"],
    )


def _fact(row: sqlite3.Row) -> Fact:
    value: FactValue = json.loads(row["value"])
    return Fact(
        key=row["key"], value=value, source=row["source"],
        observed_at=dt.datetime.fromisoformat(row["observed_at"]), detail=row["detail"],
        check_id=row["check_id"], check_revision=row["check_revision"],
    )


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {"key": fact.key, "value": fact.value, "source": fact.source, "observed_at": fact.observed_at.isoformat(),
            "detail": fact.detail, "check_id": fact.check_id, "check_revision": fact.check_revision}


def _fact_from_json(data: dict[str, Any]) -> Fact:
    return Fact(key=data["key"], value=data["value"], source=data["source"],
                observed_at=dt.datetime.fromisoformat(data["observed_at"]), detail=data.get("detail", ""),
                check_id=data.get("check_id"), check_revision=data.get("check_revision"))


def _acceptance_json(acc: Acceptance) -> dict[str, Any]:
    return {"check_id": acc.check_id, "reason": acc.reason, "until": acc.until.isoformat() if acc.until else None,
            "created_at": acc.created_at.isoformat()}


def _acceptance_from_json(data: dict[str, Any]) -> Acceptance:
    return Acceptance(check_id=data["check_id"], reason=data["reason"],
                      until=dt.date.fromisoformat(data["until"]) if data.get("until") else None,
                      created_at=dt.datetime.fromisoformat(data["created_at"]))
