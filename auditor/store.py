"""The audit store: SQLite in the user's data directory, one row per answer as it is given.

Why SQLite: every answer is committed the moment it is given, so Ctrl-C, a crash or a
SIGKILL loses nothing acknowledged; WAL lets a second process (another terminal, a
trainer's script) write at the same time without losing either's answers.

A file that is not ours (another program's database, a damaged file, a store written by a
newer auditor) is reported and never touched: all checks happen before the first write.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from auditor.engine import Acceptance, Finding
from auditor.errors import StoreError
from auditor.facts import Fact, FactValue
from auditor.inputs import os_reason
from auditor.output import process_alive
from auditor.strings import t

APPLICATION_ID = 0x41554454  # "AUDT": marks the file as an auditor store
SCHEMA_VERSION = 4
BUSY_TIMEOUT_S = 10  # how long a write waits for another auditor's write before saying so
MAX_ROW_ID = 2**63 - 1  # SQLite's integer range: a larger audit id names no audit
FOREIGN_HOLD_HOURS = 12  # a claim by a process on another machine (shared folder) expires after this

# Schema history (bump SCHEMA_VERSION and add a migration step for every change):
#   1: audits, facts, findings, acceptances, imports.
#   2: audits.holder / audits.held_at: which running auditor is working on an unfinished audit,
#      so two processes never both resume (and overwrite) the same one.
#   3: skips (the questions a person skipped in an audit; a skip is not a fact and never reaches
#      the engine), until now created on first use; imports dropped: it was written, never read
#      (the evidence itself is in facts, with no audit).
#   4: audits.platform_lang: the language the person uses each platform in (JSON {platform: en|nl};
#      a platform not named uses the audit's language), so screen words match their screen.
MIGRATIONS = {
    2: ("ALTER TABLE audits ADD COLUMN holder TEXT", "ALTER TABLE audits ADD COLUMN held_at TEXT"),
    3: ("CREATE TABLE IF NOT EXISTS skips (audit_id INTEGER NOT NULL REFERENCES audits(id),"
        " check_id TEXT NOT NULL, PRIMARY KEY (audit_id, check_id))",
        "DROP TABLE IF EXISTS imports"),
    4: ("ALTER TABLE audits ADD COLUMN platform_lang TEXT NOT NULL DEFAULT '{}'",),
}
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


# An audit covers one of the platforms in the JSON list bound to it; a row whose platforms are
# not valid JSON is kept in, so that reading it names the damage (table, row, column).
_COVERS = ("(NOT json_valid(platforms) OR EXISTS (SELECT 1 FROM json_each(platforms) AS p"
           " WHERE p.value IN (SELECT value FROM json_each(?))))")

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
    platform_langs: dict[str, str] = field(default_factory=dict)  # {platform: en|nl}, as the person said

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def platform_lang(self, platform: str) -> str:
        """The language of the person's screen of ``platform``: as they said, else the audit's."""
        chosen = self.platform_langs.get(platform)
        return chosen if chosen in ("en", "nl") else self.lang


def default_db_path() -> Path:
    env = os.environ.get("AUDITOR_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("auditor", appauthor=False)) / "audits.sqlite3"


def _check_existing_file(path: Path) -> None:
    """Refuse anything that is not a regular file, before SQLite opens it (a pipe would block
    for ever; a device is never a store).

    The file itself is never opened here: under POSIX advisory locks, closing *any* descriptor
    of a file drops *all* of this process's SQLite locks on it, and another connection (the
    page's server keeps one open) would then think the store unused, checkpoint it and delete
    its write-ahead log under us. Whether it is an SQLite file at all is asked of SQLite
    (``_check_header``), which shares its locks between its own connections safely.
    """
    from auditor.inputs import file_kind

    try:
        kind = file_kind(path.stat().st_mode)
    except OSError:
        kind = None
    if kind is not None:
        raise StoreError(t("errors.input.not_regular", path=path, kind=kind), hint=t("errors.store.other_file.hint"))
    if not os.access(path, os.R_OK):
        reason = os_reason(PermissionError(errno.EACCES, os.strerror(errno.EACCES)))
        raise StoreError(t("errors.store.unreadable", path=path, reason=reason))


# --- turning SQLite's failures into what they are ----------------------------------------

_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class _BadRow(Exception):
    """A stored value that is not what this auditor wrote: reported as damage, never crashed on."""

    def __init__(self, table: str, row: object, column: str, given: object, expected: str):
        """``expected``: text, number, moment or json (a key of the string table)."""
        super().__init__(table, row, column)
        self.table, self.row, self.column, self.given, self.expected = table, row, column, given, expected


def _on_read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def _disk_full(path: Path) -> bool:
    """SQLite reports some writes on a full disk as an I/O error (the shared-memory file)."""
    try:
        info = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 256 * 1024


def store_error(path: Path, exc: BaseException) -> StoreError:
    """One message per kind of failure: busy, read-only, full, damaged, or the disk itself.

    Only real damage may suggest another file; a locked, read-only or full store holds
    intact data and the person is told exactly that.
    """
    if isinstance(exc, _BadRow):
        given = repr(exc.given)
        given = given if len(given) <= 80 else given[:77] + "…"
        expected = t(f"errors.store.expect.{exc.expected}")
        return StoreError(t("errors.store.row", path=path, table=exc.table, row=exc.row, column=exc.column,
                            given=given, expected=expected), hint=t("errors.store.damaged.hint"))
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (_BUSY, _LOCKED) or "database is locked" in text:
        return StoreError(t("errors.store.busy", path=path, seconds=BUSY_TIMEOUT_S), hint=t("errors.store.busy.hint"))
    if primary == _READONLY or "readonly" in text or (primary in (_CANTOPEN, _IOERR) and _on_read_only_disk(path)):
        return StoreError(t("errors.store.readonly", path=path), hint=t("errors.store.readonly.hint"))
    if primary == _FULL or "database or disk is full" in text or (primary == _IOERR and _disk_full(path)):
        return StoreError(t("errors.store.full", path=path), hint=t("errors.store.full.hint"))
    if primary in (_CORRUPT, _NOTADB) or any(w in text for w in ("malformed", "not a database", "no such")):
        return StoreError(t("errors.store.damaged", path=path, reason=str(exc)), hint=t("errors.store.damaged.hint"))
    return StoreError(t("errors.store.io", path=path, reason=str(exc)), hint=t("errors.store.io.hint"))


P = ParamSpec("P")
R = TypeVar("R")


def _guarded(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Every store operation reports SQLite failures and damaged rows as a StoreError."""

    @functools.wraps(method)
    def wrapper(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, _BadRow) as exc:
            raise store_error(self.path, exc) from None

    return wrapper



