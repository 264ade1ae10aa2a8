"""The guided audit as one conversation, with no terminal in it.

``Interview`` owns the conversation for one audit: which question is current (as a
prepared ``QuestionView``, every sentence already in the audit's language), and what an
answer, "not sure", a skip or "back" does. Every answer and every skip is committed to the
store as it is given, so the terminal wizard and the web page (``auditor serve``) can take
turns on one store: ``Interview.open`` rebuilds the conversation from the store each time.

Nothing here prints, reads a terminal, wraps lines or knows key letters: the front ends do
that (``auditor.frontends.terminal`` for the terminal).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from auditor import audit as audits
from auditor import labels
from auditor.audit import AuditResult, PlannedQuestion
from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.collectors.answers import CONFIRMED_PREFIX, AnswerError, answer_fact, as_answer, interpret, leaves_open
from auditor.facts import EVIDENCE_SOURCES, UNSURE, Fact, FactValue, best_facts
from auditor.formats import percent
from auditor.store import AuditRow, Store
from auditor.strings import t

__all__ = ["AnswerResult", "ChoiceView", "Interview", "QuestionView", "unfinished"]



# --- the start: resume ----------------------------------------------------------------------

def unfinished(store: Store, platforms: Sequence[str]) -> AuditRow | None:
    """The unfinished audit over exactly these platforms that ``Interview.begin`` would resume."""
    return audits.resumable(store, platforms)


# --- the views a front end shows ---------------------------------------------------------

@dataclass(frozen=True)
class ChoiceView:
    id: str  # what is stored ("on"/"off" for a toggle)
    label: str
    key: str  # what to type: "1", "2", ...


@dataclass(frozen=True)
class QuestionView:
    check_id: str
    platform: str
    platform_name: str
    title: str
    why: str  # whole, never shortened
    help: str  # the question's help and the whole description, for '?'
    where_path: str
    where_url: str
    question: str
    kind: str  # 'toggle' | 'choice' | 'number' | 'text'
    choices: list[ChoiceView]
    minimum: int | None
    maximum: int | None
    position: int  # 1-based, over the whole conversation
    total: int
    reason: str  # why it is asked, a sentence, or ''
    reason_code: str
    evidence: str  # what is already known, in the question's own terms, or ''
    given: str | None  # the label of the answer given in this audit
    default: str | None = None  # what Enter keeps (a review of evidence): a choice id / value
    previous: str | None = None  # "Last time: …" for a question asked again
    is_condition: bool = False
    has_probe: bool = False
    platform_position: int = 0  # 1-based within its platform
    platform_total: int = 0
    # "Your export of 7 December says: 7; earlier you answered: 6" — an answer the export read
    # after it replaced (the newer one wins), offered for review; '' otherwise
    conflict: str = ""
    at_start: bool = False  # nothing before it to go back to
    platform_lang: str = ""  # the language of the person's screen of this platform (screen words)
    where_path_original: str = ""  # the path in the other language, for a tooltip beside an unconfirmed one
    mark_note: str = ""  # the one explanation of the "≈" mark, when this view shows one
    where_kind: str = "setting"  # what the link opens: a 'setting', or a 'page' that is none


@dataclass(frozen=True)
class AnswerResult:
    ok: bool
    error: str = ""
    value: FactValue = None


def number_range(check: Check) -> tuple[int | None, int | None]:
    """The range of a number question, as the catalogue gives it; counts are never negative."""
    return (None, None) if check.question is None else check.question.bounds


def choice_views(check: Check, lang: str, plang: str | None = None) -> list[ChoiceView]:
    """The answers to choose from; a question offering the screen's own options shows them in
    the platform's language ``plang`` (default: ``lang``)."""
    question = check.question
    if question is None:
        return []
    if question.kind == "toggle":
        return [ChoiceView("on", t("interview.toggle.yes", lang), "1"),  # on/off, aan/uit are accepted too
                ChoiceView("off", t("interview.toggle.no", lang), "2")]
    screen = labels.Screen.of(check)
    plang = labels.platform_lang(plang, lang)
    return [ChoiceView(c.id, labels.choice({"en": c.label.en, "nl": c.label.nl}, screen, plang, lang,
                                           screen_options=question.screen_options), str(i))
            for i, c in enumerate(question.choices or [], 1)]


