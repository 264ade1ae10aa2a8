"""The audit as a conversation, rebuilt from the store on every request.

The page keeps no state of its own: which question is shown comes from the address
(``at``), what was answered comes from the store. So a page left open while the terminal
answers shows the current state on its next action, and nothing is lost.

This is the agreed ``Interview`` API (``begin``/``open``/``current``/``answer``/``unsure``/
``skip``/``back``/``finish``), written over ``auditor.audit`` so the web page works on its
own; when the shared conversation core lands, this module gives way to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor import audit as audits
from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.collectors.answers import AnswerError, answer_fact, expected_values, parse_answer
from auditor.facts import UNSURE, Fact, FactValue
from auditor.store import AuditRow, Store


@dataclass(frozen=True)
class ChoiceView:
    id: str
    label: str
    key: str


@dataclass(frozen=True)
class QuestionView:
    check_id: str
    platform: str
    platform_name: str
    title: str
    why: str
    help: str
    where_path: str
    where_url: str
    question: str
    kind: str
    choices: list[ChoiceView]
    minimum: float | None
    maximum: float | None
    position: int
    total: int
    reason: str
    evidence: Fact | None
    given: FactValue


@dataclass(frozen=True)
class AnswerResult:
    ok: bool
    error: str = ""


@dataclass
class _Step:
    check: Check
    reason: str
    previous: Fact | None = None
    answered: bool = False
    given: FactValue = None


class Interview:
    """One audit's questions, in catalogue order, positioned at one of them."""

    def __init__(self, store: Store, catalogue: Catalogue, audit: AuditRow, *, now: dt.datetime,
                 at: str | None = None, max_age_days: int = audits.DEFAULT_MAX_AGE_DAYS) -> None:
        self.store, self.catalogue, self.audit, self.now = store, catalogue, audit, now
        self.max_age_days = max_age_days
        self.steps = self._steps()
        self.index = self._locate(at)

    @classmethod
    def begin(cls, store: Store, catalogue: Catalogue, platforms: Sequence[str], *, goal: str, lang: str,
              now: dt.datetime, max_age_days: int = audits.DEFAULT_MAX_AGE_DAYS, new: bool = False) -> Interview:
        """Resume the unfinished audit over these platforms, or start a new one."""
        chosen = audits.resolve_platforms(catalogue, platforms)
        audit = None if new else audits.resumable(store, chosen)
        if audit is not None and (audit.goal, audit.lang) != (goal, lang):
            store.set_goal(audit.id, goal, lang)
            audit = store.audit(audit.id)
        if audit is None:
            audit = audits.start(store, catalogue, chosen, goal, lang, now)
        return cls(store, catalogue, audit, now=now, max_age_days=max_age_days)

    @classmethod
    def open(cls, store: Store, catalogue: Catalogue, audit_id: int, *, now: dt.datetime,
             at: str | None = None) -> Interview | None:
        audit = store.audit(audit_id)
        return None if audit is None else cls(store, catalogue, audit, now=now, at=at)

    # --- where we are -----------------------------------------------------------------------

    def _steps(self) -> list[_Step]:
        planned, _settled = audits.plan(self.store, self.catalogue, self.audit, self.now, self.max_age_days)
        by_id = {q.check.id: q for q in planned}
        answers = {f.check_id: f for f in self.store.facts(self.audit.id)
                   if f.source == "answer" and f.check_id}
        carried = self.store.carried_keys(self.audit.id)
        steps: list[_Step] = []
        for check in self._ordered_checks():
            fact = answers.get(check.id)
            own = fact is not None and (fact.key, fact.source) not in carried
            if check.id in by_id and not own:
                q = by_id[check.id]
                steps.append(_Step(q.check, q.reason, q.previous))
            elif own and fact is not None and audits.still_applies(self.store, self.catalogue, self.audit, check):
                steps.append(_Step(check, audits.ASK_NEW, None, answered=True, given=fact.value))
        return steps

    def _ordered_checks(self) -> list[Check]:
        ordered: dict[str, Check] = {}
        for platform in self.audit.platforms:
            checklist = self.catalogue.checklists.get(platform)
            for check in checklist.checks if checklist else []:
                if check.applies_when is not None and check.applies_when.question is not None:
                    condition = check.condition_check()
                    ordered.setdefault(condition.id, condition)
                ordered.setdefault(check.id, check)
        return list(ordered.values())

    def _locate(self, at: str | None) -> int:
        ids = [s.check.id for s in self.steps]
        if at is not None and at in ids:
            return ids.index(at)
        return self._next_open(0)

    def _next_open(self, start: int) -> int:
        for i in range(start, len(self.steps)):
            if not self.steps[i].answered:
                return i
        return len(self.steps)

    @property
    def done(self) -> bool:
        return self.index >= len(self.steps)

    @property
    def unanswered(self) -> int:
        return sum(1 for s in self.steps if not s.answered)

    def current(self) -> QuestionView | None:
        if self.done or self.audit.finished:
            return None
        return self._view(self.steps[self.index])

    def view_of(self, check_id: str) -> QuestionView | None:
        """Any question of this audit by id (the report links back into them)."""
        for step in self.steps:
            if step.check.id == check_id:
                return self._view(step)
        return None

    def _view(self, step: _Step) -> QuestionView:
        check, lang = step.check, self.audit.lang
        question = check.question
        assert question is not None
        checklist = self.catalogue.checklists.get(check.platform)
        choices = [ChoiceView(c.id, c.label.get(lang), str(i)) for i, c in enumerate(question.choices or [], 1)]
        return QuestionView(
            check_id=check.id, platform=check.platform, platform_name=checklist.name if checklist else check.platform,
            title=check.title.get(lang), why=check.why.get(lang),
            help=question.help.get(lang) if question.help else "",
            where_path=check.where.path.get(lang), where_url=check.where.url,
            question=question.text.get(lang), kind=question.kind, choices=choices,
            minimum=0 if question.kind == "number" else None, maximum=None,
            position=self.steps.index(step) + 1, total=len(self.steps),
            reason=step.reason, evidence=step.previous, given=step.given,
        )

    # --- moving ---------------------------------------------------------------------------

    def answer(self, reply: object) -> AnswerResult:
        if self.done:
            return AnswerResult(False, "")
        check = self.steps[self.index].check
        try:
            value = parse_answer(check, reply)
        except AnswerError:
            return AnswerResult(False, expected_values(check))
        self._record(check, value)
        return AnswerResult(True)

    def unsure(self) -> AnswerResult:
        if self.done:
            return AnswerResult(False, "")
        self._record(self.steps[self.index].check, UNSURE)
        return AnswerResult(True)

    def _record(self, check: Check, value: FactValue) -> None:
        self.store.put_fact(self.audit.id, answer_fact(check, value, observed_at=self.now, detail="web page"))
        at = check.id
        self.steps = self._steps()  # an answer to a condition may add or remove later questions
        ids = [s.check.id for s in self.steps]
        position = ids.index(at) if at in ids else self.index
        self.index = self._after(position)

    def _after(self, position: int) -> int:
        """The next open question after ``position``; else the first open one; else the end."""
        following = self._next_open(position + 1)
        return following if following < len(self.steps) else self._next_open(0)

    def skip(self) -> None:
        if not self.done:
            following = self._next_open(self.index + 1)
            self.index = following

    def back(self) -> None:
        self.index = max(0, min(self.index, len(self.steps)) - 1)

    def finish(self) -> audits.AuditResult:
        """Evaluate and store the findings. A finished audit corrected from its report is
        evaluated afresh and keeps its finishing time."""
        if self.audit.finished:
            result = audits.evaluate(self.store, self.catalogue, replace(self.audit, finished_at=None), self.now.date())
            self.store.save_findings(self.audit.id, result.findings)
            result.audit = self.audit
            return result
        result = audits.finish(self.store, self.catalogue, self.audit, self.now)
        self.audit = result.audit
        return result
