"""The workshop overview's stable machine view (``auditor.workshop/1``).

The pydantic models below ARE the contract: ``docs/workshop.schema.json`` is generated from
them (``python -m auditor.workshop_json``) and a test validates real output against it.
Fields may be added; none may be renamed or removed without a new schema name.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from auditor.workshop import FEW_PARTICIPANTS, CheckRow, Spread, WorkshopView

SCHEMA_NAME = "auditor.workshop/1"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CheckOut(_Out):
    check: str
    revision: int = Field(ge=1)
    platform: str
    title: str
    severity: Literal["high", "medium", "low", "info"]
    version: Literal["current", "older", "newer", "unknown"] = Field(
        description="the revision against the trainer's catalogue; 'unknown': a check it does not have")
    pass_: int = Field(alias="pass", ge=0)
    gap: int = Field(ge=0)
    undetermined: int = Field(ge=0)
    not_applicable: int = Field(ge=0)


class ScoreSpread(_Out):
    """Scores 0-100, one per participant who has one, sorted (not in the order of the files)."""

    min: int | None
    median: float | None
    max: int | None
    values: list[int]


class CoverageSpread(_Out):
    """Coverage 0-1, one per participant, sorted."""

    min: float | None
    median: float | None
    max: float | None
    values: list[float]


class PlatformOut(_Out):
    id: str
    name: str
    participants: int = Field(ge=0)
    catalogue_versions: dict[str, int]
    score: ScoreSpread
    coverage: CoverageSpread


class Goals(_Out):
    visible: int = Field(ge=0)
    balanced: int = Field(ge=0)
    private: int = Field(ge=0)


class Workshop(_Out):
    schema_: Literal["auditor.workshop/1"] = Field(alias="schema")
    tool_version: str
    generated_at: str
    lang: Literal["en", "nl"]
    participants: int = Field(ge=0)
    few_participants: bool = Field(description=f"fewer than {FEW_PARTICIPANTS}: answers can be inferred")
    duplicates: int = Field(ge=0, description="files whose share id was already counted")
    skipped: int = Field(ge=0, description="unreadable files left out (--skip-bad)")
    goals: Goals
    first_day: str | None
    last_day: str | None
    platforms: list[PlatformOut]
    teach_first: list[CheckOut]
    checks: list[CheckOut]


def _check_out(row: CheckRow) -> CheckOut:
    return CheckOut(check=row.check, revision=row.revision, platform=row.platform, title=row.title,
                    severity=row.severity, version=row.version, pass_=row.passed, gap=row.gap,
                    undetermined=row.undetermined, not_applicable=row.not_applicable)


def _scores(spread: Spread) -> ScoreSpread:
    values = [round(v) for v in spread.values]
    return ScoreSpread(min=values[0] if values else None, median=spread.middle,
                       max=values[-1] if values else None, values=values)


def _coverages(spread: Spread) -> CoverageSpread:
    return CoverageSpread(min=spread.low, median=spread.middle, max=spread.high, values=spread.values)


def to_json(view: WorkshopView) -> str:
    out = Workshop(
        schema_=SCHEMA_NAME, tool_version=view.tool_version, generated_at=view.generated_at,
        lang=view.lang, participants=view.participants, few_participants=view.few,
        duplicates=view.duplicates, skipped=view.skipped, goals=Goals(**view.goals),
        first_day=view.first_day, last_day=view.last_day,
        platforms=[PlatformOut(id=p.id, name=p.name, participants=p.participants,
                               catalogue_versions=p.catalogue_versions, score=_scores(p.score),
                               coverage=_coverages(p.coverage)) for p in view.platforms],
        teach_first=[_check_out(r) for r in view.teach_first],
        checks=[_check_out(r) for p in view.platforms for r in [*p.rows, *p.apart]],
    )
    return json.dumps(out.model_dump(by_alias=True), indent=2, ensure_ascii=False) + "\n"


def json_schema() -> dict[str, Any]:
    schema = Workshop.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "auditor workshop overview (auditor.workshop/1)"
    return schema


if __name__ == "__main__":  # python -m auditor.workshop_json > docs/workshop.schema.json
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
