"""An audit's result, prepared for reading: the data every renderer (HTML, PDF, JSON, text) uses.

All decisions about what goes where (which section a finding belongs in, which actions come
first, which text in which language, how evidence is put into words, redaction) are made
here, in Python, so that the HTML template only places values and the text summary, the
PDF and the JSON view cannot drift from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditor import __version__, labels
from auditor.engine import SEVERITY_ORDER, Finding, sort_key
from auditor.facts import Fact
from auditor.formats import percent
from auditor.redaction import hide
from auditor.report.inputs import ReportInput, from_result
from auditor.strings import REPORT
from auditor.strings import t as words

if TYPE_CHECKING:
    from auditor.audit import AuditResult


START_HERE = 5           # at most this many actions at the top
REVIEW_WARNING_DAYS = 180  # as auditor.audit: a checklist not checked against the site for longer
VALUE_CHARS = 120        # an imported text (an About section) is quoted, not reprinted whole
WHY_CHARS = 220          # the handout quotes the reason this far, in whole sentences
CHEAP_KINDS = ("toggle", "choice")  # a switch or a choice behind a direct link: minutes, not an afternoon


def redact(text: str, lang: str = "en") -> str:
    """Hide e-mail addresses and phone numbers (for a report that will be shared), saying so
    in the report's language."""
    # compiled on first use (re caches it): a report that redacts nothing does not pay for it
    t = strings(lang)
    return hide(text, t["email_hidden"], t["phone_hidden"])


def strings(lang: str) -> dict[str, str]:
    """The report's words in one language, without the ``report.`` prefix (``t.title``)."""
    chosen = "nl" if lang == "nl" else "en"
    return {key.removeprefix("report."): entry[chosen] for key, entry in REPORT.items()}


def long_date(value: dt.date | str, t: dict[str, str]) -> str:
    """22 november 2026 / 22 November 2026: how a person writes a date. A source may be
    dated by month ("2024-05": mei 2024) or year ("2024") only."""
    if isinstance(value, str) and len(value) in (4, 7):
        return value if len(value) == 4 else f"{t['months'].split()[int(value[5:7]) - 1]} {value[:4]}"
    day = dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return f"{day.day} {t['months'].split()[day.month - 1]} {day.year}"


@dataclass
class EvidenceView:
    source: str
    source_label: str
    observed_at: str
    detail: str
    value: str
    label: str = ""  # what the person saw: a choice's label rather than its id


@dataclass
class SourceView:
    title: str
    url: str
    text: str  # publisher, published, seen: in words


@dataclass
class FindingView:
    check: str
    platform: str
    revision: int
    severity: str
    severity_label: str
    category: str
    status: str
    change: str | None
    title: str
    why: str
    impact: str
    fix: dict[str, str]
    where_url: str
    where_path: str
    evidence: list[EvidenceView]
    reason: str
    goal_note: str | None
    labels_unverified: bool
    removed_on: str | None
    accepted: dict[str, str | None] | None
    sources: list[SourceView]
    action: str = ""            # a gap's heading: what to do ("Turn on two-step verification")
    cheap: bool = False         # a switch or a choice behind a direct link
    evidence_text: list[str] = field(default_factory=list)  # once per source, in words
    where_kind: str = "setting"  # what the link opens: a 'setting' or a 'page' (a profile, the messages)
    platform_name: str = ""
    why_short: str = ""         # the first sentences of ``why``: what the handout prints
    platform_lang: str = ""     # the language of the person's screen of this platform: screen words are in it
    originals: dict[str, str] = field(default_factory=dict)  # screen word shown -> the other language's

    @property
    def marked(self) -> bool:
        """Whether a screen word on this card carries the "≈" of an unconfirmed wording."""
        return labels.marked([self.title, self.action, self.why, self.impact, self.where_path,
                              self.goal_note or "", *self.fix.values(), *self.evidence_text])

    @property
    def observed(self) -> bool:
        return self.status in ("pass", "gap")


@dataclass
class PlatformView:
    id: str
    name: str
    status: str
    retired_on: str | None
    retired_note: str | None
    checklist_version: str
    reviewed: str
    score: int | None
    coverage: float | None
    gaps: dict[str, int]
    findings: list[FindingView]
    platform_lang: str = ""  # the language of the person's screen of this platform