def _host() -> str:
    """This machine's name, as socket.gethostname() says it, without loading socket where
    os.uname() has it (a report's start-up pays for every import)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()

def _this_holder() -> str:
    return f"{_host()}:{os.getpid()}"


def held_elsewhere(holder: object, held_at: object, now: dt.datetime) -> bool:
    """Whether another running auditor is working on an audit. A killed process's claim lapses:
    on this machine its process id is gone; from another machine (a shared folder) after hours."""
    if not isinstance(holder, str) or not holder:
        return False
    host, _, pid_text = holder.rpartition(":")
    if host == _host() and os.name == "posix" and pid_text.isdigit():
        pid = int(pid_text)
        return pid != os.getpid() and process_alive(pid)
    try:
        since = _aware(dt.datetime.fromisoformat(str(held_at)))
    except ValueError:
        return False
    return dt.timedelta(0) <= now - since < dt.timedelta(hours=FOREIGN_HOLD_HOURS)


class Store:
    """One open audit store. Use as a context manager, or call close()."""

    def __init__(self, path: Path):
        self.path = path
        self._held: set[int] = set()
        try:
            existed = path.exists() and (path.stat().st_size > 0 or not path.is_file())
            if existed:
                _check_existing_file(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, sqlite3.Error) and _on_read_only_disk(path):
                raise store_error(path, exc) from None
            reason = os_reason(exc)
            raise StoreError(t("errors.store.cannot_open", path=path, reason=reason),
                             hint=t("errors.store.cannot_open.hint")) from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            if existed:
                self._check_header()
                self._check_ours()
            self._use_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.Error as exc:
            self.conn.close()
            raise store_error(path, exc) from None
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

    def _check_header(self) -> None:
        """Is it an SQLite file at all? Asked of SQLite, never by opening the file ourselves."""
        try:
            self.conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == _NOTADB:
                raise StoreError(t("errors.store.not_sqlite", path=self.path),
                                 hint=t("errors.store.not_sqlite.hint")) from None
            raise

    def _check_ours(self) -> None:
        # one read transaction: another process may be creating the schema right now
        self.conn.execute("BEGIN")
        try:
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            # the version from the same snapshot as the tables: read after the COMMIT, it could
            # belong to a schema another process finished meanwhile, and look like missing tables
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            if self.conn.in_transaction:  # a failed read may have ended it already
                self.conn.execute("COMMIT")
        if app_id != APPLICATION_ID and tables:
            raise StoreError(t("errors.store.foreign", path=self.path), hint=t("errors.store.other_file.hint"))
        if version > SCHEMA_VERSION:
            raise StoreError(t("errors.store.newer", path=self.path, version=version, known=SCHEMA_VERSION),
                             hint=t("errors.store.newer.hint"))
        missing = sorted(set(TABLES_AT.get(version, TABLES)) - tables) if version else []
        if missing:
            raise sqlite3.DatabaseError(f"no such table: {', '.join(missing)}")
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
                version = 1
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so what it
        reads cannot be changed by another process before it writes; nests as one transaction."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (a full disk)
                self.conn.execute("ROLLBACK")
            raise

    def release(self) -> None:
        """Let go of the unfinished audits this connection claimed, and keep the store open
        (the page's server: a terminal may then carry on with the audit the page began)."""
        if self._held:
            try:
                marks = ",".join("?" * len(self._held))
                self.conn.execute(f"UPDATE audits SET holder = NULL, held_at = NULL WHERE holder = ? "
                                  f"AND id IN ({marks})", (_this_holder(), *sorted(self._held)))
            except sqlite3.Error:
                pass  # a read-only or full store: the claim lapses when this process ends
            self._held.clear()

    def close(self) -> None:
        """Close, letting go of the unfinished audits this process was working on."""
        self.release()
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- audits ---------------------------------------------------------------------------

    @_guarded
    def create_audit(self, goal: str, lang: str, platforms: Sequence[str], catalogue: dict[str, str],
                     previous_id: int | None, started_at: dt.datetime,
                     platform_langs: dict[str, str] | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO audits (started_at, goal, lang, platforms, catalogue, previous_id, platform_lang)"
            " VALUES (?,?,?,?,?,?,?)",
            (started_at.isoformat(), goal, lang, json.dumps(list(platforms)), json.dumps(catalogue), previous_id,
             json.dumps(dict(sorted((platform_langs or {}).items())))),
        )
        return int(cur.lastrowid or 0)

    @_guarded
    def claim_unfinished(self, platforms: Sequence[str], goal: str, lang: str, versions: dict[str, str],
                         previous_id: int | None, now: dt.datetime, *, carry_sources: Sequence[str] = (),
                         resume: bool = True, platform_langs: dict[str, str] | None = None,
                         ) -> tuple[AuditRow, bool]:
        """Get or create the unfinished audit over ``platforms``, atomically, and hold it.

        One write transaction (BEGIN IMMEDIATE) reads and claims, so two auditors started at
        the same moment never both take the same audit: an unfinished audit another running
        auditor holds is skipped, and a new one is created instead. Every row is validated
        before anything is inserted, so a damaged store is reported and not written to.
        With ``resume=False`` a new audit is always created. ``carry_sources``: facts of
        these sources from ``previous_id`` are copied into a new audit, marked carried.
        Returns the audit and whether it was created.
        """
        with self.transaction():
            self._validate_all()
            found = self._resumable(platforms, now) if resume else None
            if found is not None:
                self._hold(found.id, now)
                return found, False
            audit_id = self.create_audit(goal, lang, platforms, versions, previous_id, now, platform_langs)
            self._hold(audit_id, now)
            if previous_id is not None and carry_sources:
                for fact in self.facts(previous_id):
                    if fact.source in carry_sources and fact.key.split(".", 1)[0] in platforms:
                        self.put_fact(audit_id, fact, carried=True)
            row = self.audit(audit_id)
        assert row is not None
        return row, True

    @_guarded
    def claim_resumable(self, platforms: Sequence[str], now: dt.datetime) -> AuditRow | None:
        """The unfinished audit over exactly ``platforms`` that no other running auditor holds,
        if it is the newest such audit; claimed for this process (see ``claim_unfinished``)."""
        with self.transaction():
            self._validate_all()
            found = self._resumable(platforms, now)
            if found is not None:
                self._hold(found.id, now)
            return found

    def _resumable(self, platforms: Sequence[str], now: dt.datetime) -> AuditRow | None:
        """The newest audit over exactly these platforms, if it is unfinished and free.

        Audits over other platforms in between do not hide it (LinkedIn, quit, then X, then
        LinkedIn again resumes the LinkedIn audit); a finished one over the same platforms does.
        """
        wanted = sorted(platforms)
        for row in self.conn.execute("SELECT * FROM audits ORDER BY id DESC").fetchall():
            audit = _audit_row(row)
            if sorted(audit.platforms) != wanted:
                continue
            if audit.finished:
                return None
            if held_elsewhere(row["holder"], row["held_at"], now):
                continue
            return audit
        return None

    def _hold(self, audit_id: int, now: dt.datetime) -> None:
        self.conn.execute("UPDATE audits SET holder = ?, held_at = ? WHERE id = ?",
                          (_this_holder(), now.isoformat(), audit_id))
        self._held.add(audit_id)

    def _validate_all(self) -> None:
        """Read every row through its validator: damage is found before anything is written."""
        for row in self.conn.execute("SELECT * FROM audits"):
            _audit_row(row)
        for row in self.conn.execute("SELECT * FROM facts"):
            _fact(row)
        for row in self.conn.execute("SELECT * FROM findings"):
            _finding(row)
        for row in self.conn.execute("SELECT * FROM acceptances"):
            _acceptance_row(row)
        for row in self.conn.execute("SELECT * FROM skips"):
            _skip(row)

    @_guarded
    def audit(self, audit_id: int) -> AuditRow | None:
        if not 0 < audit_id <= MAX_ROW_ID:
            return None
        row = self.conn.execute("SELECT * FROM audits WHERE id = ?", (audit_id,)).fetchone()
        return _audit_row(row) if row else None

    @_guarded
    def audits(self, platform: str | None = None) -> list[AuditRow]:
        """Every audit (over ``platform``, if given), oldest first."""
        if platform is None:
            rows = self.conn.execute("SELECT * FROM audits ORDER BY id")
        else:
            rows = self.conn.execute(f"SELECT * FROM audits WHERE {_COVERS} ORDER BY id", (json.dumps([platform]),))
        return [_audit_row(r) for r in rows]

    @_guarded
    def latest_audit(self, *, finished: bool | None = None) -> AuditRow | None:
        where = {None: "", True: "WHERE finished_at IS NOT NULL", False: "WHERE finished_at IS NULL"}[finished]
        row = self.conn.execute(f"SELECT * FROM audits {where} ORDER BY id DESC LIMIT 1").fetchone()
        return _audit_row(row) if row else None

    @_guarded
    def previous_finished(self, before_id: int, platforms: Sequence[str]) -> AuditRow | None:
        """The newest finished audit before this one that covered any of these platforms."""
        row = self.conn.execute(
            f"SELECT * FROM audits WHERE id < ? AND finished_at IS NOT NULL AND {_COVERS} ORDER BY id DESC LIMIT 1",
            (min(before_id, MAX_ROW_ID), json.dumps(list(platforms)))).fetchone()
        return _audit_row(row) if row else None

    @_guarded
    def finish_audit(self, audit_id: int, finished_at: dt.datetime) -> None:
        self.conn.execute("UPDATE audits SET finished_at = ?, holder = NULL, held_at = NULL WHERE id = ?",
                          (finished_at.isoformat(), audit_id))
        self._held.discard(audit_id)

    @_guarded
    def set_goal(self, audit_id: int, goal: str, lang: str) -> None:
        self.conn.execute("UPDATE audits SET goal = ?, lang = ? WHERE id = ?", (goal, lang, audit_id))

    @_guarded
    def set_platform_langs(self, audit_id: int, platform_langs: dict[str, str]) -> None:
        """Remember the language of each platform's screen (merged with what the audit had)."""
        with self.transaction():
            row = self.audit(audit_id)
            if row is None:
                return
            merged = {**row.platform_langs, **platform_langs}
            self.conn.execute("UPDATE audits SET platform_lang = ? WHERE id = ?",
                              (json.dumps(dict(sorted(merged.items()))), audit_id))

    # --- facts ----------------------------------------------------------------------------

    @_guarded
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

    @_guarded
    def put_facts(self, audit_id: int | None, facts: Sequence[Fact]) -> None:
        with self.transaction():
            for fact in facts:
                self.put_fact(audit_id, fact)

    @_guarded
    def facts(self, audit_id: int) -> list[Fact]:
        if not 0 < audit_id <= MAX_ROW_ID:  # SQLite cannot even bind a larger number
            return []
        rows = self.conn.execute("SELECT * FROM facts WHERE audit_id = ? ORDER BY id", (audit_id,))
        return [_fact(r) for r in rows]

    @_guarded
    def carried_keys(self, audit_id: int) -> set[tuple[str, str]]:
        if not 0 < audit_id <= MAX_ROW_ID:  # SQLite cannot even bind a larger number
            return set()
        rows = self.conn.execute("SELECT key, source FROM facts WHERE audit_id = ? AND carried = 1", (audit_id,))
        return {(r["key"], r["source"]) for r in rows}

    @_guarded
    def evidence(self, prefixes: Sequence[str]) -> list[Fact]:
        """Imported evidence (not tied to an audit), newest per key and source, for these platforms."""
        if not prefixes:
            return []
        rows = self.conn.execute(
            "SELECT * FROM facts WHERE audit_id IS NULL AND substr(key, 1, instr(key, '.') - 1)"
            " IN (SELECT value FROM json_each(?)) ORDER BY observed_at, id", (json.dumps(list(prefixes)),))
        latest: dict[tuple[str, str], Fact] = {}
        for row in rows:
            fact = _fact(row)
            latest[(fact.key, fact.source)] = fact
        return list(latest.values())

    @_guarded
    def record_import(self, facts: Sequence[Fact]) -> None:
        """An export's facts, as evidence for the next audits (tied to none): all or nothing."""
        with self.transaction():
            for fact in facts:
                self.put_fact(None, fact)

    # --- findings -------------------------------------------------------------------------

    @_guarded
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

    @_guarded
    def findings(self, audit_id: int) -> list[Finding]:
        if not 0 < audit_id <= MAX_ROW_ID:  # SQLite cannot even bind a larger number
            return []
        rows = self.conn.execute("SELECT * FROM findings WHERE audit_id = ? ORDER BY check_id", (audit_id,))
        return [_finding(r) for r in rows]

    # --- accepted risks -------------------------------------------------------------------

    @_guarded
    def accept(self, acceptance: Acceptance) -> None:
        self.conn.execute(
            "INSERT INTO acceptances VALUES (?,?,?,?) ON CONFLICT (check_id) DO UPDATE SET"
            " reason = excluded.reason, until = excluded.until, created_at = excluded.created_at",
            (acceptance.check_id, acceptance.reason, acceptance.until.isoformat() if acceptance.until else None,
             acceptance.created_at.isoformat()),
        )

    @_guarded
    def withdraw(self, check_id: str) -> bool:
        """Remove an acceptance; whether there was one."""
        return self.conn.execute("DELETE FROM acceptances WHERE check_id = ?", (check_id,)).rowcount > 0

    @_guarded
    def acceptances(self) -> dict[str, Acceptance]:
        rows = self.conn.execute("SELECT * FROM acceptances")
        return {r["check_id"]: _acceptance_row(r) for r in rows}

    # --- skipped questions: a skip is not a fact and never reaches the engine ---------------

    @_guarded
    def skip(self, audit_id: int, check_id: str) -> None:
        """Remember that the person skipped this question in this audit."""
        self.conn.execute("INSERT OR IGNORE INTO skips VALUES (?, ?)", (audit_id, check_id))

    @_guarded
    def unskip(self, audit_id: int, check_id: str) -> None:
        """An answer given after all replaces the skip."""
        self.conn.execute("DELETE FROM skips WHERE audit_id = ? AND check_id = ?", (audit_id, check_id))

    @_guarded
    def skipped(self, audit_id: int) -> set[str]:
        if not 0 < audit_id <= MAX_ROW_ID:  # SQLite cannot even bind a larger number
            return set()
        rows = self.conn.execute("SELECT * FROM skips WHERE audit_id = ?", (audit_id,))
        return {_skip(r) for r in rows}


# The tables a store of each version has (a missing one means the file is damaged).
TABLES_AT = {1: ("audits", "facts", "findings", "acceptances", "imports"),
             2: ("audits", "facts", "findings", "acceptances", "imports"),
             3: ("audits", "facts", "findings", "acceptances", "skips"),
             4: ("audits", "facts", "findings", "acceptances", "skips")}
TABLES = TABLES_AT[SCHEMA_VERSION]

# --- reading rows: every value checked, damage named by table, row and column -------------


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _text(row: sqlite3.Row, table: str, column: str, *, optional: bool = False) -> Any:
    value = row[column]
    if isinstance(value, str) or (optional and value is None):
        return value
    raise _BadRow(table, _row_id(row), column, value, "text")


def _int(row: sqlite3.Row, table: str, column: str, *, optional: bool = False) -> Any:
    value = row[column]
    if (isinstance(value, int) and not isinstance(value, bool)) or (optional and value is None):
        return value
    raise _BadRow(table, _row_id(row), column, value, "number")


def _moment(row: sqlite3.Row, table: str, column: str, *, optional: bool = False) -> Any:
    value = row[column]
    if optional and value is None:
        return None
    try:
        return _aware(dt.datetime.fromisoformat(value))
    except (TypeError, ValueError):
        raise _BadRow(table, _row_id(row), column, value, "moment") from None


def _json_value(row: sqlite3.Row, table: str, column: str, ok: Callable[[Any], bool]) -> Any:
    raw = row[column]
    try:
        value = json.loads(raw)
    except (TypeError, ValueError, RecursionError):
        raise _BadRow(table, _row_id(row), column, raw, "json") from None
    if not ok(value):
        raise _BadRow(table, _row_id(row), column, raw, "json")
    return value


def _row_id(row: sqlite3.Row) -> object:
    keys = row.keys()
    for name in ("id", "check_id"):
        if name in keys:
            return row[name]
    return "?"


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, bool | int | float | str)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())

