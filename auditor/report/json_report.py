"""The JSON report: the stable machine view of DESIGN 5.2 (``auditor.report/1``).

The pydantic models below ARE the contract: ``docs/report.schema.json`` is generated from
them and a test validates real output against that file. Fields may be added; none may be
renamed or removed without a new schema name.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from auditor.report.view import FindingView, ReportView

SCHEMA_NAME = "auditor.report/1"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Out):
    source: Literal["answer", "export", "browser", "public-profile"]
    observed_at: str
    detail: str
    value: str


class Accepted(_Out):
    reason: str
    until: str | None


class FindingOut(_Out):
    check: str
    revision: int = Field(ge=1)
    severity: Literal["high", "medium", "low", "info"]
    category: Literal["privacy", "profile", "visibility", "security", "networking"]
    status: Literal["pass", "gap", "unknown", "not_applicable", "retired"]
    change: Literal["new", "fixed", "regressed", "unchanged", "check-changed"] | None
    observed: bool
    evidence: list[Evidence]
    title: str
    fix: str
    where: str
    reason: str = ""
    accepted: Accepted | None = None
    action: str = Field(default="", description="A gap's heading: what to do. 'title' is the goal state.")
    path: str = Field(default="", description="The menu path, as the person's platform screen shows it "
                                              "(in the platform's language; '≈' after an unconfirmed wording).")
    labels_unconfirmed: bool = Field(
        default=False, description="The screen words of this check are not confirmed in the platform's language.")


class Gaps(_Out):
    high: int
    medium: int
    low: int
    info: int


class PlatformOut(_Out):
    id: str
    status: Literal["active", "retired"]
    checklist_version: str
    reviewed: str
    score: int | None = Field(ge=0, le=100)
    coverage: float | None = Field(ge=0, le=1)
    gaps: Gaps
    findings: list[FindingOut]
    platform_lang: Literal["en", "nl"] | None = Field(
        default=None, description="The language of the person's screen of this platform: screen words are in it.")


class Summary(_Out):
    score: int | None = Field(ge=0, le=100)
    coverage: float | None = Field(ge=0, le=1)
    gaps: Gaps


class AuditOut(_Out):
    id: int
    previous_id: int | None
    goal: Literal["visible", "balanced", "private"]
    lang: Literal["en", "nl"]
    started_at: str
    finished_at: str | None


class Report(_Out):
    schema_: Literal["auditor.report/1"] = Field(alias="schema")
    tool_version: str
    generated_at: str
    audit: AuditOut
    summary: Summary
    warnings: list[str]
    platforms: list[PlatformOut]
    start_here: list[str] = Field(
        default_factory=list,
        description="The check ids of the (at most five) actions to do first: most severe, cheapest first.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _finding(f: FindingView) -> FindingOut:
    return FindingOut(
        check=f.check, revision=f.revision, severity=f.severity, category=f.category,
        status=f.status, change=f.change, observed=f.observed,
        evidence=[Evidence(source=e.source, observed_at=e.observed_at, detail=e.detail, value=e.value)
                  for e in f.evidence],
        title=f.title, fix=f.fix.get("web", ""), where=f.where_url, reason=f.reason,
        accepted=Accepted(**f.accepted) if f.accepted else None, action=f.action,
        path=f.where_path, labels_unconfirmed=f.labels_unverified,
    )


def build(view: ReportView) -> Report:
    return Report(
        schema_=SCHEMA_NAME, tool_version=view.tool_version, generated_at=view.generated_at,
        audit=AuditOut(**view.audit),
        summary=Summary(score=view.score, coverage=view.coverage, gaps=Gaps(**view.gaps)),
        warnings=view.warnings,
        platforms=[
            PlatformOut(
                id=p.id, status=p.status, checklist_version=p.checklist_version,
                reviewed=p.reviewed, score=p.score, coverage=p.coverage, gaps=Gaps(**p.gaps),
                findings=[_finding(f) for f in p.findings],
                platform_lang=p.platform_lang or None,
            )
            for p in view.platforms
        ],
        start_here=[f.check for f in view.start_here],
    )


def render(view: ReportView) -> str:
    report = build(view)
    data = report.model_dump(by_alias=True, exclude_none=False)
    for platform in data["platforms"]:
        for finding in platform["findings"]:
            if finding["accepted"] is None:
                del finding["accepted"]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def json_schema() -> dict[str, Any]:
    schema = Report.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "auditor JSON report (auditor.report/1)"
    return schema


if __name__ == "__main__":  # python -m auditor.report.json_report > docs/report.schema.json
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