@dataclass
class ReportView:
    lang: str
    t: dict[str, str]
    generated_at: str
    audit: dict[str, Any]
    score: int | None
    coverage: float | None
    gaps: dict[str, int]
    platforms: list[PlatformView]
    changes: dict[str, list[FindingView]]
    warnings: list[str]
    redacted: bool
    tool_version: str = __version__
    goal_text: str = ""
    goal_name: str = ""
    since_text: str = ""
    sections: dict[str, list[FindingView]] = field(default_factory=dict)
    start_here: list[FindingView] = field(default_factory=list)
    standing: str = ""          # one plain sentence: where the person stands
    tally: str = ""             # what a person can act on: "19 of 33 points in order · 0 urgent · 14 to improve"
    score_plain: str = ""       # the score, in words
    coverage_plain: str = ""    # the coverage, in words
    evidence_only: bool = False  # made from an import alone: no question answered yet
    evidence_only_text: str = ""
    generated_long: str = ""
    mark_note: str = ""         # the one explanation of the "≈" mark, when the report shows one



TO_DO = ("high", "medium", "low")  # info items are worth knowing, not to-dos: never counted as open points


def to_do(gaps: dict[str, int]) -> int:
    """The number of open points a person has to act on."""
    return sum(gaps.get(s, 0) for s in TO_DO)

def _value_text(fact: Fact, lang: str) -> str:
    if isinstance(fact.value, bool):
        return ("aan" if fact.value else "uit") if lang == "nl" else ("on" if fact.value else "off")
    if isinstance(fact.value, float):
        return f"{fact.value:.2f}"
    return "" if fact.value is None else str(fact.value)


def _evidence(fact: Fact, lang: str, t: dict[str, str], scrub: bool, choices: dict[str, Any],
              check: dict[str, Any] | None = None, plang: str = "") -> EvidenceView:
    detail, value = fact.detail, _value_text(fact, lang)
    if scrub:
        detail, value = redact(detail, lang), redact(value, lang)
    choice = choices.get(value)
    label = value
    if choice and check is not None:  # the platform's own option in the screen's language, or our words
        label = labels.choice(choice, labels.Screen.from_digest(check), labels.platform_lang(plang, lang), lang,
                              screen_options=bool(check.get("screen_options")))
    elif choice:
        label = _lang(choice, lang)
    elif check is not None and check.get("unit") and isinstance(fact.value, int | float) \
            and not isinstance(fact.value, bool) and not (isinstance(fact.value, float) and 0 <= fact.value <= 1):
        label = _with_unit(value, check, lang, t)
    if isinstance(fact.value, bool):  # the questions ask "Is it so?" and take Ja/Nee: say it the same way
        label = words("interview.toggle.yes" if fact.value else "interview.toggle.no", lang)
    elif isinstance(fact.value, float) and 0 <= fact.value <= 1:  # a share (8 of 10 invitations)
        label = percent(fact.value)
    return EvidenceView(
        source=fact.source, source_label=t.get(f"source_{fact.source}", fact.source),
        observed_at=fact.observed_at.isoformat(), detail=detail, value=value, label=label,
    )


def _with_unit(value: str, check: dict[str, Any], lang: str, t: dict[str, str]) -> str:
    """A bare count with the question's unit: "5 van de 7 onderdelen", "3 items"."""
    unit = _lang(check.get("unit"), lang)
    if check.get("maximum") is not None:
        return words("interview.count.of", lang, n=value, max=check["maximum"], unit=unit)
    return f"{value} {unit}"


def _quoted(label: str) -> str:
    """Words are quoted as the person gave or saw them; a count (with its unit), a share or a link is not."""
    label = re.sub(r"[ \t\r\n]+", " ", label).strip()  # a no-break space before a "≈" stays
    if len(label) > VALUE_CHARS:
        label = label[:VALUE_CHARS].rsplit(" ", 1)[0] + " …"
    if re.fullmatch(r"[\d.,]+%?( .*)?|https?://\S+", label):
        return label
    return f"“{label}”" if label else ""


