"""Every sentence a person reads, in English and Dutch: one table.

Check texts (titles, questions, fixes) live in the checklists; everything else the tool
says — command messages, the wizard, the import summary, browser prompts, the report's
own words, the web page, errors — lives here. Each entry is a key with both languages
side by side, so a translator sees the pair and a test proves no key lacks a language.

The table is assembled from one section per key prefix (``wizard.*`` in ``WIZARD``), so a
translator finds a sentence by its key and several people can add sentences without editing
the same lines; a key may appear in one section only, and only in its prefix's (a test checks).
Placeholders use ``str.format`` names: ``t("audit.started", id=3)``.

The language is a value: ``t(key, lang)``. When a caller names none, the language of the
current context is used: set once by the command line (``cli.main``: ``--lang``, else the
locale), and within a block by ``speaking(lang)`` (a command that learns the language from
an answers file or an audit; one web request). It is a context variable, so threads and
requests never see each other's.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token

from auditor.langs import DEFAULT_LANG, LANGS

Entry = dict[str, str]  # {"en": ..., "nl": ...}

# -- cli: the command line's messages, shared words ---------------------------------------
CLI: dict[str, Entry] = {
    "cli.first-time": {
        "en": "First time? See what a report looks like, for a made-up person: auditor demo",
        "nl": "De eerste keer? Bekijk eerst een voorbeeldrapport van een verzonnen persoon: auditor demo"},
    "cli.catalogue.bundled": {"en": "the bundled catalogue", "nl": "de meegeleverde catalogus"},
    "cli.show.head": {"en": "{name} — checklist {version}, reviewed {reviewed}",
                      "nl": "{name} — checklist {version}, nagekeken op {reviewed}"},
    "cli.show.retired": {"en": "Retired on {date}: {note}", "nl": "Gesloten op {date}: {note}"},
    "cli.show.where": {"en": "  where: {path}  {url}", "nl": "  waar: {path}  {url}"},
    "cli.show.where.page": {"en": "  where you do this: {path}  {url}", "nl": "  waar je dit doet: {path}  {url}"},
    "cli.show.expects": {"en": "  expects: {rule}", "nl": "  verwacht: {rule}"},
    "cli.show.removed": {"en": "  removed by the platform on {date}", "nl": "  door het platform weggehaald op {date}"},
    "cli.show.labels": {"en": "  labels: en {en}, nl {nl}", "nl": "  labels: en {en}, nl {nl}"},
    "cli.show.label.confirmed": {"en": "confirmed", "nl": "bevestigd"},
    "cli.show.label.unverified": {"en": "unverified", "nl": "niet bevestigd"},
    "cli.show.goal.na": {"en": "; goal {goal}: not applicable", "nl": "; doel {goal}: geldt niet"},
    "cli.show.goal.rule": {"en": "; goal {goal}: {rule}", "nl": "; doel {goal}: {rule}"},
    "cli.validate.ok": {"en": "OK: {count} checklists, {n} checks ({source})",
                        "nl": "In orde: {count} checklists, {n} controles ({source})"},
    "cli.validate.file-ok": {"en": "OK: {path} ({platform}, {n} checks)",
                             "nl": "In orde: {path} ({platform}, {n} controles)"},
    "cli.validate.problems": {"en": "auditor: {n} problems:", "nl": "auditor: {n} problemen:"},
    "cli.validate.problems.one": {"en": "auditor: 1 problem:", "nl": "auditor: 1 probleem:"},
    "cli.schema.written": {"en": "Wrote the checklist schema to {path}", "nl": "Het checklistschema staat in {path}"},
    "cli.interrupted": {
        "en": "interrupted; everything answered so far is saved.",
        "nl": "onderbroken; alles wat je tot nu toe hebt beantwoord is bewaard.",
    },
    "cli.platform.unknown": {
        "en": "There is no checklist for platform '{name}'.",
        "nl": "Er is geen checklist voor platform '{name}'."},
    "cli.args.error": {"en": "error: {message}", "nl": "fout: {message}"},
    "cli.args.required": {"en": "missing: {names}", "nl": "dit ontbreekt nog: {names}"},
    "cli.args.one": {"en": "{arg} needs a value after it", "nl": "na {arg} hoort een waarde"},
    "cli.args.choice": {
        "en": "{arg}: {value} is not one of {choices}", "nl": "{arg}: {value} is niet een van {choices}"},
    "cli.args.int": {"en": "{arg}: {value} is not a whole number", "nl": "{arg}: {value} is geen heel getal"},
    "cli.args.unknown": {"en": "unknown options: {names}", "nl": "onbekende opties: {names}"},
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
    "cli.accept.did-you-mean": {"en": "Did you mean one of these: {names}?", "nl": "Bedoel je een van deze: {names}?"},
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
    "cli.figures.head": {"en": "Figures of {source}, as of {today}",
                         "nl": "Cijfers van {source}, op {today}"},
    "cli.figures.bad-date": {
        "en": "--today: '{today}' is not a date; expected YYYY-MM-DD, e.g. 2026-12-07",
        "nl": "--today: '{today}' is geen datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2026-12-07"},
    "cli.figures.retired": {"en": "{name}, closed {date}", "nl": "{name}, gesloten {date}"},
    "cli.figures.active": {"en": "  active checks: {n} (of {of})", "nl": "  actieve controles: {n} (van {of})"},
    "cli.figures.confirmed": {"en": "  labels confirmed: en {en}, nl {nl}",
                              "nl": "  labels bevestigd: en {en}, nl {nl}"},
    "cli.figures.by-snapshot": {
        "en": "    of which by a screen snapshot (checklists record): en {en}, nl {nl}; the rest by a published page",
        "nl": "    waarvan door een schermsnapshot (checklists record): en {en}, nl {nl}; de rest door een "
              "gepubliceerde pagina"},
    "cli.figures.unconfirmed": {
        "en": "  labels not confirmed: en {en} ({en_share}%), nl {nl} ({nl_share}%)",
        "nl": "  labels niet bevestigd: en {en} ({en_share}%), nl {nl} ({nl_share}%)"},
    "cli.figures.primary": {
        "en": "  with a primary source (the platform's own page or a regulator): {n} of {of}",
        "nl": "  met een primaire bron (een pagina van het platform zelf of van een toezichthouder): {n} van {of}"},
    "cli.figures.recent": {
        "en": "  with a source for people published in the last 24 months: {n} of {of}",
        "nl": "  met een bron voor mensen uit de laatste 24 maanden: {n} van {of}"},
    "cli.figures.untrusted": {
        "en": "  sources for people of no trusted kind (should be 0): {n}",
        "nl": "  bronnen voor mensen van geen vertrouwde soort (hoort 0 te zijn): {n}"},
    "cli.figures.total-untrusted": {
        "en": "Sources for people of no trusted kind, all platforms: {n} (move them to 'research')",
        "nl": "Bronnen voor mensen van geen vertrouwde soort, alle platforms: {n} (verplaats ze naar 'research')"},
}

# -- interview: the guided audit's core (questions, evidence, reasons) --------------------
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
    # a toggle's two choices as a question shows them: every toggle question reads as yes/no
    "interview.toggle.yes": {"en": "Yes", "nl": "Ja"},
    "interview.count.of": {"en": "{n} of the {max} {unit}", "nl": "{n} van de {max} {unit}"},
    "interview.toggle.no": {"en": "No", "nl": "Nee"},
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
    "interview.conflict": {
        "en": "Your {source} of {when} says: {says}; earlier you answered: {earlier}. "
              "The newer one counts: your {source}. If it is wrong, give your answer here.",
        "nl": "Je {source} van {when} zegt: {says}; eerder antwoordde je: {earlier}. "
              "Het nieuwste telt: je {source}. Klopt dat niet, geef dan hier je antwoord.",
    },
    "interview.total.more": {"en": "Because of your answer there are {n} more questions.",
                             "nl": "Door je antwoord zijn er {n} vragen bij gekomen."},
    "interview.total.more.one": {"en": "Because of your answer there is 1 more question.",
                                 "nl": "Door je antwoord is er 1 vraag bij gekomen."},
    "interview.total.fewer": {"en": "Because of your answer there are {n} fewer questions.",
                              "nl": "Door je antwoord zijn er {n} vragen minder."},
    "interview.total.fewer.one": {"en": "Because of your answer there is 1 question fewer.",
                                  "nl": "Door je antwoord is er 1 vraag minder."},
    "interview.conflicts": {
        "en": "For {n} questions your export says something else than you answered before; the export counts now, "
              "as it is newer.",
        "nl": "Bij {n} vragen zegt je export iets anders dan je eerder antwoordde; de export telt nu, want die is "
              "nieuwer.",
    },
    "interview.conflicts.one": {
        "en": "For 1 question your export says something else than you answered before; the export counts now, "
              "as it is newer.",
        "nl": "Bij 1 vraag zegt je export iets anders dan je eerder antwoordde; de export telt nu, want die is "
              "nieuwer.",
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
    "interview.evidence.open": {
        "en": "Your {source} of {when} shows {shown}. It does not say which answer fits: choose it yourself.",
        "nl": "Je {source} van {when} laat dit zien: {shown}. Welk antwoord klopt, zegt die niet: kies het zelf.",
    },
    "interview.shows.linkedin.profile.cv_uploaded": {
        "en": "at least one document (PDF) among your profile's media, which may be your CV",
        "nl": "minstens één document (pdf) bij de media van je profiel, dat je cv kan zijn"},
    "interview.shows.linkedin.profile.about": {
        "en": "a text about yourself of {n} words", "nl": "een tekst over jezelf van {n} woorden"},
    "interview.shows.x.setting.contact_sync": {
        "en": "{n} contacts that X keeps", "nl": "{n} contacten die X bewaart"},
}

# -- import: export readers' notes and the import summary ---------------------------------
IMPORT: dict[str, Entry] = {
    # the summary `auditor import` prints
    "import.summary.read": {"en": "Read from {name}: {what}.", "nl": "Gelezen: {what}, uit {name}."},
    "import.summary.stored": {"en": "Stored {n} facts.", "nl": "{n} gegevens bewaard."},
    "import.summary.stored.one": {"en": "Stored 1 fact.", "nl": "1 gegeven bewaard."},
    "import.summary.settles": {
        "en": "They already answer {n} questions of your next audit:",
        "nl": "Daarmee zijn {n} vragen van je volgende controle al beantwoord:",
    },
    "import.summary.settles.one": {
        "en": "They already answer 1 question of your next audit:",
        "nl": "Daarmee is 1 vraag van je volgende controle al beantwoord:",
    },
    "import.summary.settles_none": {
        "en": "They answer no question of the checklist yet.",
        "nl": "Daarmee is nog geen enkele vraag van de checklist beantwoord.",
    },
    "import.summary.next": {"en": "Next: {command}", "nl": "Volgende stap: {command}"},
    "import.describe": {"en": "{name} export (layout {period})", "nl": "{name}-export (indeling {period})"},
    "import.era.before": {"en": "before {year}", "nl": "van vóór {year}"},
    "import.era.unknown": {"en": "of unknown date", "nl": "van onbekende datum"},
    "import.era.since": {"en": "since {year}", "nl": "sinds {year}"},
    "import.describe.dated": {"en": "{name} export (layout {period}), dated {date}",
                              "nl": "{name}-export (indeling {period}), van {date}"},
    "import.describe.dated_from": {"en": "{name} export (layout {period}), dated {date} (from {source})",
                                   "nl": "{name}-export (indeling {period}), van {date} (volgens {source})"},
    "import.dated.name": {"en": "the archive's name", "nl": "de naam van het archief"},
    "import.dated.file_times": {
        "en": "the archive's file times", "nl": "de tijden van de bestanden in het archief",
    },
    "import.dated.manifest": {
        "en": "the creation date written in the archive",
        "nl": "de aanmaakdatum die in het archief staat",
    },
    # whole-export errors
    "import.error.html": {
        "en": "{label} is an HTML-format {product} export; the auditor reads the JSON format.",
        "nl": "{label} is een {product}-export in HTML-indeling; de auditor leest alleen de "
              "JSON-indeling.",
    },
    "import.error.html.hint": {
        "en": "Request your information again and choose Format: JSON, then import that download.",
        "nl": "Vraag je gegevens opnieuw aan en kies bij Indeling (Format) voor JSON; importeer "
              "daarna die download.",
    },
    "import.error.unknown": {
        "en": "{label} is not a recognised data export: it holds no LinkedIn, X, Facebook or "
              "Instagram export files",
        "nl": "{label} is geen bekende gegevensexport: er staan geen exportbestanden van "
              "LinkedIn, X, Facebook of Instagram in",
    },
    "import.error.unknown.hint": {
        "en": "Give the zip the platform sent you (or its unzipped folder), unchanged.",
        "nl": "Geef het zipbestand dat je van het platform kreeg (of de uitgepakte map), "
              "zonder iets te veranderen.",
    },
    "import.error.several": {
        "en": "{label} holds more than one export ({names})",
        "nl": "{label} bevat meer dan één export ({names})",
    },
    "import.error.several.hint": {
        "en": "Import each platform's export on its own.",
        "nl": "Importeer de export van elk platform apart.",
    },
    "import.error.missing": {"en": "{path} does not exist",
                             "nl": "{path} bestaat niet"},
    "import.error.empty_file": {"en": "{file} is empty (0 bytes)",
                                "nl": "{file} is leeg (0 bytes)"},
    "import.error.empty_file.hint": {"en": "The download failed; download it again.",
                                     "nl": "Het downloaden is mislukt; download het opnieuw."},
    "import.error.truncated": {
        "en": "{file} is a truncated or damaged zip archive (its table of contents is missing)",
        "nl": "{file} is een onvolledig of beschadigd zipbestand (de inhoudsopgave ontbreekt)",
    },
    "import.error.truncated.hint": {
        "en": "The download was probably interrupted; download the export again.",
        "nl": "Het downloaden is waarschijnlijk onderbroken; download de export opnieuw.",
    },
    "import.error.not_zip": {"en": "{file} is not a zip archive or an export folder",
                             "nl": "{file} is geen zipbestand en geen exportmap"},
    "import.error.not_zip.hint": {
        "en": "Give the .zip the platform sent you, or the folder you unzipped it into.",
        "nl": "Geef het zipbestand dat je van het platform kreeg, of de map waarin je het "
              "hebt uitgepakt.",
    },
    "import.error.empty_folder": {
        "en": "{label} is an empty folder: it holds no export files",
        "nl": "{label} is een lege map: er staan geen exportbestanden in",
    },
    # evidence details stored with each fact (shown in the report)
    "import.detail": {"en": "{member} {where}, {n} rows", "nl": "{member} {where}, {n} regels"},
    "import.detail.one": {"en": "{member} {where}, 1 row", "nl": "{member} {where}, 1 regel"},
    "import.where.per_contact": {"en": "(one row per contact)", "nl": "(één regel per contact)"},
    "import.where.per_connection": {"en": "(one row per connection)",
                                    "nl": "(één regel per connectie)"},
    "import.where.essentials": {"en": "{n} profile essentials",
                                "nl": "{n} onderdelen van een compleet profiel"},
    "import.detail.earliest": {"en": "earliest {date}", "nl": "oudste {date}"},
    "import.detail.newest_change": {"en": "newest of {n} changes",
                                    "nl": "de laatste van {n} wijzigingen"},
    "import.detail.newest_change.one": {"en": "newest of 1 change",
                                        "nl": "de enige wijziging"},
    "import.detail.switched_off": {"en": "{n} switched off", "nl": "{n} uitgezet"},
    "import.detail.no_apps": {"en": "no connected apps listed",
                              "nl": "geen gekoppelde apps in de lijst"},
    "import.detail.uploaded_contacts": {"en": "{n} uploaded contacts",
                                        "nl": "{n} geüploade contacten"},
    "import.detail.photo_uploads": {"en": "{n} profile photo uploads",
                                    "nl": "{n} uploads van een profielfoto"},
    "import.detail.photo_uploads.one": {"en": "1 profile photo upload",
                                        "nl": "1 upload van een profielfoto"},
    "import.detail.essentials": {"en": "met: {met}", "nl": "in orde: {met}"},
    "import.detail.essentials.missing": {
        "en": "met: {met}; not shown by the export: {missing}",
        "nl": "in orde: {met}; niet af te lezen uit de export: {missing}",
    },
    "import.essential.none": {"en": "none", "nl": "geen"},
    "import.essential.photo": {"en": "photo", "nl": "foto"},
    "import.essential.headline": {"en": "headline", "nl": "kopregel"},
    "import.essential.about": {"en": "about", "nl": "info"},
    "import.essential.current_position": {"en": "current position", "nl": "huidige functie"},
    "import.essential.past_positions": {"en": "2+ past positions",
                                        "nl": "2 of meer eerdere functies"},
    "import.essential.education": {"en": "education", "nl": "opleiding"},
    "import.essential.skills": {"en": "5+ skills", "nl": "5 of meer vaardigheden"},
    "import.detail.personal": {
        "en": "{personal} of {n} sent invitations carry a personal note",
        "nl": "{personal} van de {n} verstuurde uitnodigingen hebben een persoonlijk bericht",
    },
    "import.detail.long": {"en": "notes over {words} words among {n} sent",
                           "nl": "berichten van meer dan {words} woorden, van {n} verstuurd"},
    "import.detail.pressing": {
        "en": "sent notes with a reply-pressure phrase among {n} sent",
        "nl": "verstuurde berichten die aandringen op een reactie, van {n} verstuurd",
    },
    "import.detail.own_url": {"en": "on {n} of your sent invitations",
                              "nl": "op {n} van je verstuurde uitnodigingen"},
    # progress lines
    "import.progress.opening": {"en": "opening {file}", "nl": "{file} openen"},
    "import.progress.files": {"en": "{n} files in {label}", "nl": "{n} bestanden in {label}"},
    "import.progress.recognised": {
        "en": "recognised: {name} export (layout {period})",
        "nl": "herkend: een {name}-export (indeling {period})",
    },
    "import.progress.reading": {"en": "reading {file}", "nl": "{file} lezen"},
    "import.progress.rows": {"en": "{file}: {n} rows", "nl": "{file}: {n} regels"},
    "import.progress.done": {"en": "done", "nl": "klaar"},
    # the export as a whole
    "import.parts": {
        "en": "Read {n} parts of one download together: {label}.",
        "nl": "{n} delen van één download samen gelezen: {label}.",
    },
    "import.unsafe_names": {
        "en": "Ignored {n} entries that point outside the export (or are links).",
        "nl": "{n} onderdelen overgeslagen die buiten de export wijzen (of snelkoppelingen zijn).",
    },
    "import.nothing_read": {
        "en": "This {name} export holds none of the files the auditor reads.",
        "nl": "Deze {name}-export bevat geen van de bestanden die de auditor leest.",
    },
    "import.all_empty": {
        "en": "The files the auditor reads are in this {name} export, but they are empty: {files}. "
              "Request the export again.",
        "nl": "De bestanden die de auditor leest staan in deze {name}-export, maar ze zijn leeg: "
              "{files}. Vraag de export opnieuw aan.",
    },
    "import.no_record": {
        "en": "{file} holds no record the auditor can read.",
        "nl": "{file} bevat geen gegevens die de auditor kan lezen.",
    },
    # one file skipped
    "import.skip.empty": {"en": "Skipped {file}: the file is empty.",
                          "nl": "{file} overgeslagen: het bestand is leeg."},
    "import.skip.missing": {"en": "Skipped {file}: it is not in the export.",
                            "nl": "{file} overgeslagen: het staat niet in de export."},
    "import.skip.no_header": {
        "en": "Skipped {file}: it has no header row with the expected columns ({columns} ...).",
        "nl": "{file} overgeslagen: er staat geen kopregel met de verwachte kolommen in "
              "({columns} ...).",
    },
    "import.skip.not_csv": {"en": "Skipped {file}: it is not readable as a CSV table.",
                            "nl": "{file} overgeslagen: het is geen leesbare CSV-tabel."},
    "import.skip.not_json": {"en": "Skipped {file}: it is not readable JSON.",
                             "nl": "{file} overgeslagen: het is geen leesbare JSON."},
    "import.skip.unreadable": {"en": "Skipped: {reason}.",
                               "nl": "Overgeslagen: {reason}."},
    "import.skip.layout": {
        "en": "Skipped one part of the export ({part}): it is laid out in a way the auditor does "
              "not know.",
        "nl": "Eén deel van de export is overgeslagen ({part}): de auditor kent de opbouw ervan niet.",
    },
    # LinkedIn
    "import.li.no_profile_row": {"en": "{file} holds no profile row.",
                                 "nl": "{file} bevat geen profielregel."},
    "import.li.headline": {"en": "Headline: \u201c{headline}\u201d.", "nl": "Kopregel: \u201c{headline}\u201d."},
    "import.li.no_headline": {"en": "The profile has no headline.",
                              "nl": "Het profiel heeft geen kopregel."},
    "import.li.about": {"en": "About section: {n} words.", "nl": "Info-sectie: {n} woorden."},
    "import.li.about.one": {"en": "About section: 1 word.", "nl": "Info-sectie: 1 woord."},
    "import.li.no_about": {"en": "The About section is empty.", "nl": "De Info-sectie is leeg."},
    "import.li.photo_uploads": {"en": "Profile photo uploads recorded: {n}.",
                                "nl": "Geregistreerde uploads van een profielfoto: {n}."},
    "import.li.no_photo_upload": {"en": "No profile photo upload is recorded.",
                                  "nl": "Er is geen upload van een profielfoto geregistreerd."},
    "import.li.media_pointers": {
        "en": "{file} holds only download links ({n}), no descriptions: whether you have a profile "
              "photo stays open.",
        "nl": "{file} bevat alleen downloadlinks ({n}), geen beschrijvingen: of je een profielfoto "
              "hebt, blijft open.",
    },
    "import.li.positions": {"en": "Positions: {current} current, {past} past.",
                            "nl": "Functies: {current} huidige, {past} eerdere."},
    "import.li.education": {"en": "Education entries: {n}.", "nl": "Opleidingen: {n}."},
    "import.li.skills": {"en": "Skills: {n}.", "nl": "Vaardigheden: {n}."},
    "import.li.completeness": {
        "en": "Profile completeness: {met} of {total} essentials met.",
        "nl": "Volledigheid van je profiel: {met} van de {total} onderdelen in orde.",
    },
    "import.li.completeness_open": {
        "en": "Profile completeness: {met} of {total} essentials met; the export does not show "
              "the rest ({missing}), so completeness stays open.",
        "nl": "Volledigheid van je profiel: {met} van de {total} onderdelen in orde; de rest is "
              "niet af te lezen uit de export ({missing}), dus dat blijft open.",
    },
    "import.li.no_direction": {
        "en": "{file} does not say which invitations you sent, so sent and received ones cannot "
              "be told apart.",
        "nl": "{file} zegt niet welke uitnodigingen jij hebt verstuurd, dus verstuurde en "
              "ontvangen uitnodigingen zijn niet uit elkaar te houden.",
    },
    "import.li.no_sent": {"en": "No sent invitations among {n} invitations.",
                          "nl": "Geen verstuurde uitnodigingen tussen {n} uitnodigingen."},
    "import.li.no_sent.one": {"en": "No sent invitations among 1 invitation.",
                              "nl": "Geen verstuurde uitnodigingen tussen 1 uitnodiging."},
    "import.li.personal_notes": {
        "en": "Sent invitations with a personal note: {personal} of {n}.",
        "nl": "Verstuurde uitnodigingen met een persoonlijk bericht: {personal} van de {n}.",
    },
    "import.li.personal_notes.one": {
        "en": "Sent invitations with a personal note: {personal} of 1.",
        "nl": "Verstuurde uitnodigingen met een persoonlijk bericht: {personal} van de 1.",
    },
    "import.li.long_notes": {"en": "Notes over {words} words: {n}.",
                             "nl": "Berichten van meer dan {words} woorden: {n}."},
    "import.li.pressing": {
        "en": "Sent notes that press for a reply or sound needy: {n}.",
        "nl": "Verstuurde berichten die aandringen op een reactie of wat smekend klinken: {n}.",
    },
    "import.li.own_url": {"en": "Your public profile address: {url}.",
                          "nl": "Het adres van je openbare profiel: {url}."},
    "import.li.contacts": {"en": "An address book was uploaded: {n} contacts.",
                           "nl": "Er is een adresboek geüpload: {n} contacten."},
    "import.li.contacts.one": {"en": "An address book was uploaded: 1 contact.",
                               "nl": "Er is een adresboek geüpload: 1 contact."},
    "import.li.contacts.dated": {
        "en": "An address book was uploaded: {n} contacts (since {date}).",
        "nl": "Er is een adresboek geüpload: {n} contacten (sinds {date}).",
    },
    "import.li.contacts.dated.one": {
        "en": "An address book was uploaded: 1 contact (since {date}).",
        "nl": "Er is een adresboek geüpload: 1 contact (sinds {date}).",
    },
    "import.li.no_contacts": {"en": "No uploaded address-book contacts.",
                              "nl": "Geen geüploade contacten uit een adresboek."},
    "import.li.connections": {"en": "Connections: {n}.", "nl": "Connecties: {n}."},
    # X
    "import.x.email": {"en": "An e-mail address is on file.",
                       "nl": "Er is een e-mailadres bekend."},
    "import.x.no_email": {"en": "No e-mail address is on file.",
                          "nl": "Er is geen e-mailadres bekend."},
    "import.x.protected": {"en": "Posts are protected.", "nl": "Je posts zijn beschermd."},
    "import.x.public": {"en": "Posts are public.", "nl": "Je posts zijn openbaar."},
    "import.x.no_protect_change": {
        "en": "No change to post protection is recorded (the archive keeps six months).",
        "nl": "Er is geen wijziging van de bescherming van je posts vastgelegd (het archief "
              "bewaart zes maanden).",
    },
    "import.x.last_protected": {"en": "Posts were last protected.",
                                "nl": "Je posts zijn het laatst beschermd gemaakt."},
    "import.x.last_protected.dated": {"en": "Posts were last protected on {date}.",
                                      "nl": "Je posts zijn op {date} beschermd gemaakt."},
    "import.x.last_public": {"en": "Posts were last made public.",
                             "nl": "Je posts zijn het laatst openbaar gemaakt."},
    "import.x.last_public.dated": {"en": "Posts were last made public on {date}.",
                                   "nl": "Je posts zijn op {date} openbaar gemaakt."},
    "import.x.photo": {"en": "The profile has its own photo.",
                       "nl": "Je profiel heeft een eigen foto."},
    "import.x.default_photo": {"en": "The profile shows the default photo.",
                               "nl": "Je profiel toont de standaardfoto."},
    "import.x.bio": {"en": "Bio: {n} words.", "nl": "Bio: {n} woorden."},
    "import.x.bio.one": {"en": "Bio: 1 word.", "nl": "Bio: 1 woord."},
    "import.x.no_bio": {"en": "The bio is empty.", "nl": "Je bio is leeg."},
    "import.x.phone": {"en": "A phone number is on file.",
                       "nl": "Er is een telefoonnummer bekend."},
    "import.x.no_phone": {"en": "No phone number is on file.",
                          "nl": "Er is geen telefoonnummer bekend."},
    "import.x.interests": {"en": "Interests X inferred for ads: {n}.",
                           "nl": "Interesses die X voor advertenties heeft afgeleid: {n}."},
    "import.x.interests.off": {
        "en": "Interests X inferred for ads: {n} ({off} switched off).",
        "nl": "Interesses die X voor advertenties heeft afgeleid: {n} ({off} uitgezet).",
    },
    "import.x.no_apps": {"en": "No connected apps have access to your account.",
                         "nl": "Er zijn geen gekoppelde apps met toegang tot je account."},
    "import.x.apps": {"en": "Connected apps with access to your account: {n}. Check whether you "
                            "still use each one.",
                      "nl": "Gekoppelde apps met toegang tot je account: {n}. Kijk of je ze "
                            "allemaal nog gebruikt."},
    "import.x.apps.dated": {
        "en": "Connected apps with access to your account: {n}, the oldest approved on {date}. "
              "Check whether you still use each one.",
        "nl": "Gekoppelde apps met toegang tot je account: {n}, de oudste toegestaan op {date}. "
              "Kijk of je ze allemaal nog gebruikt.",
    },
    "import.x.apps.one": {"en": "One connected app has access to your account. Check whether "
                                "you still use it.",
                          "nl": "Eén gekoppelde app heeft toegang tot je account. Kijk of je "
                                "die nog gebruikt."},
    "import.x.apps.dated.one": {
        "en": "One connected app has access to your account, approved on {date}. Check whether "
              "you still use it.",
        "nl": "Eén gekoppelde app heeft toegang tot je account, toegestaan op {date}. Kijk of je "
              "die nog gebruikt.",
    },
    "import.x.contacts": {
        "en": "Contacts from your address book that X keeps: {n}. Whether the app still syncs "
              "your address book, the archive does not say.",
        "nl": "Contacten uit je adresboek die X bewaart: {n}. Of de app je adresboek nog "
              "synchroniseert, staat niet in het archief."},
    "import.x.grailbird": {
        "en": "This is an archive from before 2019: it holds your tweets and your profile text, "
              "and no account settings. It cannot tell whether your posts are protected, which "
              "e-mail address or phone number is on your account, which apps have access, or "
              "whether X keeps contacts from your address book: those questions stay open.",
        "nl": "Dit is een archief van vóór 2019: er staan je tweets en je profieltekst in, en "
              "geen accountinstellingen. Het kan niet zeggen of je berichten afgeschermd zijn, "
              "welk e-mailadres of telefoonnummer bij je account hoort, welke apps toegang hebben "
              "of dat X contacten uit je adresboek bewaart: die vragen blijven open.",
    },
    # Facebook
    "import.fb.username": {"en": "Username: {name}.", "nl": "Gebruikersnaam: {name}."},
    "import.fb.no_username": {
        "en": "The profile has no username (vanity URL).",
        "nl": "Je profiel heeft geen gebruikersnaam (eigen webadres).",
    },
    "import.fb.updates": {"en": "Profile updates Facebook recorded: {n}.",
                          "nl": "Profielwijzigingen die Facebook heeft vastgelegd: {n}."},
    "import.fb.updates.dated": {
        "en": "Profile updates Facebook recorded: {n}, the newest on {date}.",
        "nl": "Profielwijzigingen die Facebook heeft vastgelegd: {n}, de laatste op {date}.",
    },
    "import.fb.photo": {"en": "A profile picture is in the export.",
                        "nl": "Er staat een profielfoto in de export."},
    "import.fb.photo_unknown": {
        "en": "No profile picture was found in this export; that does not show you have none "
              "(the export may be partial, or its albums named in another language).",
        "nl": "In deze export is geen profielfoto gevonden; dat betekent niet dat je er geen "
              "hebt (de export kan onvolledig zijn, of de albums hebben een naam in een andere "
              "taal).",
    },
    "import.fb.contacts": {"en": "Uploaded contacts Facebook holds: {n}.",
                           "nl": "Geüploade contacten die Facebook bewaart: {n}."},
    "import.fb.contacts.dated": {
        "en": "Uploaded contacts Facebook holds: {n} (since {date}).",
        "nl": "Geüploade contacten die Facebook bewaart: {n} (sinds {date}).",
    },
    "import.fb.friends": {"en": "Friends: {n}.", "nl": "Vrienden: {n}."},
    "import.fb.followers": {"en": "Followers: {n}.", "nl": "Volgers: {n}."},
    "import.fb.following": {"en": "Accounts you follow: {n}.", "nl": "Accounts die je volgt: {n}."},
    "import.fb.setting": {"en": "{file}: {values}.", "nl": "{file}: {values}."},
    "import.fb.setting.dated": {"en": "{file} (as of {date}): {values}.",
                                "nl": "{file} (stand van {date}): {values}."},
    # Instagram
    "import.ig.username": {"en": "Username: {name}.", "nl": "Gebruikersnaam: {name}."},
    "import.ig.no_username": {
        "en": "{file} names no username the auditor can recognise.",
        "nl": "In {file} staat geen gebruikersnaam die de auditor herkent.",
    },
    "import.ig.private": {"en": "The account is private.", "nl": "Je account is privé."},
    "import.ig.public": {"en": "The account is public.", "nl": "Je account is openbaar."},
    "import.ig.photo": {"en": "The profile has a photo.", "nl": "Je profiel heeft een foto."},
    "import.ig.no_photo": {"en": "No profile photo is in the export.",
                           "nl": "Er staat geen profielfoto in de export."},
    "import.ig.photo_history": {"en": "Profile photos in the export: {n}.",
                                "nl": "Profielfoto's in de export: {n}."},
    "import.ig.changes_unreadable": {
        "en": "{file} records {n} privacy changes in a language the auditor does not know yet.",
        "nl": "{file} bevat {n} privacywijzigingen in een taal die de auditor nog niet kent.",
    },
    "import.ig.made_private": {"en": "The account was last made private.",
                               "nl": "Je account is het laatst privé gemaakt."},
    "import.ig.made_private.dated": {"en": "The account was last made private on {date}.",
                                     "nl": "Je account is op {date} privé gemaakt."},
    "import.ig.made_public": {"en": "The account was last made public.",
                              "nl": "Je account is het laatst openbaar gemaakt."},
    "import.ig.made_public.dated": {"en": "The account was last made public on {date}.",
                                    "nl": "Je account is op {date} openbaar gemaakt."},
    "import.ig.syncing_on": {"en": "Contact syncing is on.",
                             "nl": "Contacten synchroniseren staat aan."},
    "import.ig.syncing_off": {"en": "Contact syncing is off.",
                              "nl": "Contacten synchroniseren staat uit."},
    "import.ig.contacts": {"en": "Synced contacts Instagram holds: {n}.",
                           "nl": "Gesynchroniseerde contacten die Instagram bewaart: {n}."},
    "import.summary.open": {
        "en": "For {n} more questions the export shows something, but not the answer; your audit "
              "asks them with what it shows:",
        "nl": "Bij nog {n} vragen laat de export iets zien, maar niet het antwoord; je controle "
              "stelt ze met wat die laat zien:",
    },
    "import.summary.open.one": {
        "en": "For 1 more question the export shows something, but not the answer; your audit "
              "asks it with what it shows:",
        "nl": "Bij nog 1 vraag laat de export iets zien, maar niet het antwoord; je controle "
              "stelt die met wat die laat zien:",
    },
    "import.dated.newest_inside": {
        "en": "the newest date in its own files; it was made that day or later",
        "nl": "de nieuwste datum in de eigen bestanden; de export is op die dag of later gemaakt",
    },
    "import.dated.connections": {
        "en": "the newest connection in it; it was made that day or later",
        "nl": "de nieuwste connectie erin; de export is op die dag of later gemaakt",
    },
    "import.undated": {
        "en": "Nothing in this export says when it was made, so what it shows counts as of "
              "today. Importing the zip file itself keeps its date.",
        "nl": "Niets in deze export zegt wanneer die is gemaakt, dus wat erin staat telt als "
              "van vandaag. Importeer je het zipbestand zelf, dan blijft de datum bewaard.",
    },
    "import.li.documents": {
        "en": "Your profile's media include {n} documents (PDF). One of them may be your CV; the "
              "export cannot tell, so the CV question is asked with this shown.",
        "nl": "Bij de media van je profiel staan {n} documenten (pdf). Een ervan kan je cv zijn; "
              "dat kan de export niet zeggen, dus de cv-vraag wordt gesteld met dit erbij."},
    "import.li.documents.one": {
        "en": "Your profile's media include a document (PDF). It may be your CV; the export "
              "cannot tell, so the CV question is asked with this shown.",
        "nl": "Bij de media van je profiel staat een document (pdf). Dat kan je cv zijn; dat kan "
              "de export niet zeggen, dus de cv-vraag wordt gesteld met dit erbij."},
    "import.detail.documents": {
        "en": "{n} documents (PDF) among your profile's media, one of which may be your CV",
        "nl": "{n} documenten (pdf) bij de media van je profiel, waarvan er een je cv kan zijn"},
    "import.detail.documents.one": {
        "en": "a document (PDF) among your profile's media, which may be your CV",
        "nl": "een document (pdf) bij de media van je profiel, dat je cv kan zijn"},
    "import.x.no_contacts": {"en": "X keeps no contacts from your address book.",
                             "nl": "X bewaart geen contacten uit je adresboek."},
    "import.ig.follow_requests": {
        "en": "Follow requests waiting for your answer: {n}. Only a private account has them, "
              "so the account is private.",
        "nl": "Volgverzoeken die op je antwoord wachten: {n}. Alleen een privéaccount heeft die, "
              "dus het account is privé."},
    "import.ig.follow_requests.dated": {
        "en": "Follow requests waiting for your answer: {n}, the newest from {date}. Only a "
              "private account has them, so the account is private.",
        "nl": "Volgverzoeken die op je antwoord wachten: {n}, het nieuwste van {date}. Alleen "
              "een privéaccount heeft die, dus het account is privé."},
    "import.detail.follow_requests": {
        "en": "{n} follow requests waiting, which only a private account has",
        "nl": "{n} volgverzoeken die wachten, en die heeft alleen een privéaccount"},
    "import.detail.follow_requests.one": {
        "en": "1 follow request waiting, which only a private account has",
        "nl": "1 volgverzoek dat wacht, en dat heeft alleen een privéaccount"},
}

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
REPORT: dict[str, Entry] = {
    "report.open_page": {
        "en": 'Open the page',
        "nl": 'Open de pagina',
    },
    "report.where_page": {
        "en": 'Where you do this',
        "nl": 'Waar je dit doet',
    },
    "report.file_name": {"en": "auditor-report-{id}.{ext}", "nl": "auditor-rapport-{id}.{ext}"},
    "report.title": {
        "en": 'Privacy and profile audit',
        "nl": 'Privacy- en profielcontrole',
    },
    "report.generated": {
        "en": 'Generated',
        "nl": 'Gemaakt',
    },
    "report.audit": {
        "en": 'Audit',
        "nl": 'Controle',
    },
    "report.goal": {
        "en": 'Goal',
        "nl": 'Doel',
    },
    "report.score": {
        "en": 'Score',
        "nl": 'Score',
    },
    "report.coverage": {
        "en": 'Checked',
        "nl": 'Nagegaan',
    },
    "report.tally": {
        "en": "{ok} of {checked} points in order · {urgent} urgent · {open} to improve",
        "nl": "{ok} van de {checked} punten in orde · {urgent} dringend · {open} kun je verbeteren",
    },
    "report.tally_unknown": {
        "en": "{ok} of {checked} points in order · {urgent} urgent · {open} to improve · {unknown} still to check",
        "nl": "{ok} van de {checked} punten in orde · {urgent} dringend · {open} kun je verbeteren · "
              "{unknown} nog te controleren",
    },
    "report.tally_nothing": {
        "en": "Nothing checked yet: {unknown} points are still to check.",
        "nl": "Nog niets gecontroleerd: {unknown} punten staan nog open.",
    },
    "report.score_label": {"en": "Score (out of 100)", "nl": "Score (van de 100)"},
    "report.checked": {
        "en": 'checked',
        "nl": 'gecontroleerd',
    },
    "report.open_gaps": {
        "en": 'Open gaps',
        "nl": 'Open verbeterpunten',
    },
    "report.open_gap_one": {
        "en": 'open gap',
        "nl": 'open verbeterpunt',
    },
    "report.no_score": {
        "en": 'not yet scored',
        "nl": 'nog geen score',
    },
    "report.goal_visible": {
        "en": 'visible — be found: an open profile and open networking',
        "nl": 'zichtbaar — gevonden worden: open profiel en open netwerken',
    },
    "report.goal_balanced": {
        "en": 'balanced — visible where it helps, private where it costs nothing',
        "nl": 'gebalanceerd — zichtbaar waar het helpt, privé waar het niets kost',
    },
    "report.goal_private": {
        "en": 'private — show as little as possible',
        "nl": 'privé — zo weinig mogelijk laten zien',
    },
    "report.goal_why": {
        "en": "Where the sources disagree (open or selective networking, a visible or hidden connection list) "
              "the goal decides which advice counts; such checks say so.",
        "nl": "Waar de bronnen het oneens zijn (open of selectief netwerken, een zichtbare of verborgen "
              "connectielijst) bepaalt je doel welk advies telt; die controles zeggen dat erbij.",
    },
    "report.since": {
        "en": 'Since your last audit',
        "nl": 'Sinds je vorige controle',
    },
    "report.since_none": {
        "en": 'This is your first audit: everything determined is new.',
        "nl": 'Dit is je eerste controle: alles wat is vastgesteld is nieuw.',
    },
    "report.since_of": {
        "en": 'Compared with audit #{id} of {date}.',
        "nl": 'Vergeleken met controle #{id} van {date}.',
    },
    "report.fixed": {
        "en": 'Fixed',
        "nl": 'Opgelost',
    },
    "report.regressed": {
        "en": 'Got worse',
        "nl": 'Verslechterd',
    },
    "report.new": {
        "en": 'New',
        "nl": 'Nieuw',
    },
    "report.check-changed": {
        "en": 'Checks the platform or the advice changed',
        "nl": 'Controles die het platform of het advies heeft gewijzigd',
    },
    "report.counted_check-changed": {
        "en": 'changed by the platform or the advice',
        "nl": 'gewijzigd door het platform of het advies',
    },
    "report.unchanged": {
        "en": 'Unchanged',
        "nl": 'Ongewijzigd',
    },
    "report.gaps": {
        "en": 'What to fix',
        "nl": 'Wat je moet aanpassen',
    },
    "report.no_gaps": {
        "en": 'No open gaps. Well done.',
        "nl": 'Geen open verbeterpunten. Goed gedaan.',
    },
    "report.sev_high": {
        "en": 'High',
        "nl": 'Hoog',
    },
    "report.sev_medium": {
        "en": 'Medium',
        "nl": 'Middel',
    },
    "report.sev_low": {
        "en": 'Low',
        "nl": 'Laag',
    },
    "report.sev_info": {
        "en": 'Info',
        "nl": 'Info',
    },
    "report.why": {
        "en": 'Why',
        "nl": 'Waarom',
    },
    "report.fix": {
        "en": 'How to fix it',
        "nl": 'Zo los je het op',
    },
    "report.web": {
        "en": 'Web',
        "nl": 'Web',
    },
    "report.ios": {
        "en": 'iPhone',
        "nl": 'iPhone',
    },
    "report.android": {
        "en": 'Android',
        "nl": 'Android',
    },
    "report.where": {
        "en": 'Where',
        "nl": 'Waar',
    },
    "report.open_settings": {
        "en": 'Open the setting',
        "nl": 'Open de instelling',
    },
    "report.evidence": {
        "en": 'Evidence',
        "nl": 'Bewijs',
    },
    "report.impact": {
        "en": 'What you give up',
        "nl": 'Wat je inlevert',
    },
    "report.unknown": {
        "en": 'Still to check',
        "nl": 'Nog te controleren',
    },
    "report.unknown_none": {
        "en": 'Nothing left to check.',
        "nl": 'Niets meer te controleren.',
    },
    "report.accepted": {
        "en": 'Accepted risks',
        "nl": "Geaccepteerde risico's",
    },
    "report.accepted_until": {
        "en": 'until {date}',
        "nl": 'tot {date}',
    },
    "report.accepted_forever": {
        "en": 'no end date',
        "nl": 'zonder einddatum',
    },
    "report.passed": {
        "en": 'Passed checks',
        "nl": 'Controles in orde',
    },
    "report.retired": {
        "en": 'Settings the platforms removed',
        "nl": 'Instellingen die de platforms hebben verwijderd',
    },
    "report.retired_on": {
        "en": 'removed on {date}',
        "nl": 'verwijderd op {date}',
    },
    "report.platform_retired": {
        "en": 'This network is closed ({date}).',
        "nl": 'Dit netwerk is gesloten ({date}).',
    },
    "report.not_applicable": {
        "en": 'Not applicable',
        "nl": 'Niet van toepassing',
    },
    "report.source_answer": {
        "en": 'your answer',
        "nl": 'je antwoord',
    },
    "report.source_export": {
        "en": 'your data export',
        "nl": 'je gegevensexport',
    },
    "report.source_browser": {
        "en": 'read in your browser',
        "nl": 'gelezen in je browser',
    },
    "report.source_public-profile": {
        "en": 'your public profile',
        "nl": 'je openbare profiel',
    },
    "report.reason_no-evidence": {
        "en": 'Not answered yet.',
        "nl": 'Nog niet beantwoord.',
    },
    "report.reason_unsure": {
        "en": 'You were not sure.',
        "nl": 'Je wist het niet zeker.',
    },
    "report.reason_check-changed": {
        "en": 'The platform or the advice changed since you answered: please look again.',
        "nl": 'Het platform of het advies is veranderd sinds je antwoord: kijk opnieuw.',
    },
    "report.reason_cannot-judge": {
        "en": 'We could not judge what was recorded here: please look again.',
        "nl": 'We konden niet beoordelen wat hier is vastgelegd: kijk opnieuw.',
    },
    "report.reason_goal": {
        "en": 'Does not apply to your goal.',
        "nl": 'Geldt niet voor jouw doel.',
    },
    "report.reason_overlay": {
        "en": 'Skipped by your catalogue overlay',
        "nl": 'Overgeslagen door je eigen catalogus-aanvulling',
    },
    "report.reason_condition": {
        "en": 'Does not apply to you.',
        "nl": 'Geldt niet voor jou.',
    },
    "report.reason_not-read": {
        "en": 'The browser could not read it',
        "nl": 'De browser kon het niet lezen',
    },
    "report.reason_not-settled": {
        "en": 'Your export shows something about this, but not the answer',
        "nl": 'Je export laat hier iets over zien, maar niet het antwoord',
    },
    "report.warnings": {
        "en": 'Warnings',
        "nl": 'Waarschuwingen',
    },
    "report.platform": {
        "en": 'Platform',
        "nl": 'Platform',
    },
    "report.chart_title": {
        "en": 'Score per platform',
        "nl": 'Score per platform',
    },
    "report.chart_desc": {
        "en": 'Bar chart of the score (0–100) of each platform; the same numbers are in the table.',
        "nl": 'Staafdiagram van de score (0–100) per platform; dezelfde getallen staan in de tabel.',
    },
    "report.sources": {
        "en": 'Sources',
        "nl": 'Bronnen',
    },
    "report.reviewed": {
        "en": 'Advice as of',
        "nl": 'Stand van de adviezen',
    },
    "report.version": {
        "en": 'version',
        "nl": 'versie',
    },
    "report.redacted": {
        "en": 'E-mail addresses and phone numbers are hidden in this report.',
        "nl": 'E-mailadressen en telefoonnummers zijn in dit rapport verborgen.',
    },
    "report.footer": {
        "en": 'Made by auditor {version} on your own computer. Nothing in this report was sent anywhere.',
        "nl": 'Gemaakt door auditor {version} op je eigen computer. Niets uit dit rapport is ergens heen gestuurd.',
    },
    "report.goal_note": {
        "en": 'Your goal',
        "nl": 'Jouw doel',
    },
    "report.to_do": {
        "en": 'To do:',
        "nl": 'Nog doen:',
    },
    # -- added for the report a person acts on (issue 13) --
    "report.months": {
        "en": "January February March April May June July August September October November December",
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    },
    "report.goal_name_visible": {"en": "visible", "nl": "zichtbaar"},
    "report.goal_name_balanced": {"en": "balanced", "nl": "gebalanceerd"},
    "report.goal_name_private": {"en": "private", "nl": "privé"},
    "report.start_here": {"en": "Start here", "nl": "Begin hier"},
    "report.start_here_none": {
        "en": "Nothing urgent: every check that could be settled is in order or accepted.",
        "nl": "Niets dringends: alles wat we konden vaststellen is in orde of bewust zo gelaten.",
    },
    "report.standing_none": {
        "en": "You checked {points}; none is urgent, {open} can still be improved.",
        "nl": "Je hebt {points} gecontroleerd; niets is dringend, {open} kun je nog verbeteren.",
    },
    "report.standing_one": {
        "en": "You checked {points}; 1 is important to sort out today.",
        "nl": "Je hebt {points} gecontroleerd; 1 is belangrijk om vandaag te regelen.",
    },
    "report.standing_many": {
        "en": "You checked {points}; {urgent} are important to sort out today.",
        "nl": "Je hebt {points} gecontroleerd; {urgent} zijn belangrijk om vandaag te regelen.",
    },
    "report.standing_nothing": {
        "en": "You have not checked anything yet, so nothing can be said to be in order.",
        "nl": "Je hebt nog niets gecontroleerd, dus we kunnen nog niet zeggen of iets in orde is.",
    },
    "report.standing_clear": {
        "en": "You checked {points}; everything is in order.",
        "nl": "Je hebt {points} gecontroleerd; alles is in orde.",
    },
    "report.standing_export_clear": {
        "en": "From your export we could check {points}; everything is in order.",
        "nl": "Uit je export konden we {points} controleren; alles is in orde.",
    },
    "report.standing_export_none": {
        "en": "From your export we could check {points}; none is urgent, {open} can still be improved.",
        "nl": "Uit je export konden we {points} controleren; niets is dringend, {open} kun je nog verbeteren.",
    },
    "report.standing_export_one": {
        "en": "From your export we could check {points}; 1 is important to sort out today.",
        "nl": "Uit je export konden we {points} controleren; 1 is belangrijk om vandaag te regelen.",
    },
    "report.standing_export_many": {
        "en": "From your export we could check {points}; {urgent} are important to sort out today.",
        "nl": "Uit je export konden we {points} controleren; {urgent} zijn belangrijk om vandaag te regelen.",
    },
    "report.points_one": {"en": "1 point", "nl": "1 punt"},
    "report.points_many": {"en": "{n} points", "nl": "{n} punten"},
    "report.score_plain": {
        "en": "Out of 100. Of everything we could check, this much is in order; important points count "
              "more than small ones.",
        "nl": "Van de 100. Zoveel van wat we konden controleren is in orde; belangrijke punten tellen "
              "zwaarder dan kleine.",
    },
    "report.score_plain_none": {
        "en": "No score yet: nothing could be checked.",
        "nl": "Nog geen score: er kon nog niets worden gecontroleerd.",
    },
    "report.coverage_plain": {
        "en": "Of the {applicable} points that apply to you, we could check {determined}. "
              "The other {unknown} are under “Still to check”.",
        "nl": "Van de {applicable} punten die voor jou gelden, konden we er {determined} controleren. "
              "De andere {unknown} staan onder ‘Nog te controleren’.",
    },
    "report.coverage_plain_all": {
        "en": "We could check all {applicable} points that apply to you.",
        "nl": "We konden alle {applicable} punten controleren die voor jou gelden.",
    },
    "report.coverage_plain_one": {
        "en": "Of the {applicable} points that apply to you, we could check {determined}. "
              "The last one is under “Still to check”.",
        "nl": "Van de {applicable} punten die voor jou gelden, konden we er {determined} controleren. "
              "De laatste staat onder ‘Nog te controleren’.",
    },
    "report.evidence_only": {
        "en": "This report is made from your imported data export alone: you have not answered any "
              "questions yet. Check the rest with: auditor audit",
        "nl": "Dit rapport komt alleen uit je geïmporteerde gegevensexport: je hebt nog geen vragen "
              "beantwoord. Controleer de rest met: auditor audit",
    },
    "report.info": {"en": "Good to know", "nl": "Goed om te weten"},
    "report.info_note": {
        "en": "Nothing to do here: these points only tell you how things stand.",
        "nl": "Hier hoef je niets te doen: deze punten vertellen alleen hoe het ervoor staat.",
    },
    "report.info_not_yet": {"en": "Not the case for you right now.", "nl": "Bij jou is dit nu niet zo."},
    "report.retired_note": {
        "en": "These settings no longer exist on the platform: there is nothing to do.",
        "nl": "Deze instellingen bestaan niet meer op het platform: je hoeft er niets mee te doen.",
    },
    "report.goal_state": {"en": "Where you want to be", "nl": "Zo wil je het hebben"},
    "report.how_to_check": {"en": "How to check", "nl": "Zo controleer je het"},
    "report.ev_answer": {"en": "your answer of {date}", "nl": "je antwoord van {date}"},
    "report.ev_export": {"en": "from your {platform} export of {date}", "nl": "uit je {platform}-export van {date}"},
    "report.ev_browser": {"en": "read in your browser on {date}", "nl": "gelezen in je browser op {date}"},
    "report.ev_public-profile": {"en": "on your public profile, {date}", "nl": "op je openbare profiel, {date}"},
    "report.ev_other": {"en": "{source}, {date}", "nl": "{source}, {date}"},
    "report.published_on": {"en": "published {date}", "nl": "gepubliceerd {date}"},
    "report.published_unknown": {"en": "publication date unknown", "nl": "publicatiedatum onbekend"},
    "report.seen_on": {"en": "checked by us {date}", "nl": "door ons bekeken {date}"},
    "report.source_untitled": {"en": "source without a title", "nl": "bron zonder titel"},
    "report.warn_missing": {
        "en": "The catalogue in use has no checklist for '{platform}' any more.",
        "nl": "De catalogus heeft geen checklist meer voor '{platform}'.",
    },
    "report.warn_review": {
        "en": "The {name} checklist was last reviewed against the live site on {date} ({days} days ago): "
              "settings may have moved since.",
        "nl": "De checklist voor {name} is voor het laatst met de echte site vergeleken op {date} "
              "({days} dagen geleden): instellingen kunnen intussen verplaatst zijn.",
    },
    "report.page_header": {"en": "Audit of {date} · goal: {goal}", "nl": "Controle van {date} · doel: {goal}"},
    "report.page_footer": {"en": "Page {page} of {pages}", "nl": "Pagina {page} van {pages}"},
    "report.next_step": {
        "en": "Full report: auditor report --open",
        "nl": "Volledig rapport: auditor report --open",
    },
    "report.next_step.command": {"en": "Full report: {command}", "nl": "Volledig rapport: {command}"},
    "report.evidence_audit_made": {
        "en": "You had no audit yet: audit #{id} was made from your imported export alone.",
        "nl": "Je had nog geen controle: controle #{id} is gemaakt uit alleen je geïmporteerde export.",
    },
    "report.more": {"en": "and {n} more", "nl": "en nog {n}"},
    "report.pdf_failed": {
        "en": "The browser could not print the report: {problem}",
        "nl": "De browser kon het rapport niet afdrukken: {problem}",
    },
    "report.pdf_failed_hint": {
        "en": "Open the report in your browser instead (auditor report --open) and print it there as a PDF "
              "(Ctrl+P; on a Mac ⌘P).",
        "nl": "Open het rapport in plaats daarvan in je browser (auditor report --open) en druk het daar af als "
              "pdf (Ctrl+P; op een Mac ⌘P).",
    },
    "report.email_hidden": {"en": "[e-mail hidden]", "nl": "[e-mailadres verborgen]"},
    "report.phone_hidden": {"en": "[phone hidden]", "nl": "[telefoonnummer verborgen]"},
    "report.pdf.no_browser": {
        "en": "No Chrome, Edge, Chromium or Brave was found to make the PDF with.",
        "nl": "Er is geen Chrome, Edge, Chromium of Brave gevonden om de pdf mee te maken.",
    },
    "report.pdf.no_browser_hint": {
        "en": "Open the report in your browser (auditor report --open) and print it there as a PDF (Ctrl+P; on a "
              "Mac ⌘P). Or name your browser with --chrome PATH.",
        "nl": "Open het rapport in je browser (auditor report --open) en druk het daar af als pdf (Ctrl+P; op een "
              "Mac ⌘P). Of wijs je browser aan met --chrome PAD.",
    },
    "report.pdf.chrome_missing": {
        "en": "--chrome {path}: no browser there that can be started.",
        "nl": "--chrome {path}: daar staat geen browser die gestart kan worden.",
    },
    "report.pdf.chrome_missing_hint": {
        "en": "Give the full path of the Chrome, Edge, Chromium or Brave program.",
        "nl": "Geef het volledige pad van het programma Chrome, Edge, Chromium of Brave.",
    },
    "report.pdf.timeout": {"en": "it took longer than {seconds} seconds",
                           "nl": "het duurde langer dan {seconds} seconden"},
    "report.pdf.no_file": {"en": "it made no PDF (exit code {code})", "nl": "er kwam geen pdf (afsluitcode {code})"},
}

# -- errors: store, input files and output, with their hints ------------------------------
ERRORS: dict[str, Entry] = {
    "errors.cdp.invalid": {
        "en": "--cdp {url}: not a valid address ({error}).",
        "nl": "--cdp {url}: dat is geen geldig adres ({error}).",
    },
    "errors.cdp.shape": {
        "en": "--cdp {url}: expected an address like http://127.0.0.1:9222.",
        "nl": "--cdp {url}: verwacht een adres als http://127.0.0.1:9222.",
    },
    "errors.cdp.shape.hint": {
        "en": "Start Chrome with --remote-debugging-port=9222 --user-data-dir=<a separate folder>.",
        "nl": "Start Chrome met --remote-debugging-port=9222 --user-data-dir=<een aparte map>.",
    },
    "errors.cdp.remote": {
        "en": "--cdp {url}: refusing to attach to a browser on '{host}'; only this computer "
              "(127.0.0.1, ::1 or localhost) is allowed.",
        "nl": "--cdp {url}: de auditor koppelt niet aan een browser op '{host}'; alleen deze computer "
              "(127.0.0.1, ::1 of localhost) mag.",
    },
    "errors.cdp.remote.hint": {
        "en": "A DevTools port gives full control of that browser. Start Chrome on this computer with "
              "--remote-debugging-port=9222 and use --cdp http://127.0.0.1:9222.",
        "nl": "Wie een DevTools-poort bereikt, bestuurt die browser helemaal. Start Chrome op deze computer met "
              "--remote-debugging-port=9222 en gebruik --cdp http://127.0.0.1:9222.",
    },
    "errors.cdp.port": {
        "en": "--cdp {url}: the address needs the debugging port, e.g. http://127.0.0.1:9222.",
        "nl": "--cdp {url}: het adres moet de debugpoort bevatten, bijvoorbeeld http://127.0.0.1:9222.",
    },
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
              "De controles erin zijn nog heel.",
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
    "errors.store.missing": {
        "en": "There is no audit store at {path} yet.",
        "nl": "Er is nog geen opslag met controles op {path}.",
    },
    "errors.store.missing.hint": {
        "en": "Start an audit with: auditor audit   (or try: auditor demo)",
        "nl": "Begin een controle met: auditor audit   (of probeer: auditor demo)",
    },
    "errors.store.no_audit": {
        "en": "There is no audit #{id} in {path}.",
        "nl": "Er is geen controle #{id} in {path}.",
    },
    "errors.store.no_audits": {
        "en": "There is no audit yet in {path}.",
        "nl": "Er is nog geen controle in {path}.",
    },
    "errors.store.expect.text": {"en": "text", "nl": "tekst"},
    "errors.store.expect.number": {"en": "a whole number", "nl": "een geheel getal"},
    "errors.store.expect.moment": {"en": "a date and time", "nl": "een datum en tijd"},
    "errors.store.expect.json": {"en": "JSON data of the right shape", "nl": "JSON-gegevens in de juiste vorm"},
    # why the system refused (an OSError), in words; other errors keep the system's own text
    "errors.os.ENOENT": {"en": "no such file or folder", "nl": "dat bestand of die map bestaat niet"},
    "errors.os.ENOTDIR": {"en": "part of the path is not a folder", "nl": "een deel van het pad is geen map"},
    "errors.os.EISDIR": {"en": "it is a folder", "nl": "het is een map"},
    "errors.os.EACCES": {"en": "permission denied", "nl": "je hebt daar geen toestemming voor"},
    "errors.os.EPERM": {"en": "not permitted", "nl": "dat is niet toegestaan"},
    "errors.os.EROFS": {"en": "the disk is read-only", "nl": "de schijf is alleen-lezen"},
    "errors.os.ENOSPC": {"en": "the disk is full", "nl": "de schijf is vol"},
    "errors.os.EDQUOT": {"en": "your disk quota is used up", "nl": "je schijfruimte (quotum) is op"},
    "errors.os.ENAMETOOLONG": {"en": "the name is too long", "nl": "de naam is te lang"},
    "errors.os.EBUSY": {"en": "it is in use", "nl": "het is in gebruik"},
    "errors.os.EIO": {"en": "the disk reported a read or write error",
                      "nl": "de schijf meldde een lees- of schrijffout"},
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
    # the browser and its profile (auditor audit --browser, auditor browser forget)
    "errors.browser.path": {
        "en": "--browser-path {path}: no executable browser there.",
        "nl": "--browser-path {path}: daar staat geen browser die gestart kan worden.",
    },
    "errors.browser.path.hint": {
        "en": "Give the full path of a Chromium, Chrome or Edge executable.",
        "nl": "Geef het volledige pad van het programma Chromium, Chrome of Edge.",
    },
    "errors.browser.none": {
        "en": "No Chromium-family browser was found (looked for Playwright's Chromium, Google Chrome, "
              "Microsoft Edge and {names} on the PATH).",
        "nl": "Er is geen browser uit de Chromium-familie gevonden (gezocht naar de Chromium van Playwright, "
              "Google Chrome, Microsoft Edge en {names} in het PATH).",
    },
    "errors.browser.install.linux": {
        "en": "Install one of: Chromium (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install "
              "chromium), Google Chrome (https://www.google.com/chrome/), or Playwright's own Chromium "
              "({playwright}). Or point to a browser with --browser-path.",
        "nl": "Installeer een van deze: Chromium (Debian: sudo apt-get install chromium; Ubuntu: sudo snap "
              "install chromium), Google Chrome (https://www.google.com/chrome/) of de eigen Chromium van "
              "Playwright ({playwright}). Of wijs een browser aan met --browser-path.",
    },
    "errors.browser.install.other": {
        "en": "Install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, or Playwright's own "
              "Chromium ({playwright}). Or point to a browser with --browser-path.",
        "nl": "Installeer Google Chrome (https://www.google.com/chrome/) of Microsoft Edge, of de eigen "
              "Chromium van Playwright ({playwright}). Of wijs een browser aan met --browser-path.",
    },
    "errors.browser.in_use": {
        "en": "{path}: another browser is already using the auditor profile.",
        "nl": "{path}: een andere browser gebruikt het profiel van de auditor al.",
    },
    "errors.browser.in_use.hint": {
        "en": "Close the other auditor browser window (or another 'auditor audit --browser') first.",
        "nl": "Sluit eerst het andere browservenster van de auditor (of een andere 'auditor audit --browser').",
    },
    "errors.browser.attach": {
        "en": "Could not attach to the browser at {url}: {reason}",
        "nl": "Koppelen aan de browser op {url} lukte niet: {reason}",
    },
    "errors.browser.attach.hint": {
        "en": "Start Chrome yourself with --remote-debugging-port=9222 --user-data-dir=<a separate directory> "
              "and keep it open.",
        "nl": "Start Chrome zelf met --remote-debugging-port=9222 --user-data-dir=<een aparte map> en laat hem "
              "openstaan.",
    },
    "errors.browser.start": {
        "en": "Could not start the browser ({browser}): {reason}",
        "nl": "De browser ({browser}) kon niet starten: {reason}",
    },
    "errors.browser.start.hint": {
        "en": "Choose another browser with --browser-path, or attach to one with --cdp.",
        "nl": "Kies een andere browser met --browser-path, of koppel aan een geopende browser met --cdp.",
    },
    "errors.browser.login_wall": {
        "en": "the platform shows visitors a login page instead",
        "nl": "het platform laat bezoekers in plaats daarvan een inlogpagina zien",
    },
    "errors.browser.not_running": {
        "en": "The browser is not running.",
        "nl": "De browser draait niet.",
    },
    "errors.browser.closed": {
        "en": "The auditor's browser was closed, so the remaining settings cannot be read.",
        "nl": "De browser van de auditor is gesloten, dus de overige instellingen kunnen niet gelezen worden.",
    },
    "errors.browser.closed.hint": {
        "en": "Run the audit again with --browser, or answer the questions yourself.",
        "nl": "Start de controle opnieuw met --browser, of beantwoord de vragen zelf.",
    },
    "errors.browser.no_private_window": {
        "en": "This browser cannot open a separate logged-out window.",
        "nl": "Deze browser kan geen apart venster openen waarin je niet bent ingelogd.",
    },
    "errors.browser.profile.symlink": {
        "en": "{path}: the browser profile directory is a symbolic link; refusing to use it.",
        "nl": "{path}: de profielmap van de browser is een symbolische koppeling; die gebruikt de auditor niet.",
    },
    "errors.browser.profile.hint": {
        "en": "Choose a plain directory with --profile-dir.",
        "nl": "Kies een gewone map met --profile-dir.",
    },
    "errors.browser.profile.not_dir": {
        "en": "{path}: exists and is not a directory; choose another --profile-dir.",
        "nl": "{path}: bestaat al en is geen map; kies een andere --profile-dir.",
    },
    "errors.browser.profile.foreign": {
        "en": "{path}: this directory is not an auditor browser profile and is not empty; refusing to use it.",
        "nl": "{path}: deze map is geen browserprofiel van de auditor en is niet leeg; die gebruikt de auditor niet.",
    },
    "errors.browser.profile.foreign.hint": {
        "en": "Chrome cannot be automated on a person's everyday profile. Choose a new or empty directory with "
              "--profile-dir (or leave it out for the default).",
        "nl": "Chrome kan niet bestuurd worden op het profiel dat je dagelijks gebruikt. Kies een nieuwe of lege "
              "map met --profile-dir (of laat het weg voor de standaardmap).",
    },
    "errors.browser.forget.foreign": {
        "en": "{path}: this is not an auditor browser profile (no {marker} marker, or a symbolic link); "
              "refusing to delete it.",
        "nl": "{path}: dit is geen browserprofiel van de auditor (geen {marker}-markering, of een symbolische "
              "koppeling); de auditor verwijdert het niet.",
    },
    "errors.browser.forget.foreign.hint": {
        "en": "'auditor browser forget' only deletes a profile that 'auditor audit --browser' created.",
        "nl": "'auditor browser forget' verwijdert alleen een profiel dat 'auditor audit --browser' heeft gemaakt.",
    },
    "errors.browser.forget.in_use": {
        "en": "{path}: a browser is still using this profile.",
        "nl": "{path}: een browser gebruikt dit profiel nog.",
    },
    "errors.browser.forget.in_use.hint": {
        "en": "Close the auditor's browser window, then run 'auditor browser forget' again.",
        "nl": "Sluit het browservenster van de auditor en voer daarna 'auditor browser forget' opnieuw uit.",
    },
    "errors.browser.forget.failed": {
        "en": "{path}: could not be deleted completely: {reason}",
        "nl": "{path}: kon niet helemaal verwijderd worden: {reason}",
    },
    "errors.browser.no_display": {
        "en": "No display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the browser runs headless: "
              "you cannot see it or log in with it. Run the audit from a desktop session once to log in, or "
              "attach to a browser you started yourself with --cdp.",
        "nl": "Er is geen scherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld), dus de browser draait "
              "onzichtbaar: je kunt hem niet zien en er niet mee inloggen. Start de controle één keer vanuit een "
              "bureaubladsessie om in te loggen, of koppel met --cdp aan een browser die je zelf hebt gestart.",
    },
    "errors.browser.attached": {
        "en": "Attached to the browser at {url}; the auditor works in a tab of its own and closes it when done. "
              "The browser itself stays open.",
        "nl": "Gekoppeld aan de browser op {url}; de auditor werkt in een eigen tabblad en sluit dat als hij klaar "
              "is. De browser zelf blijft open.",
    },
    # what 'auditor browser forget' reports when it succeeds: kept beside its errors
    "errors.browser.forget.done": {
        "en": "Deleted the auditor's browser profile {path}: the auditor is logged out everywhere it was "
              "logged in.",
        "nl": "Het browserprofiel van de auditor ({path}) is verwijderd: de auditor is overal uitgelogd waar "
              "hij was ingelogd.",
    },
    "errors.browser.forget.nothing": {
        "en": "There is no auditor browser profile at {path}; nothing to forget.",
        "nl": "Er is geen browserprofiel van de auditor op {path}; er valt niets te vergeten.",
    },
    # checklists (the bundled ones, --checklists DIR, an overlay)
    "errors.install.missing": {
        "en": "The auditor's own '{name}' folder is missing (looked in {tried}).",
        "nl": "De map '{name}' van de auditor zelf ontbreekt (gezocht in {tried}).",
    },
    "errors.install.missing.hint": {
        "en": "Install the auditor again: pipx reinstall social-auditor (or uv tool install --reinstall "
              "social-auditor).",
        "nl": "Installeer de auditor opnieuw: pipx reinstall social-auditor (of uv tool install --reinstall "
              "social-auditor).",
    },
    "errors.catalogue.no_dir": {
        "en": "{path}: no such checklist directory",
        "nl": "{path}: deze map met checklists bestaat niet",
    },
    "errors.catalogue.no_dir.hint": {
        "en": "Pass a directory of <platform>.yaml files to --checklists.",
        "nl": "Geef bij --checklists een map met <platform>.yaml-bestanden op.",
    },
    "errors.catalogue.no_files": {
        "en": "{path}: holds no checklist (*.yaml) files",
        "nl": "{path}: bevat geen checklistbestanden (*.yaml)",
    },
    "errors.catalogue.not_mapping": {
        "en": "{path}:1: expected a mapping with 'schema', 'platform', 'checks' …, found {found}",
        "nl": "{path}:1: verwacht een mapping met 'schema', 'platform', 'checks' …, gevonden: {found}",
    },
    "errors.catalogue.platform_name": {
        "en": "{path}:{line}: platform: the file is named '{name}' but says platform '{platform}'",
        "nl": "{path}:{line}: platform: het bestand heet '{name}' maar noemt platform '{platform}'",
    },
    "errors.catalogue.platform_name.hint": {
        "en": "Rename the file to {platform}.yaml or fix 'platform'.",
        "nl": "Noem het bestand {platform}.yaml of pas 'platform' aan.",
    },
    "errors.catalogue.overlay_unknown": {
        "en": "{path}:{line}: checks.{check}: there is no such check in these checklists",
        "nl": "{path}:{line}: checks.{check}: deze vraag staat niet in deze checklists",
    },
    "errors.catalogue.file_problems": {
        "en": "{path}: {n} problems in this checklist:",
        "nl": "{path}: {n} problemen in deze checklist:",
    },
    "errors.catalogue.file_problems.one": {
        "en": "{path}: 1 problem in this checklist:",
        "nl": "{path}: 1 probleem in deze checklist:",
    },
    "errors.catalogue.problems": {
        "en": "The checklists in {path} have {n} problems:",
        "nl": "De checklists in {path} hebben {n} problemen:",
    },
    "errors.catalogue.problems.one": {
        "en": "The checklists in {path} have 1 problem:",
        "nl": "De checklists in {path} hebben 1 probleem:",
    },
    "errors.catalogue.problems.hint": {
        "en": "Check them with: auditor checklists validate",
        "nl": "Controleer ze met: auditor checklists validate",
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
    "errors.archive.unreadable": {
        "en": "{name} cannot be read ({reason}).",
        "nl": "{name} kan niet gelezen worden ({reason}).",
    },
    "errors.archive.not_readable_zip": {
        "en": "{name} cannot be read as a zip archive ({reason}).",
        "nl": "{name} kan niet gelezen worden als zipbestand ({reason}).",
    },
    "errors.archive.neither": {
        "en": "{name} is neither a zip archive nor a folder.",
        "nl": "{name} is geen zipbestand en geen map.",
    },
    "errors.archive.empty_zip": {
        "en": "{name} is an empty zip archive: it holds no files.",
        "nl": "{name} is een leeg zipbestand: er zitten geen bestanden in.",
    },
    "errors.archive.traversal": {
        "en": "{name} holds no usable files: all {count} entries have names that point outside the export "
              "(a path-traversal archive).",
        "nl": "{name} bevat geen bruikbare bestanden: alle {count} namen wijzen naar een plek buiten de export "
              "(een path-traversal-archief).",
    },
    "errors.archive.encrypted": {
        "en": "{name} is encrypted (password-protected); platform exports are not.",
        "nl": "{name} is versleuteld (met een wachtwoord); exports van een platform zijn dat niet.",
    },
    "errors.archive.member_encrypted": {
        "en": "{name}: {member} is encrypted (password-protected).",
        "nl": "{name}: {member} is versleuteld (met een wachtwoord).",
    },
    "errors.archive.member_unreadable": {
        "en": "{name}: {member} cannot be read ({reason}).",
        "nl": "{name}: {member} kan niet gelezen worden ({reason}).",
    },
    "errors.archive.member_damaged": {
        "en": "{name}: {member} is damaged ({reason}).",
        "nl": "{name}: {member} is beschadigd ({reason}).",
    },
    "errors.archive.download_again.hint": {
        "en": "The download may be incomplete; download the export again.",
        "nl": "Misschien is de download niet compleet; download de export opnieuw.",
    },
    "errors.archive.member_changed": {
        "en": "{name}: {member} is no longer a plain file.",
        "nl": "{name}: {member} is geen gewoon bestand meer.",
    },
    "errors.archive.bomb": {
        "en": "{name}: {member} expands more than {ratio}:1; this looks like a compression bomb, not an export.",
        "nl": "{name}: {member} wordt bij het uitpakken meer dan {ratio} keer zo groot; dit lijkt een zipbom, "
              "geen export.",
    },
    "errors.archive.member_too_big": {
        "en": "{name}: {member} expands to more than the {limit} MB limit for one file.",
        "nl": "{name}: {member} is uitgepakt groter dan de grens van {limit} MB voor één bestand.",
    },
    "errors.archive.member_too_big.hint": {
        "en": "An export file this large is not one the auditor needs; if this is a genuine export, please "
              "report it.",
        "nl": "Zo'n groot bestand heeft de auditor niet nodig; is dit toch een echte export, meld het dan.",
    },
    "errors.archive.total_too_big": {
        "en": "{name}: {member}: the import read more than {limit} MB in total.",
        "nl": "{name}: {member}: de import las in totaal meer dan {limit} MB.",
    },
}

# -- web: the local web page (auditor serve) ----------------------------------------------
WEB: dict[str, Entry] = {
    "web.q.where_page": {"en": "Where you do this", "nl": "Waar je dit doet"},
    "web.q.open_page": {"en": "Open this page on {platform}", "nl": "Open deze pagina op {platform}"},
    "web.report.pdf": {"en": "PDF to print or keep", "nl": "Pdf om te printen of te bewaren"},
    "web.report.pdf.title": {"en": "No PDF this time", "nl": "Nu geen pdf"},
    "web.report.pdf.failed": {
        "en": "A PDF is printed by a browser like Chrome, Edge, Chromium or Brave on this computer, and none could "
              "be found or started here.",
        "nl": "Een pdf wordt gemaakt door een browser als Chrome, Edge, Chromium of Brave op deze computer, en die "
              "is hier niet gevonden of kon niet starten."},
    "web.report.pdf.details": {"en": "What the auditor ran into", "nl": "Waar de auditor op stuitte"},
    "web.report.pdf.print": {
        "en": "You can still print the report, or save it as a PDF, with your browser's own print command: "
              "open the report and press Ctrl+P (⌘P on a Mac), then choose your printer or “Save as PDF”.",
        "nl": "Je kunt het rapport wel printen, of als pdf bewaren, met de printopdracht van je browser: "
              "open het rapport en druk op Ctrl+P (⌘P op een Mac) en kies je printer of ‘Opslaan als pdf’."},
    "web.report.pdf.back": {"en": "Back to the report", "nl": "Terug naar het rapport"},
    "web.start.first_time": {
        "en": "First time? To see what a report looks like first, for a made-up person, type in a terminal:",
        "nl": "De eerste keer? Wil je eerst een voorbeeldrapport zien van een verzonnen persoon, typ dan in een "
              "terminal:"},
    # every page
    "web.title": {"en": "Privacy check", "nl": "Privacycontrole"},
    "web.skip_to_content": {"en": "Skip to the content", "nl": "Ga naar de inhoud"},
    "web.nav.label": {"en": "Main menu", "nl": "Hoofdmenu"},
    "web.nav.start": {"en": "Start", "nl": "Start"},
    "web.nav.export": {"en": "Add a data export", "nl": "Data-export toevoegen"},
    "web.nav.history": {"en": "Earlier checks", "nl": "Eerdere controles"},
    "web.footer": {
        "en": "This page runs on your own computer only. Nothing is sent to the internet.",
        "nl": "Deze pagina draait alleen op je eigen computer. Er gaat niets naar internet.",
    },
    "web.other_lang": {"en": "Nederlands", "nl": "English"},
    "web.error.404": {"en": "This page does not exist.", "nl": "Deze pagina bestaat niet."},
    "web.error.404.title": {"en": "Page not found", "nl": "Pagina niet gevonden"},
    "web.error.405": {
        "en": "This page cannot be used that way. Go back to the start and try again from there.",
        "nl": "Deze pagina werkt niet op die manier. Ga terug naar het begin en probeer het vandaar opnieuw.",
    },
    "web.error.405.title": {"en": "Not possible here", "nl": "Niet mogelijk"},
    "web.error.400": {
        "en": "The page could not read what your browser sent. Go back to the start and try again.",
        "nl": "De pagina kon niet lezen wat je browser stuurde. Ga terug naar het begin en probeer het opnieuw.",
    },
    "web.error.400.title": {"en": "Could not be read", "nl": "Niet te lezen"},
    "web.error.503.title": {"en": "Not available just now", "nl": "Even niet beschikbaar"},
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
    "web.start.resume.text.one": {
        "en": "Started on {date} ({platforms}); 1 answer so far.",
        "nl": "Begonnen op {date} ({platforms}); tot nu toe 1 antwoord.",
    },
    "web.start.resume.button": {"en": "Resume your check", "nl": "Hervat je controle"},
    "web.start.export_tip": {
        "en": "Already have a data export from LinkedIn, Facebook, Instagram or X? Add it first, and the "
              "check answers part of the questions by itself.",
        "nl": "Heb je al een data-export van LinkedIn, Facebook, Instagram of X? Voeg die eerst toe, dan "
              "beantwoordt de controle een deel van de vragen zelf.",
    },
    "web.start.export_link": {"en": "Add your data export", "nl": "Voeg je data-export toe"},
    "web.start.new.heading": {"en": "Start a new check", "nl": "Begin een nieuwe controle"},
    "web.start.platforms": {"en": "Which accounts do you want to check?", "nl": "Welke accounts wil je controleren?"},
    "web.start.goal": {"en": "What do you want to achieve?", "nl": "Wat wil je bereiken?"},
    "web.start.goal_hint": {
        "en": "Where the advice differs, your goal decides what counts as something to fix.",
        "nl": "Waar de adviezen verschillen, bepaalt je doel wat als verbeterpunt telt.",
    },
    "web.goal.visible": {"en": "Visible", "nl": "Zichtbaar"},
    "web.goal.visible.text": {
        "en": "You want recruiters and new contacts to find you: an open profile and open networking.",
        "nl": "Je wilt dat recruiters en nieuwe contacten je vinden: een open profiel en open netwerken.",
    },
    "web.goal.balanced": {"en": "Balanced (recommended)", "nl": "Gebalanceerd (aanbevolen)"},
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
    "web.start.screen_lang_hint": {
        "en": "We then name menus, settings and buttons as your screen shows them; the questions stay in the "
              "language you choose below.",
        "nl": "Dan noemen we menu's, instellingen en knoppen zoals jouw scherm ze laat zien; de vragen blijven in "
              "de taal die je hieronder kiest."},
    "web.start.button": {"en": "Start", "nl": "Begin"},
    "web.start.unfinished": {
        "en": "Your check of {platforms} is not finished yet: carry on with it, or press Begin again to start a new "
              "one beside it.",
        "nl": "Je controle van {platforms} is nog niet af: ga daarmee verder, of druk nog eens op Begin om een nieuwe "
              "naast die te beginnen.",
    },
    "web.start.none_chosen": {"en": "Choose at least one account.", "nl": "Kies minstens één account."},
    "web.start.stopped": {
        "en": "Your answers are saved. Carry on whenever you like: come back to this page and choose "
              "“Resume your check”.",
        "nl": "Je antwoorden zijn bewaard. Ga verder wanneer je wilt: kom terug op deze pagina en kies "
              "‘Hervat je controle’.",
    },
    # one question
    "web.q.progress": {"en": "Question {n} of {m}", "nl": "Vraag {n} van {m}"},
    "web.q.why": {"en": "Why this matters", "nl": "Waarom dit ertoe doet"},
    "web.q.where": {"en": "Where to find it", "nl": "Waar je het vindt"},
    "web.q.open_setting": {"en": "Open this setting on {platform}", "nl": "Open deze instelling op {platform}"},
    "web.q.new_tab": {"en": "(opens the site in a new tab)", "nl": "(opent de website in een nieuw tabblad)"},
    "web.q.known": {"en": "Already known", "nl": "Wat al bekend is"},
    "web.q.given": {"en": "Your answer so far: {value}", "nl": "Je antwoord tot nu toe: {value}"},
    "web.q.number_hint": {"en": "A whole number, {low} or more.", "nl": "Een heel getal, {low} of meer."},
    "web.q.number_range_hint": {"en": "A whole number from {low} to {high}.",
                                "nl": "Een heel getal van {low} tot en met {high}."},
    "web.q.text_hint": {"en": "Type it as it appears on the site.", "nl": "Typ het zoals het op de website staat."},
    "web.q.next": {"en": "Next", "nl": "Volgende"},
    "web.q.back": {"en": "Back", "nl": "Terug"},
    "web.q.skip": {"en": "Skip", "nl": "Overslaan"},
    "web.q.unsure": {"en": "I don't know", "nl": "Weet ik niet"},
    "web.q.stop": {"en": "Stop for now", "nl": "Stop voor nu"},
    "web.q.buttons_hint": {
        "en": "“I don't know” saves that you are not sure: the point stays “still to check”. "
              "“Skip” leaves the question open, to answer at the end or later.",
        "nl": "‘Weet ik niet’ bewaart dat je het niet zeker weet: het punt blijft dan ‘nog te controleren’. "
              "‘Overslaan’ laat de vraag openstaan, voor aan het eind of later.",
    },
    "web.q.saved": {"en": "Your answer was saved.", "nl": "Je antwoord is bewaard."},
    "web.q.confirm": {
        "en": "Your data export already answered this. Is it right? Then press Next; if not, choose what is right.",
        "nl": "Je data-export gaf hier al antwoord op. Klopt het? Druk dan op Volgende; zo niet, kies wat wel klopt.",
    },
    "web.q.moved": {
        "en": "That question was answered meanwhile or no longer applies; this is where you are now.",
        "nl": "Die vraag is intussen beantwoord of geldt niet meer; hier ben je nu.",
    },
    "web.q.error.toggle": {"en": "Choose Yes or No, or press “I don't know”.",
                           "nl": "Kies Ja of Nee, of druk op ‘Weet ik niet’."},
    "web.q.error.choice": {"en": "Choose one of the options, or press “I don't know”.",
                           "nl": "Kies een van de mogelijkheden, of druk op ‘Weet ik niet’."},
    "web.q.error.number": {"en": "Fill in a number, or press “I don't know”.",
                           "nl": "Vul een getal in, of druk op ‘Weet ik niet’."},
    "web.q.error.text": {"en": "Fill something in, or press “I don't know”.",
                         "nl": "Vul iets in, of druk op ‘Weet ik niet’."},
    "web.q.error.heading": {"en": "Your answer was not saved", "nl": "Je antwoord is niet bewaard"},
    # the end of the questions
    "web.end.heading": {"en": "You have been through all the questions", "nl": "Je hebt alle vragen gehad"},
    "web.end.text": {"en": "You answered {answered} of {total} questions.",
                     "nl": "Je hebt {answered} van de {total} vragen beantwoord."},
    "web.end.skipped": {
        "en": "{n} skipped. They stay “still to check”, never a problem; you can answer them now or later.",
        "nl": "{n} overgeslagen. Die staan als ‘nog te controleren’, nooit als probleem; je kunt ze nu of later nog "
              "beantwoorden.",
    },
    "web.end.answer_skipped": {"en": "Answer the skipped questions", "nl": "Beantwoord de overgeslagen vragen"},
    "web.end.settled": {"en": "Your data export answered {n} questions for you.",
                        "nl": "Je data-export heeft {n} vragen al voor je beantwoord."},
    "web.end.settled.one": {"en": "Your data export answered 1 question for you.",
                            "nl": "Je data-export heeft 1 vraag al voor je beantwoord."},
    "web.end.review_conflicts": {"en": "Look at the differences", "nl": "Bekijk de verschillen"},
    "web.export.review_conflicts": {"en": "Look at the differences", "nl": "Bekijk de verschillen"},
    "web.end.review": {"en": "Check that they are right", "nl": "Kijk na of dat klopt"},
    "web.end.finish": {"en": "Finish and see your report", "nl": "Rond af en bekijk je rapport"},
    # the report
    "web.report.back": {"en": "Back to the questions", "nl": "Terug naar de vragen"},
    "web.report.change": {"en": "Change your answer", "nl": "Wijzig je antwoord"},
    "web.report.accept": {"en": "Accept this risk", "nl": "Accepteer dit risico"},
    "web.report.interim": {"en": "Interim report: this check is not finished yet.",
                           "nl": "Tussenstand: deze controle is nog niet afgerond."},
    # hand over an export
    "web.export.heading": {"en": "Add your data export", "nl": "Voeg je data-export toe"},
    "web.export.intro": {
        "en": "With your own data export, the check can answer some questions by itself. The file is read on "
              "this computer only and deleted straight afterwards; only a few facts about your own profile are kept.",
        "nl": "Met je eigen data-export kan de controle een deel van de vragen zelf beantwoorden. Het bestand "
              "wordt alleen op deze computer gelezen en daarna meteen weggegooid; alleen een paar feiten over je "
              "eigen profiel worden bewaard.",
    },
    "web.export.file": {"en": "Your export (the zip file the platform sent you)",
                        "nl": "Je export (het zip-bestand dat je van het platform kreeg)"},
    "web.export.button": {"en": "Read the export", "nl": "Lees de export in"},
    "web.export.not_zip_hint": {
        "en": "Choose the .zip file the platform sent you, as it is: do not unzip it first.",
        "nl": "Kies het zip-bestand dat je van het platform kreeg, zoals het is: pak het niet eerst uit.",
    },
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
    "web.export.too_large": {"en": "The file is too large: more than {mb} MB.",
                             "nl": "Het bestand is te groot: meer dan {mb} MB."},
    "web.export.next": {"en": "Continue with your check", "nl": "Ga verder met je controle"},
    "web.export.begin": {"en": "Start your check", "nl": "Begin je controle"},
    # history
    "web.history.heading": {"en": "Earlier checks", "nl": "Eerdere controles"},
    "web.history.none": {"en": "No checks yet.", "nl": "Nog geen controles."},
    "web.history.caption": {"en": "Your checks, newest first", "nl": "Je controles, nieuwste eerst"},
    "web.history.number": {"en": "Number", "nl": "Nummer"},
    "web.history.date": {"en": "Date", "nl": "Datum"},
    "web.history.goal": {"en": "Goal", "nl": "Doel"},
    "web.history.score": {"en": "Score", "nl": "Score"},
    "web.history.coverage": {"en": "Checked", "nl": "Nagegaan"},
    "web.history.platforms": {"en": "Accounts", "nl": "Accounts"},
    "web.history.state": {"en": "Status", "nl": "Status"},
    "web.history.links": {"en": "Open", "nl": "Openen"},
    "web.history.finished": {"en": "finished", "nl": "afgerond"},
    "web.history.unfinished": {"en": "not finished", "nl": "niet af"},
    "web.history.report": {"en": "Report of check {id}", "nl": "Rapport van controle {id}"},
    "web.history.resume": {"en": "Resume check {id}", "nl": "Hervat controle {id}"},
    "web.history.accepted": {"en": "Accepted risks", "nl": "Geaccepteerde risico’s"},
    "web.history.no_accepted": {"en": "You have not accepted any risk.", "nl": "Je hebt geen risico geaccepteerd."},
    # accepting a risk
    "web.accept.heading": {"en": "Accept a risk", "nl": "Een risico accepteren"},
    "web.accept.advice": {"en": "The advice:", "nl": "Het advies:"},
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
    "web.refused.back_export": {"en": "Choose another file", "nl": "Kies een ander bestand"},
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
    "web.q.aim": {"en": "What you are aiming for: {title}.", "nl": "Zo wil je het hebben: {title}."},
    "web.refused.stalled": {
        "en": "The file stopped arriving: nothing came for a minute, so it was not read. Please try again.",
        "nl": "Het bestand kwam niet meer binnen: een minuut lang kwam er niets, dus het is niet gelezen. "
              "Probeer het nog eens.",
    },
    "web.serve.already": {"en": "Your check is already running for this store; it is at {url}",
                          "nl": "Je controle draait al voor deze auditopslag; hij staat op {url}"},
    "web.serve.idle_stopped": {"en": "Nobody used the page for {duration}, so it stopped by itself.",
                               "nl": "De pagina is {duration} niet gebruikt en is daarom vanzelf gestopt."},
    "web.serve.idle_range": {"en": "--stop-when-idle {given}: give a number of minutes greater than 0.",
                             "nl": "--stop-when-idle {given}: geef een aantal minuten groter dan 0."},
    "web.serve.idle_hint": {"en": "Leave it out to stop after 2 hours without a visit.",
                            "nl": "Laat het weg om na 2 uur zonder bezoek te stoppen."},
    "web.serve.hour": {"en": "{n} hour", "nl": "{n} uur"},
    "web.serve.hours": {"en": "{n} hours", "nl": "{n} uur"},
    "web.serve.minute": {"en": "{n} minute", "nl": "{n} minuut"},
    "web.serve.minutes": {"en": "{n} minutes", "nl": "{n} minuten"},
}

# -- share: an audit's anonymous summary for a trainer ------------------------------------
SHARE: dict[str, Entry] = {
    "share.file_name": {"en": "auditor-share-{id}.json", "nl": "auditor-deelbestand-{id}.json"},
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
        "nl": "Maak die eerst af met: auditor audit",
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
}

# -- answers: reading an answers file and a typed answer ----------------------------------
ANSWERS: dict[str, Entry] = {
    # -- answers files (audit --answers) ---------------------------------------------
    "answers.not-mapping": {
        "en": "{path}:1: expected a mapping like {{goal: balanced, lang: en, answers: {{CHECK_ID: VALUE}}}}",
        "nl": "{path}:1: verwacht een lijst zoals {{goal: balanced, lang: nl, answers: {{VRAAG: WAARDE}}}}"},
    "answers.unknown-field": {
        "en": "unknown field '{key}'; expected goal, lang, platform_lang and answers",
        "nl": "onbekend veld '{key}'; verwacht: goal, lang, platform_lang en answers"},
    "answers.bad-platform-lang": {
        "en": "platform_lang '{given}' is not one of en, nl (or a mapping like {{linkedin: en, facebook: nl}})",
        "nl": "platform_lang '{given}' is niet een van en, nl (of een lijst zoals {{linkedin: en, facebook: nl}})"},
    "answers.platform-lang-unknown": {
        "en": "platform_lang names '{platform}', which is not a platform (known: {known})",
        "nl": "platform_lang noemt '{platform}', dat geen platform is (bekend: {known})"},
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
        "nl": "'{given}' is geen antwoord op {id}; verwacht: {expected} of weet niet"},
    "answers.removed": {
        "en": "'{id}' is a setting the platform removed on {date}; answer ignored",
        "nl": "'{id}' is een instelling die het platform op {date} heeft verwijderd; antwoord genegeerd"},
    "answers.problems": {
        "en": "{path}: {n} problems in this answers file:",
        "nl": "{path}: {n} fouten in dit antwoordbestand:"},
    "answers.problems.one": {
        "en": "{path}: 1 problem in this answers file:",
        "nl": "{path}: 1 fout in dit antwoordbestand:"},
}

# -- wizard: the terminal wizard's own sentences ------------------------------------------
WIZARD: dict[str, Entry] = {
    "wizard.where.page": {"en": "Where you do this", "nl": "Waar je dit doet"},
    # -- the terminal wizard ---------------------------------------------------------
    "wizard.progress": {"en": "{platform} — {n} of {m}", "nl": "{platform} — {n} van {m}"},
    "wizard.where": {"en": "Where", "nl": "Waar"},
    "wizard.keys": {
        "en": "? help · u not sure · s skip · b back · q quit",
        "nl": "? uitleg · w weet niet · s overslaan · t terug · q stoppen"},
    "wizard.keys.keep": {"en": "Enter keeps it", "nl": "Enter = klopt"},
    "wizard.yours": {"en": "Your answer: {value}", "nl": "Je antwoord: {value}"},
    "wizard.saved": {"en": "saved", "nl": "opgeslagen"},
    "wizard.saved.unsure": {
        "en": "saved as not sure; you get this question again next time",
        "nl": "opgeslagen als 'weet ik niet'; je krijgt deze vraag de volgende keer weer"},
    "wizard.bad": {"en": "{error}", "nl": "{error}"},
    "wizard.bad.toggle": {
        "en": "'{given}' is not an answer here: type 1 (yes) or 2 (no).",
        "nl": "'{given}' past hier niet: typ 1 (ja) of 2 (nee)."},
    "wizard.bad.choice": {
        "en": "'{given}' is not one of the choices: type a number from 1 to {n}.",
        "nl": "'{given}' is geen van de keuzes: typ een nummer van 1 tot en met {n}."},
    "wizard.yes-no": {
        "en": "Type y (yes) or n (no), or press Enter.", "nl": "Typ j (ja) of n (nee), of druk op Enter."},
    "wizard.first": {"en": "This is the first question.", "nl": "Dit is de eerste vraag."},
    "wizard.skipped": {
        "en": "skipped; you can answer it later", "nl": "overgeslagen; je kunt dit later nog beantwoorden"},
    "wizard.intro": {
        "en": "Type the number of your answer and press Enter; ? tells you more.",
        "nl": "Typ het nummer van je antwoord en druk op Enter; ? geeft uitleg."},
    "wizard.number": {"en": "a whole number", "nl": "een heel getal"},
    "wizard.number.range": {"en": "{low} to {high}", "nl": "{low} tot en met {high}"},
    "wizard.text": {"en": "type your answer", "nl": "typ je antwoord"},
    "wizard.help": {"en": "Help", "nl": "Uitleg"},
    "wizard.goal.intro": {
        "en": "What is your goal?\nWhere advice differs, it decides what counts as a point to improve:",
        "nl": "Wat is je doel?\nWaar adviezen verschillen, bepaalt je doel wat als verbeterpunt telt:"},
    "wizard.goal.ask": {"en": "Goal (1-3, Enter = {default}): ", "nl": "Doel (1-3, Enter = {default}): "},
    "wizard.goal.bad": {
        "en": "Choose 1, 2 or 3 (or visible, balanced, private).",
        "nl": "Kies 1, 2 of 3 (of zichtbaar, gebalanceerd, privé)."},
    "wizard.lang.ask": {"en": "Language / taal: 1) English  2) Nederlands (Enter = {default}): ",
                        "nl": "Language / taal: 1) English  2) Nederlands (Enter = {default}): "},
    "wizard.lang.bad": {"en": "Type 1 or 2 / Typ 1 of 2.", "nl": "Type 1 or 2 / Typ 1 of 2."},
    "wizard.started": {
        "en": "Started audit #{id} ({platforms}; goal: {goal}).",
        "nl": "Controle #{id} gestart ({platforms}; doel: {goal})."},
    "wizard.started.carried": {
        "en": "Started audit #{id}; the answers of audit #{previous} are carried over.",
        "nl": "Controle #{id} gestart; de antwoorden van controle #{previous} zijn overgenomen."},
    "wizard.resume.found": {
        "en": "Audit #{id} of {started} is unfinished ({answered} answered so far).",
        "nl": "Controle #{id} van {started} is nog niet af (tot nu toe {answered} beantwoord)."},
    "wizard.resume.ask": {"en": "Resume it? [Y/n] ", "nl": "Verdergaan waar je was? [J/n] "},
    "wizard.resume.no": {
        "en": "Starting a new audit.\nAudit #{id} stays in your history as unfinished; its answers are not "
              "carried over.",
        "nl": "Je begint een nieuwe controle.\nControle #{id} blijft als onafgemaakt in je geschiedenis staan; "
              "de antwoorden daaruit worden niet overgenomen."},
    "wizard.resumed": {"en": "Resuming audit #{id} (goal: {goal}).", "nl": "Verder met controle #{id} (doel: {goal})."},
    "wizard.resumed.changed": {
        "en": "Resuming audit #{id}, now with goal {goal} and language {lang} (was {old_goal}, {old_lang}).",
        "nl": "Verder met controle #{id}, nu met doel {goal} en taal {lang} (was {old_goal}, {old_lang})."},
    "wizard.settled": {
        "en": "Already settled by evidence, not asked: {described}.",
        "nl": "Al bekend, dus niet gevraagd: {described}."},
    "wizard.settled.part": {"en": "{n} from your {source}", "nl": "{n} dankzij je {source}"},
    "wizard.review.ask": {
        "en": "Review them (confirm or correct)? [y/N] ",
        "nl": "Wil je ze nalopen (bevestigen of verbeteren)? [j/N] "},
    "wizard.nothing": {
        "en": "Nothing to ask: every applicable check is answered.",
        "nl": "Niets te vragen: elke vraag die voor jou geldt is beantwoord."},
    "wizard.saved.again": {
        "en": "Saved. To carry on where you stopped, run:\n  {command}",
        "nl": "Opgeslagen. Ga later verder waar je was met:\n  {command}"},
    "wizard.no-terminal": {
        "en": "There is no terminal to ask questions on (standard input is not a terminal).",
        "nl": "Er is geen terminal om vragen op te stellen (de invoer is geen terminal)."},
    "wizard.no-terminal.hint": {
        "en": "Run without prompts from an answers file:  auditor audit --answers answers.yaml\n"
              "(an example: auditor history --export ID > answers.yaml, or see the README).",
        "nl": "Gebruik zonder vragen een antwoordbestand:  auditor audit --answers answers.yaml\n"
              "(een voorbeeld: auditor history --export ID > answers.yaml, of zie de README)."},
    "wizard.recorded": {
        "en": "Recorded answers from {file} in audit #{id}: {n}.",
        "nl": "Antwoorden uit {file} vastgelegd in controle #{id}: {n}."},
    "wizard.evidence-only": {
        "en": "The answers file holds no answers: the audit holds what your evidence settled.",
        "nl": "Het antwoordbestand bevat geen antwoorden: de controle bevat wat je bewijs al vaststelde."},
    "wizard.notice": {"en": "notice: {text}", "nl": "let op: {text}"},
    "wizard.aim": {"en": "What you are aiming for: {title}.", "nl": "Zo wil je het hebben: {title}."},
    "wizard.impact": {"en": "What you give up: {text}", "nl": "Wat je inlevert: {text}"},
    "wizard.empty": {
        "en": "Enter alone has no answer to keep here: type your answer (or u if you are not sure, s to skip).",
        "nl": "Alleen Enter heeft hier geen antwoord om over te nemen: typ je antwoord (of w als je het niet "
              "weet, s om over te slaan)."},
}

# -- rule: a checklist rule's problems, for maintainers -----------------------------------
RULE: dict[str, Entry] = {
    # the rule vocabulary in words (auditor checklists show): one entry per operator
    "rule.on": {"en": "is on", "nl": "staat aan"},
    "rule.off": {"en": "is off", "nl": "staat uit"},
    "rule.equals": {"en": "is {value}", "nl": "is {value}"},
    "rule.not_equals": {"en": "is not {value}", "nl": "is niet {value}"},
    "rule.one_of": {"en": "is one of {value}", "nl": "is een van {value}"},
    "rule.not_one_of": {"en": "is none of {value}", "nl": "is geen van {value}"},
    "rule.matches": {"en": "matches {value}", "nl": "past bij {value}"},
    "rule.not_matches": {"en": "does not match {value}", "nl": "past niet bij {value}"},
    "rule.min_words": {"en": "has at least {value} words", "nl": "heeft minstens {value} woorden"},
    "rule.max_words": {"en": "has at most {value} words", "nl": "heeft hoogstens {value} woorden"},
    "rule.min_length": {"en": "is at least {value} characters long", "nl": "is minstens {value} tekens lang"},
    "rule.max_length": {"en": "is at most {value} characters long", "nl": "is hoogstens {value} tekens lang"},
    "rule.at_least": {"en": "is at least {value}", "nl": "is minstens {value}"},
    "rule.at_most": {"en": "is at most {value}", "nl": "is hoogstens {value}"},
    "rule.in_list": {"en": "is in the word list {value}", "nl": "staat in de woordenlijst {value}"},
    "rule.not_in_list": {"en": "is not in the word list {value}", "nl": "staat niet in de woordenlijst {value}"},
    "rule.present": {"en": "is filled in", "nl": "is ingevuld"},
    "rule.absent": {"en": "is not filled in", "nl": "is niet ingevuld"},
    "rule.all": {"en": " and ", "nl": " en "},
    "rule.any": {"en": " or ", "nl": " of "},
    "rule.not": {"en": "not ({rule})", "nl": "niet ({rule})"},
}

# -- workshop: the trainer's overview of many shares --------------------------------------
WORKSHOP: dict[str, Entry] = {
    # auditor workshop: command messages
    "workshop.bad_files": {
        "en": "Files that cannot be read as share files ({count}):",
        "nl": "Bestanden die niet als deelbestand te lezen zijn ({count}):",
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
        "en": "Wrote {path}: the group's overview (participants: {count}).",
        "nl": "{path} is opgeslagen: het overzicht van de groep (deelnemers: {count}).",
    },
    # the overview page
    "workshop.title": {"en": "Workshop overview", "nl": "Overzicht van de workshop"},
    "workshop.generated": {"en": "Made on {date}", "nl": "Gemaakt op {date}"},
    "workshop.days": {"en": "audits from {first} to {last}", "nl": "controles van {first} tot en met {last}"},
    "workshop.day": {"en": "audits of {day}", "nl": "controles van {day}"},
    "workshop.participants": {"en": "participants", "nl": "deelnemers"},
    "workshop.participant": {"en": "participant", "nl": "deelnemer"},
    "workshop.few": {
        "en": "Fewer than 3 participants: from these counts you can tell what an individual answered. "
              "Do not show this overview to the group.",
        "nl": "Minder dan 3 deelnemers: uit deze aantallen kun je afleiden wat iemand afzonderlijk heeft "
              "geantwoord. Laat dit overzicht niet aan de groep zien.",
    },
    "workshop.duplicates": {
        "en": "Shares handed in more than once: {count}. Each share counts once.",
        "nl": "Deelbestanden die vaker zijn ingeleverd: {count}. Elk deelbestand telt één keer.",
    },
    "workshop.skipped_note": {
        "en": "Files left out because they could not be read: {count}.",
        "nl": "Bestanden die niet te lezen waren en zijn weggelaten: {count}.",
    },
    "workshop.anonymous": {
        "en": "Built from anonymous share files: per check only whether it is in order, is something to improve or is "
              "still open. Nobody's answers are in it.",
        "nl": "Gemaakt uit anonieme deelbestanden: per controle alleen of die in orde is, een verbeterpunt is "
              "of nog open staat. Niemands antwoorden staan erin.",
    },
    "workshop.goals": {"en": "Goals", "nl": "Doelen"},
    "workshop.goal_visible": {"en": "visible: be found", "nl": "zichtbaar: gevonden worden"},
    "workshop.goal_balanced": {"en": "balanced: open where it helps", "nl": "gebalanceerd: open waar het helpt"},
    "workshop.goal_private": {"en": "private: show little", "nl": "privé: weinig laten zien"},
    "workshop.platforms": {"en": "Platforms", "nl": "Platforms"},
    "workshop.platform": {"en": "Platform", "nl": "Platform"},
    "workshop.count": {"en": "Participants", "nl": "Deelnemers"},
    "workshop.versions": {"en": "Checklist version", "nl": "Versie van de checklist"},
    "workshop.teach_first": {"en": "What to teach first", "nl": "Wat je als eerste behandelt"},
    "workshop.teach_first_intro": {
        "en": "The most common important gaps (high and medium) in this room.",
        "nl": "De belangrijke verbeterpunten (hoog en middel) die in deze groep het vaakst voorkomen.",
    },
    "workshop.teach_first_none": {
        "en": "Nobody has an important gap. Well done, room.",
        "nl": "Niemand heeft een belangrijk verbeterpunt. Goed gedaan!",
    },
    "workshop.of": {
        "en": "Still to do for {gap} of the {count} participants who checked {platform}",
        "nl": "Nog te doen voor {gap} van de {count} deelnemers die {platform} hebben gecontroleerd",
    },
    "workshop.withheld": {
        "en": "Fewer than {minimum} participants checked {platform}: their results are not shown, so that nobody's "
              "answers can be read off them.",
        "nl": "Minder dan {minimum} deelnemers hebben {platform} gecontroleerd: hun uitkomsten staan er niet in, "
              "zodat niemands antwoorden eruit af te lezen zijn.",
    },
    "workshop.hidden_rows": {
        "en": "Checks answered by fewer than {minimum} participants are left out ({count}), so that nobody's "
              "answers can be read off them.",
        "nl": "Controles die door minder dan {minimum} deelnemers zijn beantwoord, staan er niet in ({count}), "
              "zodat niemands antwoorden eruit af te lezen zijn.",
    },
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

# -- screen words in the language of the person's platform (auditor.labels) ---------------
LABELS: dict[str, Entry] = {
    "labels.mark.note": {
        "en": "≈ our wording: your screen may word it slightly differently.",
        "nl": "≈ onze woorden: op je scherm kan het iets anders heten.",
    },
    "labels.original": {"en": "On a screen in {lang}: {label}", "nl": "Op een {lang} scherm: {label}"},
    "labels.lang.en": {"en": "English", "nl": "Engels"},
    "labels.lang.nl": {"en": "Dutch", "nl": "Nederlands"},
    "labels.name.en": {"en": "English", "nl": "English"},
    "labels.name.nl": {"en": "Nederlands", "nl": "Nederlands"},
    "labels.ask": {
        "en": "Which language do you use {platform} in?",
        "nl": "In welke taal gebruik je {platform}?",
    },
    "labels.ask.why": {
        "en": "Menus, settings and buttons are then named as your screen shows them.",
        "nl": "Dan noemen we menu's, instellingen en knoppen zoals jouw scherm ze laat zien.",
    },
    "labels.ask.prompt": {
        "en": "  1) Nederlands  2) English (Enter = {default}): ",
        "nl": "  1) Nederlands  2) English (Enter = {default}): ",
    },
    "labels.ask.bad": {"en": "Type 1 or 2.", "nl": "Typ 1 of 2."},
    "labels.show.unconfirmed": {
        "en": "  screen words not confirmed: en {en} of {n}, nl {nl} of {n} active checks",
        "nl": "  schermwoorden niet bevestigd: en {en} van {n}, nl {nl} van {n} actieve controles",
    },
}

# -- screens: the label recorder (checklists record/compare) ------------------------------
SCREENS: dict[str, Entry] = {
    # -- checklists record / compare: the label recorder, for maintainers ------------------------
    "screens.no_pages": {"en": "The {platform} checklist has no active check with a settings page to read.",
                         "nl": "De checklist van {platform} heeft geen actieve controle met een instellingenpagina."},
    "screens.progress": {"en": "[{n}/{total}] reading {url}", "nl": "[{n}/{total}] lees {url}"},
    "screens.written": {
        "en": "Wrote {path}: what {n} settings pages of {platform} say in the '{lang}' interface. "
              "Next: auditor checklists compare {path}",
        "nl": "{path} geschreven: wat {n} instellingenpagina's van {platform} zeggen in de taal '{lang}'. "
              "Daarna: auditor checklists compare {path}",
    },
    "screens.stopped.login": {
        "en": "Stopped: {url} asks you to sign in. The {n} pages read before it are in {path}.",
        "nl": "Gestopt: {url} vraagt je in te loggen. De {n} pagina's daarvoor staan in {path}.",
    },
    "screens.stopped.checkpoint": {
        "en": "Stopped: {url} shows a security check (a captcha or checkpoint). The {n} pages read before it "
              "are in {path}.",
        "nl": "Gestopt: {url} toont een beveiligingscontrole (een captcha of checkpoint). De {n} pagina's "
              "daarvoor staan in {path}.",
    },
    "screens.stopped.hint": {
        "en": "Sign in (or pass the check) in the auditor's browser window yourself, then run the same command "
              "again. The recorder never types or clicks for you.",
        "nl": "Log zelf in (of doorloop de controle) in het browservenster van de auditor en geef dan hetzelfde "
              "commando opnieuw. De recorder typt en klikt nooit voor je.",
    },
    "screens.bad_snapshot": {
        "en": "{path}: field '{field}' is {given}, which is not what a screen snapshot holds there.",
        "nl": "{path}: veld '{field}' is {given}, en dat hoort daar niet in een schermsnapshot.",
    },
    "screens.reason.missing": {"en": "not in the snapshot", "nl": "niet in de snapshot"},
    "screens.reason.login": {"en": "the page asked to sign in", "nl": "de pagina vroeg om in te loggen"},
    "screens.reason.checkpoint": {"en": "the page showed a security check",
                                  "nl": "de pagina toonde een beveiligingscontrole"},
    "screens.reason.error": {"en": "the page could not be read", "nl": "de pagina was niet te lezen"},
    "screens.patch_header": {
        "en": "Proposed catalogue edits from {name}, made by `auditor checklists compare`.\n"
              "Review each one against the screen, then make it in checklists/<platform>.yaml by hand,\n"
              "with a history entry (see docs/updating-a-checklist.md). Nothing here changes the catalogue.",
        "nl": "Voorgestelde wijzigingen in de catalogus uit {name}, gemaakt door `auditor checklists compare`.\n"
              "Bekijk elke wijziging naast het scherm en breng hem dan met de hand aan in\n"
              "checklists/<platform>.yaml,"
              " met een regel in de geschiedenis (zie docs/updating-a-checklist.md).\n"
              "Hier verandert niets aan de catalogus.",
    },
    "screens.bad_snapshot.hint": {
        "en": "A snapshot is written by: auditor checklists record PLATFORM --ui-lang nl --out SNAPSHOT.yaml",
        "nl": "Een snapshot schrijf je met: auditor checklists record PLATFORM --ui-lang nl --out SNAPSHOT.yaml",
    },
    "screens.compare.written": {"en": "Wrote {path}.", "nl": "{path} geschreven."},
    "screens.compare.head": {
        "en": "What the {platform} screens said in '{lang}' on {date}, against the catalogue:",
        "nl": "Wat de schermen van {platform} in de taal '{lang}' zeiden op {date}, naast de catalogus:",
    },
    "screens.compare.incomplete": {
        "en": "(The recording stopped early: checks on the pages after it are 'not read'.)",
        "nl": "(Het vastleggen stopte vroeg: controles op de pagina's daarna zijn 'niet gelezen'.)",
    },
    "screens.compare.ours": {"en": "    catalogue: {text}", "nl": "    catalogus: {text}"},
    "screens.compare.screen": {"en": "    screen:    {text}", "nl": "    scherm:    {text}"},
    "screens.compare.there": {"en": "    the page shows: {text}", "nl": "    de pagina toont: {text}"},
    "screens.compare.summary": {
        "en": "Confirmed {confirmed} · label differs {differs} · path differs {path} · not found {missing} · "
              "not read {unread} · new controls {new}",
        "nl": "Bevestigd {confirmed} · label anders {differs} · pad anders {path} · niet gevonden {missing} · "
              "niet gelezen {unread} · nieuwe knoppen {new}",
    },
    "screens.kind.confirmed": {"en": "confirmed", "nl": "bevestigd"},
    "screens.kind.label-differs": {"en": "label differs", "nl": "label anders"},
    "screens.kind.path-differs": {"en": "path differs", "nl": "pad anders"},
    "screens.kind.not-found": {"en": "not found", "nl": "niet gevonden"},
    "screens.kind.not-recorded": {"en": "not read", "nl": "niet gelezen"},
    "screens.kind.new": {"en": "new control", "nl": "nieuwe knop"},
}

# -- setup: making the auditor easy to start (a shortcut, the PDF's browser) --------------
SETUP: dict[str, Entry] = {
    "setup.browser_extra": {
        "en": "Reading settings in your browser needs the browser add-on; add it with: "
              "pipx install --force 'social-auditor[browser]' (or: uv tool install 'social-auditor[browser]').",
        "nl": "Voor instellingen lezen in je browser is de browseruitbreiding nodig; voeg die toe met: "
              "pipx install --force 'social-auditor[browser]' (of: uv tool install 'social-auditor[browser]').",
    },
}

# -- shortcut: the desktop or menu shortcut that opens the page ---------------------------
SHORTCUT: dict[str, Entry] = {
    "shortcut.name": {"en": "Privacy check-up", "nl": "Privacycontrole"},
    "shortcut.comment": {
        "en": "Check your LinkedIn, Facebook, X and Instagram settings, one question at a time",
        "nl": "Controleer je instellingen op LinkedIn, Facebook, X en Instagram, vraag voor vraag",
    },
    "shortcut.made": {
        "en": "“{name}” is now in your app menu and on your desktop. Double-click it to start; it opens the "
              "page in your browser.",
        "nl": "„{name}” staat nu in je programmamenu en op je bureaublad. Dubbelklik erop om te beginnen; het "
              "opent de pagina in je browser.",
    },
    "shortcut.made_menu": {
        "en": "“{name}” is now in your app menu. Click it to start; it opens the page in your browser.",
        "nl": "„{name}” staat nu in je programmamenu. Klik erop om te beginnen; het opent de pagina in je browser.",
    },
    "shortcut.made_mac": {
        "en": "“{name}” is now in your Applications folder (Launchpad, Spotlight). Drag it to the Dock to keep it "
              "at hand; double-click it to start.",
        "nl": "„{name}” staat nu in je map Apps (Launchpad, Spotlight). Sleep het naar het Dock om het bij de "
              "hand te houden; dubbelklik erop om te beginnen.",
    },
    "shortcut.file": {"en": "  {path}", "nl": "  {path}"},
    "shortcut.removed": {"en": "Removed “{name}”:", "nl": "„{name}” is weggehaald:"},
    "shortcut.nothing": {"en": "There was no “{name}” to remove.", "nl": "Er was geen „{name}” om weg te halen."},
    "shortcut.no_program": {
        "en": "The auditor program was not found next to this Python ({path}), so the shortcut would not start.",
        "nl": "Het programma auditor staat niet naast deze Python ({path}), dus de snelkoppeling zou niet starten.",
    },
    "shortcut.no_program_hint": {
        "en": "Install it for keeps first: uv tool install social-auditor (or: pipx install social-auditor), "
              "then run auditor shortcut again.",
        "nl": "Installeer het eerst blijvend: uv tool install social-auditor (of: pipx install social-auditor), "
              "en geef daarna opnieuw auditor shortcut.",
    },
    "shortcut.taken": {
        "en": "{path} already exists and was not made by auditor, so it is left alone.",
        "nl": "{path} bestaat al en is niet door auditor gemaakt, dus het blijft zoals het is.",
    },
    "shortcut.taken_hint": {
        "en": "Move or rename it, then run auditor shortcut again.",
        "nl": "Verplaats het of geef het een andere naam, en geef daarna opnieuw auditor shortcut.",
    },
    "shortcut.failed": {
        "en": "Windows could not make the shortcut: {problem}",
        "nl": "Windows kon de snelkoppeling niet maken: {problem}",
    },
    "shortcut.failed_hint": {
        "en": "You can always start it by typing: auditor serve",
        "nl": "Je kunt het altijd starten door dit te typen: auditor serve",
    },
}

# -- typed: the words a person types (at a prompt, in an answers file) -------------------
# Alternatives are separated by "|". Every language's words are accepted whatever language the
# tool speaks (a Dutch person may type "yes"); ``typed(key)`` gives them all, case-folded.
TYPED: dict[str, Entry] = {
    "typed.help": {"en": "?|h|help", "nl": "?|uitleg"},
    "typed.unsure": {"en": "u|unsure|not sure|?!", "nl": "w|weet niet|weet ik niet"},
    "typed.skip": {"en": "s|skip", "nl": "s|overslaan"},
    "typed.back": {"en": "b|back", "nl": "t|terug"},
    "typed.quit": {"en": "q|quit|stop", "nl": "stop|stoppen"},
    "typed.yes": {"en": "y|yes", "nl": "j|ja"},
    "typed.no": {"en": "n|no", "nl": "n|nee"},
    "typed.lang.en": {"en": "1|en|english", "nl": "engels"},
    "typed.lang.nl": {"en": "2|nl|dutch", "nl": "nederlands"},
    # an answer to a yes/no (on/off) question, at a prompt or in a file
    "typed.on": {"en": "on|yes|y|true", "nl": "aan|ja|j"},
    "typed.off": {"en": "off|no|n|false", "nl": "uit|nee"},
    "typed.answer.unsure": {"en": "unsure|not sure|?|don't know|dont know", "nl": "weet niet|weet ik niet|niet zeker"},
}

# -- the command line's help (auditor --help, auditor COMMAND --help), argparse's own words too --
# argparse fills in "%(prog)s"-style names, so a literal percent sign is written "%%" here.
HELP: dict[str, Entry] = {
    "help.usage": {"en": "usage: ", "nl": "gebruik: "},
    "help.positionals": {"en": "positional arguments", "nl": "argumenten"},
    "help.options": {"en": "options", "nl": "opties"},
    "help.help": {"en": "show this help message and exit", "nl": "toon deze hulp en stop"},
    "help.version": {"en": "show the version number and exit", "nl": "toon het versienummer en stop"},
    "help.store": {"en": "store and catalogue", "nl": "opslag en catalogus"},
    "help.db": {"en": "the audit store (default: your data directory; env AUDITOR_DB)",
                "nl": "de opslag van je controles (standaard: je gegevensmap; of AUDITOR_DB)"},
    "help.checklists-dir": {"en": "use another catalogue directory (env AUDITOR_CHECKLISTS)",
                        "nl": "gebruik een andere map met checklists (of AUDITOR_CHECKLISTS)"},
    "help.lang": {"en": "language of the messages (default: your locale)",
                  "nl": "taal van de meldingen (standaard: de taal van je systeem)"},
    "help.command": {"en": "COMMAND", "nl": "OPDRACHT"},
    "help.description": {
        "en": "Audit your social-network privacy and profile settings against a dated, sourced checklist, "
              "and get a report of exactly what to fix. Nothing leaves your machine.",
        "nl": "Loop je privacy- en profielinstellingen van sociale netwerken na met een gedateerde checklist "
              "met bronnen, en krijg een rapport van precies wat je kunt verbeteren. Er gaat niets van je "
              "computer af."},
    "help.epilog": {
        "en": "first time? run:  auditor demo\nthen your own:    auditor audit linkedin\n"
              "                  auditor report --open\n",
        "nl": "de eerste keer? probeer:  auditor demo\ndaarna je eigen:          auditor audit linkedin\n"
              "                          auditor report --open\n"},
    "help.examples": {"en": "examples:", "nl": "voorbeelden:"},
    "help.example": {"en": "example:", "nl": "voorbeeld:"},
    "help.fail-on": {"en": "exit 1 if open gaps at or above this severity remain",
                     "nl": "stop met code 1 als er punten van dit belang of hoger openstaan"},
    "help.cdp": {"en": "attach to a browser started with --remote-debugging-port (loopback only)",
                 "nl": "gebruik een browser die met --remote-debugging-port is gestart (alleen op deze computer)"},
    "help.browser-path": {"en": "the browser executable to use", "nl": "het browserprogramma dat je wilt gebruiken"},
    "help.profile-dir": {"en": "the browser profile directory to use",
                         "nl": "de map van het browserprofiel dat je wilt gebruiken"},
    "help.out.stdout": {"en": "write to FILE instead of standard output",
                        "nl": "schrijf naar FILE in plaats van naar het scherm"},
    "help.audit": {"en": "guided audit of one or more platforms (resumes an unfinished one)",
                   "nl": "controle met vragen van een of meer platforms (gaat verder waar je was gebleven)"},
    "help.audit.description": {
        "en": "Walk through the checks of each platform, one question at a time. Every answer is saved as you "
              "give it; quit any time and run the command again to resume.",
        "nl": "Loop de punten van elk platform na, een vraag tegelijk. Elk antwoord wordt meteen bewaard; stop "
              "wanneer je wilt en geef dezelfde opdracht opnieuw om verder te gaan."},
    "help.audit.platforms": {"en": "linkedin, facebook, x, instagram (default: all)",
                             "nl": "linkedin, facebook, x, instagram (standaard: alle)"},
    "help.audit.goal": {
        "en": "your stance: visible, balanced (default) or private (zichtbaar, gebalanceerd, privé)",
        "nl": "wat je wilt: zichtbaar, gebalanceerd (standaard) of privé (visible, balanced, private)"},
    "help.audit.lang": {"en": "language of questions and report", "nl": "taal van de vragen en het rapport"},
    "help.audit.platform-lang": {
        "en": "en or nl: the language you use the platforms in; menus, settings and buttons are named as that "
              "screen shows them (default: asked, else the language of the questions)",
        "nl": "en of nl: de taal waarin je de platforms gebruikt; menu's, instellingen en knoppen heten zoals dat "
              "scherm ze toont (standaard: gevraagd, anders de taal van de vragen)"},
    "help.audit.answers": {"en": "answers file (YAML or JSON): run without prompts",
                           "nl": "antwoordbestand (YAML of JSON): controleer zonder vragen"},
    "help.audit.new": {"en": "start a new audit even if one is unfinished",
                       "nl": "begin een nieuwe controle, ook als er een niet af is"},
    "help.audit.max-age": {"en": "re-ask answers older than this many days (default 180)",
                           "nl": "vraag opnieuw naar antwoorden die ouder zijn dan dit aantal dagen (standaard 180)"},
    "help.audit.browser": {"en": "read settings from your own browser (a dedicated profile)",
                           "nl": "lees instellingen uit je eigen browser (een apart profiel)"},
    "help.import": {"en": "read a platform data export (zip or folder) as evidence",
                    "nl": "lees een gegevensexport van een platform (zip of map) als bewijs"},
    "help.import.description": {
        "en": "Read your own data export offline. Nothing is extracted or sent; only your own fields and counts "
              "are stored.",
        "nl": "Lees je eigen gegevensexport zonder internet. Er wordt niets uitgepakt of verstuurd; alleen je "
              "eigen velden en aantallen worden bewaard."},
    "help.import.paths": {"en": "an export (zip or folder); several parts of one download, or a folder of parts",
                          "nl": "een export (zip of map); meerdere delen van een download, of een map met delen"},
    "help.import.lang": {"en": "language of the summary", "nl": "taal van de samenvatting"},
    "help.report": {"en": "write the report of the latest (or a given) audit",
                    "nl": "schrijf het rapport van de laatste (of een gekozen) controle"},
    "help.report.format": {"en": "html (default), json, pdf or text", "nl": "html (standaard), json, pdf of text"},
    "help.report.out": {"en": "where to write (default: auditor-report-<id>.<ext>)",
                        "nl": "waar het rapport komt (standaard: auditor-rapport-<id>.<ext>)"},
    "help.report.audit": {"en": "which audit (default: the latest)", "nl": "welke controle (standaard: de laatste)"},
    "help.report.lang": {"en": "report language (default: the audit's)",
                         "nl": "taal van het rapport (standaard: die van de controle)"},
    "help.report.platform-lang": {
        "en": "en or nl: the language you use the platforms in; menus, settings and buttons are named as that "
              "screen shows them (default: as the audit recorded)",
        "nl": "en of nl: de taal waarin je de platforms gebruikt; menu's, instellingen en knoppen heten zoals dat "
              "scherm ze toont (standaard: zoals de controle vastlegde)"},
    "help.report.redact": {"en": "hide e-mail addresses and phone numbers",
                           "nl": "verberg e-mailadressen en telefoonnummers"},
    "help.report.open": {"en": "open the report in your browser", "nl": "open het rapport in je browser"},
    "help.report.chrome": {
        "en": "--format pdf: the Chrome, Edge, Chromium or Brave to print with (default: the first found)",
        "nl": "--format pdf: de Chrome, Edge, Chromium of Brave die de pdf maakt (standaard: de eerste die er is)"},
    "help.history": {"en": "past audits with their scores", "nl": "eerdere controles met hun scores"},
    "help.history.platform": {"en": "only this platform's audits", "nl": "alleen de controles van dit platform"},
    "help.history.export": {"en": "print audit ID's answers (default: the latest audit's) as an answers file",
                            "nl": "toon de antwoorden van controle ID (standaard: de laatste) als antwoordbestand"},
    "help.checklists": {"en": "catalogue tools: list, show, validate, schema, diff, figures, record, compare",
                        "nl": "werken met de catalogus: list, show, validate, schema, diff, figures, record, "
                              "compare"},
    "help.checklists.action": {"en": "ACTION", "nl": "ACTIE"},
    "help.checklists.list": {"en": "the platforms and their checklists", "nl": "de platforms en hun checklists"},
    "help.checklists.list.lang": {"en": "language of the listing (default: your locale)",
                                  "nl": "taal van de lijst (standaard: de taal van je systeem)"},
    "help.checklists.show": {"en": "every check of one platform", "nl": "alle punten van een platform"},
    "help.checklists.show.lang": {"en": "language of the texts (default: your locale)",
                                  "nl": "taal van de teksten (standaard: de taal van je systeem)"},
    "help.checklists.validate": {"en": "check checklist files against the schema (default: the catalogue)",
                                 "nl": "controleer checklistbestanden tegen het schema (standaard: de catalogus)"},
    "help.checklists.schema": {"en": "write the checklist JSON Schema (for editors)",
                               "nl": "schrijf het JSON-schema van de checklists (voor editors)"},
    "help.checklists.diff": {"en": "what changed between two catalogue directories",
                             "nl": "wat er veranderde tussen twee mappen met checklists"},
    "help.checklists.diff.format": {"en": "text (default), markdown or json",
                                    "nl": "text (standaard), markdown of json"},
    "help.checklists.figures": {"en": "how well-founded each checklist is: labels, primary and recent sources",
                                "nl": "hoe goed elke checklist onderbouwd is: schermwoorden, eigen en recente bronnen"},
    "help.checklists.figures.today": {"en": "count the last 24 months back from this day (default: today)",
                                      "nl": "tel de laatste 24 maanden terug vanaf deze dag (standaard: vandaag)"},
    "help.checklists.figures.lang": {"en": "language of the figures (default: your locale)",
                                     "nl": "taal van de cijfers (standaard: de taal van je systeem)"},
    "help.checklists.record": {"en": "for maintainers: read what a platform's settings screens say now",
                               "nl": "voor beheerders: lees wat de instellingenschermen van een platform nu zeggen"},
    "help.checklists.record.ui-lang": {"en": "the language the platform's screens are set to in this browser",
                                       "nl": "de taal waarin de schermen van het platform in deze browser staan"},
    "help.checklists.record.out": {"en": "where to write the snapshot", "nl": "waar de momentopname komt"},
    "help.checklists.record.pause": {"en": "pause between two pages (default 3)",
                                     "nl": "pauze tussen twee pagina's (standaard 3)"},
    "help.checklists.record.own-name": {
        "en": "a name or handle of yours never to record (the page header's are found by themselves)",
        "nl": "een naam of gebruikersnaam van jou die nooit wordt vastgelegd (die in de paginakop worden "
              "vanzelf gevonden)"},
    "help.checklists.compare": {"en": "for maintainers: hold a screen snapshot against the catalogue",
                                "nl": "voor beheerders: leg een momentopname van de schermen naast de catalogus"},
    "help.checklists.compare.format": {"en": "text to read, or yaml: the edits as a patch to review",
                                       "nl": "text om te lezen, of yaml: de wijzigingen als patch om na te kijken"},
    "help.accept": {"en": "record an accepted risk: the gap stays visible, marked accepted",
                    "nl": "leg een bewuste keuze vast: het punt blijft zichtbaar, gemarkeerd als geaccepteerd"},
    "help.accept.reason": {"en": "why you keep the setting (required, shown in the report)",
                           "nl": "waarom je de instelling zo houdt (verplicht, staat in het rapport)"},
    "help.accept.until": {"en": "YYYY-MM-DD; after this date the gap counts again",
                          "nl": "JJJJ-MM-DD; na deze datum telt het punt weer mee"},
    "help.accept.remove": {"en": "withdraw the acceptance", "nl": "trek de acceptatie in"},
    "help.demo": {"en": "run the whole flow on a fictional person and write a report",
                  "nl": "doorloop alles met een verzonnen persoon en schrijf een rapport"},
    "help.demo.out": {"en": "report path (default: ./auditor-demo-report.html)",
                      "nl": "waar het rapport komt (standaard: ./auditor-demo-report.html)"},
    "help.demo.platform-lang": {
        "en": "en or nl: the language you use the platforms in; menus, settings and buttons are named as that "
              "screen shows them (default: the language of the report)",
        "nl": "en of nl: de taal waarin je de platforms gebruikt; menu's, instellingen en knoppen heten zoals dat "
              "scherm ze toont (standaard: de taal van het rapport)"},
    "help.serve": {"en": "the guided audit as a local web page in your browser",
                   "nl": "de controle met vragen als webpagina in je eigen browser"},
    "help.serve.port": {"en": "port on 127.0.0.1 (default 0: a free one)",
                        "nl": "poort op 127.0.0.1 (standaard 0: een vrije)"},
    "help.serve.no-browser": {"en": "do not open the browser; just print the address",
                              "nl": "open de browser niet; toon alleen het adres"},
    "help.serve.stop-when-idle": {"en": "stop after this many minutes without a visit (default 120)",
                                  "nl": "stop na zoveel minuten zonder bezoek (standaard 120)"},
    "help.serve.lang": {"en": "language of the pages (default: your locale)",
                        "nl": "taal van de pagina's (standaard: de taal van je systeem)"},
    "help.shortcut": {"en": 'put "Privacy check-up" (Privacycontrole) in your app menu and on your desktop',
                      "nl": 'zet "Privacycontrole" (Privacy check-up) in je programmamenu en op je bureaublad'},
    "help.shortcut.description": {"en": "A launcher that starts the page (auditor serve) with a double-click.",
                                  "nl": "Een snelkoppeling die de pagina (auditor serve) start met een dubbelklik."},
    "help.shortcut.remove": {"en": "take the launcher away again", "nl": "haal de snelkoppeling weer weg"},
    "help.shortcut.lang": {"en": "language of the launcher's name (default: your locale)",
                           "nl": "taal van de naam van de snelkoppeling (standaard: de taal van je systeem)"},
    "help.share": {"en": "write an anonymous summary of one audit for your trainer",
                   "nl": "schrijf een anonieme samenvatting van een controle voor je trainer"},
    "help.share.audit": {"en": "which audit (default: the latest finished)",
                         "nl": "welke controle (standaard: de laatste afgeronde)"},
    "help.share.out": {"en": "where to write the share file", "nl": "waar het deelbestand komt"},
    "help.workshop": {"en": "a trainer's overview of participants' share files",
                      "nl": "overzicht voor een trainer van de deelbestanden van deelnemers"},
    "help.workshop.files": {"en": "share files of participants", "nl": "deelbestanden van deelnemers"},
    "help.workshop.format": {"en": "html (default) or json", "nl": "html (standaard) of json"},
    "help.workshop.out": {"en": "where to write (default: auditor-workshop.<ext>)",
                          "nl": "waar het overzicht komt (standaard: auditor-workshop.<ext>)"},
    "help.workshop.lang": {"en": "language of the overview", "nl": "taal van het overzicht"},
    "help.workshop.skip-bad": {"en": "skip unreadable share files instead of stopping",
                               "nl": "sla onleesbare deelbestanden over in plaats van te stoppen"},
    "help.browser": {"en": "manage the dedicated browser profile", "nl": "beheer het aparte browserprofiel"},
    "help.browser.forget": {"en": "delete the auditor's browser profile (logs you out there)",
                            "nl": "verwijder het browserprofiel van de auditor (je wordt daar uitgelogd)"},
}

SECTIONS: dict[str, dict[str, Entry]] = {
    "cli": CLI, "interview": INTERVIEW, "import": IMPORT, "browser": BROWSER,
    "report": REPORT, "errors": ERRORS, "web": WEB, "share": SHARE, "typed": TYPED,
    "answers": ANSWERS, "wizard": WIZARD, "rule": RULE, "workshop": WORKSHOP, "screens": SCREENS,
    "setup": SETUP, "shortcut": SHORTCUT, "labels": LABELS, "help": HELP,
}

TABLE: dict[str, Entry] = {key: entry for section in SECTIONS.values() for key, entry in section.items()}

# The language spoken when a caller names none. It is a context variable, not a plain global:
# each thread and each request's task sees its own, and ``speaking`` restores it on the way
# out. Only the command line's boundary (``cli.main``) sets it for a whole run; code that serves
# several languages (the web page) passes ``lang=`` or speaks inside ``with speaking(lang):``.
_chosen: ContextVar[str] = ContextVar("auditor_lang", default=DEFAULT_LANG)


def set_lang(lang: str) -> Token[str]:
    """Choose the language for the rest of this run (the command line's boundary only);
    ``reset_lang`` with the token returned undoes it."""
    return _chosen.set(lang if lang in LANGS else DEFAULT_LANG)


def reset_lang(token: Token[str]) -> None:
    _chosen.reset(token)


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Speak ``lang`` inside the block (nothing changes for ``None``), e.g. one request's
    export readers, or a command that learns the language from an audit or a file."""
    chosen = lang if lang in LANGS else _chosen.get()
    token = _chosen.set(chosen)
    try:
        yield chosen
    finally:
        _chosen.reset(token)


def current_lang() -> str:
    return _chosen.get()


def locale_lang() -> str:
    """Dutch for a Dutch locale (``LANG=nl_NL.UTF-8``), English otherwise; no import of ``locale``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else DEFAULT_LANG
    return DEFAULT_LANG


def locale_says() -> bool:
    """Whether the locale names a language (``LANG=nl_NL.UTF-8``); ``C``/``POSIX`` or nothing does not."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value.split(".")[0].upper() not in ("C", "POSIX")
    return False


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """The sentence ``key`` in ``lang`` (default: the process's language), filled in."""
    text = TABLE[key][lang or _chosen.get()]
    return text.format(**params) if params else text


def plural(key: str, n: int, lang: str | None = None, /, **params: object) -> str:
    """``key`` for a count: its ``.one`` sentence when there is one thing (and the table has
    one), else the sentence with ``{n}``. No "(s)": each language says its own plural."""
    chosen = f"{key}.one" if n == 1 and f"{key}.one" in TABLE else key
    return t(chosen, lang, n=n, **params)


def typed(key: str) -> frozenset[str]:
    """The words a person may type for ``key`` (a ``typed.*`` entry), in every language."""
    return frozenset(word.strip().casefold() for text in TABLE[key].values() for word in text.split("|"))


def words(lang: str | None = None) -> dict[str, str]:
    """The whole table in one language, for templates (``words.key``)."""
    chosen = lang or _chosen.get()
    return {key: entry[chosen] for key, entry in TABLE.items()}
