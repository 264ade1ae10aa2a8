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
ERRORS: dict[str, Entry] = {}

# -- the local web page (auditor serve) ---------------------------------------------------
WEB: dict[str, Entry] = {}

# -- shares and the trainer's workshop overview ------------------------------------------
SHARE: dict[str, Entry] = {
    # auditor share: what the person reads
    "share.describe": {
        "en": "This file holds only, per check, whether it is in order, is something to improve or is still open, "
              "plus your goal, platforms, language and the day of the audit: none of your answers, names, "
              "links, texts or numbers.",
        "nl": "Dit bestand bevat alleen per controle of die in orde is, een verbeterpunt is of nog open staat, "
              "plus je doel, platforms, taal en de dag waarop je de controle deed: geen antwoorden, namen, links, "
              "teksten of aantallen.",
    },
    "share.written": {
        "en": "Wrote {path} ({checks} checks). Give this file to your trainer.",
        "nl": "{path} is opgeslagen ({checks} controles). Geef dit bestand aan je trainer.",
    },
    "share.no_finished": {
        "en": "There is no finished audit in {store} yet.",
        "nl": "Er is nog geen afgeronde controle in {store}.",
    },
    "share.no_such_audit": {
        "en": "There is no audit #{id} in {store}.",
        "nl": "Er is geen controle #{id} in {store}.",
    },
    "share.unfinished": {
        "en": "Audit #{id} is not finished yet, so there is nothing to share.",
        "nl": "Controle #{id} is nog niet af, dus er valt nog niets te delen.",
    },
    "share.hint_history": {
        "en": "See your audits with: auditor history",
        "nl": "Bekijk je controles met: auditor history",
    },
    "share.hint_finish": {
        "en": "Finish it first with: auditor audit",
        "nl": "Maak hem eerst af met: auditor audit",
    },
    "share.not_regular": {
        "en": "that is not an ordinary file",
        "nl": "dat is geen gewoon bestand",
    },
    "share.cannot_write": {
        "en": "{path}: cannot write the file there ({reason}).",
        "nl": "{path}: het bestand kan daar niet worden opgeslagen ({reason}).",
    },
    "share.hint_out": {
        "en": "Choose another place with --out FILE.",
        "nl": "Kies een andere plek met --out BESTAND.",
    },
    # reading a share (auditor workshop): one message per file, naming it
    "share.missing": {
        "en": "{path}: there is no such file.",
        "nl": "{path}: dit bestand bestaat niet.",
    },
    "share.not_file": {
        "en": "{path}: this is not an ordinary file, so it was not read.",
        "nl": "{path}: dit is geen gewoon bestand, dus het is niet gelezen.",
    },
    "share.too_big": {
        "en": "{path}: too big for a share file (more than {limit} KB), so it was not read.",
        "nl": "{path}: te groot voor een deelbestand (meer dan {limit} kB), dus het is niet gelezen.",
    },
    "share.unreadable": {
        "en": "{path}: cannot be read ({reason}).",
        "nl": "{path}: kan niet worden gelezen ({reason}).",
    },
    "share.bad_json": {
        "en": "{path}: this file is damaged (not readable as a share file; the problem is on line {line}).",
        "nl": "{path}: dit bestand is beschadigd (niet te lezen als deelbestand; het probleem zit op regel {line}).",
    },
    "share.foreign": {
        "en": "{path}: this is not a share file made by auditor share.",
        "nl": "{path}: dit is geen deelbestand van auditor share.",
    },
    "share.newer": {
        "en": "{path}: this share file was made by a newer version of auditor ({kind}); "
              "this version cannot read it.",
        "nl": "{path}: dit deelbestand is gemaakt met een nieuwere versie van auditor ({kind}); "
              "deze versie kan het niet lezen.",
    },
    "share.hint_update": {
        "en": "Update auditor, then run the command again.",
        "nl": "Werk auditor bij en voer de opdracht daarna opnieuw uit.",
    },
    "share.invalid": {
        "en": "{path}: this share file has been changed or damaged; these parts are not what a share holds:",
        "nl": "{path}: dit deelbestand is aangepast of beschadigd; deze onderdelen horen niet in een deelbestand:",
    },
    "share.hint_reshare": {
        "en": "Ask the participant to make the file again with: auditor share --out FILE",
        "nl": "Vraag de deelnemer het bestand opnieuw te maken met: auditor share --out BESTAND",
    },
    # auditor workshop: command messages
    "workshop.bad_files": {
        "en": "{count} file(s) cannot be read as share files:",
        "nl": "{count} bestand(en) kunnen niet als deelbestand worden gelezen:",
    },
    "workshop.hint_skip_bad": {
        "en": "Leave them out with --skip-bad to make the overview of the others.",
        "nl": "Laat ze weg met --skip-bad om het overzicht van de andere te maken.",
    },
    "workshop.skipped": {
        "en": "skipped: {problem}",
        "nl": "overgeslagen: {problem}",
    },
    "workshop.no_shares": {
        "en": "None of the files could be read as a share file, so there is no overview to make.",
        "nl": "Geen van de bestanden kon als deelbestand worden gelezen, dus er valt geen overzicht te maken.",
    },
    "workshop.hint_no_shares": {
        "en": "Each participant makes one with: auditor share --out FILE",
        "nl": "Elke deelnemer maakt er een met: auditor share --out BESTAND",
    },
    "workshop.written": {
        "en": "Wrote {path}: the overview of {count} participant(s).",
        "nl": "{path} is opgeslagen: het overzicht van {count} deelnemer(s).",
    },
    # the overview page
    "workshop.title": {"en": "Workshop overview", "nl": "Overzicht van de workshop"},
    "workshop.generated": {"en": "Made on {date}", "nl": "Gemaakt op {date}"},
    "workshop.days": {"en": "audits from {first} to {last}", "nl": "controles van {first} tot en met {last}"},
    "workshop.day": {"en": "audits of {day}", "nl": "controles van {day}"},
    "workshop.participants": {"en": "participants", "nl": "deelnemers"},
    "workshop.few": {
        "en": "Fewer than 3 participants: from these counts you can tell what an individual answered. "
              "Do not show this overview to the group.",
        "nl": "Minder dan 3 deelnemers: uit deze aantallen kun je afleiden wat iemand afzonderlijk heeft "
              "geantwoord. Laat dit overzicht niet aan de groep zien.",
    },
    "workshop.duplicates": {
        "en": "{count} file(s) were a share that was already given; each share counts once.",
        "nl": "{count} bestand(en) waren een deelbestand dat al was ingeleverd; elk deelbestand telt één keer.",
    },
    "workshop.skipped_note": {
        "en": "{count} file(s) could not be read and are left out.",
        "nl": "{count} bestand(en) konden niet worden gelezen en zijn weggelaten.",
    },
    "workshop.anonymous": {
        "en": "Built from anonymous share files: per check only whether it is in order, is something to improve or is "
              "still open. Nobody's answers are in it.",
        "nl": "Gemaakt uit anonieme deelbestanden: per controle alleen of die in orde is, een verbeterpunt is "
              "of nog open staat. Niemands antwoorden staan erin.",
    },
    "workshop.goals": {"en": "Goals", "nl": "Doelen"},
    "workshop.goal": {"en": "Goal", "nl": "Doel"},
    "workshop.goal_visible": {"en": "visible: be found", "nl": "zichtbaar: gevonden worden"},
    "workshop.goal_balanced": {"en": "balanced", "nl": "in balans"},
    "workshop.goal_private": {"en": "private: show little", "nl": "privé: weinig laten zien"},
    "workshop.platforms": {"en": "Platforms", "nl": "Platforms"},
    "workshop.platform": {"en": "Platform", "nl": "Platform"},
    "workshop.count": {"en": "Participants", "nl": "Deelnemers"},
    "workshop.versions": {"en": "Checklist version", "nl": "Versie van de checklist"},
    "workshop.teach_first": {"en": "Five things to teach first", "nl": "Vijf dingen om eerst te behandelen"},
    "workshop.teach_first_intro": {
        "en": "The most common important gaps (high and medium) in this room.",
        "nl": "De belangrijke verbeterpunten (hoog en middel) die in deze groep het vaakst voorkomen.",
    },
    "workshop.teach_first_none": {
        "en": "Nobody has an important gap. Well done, room.",
        "nl": "Niemand heeft een belangrijk verbeterpunt. Goed gedaan!",
    },
    "workshop.of": {
        "en": "{gap} of the {count} participants who checked {platform}",
        "nl": "{gap} van de {count} deelnemers die {platform} hebben gecontroleerd",
    },
    "workshop.per_check": {"en": "Per check", "nl": "Per controle"},
    "workshop.check": {"en": "Check", "nl": "Controle"},
    "workshop.severity": {"en": "Importance", "nl": "Belang"},
    "workshop.sev_high": {"en": "high", "nl": "hoog"},
    "workshop.sev_medium": {"en": "medium", "nl": "middel"},
    "workshop.sev_low": {"en": "low", "nl": "laag"},
    "workshop.sev_info": {"en": "info", "nl": "info"},
    "workshop.pass": {"en": "In order", "nl": "In orde"},
    "workshop.gap": {"en": "To improve", "nl": "Verbeterpunt"},
    "workshop.undetermined": {"en": "Not determined", "nl": "Niet vastgesteld"},
    "workshop.share": {"en": "Share", "nl": "Verdeling"},
    "workshop.rows_caption": {
        "en": "{platform}: per check, how many participants are in order, have something to improve or did not "
              "determine it, most to improve first",
        "nl": "{platform}: per controle hoeveel deelnemers in orde zijn, een verbeterpunt hebben of het niet "
              "hebben vastgesteld, meeste verbeterpunten eerst",
    },
    "workshop.score": {"en": "Score", "nl": "Score"},
    "workshop.coverage": {"en": "Coverage", "nl": "Dekking"},
    "workshop.spread_desc": {
        "en": "How many participants fall in each band of ten, from 0 to 100; the line is the median.",
        "nl": "Hoeveel deelnemers in elke stap van tien vallen, van 0 tot 100; de streep is de mediaan.",
    },
    "workshop.lowest": {"en": "lowest", "nl": "laagste"},
    "workshop.median": {"en": "median", "nl": "mediaan"},
    "workshop.highest": {"en": "highest", "nl": "hoogste"},
    "workshop.none": {"en": "—", "nl": "—"},
    "workshop.score_def": {
        "en": "Score: how much of what was checked is in order, weighted by importance (0–100). Coverage: how "
              "much of the checklist could be determined.",
        "nl": "Score: hoeveel van wat is gecontroleerd in orde is, gewogen naar belang (0–100). Dekking: hoeveel "
              "van de checklist kon worden vastgesteld.",
    },
    "workshop.apart": {
        "en": "Answered against another version of the advice",
        "nl": "Beantwoord bij een andere versie van het advies",
    },
    "workshop.apart_intro": {
        "en": "These participants used an older or newer checklist, where this advice was different. They are "
              "counted here, apart, and not mixed with the checks above.",
        "nl": "Deze deelnemers gebruikten een oudere of nieuwere checklist, waarin dit advies anders was. Ze "
              "staan hier apart en zijn niet meegeteld bij de controles hierboven.",
    },
    "workshop.version_older": {"en": "earlier version", "nl": "eerdere versie"},
    "workshop.version_newer": {"en": "newer version", "nl": "nieuwere versie"},
    "workshop.version_unknown": {
        "en": "not in your checklist (update auditor)",
        "nl": "niet in jouw checklist (werk auditor bij)",
    },
    "workshop.demo": {
        "en": "Also written: {count} fictional participants' anonymous share files in {folder}. A trainer's "
              "overview of them: auditor workshop auditor-demo-share-*.json --out workshop.html",
        "nl": "Ook opgeslagen: de anonieme deelbestanden van {count} verzonnen deelnemers in {folder}. Het "
              "overzicht voor een trainer: auditor workshop auditor-demo-share-*.json --out workshop.html",
    },
    "workshop.footer": {
        "en": "Made by auditor {version}. Open this file in any browser; it contains no scripts and loads nothing "
              "from the internet.",
        "nl": "Gemaakt met auditor {version}. Open dit bestand in een browser; het bevat geen scripts en laadt "
              "niets van internet.",
    },
}

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
