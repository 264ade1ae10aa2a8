"""One audit's life: start (or resume), carry over what still holds, plan the questions,
evaluate, finish. The commands (wizard, answers file, demo, report) all go through here,
so a resumed wizard and an answers-file run see the same facts the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check, Checklist
from auditor.collectors.answers import leaves_open
from auditor.diff import diff
from auditor.engine import (
    Acceptance,
    Finding,
    PlatformResult,
    Tally,
    evaluate_checklist,
    ruling_condition,
    tally,
)
from auditor.facts import EVIDENCE_SOURCES, Fact, best_facts
from auditor.facts import now as current_time
from auditor.store import AuditRow, Store

DEFAULT_MAX_AGE_DAYS = 180
CARRIED_SOURCES = ("answer", "browser", "public-profile")

# Why a question is asked (the wizard shows the sentence; tests read the code).
ASK_NEW = "not-answered"
ASK_NEW_CHECK = "new-check"
ASK_CHECK_CHANGED = "check-changed"
ASK_WAS_GAP = "was-gap"
ASK_STALE = "stale"
ASK_WAS_UNSURE = "was-unsure"
ASK_CONFIRM = "confirm-evidence"
ASK_CONDITION = "condition"
ASK_NOT_READ = "not-read"


@dataclass
class PlannedQuestion:
    """One question of an audit's conversation, and where it stands in this audit."""

    check: Check
    reason: str
    previous: Fact | None = None
    age_days: int | None = None
    answer: Fact | None = None  # the answer already given in this audit
    skipped: bool = False  # skipped in this audit (saved in the store)
    condition: bool = False  # an applicability question ("are you a freelancer?"), not a check

    @property
    def open(self) -> bool:
        return self.answer is None and not self.skipped


@dataclass
class AuditResult:
    audit: AuditRow
    previous: AuditRow | None
    platforms: list[PlatformResult]
    overall: Tally
    changes: dict[str, str | None]
    catalogue: Catalogue

    @property
    def findings(self) -> list[Finding]:
        return [f for p in self.platforms for f in p.findings]


# Names people still use for a platform that was renamed, or a short form of it. The
# checklist model has no field for former names, so they are kept here.
FORMER_NAMES: dict[str, str] = {
    "twitter": "x", "x.com": "x", "fb": "facebook", "meta": "facebook", "ig": "instagram", "insta": "instagram",
    "google+": "googleplus", "google-plus": "googleplus", "gplus": "googleplus",
}


def platform_id(catalogue: Catalogue, name: str) -> str:
    """The catalogue's id for a platform name as a person types it: any case, a former name
    (``twitter``), or else an error that suggests the closest known name."""
    wanted = name.strip().casefold()
    if wanted in catalogue.checklists:
        return wanted
    former = FORMER_NAMES.get(wanted)
    if former is not None and former in catalogue.checklists:
        return former
    for platform, checklist in catalogue.checklists.items():
        if checklist.name.casefold() == wanted:
            return platform
    import difflib

    from auditor.errors import CatalogueError
    from auditor.strings import t

    candidates = list(catalogue.checklists) + [k for k, v in FORMER_NAMES.items() if v in catalogue.checklists]
    close = difflib.get_close_matches(wanted, candidates, n=1, cutoff=0.6)
    known = ", ".join(sorted(catalogue.checklists))
    hint = t("cli.platform.did-you-mean", name=close[0]) if close else t("cli.platform.known", known=known)
    raise CatalogueError(t("cli.platform.unknown", name=name), hint=hint)


def resolve_platforms(catalogue: Catalogue, requested: Sequence[str]) -> list[str]:
    """The platforms to audit: the ones asked for (by any name people use), or every active one."""
    if not requested:
        return [p for p, cl in catalogue.checklists.items() if cl.status == "active"]
    return list(dict.fromkeys(platform_id(catalogue, p) for p in requested))


def resumable(store: Store, platforms: Sequence[str]) -> AuditRow | None:
    """The newest audit over exactly these platforms, if it is unfinished (audits over other
    platforms since do not hide it);
    claimed atomically, so an audit another running auditor is working on is never resumed."""
    return store.claim_resumable(platforms, current_time())


