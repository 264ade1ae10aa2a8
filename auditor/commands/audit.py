"""``auditor audit``: the guided audit, or an unattended one from an answers file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import ExitStack

from auditor import audit as audits
from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.collectors.answers import AnswerSet, answer_fact, load_answers
from auditor.collectors.wizard import TerminalPrompter, Wizard, ask_choice, stdin_is_terminal
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import colour_enabled, default_lang, fail_on, now
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode
from auditor.facts import Fact, FactValue
from auditor.store import AuditRow, Store

NO_TERMINAL = (
    "There is no terminal to ask questions on (standard input is not a TTY).",
    "Run without prompts from an answers file:  auditor audit --answers answers.yaml\n"
    "(an example: auditor history --export ID > answers.yaml, or see the README).",
)


def run(args: argparse.Namespace) -> int:
    cat = open_catalogue(args)
    moment = now()
    answers = load_answers(args.answers, cat, now=moment) if args.answers else None
    interactive = answers is None
    if answers is not None and not answers.facts:  # checked before anything is written
        raise AuditorError(f"{args.answers}: holds no answer to record.", problems=answers.notices,
                           hint="Add answers under 'answers:' (see: auditor history --export ID).")
    if interactive and not stdin_is_terminal():
        raise AuditorError(NO_TERMINAL[0], hint=NO_TERMINAL[1])
    requested = args.platforms or (answers.platforms if answers and answers.facts else [])
    platforms = audits.resolve_platforms(cat, requested)
    prompter = TerminalPrompter()
    for notice in answers.notices if answers else []:
        print(f"notice: {notice}", file=sys.stderr)
    with open_store(args) as st:
        audit = _open_audit(st, cat, platforms, args, answers, prompter, interactive)
        if audit is None:
            return ExitCode.OK
        if answers is not None:
            for fact in answers.facts:
                st.put_fact(audit.id, fact)
            print(f"Recorded {len(answers.facts)} answers from {args.answers} in audit #{audit.id}.")
        with ExitStack() as stack:
            browser = None
            if args.browser or args.cdp:
                from auditor.commands.browsing import session

                browser = stack.enter_context(session(args))
                _browser_evidence(browser, st, cat, audit, interactive)
            if interactive:
                finished = _interview(st, cat, audit, args, prompter, browser)
                if not finished:
                    again = f"auditor audit{_platform_args(platforms)}"
                    print(f"\nSaved. Run `{again}` again to carry on where you stopped.")
                    return ExitCode.OK
        result = audits.finish(st, cat, audit, now())
    from auditor.report.text import render_summary

    print(render_summary(result, audit.lang, colour=colour_enabled()))
    return fail_on(result.findings, args.fail_on)


def _platform_args(platforms: Sequence[str]) -> str:
    return "".join(f" {p}" for p in platforms)


def _open_audit(st: Store, cat: Catalogue, platforms: list[str], args: argparse.Namespace,
                answers: AnswerSet | None, prompter: TerminalPrompter, interactive: bool) -> AuditRow | None:
    unfinished = None if args.new else audits.resumable(st, platforms)
    goal = args.goal or (answers.goal if answers else None)
    lang = args.lang or (answers.lang if answers else None)
    if unfinished is not None:
        if interactive:
            answered = len([f for f in st.facts(unfinished.id) if f.source == "answer"])
            reply = prompter.ask(
                f"Audit #{unfinished.id} (started {unfinished.started_at:%Y-%m-%d %H:%M}, {answered} answers) "
                "is unfinished. Resume it? [Y/n] ")
            if reply is None:
                return None
            if not reply.strip().lower().startswith("n"):
                return _resume(st, unfinished, goal, lang, prompter)
        else:
            return _resume(st, unfinished, goal, lang, prompter)
    if interactive and goal is None:
        prompter.say("Your goal decides what counts as a gap where the advice differs:")
        prompter.say("  visible  — be found: open profile, open networking")
        prompter.say("  balanced — visible where it helps, private where it costs nothing (default)")
        prompter.say("  private  — show as little as possible")
        goal = ask_choice(prompter, "Goal", ("visible", "balanced", "private"), "balanced")
        if goal is None:
            return None
    if interactive and lang is None:
        lang = ask_choice(prompter, "Language / taal", ("en", "nl"), default_lang())
        if lang is None:
            return None
    audit = audits.start(st, cat, platforms, goal or "balanced", lang or default_lang(), now())
    if audit.previous_id:
        prompter.say(f"Started audit #{audit.id}; answers from audit #{audit.previous_id} are carried over.")
    else:
        prompter.say(f"Started audit #{audit.id} ({', '.join(platforms)}; goal {audit.goal}).")
    return audit


def _resume(st: Store, audit: AuditRow, goal: str | None, lang: str | None, prompter: TerminalPrompter) -> AuditRow:
    """Carry on with an unfinished audit; a goal or language asked for now replaces the old one."""
    new_goal, new_lang = goal or audit.goal, lang or audit.lang
    if (new_goal, new_lang) != (audit.goal, audit.lang):
        st.set_goal(audit.id, new_goal, new_lang)
        prompter.say(f"Resuming audit #{audit.id}, now with goal {new_goal} and language {new_lang} "
                     f"(was {audit.goal}, {audit.lang}).")
        resumed = st.audit(audit.id)
        assert resumed is not None
        return resumed
    prompter.say(f"Resuming audit #{audit.id} (goal {audit.goal}).")
    return audit


def _interview(st: Store, cat: Catalogue, audit: AuditRow, args: argparse.Namespace,
               prompter: TerminalPrompter, browser: object | None = None) -> bool:
    questions, settled = audits.plan(st, cat, audit, now(), args.max_age)
    if settled:
        by_source: dict[str, int] = {}
        for fact in settled:
            by_source[fact.source] = by_source.get(fact.source, 0) + 1
        described = ", ".join(f"{n} from your {src}" for src, n in sorted(by_source.items()))
        prompter.say(f"Already settled by evidence, not asked: {described}.")
        reply = prompter.ask("Review them (confirm or correct)? [y/N] ")
        if reply is None:
            return False
        if reply.strip().lower().startswith("y"):
            questions = _confirm_questions(cat, audit, settled) + questions
    if not questions:
        prompter.say("Nothing to ask: every applicable check is answered.")
        return True

    def record(check: Check, value: FactValue) -> None:
        st.put_fact(audit.id, answer_fact(check, value, observed_at=now(), detail="wizard"))

    names = {p: cat.platform(p).name for p in audit.platforms}
    def applies(check: Check) -> bool:
        return audits.still_applies(st, cat, audit, check)

    show = None
    if browser is not None:
        from auditor.collectors.browser import BrowserSession

        assert isinstance(browser, BrowserSession)

        def show(check: Check) -> None:  # bring the page up beside the question, outline the control
            browser.show_check(check, audit.lang)

    outcome = Wizard(prompter, audit.lang, record, platform_names=names, applies=applies,
                     show_in_browser=show).run(questions)
    return not outcome.quit


def _confirm_questions(cat: Catalogue, audit: AuditRow, settled: list[Fact]) -> list[audits.PlannedQuestion]:
    by_fact = {f.key: f for f in settled}
    planned = []
    for platform in audit.platforms:
        for check in cat.platform(platform).checks:
            fact = by_fact.get(check.fact)
            if fact is not None and check.question is not None and not check.removed:
                planned.append(audits.PlannedQuestion(check, audits.ASK_CONFIRM, previous=fact))
    return planned


def _browser_evidence(browser: object, st: Store, cat: Catalogue, audit: AuditRow, interactive: bool) -> None:
    from auditor.commands.browsing import collect
    from auditor.facts import best_facts

    known = best_facts(audits.facts_for(st, audit))

    def record(fact: Fact) -> None:
        st.put_fact(audit.id, fact)

    collect(browser, cat, audit, interactive=interactive, known=known, record=record)
