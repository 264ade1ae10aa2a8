"""Every sentence a person reads, in English and Dutch: one table.

Check texts (titles, questions, fixes) live in the checklists; everything else the tool
says — command messages, the wizard, the import summary, browser prompts, the report's
own words, the web page, errors — lives here. Each entry is a key with both languages
side by side, so a translator sees the pair and a test proves no key lacks a language.

The table is assembled from one section per area so several people can add sentences
without editing the same lines; a key may appear in one section only (a test checks).
Placeholders use ``str.format`` names: ``t("audit.started", id=3)``.

The process has one chosen language (``set_lang``), decided once by the command line
from ``--lang``, else the answers file, else the locale. Code that serves several
languages at once (the web page) passes ``lang=`` explicitly.
"""

from __future__ import annotations

import os

LANGS = ("en", "nl")

Entry = dict[str, str]  # {"en": ..., "nl": ...}

# -- the command line: help-adjacent messages, shared words -------------------------------
CLI: dict[str, Entry] = {
    "interrupted": {
        "en": "interrupted; everything answered so far is saved.",
        "nl": "onderbroken; alles wat je tot nu toe hebt beantwoord is bewaard.",
    },
}

# -- the guided audit: interview core and terminal wizard ---------------------------------
INTERVIEW: dict[str, Entry] = {}

# -- import: export readers' notes and the import summary ---------------------------------
IMPORT: dict[str, Entry] = {}

# -- browser: prompts and probe reasons ---------------------------------------------------
BROWSER: dict[str, Entry] = {}

# -- report: html / pdf / text ------------------------------------------------------------
REPORT: dict[str, Entry] = {}