def start(store: Store, catalogue: Catalogue, platforms: Sequence[str], goal: str, lang: str,
          now: dt.datetime, platform_langs: dict[str, str] | None = None) -> AuditRow:
    """A new audit; answers and browser readings of the last audit are carried over, marked.

    ``platform_langs``: the language the person uses each platform in; a platform not named
    keeps the language the last audit of it had (a re-audit names the same screen words)."""
    versions = {p: catalogue.platform(p).version for p in platforms}
    previous = store.previous_finished(10**12, platforms)
    langs = {p: previous.platform_langs[p] for p in platforms if previous and p in previous.platform_langs}
    langs.update({p: v for p, v in (platform_langs or {}).items() if p in platforms})
    row, _created = store.claim_unfinished(platforms, goal, lang, versions, previous.id if previous else None, now,
                                           carry_sources=CARRIED_SOURCES, resume=False, platform_langs=langs)
    return row


def previous_platform_langs(store: Store, platforms: Sequence[str]) -> dict[str, str]:
    """The platform languages the last finished audit of these platforms had: what a new audit offers first."""
    previous = store.previous_finished(10**12, platforms)
    return {p: previous.platform_langs[p] for p in platforms if previous and p in previous.platform_langs}


def facts_for(store: Store, audit: AuditRow) -> list[Fact]:
    """This audit's facts plus imported evidence for its platforms."""
    return store.facts(audit.id) + store.evidence(audit.platforms)


def askable(check: Check, checklist: Checklist, catalogue: Catalogue, goal: str, facts: dict[str, Fact]) -> bool:
    """Whether the check is asked at all: active, a question, and applicable as far as we know.

    Applicability through a condition is decided by the engine's ``ruling_condition``, the same
    test the findings use: only a determined answer rules a check out, "not sure" keeps it open.
    """
    if checklist.status != "active" or check.removed or check.question is None:
        return False
    if not check.applies_to_goal(goal):
        return False
    overlay = catalogue.overlay
    if overlay and overlay.checks.get(check.id) and overlay.checks[check.id].skip:
        return False
    lists = checklist.all_words()
    return ruling_condition(check, facts, lists) is None


