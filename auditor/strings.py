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
        "en": "{path}: the audit store is damaged: {table} row {row}, field '{column}' holds {given!r}, "
              "expected {expected}. Nothing was changed.",
        "nl": "{path}: de auditopslag is beschadigd: in {table} rij {row} staat in veld '{column}' {given!r}, "
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
    "errors.store.no_audit": {
        "en": "There is no audit #{id} in this store.",
        "nl": "Er is geen audit #{id} in deze opslag.",
    },
    # input files (answers, checklists, overlay)
    "errors.input.missing": {
        "en": "{path}: no such file.",
        "nl": "{path}: dit bestand bestaat niet.",
    },
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
        "en": "{path}:{line}: is not UTF-8 text (byte {byte} cannot be read).",
        "nl": "{path}:{line}: is geen UTF-8-tekst (byte {byte} is onleesbaar).",
    },
    "errors.input.syntax": {
        "en": "{path}:{line}: not valid {kind}: {problem}",
        "nl": "{path}:{line}: geen geldige {kind}: {problem}",
    },
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
    "errors.input.unknown_tag": {
        "en": "{path}:{line}: the tag {tag} is not supported here.",
        "nl": "{path}:{line}: de tag {tag} wordt hier niet ondersteund.",
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
WEB: dict[str, Entry] = {
    # every page
    "web.title": {"en": "Privacy check", "nl": "Privacycontrole"},
    "web.skip_to_content": {"en": "Skip to the content", "nl": "Ga naar de inhoud"},
    "web.nav.label": {"en": "Main menu", "nl": "Hoofdmenu"},
    "web.nav.start": {"en": "Start", "nl": "Start"},
    "web.nav.export": {"en": "Hand over an export", "nl": "Data-export geven"},
    "web.nav.history": {"en": "Earlier checks", "nl": "Eerdere controles"},
    "web.footer": {
        "en": "This page runs on your own computer only. Nothing is sent to the internet.",
        "nl": "Deze pagina draait alleen op je eigen computer. Er gaat niets naar internet.",
    },
    "web.other_lang": {"en": "Nederlands", "nl": "English"},
    "web.not_found": {"en": "This page does not exist.", "nl": "Deze pagina bestaat niet."},
    "web.no_audit": {"en": "There is no check number {id}.", "nl": "Er is geen controle met nummer {id}."},
    "web.to_start": {"en": "Back to the start", "nl": "Terug naar het begin"},
    # start
    "web.start.heading": {"en": "Check your social media settings",
                          "nl": "Controleer je instellingen op sociale media"},
    "web.start.intro": {
        "en": "You answer one question at a time about your privacy and profile settings. Every answer is "
              "saved at once: you can stop whenever you like and carry on later.",
        "nl": "Je beantwoordt één vraag tegelijk over je privacy- en profielinstellingen. Elk antwoord wordt "
              "meteen bewaard: je kunt stoppen wanneer je wilt en later verdergaan.",
    },
    "web.start.resume.heading": {"en": "You have a check that is not finished",
                                 "nl": "Je hebt een controle die nog niet af is"},
    "web.start.resume.text": {
        "en": "Started on {date} ({platforms}); {answered} answers so far.",
        "nl": "Begonnen op {date} ({platforms}); tot nu toe {answered} antwoorden.",
    },
    "web.start.resume.button": {"en": "Resume your check", "nl": "Hervat je controle"},
    "web.start.new.heading": {"en": "Start a new check", "nl": "Begin een nieuwe controle"},
    "web.start.platforms": {"en": "Which accounts do you want to check?", "nl": "Welke accounts wil je controleren?"},
    "web.start.goal": {"en": "What do you want to achieve?", "nl": "Wat wil je bereiken?"},
    "web.start.goal_hint": {
        "en": "Where the advice differs, your goal decides what counts as something to fix.",
        "nl": "Waar de adviezen verschillen, bepaalt je doel wat als verbeterpunt telt.",
    },
    "web.goal.visible": {"en": "Be found", "nl": "Gevonden worden"},
    "web.goal.visible.text": {
        "en": "You want recruiters and new contacts to find you: an open profile and open networking.",
        "nl": "Je wilt dat recruiters en nieuwe contacten je vinden: een open profiel en open netwerken.",
    },
    "web.goal.balanced": {"en": "Balanced (recommended)", "nl": "In balans (aanbevolen)"},
    "web.goal.balanced.text": {
        "en": "Easy to find for people you know or want to know, without sharing more than needed.",
        "nl": "Goed vindbaar voor wie je kent of wilt leren kennen, zonder meer te delen dan nodig.",
    },
    "web.goal.private": {"en": "Private", "nl": "Privé"},
    "web.goal.private.text": {
        "en": "As little as possible visible to people you do not know.",
        "nl": "Zo weinig mogelijk zichtbaar voor mensen die je niet kent.",
    },
    "web.start.lang": {"en": "Language of the questions and the report", "nl": "Taal van de vragen en het rapport"},
    "web.start.button": {"en": "Start", "nl": "Begin"},
    "web.start.none_chosen": {"en": "Choose at least one account.", "nl": "Kies minstens één account."},
    "web.start.stopped": {
        "en": "Your answers are saved. Carry on here or in the terminal whenever you like.",
        "nl": "Je antwoorden zijn bewaard. Ga verder wanneer je wilt, hier of in de terminal.",
    },
    # one question
    "web.q.progress": {"en": "Question {n} of {m}", "nl": "Vraag {n} van {m}"},
    "web.q.why": {"en": "Why this matters", "nl": "Waarom dit ertoe doet"},
    "web.q.where": {"en": "Where to find it", "nl": "Waar je het vindt"},
    "web.q.open_setting": {"en": "Open this setting on {platform}", "nl": "Open deze instelling op {platform}"},
    "web.q.new_tab": {"en": "(opens the site in a new tab)", "nl": "(opent de website in een nieuw tabblad)"},
    "web.q.known": {"en": "Already known", "nl": "Wat al bekend is"},
    "web.q.given": {"en": "Your answer so far: {value}", "nl": "Je antwoord tot nu toe: {value}"},
    "web.q.answer": {"en": "Your answer", "nl": "Je antwoord"},
    "web.q.number_hint": {"en": "A whole number, 0 or more.", "nl": "Een heel getal, 0 of meer."},
    "web.q.text_hint": {"en": "Type it as it appears on the site.", "nl": "Typ het zoals het op de website staat."},
    "web.q.next": {"en": "Next", "nl": "Volgende"},
    "web.q.back": {"en": "Back", "nl": "Terug"},
    "web.q.skip": {"en": "Skip", "nl": "Overslaan"},
    "web.q.unsure": {"en": "I don't know", "nl": "Weet ik niet"},
    "web.q.stop": {"en": "Stop for now", "nl": "Stop voor nu"},
    "web.q.saved": {"en": "Your answer was saved.", "nl": "Je antwoord is bewaard."},
    "web.q.moved": {
        "en": "That question was answered meanwhile or no longer applies; this is where you are now.",
        "nl": "Die vraag is intussen beantwoord of geldt niet meer; hier ben je nu.",
    },
    "web.q.error.toggle": {"en": "Choose On or Off, or press “I don't know”.",
                           "nl": "Kies Aan of Uit, of druk op ‘Weet ik niet’."},
    "web.q.error.choice": {"en": "Choose one of the options, or press “I don't know”.",
                           "nl": "Kies een van de mogelijkheden, of druk op ‘Weet ik niet’."},
    "web.q.error.number": {"en": "Fill in a number (0 or more), or press “I don't know”.",
                           "nl": "Vul een getal in (0 of meer), of druk op ‘Weet ik niet’."},
    "web.q.error.text": {"en": "Fill something in, or press “I don't know”.",
                         "nl": "Vul iets in, of druk op ‘Weet ik niet’."},
    "web.q.error.heading": {"en": "Your answer was not saved", "nl": "Je antwoord is niet bewaard"},
    # the end of the questions
    "web.end.heading": {"en": "You have been through all the questions", "nl": "Je hebt alle vragen gehad"},
    "web.end.text": {"en": "You answered {answered} of {total} questions.",
                     "nl": "Je hebt {answered} van de {total} vragen beantwoord."},
    "web.end.skipped": {
        "en": "{n} skipped. They count as “not checked”, never as a problem; you can answer them now or later.",
        "nl": "{n} overgeslagen. Die tellen als ‘niet bepaald’, nooit als probleem; je kunt ze nu of later nog "
              "beantwoorden.",
    },
    "web.end.answer_skipped": {"en": "Answer the skipped questions", "nl": "Beantwoord de overgeslagen vragen"},
    "web.end.finish": {"en": "Finish and see your report", "nl": "Rond af en bekijk je rapport"},
    "web.end.finished": {"en": "This check is finished.", "nl": "Deze controle is afgerond."},
    # the report
    "web.report.back": {"en": "Back to the questions", "nl": "Terug naar de vragen"},
    "web.report.change": {"en": "Change your answer", "nl": "Wijzig je antwoord"},
    "web.report.accept": {"en": "Accept this risk", "nl": "Accepteer dit risico"},
    "web.report.interim": {"en": "Interim report: this check is not finished yet.",
                           "nl": "Tussenstand: deze controle is nog niet afgerond."},
    # hand over an export
    "web.export.heading": {"en": "Hand over a data export", "nl": "Geef een data-export"},
    "web.export.intro": {
        "en": "With your own data export, the check can answer some questions by itself. The file is read on "
              "this computer only and deleted straight afterwards; only a few facts about your own profile are kept.",
        "nl": "Met je eigen data-export kan de controle een deel van de vragen zelf beantwoorden. Het bestand "
              "wordt alleen op deze computer gelezen en daarna meteen weggegooid; alleen een paar feiten over je "
              "eigen profiel worden bewaard.",
    },
    "web.export.file": {"en": "Your export (the zip file the platform sent you)",
                        "nl": "Je export (het zip-bestand dat je van het platform kreeg)"},
    "web.export.button": {"en": "Read the export", "nl": "Lees de export"},
    "web.export.how": {"en": "How to request your export", "nl": "Zo vraag je je export aan"},
    "web.export.linkedin": {
        "en": "LinkedIn: Settings & Privacy › Data privacy › Get a copy of your data. The e-mail with the link "
              "comes within a day; the link works for 72 hours. Only on the website, not in the app.",
        "nl": "LinkedIn: Instellingen en privacy › Gegevensprivacy › een kopie van je gegevens downloaden. "
              "De e-mail met de link komt binnen een dag; de link werkt 72 uur. Alleen op de website, niet in de app.",
    },
    "web.export.facebook": {
        "en": "Facebook and Instagram: Accounts Center › Your information and permissions › Download or export "
              "your information. Choose the JSON format.",
        "nl": "Facebook en Instagram: Accountcentrum › Je gegevens en machtigingen › je gegevens downloaden of "
              "exporteren. Kies de indeling JSON.",
    },
    "web.export.x": {
        "en": "X: Settings › Your account › Download an archive of your data. It can take a day or more.",
        "nl": "X: Instellingen › Je account › een archief van je gegevens downloaden. Dat kan een dag of langer duren.",
    },
    "web.export.open": {"en": "Open the page on {platform}", "nl": "Open de pagina op {platform}"},
    "web.export.done": {
        "en": "Read: your {platform} export. {facts} facts stored; they answer {checks} questions for you.",
        "nl": "Gelezen: je export van {platform}. {facts} gegevens bewaard; daarmee zijn {checks} vragen al "
              "beantwoord.",
    },
    "web.export.notes": {"en": "Good to know", "nl": "Goed om te weten"},
    "web.export.failed": {"en": "This file could not be read", "nl": "Dit bestand kon niet worden gelezen"},
    "web.export.empty": {"en": "Choose a file first.", "nl": "Kies eerst een bestand."},
    "web.export.too_large": {"en": "The file is larger than {mb} MB.", "nl": "Het bestand is groter dan {mb} MB."},
    "web.export.next": {"en": "Continue with your check", "nl": "Ga verder met je controle"},
    # history
    "web.history.heading": {"en": "Earlier checks", "nl": "Eerdere controles"},
    "web.history.none": {"en": "No checks yet.", "nl": "Nog geen controles."},
    "web.history.caption": {"en": "Your checks, newest first", "nl": "Je controles, nieuwste eerst"},
    "web.history.number": {"en": "Number", "nl": "Nummer"},
    "web.history.date": {"en": "Date", "nl": "Datum"},
    "web.history.goal": {"en": "Goal", "nl": "Doel"},
    "web.history.score": {"en": "Score", "nl": "Score"},
    "web.history.coverage": {"en": "Checked", "nl": "Bepaald"},
    "web.history.platforms": {"en": "Accounts", "nl": "Accounts"},
    "web.history.state": {"en": "Status", "nl": "Status"},
    "web.history.finished": {"en": "finished", "nl": "afgerond"},
    "web.history.unfinished": {"en": "not finished", "nl": "niet af"},
    "web.history.report": {"en": "Report of check {id}", "nl": "Rapport van controle {id}"},
    "web.history.resume": {"en": "Resume check {id}", "nl": "Hervat controle {id}"},
    "web.history.accepted": {"en": "Accepted risks", "nl": "Geaccepteerde risico’s"},
    "web.history.no_accepted": {"en": "You have not accepted any risk.", "nl": "Je hebt geen risico geaccepteerd."},
    # accepting a risk
    "web.accept.heading": {"en": "Accept a risk", "nl": "Een risico accepteren"},
    "web.accept.intro": {
        "en": "You keep this setting as it is, on purpose. It stays in your report, marked as accepted, and no "
              "longer counts as something to fix.",
        "nl": "Je houdt deze instelling bewust zoals ze is. Ze blijft in je rapport staan, gemarkeerd als "
              "geaccepteerd, en telt niet meer als verbeterpunt.",
    },
    "web.accept.reason": {"en": "Why do you keep it this way?", "nl": "Waarom houd je het zo?"},
    "web.accept.reason_hint": {"en": "This is shown in your report.", "nl": "Dit komt in je rapport te staan."},
    "web.accept.until": {"en": "Until when? (leave empty for no end date)",
                         "nl": "Tot wanneer? (laat leeg voor geen einddatum)"},
    "web.accept.button": {"en": "Accept", "nl": "Accepteer"},
    "web.accept.withdraw": {"en": "Withdraw the acceptance", "nl": "Trek de acceptatie in"},
    "web.accept.current": {"en": "Accepted now: “{reason}” ({until}).", "nl": "Nu geaccepteerd: ‘{reason}’ ({until})."},
    "web.accept.forever": {"en": "no end date", "nl": "geen einddatum"},
    "web.accept.until_date": {"en": "until {date}", "nl": "tot {date}"},
    "web.accept.done": {"en": "Accepted. It stays visible in your report.",
                        "nl": "Geaccepteerd. Het blijft zichtbaar in je rapport."},
    "web.accept.withdrawn": {"en": "Withdrawn: it counts as something to fix again.",
                             "nl": "Ingetrokken: het telt weer als verbeterpunt."},
    "web.accept.reason_missing": {"en": "Write briefly why; it goes in your report.",
                                  "nl": "Schrijf kort op waarom; dat komt in je rapport."},
    "web.accept.bad_date": {"en": "Fill in a date like 2027-06-30, today or later.",
                            "nl": "Vul een datum in zoals 2027-06-30, vandaag of later."},
    "web.accept.removed": {"en": "The platform removed this setting; there is nothing to accept.",
                           "nl": "Het platform heeft deze instelling weggehaald; er valt niets te accepteren."},
    # sharing with a trainer
    "web.share.link": {"en": "Share anonymously with your trainer", "nl": "Deel anoniem met je trainer"},
    "web.share.heading": {"en": "Share anonymously with your trainer", "nl": "Deel anoniem met je trainer"},
    "web.share.button": {"en": "Download the file", "nl": "Download het bestand"},
    "web.share.then": {
        "en": "Give the file to your trainer. With the files of the whole group, the trainer sees what the "
              "room needs most, without seeing anyone's answers.",
        "nl": "Geef het bestand aan je trainer. Met de bestanden van de hele groep ziet de trainer waar de groep "
              "het meest aan heeft, zonder iemands antwoorden te zien.",
    },
    "web.share.to_report": {"en": "Back to your report", "nl": "Terug naar je rapport"},
    "web.share.unfinished": {"en": "Finish your check first; then you can share it.",
                             "nl": "Rond eerst je controle af; daarna kun je hem delen."},
    # refusals
    "web.refused.heading": {"en": "No access", "nl": "Geen toegang"},
    "web.refused.secret": {
        "en": "Open this page through the link that “auditor serve” showed in your terminal.",
        "nl": "Open deze pagina via de link die ‘auditor serve’ in je terminal liet zien.",
    },
    "web.refused.host": {"en": "This page can only be opened as 127.0.0.1 or localhost.",
                         "nl": "Deze pagina kan alleen worden geopend als 127.0.0.1 of localhost."},
    "web.refused.origin": {"en": "This form did not come from this page.",
                           "nl": "Dit formulier kwam niet van deze pagina."},
    "web.refused.csrf": {
        "en": "This form has expired (the page was started again). Go back, reload the page and try again.",
        "nl": "Dit formulier is verlopen (de pagina is opnieuw gestart). Ga terug, laad de pagina opnieuw en "
              "probeer het nog eens.",
    },
    "web.refused.method": {"en": "This kind of request is not accepted here.",
                           "nl": "Dit soort verzoek wordt hier niet aangenomen."},
    "web.refused.too-large": {"en": "The file is too large.", "nl": "Het bestand is te groot."},
    # the command
    "web.serve.ready": {"en": "Your check is ready at {url}   (Ctrl-C stops it)",
                        "nl": "Je controle staat klaar op {url}   (Ctrl-C stopt hem)"},
    "web.serve.stopped": {"en": "Stopped. Everything you answered is saved.",
                          "nl": "Gestopt. Alles wat je hebt beantwoord is bewaard."},
    "web.serve.port_busy": {"en": "Port {port} on 127.0.0.1 is already in use.",
                            "nl": "Poort {port} op 127.0.0.1 is al in gebruik."},
    "web.serve.port_range": {"en": "--port {port}: a port is a number from 0 to 65535.",
                             "nl": "--port {port}: een poort is een getal van 0 tot en met 65535."},
    "web.serve.port_denied": {"en": "Port {port} may not be used by you (ports below 1024 are for the administrator).",
                              "nl": "Poort {port} mag je niet gebruiken (poorten onder 1024 zijn voor de beheerder)."},
    "web.serve.port_hint": {"en": "Choose another with --port N, or leave --port out to get a free one.",
                            "nl": "Kies een andere met --port N, of laat --port weg voor een vrije poort."},
}

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
