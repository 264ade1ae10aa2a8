"""The HTML report: one self-contained file, no scripts, no network, everything escaped.

The template (``reports/report.html``) only places values; this module prepares them
(percentages, bar widths, labels) from the ``ReportView``. Autoescaping is switched on
explicitly rather than by file extension, so no template name can turn it off.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Protocol

from auditor import labels
from auditor.catalogue.resources import bundled_reports_dir
from auditor.formats import check_anchor, percent
from auditor.report.view import TO_DO, FindingView, PlatformView, ReportView, long_date, to_do

CHART_LEFT, CHART_SPAN, BAR_STEP = 110, 300, 26



def _score(value: int | None, t: dict[str, str]) -> str:
    return t["no_score"] if value is None else str(value)


def short_address(url: str, keep: int = 2) -> str:
    """An address a person can type from paper: no scheme, no "www.", the first path steps,
    then "…" (``linkedin.com/mypreferences/d/…``); a printed link cannot be clicked."""
    rest = url.split("://", 1)[-1].removeprefix("www.").split("?", 1)[0].split("#", 1)[0]
    host, _, path = rest.partition("/")
    steps = [s for s in path.split("/") if s]
    if len(steps) <= keep:
        return "/".join([host, *steps])
    return "/".join([host, *steps[:keep], "…"])


def _band(score: int | None) -> str:
    if score is None:
        return "none"
    return "good" if score >= 80 else "fair" if score >= 50 else "poor"


def _finding(f: FindingView, t: dict[str, str], since: bool = True, lang: str = "en") -> dict[str, Any]:
    data = dict(vars(f))  # shallow: no deep copy
    data["anchor"] = check_anchor(f.check)
    data["web_links"] = []  # filled by a page that serves the report (``WebHooks``)
    data["status_label"] = {"pass": "✔", "gap": "✘", "unknown": "?"}.get(f.status, f.status)
    data["change_label"] = t.get(f.change, f.change) if f.change and f.change != "unchanged" else ""
    if not since:  # a first audit: everything is new, which says nothing
        data["change_label"] = ""
    data["fix_steps"] = [{"label": t[k], "text": v} for k, v in f.fix.items()]
    data["to_do"] = f.status == "gap" and not f.accepted  # the heading is the action, the title the goal
    data["heading"] = f.action if data["to_do"] else f.title
    data["accepted_text"] = ""
    if f.accepted:
        until = f.accepted["until"]
        when = t["accepted_until"].format(date=long_date(until, t)) if until else t["accepted_forever"]
        data["accepted_text"] = f"{f.accepted['reason']} ({when})"
    data["removed_text"] = t["retired_on"].format(date=long_date(f.removed_on, t)) if f.removed_on else ""
    data["where_short"] = short_address(f.where_url) if f.where_url else ""
    page = f.where_kind == "page"  # a profile or the messages: no setting to open
    data["open_label"] = t["open_page"] if page else t["open_settings"]
    data["where_label"] = t["where_page"] if page else t["where"]
    data["evidence_line"] = "; ".join(f.evidence_text)
    data["evidence_short"] = "; ".join(f.evidence_text)
    if f.marked:  # an unconfirmed screen word: the quiet mark, the other language's original in its tooltip
        from markupsafe import Markup

        def marked(text: str) -> Markup:
            return Markup(labels.to_html(text, f.originals, f.platform_lang, lang))

        for name in ("title", "action", "heading", "why", "why_short", "impact", "where_path", "goal_note",
                     "evidence_line", "evidence_short"):
            if isinstance(data.get(name), str):
                data[name] = marked(data[name])
        data["fix_steps"] = [{"label": step["label"], "text": marked(step["text"])} for step in data["fix_steps"]]
    return data


def _platform(p: PlatformView, t: dict[str, str]) -> dict[str, Any]:
    return {
        "name": p.name, "score_text": _score(p.score, t), "coverage_text": percent(p.coverage),
        "gap_total": to_do(p.gaps), "reviewed": long_date(p.reviewed, t), "version": p.checklist_version,
        "retired_text": " ".join(filter(None, [
            t["platform_retired"].format(date=long_date(p.retired_on, t) if p.retired_on else ""), p.retired_note])),
    }


class WebHooks(Protocol):
    """What a page serving the report adds through the template's web blocks (the report
    itself, a file people keep and share, has none): a menu, and per finding its links."""

    def page(self) -> dict[str, Any]:
        """``{"style", "label", "menu": [{"url", "label", "sep"}], "interim"}``."""
        ...

    def links(self, check_id: str, status: str) -> list[dict[str, str]]:
        """``[{"url", "label", "sep"}]`` for one finding."""
        ...


def context(view: ReportView, css: str, web: WebHooks | None = None) -> dict[str, Any]:
    from markupsafe import Markup

    t = view.t
    since = view.audit["previous_id"] is not None
    sections = {k: [_finding(f, t, since, view.lang) for f in v] for k, v in view.sections.items()}
    if web is not None:
        for found in sections.values():
            for data in found:
                data["web_links"] = web.links(data["check"], data["status"])
    active = [p for p in view.platforms if p.status == "active"]
    bars = [
        {"name": p.name, "y": 4 + i * BAR_STEP, "width": round(CHART_SPAN * (p.score or 0) / 100),
         "text": _score(p.score, t), "band": _band(p.score)}
        for i, p in enumerate(active)
    ]
    groups = [
        {"id": kind, "label": t[kind], "findings": [_finding(f, t, lang=view.lang) for f in items]}
        for kind, items in view.changes.items() if items and view.audit["previous_id"] is not None
    ]
    return {
        "r": view, "t": t, "css": Markup(css),
        "generated_date": view.generated_at[:10],
        "score_text": _score(view.score, t), "coverage_text": percent(view.coverage),
        "severities": [{"id": s, "label": t[f"sev_{s}"], "count": view.gaps[s]}
                       for s in TO_DO],
        "chart": {"width": CHART_LEFT + CHART_SPAN + 60, "height": 8 + BAR_STEP * max(1, len(bars)),
                  "left": CHART_LEFT, "span": CHART_SPAN, "bars": bars},
        "platforms": [_platform(p, t) for p in active],
        "retired_platforms": [_platform(p, t) for p in view.platforms if p.status == "retired"],
        "change_groups": groups,
        "start_here": [_finding(f, t, since, view.lang) for f in view.start_here],
        "footer": t["footer"].format(version=view.tool_version),
        "web": None if web is None else web.page(),
        **sections,
    }


def bytecode_cache() -> Any:
    """Compiled templates, kept in the user's cache directory: compiling report.html costs
    about as much as rendering 150 findings. Keyed by the template's source, so an edited
    template is never served stale; any trouble with the directory just means no cache."""
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    import jinja2

    from auditor.catalogue.cache import cache_root

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        directory = cache_root() / "templates"
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return QuietCache(str(directory))


def render(view: ReportView, web: WebHooks | None = None) -> str:
    """The report's HTML: through the cached compiled templates when they are there (no
    Jinja import), else through Jinja, keeping its compiled templates for next time. A page
    that serves it passes ``web``: its menu and links then fill the template's web blocks."""
    from auditor.report import compiled

    directory = bundled_reports_dir()
    css = (directory / "report.css").read_text(encoding="utf-8")
    values = context(view, css, web)
    fast = compiled.render(directory, values)
    if fast is not None:
        return fast
    env = _environment(directory)
    html: str = env.get_template("report.html").render(**values)
    with contextlib.suppress(Exception):  # a cache; Jinja's output above stands either way
        compiled.remember(directory, {name: env.compile((directory / name).read_text(encoding="utf-8"), name,
                                                        raw=True) for name in compiled.TEMPLATES})
    return html


def _environment(directory: Path) -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=bytecode_cache(),
        auto_reload=False,  # one render per process: no need to stat the template per include
    )