def _audit_row(row: sqlite3.Row) -> AuditRow:
    table = "audits"
    return AuditRow(
        id=_int(row, table, "id"),
        started_at=_moment(row, table, "started_at"),
        finished_at=_moment(row, table, "finished_at", optional=True),
        goal=_text(row, table, "goal"), lang=_text(row, table, "lang"),
        platforms=_json_value(row, table, "platforms", _is_str_list),
        catalogue=_json_value(row, table, "catalogue", _is_str_map),
        previous_id=_int(row, table, "previous_id", optional=True),
        platform_langs=_json_value(row, table, "platform_lang", _is_lang_map),
    )


def _is_lang_map(value: Any) -> bool:
    return _is_str_map(value) and all(v in ("en", "nl") for v in value.values())


def _fact(row: sqlite3.Row) -> Fact:
    table = "facts"
    value: FactValue = _json_value(row, table, "value", _is_scalar)
    return Fact(
        key=_text(row, table, "key"), value=value, source=_text(row, table, "source"),
        observed_at=_moment(row, table, "observed_at"), detail=_text(row, table, "detail"),
        check_id=_text(row, table, "check_id", optional=True),
        check_revision=_int(row, table, "check_revision", optional=True),
    )


def _finding(row: sqlite3.Row) -> Finding:
    table = "findings"
    evidence = _json_value(row, table, "evidence", lambda v: isinstance(v, list))
    accepted = row["accepted"]
    try:
        facts = [_fact_from_json(e) for e in evidence]
        acceptance = _acceptance_from_json(json.loads(accepted)) if accepted else None
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError):
        raise _BadRow(table, _row_id(row), "evidence/accepted", accepted or evidence, "json") from None
    return Finding(
        check_id=_text(row, table, "check_id"), platform=_text(row, table, "platform"),
        revision=_int(row, table, "revision"), category=_text(row, table, "category"),
        severity=_text(row, table, "severity"), status=_text(row, table, "status"),
        reason=_text(row, table, "reason"), detail=_text(row, table, "detail"),
        evidence=facts, accepted=acceptance,
    )


