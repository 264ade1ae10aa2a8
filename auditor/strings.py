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
    "cli.platform.unknown": {
        "en": "There is no checklist for platform '{name}'.",
        "nl": "Er is geen checklist voor platform '{name}'."},
    "cli.platform.did-you-mean": {"en": "Did you mean: {name}?", "nl": "Bedoel je: {name}?"},
    "cli.platform.known": {
        "en": "Known platforms: {known}. See them with: auditor checklists list",
        "nl": "Bekende platforms: {known}. Bekijk ze met: auditor checklists list"},
    "cli.platform.retired": {
        "en": "{name} closed on {date}: there is nothing left to check there.",
        "nl": "{name} is op {date} gesloten: daar valt niets meer te controleren."},
    "cli.history.none": {
        "en": "No audits yet. Start one with: auditor audit   (or try: auditor demo)",
        "nl": "Nog geen controles. Begin er een met: auditor audit   (of probeer: auditor demo)"},
    "cli.history.none-at": {
        "en": "No audits yet ({path}). Start one with: auditor audit   (or try: auditor demo)",
        "nl": "Nog geen controles ({path}). Begin er een met: auditor audit   (of probeer: auditor demo)"},
    "cli.history.header": {
        "en": "{id:>4}  {date:<16} {goal:<12} {score:>5} {cover:>7}  {platforms}",
        "nl": "{id:>4}  {date:<16} {goal:<12} {score:>5} {cover:>7}  {platforms}"},
    "cli.history.columns": {
        "en": "#|date|goal|score|cover|platforms", "nl": "#|datum|doel|score|dekking|platforms"},
    "cli.history.unfinished": {"en": "(unfinished)", "nl": "(niet af)"},
    "cli.history.trend": {
        "en": "trend per platform (score, coverage), oldest first:",
        "nl": "verloop per platform (score, dekking), oudste eerst:"},
    "cli.history.no-audit": {"en": "There is no audit #{id}.", "nl": "Er is geen controle #{id}."},
    "cli.history.no-audit.hint": {"en": "See them with: auditor history", "nl": "Bekijk ze met: auditor history"},
    "cli.history.no-store": {
        "en": "There is no audit store at {path} yet, so there is no audit #{id}.",
        "nl": "Er is nog geen opslag met controles op {path}, dus ook geen controle #{id}."},
    "cli.accept.no-check": {"en": "There is no check '{check}'.", "nl": "Er is geen vraag '{check}'."},
    "cli.accept.no-check.hint": {
        "en": "List a platform's checks with: auditor checklists show linkedin",
        "nl": "Bekijk de vragen van een platform met: auditor checklists show linkedin"},
    "cli.accept.bad-date": {
        "en": "--until: '{until}' is not a date; expected YYYY-MM-DD, e.g. 2027-06-30",
        "nl": "--until: '{until}' is geen datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2027-06-30"},
    "cli.accept.past": {
        "en": "--until: {until} is in the past; an acceptance must end today or later",
        "nl": "--until: {until} ligt in het verleden; een acceptatie loopt tot vandaag of later"},
    "cli.accept.withdrawn": {
        "en": "Withdrawn: \"{title}\" counts as an open point to improve again.",
        "nl": "Ingetrokken: \"{title}\" telt weer als open verbeterpunt."},
    "cli.accept.none": {
        "en": "There was no accepted risk for {check}; nothing changed.",
        "nl": "Er was geen geaccepteerd risico voor {check}; er is niets veranderd."},
    "cli.accept.removed": {
        "en": "{check} is a setting the platform removed on {date}; there is nothing to accept.",
        "nl": "{check} is een instelling die het platform op {date} heeft verwijderd; er valt niets te accepteren."},
    "cli.accept.reason": {
        "en": "--reason: say why you accept this risk (it is shown in the report)",
        "nl": "--reason: zeg waarom je dit risico accepteert (het staat in het rapport)"},
    "cli.accept.reason.hint": {
        "en": 'For example: auditor accept {check} --reason "I want recruiters to see it"',
        "nl": 'Bijvoorbeeld: auditor accept {check} --reason "Recruiters mogen dit zien"'},
    "cli.accept.until": {"en": "until {until}", "nl": "tot {until}"},
    "cli.accept.no-end": {"en": "with no end date", "nl": "zonder einddatum"},
    "cli.accept.done": {
        "en": "Accepted \"{title}\" {when}: it stays in the report, marked accepted, and does not count as an "
              "open point to improve.",
        "nl": "Geaccepteerd: \"{title}\" {when}. Het blijft in het rapport staan, gemarkeerd als geaccepteerd, en "
              "telt niet als open verbeterpunt."},
    "cli.demo.first": {
        "en": "Demo: Sanne de Vries (fictional), audit #{id} of {date}: {n} answers",
        "nl": "Demo: Sanne de Vries (verzonnen), controle #{id} van {date}: {n} antwoorden"},
    "cli.demo.import": {
        "en": "Demo: her LinkedIn export was read: {n} facts.",
        "nl": "Demo: haar LinkedIn-export is ingelezen: {n} gegevens."},
    "cli.demo.second": {
        "en": "Demo: audit #{id} of {date}: {n} answers changed or confirmed",
        "nl": "Demo: controle #{id} van {date}: {n} antwoorden gewijzigd of bevestigd"},
    "cli.demo.written": {"en": "Report written to {path}", "nl": "Rapport geschreven naar {path}"},
    "cli.demo.next": {
        "en": "Open it in your browser. Your own audit: auditor audit linkedin",
        "nl": "Open het in je browser. Je eigen controle: auditor audit linkedin"},
    "cli.checklists.catalogue": {"en": "Catalogue: {source}", "nl": "Catalogus: {source}"},
    "cli.checklists.columns": {
        "en": "platform|status|checks|active|version|reviewed",
        "nl": "platform|status|vragen|actief|versie|nagekeken"},
    "cli.checklists.active": {"en": "active", "nl": "actief"},
    "cli.checklists.closed": {"en": "closed {date}", "nl": "gesloten {date}"},
    "cli.export.header": {
        "en": "# answers of audit #{id} ({date}); use with: auditor audit --answers FILE",
        "nl": "# antwoorden van controle #{id} ({date}); gebruik met: auditor audit --answers BESTAND"},
}

