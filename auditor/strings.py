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
REPORT: dict[str, Entry] = {
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
        "en": 'Coverage',
        "nl": 'Dekking',
    },
    "report.checked": {
        "en": 'checked',
        "nl": 'gecontroleerd',
    },
    "report.open_gaps": {
        "en": 'Open gaps',
        "nl": 'Open verbeterpunten',
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
    "report.score_def": {
        "en": "Score: severity-weighted share of the determined checks that pass (high 5, medium 3, low 1). "
              "Coverage: share of the applicable checks that could be determined.",
        "nl": "Score: naar ernst gewogen aandeel van de vastgestelde controles dat in orde is (hoog 5, middel "
              "3, laag 1). Dekking: aandeel van de toepasselijke controles dat kon worden vastgesteld.",
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
    "report.source-public-profile": {
        "en": 'your public profile',
        "nl": 'je openbare profiel',
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
        "en": 'The recorded value could not be judged by this check.',
        "nl": 'De vastgelegde waarde kon door deze controle niet worden beoordeeld.',
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
    "report.labels_unverified": {
        "en": "The platform's exact wording here is not confirmed; look for a similar label.",
        "nl": 'De precieze tekst van het platform is hier niet bevestigd; zoek een vergelijkbaar label.',
    },
    "report.warnings": {
        "en": 'Warnings',
        "nl": 'Waarschuwingen',
    },
    "report.platform": {
        "en": 'Platform',
        "nl": 'Platform',
    },
    "report.gap_counts": {
        "en": 'Open gaps by severity',
        "nl": 'Open verbeterpunten naar ernst',
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
    "report.checks_word": {
        "en": 'checks',
        "nl": 'controles',
    },
    "report.reviewed": {
        "en": 'Checklist reviewed',
        "nl": 'Checklist nagekeken',
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
    "report.previously": {
        "en": 'was',
        "nl": 'was',
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
        "en": "You checked {checked} points; none is urgent, {open} can still be improved.",
        "nl": "Je hebt {checked} punten gecontroleerd; niets is dringend, {open} kun je nog verbeteren.",
    },
    "report.standing_one": {
        "en": "You checked {checked} points; 1 is important to sort out today.",
        "nl": "Je hebt {checked} punten gecontroleerd; 1 is belangrijk om vandaag te regelen.",
    },
    "report.standing_many": {
        "en": "You checked {checked} points; {urgent} are important to sort out today.",
        "nl": "Je hebt {checked} punten gecontroleerd; {urgent} zijn belangrijk om vandaag te regelen.",
    },
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
    "report.info_not_yet": {"en": "Not the case for you yet:", "nl": "Bij jou nu nog niet zo:"},
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
    "report.evidence_audit_made": {
        "en": "You had no audit yet: audit #{id} was made from your imported export alone.",
        "nl": "Je had nog geen controle: controle #{id} is gemaakt uit alleen je geïmporteerde export.",
    },
    "report.more": {"en": "and {n} more", "nl": "en nog {n}"},
}

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