def _skip(row: sqlite3.Row) -> str:
    _int(row, "skips", "audit_id")
    check_id: str = _text(row, "skips", "check_id")
    return check_id


def _acceptance_row(row: sqlite3.Row) -> Acceptance:
    try:
        return _acceptance_from_json(dict(row))
    except (TypeError, ValueError, KeyError):
        raise _BadRow("acceptances", _row_id(row), "until/created_at", dict(row).get("until"), "moment") from None


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {"key": fact.key, "value": fact.value, "source": fact.source, "observed_at": fact.observed_at.isoformat(),
            "detail": fact.detail, "check_id": fact.check_id, "check_revision": fact.check_revision}


def _fact_from_json(data: dict[str, Any]) -> Fact:
    return Fact(key=data["key"], value=data["value"], source=data["source"],
                observed_at=_aware(dt.datetime.fromisoformat(data["observed_at"])), detail=data.get("detail", ""),
                check_id=data.get("check_id"), check_revision=data.get("check_revision"))


def _acceptance_json(acc: Acceptance) -> dict[str, Any]:
    return {"check_id": acc.check_id, "reason": acc.reason, "until": acc.until.isoformat() if acc.until else None,
            "created_at": acc.created_at.isoformat()}


def _acceptance_from_json(data: dict[str, Any]) -> Acceptance:
    return Acceptance(check_id=data["check_id"], reason=data["reason"],
                      until=dt.date.fromisoformat(data["until"]) if data.get("until") else None,
                      created_at=_aware(dt.datetime.fromisoformat(data["created_at"])))
