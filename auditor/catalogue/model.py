"""The checklist schema: what a platform checklist file may say, and nothing more.

Every model forbids unknown keys and uses closed sets of values, so that a typo in a
checklist (``severty: high``, ``category: privcy``) is an error at load time with the file
and line, not a silent default. The JSON Schema that ``auditor checklists schema`` writes
is generated from these models, so editors see the same rules.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from auditor.langs import LANGS

Lang = Literal["en", "nl"]
Goal = Literal["visible", "balanced", "private"]
Severity = Literal["high", "medium", "low", "info"]
SEVERITIES: tuple[str, ...] = ("high", "medium", "low", "info")
Category = Literal["privacy", "profile", "visibility", "security", "networking"]
ChangeKind = Literal["added", "revised", "renamed", "moved", "reworded", "removed"]

CHECK_ID = r"^[a-z][a-z0-9]*\.(privacy|profile|visibility|security|networking)\.[a-z0-9]+(-[a-z0-9]+)*$"
FACT_KEY = r"^[a-z][a-z0-9]*(\.[a-z0-9_-]+)+$"
PLATFORM_ID = r"^[a-z][a-z0-9]*$"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """A text a person reads holds no control characters: an escape code in a title would
    otherwise reach the person's terminal (cleared screen, a changed window title)."""
    found = _CONTROL.search(text)
    if found:
        raise ValueError(f"control character {found.group()!r} is not allowed in a text")
    return text


ShortText = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_printable)]
LongText = Annotated[str, Field(min_length=1, max_length=2000), AfterValidator(_printable)]


class Strict(BaseModel):
    """Base for every checklist model: unknown keys are an error, values are not coerced."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Text(Strict):
    """A short text in both languages the product speaks."""

    en: ShortText
    nl: ShortText

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class LongTextPair(Strict):
    """A longer text (an explanation, fix steps) in both languages."""

    en: LongText
    nl: LongText

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


PLACEHOLDER = re.compile(r"\{(path|ui\.[a-z][a-z0-9-]*)\}")

PUBLISHED = r"^(\d{4}(-\d{2})?|unknown)$"


class Source(Strict):
    """Where a recommendation or a label comes from, cited the way a reader could find it.

    ``title``, ``publisher`` and ``published`` are what a person sees in the report's
    folded "Sources"; ``published`` is a date (or a year, or year-month, when that is all
    the page says) or the literal ``unknown``, so that "dated" means when the source was
    written, not only when we read it (``seen``). ``url`` is optional because some articles
    are not online. ``note`` and ``seed`` are for maintainers only (the research trail and
    the local file of a source article) and are never shown to people.

    The loader accepts a source without ``publisher``/``published`` (older files and test
    snippets); the bundled catalogue must have them, which the catalogue content test
    enforces and the JSON Schema for editors requires.
    """

    title: ShortText | None = Field(default=None, description="The source's title, as a reader would search for it.")
    publisher: ShortText | None = Field(default=None, description="Who published it: a platform, a site, a newspaper.")
    published: dt.date | Annotated[str, Field(pattern=PUBLISHED)] | None = Field(
        default=None, description="When it was published: YYYY-MM-DD, YYYY-MM, YYYY, or 'unknown'.")
    seen: dt.date = Field(description="When a maintainer last read it.")
    url: Annotated[str, Field(min_length=3, max_length=500)] | None = None
    note: LongText | None = Field(default=None, description="Maintainer-only research trail; never shown to people.")
    seed: Annotated[str, Field(pattern=r"^\d{3}_[0-9a-f]{16}\.txt$")] | None = Field(
        default=None, description="Maintainer-only: the local file of a source article; never shown to people.")

    @model_validator(mode="after")
    def _findable(self) -> Source:
        if self.title is None and self.url is None and self.seed is None:
            raise ValueError("a source names at least its 'title' (and a 'url' when it is online)")
        if self.url is not None and not re.match(r"^https?://", self.url):
            raise ValueError("a source url must start with http:// or https://")
        return self


class HistoryEntry(Strict):
    """One dated event in a check's life: the platform or the advice changed."""

    date: dt.date
    change: ChangeKind
    note: LongText
    revision: Annotated[int, Field(ge=1)] | None = None
    source: Annotated[str, Field(max_length=500)] | None = None