def _evidence_words(evidence: list[EvidenceView], platform: str, t: dict[str, str]) -> list[str]:
    """Once per source, in words: "from your LinkedIn export of 1 December 2026: 184". Words are quoted, numbers not.
    No file names or technical details: those stay in the JSON report."""
    by_source: dict[str, list[EvidenceView]] = {}
    for e in evidence:
        by_source.setdefault(e.source, []).append(e)
    lines = []
    for source, items in by_source.items():
        when = long_date(max(e.observed_at for e in items), t)
        key = f"ev_{source}" if f"ev_{source}" in t else "ev_other"
        said = ", ".join(q for q in (_quoted(e.label) for e in items) if q)
        head = t[key].format(platform=platform, date=when, source=t.get(f"source_{source}", source))
        lines.append(f"{head}: {said}" if said else head)
    return lines


def _lang(value: Any, lang: str) -> str:
    """A digest text in one language (a plain string is the same in both)."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    return "" if value is None else str(value)


def _sources(raw: list[dict[str, Any]], lang: str, t: dict[str, str]) -> list[SourceView]:
    out = []
    for s in raw:
        parts = [_lang(s.get("publisher"), lang)]
        published = s.get("published") or ""
        if published == "unknown":
            parts.append(t["published_unknown"])
        elif published:
            parts.append(t["published_on"].format(date=long_date(published, t)))
        if s.get("seen"):
            parts.append(t["seen_on"].format(date=long_date(s["seen"], t)))
        title = _lang(s.get("title"), lang) or s.get("url") or t["source_untitled"]
        out.append(SourceView(title=title, url=s.get("url") or "", text=" · ".join(p for p in parts if p)))
    return out


def _finding_view(finding: Finding, check: dict[str, Any] | None, platform_name: str, change: str | None,
                  lang: str, goal: str, t: dict[str, str], scrub: bool, plang: str = "") -> FindingView:
    plang = labels.platform_lang(plang, lang)
    if check is None:  # the catalogue in use no longer has this check: show what is known
        evidence = [_evidence(e, lang, t, scrub, {}) for e in finding.evidence]
        return FindingView(
            check=finding.check_id, platform=finding.platform, revision=finding.revision,
            severity=finding.severity, severity_label=t[f"sev_{finding.severity}"], category=finding.category,
            status=finding.status, change=change, title=finding.check_id, why="", impact="", fix={},
            where_url="", where_path="", evidence=evidence,
            reason="", goal_note=None, labels_unverified=False, removed_on=None, accepted=None, sources=[],
            action=finding.check_id, evidence_text=_evidence_words(evidence, platform_name, t),
            platform_name=platform_name, platform_lang=plang,
        )
    screen = labels.Screen.from_digest(check)

    def text(value: Any) -> str:  # a prose text in the tool's language, screen words in the platform's
        return labels.fill(_lang(value, lang), screen, plang, lang)

    reason = t.get(f"reason_{finding.reason}", "") if finding.reason else ""
    if finding.detail:
        detail = redact(finding.detail, lang) if scrub else finding.detail
        reason = f"{reason}: {detail}" if reason else detail
    accepted = None
    if finding.accepted is not None:
        until = finding.accepted.until
        said = redact(finding.accepted.reason, lang) if scrub else finding.accepted.reason
        accepted = {"reason": said, "until": until.isoformat() if until else None}
    title = text(check["title"])
    action = text(check.get("action")) or f"{t['to_do']} {_lower_first(title)}"
    evidence = [_evidence(e, lang, t, scrub, check["choices"] if e.key == check["fact"] else {},
                          check if e.key == check["fact"] else None, plang)
                for e in finding.evidence]
    note = check["goal_notes"].get(goal)
    why = text(check["why"])
    choices = list(check["choices"].values()) if check.get("screen_options") else []
    return FindingView(
        check=finding.check_id, platform=finding.platform, revision=finding.revision, severity=finding.severity,
        severity_label=t[f"sev_{finding.severity}"], category=finding.category, status=finding.status,
        change=change, title=title, why=why, impact=text(check["impact"]),
        fix={surface: text(value) for surface, value in check["fix"].items()},
        where_url=check["where_url"], where_path=labels.path(screen, plang, lang),
        where_kind=check.get("where_kind", "setting"),
        evidence=evidence, reason=reason, goal_note=text(note) if note else None,
        labels_unverified=screen.unverified(plang),
        removed_on=check["removed"], accepted=accepted, sources=_sources(check["sources"], lang, t),
        action=action, cheap=check.get("kind") in CHEAP_KINDS and bool(check["where_url"]),
        evidence_text=_evidence_words(evidence, platform_name, t), platform_name=platform_name,
        why_short=_short(why), platform_lang=plang, originals=labels.originals(screen, plang, choices),
    )


def _short(text: str, limit: int = WHY_CHARS) -> str:
    """Whole sentences up to about ``limit`` characters (at least one): paper is for acting on."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\u00C0-\u024F\"“‘(])", text.strip())
    out = sentences[0]
    for sentence in sentences[1:]:
        if len(out) + 1 + len(sentence) > limit:
            return out + " …"
        out = f"{out} {sentence}"
    return out


