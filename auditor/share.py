"""An anonymous summary of one finished audit (``auditor.share/1``), for a workshop trainer.

Privacy by construction: a share is assembled from each finding's check id, revision,
status and severity, and from the audit's goal, language, platforms, catalogue versions and
day. Nothing else of the audit is read (no fact, no evidence, no detail, no acceptance
reason), so no answer text, name, URL, headline, count or time can reach the file.

The pydantic model below IS the contract: ``docs/share.schema.json`` is generated from it
(``python -m auditor.share``) and a test proves the two agree. Reading a share validates it
strictly, so a hand-edited file with extra fields is refused rather than passed on to a
trainer's overview.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import stat
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import CHECK_ID, PLATFORM_ID
from auditor.errors import AuditorError, InputFileError
from auditor.store import Store
from auditor.strings import t

SCHEMA_NAME = "auditor.share/1"
SCHEMA_FAMILY = "auditor.share/"
SCHEMA_VERSION = 1
MAX_BYTES = 1_000_000  # a share of every bundled check is about 10 KB
MAX_CHECKS = 2000
SHARE_ID = r"^[0-9a-f]{16}$"

Status = Literal["pass", "gap", "unknown", "not_applicable", "retired"]
Severity = Literal["high", "medium", "low", "info"]
PlatformId = Annotated[str, Field(pattern=PLATFORM_ID, max_length=40)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ShareCheck(_Strict):
    """One check's outcome: nothing about how it was decided."""

    check: Annotated[str, Field(pattern=CHECK_ID, max_length=120)]
    revision: Annotated[int, Field(ge=1, le=100_000)]
    status: Status
    severity: Severity


class Share(_Strict):
    """A participant's anonymous share file."""

    schema_: Literal["auditor.share/1"] = Field(alias="schema")
    share_id: Annotated[str, Field(pattern=SHARE_ID, description="random; the same file given twice counts once")]
    day: dt.date = Field(description="the day the audit was finished; no time")
    goal: Literal["visible", "balanced", "private"]
    lang: Literal["en", "nl"]
    platforms: Annotated[list[PlatformId], Field(min_length=1, max_length=50)]
    catalogue: Annotated[dict[PlatformId, Annotated[str, Field(min_length=1, max_length=40)]],
                         Field(max_length=50, description="checklist version per platform")]
    checks: Annotated[list[ShareCheck], Field(max_length=MAX_CHECKS)]


def describe(lang: str) -> str:
    """The one sentence that tells the person what the file holds, before it is written."""
    return t("share.describe", lang)


def build_share(store: Store, catalogue: Catalogue, audit_id: int, *, today: dt.date) -> dict[str, Any]:
    """The share of a finished audit, as the JSON object written to the file."""
    from auditor import audit as audits

    audit = store.audit(audit_id)
    if audit is None:
        raise AuditorError(t("share.no_such_audit", None, id=audit_id, store=store.path),
                           hint=t("share.hint_history"))
    if not audit.finished:
        raise AuditorError(t("share.unfinished", None, id=audit_id), hint=t("share.hint_finish"))
    result = audits.evaluate(store, catalogue, audit, today)
    platforms = [p.platform for p in result.platforms]
    checks = [{"check": f.check_id, "revision": f.revision, "status": f.status, "severity": f.severity}
              for f in sorted(result.findings, key=lambda f: f.check_id)]
    day = (audit.finished_at or audit.started_at).date()
    share: dict[str, Any] = {
        "schema": SCHEMA_NAME, "share_id": secrets.token_hex(8), "day": day.isoformat(),
        "goal": audit.goal, "lang": audit.lang, "platforms": platforms,
        "catalogue": {p: v for p, v in audit.catalogue.items() if p in platforms}, "checks": checks,
    }
    Share.model_validate_json(json.dumps(share), strict=True)  # what we write, we can read
    return share


def share_bytes(share: dict[str, Any]) -> bytes:
    """A share as its file holds it (the one serialiser: ``auditor share`` and the page's download)."""
    return (json.dumps(share, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_share(path: Path, share: dict[str, Any]) -> None:
    """Write a share readable only by its owner, whole or not at all (the one output writer)."""
    from auditor.output import write_private

    data = share_bytes(share)
    try:
        write_private(path, data)
    except OSError as exc:
        raise AuditorError(t("share.cannot_write", None, path=path, reason=exc.strerror or exc),
                           hint=t("share.hint_out")) from None


# --- reading -------------------------------------------------------------------------------

def read_share(path: Path, lang: str | None = None) -> Share:
    """A share file, validated; an ``InputFileError`` naming the file and what is wrong:
    unreadable, not a share at all (foreign), a newer kind of share, or a damaged one."""
    text = _read_text(path, lang)
    try:
        return Share.model_validate_json(text, strict=True)  # a good share: one parse
    except ValidationError as exc:
        invalid = exc
    _diagnose(path, text, lang)
    problems = [f"{_where(e['loc'])}: {e['msg']}" for e in invalid.errors()[:5]]
    raise InputFileError(t("share.invalid", lang, path=path), problems=problems,
                         hint=t("share.hint_reshare", lang))


def _diagnose(path: Path, text: str, lang: str | None) -> None:
    """Say why a file that is not a valid share is refused: damaged, foreign or newer."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(path, lang, "share.bad_json", line=exc.lineno) from None
    except RecursionError:
        raise _bad(path, lang, "share.bad_json", line=1) from None
    kind = data.get("schema") if isinstance(data, dict) else None
    if not isinstance(kind, str) or not kind.startswith(SCHEMA_FAMILY):
        raise _bad(path, lang, "share.foreign")
    if kind != SCHEMA_NAME:
        if _version(kind) > SCHEMA_VERSION:
            raise _bad(path, lang, "share.newer", kind=kind, hint="share.hint_update")
        raise _bad(path, lang, "share.foreign")


def _read_text(path: Path, lang: str | None) -> str:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _bad(path, lang, "share.not_file")
        if info.st_size > MAX_BYTES:
            raise _bad(path, lang, "share.too_big", limit=MAX_BYTES // 1000)
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise _bad(path, lang, "share.missing") from None
    except UnicodeDecodeError:
        raise _bad(path, lang, "share.bad_json", line=1) from None
    except OSError as exc:
        raise _bad(path, lang, "share.unreadable", reason=exc.strerror or exc) from None


def _version(kind: str) -> int:
    tail = kind[len(SCHEMA_FAMILY):]
    return int(tail) if tail.isdigit() and len(tail) < 6 else 0


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def _bad(path: Path, lang: str | None, key: str, *, hint: str = "share.hint_reshare",
         **params: object) -> InputFileError:
    return InputFileError(t(key, lang, path=path, **params), hint=t(hint, lang))


def json_schema() -> dict[str, Any]:
    schema = Share.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "auditor share file (auditor.share/1)"
    return schema


if __name__ == "__main__":  # python -m auditor.share > docs/share.schema.json
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
