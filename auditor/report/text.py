"""The short terminal summary: at the end of an audit and for ``report --format text``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.formats import percent
from auditor.report.view import TO_DO, ReportView, build, to_do
from auditor.terminal import paint

if TYPE_CHECKING:
    from auditor.audit import AuditResult

COLOURS = {"high": "31", "medium": "33", "low": "34", "info": "2", "pass": "32"}


def _c(text: str, code: str, colour: bool) -> str:
    """Our colour, shown once the text passes the terminal's filter (``auditor.terminal``),
    which removes every escape from the text itself before adding ours."""
    return paint(text, code) if colour else text


def render_summary(result: AuditResult, lang: str | None = None, *, colour: bool = False, limit: int = 8,
                   next_step: str | None = "") -> str:
    """The summary of an audit; ``next_step`` replaces the closing hint (None: no hint)."""
    return render_view(build(result, lang=lang), colour=colour, limit=limit, next_step=next_step)


def render_view(view: ReportView, *, colour: bool = False, limit: int = 8, next_step: str | None = "") -> str:
    """``limit`` is kept for callers; the list is the view's "start here" (at most five)."""
    t = view.t
    lines = [
        _c(f"{t['title']} #{view.audit['id']}", "1", colour) + f"  ({t['goal']}: {view.goal_name})",
        view.tally,
        f"{t['open_gaps']}: " + ", ".join(_c(f"{view.gaps[s]} {t['sev_' + s].lower()}", COLOURS[s], colour)
                                          for s in TO_DO)
        + f"   {t['score']}: {view.score if view.score is not None else t['no_score']}",
    ]
    if view.evidence_only:
        lines.append(view.evidence_only_text)
    lines.append(view.standing)
    for p in view.platforms:
        if p.status != "active":
            continue
        gaps = to_do(p.gaps)
        lines.append(f"  {p.name:<12} {t['score'].lower()} {p.score if p.score is not None else '—':>3}  "
                     f"{t['coverage'].lower()} {percent(p.coverage):>4}  {gaps} "
                     + (t["open_gap_one"] if gaps == 1 else t["open_gaps"].lower()))
    changes = {k: len(v) for k, v in view.changes.items() if v}
    if view.audit["previous_id"] and changes:
        lines.append(f"{t['since']}: " + ", ".join(f"{n} {t.get('counted_' + k, t[k]).lower()}"
                                                    for k, n in changes.items()))
    if view.start_here:
        lines.append("")
        lines.append(_c(t["start_here"], "1", colour) + ":")
        for n, f in enumerate(view.start_here, 1):
            label = f"{f.severity_label.upper():<8}"  # pad first: escape codes have no width
            lines.append(f"  {n}. {_c(label, COLOURS[f.severity], colour)} {f.action} ({f.platform_name})")
            lines.append(f"              {f.where_url}")
        rest = len(view.sections["gaps"]) - len(view.start_here)
        if rest > 0:
            lines.append(f"  … {t['more'].format(n=rest)}")
    if any(f.marked for f in view.start_here):  # explained once, under the list that shows the mark
        lines.append(f"  {view.mark_note}")
    unknown = len(view.sections["unknown"])
    if unknown:
        lines.append(f"{t['unknown']}: {unknown}")
    for warning in view.warnings:
        lines.append(_c(f"! {warning}", "33", colour))
    if next_step is not None:
        lines.append("")
        lines.append(next_step or t["next_step"])
    return "\n".join(lines)
