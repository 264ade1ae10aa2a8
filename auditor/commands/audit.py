"""``auditor audit``: the guided audit at a terminal, or an unattended one from an answers file.

Both run on ``auditor.interview.Interview``: it starts or resumes the audit, knows what to
ask and saves every answer. This module only decides the start (resume? goal? language?)
and hands the questions to the terminal renderer.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack

from auditor import audit as audits
from auditor.catalogue.loader import Catalogue
from auditor.collectors.answers import AnswerSet, load_answers
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import colour_enabled, fail_on, now, same_store, store_path
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode
from auditor.frontends.terminal import (
    QUIT,
    Prompter,
    TerminalPrompter,
    Wizard,
    ask_until,
    stdin_is_terminal,
    wrap,
    yes_no,
)
from auditor.goals import DEFAULT_GOAL, goal_choices, goal_name, parse_goal
from auditor.interview import Interview, spoken_date, unfinished
from auditor.langs import LANG_NAMES, LANGS
from auditor.store import AuditRow, Store
from auditor.strings import current_lang, locale_says, plural, speaking, t, typed
from auditor.usecases import resume_summary


def run(args: argparse.Namespace) -> int:
    if args.browser or args.cdp:  # the browser is driven by Playwright: an extra of the install
        from auditor.extras import require_browser_extra

        require_browser_extra()
    if args.cdp:  # every option is checked before anything is written (no audit started, then refused)
        from auditor.collectors.browser.session import check_cdp_url

        check_cdp_url(args.cdp)
    cat = open_catalogue(args)
    answers = load_answers(args.answers, cat, now=now()) if args.answers else None
    told = answers.lang if args.lang is None and answers is not None and answers.lang else None
    with speaking(told):  # the language: --lang, else the answers file, else the locale
        return _run(args, cat, answers)


def _run(args: argparse.Namespace, cat: Catalogue, answers: AnswerSet | None) -> int:
    interactive = answers is None
    requested = args.platforms or (answers.platforms if answers and answers.facts else _evidence_platforms(args, cat))
    platforms = audits.resolve_platforms(cat, requested)
    for closed in [p for p in platforms if cat.platform(p).status == "retired"]:
        checklist = cat.platform(closed)  # a network that closed: say when, ask nothing
        when = _spoken_date(checklist.retired.date) if checklist.retired else "?"
        print(t("cli.platform.retired", name=checklist.name, date=when))
    platforms = [p for p in platforms if cat.platform(p).status == "active"]
    if not platforms:
        return ExitCode.OK
    first_time = not store_path(args).exists()  # nothing audited here yet: the demo is pointed to once
    if interactive and not stdin_is_terminal():
        hint = t("wizard.no-terminal.hint") + ("\n" + t("cli.first-time") if first_time else "")
        raise AuditorError(t("wizard.no-terminal"), hint=hint)
    for notice in answers.notices if answers else []:
        print(t("wizard.notice", text=notice), file=sys.stderr)
    prompter = TerminalPrompter()
    with open_store(args) as st:
        interview = _begin(st, cat, platforms, args, answers, prompter, first_time=first_time)
        if interview is None:
            return ExitCode.OK
        with speaking(interview.lang):  # the audit's language from here on (it may have been asked)
            return _carry_on(st, cat, interview, args, answers, prompter, platforms)


def _carry_on(st: Store, cat: Catalogue, interview: Interview, args: argparse.Namespace, answers: AnswerSet | None,
              prompter: Prompter, platforms: list[str]) -> int:
    interactive = answers is None
    interview.clock = now
    if answers is not None:
        _record_answers(st, interview, answers, args)
    with ExitStack() as stack:
        browser = None
        if args.browser or args.cdp:
            from auditor.commands.browsing import session

            browser = stack.enter_context(session(args))
            _browser_evidence(browser, st, cat, interview, interactive)
        if interactive and not _converse(interview, prompter, browser, cat):
            named = "".join(f" {p}" for p in platforms if args.platforms)
            command = f"auditor{same_store(args)} audit{named}"
            prompter.say()
            prompter.say(t("wizard.saved.again", command=command))  # the command whole, to copy
            return ExitCode.OK
    interview.now = now()
    result = interview.finish()
    from auditor.report.text import render_summary

    # The suggested command opens the same store the person named.
    hint = t("report.next_step.command", interview.lang, command=f"auditor{same_store(args)} report --open")
    print(render_summary(result, interview.lang, colour=colour_enabled(), next_step=hint))
    return fail_on(result.findings, args.fail_on)


def _spoken_date(value: object) -> str:
    """2013-12-02 as "2 december 2013" (the report's month names, in the chosen language)."""
    import datetime as dt

    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return spoken_date(day, current_lang())


def _evidence_platforms(args: argparse.Namespace, cat: Catalogue) -> list[str]:
    """Without answers or platform names: the platforms the imported evidence is about (else all)."""
    if not store_path(args).exists():
        return []
    with open_store(args) as st:
        return [p for p, cl in cat.checklists.items() if cl.status == "active" and st.evidence([p])]


def _record_answers(st: Store, interview: Interview, answers: AnswerSet, args: argparse.Namespace) -> None:
    for fact in answers.facts:
        st.put_fact(interview.audit.id, fact)
    if answers.facts:
        print(t("wizard.recorded", n=len(answers.facts), file=args.answers, id=interview.audit.id))
    else:
        print(t("wizard.evidence-only"))


def _begin(st: Store, cat: Catalogue, platforms: list[str], args: argparse.Namespace,
           answers: AnswerSet | None, prompter: Prompter, *, first_time: bool = False) -> Interview | None:
    """Resume or start: asks at a terminal, decides from the arguments otherwise."""
    interactive = answers is None
    told_lang = args.lang or (answers.lang if answers else None)
    existing = None if args.new else unfinished(st, platforms)
    lang = told_lang or current_lang()
    if interactive and told_lang is None and not locale_says():
        if existing is not None:  # the unfinished audit says
            lang = existing.lang
        else:  # nothing says: asked first
            told_lang = _ask_lang(prompter)
            if told_lang is None:
                return None
            lang = told_lang
    with speaking(lang):
        return _resume_or_start(st, cat, platforms, args, answers, prompter, existing, told_lang, first_time)


def _resume_or_start(st: Store, cat: Catalogue, platforms: list[str], args: argparse.Namespace,
                     answers: AnswerSet | None, prompter: Prompter, existing: AuditRow | None,
                     told_lang: str | None, first_time: bool = False) -> Interview | None:
    interactive = answers is None
    goal = args.goal or (answers.goal if answers else None)
    new = args.new
    if first_time and interactive:  # in the language just chosen, before the first question
        for line in wrap(t("cli.first-time"), ""):
            prompter.say(line)
    if existing is not None and interactive:
        found = resume_summary(st, cat, existing, now())
        for line in wrap(t("wizard.resume.found", id=existing.id, answered=found.answered,
                           started=found.started(current_lang())), ""):
            prompter.say(line)
        resume = yes_no(prompter, t("wizard.resume.ask"), True)
        if resume is None:
            return None
        if not resume:
            for line in wrap(t("wizard.resume.no", id=existing.id), ""):
                prompter.say(line)
            existing, new = None, True
    told_screens = _told_platform_langs(platforms, args, answers)
    if existing is not None:
        lang = told_lang or existing.lang
        interview = Interview.begin(st, cat, platforms, goal=goal or existing.goal, lang=lang, now=now(),
                                    max_age_days=args.max_age, platform_langs=told_screens)
        _say_resumed(prompter, interview, existing)
        return interview
    if interactive and goal is None:
        goal = _ask_goal(prompter)
        if goal is None:
            return None
    if interactive:
        earlier = audits.previous_platform_langs(st, platforms)
        for platform in [p for p in platforms if p not in told_screens]:
            chosen = ask_platform_lang(prompter, cat.platform(platform).name, earlier.get(platform, current_lang()))
            if chosen is None:
                return None
            told_screens[platform] = chosen
    interview = Interview.begin(st, cat, platforms, goal=goal or DEFAULT_GOAL, lang=current_lang(), now=now(),
                                max_age_days=args.max_age, new=new, platform_langs=told_screens)
    row = interview.audit
    if row.previous_id:
        prompter.say(t("wizard.started.carried", id=row.id, previous=row.previous_id))
    else:
        names = ", ".join(cat.platform(p).name for p in platforms)
        prompter.say(t("wizard.started", id=row.id, platforms=names, goal=goal_name(row.goal, row.lang)))
    return interview


def _told_platform_langs(platforms: list[str], args: argparse.Namespace,
                         answers: AnswerSet | None) -> dict[str, str]:
    """The language of each platform's screen as the command says it: --platform-lang, else the answers file."""
    if getattr(args, "platform_lang", None):
        return dict.fromkeys(platforms, args.platform_lang)
    return answers.langs_for(platforms) if answers is not None else {}


def ask_platform_lang(prompter: Prompter, name: str, default: str) -> str | None:
    """"In welke taal gebruik je LinkedIn?" 1) Nederlands 2) English; Enter keeps ``default``."""
    prompter.say()
    for line in wrap(t("labels.ask", platform=name), ""):
        prompter.say(line)
    for line in wrap(t("labels.ask.why"), "  "):
        prompter.say(line)

    def read(word: str) -> str | None:
        for key, lang in (("1", "nl"), ("2", "en")):  # the numbers as this prompt shows them, or the names
            if word == key or word in {w for w in typed(f"typed.lang.{lang}") if not w.isdigit()}:
                return lang
        return None

    return ask_until(prompter, t("labels.ask.prompt", default=t(f"labels.name.{default}")), default, read,
                     t("labels.ask.bad"))


def _say_resumed(prompter: Prompter, interview: Interview, before: AuditRow) -> None:
    row = interview.audit
    lang = row.lang
    if (row.goal, row.lang) != (before.goal, before.lang):
        prompter.say(t("wizard.resumed.changed", id=row.id, goal=goal_name(row.goal, lang),
                       lang=LANG_NAMES.get(row.lang, row.lang), old_goal=goal_name(before.goal, lang),
                       old_lang=LANG_NAMES.get(before.lang, before.lang)))
    else:
        prompter.say(t("wizard.resumed", id=row.id, goal=goal_name(row.goal, lang)))


def _ask_goal(prompter: Prompter) -> str | None:
    lang = current_lang()
    for line in wrap(t("wizard.goal.intro"), ""):
        prompter.say(line)
    choices = goal_choices(lang)
    column = max(len(c.name) for c in choices) + 2
    for choice in choices:  # the explanation hangs under itself when it wraps
        for line in wrap(choice.explanation, first=f"  {choice.key}) {choice.name:<{column}}"):
            prompter.say(line)
    while True:
        reply = prompter.ask(t("wizard.goal.ask", default=goal_name(DEFAULT_GOAL, lang)))
        if reply is None:
            return None
        if not reply.strip():
            return DEFAULT_GOAL
        if reply.strip().casefold() in QUIT:
            return None
        goal = parse_goal(reply)
        if goal is not None:
            return goal
        prompter.say(t("wizard.goal.bad"))


def _ask_lang(prompter: Prompter) -> str | None:
    while True:
        reply = prompter.ask(t("wizard.lang.ask", default="English" if current_lang() == "en" else "Nederlands"))
        if reply is None:
            return None
        word = reply.strip().casefold()
        if not word:
            return current_lang()
        for lang in LANGS:
            if word in typed(f"typed.lang.{lang}"):
                return lang
        prompter.say(f"  {t('wizard.lang.bad')}")


def _converse(interview: Interview, prompter: Prompter, browser: object | None, cat: Catalogue) -> bool:
    """The questions at the terminal; False when the person stopped before the end."""
    if interview.review:
        by_source: dict[str, int] = {}
        for fact in interview.settled:
            by_source[fact.source] = by_source.get(fact.source, 0) + 1
        described = ", ".join(t("wizard.settled.part", n=n, source=t(f"interview.source.{src}"))
                              for src, n in sorted(by_source.items()))
        for line in wrap(t("wizard.settled", described=described), ""):
            prompter.say(line)
        if conflicts := interview.conflicts():  # the newer one wins, and the person is told
            for line in wrap(plural("interview.conflicts", len(conflicts), interview.lang), ""):
                prompter.say(line)
        review = yes_no(prompter, t("wizard.review.ask"), False)
        if review is None:
            return False
        if review:
            interview.start_review()
    if interview.done:
        prompter.say(t("wizard.nothing"))
        return True
    show = None
    if browser is not None:
        from auditor.collectors.browser import BrowserSession

        assert isinstance(browser, BrowserSession)

        def show(check_id: str) -> None:  # bring the page up beside the question, outline the control
            check = cat.find_check(check_id)
            if check is not None:
                browser.show_check(check, interview.plang(check.platform))

    outcome = Wizard(prompter, interview, show_in_browser=show).run()
    return not outcome.quit


def _browser_evidence(browser: object, st: Store, cat: Catalogue, interview: Interview, interactive: bool) -> None:
    from auditor.commands.browsing import collect
    from auditor.facts import Fact, best_facts

    audit = interview.audit
    known = best_facts(audits.facts_for(st, audit))

    def record(fact: Fact) -> None:
        st.put_fact(audit.id, fact)

    collect(browser, cat, audit, interactive=interactive, known=known, record=record)
    interview.reload()