# -- store, input files and output: errors and their hints --------------------------------
ERRORS: dict[str, Entry] = {
    # the audit store
    "errors.store.busy": {
        "en": "{path}: the audit store is in use by another auditor (waited {seconds} seconds). "
              "Nothing was changed.",
        "nl": "{path}: de auditopslag is in gebruik door een andere auditor (na {seconds} seconden wachten). "
              "Er is niets veranderd.",
    },
    "errors.store.busy.hint": {
        "en": "Try again in a moment, or close the other auditor (another terminal or the web page).",
        "nl": "Probeer het zo nog eens, of sluit de andere auditor (een ander terminalvenster of de webpagina).",
    },
    "errors.store.readonly": {
        "en": "{path}: the audit store is read-only, so nothing can be saved. Your audits in it are intact.",
        "nl": "{path}: de auditopslag is alleen-lezen, dus er kan niets bewaard worden. "
              "Je audits erin zijn nog heel.",
    },
    "errors.store.readonly.hint": {
        "en": "Make the file and its folder writable for you, or copy it somewhere writable and use --db PATH.",
        "nl": "Maak het bestand en de map beschrijfbaar voor jezelf, of kopieer het naar een plek waar je "
              "mag schrijven en gebruik --db PAD.",
    },
    "errors.store.full": {
        "en": "{path}: the disk holding the audit store is full; the last change was not saved. "
              "Everything saved before is intact.",
        "nl": "{path}: de schijf met de auditopslag is vol; de laatste wijziging is niet bewaard. "
              "Alles wat eerder bewaard is, is nog heel.",
    },
    "errors.store.full.hint": {
        "en": "Free some disk space and run the same command again.",
        "nl": "Maak wat ruimte vrij op de schijf en voer dezelfde opdracht nog eens uit.",
    },
    "errors.store.damaged": {
        "en": "{path}: the audit store is damaged ({reason}). It was left untouched.",
        "nl": "{path}: de auditopslag is beschadigd ({reason}). Er is niets aan veranderd.",
    },
    "errors.store.damaged.hint": {
        "en": "Keep the file for inspection; to carry on now, use another file with --db NEW_FILE.",
        "nl": "Bewaar het bestand om het te laten bekijken; wil je nu verder, gebruik dan een ander bestand "
              "met --db NIEUW_BESTAND.",
    },
    "errors.store.row": {
        "en": "{path}: the audit store is damaged: {table} row {row}, field '{column}' holds {given}, "
              "expected {expected}. Nothing was changed.",
        "nl": "{path}: de auditopslag is beschadigd: in {table} rij {row} staat in veld '{column}' {given}, "
              "verwacht was {expected}. Er is niets veranderd.",
    },
    "errors.store.io": {
        "en": "{path}: the audit store cannot be read or written ({reason}). Nothing was changed.",
        "nl": "{path}: de auditopslag kan niet gelezen of geschreven worden ({reason}). Er is niets veranderd.",
    },
    "errors.store.io.hint": {
        "en": "Check the disk and the file's permissions, or choose another file with --db PATH.",
        "nl": "Controleer de schijf en de rechten op het bestand, of kies een ander bestand met --db PAD.",
    },
    "errors.store.other_file.hint": {
        "en": "Point --db (or AUDITOR_DB) at another file.",
        "nl": "Wijs met --db (of AUDITOR_DB) een ander bestand aan.",
    },
    "errors.store.unreadable": {
        "en": "{path}: the audit store cannot be read: {reason}",
        "nl": "{path}: de auditopslag kan niet gelezen worden: {reason}",
    },
    "errors.store.not_sqlite": {
        "en": "{path}: this is not an audit store (not an SQLite database). It was left untouched.",
        "nl": "{path}: dit is geen auditopslag (geen SQLite-database). Er is niets aan veranderd.",
    },
    "errors.store.not_sqlite.hint": {
        "en": "Point --db (or AUDITOR_DB) at another file, or move this one away.",
        "nl": "Wijs met --db (of AUDITOR_DB) een ander bestand aan, of zet dit bestand ergens anders neer.",
    },
    "errors.store.cannot_open": {
        "en": "{path}: the audit store cannot be opened or created there ({reason}).",
        "nl": "{path}: de auditopslag kan daar niet geopend of gemaakt worden ({reason}).",
    },
    "errors.store.cannot_open.hint": {
        "en": "Choose another file with --db PATH (or AUDITOR_DB).",
        "nl": "Kies een ander bestand met --db PAD (of AUDITOR_DB).",
    },
    "errors.store.foreign": {
        "en": "{path}: this SQLite database belongs to another program. It was left untouched.",
        "nl": "{path}: deze SQLite-database hoort bij een ander programma. Er is niets aan veranderd.",
    },
    "errors.store.newer": {
        "en": "{path}: written by a newer auditor (store version {version}, this one reads up to {known}).",
        "nl": "{path}: gemaakt door een nieuwere auditor (opslagversie {version}, deze leest tot en met {known}).",
    },
    "errors.store.newer.hint": {
        "en": "Upgrade auditor: pipx upgrade social-auditor (or uv tool upgrade social-auditor).",
        "nl": "Werk de auditor bij: pipx upgrade social-auditor (of uv tool upgrade social-auditor).",
    },
    "errors.store.expect.text": {"en": "text", "nl": "tekst"},
    "errors.store.expect.number": {"en": "a whole number", "nl": "een geheel getal"},
    "errors.store.expect.moment": {"en": "a date and time", "nl": "een datum en tijd"},
    "errors.store.expect.json": {"en": "JSON data of the right shape", "nl": "JSON-gegevens in de juiste vorm"},
    # input files (answers, checklists, overlay)
    "errors.input.missing": {
        "en": "{path}: no such {noun}",
        "nl": "{path}: dit {noun} bestaat niet",
    },
    "errors.input.noun.file": {"en": "file", "nl": "bestand"},
    "errors.input.noun.answers": {"en": "answers file", "nl": "antwoordenbestand"},
    "errors.input.not_regular": {
        "en": "{path}: is {kind}, not a file; give a regular file.",
        "nl": "{path}: is {kind}, geen bestand; geef een gewoon bestand op.",
    },
    "errors.input.kind.fifo": {"en": "a pipe (FIFO)", "nl": "een pipe (FIFO)"},
    "errors.input.kind.device": {"en": "a device", "nl": "een apparaat"},
    "errors.input.kind.directory": {"en": "a folder", "nl": "een map"},
    "errors.input.kind.socket": {"en": "a socket", "nl": "een socket"},
    "errors.input.unreadable": {
        "en": "{path}: cannot be read ({reason}).",
        "nl": "{path}: kan niet gelezen worden ({reason}).",
    },
    "errors.input.too_big": {
        "en": "{path}: is {size} bytes; at most {limit} bytes are read.",
        "nl": "{path}: is {size} bytes; er wordt hoogstens {limit} bytes gelezen.",
    },
    "errors.input.not_utf8": {
        "en": "{path}: cannot be read as a UTF-8 text file (line {line}, byte {byte} is not UTF-8).",
        "nl": "{path}: kan niet gelezen worden als UTF-8-tekstbestand (regel {line}, byte {byte} is geen UTF-8).",
    },
    "errors.input.syntax": {
        "en": "{path}:{line}: not valid {kind}: {problem}",
        "nl": "{path}:{line}: geen geldige {kind}: {problem}",
    },
    "errors.input.format.yaml": {"en": "YAML", "nl": "YAML"},
    "errors.input.format.yaml_json": {"en": "YAML or JSON", "nl": "YAML of JSON"},
    "errors.input.too_deep": {
        "en": "{path}:{line}: nested more than {limit} levels deep.",
        "nl": "{path}:{line}: meer dan {limit} niveaus diep genest.",
    },
    "errors.input.too_many_nodes": {
        "en": "{path}:{line}: holds more than {limit} values (aliases count each time they are used).",
        "nl": "{path}:{line}: bevat meer dan {limit} waarden (een alias telt elke keer dat hij gebruikt wordt).",
    },
    "errors.input.too_many_aliases": {
        "en": "{path}:{line}: uses more than {limit} aliases (*name).",
        "nl": "{path}:{line}: gebruikt meer dan {limit} aliassen (*naam).",
    },
    "errors.input.duplicate_key": {
        "en": "{path}:{line}: the key '{key}' appears twice in one block.",
        "nl": "{path}:{line}: de sleutel '{key}' staat twee keer in één blok.",
    },
    "errors.input.bad_date": {
        "en": "{path}:{line}: '{given}' is not a real date (expected YYYY-MM-DD).",
        "nl": "{path}:{line}: '{given}' is geen bestaande datum (verwacht JJJJ-MM-DD).",
    },
    "errors.input.bad_number": {
        "en": "{path}:{line}: '{given}' is not a usable number (at most {limit} digits).",
        "nl": "{path}:{line}: '{given}' is geen bruikbaar getal (hoogstens {limit} cijfers).",
    },
    "errors.input.bad_tag": {
        "en": "{path}:{line}: '{given}' cannot be read as {tag}.",
        "nl": "{path}:{line}: '{given}' kan niet gelezen worden als {tag}.",
    },
    # output files
    "errors.output.cannot_write": {
        "en": "{path}: cannot write the file there ({reason}).",
        "nl": "{path}: het bestand kan daar niet geschreven worden ({reason}).",
    },
    "errors.output.cannot_write.hint": {
        "en": "Choose another place with --out FILE.",
        "nl": "Kies een andere plek met --out BESTAND.",
    },
    "errors.output.not_regular": {
        "en": "{path}: is {kind}; the auditor writes reports to regular files only.",
        "nl": "{path}: is {kind}; de auditor schrijft rapporten alleen naar gewone bestanden.",
    },
    # checklist rules
    "errors.rule.backtracking": {
        "en": "'{key}' pattern {pattern!r} can take forever on a long answer (a repeated group that itself "
              "repeats or has overlapping choices); rewrite it without the nested repetition",
        "nl": "'{key}'-patroon {pattern!r} kan bij een lang antwoord eindeloos duren (een herhaalde groep die "
              "zelf herhaalt of overlappende keuzes heeft); schrijf het zonder die geneste herhaling",
    },
    # export archives
    "errors.archive.members": {
        "en": "{name} holds {count} files; an export is read only up to {limit} files.",
        "nl": "{name} bevat {count} bestanden; een export wordt alleen gelezen tot {limit} bestanden.",
    },
    "errors.archive.members.hint": {
        "en": "Use the export exactly as the platform delivered it.",
        "nl": "Gebruik de export precies zoals het platform hem leverde.",
    },
}

