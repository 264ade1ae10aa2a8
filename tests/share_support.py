"""Helpers for the share and workshop tests: real audits and real share files, in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

import auditor.commands.common  # noqa: F401  (see below)
from auditor.cli import main
from tests.conftest import MINI, ROOT

# ``commands.common.colour_enabled(stream=sys.stdout)`` binds sys.stdout when first imported;
# imported during a test using capsys, it keeps that test's (later closed) stream. Importing it
# here, at collection, binds pytest's session-long stream instead.

SHARE_SCHEMA = ROOT / "docs" / "share.schema.json"
WORKSHOP_SCHEMA = ROOT / "docs" / "workshop.schema.json"


def validate(data: Any, schema_file: Path) -> None:
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def audit(tmp_path: Path, name: str, answers: dict[str, Any], *, catalogue: Path = MINI, goal: str = "balanced",
          lang: str = "en", db: Path | None = None) -> Path:
    """One finished audit from an answers file, through the command line; returns the store."""
    db = db or tmp_path / f"{name}.sqlite3"
    file = tmp_path / f"{name}-answers.json"
    file.write_text(json.dumps({"goal": goal, "lang": lang, "answers": answers}, ensure_ascii=False),
                    encoding="utf-8")
    assert run("audit", "--answers", file, "--db", db, "--checklists", catalogue) == 0
    return db


def share(tmp_path: Path, name: str, answers: dict[str, Any], *, catalogue: Path = MINI, goal: str = "balanced",
          lang: str = "en") -> Path:
    """A participant's share file, made as a participant makes it."""
    db = audit(tmp_path, name, answers, catalogue=catalogue, goal=goal, lang=lang)
    out = tmp_path / f"{name}.share.json"
    assert run("share", "--out", out, "--db", db, "--checklists", catalogue) == 0
    return out


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