# -- the guided audit: interview core and terminal wizard ---------------------------------
INTERVIEW: dict[str, Entry] = {
    "interview.goal.visible": {"en": "visible", "nl": "zichtbaar"},
    "interview.goal.balanced": {"en": "balanced", "nl": "gebalanceerd"},
    "interview.goal.private": {"en": "private", "nl": "privé"},
    "interview.goal.visible.why": {
        "en": "be found: an open profile and open networking.",
        "nl": "gevonden worden: een open profiel en open netwerken.",
    },
    "interview.goal.balanced.why": {
        "en": "visible where it helps, private where it costs nothing (the usual choice).",
        "nl": "zichtbaar waar het helpt, afgeschermd waar het niets kost (de gebruikelijke keuze).",
    },
    "interview.goal.private.why": {
        "en": "show as little as possible.",
        "nl": "zo weinig mogelijk laten zien.",
    },
    "interview.toggle.on": {"en": "Yes (on)", "nl": "Ja (aan)"},
    "interview.toggle.off": {"en": "No (off)", "nl": "Nee (uit)"},
    "interview.unsure": {"en": "not sure", "nl": "weet ik niet"},
    "interview.source.answer": {"en": "your answer", "nl": "je antwoord"},
    "interview.source.export": {"en": "export", "nl": "export"},
    "interview.source.browser": {"en": "browser", "nl": "browser"},
    "interview.source.public-profile": {"en": "public profile", "nl": "openbare profiel"},
    "interview.source.confirmed": {"en": "{source}, confirmed by you", "nl": "{source}, bevestigd door jou"},
    "interview.evidence.shows": {
        "en": "Your {source} of {when} shows {shown} → {label}",
        "nl": "Je {source} van {when} laat {shown} zien → {label}",
    },
    "interview.evidence.says": {
        "en": "Your {source} of {when} says: {label}",
        "nl": "Volgens je {source} van {when}: {label}",
    },
    "interview.evidence.unread": {
        "en": "The {source} could not read this: {detail}",
        "nl": "De {source} kon dit niet lezen: {detail}",
    },
    "interview.shows.linkedin.privacy.imported_contacts": {
        "en": "{n} uploaded contacts", "nl": "{n} geüploade contacten"},
    "interview.shows.facebook.privacy.uploaded_contacts": {
        "en": "{n} uploaded contacts", "nl": "{n} geüploade contacten"},
    "interview.shows.instagram.privacy.uploaded_contacts": {
        "en": "{n} uploaded contacts", "nl": "{n} geüploade contacten"},
    "interview.shows.linkedin.networking.personal_note_share": {
        "en": "a personal note in {pct} of the invitations you sent",
        "nl": "een persoonlijk berichtje bij {pct} van je verstuurde uitnodigingen"},
    "interview.shows.linkedin.networking.long_invitation_notes": {
        "en": "{n} notes of more than 50 words", "nl": "{n} berichtjes van meer dan 50 woorden"},
    "interview.shows.linkedin.profile.completeness": {
        "en": "{n} of the 7 items", "nl": "{n} van de 7 onderdelen"},
    "interview.shows.x.privacy.personalization_interests": {
        "en": "{n} interests", "nl": "{n} interesses"},
    "interview.previous": {"en": "Last time ({source}): {value}", "nl": "Vorige keer ({source}): {value}"},
    "interview.reason.new-check": {
        "en": "New check since your last audit.", "nl": "Nieuwe vraag sinds je vorige controle."},
    "interview.reason.not-answered": {"en": "", "nl": ""},
    "interview.reason.check-changed": {
        "en": "Asked again: the platform or the advice changed since you answered.",
        "nl": "Opnieuw gevraagd: het platform of het advies is veranderd sinds je antwoord."},
    "interview.reason.was-gap": {
        "en": "Asked again: this was a point to improve last time. Fixed yet?",
        "nl": "Opnieuw gevraagd: dit was vorige keer een verbeterpunt. Al opgelost?"},
    "interview.reason.stale": {
        "en": "Asked again: your answer is {age} days old.",
        "nl": "Opnieuw gevraagd: je antwoord is {age} dagen oud."},
    "interview.reason.was-unsure": {
        "en": "Asked again: you were not sure last time.",
        "nl": "Opnieuw gevraagd: je wist het vorige keer niet zeker."},
    "interview.reason.condition": {
        "en": "This decides which of the next checks apply to you.",
        "nl": "Dit bepaalt welke van de volgende vragen voor jou gelden."},
    "interview.reason.not-read": {"en": "", "nl": ""},
    "interview.reason.confirm-evidence": {"en": "", "nl": ""},
    "interview.expect.nothing": {
        "en": "nothing (this check is settled by an export or the browser, not asked)",
        "nl": "niets (dit wordt bepaald door een export of de browser, niet gevraagd)"},
    "interview.expect.toggle": {"en": "on, off (yes, no)", "nl": "aan, uit (ja, nee)"},
    "interview.expect.toggle.prompt": {"en": "yes or no (on/off)", "nl": "ja of nee (aan/uit)"},
    "interview.expect.choice": {
        "en": "{ids} (or their number, 1 to {n})",
        "nl": "{ids} (of hun nummer, 1 tot en met {n})"},
    "interview.expect.range": {
        "en": "a whole number from {low} to {high}", "nl": "een heel getal van {low} tot en met {high}"},
    "interview.expect.number": {"en": "a whole number (0 or more)", "nl": "een heel getal (0 of meer)"},
    "interview.expect.text": {"en": "a text", "nl": "een tekst"},
    "interview.bad.answer": {
        "en": "'{given}' is not an answer here; expected {expected}.",
        "nl": "'{given}' past hier niet; verwacht: {expected}."},
    "interview.bad.range": {
        "en": "{given} is outside the range: answer a whole number from {low} to {high}.",
        "nl": "{given} valt buiten het bereik: antwoord met een heel getal van {low} tot en met {high}."},
    "interview.bad.not-a-question": {
        "en": "'{id}' is not a question: an export or the browser settles it.",
        "nl": "'{id}' is geen vraag: een export of de browser bepaalt het."},
    "interview.nothing-left": {"en": "There is nothing left to ask.", "nl": "Er valt niets meer te vragen."},
    "interview.empty": {"en": "Type an answer.", "nl": "Typ een antwoord."},
    "interview.no-audit": {"en": "There is no audit #{id}.", "nl": "Er is geen controle #{id}."},
    "interview.no-such-question": {
        "en": "Audit has no question {id}.", "nl": "Deze controle heeft geen vraag {id}."},
    # -- answers files (audit --answers) ---------------------------------------------
    "answers.missing": {"en": "{path}: no such answers file", "nl": "{path}: dit antwoordbestand bestaat niet"},
    "answers.unreadable": {
        "en": "{path}: cannot be read as a UTF-8 text file: {error}",
        "nl": "{path}: is niet te lezen als UTF-8-tekstbestand: {error}"},
    "answers.not-mapping": {
        "en": "{path}:1: expected a mapping like {{goal: balanced, lang: en, answers: {{CHECK_ID: VALUE}}}}",
        "nl": "{path}:1: verwacht een lijst zoals {{goal: balanced, lang: nl, answers: {{VRAAG: WAARDE}}}}"},
    "answers.unknown-field": {
        "en": "unknown field '{key}'; expected goal, lang and answers",
        "nl": "onbekend veld '{key}'; verwacht: goal, lang en answers"},
    "answers.bad-goal": {
        "en": "goal '{goal}' is not one of visible, balanced, private",
        "nl": "doel '{goal}' is niet een van zichtbaar, gebalanceerd, privé (of visible, balanced, private)"},
    "answers.bad-lang": {
        "en": "lang '{lang}' is not one of {langs}", "nl": "taal '{lang}' is niet een van {langs}"},
    "answers.answers-not-mapping": {
        "en": "'answers' must be a mapping of check id to value",
        "nl": "'answers' moet een lijst van vraag en antwoord zijn"},
    "answers.unknown-check": {
        "en": "unknown check id '{id}' (list them with: auditor checklists show PLATFORM)",
        "nl": "onbekende vraag '{id}' (bekijk ze met: auditor checklists show PLATFORM)"},
    "answers.bad-answer": {
        "en": "'{given}' is not an answer to {id}; expected {expected} or unsure",
        "nl": "'{given}' is geen antwoord op {id}; verwacht: {expected} of unsure"},
    "answers.removed": {
        "en": "'{id}' is a setting the platform removed on {date}; answer ignored",
        "nl": "'{id}' is een instelling die het platform op {date} heeft verwijderd; antwoord genegeerd"},
    "answers.problems": {
        "en": "{path}: {n} problem(s) in this answers file:",
        "nl": "{path}: fouten in dit antwoordbestand ({n}):"},
    # -- the terminal wizard ---------------------------------------------------------
    "wizard.progress": {"en": "{platform} — {n} of {m}", "nl": "{platform} — {n} van {m}"},
    "wizard.where": {"en": "Where", "nl": "Waar"},
    "wizard.keys": {
        "en": "? help · u not sure · s skip · b back · q quit",
        "nl": "? uitleg · w weet niet · s overslaan · t terug · q stoppen"},
    "wizard.keys.keep": {"en": "Enter keeps it", "nl": "Enter = zo laten"},
    "wizard.yours": {"en": "Your answer: {value}", "nl": "Je antwoord: {value}"},
    "wizard.saved": {"en": "saved", "nl": "opgeslagen"},
    "wizard.bad": {
        "en": "{error} (? help · u not sure · s skip · b back · q quit)",
        "nl": "{error} (? uitleg · w weet niet · s overslaan · t terug · q stoppen)"},
    "wizard.number": {"en": "a whole number", "nl": "een heel getal"},
    "wizard.number.range": {"en": "{low} to {high}", "nl": "{low} tot en met {high}"},
    "wizard.text": {"en": "type it", "nl": "typ het"},
    "wizard.help": {"en": "Help", "nl": "Uitleg"},
    "wizard.goal.intro": {
        "en": "Your goal decides what counts as a point to improve where the advice differs:",
        "nl": "Je doel bepaalt wat als verbeterpunt telt waar de adviezen verschillen:"},
    "wizard.goal.ask": {"en": "Goal (1-3, Enter = {default}): ", "nl": "Doel (1-3, Enter = {default}): "},
    "wizard.goal.bad": {
        "en": "Choose 1, 2 or 3 (or visible, balanced, private).",
        "nl": "Kies 1, 2 of 3 (of zichtbaar, gebalanceerd, privé)."},
    "wizard.lang.ask": {"en": "Language / taal: 1) English  2) Nederlands (Enter = {default}): ",
                        "nl": "Language / taal: 1) English  2) Nederlands (Enter = {default}): "},
    "wizard.started": {
        "en": "Started audit #{id} ({platforms}; goal: {goal}).",
        "nl": "Controle #{id} gestart ({platforms}; doel: {goal})."},
    "wizard.started.carried": {
        "en": "Started audit #{id}; the answers of audit #{previous} are carried over.",
        "nl": "Controle #{id} gestart; de antwoorden van controle #{previous} zijn overgenomen."},
    "wizard.resume.ask": {
        "en": "Audit #{id} (started {started}; answers so far: {answered}) is unfinished. Resume it? [Y/n] ",
        "nl": "Controle #{id} (begonnen {started}; antwoorden tot nu toe: {answered}) is nog niet af. "
              "Verdergaan? [J/n] "},
    "wizard.resume.no": {
        "en": "Starting a new audit. Audit #{id} stays in your history as unfinished; its answers are not "
              "carried over.",
        "nl": "Je begint een nieuwe controle. Controle #{id} blijft als onafgemaakt in je geschiedenis staan; "
              "de antwoorden daaruit worden niet overgenomen."},
    "wizard.resumed": {"en": "Resuming audit #{id} (goal: {goal}).", "nl": "Verder met controle #{id} (doel: {goal})."},
    "wizard.resumed.changed": {
        "en": "Resuming audit #{id}, now with goal {goal} and language {lang} (was {old_goal}, {old_lang}).",
        "nl": "Verder met controle #{id}, nu met doel {goal} en taal {lang} (was {old_goal}, {old_lang})."},
    "wizard.settled": {
        "en": "Already settled by evidence, not asked: {described}.",
        "nl": "Al bepaald door bewijs, niet gevraagd: {described}."},
    "wizard.settled.part": {"en": "{n} from your {source}", "nl": "{n} uit je {source}"},
    "wizard.review.ask": {
        "en": "Review them (confirm or correct)? [y/N] ",
        "nl": "Wil je ze nalopen (bevestigen of verbeteren)? [j/N] "},
    "wizard.nothing": {
        "en": "Nothing to ask: every applicable check is answered.",
        "nl": "Niets te vragen: elke vraag die voor jou geldt is beantwoord."},
    "wizard.saved.again": {
        "en": "Saved. Run `{command}` again to carry on where you stopped.",
        "nl": "Opgeslagen. Voer `{command}` opnieuw uit om verder te gaan waar je was."},
    "wizard.no-terminal": {
        "en": "There is no terminal to ask questions on (standard input is not a terminal).",
        "nl": "Er is geen terminal om vragen op te stellen (de invoer is geen terminal)."},
    "wizard.no-terminal.hint": {
        "en": "Run without prompts from an answers file:  auditor audit --answers answers.yaml\n"
              "(an example: auditor history --export ID > answers.yaml, or see the README).",
        "nl": "Gebruik zonder vragen een antwoordbestand:  auditor audit --answers answers.yaml\n"
              "(een voorbeeld: auditor history --export ID > answers.yaml, of zie de README)."},
    "wizard.recorded": {
        "en": "Recorded {n} answers from {file} in audit #{id}.",
        "nl": "Antwoorden uit {file} vastgelegd in controle #{id}: {n}."},
    "wizard.evidence-only": {
        "en": "The answers file holds no answers: the audit holds what your evidence settled.",
        "nl": "Het antwoordbestand bevat geen antwoorden: de controle bevat wat je bewijs al vaststelde."},
    "wizard.notice": {"en": "notice: {text}", "nl": "let op: {text}"},
}