def _lower_first(text: str) -> str:
    """"Je account is privé" after "Nog doen:" reads as one sentence; keep "LinkedIn" as it is."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if text and first[1:] == first[1:].lower() else text


def _platform_view(pid: str, raw: dict[str, Any], findings: list[FindingView], inp_tally: Any,
                   lang: str, plang: str = "") -> PlatformView:
    return PlatformView(
        id=pid, name=raw["name"], status=raw["status"], retired_on=raw["retired_on"],
        retired_note=_lang(raw["retired_note"], lang) if raw["retired_note"] else None,
        checklist_version=raw["version"], reviewed=raw["reviewed"],
        score=inp_tally.score, coverage=inp_tally.coverage, gaps=inp_tally.gaps, findings=findings,
        platform_lang=labels.platform_lang(plang, lang),
    )


def _warnings(inp: ReportInput, t: dict[str, str]) -> list[str]:
    out = [t["warn_missing"].format(platform=p) for p in inp.missing]
    for p in inp.platforms:
        raw = inp.digest["checklists"][p.id]
        age = (inp.today - dt.date.fromisoformat(raw["reviewed"])).days
        if raw["status"] == "active" and age > REVIEW_WARNING_DAYS:
            out.append(t["warn_review"].format(name=raw["name"], date=long_date(raw["reviewed"], t), days=age))
    return out


def _start_here(gaps: list[FindingView]) -> list[FindingView]:
    """The few actions worth doing first: most severe first, and of equal severity the cheap
    ones (a switch behind a direct link) before the costly ones (rewriting a profile)."""
    ranked = sorted(gaps, key=lambda f: (SEVERITY_ORDER[f.severity], not f.cheap, f.platform, f.check))
    return ranked[:START_HERE]


def _standing(sections: dict[str, list[FindingView]], t: dict[str, str], from_export: bool = False) -> str:
    """Where the person stands, in one sentence; made from an export alone, it says so
    (the person did not check anything themselves yet)."""
    checked = len(sections["passed"]) + len(sections["gaps"]) + len(sections["info"]) + len(sections["accepted"])
    urgent = sum(1 for f in sections["gaps"] if f.severity == "high")
    key = "standing_none" if urgent == 0 else "standing_one" if urgent == 1 else "standing_many"
    if not sections["gaps"]:
        key = "standing_clear"
    if checked == 0:
        return t["standing_nothing"]  # never "everything is in order" about nothing
    if from_export:
        key = key.replace("standing_", "standing_export_")
    points = t["points_one"] if checked == 1 else t["points_many"].format(n=checked)
    return t[key].format(points=points, urgent=urgent, open=len(sections["gaps"]))


def _tally(sections: dict[str, list[FindingView]], t: dict[str, str]) -> str:
    """The figures a person acts on, before any score: how many points are in order, how many
    are urgent, how many can be improved. An accepted risk counts as in order (it was decided),
    and so does a point that is only worth knowing: the same points the standing line counts."""
    ok = len(sections["passed"]) + len(sections["accepted"]) + len(sections["info"])
    open_ = len(sections["gaps"])
    unknown = len(sections["unknown"])
    if ok + open_ == 0:
        return t["tally_nothing"].format(unknown=unknown)
    urgent = sum(1 for f in sections["gaps"] if f.severity == "high")
    key = "tally_unknown" if unknown else "tally"
    return t[key].format(ok=ok, checked=ok + open_, urgent=urgent, open=open_, unknown=unknown)


def _plain_figures(view_score: int | None, sections: dict[str, list[FindingView]],
                   t: dict[str, str]) -> tuple[str, str]:
    determined = sum(len(sections[k]) for k in ("passed", "gaps", "info", "accepted"))
    applicable = determined + len(sections["unknown"])
    score = t["score_plain_none"] if view_score is None else t["score_plain"].format(score=view_score)
    unknown = len(sections["unknown"])
    key = "coverage_plain_all" if unknown == 0 else "coverage_plain_one" if unknown == 1 else "coverage_plain"
    coverage = t[key].format(determined=determined, applicable=applicable, unknown=unknown)
    return score, coverage


def build(result: AuditResult | ReportInput, *, lang: str | None = None, redact_personal: bool = False,
          generated_at: dt.datetime | None = None, platform_lang: str | None = None) -> ReportView:
    """The report's view in ``lang`` (default: the audit's); screen words in each platform's
    language as the audit recorded it, or ``platform_lang`` for all platforms."""
    generated = generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    inp = result if isinstance(result, ReportInput) else from_result(result, generated.date())
    audit = inp.audit
    lang = lang or audit.lang
    t = strings(lang)
    goal = audit.goal
    known = inp.digest["checklists"]
    platforms: list[PlatformView] = []
    every: list[FindingView] = []
    for platform in inp.platforms:
        raw = known[platform.id]
        plang = platform_lang or audit.platform_langs.get(platform.id) or lang  # not said: the tool's language
        views = [_finding_view(f, raw["checks"].get(f.check_id), raw["name"], inp.changes.get(f.check_id),
                               lang, goal, t, redact_personal, plang)
                 for f in sorted(platform.findings, key=sort_key)]
        platforms.append(_platform_view(platform.id, raw, views, platform.tally, lang, plang))
        every.extend(views)
    ordered = sorted(every, key=lambda f: (SEVERITY_ORDER[f.severity], f.platform, f.check))
    open_gaps = [f for f in ordered if f.status == "gap" and f.accepted is None]
    sections = {
        "gaps": [f for f in open_gaps if f.severity != "info"],
        "info": [f for f in open_gaps if f.severity == "info"],  # worth knowing; not a to-do
        "unknown": [f for f in ordered if f.status == "unknown"],
        "accepted": [f for f in ordered if f.status == "gap" and f.accepted is not None],
        "passed": [f for f in ordered if f.status == "pass"],
        "retired": [f for f in every if f.status == "retired"],
        "not_applicable": [f for f in ordered if f.status == "not_applicable"],
    }
    changes = {kind: [f for f in ordered if f.change == kind]
               for kind in ("fixed", "regressed", "new", "check-changed")}
    previous = inp.previous
    since = (t["since_of"].format(id=previous.id, date=long_date(previous.started_at.date(), t))
             if previous else t["since_none"])
    score_plain, coverage_plain = _plain_figures(inp.overall.score, sections, t)
    evidence_only = {e.source for f in every for e in f.evidence} == {"export"}
    return ReportView(
        lang=lang, t=t, generated_at=generated.isoformat(),
        audit={"id": audit.id, "previous_id": previous.id if previous else None, "goal": goal, "lang": lang,
               "started_at": audit.started_at.isoformat(),
               "finished_at": audit.finished_at.isoformat() if audit.finished_at else None},
        score=inp.overall.score, coverage=inp.overall.coverage, gaps=inp.overall.gaps,
        platforms=platforms, changes=changes, warnings=_warnings(inp, t), redacted=redact_personal,
        goal_text=t[f"goal_{goal}"], goal_name=t[f"goal_name_{goal}"], since_text=since, sections=sections,
        start_here=_start_here(sections["gaps"]), standing=_standing(sections, t, evidence_only),
        tally=_tally(sections, t),
        score_plain=score_plain, coverage_plain=coverage_plain,
        evidence_only=evidence_only, evidence_only_text=t["evidence_only"] if evidence_only else "",
        generated_long=long_date(generated.date(), t),
        mark_note=labels.mark_note(lang) if any(f.marked for f in every) else "",
    )
