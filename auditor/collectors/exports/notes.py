"""What a reader says, as a message key and its values, rendered in the person's language.

Readers never write sentences: they give a ``Note`` (a key in the IMPORT section of
``auditor.strings`` plus parameters), and the sentence is made when it is shown, in the
language the person chose. A count ``n`` picks the ``<key>.one`` variant when there is one
and ``n == 1``; whole numbers are grouped the way the language writes them (12,345 in
English, 12.345 in Dutch); a parameter that is itself a ``Note`` is rendered in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Note:
    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        from auditor.strings import TABLE, current_lang, t

        chosen = lang or current_lang()
        key = self.key
        if self.params.get("n") == 1 and f"{key}.one" in TABLE:
            key = f"{key}.one"
        values = {name: _shown(value, chosen) for name, value in self.params.items()}
        return t(key, chosen, **values)

    def __str__(self) -> str:
        return self.render()


def _shown(value: object, lang: str) -> object:
    if isinstance(value, Note):
        return value.render(lang)
    if isinstance(value, int) and not isinstance(value, bool):
        from auditor.inputs import grouped

        return grouped(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_shown(v, lang)) for v in value)
    return value


def note(key: str, **params: object) -> Note:
    return Note(key, params)