def plan(store: Store, catalogue: Catalogue, audit: AuditRow, now: dt.datetime,
         max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> tuple[list[PlannedQuestion], list[Fact]]:
    """What is still to ask, and why; plus the evidence facts that settle checks without asking."""
    items, settled = conversation(store, catalogue, audit, now, max_age_days)
    return [q for q in items if q.open], settled


def conversation(store: Store, catalogue: Catalogue, audit: AuditRow, now: dt.datetime,
                 max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> tuple[list[PlannedQuestion], list[Fact]]:
    """Every question of this audit in order (answered, skipped and open), and the settled evidence.

    Answered and skipped questions stay in the list so that progress and "back" are stable
    whichever front end (terminal, web page) asks, and however often it is rebuilt.
    """
    own = store.facts(audit.id)
    carried = store.carried_keys(audit.id)
    mine = {f.key: f for f in own if f.source == "answer" and (f.key, f.source) not in carried}
    skipped = store.skipped(audit.id)
    current = best_facts(own + store.evidence(audit.platforms))
    previous_findings = {f.check_id: f for f in store.findings(audit.previous_id)} if audit.previous_id else {}
    items: list[PlannedQuestion] = []
    settled: list[Fact] = []
    conditions_seen: set[str] = set()

    def add(item: PlannedQuestion) -> None:
        item.answer = mine.get(item.check.fact)
        item.skipped = item.answer is None and item.check.id in skipped
        items.append(item)

    for platform in audit.platforms:
        checklist = catalogue.platform(platform)
        for check in checklist.checks:
            if not askable(check, checklist, catalogue, audit.goal, current):
                continue
            condition = check.applies_when
            if condition is not None and condition.question is not None and condition.fact not in conditions_seen:
                conditions_seen.add(condition.fact)
                asked = _condition_item(check, current.get(condition.fact), carried, mine, now, max_age_days)
                if asked is not None:
                    add(asked)
            fact = current.get(check.fact)
            if check.fact in mine:
                add(PlannedQuestion(check, ASK_NEW))
            elif fact is None:
                add(PlannedQuestion(check, _new_or_not(check, previous_findings)))
            elif fact.source in EVIDENCE_SOURCES and (fact.key, fact.source) not in carried:
                if fact.determined and not leaves_open(check, fact.value):
                    settled.append(fact)
                else:  # not read, or read without settling the answer (18 contacts kept, sync
                    # unknown): ask, and show what was seen
                    add(PlannedQuestion(check, ASK_NOT_READ, previous=fact))
            elif (fact.key, fact.source) in carried:
                why = _why_ask_again(check, fact, previous_findings.get(check.id), now, max_age_days)
                if why is not None:
                    add(PlannedQuestion(check, why, previous=fact, age_days=(now - fact.observed_at).days))
    return items, settled


def _new_or_not(check: Check, previous_findings: Mapping[str, Finding]) -> str:
    """"New check since your last audit" only for a check the last audit did not have at all."""
    if not previous_findings:
        return ASK_NEW
    known = check.id in previous_findings or any(a in previous_findings for a in check.aliases)
    return ASK_NEW if known else ASK_NEW_CHECK


def _condition_item(check: Check, fact: Fact | None, carried: set[tuple[str, str]], mine: Mapping[str, Fact],
                    now: dt.datetime, max_age_days: int) -> PlannedQuestion | None:
    """The applicability question before the first check that depends on it, when it is to be
    asked: never answered, answered "not sure" (asked again next time), or an old answer."""
    condition = check.condition_check()
    if condition.fact in mine or fact is None:
        return PlannedQuestion(condition, ASK_CONDITION, condition=True)
    if (fact.key, fact.source) not in carried:
        return None if fact.determined else PlannedQuestion(condition, ASK_CONDITION, previous=fact, condition=True)
    age = (now - fact.observed_at).days
    if fact.is_unsure:
        return PlannedQuestion(condition, ASK_WAS_UNSURE, previous=fact, age_days=age, condition=True)
    if age > max_age_days:
        return PlannedQuestion(condition, ASK_STALE, previous=fact, age_days=age, condition=True)
    return None


def _why_ask_again(check: Check, fact: Fact, previous: Finding | None, now: dt.datetime,
                   max_age_days: int) -> str | None:
    if fact.check_revision is not None and fact.source == "answer" and fact.check_revision < check.revision:
        return ASK_CHECK_CHANGED
    if previous is not None and previous.status == "gap":
        return ASK_WAS_GAP
    if fact.is_unsure:
        return ASK_WAS_UNSURE
    if (now - fact.observed_at).days > max_age_days:
        return ASK_STALE
    return None


def evaluate(store: Store, catalogue: Catalogue, audit: AuditRow, today: dt.date) -> AuditResult:
    """Findings for an audit: stored ones for a finished audit, evaluated live otherwise."""
    previous = store.audit(audit.previous_id) if audit.previous_id else None
    acceptances = store.acceptances()
    stored = store.findings(audit.id) if audit.finished else []
    facts = best_facts(facts_for(store, audit))
    results: list[PlatformResult] = []
    for platform in audit.platforms:
        checklist = catalogue.checklists.get(platform)
        if checklist is None:
            continue  # the report says so, in its language (report.view's warnings)
        if stored:
            findings = [f for f in stored if f.platform == platform]
            _refresh_acceptances(findings, acceptances, today)
            results.append(PlatformResult(platform, checklist, findings, tally(findings)))
        else:
            results.append(evaluate_checklist(checklist, facts, audit.goal, acceptances=acceptances,
                                              overlay=catalogue.overlay, today=today))
    previous_findings = store.findings(previous.id) if previous else None
    renamed = {alias: c.id for cl in catalogue.checklists.values() for c in cl.checks for alias in c.aliases}
    current = [f for r in results for f in r.findings]
    return AuditResult(
        audit=audit, previous=previous, platforms=results, overall=tally(current),
        changes=diff(current, previous_findings, renamed), catalogue=catalogue,
    )


def _refresh_acceptances(findings: list[Finding], acceptances: Mapping[str, Acceptance], today: dt.date) -> None:
    """Acceptances are read at report time: one given after the audit counts, an expired one stops."""
    for finding in findings:
        acc = acceptances.get(finding.check_id)
        active = finding.status == "gap" and acc is not None and acc.active_on(today)
        finding.accepted = acc if active else None


def reevaluate(store: Store, catalogue: Catalogue, audit: AuditRow, now: dt.datetime) -> AuditResult:
    """A finished audit corrected afterwards (from its report): its findings are evaluated
    afresh from its facts and stored; it keeps its finishing time."""
    from dataclasses import replace

    result = evaluate(store, catalogue, replace(audit, finished_at=None), now.date())
    store.save_findings(audit.id, result.findings)
    result.audit = audit
    return result


def finish(store: Store, catalogue: Catalogue, audit: AuditRow, now: dt.datetime) -> AuditResult:
    result = evaluate(store, catalogue, audit, now.date())
    store.save_findings(audit.id, result.findings)
    store.finish_audit(audit.id, now)
    finished = store.audit(audit.id)
    assert finished is not None
    result.audit = finished
    return result