# --- rules -------------------------------------------------------------------------------

Scalar = bool | int | float | str


class Rule(Strict):
    """A declarative test over one fact's value. Exactly one operator is set.

    ``all``/``any``/``not`` combine rules. Evaluation lives in ``auditor.rules``.
    """

    equals: Scalar | None = None
    not_equals: Scalar | None = None
    one_of: list[Scalar] | None = None
    not_one_of: list[Scalar] | None = None
    matches: Annotated[str, Field(max_length=300)] | None = None
    not_matches: Annotated[str, Field(max_length=300)] | None = None
    min_words: Annotated[int, Field(ge=0)] | None = None
    max_words: Annotated[int, Field(ge=0)] | None = None
    min_length: Annotated[int, Field(ge=0)] | None = None
    max_length: Annotated[int, Field(ge=0)] | None = None
    at_least: float | None = None
    at_most: float | None = None
    present: bool | None = None
    not_in_list: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")] | None = None
    in_list: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")] | None = None
    all: list[Rule] | None = None
    any: list[Rule] | None = None
    not_: Rule | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True, defer_build=True)

    @model_validator(mode="after")
    def _exactly_one(self) -> Rule:
        set_ops = self.operators()
        if len(set_ops) != 1:
            names = ", ".join(sorted(set_ops)) or "none"
            raise ValueError(f"a rule has exactly one operator, found {names}")
        for key in ("matches", "not_matches"):
            pattern = getattr(self, key)
            if pattern is not None:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"'{key}' is not a valid regular expression: {exc}") from None
                from auditor.regexsafety import may_backtrack_catastrophically
                from auditor.strings import t

                if may_backtrack_catastrophically(pattern):
                    raise ValueError(t("errors.rule.backtracking", key=key, pattern=pattern))
        return self

    def operators(self) -> list[str]:
        return [
            ("not" if name == "not_" else name)
            for name in type(self).model_fields
            if getattr(self, name) is not None
        ]

    def list_names(self) -> set[str]:
        """Word lists this rule refers to, so the loader can check they exist."""
        names = {n for n in (self.not_in_list, self.in_list) if n}
        for sub in (self.all or []) + (self.any or []) + ([self.not_] if self.not_ else []):
            names |= sub.list_names()
        return names


# --- a check -----------------------------------------------------------------------------


