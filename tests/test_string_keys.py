"""Every sentence in ``auditor/strings.py`` is said somewhere: a key nothing uses is a
sentence a translator keeps up for nobody, and usually a sign that a message was rewritten
in place instead of through the table."""

from __future__ import annotations

import re
from pathlib import Path

from auditor.strings import TABLE

ROOT = Path(__file__).resolve().parent.parent

# Sections handed to templates without their prefix: ``report.title`` is ``t.title`` there,
# ``web.q.next`` is ``w.q.next``.
STRIPPED = ("report.", "web.")
# Variants picked by a suffix: ``<key>.one`` when n == 1 (exports/notes.py), ``<key>.dated``
# when a date is known (the X and Instagram readers).
VARIANTS = (".one", ".dated")
# Keys the report builds from parts: "standing_" + none/one/many/clear (and "standing_export_…"),
# "counted_" + a change kind (the text summary's plural forms).
# The workshop template builds "workshop." ~ kind for its score and coverage charts.
BUILT = ("report.standing_", "report.counted_", "workshop.score", "workshop.coverage")

def _code() -> str:
    files = [p for folder in ("auditor", "reports") for p in sorted((ROOT / folder).rglob("*"))
             if p.suffix in (".py", ".html") and p.name != "strings.py"]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def _unused() -> set[str]:
    code = _code()
    quoted = set(re.findall(r"""["']([A-Za-z][\w.-]*)["']""", code))
    attributes = set(re.findall(r"\b[tw]\.([\w.]+)", code))  # {{ t.title }}, {{ w.q.next }}
    prefixes = set(re.findall(r"""f["']([a-z][\w.-]*[._])\{""", code))  # t(f"interview.goal.{goal}")

    def used(key: str) -> bool:
        for variant in VARIANTS:
            if key.endswith(variant) and used(key.removesuffix(variant)):
                return True
        if key.startswith(BUILT):
            return True
        names = {key} | {key.removeprefix(s) for s in STRIPPED if key.startswith(s)}
        return any(n in quoted or n in attributes or any(n.startswith(p) for p in prefixes) for n in names)

    return {key for key in TABLE if not used(key)}


def test_every_key_in_the_string_table_is_used() -> None:
    assert _unused() == set()


def _placeholders(text: str) -> set[str]:
    import string

    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_sentence_has_both_languages_with_the_same_placeholders() -> None:
    """The whole table, every section: a translation that drops a placeholder drops what the
    person was told (the file that was skipped, the period of an export)."""
    from auditor.langs import LANGS

    wrong = {key: {lang: sorted(_placeholders(entry[lang])) for lang in LANGS}
             for key, entry in TABLE.items()
             if set(entry) != set(LANGS) or len({frozenset(_placeholders(entry[lang])) for lang in LANGS}) != 1}
    assert wrong == {}


def test_no_sentence_says_a_plural_with_brackets() -> None:
    """Each language says its own plural: ``plural(key, n)`` picks ``<key>.one`` for one thing."""
    assert [key for key, entry in TABLE.items() if any("(s)" in text or "/problemen" in text
                                                       for text in entry.values())] == []


def test_each_section_holds_the_keys_of_its_prefix_only() -> None:
    """A translator finds ``wizard.resume.found`` in the WIZARD section, and nowhere else."""
    import ast

    from auditor.strings import SECTIONS

    misplaced = {name: [k for k in section if not k.startswith(f"{name}.")] for name, section in SECTIONS.items()}
    assert {name: keys for name, keys in misplaced.items() if keys} == {}
    # and no key is written twice (a dict literal would keep the last one silently)
    source = ast.parse((ROOT / "auditor" / "strings.py").read_text(encoding="utf-8"))
    written = [k.value for node in ast.walk(source) if isinstance(node, ast.Dict)
               for k in node.keys if isinstance(k, ast.Constant) and str(k.value).count(".") >= 1]
    assert sorted({k for k in written if written.count(k) > 1}) == []