# -- import: export readers' notes and the import summary ---------------------------------
IMPORT: dict[str, Entry] = {}

# -- browser: prompts and probe reasons ---------------------------------------------------
_PAGE_CHANGED = {
    "en": "the page has changed: this checklist may be out of date",
    "nl": "de pagina is veranderd: deze checklist is mogelijk verouderd",
}

BROWSER: dict[str, Entry] = {
    "browser.reason.ok": {"en": "", "nl": ""},
    "browser.reason.not-logged-in": {"en": "not logged in", "nl": "niet ingelogd"},
    "browser.reason.control-not-found": _PAGE_CHANGED,
    "browser.reason.ambiguous": {
        "en": "more than one control on the page has this name; " + _PAGE_CHANGED["en"],
        "nl": "meer dan één knop op de pagina heeft deze naam; " + _PAGE_CHANGED["nl"]},
    "browser.reason.mixed": {
        "en": "the setting shows a mixed state (partly on), which is neither on nor off",
        "nl": "de instelling staat half aan, en is dus niet aan of uit"},
    "browser.reason.unrecognised-option": {
        "en": "the selected option is not one this checklist knows; " + _PAGE_CHANGED["en"],
        "nl": "de gekozen optie kent deze checklist niet; " + _PAGE_CHANGED["nl"]},
    "browser.reason.page-error": {"en": "the page could not be opened", "nl": "de pagina kon niet worden geopend"},
    "browser.reason.invalid-probe": {
        "en": "this check's probe cannot be read (its role and what to read do not fit together)",
        "nl": "deze instelling kan niet worden uitgelezen (de beschrijving in de checklist klopt niet)"},
    "browser.login": {
        "en": "Log in to {name} in the browser window the auditor opened (never here), then press Enter; "
              "s skips {name}: ",
        "nl": "Log in bij {name} in het browservenster dat de auditor opende (nooit hier), druk dan op Enter; "
              "s slaat {name} over: "},
    "browser.reading": {
        "en": "Reading {n} settings in your browser (nothing is changed there)…",
        "nl": "{n} instellingen worden uitgelezen in je browser (daar verandert niets)…"},
    "browser.read": {"en": "read", "nl": "gelezen"},
    "browser.progress": {"en": "  [{i}/{n}] {title}: {outcome}", "nl": "  [{i}/{n}] {title}: {outcome}"},
    "browser.public": {
        "en": "  public view of {url}: {n} facts ({status})",
        "nl": "  openbare weergave van {url}: {n} gegevens ({status})"},
    "browser.notice": {"en": "browser: {text}", "nl": "browser: {text}"},
}

# -- report: html / pdf / text ------------------------------------------------------------
REPORT: dict[str, Entry] = {}

# -- store, input files and output: errors and their hints --------------------------------
ERRORS: dict[str, Entry] = {}

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
