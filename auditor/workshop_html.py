"""The workshop overview as one self-contained HTML file: no scripts, no network, escaped.

The template (``reports/workshop.html``) only places values; this module turns the
``WorkshopView`` into them (chart bars, row bars, labels). The page reuses the report's
stylesheet (``reports/report.css``) for the same look, plus ``reports/workshop.css``.
"""

from __future__ import annotations

from typing import Any

from auditor import formats
from auditor.catalogue.resources import bundled_reports_dir
from auditor.report.html import bytecode_cache
from auditor.report.view import long_date
from auditor.report.view import strings as report_strings
from auditor.strings import words
from auditor.workshop import MIN_GROUP, CheckRow, PlatformGroup, Spread, WorkshopView

BINS = 10
BIN_W, BAR_W, CHART_H, BASE = 24, 20, 40, 46
ROW_BAR = 120


def _number(value: float | None, percent: bool, w: dict[str, str]) -> str:
    if value is None:
        return w["workshop.none"]
    return formats.percent(value) if percent else str(round(value))


def _histogram(spread: Spread, percent: bool, w: dict[str, str]) -> dict[str, Any]:
    """Ten bands of ten: how many participants fall in each, and where the median is."""
    scale = 100 if percent else 1
    counts = [0] * BINS
    for value in spread.values:
        counts[min(int(value * scale // 10), BINS - 1)] += 1
    top = max(counts) or 1
    bars = []
    for i, count in enumerate(counts):
        height = round(CHART_H * count / top)
        bars.append({"x": i * BIN_W + 2, "y": BASE - height, "w": BAR_W, "h": height, "count": count})
    middle = spread.middle
    return {
        "bars": bars, "width": BINS * BIN_W, "base": BASE,
        "median_x": None if middle is None else round(middle * scale * BINS * BIN_W / 100, 1),
        "low": _number(spread.low, percent, w), "median": _number(middle, percent, w),
        "high": _number(spread.high, percent, w), "n": len(spread.values),
    }


def _row(row: CheckRow, w: dict[str, str]) -> dict[str, Any]:
    total = row.counted or 1
    widths = [round(ROW_BAR * n / total) for n in (row.passed, row.gap, row.undetermined)]
    version = "" if row.version == "current" else w[f"workshop.version_{row.version}"]
    return {
        "title": row.title, "severity": row.severity, "severity_label": w[f"workshop.sev_{row.severity}"],
        "passed": row.passed, "gap": row.gap, "undetermined": row.undetermined, "counted": row.counted,
        "bar": {"pass": widths[0], "gap": widths[1], "unknown": widths[2], "gap_x": widths[0],
                "unknown_x": widths[0] + widths[1], "width": ROW_BAR},
        "version": version, "urgent_gaps": row.urgent_gaps,
    }


def _platform(group: PlatformGroup, w: dict[str, str]) -> dict[str, Any]:
    return {
        "id": group.id, "name": group.name, "participants": group.participants,
        "participants_text": f"{group.participants} "
                             + w["workshop.participant" if group.participants == 1 else "workshop.participants"],
        "versions": ", ".join(f"{v} ({n})" for v, n in group.catalogue_versions.items()),
        "score": _histogram(group.score, False, w), "coverage": _histogram(group.coverage, True, w),
        "rows": [_row(r, w) for r in group.rows], "apart": [_row(r, w) for r in group.apart],
        "caption": w["workshop.rows_caption"].format(platform=group.name),
        "withheld": w["workshop.withheld"].format(minimum=MIN_GROUP, platform=group.name) if group.withheld else "",
        "hidden": w["workshop.hidden_rows"].format(minimum=MIN_GROUP, count=group.hidden_rows)
        if group.hidden_rows and not group.withheld else "",
    }


def context(view: WorkshopView, css: str) -> dict[str, Any]:
    from markupsafe import Markup

    w = words(view.lang)
    names = {p.id: p.name for p in view.platforms}
    members = {p.id: p.participants for p in view.platforms}
    t = report_strings(view.lang)  # the months, as the report writes a date
    first, last = (long_date(d, t) if d else "" for d in (view.first_day, view.last_day))
    if view.first_day and view.first_day != view.last_day:
        days = w["workshop.days"].format(first=first, last=last)
    else:
        days = w["workshop.day"].format(day=first)
    teach = [{**_row(r, w), "action": r.action, "platform_name": names.get(r.platform, r.platform),
              "of": w["workshop.of"].format(gap=r.gap, count=members.get(r.platform, view.participants),
                                            platform=names.get(r.platform, r.platform))}
             for r in view.teach_first]
    return {
        "v": view, "w": w, "css": Markup(css), "days": days,
        "generated": w["workshop.generated"].format(date=long_date(view.generated_at[:10], t)),
        "goals": [{"label": w[f"workshop.goal_{g}"], "count": n} for g, n in view.goals.items()],
        "platforms": [_platform(p, w) for p in view.platforms], "teach": teach,
        "duplicates": w["workshop.duplicates"].format(count=view.duplicates) if view.duplicates else "",
        "skipped": w["workshop.skipped_note"].format(count=view.skipped) if view.skipped else "",
        "footer": w["workshop.footer"].format(version=view.tool_version),
    }


def render(view: WorkshopView) -> str:
    import jinja2

    directory = bundled_reports_dir()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, auto_reload=False,
        bytecode_cache=bytecode_cache(),  # the report's: one cache, keyed by each template's source
    )
    css = "\n".join((directory / name).read_text(encoding="utf-8") for name in ("report.css", "workshop.css"))
    return env.get_template("workshop.html").render(**context(view, css))