def value_label(check: Check, value: FactValue, lang: str, plang: str | None = None) -> str:
    """A value as the person knows it: a choice's label (the screen's own option in the platform's
    language ``plang``), Yes/No for a toggle, a number with the question's unit."""
    if value == UNSURE:
        return t("interview.unsure", lang)
    if isinstance(value, bool):
        return t("interview.toggle.yes" if value else "interview.toggle.no", lang)
    question = check.question
    for choice in choice_views(check, lang, plang) if question and question.kind == "choice" else []:
        if choice.id == value:
            return choice.label
    if value is None:
        return "—"
    if question is not None and question.kind == "number" and isinstance(value, int | float):
        return with_unit(value, check, lang)
    return str(value)


def with_unit(value: float, check: Check, lang: str) -> str:
    """A count with the question's unit: "5 of the 7 items" / "5 van de 7 onderdelen", "3 items"."""
    question = check.question
    number = f"{value:g}" if isinstance(value, float) else str(value)
    if question is None or question.unit is None:
        return number
    unit = question.unit.get(lang)
    if question.maximum is not None:
        return t("interview.count.of", lang, n=number, max=question.maximum, unit=unit)
    return f"{number} {unit}"


def source_name(fact: Fact, lang: str) -> str:
    """Where a value comes from, e.g. "export, confirmed by you"."""
    if fact.source == "answer" and fact.detail.startswith(CONFIRMED_PREFIX):
        origin = fact.detail[len(CONFIRMED_PREFIX):] or "export"
        return t("interview.source.confirmed", lang, source=t(f"interview.source.{origin}", lang))
    return t(f"interview.source.{fact.source}", lang)


def evidence_sentence(check: Check, fact: Fact, lang: str, plang: str | None = None) -> str:
    """What the evidence says, in the question's terms: "Your export shows 3 uploaded contacts → Yes, …"."""
    when = spoken_date(fact.observed_at.date(), lang)
    source = t(f"interview.source.{fact.source}", lang)
    if not fact.determined and fact.source == "export" and fact.detail:  # read, but it settles nothing
        from auditor.strings import TABLE

        key = f"interview.shows.{fact.key}"
        shown = t(key, lang) if key in TABLE else fact.detail
        return t("interview.evidence.open", lang, source=source, when=when, shown=shown)
    if not fact.determined:
        return t("interview.evidence.unread", lang, source=source_name(fact, lang), detail=fact.detail or "—")
    answer = as_answer(check, fact.value)
    label = value_label(check, answer, lang, plang) if answer is not None else ""
    shown = _shown(check, fact, lang)
    if shown and not label and leaves_open(check, fact.value):
        return t("interview.evidence.open", lang, source=source, when=when, shown=shown)
    if shown and label and check.question is not None and check.question.kind in ("toggle", "choice"):
        return t("interview.evidence.shows", lang, source=source, when=when, shown=shown, label=label)
    if shown and check.question is not None and check.question.kind == "number":  # "7 of the 7 items"
        label = shown
    return t("interview.evidence.says", lang, source=source, when=when, label=label or shown)


def spoken_date(day: dt.date, lang: str) -> str:
    """22 November 2026 / 22 november 2026: a date as people say it."""
    return f"{day.day} {t('report.months', lang).split()[day.month - 1]} {day.year}"


def _shown(check: Check, fact: Fact, lang: str) -> str:
    """A number from an export in words ("3 uploaded contacts", "80% of your invitations …")."""
    value = fact.value
    key = f"interview.shows.{fact.key}"
    from auditor.strings import TABLE

    if isinstance(value, str) and key in TABLE:  # a text read from the profile: its length
        return t(key, lang, n=len(value.split()), pct="")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    if key in TABLE:
        return t(key, lang, n=value, pct=percent(value))
    if isinstance(value, float) and 0 <= value <= 1 and check.question and check.question.kind == "choice":
        return percent(value)
    return with_unit(value, check, lang)


# --- the conversation --------------------------------------------------------------------

@dataclass
class _State:
    items: list[PlannedQuestion]
    review: list[PlannedQuestion]
    settled: list[Fact]
    facts: dict[str, Fact] = field(default_factory=dict)
    replaced: dict[str, Fact] = field(default_factory=dict)  # answers an export read later replaced
    order: dict[str, tuple[int, int]] = field(default_factory=dict)  # check id → (platform, place)


