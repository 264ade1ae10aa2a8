"""``auditor report --format json``: real output validates against docs/report.schema.json,
and carries the DESIGN 5.2 contract's fields and values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from auditor.report.json_report import json_schema
from tests.conftest import ROOT, run_cli
from tests.report_support import audit, env_at, ok, report

SCHEMA_FILE = ROOT / "docs" / "report.schema.json"
FIRST = "2026-11-15T09:00:00+00:00"
SECOND = "2026-11-22T10:00:00+00:00"


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def _validate(data: dict[str, Any]) -> None:
    validator = Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def _json(catalogue: Path, db: Path, *args: str, when: str | None = SECOND) -> dict[str, Any]:
    result = ok(report(catalogue, db, "--format", "json", "--out", "-", *args, when=when))
    data: dict[str, Any] = json.loads(result.out)
    return data


def _findings(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["check"]: f for p in data["platforms"] for f in p["findings"]}


@pytest.fixture
def two_audits(tmp_path: Path, mini_catalogue: Path, db: Path) -> tuple[Path, Path]:
    """A first audit, then a second one that fixes one gap and regresses one pass."""
    audit(tmp_path, mini_catalogue, db, {
        "example.privacy.ads": "on",                        # gap
        "example.networking.invitations": "always",         # pass
        "example.profile.headline": "manager",              # gap (generic, one word)
    }, name="first.json", when=FIRST)
    audit(tmp_path, mini_catalogue, db, {
        "example.privacy.ads": "off",                       # fixed
        "example.networking.invitations": "never",          # regressed
        "example.profile.headline": "manager",              # unchanged gap
        "example.profile.projects": "unsure",               # still unknown
    }, name="second.json", when=SECOND)
    return mini_catalogue, db


def test_committed_schema_is_the_generated_one() -> None:
    """docs/report.schema.json cannot drift from the models it is generated from."""
    assert SCHEMA_FILE.exists(), "generate it: python -m auditor.report.json_report > docs/report.schema.json"
    assert _schema() == json_schema(), (
        "docs/report.schema.json is stale; regenerate it with "
        "python -m auditor.report.json_report > docs/report.schema.json"
    )
    Draft202012Validator.check_schema(_schema())


def test_schema_module_prints_the_schema() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "auditor.report.json_report"], capture_output=True,
                         text=True, check=True, env=env_at()).stdout
    assert json.loads(out) == json_schema()


def test_first_audit_validates_and_follows_the_contract(
        tmp_path: Path, mini_catalogue: Path, db: Path) -> None:
    audit(tmp_path, mini_catalogue, db, {
        "example.privacy.ads": "on",
        "example.networking.invitations": "always",
        "example.profile.headline": "manager",
    }, when=FIRST)
    data = _json(mini_catalogue, db, when=FIRST)
    _validate(data)

    assert data["schema"] == "auditor.report/1"
    assert data["tool_version"]
    assert data["generated_at"] == FIRST
    assert data["audit"]["id"] == 1
    assert data["audit"]["previous_id"] is None
    assert data["audit"]["goal"] == "balanced"
    assert data["audit"]["lang"] == "en"
    summary = data["summary"]
    assert set(summary) == {"score", "coverage", "gaps"}
    assert summary["gaps"] == {"high": 1, "medium": 0, "low": 1, "info": 0}
    # weights high 5, medium 3, low 1: passed 3 of (3 + 5 + 1)
    assert summary["score"] == round(100 * 3 / 9)
    # determined 3 (ads, invitations, headline) of applicable 4 (projects is unknown)
    assert summary["coverage"] == 0.75

    [platform] = data["platforms"]
    assert {k: platform[k] for k in ("id", "status", "checklist_version", "reviewed")} == {
        "id": "example", "status": "active", "checklist_version": "2026.01.01",
        "reviewed": "2026-11-01"}
    assert platform["score"] == summary["score"]
    assert platform["coverage"] == summary["coverage"]

    findings = _findings(data)
    assert {c: f["status"] for c, f in findings.items()} == {
        "example.privacy.ads": "gap",
        "example.networking.invitations": "pass",
        "example.profile.headline": "gap",
        "example.profile.projects": "unknown",
        "example.privacy.face-recognition": "retired",
    }
    ads = findings["example.privacy.ads"]
    assert ads["change"] == "new"
    assert ads["observed"] is True
    assert ads["revision"] == 1
    assert ads["severity"] == "high"
    assert ads["category"] == "privacy"
    assert ads["title"] == "Ads do not use your data"
    assert ads["fix"] == "Switch it off."
    assert ads["where"] == "https://example.invalid/settings/ads"
    assert "accepted" not in ads
    [evidence] = ads["evidence"]
    assert evidence["source"] == "answer"
    assert evidence["observed_at"] == FIRST
    assert evidence["detail"] == "answers file answers.json"
    assert evidence["value"] == "on"

    unknown = findings["example.profile.projects"]
    assert unknown["observed"] is False
    assert unknown["change"] is None
    assert unknown["evidence"] == []
    assert findings["example.privacy.face-recognition"]["change"] is None


def test_second_audit_reports_the_changes(two_audits: tuple[Path, Path]) -> None:
    catalogue, db = two_audits
    data = _json(catalogue, db)
    _validate(data)
    assert data["audit"]["id"] == 2
    assert data["audit"]["previous_id"] == 1
    changes = {c: f["change"] for c, f in _findings(data).items()}
    assert changes == {
        "example.privacy.ads": "fixed",
        "example.networking.invitations": "regressed",
        "example.profile.headline": "unchanged",
        "example.profile.projects": None,
        "example.privacy.face-recognition": None,
    }
    assert _findings(data)["example.profile.projects"]["reason"]


def test_an_older_audit_can_be_reported(two_audits: tuple[Path, Path]) -> None:
    catalogue, db = two_audits
    data = _json(catalogue, db, "--audit", "1")
    _validate(data)
    assert data["audit"]["id"] == 1
    assert {c: f["change"] for c, f in _findings(data).items()}["example.privacy.ads"] == "new"


def test_check_changed_when_the_revision_moves(two_audits: tuple[Path, Path], tmp_path: Path) -> None:
    catalogue, db = two_audits
    path = catalogue / "example.yaml"
    text = path.read_text(encoding="utf-8")
    head, sep, tail = text.partition("- id: example.profile.headline\n    revision: 1")
    assert sep, "the mini catalogue changed; update this test"
    path.write_text(head + "- id: example.profile.headline\n    revision: 2" + tail, encoding="utf-8")
    audit(tmp_path, catalogue, db, {"example.privacy.ads": "off"}, name="third.json",
          when="2026-11-29T10:00:00+00:00")
    data = _json(catalogue, db, when="2026-11-29T10:00:00+00:00")
    _validate(data)
    headline = _findings(data)["example.profile.headline"]
    assert headline["change"] == "check-changed"
    assert headline["revision"] == 2
    assert headline["status"] == "unknown"  # the old answer no longer counts


def test_accepted_risk_block(two_audits: tuple[Path, Path]) -> None:
    catalogue, db = two_audits
    ok(run_cli("accept", "example.profile.headline", "--reason", "my title says it all",
               "--until", "2027-06-30", "--checklists", catalogue, "--db", db, env=env_at(SECOND)))
    data = _json(catalogue, db)
    _validate(data)
    headline = _findings(data)["example.profile.headline"]
    assert headline["status"] == "gap"  # the gap stays visible ...
    assert headline["accepted"] == {"reason": "my title says it all", "until": "2027-06-30"}
    assert data["summary"]["gaps"]["low"] == 0  # ... but is not an open gap
    assert data["summary"]["gaps"]["medium"] == 1  # the regressed invitations

    ok(run_cli("accept", "example.networking.invitations", "--reason", "no time",
               "--checklists", catalogue, "--db", db, env=env_at(SECOND)))
    data = _json(catalogue, db)
    _validate(data)
    assert _findings(data)["example.networking.invitations"]["accepted"] == {
        "reason": "no time", "until": None}


def test_json_to_a_file_is_private_and_identical(two_audits: tuple[Path, Path], tmp_path: Path) -> None:
    catalogue, db = two_audits
    out = tmp_path / "out" / "report.json"
    result = ok(report(catalogue, db, "--format", "json", "--out", out, when=SECOND))
    assert result.out == ""  # stdout stays clean for pipes; the notice goes to stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert json.loads(out.read_text(encoding="utf-8")) == _json(catalogue, db)


def test_dutch_json_keeps_the_contract_words(two_audits: tuple[Path, Path]) -> None:
    catalogue, db = two_audits
    data = _json(catalogue, db, "--lang", "nl")
    _validate(data)
    assert data["audit"]["lang"] == "nl"
    ads = _findings(data)["example.privacy.ads"]
    assert ads["title"] == "Advertenties gebruiken je gegevens niet"
    assert ads["status"] == "pass" and ads["change"] == "fixed"
