"""The three goals a person audits towards: their ids, their names and how a typed or
written goal is read ("zichtbaar", "2", "priv"). The one home of the goal list: the
catalogue's schema, the answers file, the wizard, the page and the workshop import it."""

from __future__ import annotations

from auditor.langs import LANGS

GOALS: tuple[str, ...] = ("visible", "balanced", "private")
DEFAULT_GOAL = "balanced"


class GoalChoice:
    """One goal as a menu shows it. (A plain class: the command line imports this module at
    start-up, and ``dataclasses`` costs more than the whole parser.)"""

    __slots__ = ("explanation", "id", "key", "name")

    def __init__(self, id: str, name: str, explanation: str, key: str) -> None:
        self.id = id
        self.name = name  # "zichtbaar" in Dutch
        self.explanation = explanation
        self.key = key  # "1".."3"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GoalChoice) and (self.id, self.name, self.explanation, self.key) == (
            other.id, other.name, other.explanation, other.key)

    def __hash__(self) -> int:
        return hash((self.id, self.name, self.explanation, self.key))


def goal_choices(lang: str) -> list[GoalChoice]:
    """The three goals with a one-sentence explanation each, in ``lang``."""
    from auditor.strings import t

    return [GoalChoice(g, t(f"interview.goal.{g}", lang), t(f"interview.goal.{g}.why", lang), str(i))
            for i, g in enumerate(GOALS, 1)]


def goal_name(goal: str, lang: str) -> str:
    from auditor.strings import t

    return t(f"interview.goal.{goal}", lang) if goal in GOALS else goal


def parse_goal(reply: str) -> str | None:
    """A goal from its id, its name in either language (a unique start will do), or its number."""
    text = _plain(reply)
    if not text:
        return None
    names = _names()
    for i, goal in enumerate(GOALS, 1):
        if text == str(i) or text in names[goal]:
            return goal
    found = {g for g, ns in names.items() if any(n.startswith(text) for n in ns)}
    return found.pop() if len(found) == 1 else None


def written_goal(value: object) -> object:
    """A goal as written in a file: its id, its whole name in either language, or its number;
    anything else is returned as given, for the reader to refuse with its line."""
    if not isinstance(value, str) or value in GOALS:
        return value
    text = _plain(value)
    for goal, names in _names().items():
        if text in names:
            return goal
    return parse_goal(value) if text.isdigit() else value


def _plain(text: str) -> str:
    return text.strip().casefold().replace("é", "e")


def _names() -> dict[str, set[str]]:
    from auditor.strings import t  # lazily: the command line imports this module at start-up

    return {g: {g, *(_plain(t(f"interview.goal.{g}", lang)) for lang in LANGS)} for g in GOALS}