class Interview:
    """The conversation of one audit. Build it with ``begin`` (a front end's start) or
    ``open`` (rebuild from the store, e.g. on every web request)."""

    def __init__(self, store: Store, catalogue: Catalogue, audit: AuditRow, *, now: dt.datetime,
                 max_age_days: int = audits.DEFAULT_MAX_AGE_DAYS):
        self.store = store
        self.catalogue = catalogue
        self.audit = audit
        self.now = now
        self.max_age_days = max_age_days
        self.resumed = False
        self.reviewing = False
        # A long conversation stamps each answer with the moment it is given when a clock is set.
        self.clock: Callable[[], dt.datetime] | None = None
        self._state = self._load()
        self._cursor = 0
        self._trail: list[int] = []
        # how much the number of questions changed with the last answer (it made questions
        # apply or not): said once, by both doors
        self.total_change = 0
        self._to_first_open()

    # -- construction --------------------------------------------------------------------

    @classmethod
    def begin(cls, store: Store, catalogue: Catalogue, platforms: Sequence[str], *, goal: str, lang: str,
              now: dt.datetime, max_age_days: int = audits.DEFAULT_MAX_AGE_DAYS, new: bool = False,
              platform_langs: dict[str, str] | None = None) -> Interview:
        """Resume the unfinished audit over these platforms (unless ``new``), else start one.

        A goal or language given now replaces the resumed audit's; so does the language of a
        platform's screen (``platform_langs``, {platform: en|nl})."""
        existing = None if new else audits.resumable(store, platforms)
        if existing is not None:
            if (goal, lang) != (existing.goal, existing.lang):
                store.set_goal(existing.id, goal, lang)
                existing = store.audit(existing.id) or existing
            told = {p: v for p, v in (platform_langs or {}).items() if p in platforms}
            if told and any(existing.platform_langs.get(p) != v for p, v in told.items()):
                store.set_platform_langs(existing.id, told)
                existing = store.audit(existing.id) or existing
            made = cls(store, catalogue, existing, now=now, max_age_days=max_age_days)
            made.resumed = True
            return made
        row = audits.start(store, catalogue, platforms, goal, lang, now, platform_langs)
        return cls(store, catalogue, row, now=now, max_age_days=max_age_days)

    @classmethod
    def open(cls, store: Store, catalogue: Catalogue, audit_id: int, *, now: dt.datetime,
             max_age_days: int = audits.DEFAULT_MAX_AGE_DAYS, at: str | None = None) -> Interview:
        """Rebuild from the store: cursor at check ``at``, else the first open question."""
        from auditor.errors import AuditorError

        row = store.audit(audit_id)
        if row is None:
            raise AuditorError(t("interview.no-audit", None, id=audit_id))
        made = cls(store, catalogue, row, now=now, max_age_days=max_age_days)
        if at is not None:
            made.go_to(at)
        return made

    def _load(self) -> _State:
        items, settled = audits.conversation(self.store, self.catalogue, self.audit, self.now, self.max_age_days)
        state = _State(items, [], settled)
        self._refresh_facts(state)
        state.review = self._review_items(state, {q.check.fact for q in items})
        state.replaced = {f.key: f for f in self.store.facts(self.audit.id) if f.superseded}
        state.order = {check.id: (i, j) for i, platform in enumerate(self.audit.platforms)
                       if platform in self.catalogue.checklists
                       for j, check in enumerate(self.catalogue.platform(platform).checks)}
        return state

    def _review_items(self, state: _State, asked: set[str]) -> list[PlannedQuestion]:
        by_fact = {f.key: f for f in state.settled}
        out = []
        for platform in self.audit.platforms:
            checklist = self.catalogue.platform(platform)
            for check in checklist.checks:
                fact = by_fact.get(check.fact)
                if (fact is not None and check.fact not in asked
                        and audits.askable(check, checklist, self.catalogue, self.audit.goal, state.facts)):
                    out.append(PlannedQuestion(check, audits.ASK_CONFIRM, previous=fact))
        return out

    def reload(self) -> None:
        """Read the store again (e.g. after the browser recorded readings) and go to the first open question."""
        self._state = self._load()
        self._trail = []
        self._to_first_open()

    def _refresh_facts(self, state: _State | None = None) -> None:
        state = state or self._state
        state.facts = best_facts(audits.facts_for(self.store, self.audit))

    @property
    def lang(self) -> str:
        return self.audit.lang

    # -- where we are --------------------------------------------------------------------

    @property
    def _queue(self) -> list[PlannedQuestion]:
        return self._merged() if self.reviewing else self._state.items

    def _merged(self) -> list[PlannedQuestion]:
        """The questions to ask and the ones evidence answered, in the catalogue's one order
        (an applicability question just before the first check that depends on it)."""
        state = self._state
        ranked: list[tuple[tuple[int, int, int], PlannedQuestion]] = []
        items = state.items
        for i, q in enumerate(items):
            place = state.order.get(q.check.id)
            if place is None:  # a condition: just before the next check
                place = next((state.order[o.check.id] for o in items[i + 1:] if o.check.id in state.order), (10**6, 0))
                ranked.append(((place[0], place[1], 0), q))
            else:
                ranked.append(((place[0], place[1], 1), q))
        ranked += [((*state.order.get(q.check.id, (10**6, 0)), 1), q) for q in state.review]
        return [q for _, q in sorted(ranked, key=lambda pair: pair[0])]

    def _numbered(self) -> list[PlannedQuestion]:
        """The one counter's questions: every question of this audit that applies, whether it
        is still to answer, answered by the person or answered by an export. An export that
        answers questions does not change the total (they are answered, not gone); an answer
        that makes questions apply or not does, and the page and the wizard say so once."""
        return [q for q in self._merged() if q.reason == audits.ASK_CONFIRM or self._applies(q)]

    def conflicts(self) -> list[str]:
        """Questions whose earlier answer an export read later replaced, not answered since:
        offered for review."""
        return [q.check.id for q in self._state.review
                if q.check.fact in self._state.replaced and q.answer is None]

    @property
    def review(self) -> list[QuestionView]:
        """Checks settled by evidence, offered for confirm-or-correct (``start_review``)."""
        numbered = self._numbered()
        return [self._view(q, next((i for i, o in enumerate(numbered, 1) if o is q), 0), len(numbered))
                for q in self._state.review]

    @property
    def settled(self) -> list[Fact]:
        """The evidence that answered this audit's questions, one per question offered for
        review: the same count the export page and the end page say."""
        return [q.previous for q in self._state.review if q.previous is not None]

    def start_review(self) -> None:
        """Put the evidence-settled checks in front of the questions, to confirm or correct."""
        self.reviewing = bool(self._state.review)
        self._cursor, self._trail = 0, []
        self._to_first_open()

    def go_to(self, check_id: str) -> None:
        if any(q.check.id == check_id for q in self._state.review):
            self.reviewing = True
        for i, q in enumerate(self._queue):
            if q.check.id == check_id:
                self._cursor = i
                return
        from auditor.errors import AuditorError

        raise AuditorError(t("interview.no-such-question", self.lang, id=check_id))

    @property
    def done(self) -> bool:
        return self.current() is None

    def current(self) -> QuestionView | None:
        queue = self._queue
        if self._cursor >= len(queue):
            return None
        item = queue[self._cursor]
        numbered = self._numbered()
        position = next((i for i, q in enumerate(numbered, 1) if q is item), self._cursor + 1)
        return self._view(item, position, len(numbered), at_start=self._cursor == 0 and not self._trail)

    def counts(self) -> tuple[int, int]:
        """(answered, skipped) in this audit so far."""
        items = self._state.items
        return sum(q.answer is not None for q in items), sum(q.skipped for q in items)

    def question_ids(self) -> list[str]:
        """Every question of the audit, in order: answered, skipped and open."""
        return [q.check.id for q in self._state.items]

    def first_skipped(self) -> str | None:
        """The first question skipped and not answered since, if any."""
        return next((q.check.id for q in self._state.items if q.skipped), None)

    def correctable_ids(self) -> set[str]:
        """Every check whose answer can still be given or corrected: the questions, and what the
        evidence settled (offered for review)."""
        return {q.check.id for q in self._state.items} | {q.check.id for q in self._state.review}

    def _applies(self, item: PlannedQuestion) -> bool:
        check = item.check
        checklist = self.catalogue.checklists.get(check.platform)
        if checklist is None or check.applies_when is None:
            return True
        return audits.askable(check, checklist, self.catalogue, self.audit.goal, self._state.facts)

    def _is_open(self, item: PlannedQuestion) -> bool:
        if item.reason == audits.ASK_CONFIRM:
            return item.answer is None and not item.skipped
        return item.open and self._applies(item)

    def _to_first_open(self) -> None:
        queue = self._queue
        self._cursor = next((i for i, q in enumerate(queue) if self._is_open(q)), len(queue))

    def _to_next(self) -> None:
        """Forward to the next question that is open and still applies."""
        queue = self._queue
        i = self._cursor + 1
        while i < len(queue) and not self._is_open(queue[i]):
            i += 1
        self._cursor = i

    # -- what the person does ------------------------------------------------------------

    def answer(self, reply: str) -> AnswerResult:
        """Take a reply in any accepted form; saved at once. Under review of evidence, an empty
        reply, or the evidence's own value given back, confirms it: stored as "export, confirmed
        by you"."""
        item = self._item()
        if item is None:
            return AnswerResult(False, t("interview.nothing-left", self.lang))
        if item.reason == audits.ASK_CONFIRM and item.previous is not None:
            kept = as_answer(item.check, item.previous.value)
            if not reply.strip() or (kept is not None and reply.strip() == _as_reply(kept)):
                if kept is None:
                    return AnswerResult(False, t("interview.empty", self.lang))
                return self._record(item, kept, f"{CONFIRMED_PREFIX}{item.previous.source}")
        try:
            value = interpret(item.check, reply, self.lang, number_range(item.check), labels=True)
        except AnswerError as exc:
            return AnswerResult(False, str(exc))
        return self._record(item, value, "wizard")

    def unsure(self) -> None:
        item = self._item()
        if item is not None:
            self._record(item, UNSURE, "wizard")

    def skip(self) -> None:
        """Leave this question open; saved, so a resumed audit does not ask it first again."""
        item = self._item()
        if item is None:
            return
        self.total_change = 0
        self.store.skip(self.audit.id, item.check.id)
        item.skipped = item.answer is None
        self._trail.append(self._cursor)
        self._to_next()

    def back(self) -> None:
        self.total_change = 0
        if self._trail:
            self._cursor = self._trail.pop()
        else:
            self._cursor = max(0, self._cursor - 1)
            while self._cursor > 0 and not self._applies(self._queue[self._cursor]):
                self._cursor -= 1

    def finish(self) -> AuditResult:
        """Evaluate and store the findings; the audit is finished."""
        result = audits.finish(self.store, self.catalogue, self.audit, self.now)
        self.audit = result.audit
        return result

    def _item(self) -> PlannedQuestion | None:
        queue = self._queue
        return queue[self._cursor] if self._cursor < len(queue) else None

    def _record(self, item: PlannedQuestion, value: FactValue, detail: str) -> AnswerResult:
        before = len(self._numbered())
        fact = answer_fact(item.check, value, observed_at=self.clock() if self.clock else self.now, detail=detail)
        self.store.put_fact(self.audit.id, fact)
        self.store.unskip(self.audit.id, item.check.id)
        item.answer, item.skipped = fact, False
        for other in self._queue:  # the same fact may be asked under review and in the list
            if other.check.fact == item.check.fact:
                other.answer, other.skipped = fact, False
        self._refresh_facts()
        self.total_change = len(self._numbered()) - before
        self._trail.append(self._cursor)
        self._to_next()
        return AnswerResult(True, value=value)

    # -- the view ------------------------------------------------------------------------

    def plang(self, platform: str) -> str:
        """The language of the person's screen of ``platform`` (screen words are in it)."""
        return self.audit.platform_lang(platform)

    def _view(self, item: PlannedQuestion, position: int, total: int, *, at_start: bool = False) -> QuestionView:
        check, lang = item.check, self.lang
        question = check.question
        assert question is not None
        plang = self.plang(check.platform)
        screen = labels.Screen.of(check)

        def fill(text: str) -> str:
            return labels.fill(text, screen, plang, lang)

        low, high = number_range(check)
        checklist = self.catalogue.checklists.get(check.platform)
        same = [q for q in self._numbered() if q.check.platform == check.platform]
        evidence_fact = self._evidence_for(item)
        default = None
        if item.reason == audits.ASK_CONFIRM and item.previous is not None:
            answer = as_answer(check, item.previous.value)
            default = None if answer is None else _as_reply(answer)
        choices = choice_views(check, lang, plang)
        view = QuestionView(
            check_id=check.id, platform=check.platform,
            platform_name=checklist.name if checklist else check.platform,
            title=fill(check.title.get(lang)), why=fill(check.why.get(lang)), help=self._help(check),
            where_path=labels.path(screen, plang, lang), where_url=check.where.url, where_kind=check.where.kind,
            question=fill(question.text.get(lang)), kind=question.kind, choices=choices,
            minimum=low, maximum=high, position=position, total=total,
            reason=self._reason(item), reason_code=item.reason,
            evidence=evidence_sentence(check, evidence_fact, lang, plang) if evidence_fact else "",
            given=value_label(check, item.answer.value, lang, plang) if item.answer is not None else None,
            default=default, previous=self._previous(item),
            is_condition=item.condition,
            has_probe=check.probe is not None,
            platform_position=next((i for i, q in enumerate(same, 1) if q is item), 0), platform_total=len(same),
            conflict=self._conflict(item), at_start=at_start,
            platform_lang=plang, where_path_original=screen.path.get(labels.other(plang), ""),
        )
        shown = [view.title, view.why, view.help, view.where_path, view.question, view.evidence, view.given or "",
                 view.previous or "", *(c.label for c in choices)]
        if labels.marked(shown):
            from dataclasses import replace

            view = replace(view, mark_note=labels.mark_note(lang))
        return view

    def _conflict(self, item: PlannedQuestion) -> str:
        """"Your export of 7 December says: 7; earlier you answered: 6" for an answer the export replaced."""
        replaced = self._state.replaced.get(item.check.fact)
        evidence = item.previous
        if replaced is None or evidence is None or item.reason != audits.ASK_CONFIRM:
            return ""
        said = as_answer(item.check, evidence.value)
        return t("interview.conflict", self.lang, source=t(f"interview.source.{evidence.source}", self.lang),
                 when=spoken_date(evidence.observed_at.date(), self.lang),
                 says=value_label(item.check, evidence.value if said is None else said, self.lang),
                 earlier=value_label(item.check, replaced.value, self.lang))

    def _help(self, check: Check) -> str:
        question = check.question
        lang, screen, plang = self.lang, labels.Screen.of(check), self.plang(check.platform)

        def fill(text: str) -> str:
            return labels.fill(text, screen, plang, lang)

        parts = [fill(question.help.get(lang))] if question is not None and question.help is not None else []
        parts.append(fill(check.why.get(lang)))
        parts.append(t("wizard.impact", lang, text=fill(check.impact.get(lang))))  # never a line without its label
        return "\n\n".join(parts)

    def _reason(self, item: PlannedQuestion) -> str:
        if item.reason in (audits.ASK_NEW, audits.ASK_CONFIRM, audits.ASK_NOT_READ):
            return ""
        return t(f"interview.reason.{item.reason}", self.lang, age=item.age_days or 0)

    def _previous(self, item: PlannedQuestion) -> str | None:
        fact = item.previous
        if fact is None or item.reason in (audits.ASK_CONFIRM, audits.ASK_NOT_READ):
            return None
        return t("interview.previous", self.lang,
                 value=value_label(item.check, fact.value, self.lang, self.plang(item.check.platform)),
                 source=source_name(fact, self.lang))

    def _evidence_for(self, item: PlannedQuestion) -> Fact | None:
        if item.previous is not None and item.previous.source in EVIDENCE_SOURCES:
            return item.previous
        fact = self._state.facts.get(item.check.fact)
        return fact if fact is not None and fact.source in EVIDENCE_SOURCES else None


def total_change_sentence(change: int, lang: str) -> str:
    """"Because of your answer there are 3 fewer questions": said once, when the total changed."""
    from auditor.strings import plural

    if not change:
        return ""
    return plural("interview.total.more" if change > 0 else "interview.total.fewer", abs(change), lang)


def _as_reply(value: FactValue) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return "" if value is None else str(value)


__all__ += ["choice_views", "evidence_sentence", "number_range", "source_name", "total_change_sentence", "value_label",
            "with_unit"]