class Choice(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
    label: Text


class Question(Strict):
    """What the wizard asks. Toggle answers are ``on``/``off`` as the platform shows them."""

    kind: Literal["toggle", "choice", "text", "number"]
    text: Text
    choices: list[Choice] | None = None
    help: Text | None = None
    screen_options: bool = Field(
        default=False,
        description="The choices are the platform's own option labels, shown in the language of the person's "
                    "platform screen; otherwise they are our words, shown in the tool's language.")
    unit: Text | None = Field(
        default=None,
        description="A number question's unit, said after the number: 'items' / 'onderdelen' gives "
                    "'5 of the 7 items' with a maximum, '5 items' without.")
    minimum: Annotated[int, Field(ge=0)] | None = None  # a number question's range (default: from 0)
    maximum: Annotated[int, Field(ge=0)] | None = None

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        """The range of a number question (counts are never negative); none for other kinds."""
        if self.kind != "number":
            return None, None
        return (0 if self.minimum is None else self.minimum), self.maximum

    @model_validator(mode="after")
    def _choices_for_choice(self) -> Question:
        if self.kind != "number" and (self.minimum is not None or self.maximum is not None):
            raise ValueError(f"only a 'number' question has 'minimum'/'maximum', this one is '{self.kind}'")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError(f"'minimum' ({self.minimum}) is above 'maximum' ({self.maximum})")
        if self.unit is not None and self.kind != "number":
            raise ValueError(f"only a 'number' question has a 'unit', this one is '{self.kind}'")
        if self.kind == "choice" and not self.choices:
            raise ValueError("a 'choice' question lists its 'choices'")
        if self.kind != "choice" and self.choices:
            raise ValueError(f"only a 'choice' question has 'choices', this one is '{self.kind}'")
        if self.choices:
            ids = [c.id for c in self.choices]
            if len(set(ids)) != len(ids):
                raise ValueError("choice ids must be unique")
            if {"unsure", "on", "off"} & set(ids):
                raise ValueError("'unsure', 'on' and 'off' are reserved answers, not choice ids")
        return self


class Where(Strict):
    """Where the setting lives: a link and the menu path in both languages.

    ``kind`` says what the link opens: a ``setting`` (a settings screen, the default) or a
    ``page`` where the person does something that is no setting (their profile, their
    messages, their invitations, a form). The person is then told to open the page, never
    "the setting"."""

    url: Annotated[str, Field(pattern=r"^https://", max_length=500)]
    path: Text
    kind: Literal["setting", "page"] = "setting"


class Fix(Strict):
    """How to fix a gap; per surface where the app differs from the web."""

    web: LongTextPair
    ios: LongTextPair | None = None
    android: LongTextPair | None = None


class GoalOverride(Strict):
    """How a check changes under one goal: another expectation, severity, or not at all."""

    rule: Rule | None = None
    severity: Severity | None = None
    applies: bool = True
    note: LongTextPair | None = None


class Applicability(Strict):
    """The check applies only when another fact satisfies a rule (e.g. only freelancers).

    With a ``question``, the wizard asks the condition first (once, for every check that
    shares it) and skips the check when the answer says it does not apply.
    """

    fact: Annotated[str, Field(pattern=FACT_KEY)]
    rule: Rule
    question: Question | None = None


class Probe(Strict):
    """How the browser collector reads the setting: a control found by role and name."""

    url: Annotated[str, Field(pattern=r"^https://", max_length=500)]
    role: Literal["switch", "checkbox", "radio", "combobox", "radiogroup", "heading"]
    name: Text
    read: Literal["checked", "selected-option", "exists"] = "checked"
    options: dict[str, Text] | None = None


class Labels(Strict):
    """Whether the platform's own wording of this setting has been confirmed, per language.

    "Wording" is every screen word of the check in that language: ``where.path``, the ``ui``
    labels and, for a question with ``screen_options``, its choice labels. ``unverified``
    means the words are our most likely rendering of the screen, to be marked as such.
    """

    en: Literal["confirmed", "unverified"]
    nl: Literal["confirmed", "unverified"]
    note: LongText | None = None
    snapshot: dict[Lang, dt.date] = Field(
        default_factory=dict,
        description="Per language, the day a screen snapshot of the platform in that language "
                    "(`auditor checklists record`) showed these labels: the evidence for 'confirmed'.")

    @model_validator(mode="after")
    def _snapshot_confirms(self) -> Labels:
        for lang in self.snapshot:
            if getattr(self, lang) != "confirmed":
                raise ValueError(f"a snapshot of the {lang} screen confirms the labels: set '{lang}: confirmed'")
        return self


Value = bool | int | float | str


class Check(Strict):
    id: Annotated[str, Field(pattern=CHECK_ID, max_length=120)]
    revision: Annotated[int, Field(ge=1)]
    category: Category
    severity: Severity
    assessment: Literal["automated", "manual"]
    title: Text
    action: Text | None = Field(
        default=None,
        description="The fix as a gap's heading ('Turn on two-step verification'); 'title' is the goal state. "
                    "Required for an active check of an active platform (the catalogue content test).")
    why: LongTextPair
    impact: LongTextPair
    notes: LongText | None = Field(default=None, description="Maintainer-only research trail; never shown to people.")
    fact: Annotated[str, Field(pattern=FACT_KEY)]
    rule: Rule
    default: Value | None = None
    question: Question | None = None
    where: Where
    fix: Fix
    labels: Labels
    ui: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$", max_length=40)], Text] = Field(
        default_factory=dict,
        description="Named labels as the platform's screen shows them, each whole in one language (en: the "
                    "English screen, nl: the Dutch screen). Texts refer to them as {ui.NAME}, and to the menu "
                    "path as {path}; they are filled in with the language of the person's platform.")
    sources: Annotated[list[Source], Field(min_length=1)]
    research: list[Source] = Field(
        default_factory=list,
        description="Maintainer-only sources (repositories, copies, forums, blogs) that helped the research; "
                    "never shown to people. 'sources' are what a person sees, from trusted kinds only.")
    history: Annotated[list[HistoryEntry], Field(min_length=1)]
    goals: dict[Goal, GoalOverride] = Field(default_factory=dict)
    applies_when: Applicability | None = None
    probe: Probe | None = None
    aliases: list[Annotated[str, Field(pattern=CHECK_ID)]] = Field(default_factory=list)
    related: list[Annotated[str, Field(pattern=CHECK_ID)]] = Field(default_factory=list)

    @field_validator("history")
    @classmethod
    def _history_in_order(cls, history: list[HistoryEntry]) -> list[HistoryEntry]:
        dates = [h.date for h in history]
        if dates != sorted(dates):
            raise ValueError("history entries are listed oldest first")
        if history[0].change != "added":
            raise ValueError("the first history entry is the 'added' one")
        if any(h.change == "removed" for h in history[:-1]):
            raise ValueError("'removed' is the last history entry of a removed setting")
        return history

    @model_validator(mode="after")
    def _consistent(self) -> Check:
        platform = self.id.split(".", 1)[0]
        if not self.fact.startswith(platform + "."):
            raise ValueError(f"fact '{self.fact}' belongs to another platform than check '{self.id}'")
        if not self.removed and self.question is None and self.assessment == "manual":
            raise ValueError("a manual check that is still active needs a 'question'")
        revs = [h.revision for h in self.history if h.revision is not None]
        if revs and max(revs) > self.revision:
            raise ValueError(f"history mentions revision {max(revs)} but the check is at revision {self.revision}")
        if self.id in self.aliases:
            raise ValueError("a check is not its own alias")
        self._placeholders_known()
        return self

    def _placeholders_known(self) -> None:
        """Every {ui.NAME} a text uses is defined, and both languages use the same ones, so a
        label renamed in ``ui`` changes everywhere and no language loses a label."""
        for name, pair in self._texts():
            used = {lang: set(PLACEHOLDER.findall(pair.get(lang))) for lang in LANGS}
            if used["en"] != used["nl"]:
                raise ValueError(f"'{name}': en uses {sorted(used['en'])}, nl uses {sorted(used['nl'])}")
            unknown = {p for p in used["en"] if p != "path" and p.removeprefix("ui.") not in self.ui}
            if unknown:
                raise ValueError(f"'{name}' refers to {sorted(unknown)}, which 'ui' does not define")

    def _texts(self) -> list[tuple[str, Text | LongTextPair]]:
        texts: list[tuple[str, Text | LongTextPair]] = [("title", self.title), ("why", self.why),
                                                        ("impact", self.impact), ("fix.web", self.fix.web)]
        if self.action:
            texts.append(("action", self.action))
        if self.fix.ios:
            texts.append(("fix.ios", self.fix.ios))
        if self.fix.android:
            texts.append(("fix.android", self.fix.android))
        if self.question:
            texts.append(("question.text", self.question.text))
            if self.question.help:
                texts.append(("question.help", self.question.help))
        return texts

    @property
    def platform(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def removed(self) -> dt.date | None:
        """The date the platform removed this setting, if it did."""
        last = self.history[-1]
        return last.date if last.change == "removed" else None

    def rule_for(self, goal: str) -> Rule:
        override = self.goals.get(goal)  # type: ignore[call-overload]
        return override.rule if override and override.rule else self.rule

    def severity_for(self, goal: str) -> str:
        override = self.goals.get(goal)  # type: ignore[call-overload]
        return override.severity if override and override.severity else self.severity

    def condition_check(self) -> Check:
        """This check's applicability question dressed as a check of its own, for the wizard
        and answers files: its id and fact are the condition's fact key (e.g.
        ``linkedin.profile.is_freelancer``), so an answer to it is stored and exported
        under that key, never under this check's id."""
        condition = self.applies_when
        assert condition is not None and condition.question is not None
        return self.model_copy(update={
            "id": condition.fact, "fact": condition.fact, "question": condition.question,
            "title": condition.question.text, "applies_when": None, "probe": None, "goals": {}, "aliases": [],
        })

    def applies_to_goal(self, goal: str) -> bool:
        override = self.goals.get(goal)  # type: ignore[call-overload]
        return override.applies if override else True


class WordList(Strict):
    description: ShortText
    en: list[Annotated[str, Field(min_length=1, max_length=1000)]]
    nl: list[Annotated[str, Field(min_length=1, max_length=1000)]]


class Retirement(Strict):
    date: dt.date
    note: LongTextPair
    still_to_do: LongTextPair | None = None


class Checklist(Strict):
    """One platform's catalogue file."""

    schema_: Literal["auditor.checklist/1"] = Field(alias="schema")
    platform: Annotated[str, Field(pattern=PLATFORM_ID)]
    name: ShortText
    status: Literal["active", "retired"]
    retired: Retirement | None = None
    version: Annotated[str, Field(pattern=r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")]
    reviewed: dt.date
    homepage: Annotated[str, Field(pattern=r"^https://")]
    word_lists: dict[Annotated[str, Field(pattern=r"^[a-z0-9-]+$")], WordList] = Field(default_factory=dict)
    checks: list[Check] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True, defer_build=True)

    @model_validator(mode="after")
    def _consistent(self) -> Checklist:
        if (self.status == "retired") != (self.retired is not None):
            raise ValueError("a retired checklist has a 'retired' block, an active one has none")
        return self

    def check(self, check_id: str) -> Check | None:
        for c in self.checks:
            if c.id == check_id or check_id in c.aliases:
                return c
        return None

    def words(self, name: str) -> list[str]:
        wl = self.word_lists[name]
        return [*wl.en, *wl.nl]

    def all_words(self) -> dict[str, list[str]]:
        """Every word list by name, both languages in one list: what the rules match against
        (the findings and the "does this check apply?" question read the same lists)."""
        return {name: self.words(name) for name in self.word_lists}


def cross_problems(checklist: Checklist) -> list[tuple[tuple[int | str, ...], str]]:
    """Problems that span checks (ids used twice, word lists or related checks of this
    platform that do not exist), each with the location of the offending value, so the
    loader can name its line. A related check of another platform is not checked here."""
    problems: list[tuple[tuple[int | str, ...], str]] = []
    seen: set[str] = set()
    defined = {ident for check in checklist.checks for ident in (check.id, *check.aliases)}
    for index, check in enumerate(checklist.checks):
        for position, other in enumerate(check.related):
            if other.startswith(checklist.platform + ".") and other not in defined:
                problems.append((("checks", index, "related", position),
                                 f"relates to '{other}', which this file does not define"))
        if check.platform != checklist.platform:
            problems.append((("checks", index, "id"),
                             f"check '{check.id}' does not start with the platform id '{checklist.platform}.'"))
        for ident in [check.id, *check.aliases]:
            if ident in seen:
                problems.append((("checks", index, "id"), f"check id or alias '{ident}' is used twice"))
            seen.add(ident)
        for where, rule in _rules_of(check):
            for name in sorted(rule.list_names()):
                if name not in checklist.word_lists:
                    known = ", ".join(sorted(checklist.word_lists)) or "none"
                    problems.append((("checks", index, *where),
                                     f"uses word list '{name}', which this file does not define (defined: {known})"))
    return problems


def _rules_of(check: Check) -> list[tuple[tuple[str, ...], Rule]]:
    rules: list[tuple[tuple[str, ...], Rule]] = [(("rule",), check.rule)]
    for goal, override in check.goals.items():
        if override.rule is not None:
            rules.append((("goals", goal, "rule"), override.rule))
    if check.applies_when is not None:
        rules.append((("applies_when", "rule"), check.applies_when.rule))
    return rules


class OverlayEntry(Strict):
    skip: LongText | None = None
    severity: Severity | None = None


class Overlay(Strict):
    """A catalogue overlay (``overlay.yaml`` beside the checklists): local skips and severities."""

    schema_: Literal["auditor.overlay/1"] = Field(alias="schema")
    checks: dict[Annotated[str, Field(pattern=CHECK_ID)], OverlayEntry]

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True, defer_build=True)


def json_schema() -> dict[str, Any]:
    """The JSON Schema for checklist files, for editors (yaml-language-server) and CI."""
    schema = Checklist.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "auditor checklist (auditor.checklist/1)"
    # Editors hold the bundled catalogue to the full citation (the loader is lenient, see Source).
    source = schema.get("$defs", {}).get("Source")
    if source is not None:
        source["required"] = ["title", "publisher", "published", "seen"]
    return schema