# -- the local web page (auditor serve) ---------------------------------------------------
WEB: dict[str, Entry] = {}

# -- shares and the trainer's workshop overview ------------------------------------------
SHARE: dict[str, Entry] = {}

SECTIONS: dict[str, dict[str, Entry]] = {
    "cli": CLI, "interview": INTERVIEW, "import": IMPORT, "browser": BROWSER,
    "report": REPORT, "errors": ERRORS, "web": WEB, "share": SHARE,
}

TABLE: dict[str, Entry] = {key: entry for section in SECTIONS.values() for key, entry in section.items()}

_lang = "en"


def set_lang(lang: str) -> None:
    """Choose the language for everything this process says from now on."""
    global _lang
    _lang = lang if lang in LANGS else "en"


def current_lang() -> str:
    return _lang


def locale_lang() -> str:
    """Dutch for a Dutch locale (``LANG=nl_NL.UTF-8``), English otherwise; no import of ``locale``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """The sentence ``key`` in ``lang`` (default: the process's language), filled in."""
    text = TABLE[key][lang or _lang]
    return text.format(**params) if params else text


def words(lang: str | None = None) -> dict[str, str]:
    """The whole table in one language, for templates (``words.key``)."""
    chosen = lang or _lang
    return {key: entry[chosen] for key, entry in TABLE.items()}
