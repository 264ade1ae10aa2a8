"""The command line: argument parsing, and the one place errors become messages and exit codes.

argparse, not click or typer: ``auditor --help`` must stay within 3x a bare interpreter
start (DESIGN 8), and every command module (with pydantic, jinja2, playwright behind it) is
imported only when that command runs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from auditor import __version__
from auditor.errors import AuditorError, ExitCode
from auditor.goals import GOALS, written_goal
from auditor.langs import LANGS
from auditor.terminal import guarded

SEVERITIES = ("high", "medium", "low", "info")

EPILOG = """\
first time? run:  auditor demo
then your own:    auditor audit linkedin
                  auditor report --open
"""


def _common(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("store and catalogue")
    group.add_argument("--db", type=_path, metavar="PATH",
                       help="the audit store (default: your data directory; env AUDITOR_DB)")
    group.add_argument("--checklists", type=_path, metavar="DIR",
                       help="use another catalogue directory (env AUDITOR_CHECKLISTS)")
    actions = parser._actions if isinstance(parser, argparse.ArgumentParser) else []  # not a skipped stand-in
    if not any("--lang" in action.option_strings for action in actions):
        # --lang may stand before any command name, so every command takes it
        group.add_argument("--lang", choices=LANGS, help="language of the messages (default: your locale)")


_WORDS: list[str] = []  # the command line being parsed, for the language of argparse's errors


def _goal(text: str) -> str:
    """A goal by its id or its Dutch name, as the wizard's menu shows it."""
    return str(written_goal(text.strip().casefold()))


class _Parser(argparse.ArgumentParser):
    """argparse, with its error messages in the person's language (argparse has no Dutch)."""

    def error(self, message: str) -> Any:
        from auditor.strings import locale_lang, t

        words = _WORDS
        lang = next((w.split("=", 1)[1] for w in words if w.startswith("--lang=")), None)
        if lang is None and "--lang" in words[:-1]:
            lang = words[words.index("--lang") + 1]
        lang = lang if lang in LANGS else locale_lang()
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.args.error', lang, message=_argparse_message(message, lang))}\n")


ARGPARSE_MESSAGES = (  # argparse's English wording (Python 3.11 to 3.13) → a key of the string table
    (r"the following arguments are required: (?P<names>.+)", "cli.args.required"),
    (r"argument (?P<arg>\S+): expected one argument", "cli.args.one"),
    (r"argument (?P<arg>\S+): expected at least one argument", "cli.args.one"),
    (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)", "cli.args.choice"),
    (r"argument (?P<arg>\S+): invalid int value: (?P<value>.+)", "cli.args.int"),
    (r"unrecognized arguments: (?P<names>.+)", "cli.args.unknown"),
)


def _argparse_message(message: str, lang: str) -> str:
    import re

    from auditor.strings import t

    for pattern, key in ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message)
        if found:
            return t(key, lang, **found.groupdict())
    return message


def _path(text: str) -> Any:
    """An argparse type that imports pathlib only when a path is actually given."""
    from pathlib import Path

    return Path(text)


class _Skipped:
    """Stands in for a command's parser when another command runs: its arguments are not
    built, which keeps `auditor --help` and every single command fast to start."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


PLATFORM_LANG_HELP = ("en or nl: the language you use the platforms in; menus, settings and buttons are "
                      "named as that screen shows them")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or (``only``) one whose other commands are listed but not built
    (``""``: none is built, for `auditor --help`)."""

    def command(name: str, **kwargs: Any) -> Any:
        made = sub.add_parser(name, **kwargs)
        return made if only is None or only == name else _Skipped()

    parser = _Parser(
        prog="auditor",
        description="Audit your social-network privacy and profile settings against a dated, sourced "
                    "checklist, and get a report of exactly what to fix. Nothing leaves your machine.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = command("audit", help="guided audit of one or more platforms (resumes an unfinished one)",
                       description="Walk through the checks of each platform, one question at a time. "
                                   "Every answer is saved as you give it; quit any time and run the "
                                   "command again to resume.",
                       epilog="examples:\n  auditor audit linkedin\n  auditor audit --answers answers.yaml\n"
                              "  auditor audit linkedin --browser",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("platforms", nargs="*", metavar="PLATFORM", help="linkedin, facebook, x, instagram (default: all)")
    p.add_argument("--goal", type=_goal, choices=GOALS,
                   help="your stance: visible, balanced (default) or private (zichtbaar, gebalanceerd, privé)")
    p.add_argument("--lang", choices=LANGS, help="language of questions and report")
    p.add_argument("--platform-lang", choices=LANGS, metavar="LANG",
                   help=PLATFORM_LANG_HELP + " (default: asked, else the language of the questions)")
    p.add_argument("--answers", type=_path, metavar="FILE", help="answers file (YAML or JSON): run without prompts")
    p.add_argument("--new", action="store_true", help="start a new audit even if one is unfinished")
    p.add_argument("--max-age", type=int, default=180, metavar="DAYS",
                   help="re-ask answers older than this many days (default 180)")
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY",
                   help="exit 1 if open gaps at or above this severity remain")
    p.add_argument("--browser", action="store_true", help="read settings from your own browser (a dedicated profile)")
    p.add_argument("--cdp", metavar="URL",
                   help="attach to a browser started with --remote-debugging-port (loopback only)")
    p.add_argument("--browser-path", type=_path, metavar="PATH", help="the browser executable to use")
    p.add_argument("--profile-dir", type=_path, metavar="DIR", help="the browser profile directory to use")
    p.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    _common(p)

    p = command("import", help="read a platform data export (zip or folder) as evidence",
                       description="Read your own data export offline. Nothing is extracted or sent; only "
                                   "your own fields and counts are stored.",
                       epilog="example:\n  auditor import ~/Downloads/Basic_LinkedInDataExport_11-20-2026.zip",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", type=_path, metavar="PATH",
                   help="an export (zip or folder); several parts of one download, or a folder of parts")
    p.add_argument("--lang", choices=LANGS, help="language of the summary")
    _common(p)

    p = command("report", help="write the report of the latest (or a given) audit")
    p.add_argument("--format", choices=("html", "json", "pdf", "text"), default="html")
    p.add_argument("--out", type=_path, metavar="FILE", help="where to write (default: auditor-report-<id>.<ext>)")
    p.add_argument("--audit", type=int, metavar="ID", help="which audit (default: the latest)")
    p.add_argument("--lang", choices=LANGS, help="report language (default: the audit's)")
    p.add_argument("--platform-lang", choices=LANGS, metavar="LANG",
                   help=PLATFORM_LANG_HELP + " (default: as the audit recorded)")
    p.add_argument("--redact", action="store_true", help="hide e-mail addresses and phone numbers")
    p.add_argument("--open", action="store_true", help="open the report in your browser")
    p.add_argument("--chrome", type=_path, metavar="PATH",
                   help="--format pdf: the Chrome, Edge, Chromium or Brave to print with (default: the first found)")
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY",
                   help="exit 1 if open gaps at or above this severity remain")
    _common(p)

    p = command("history", help="past audits with their scores",
                       epilog="examples:\n  auditor history linkedin\n  auditor history --export 3 > answers.yaml",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("platform", nargs="?", metavar="PLATFORM")
    p.add_argument("--export", type=int, nargs="?", const=0, metavar="ID",
                   help="print audit ID's answers (default: the latest audit's) as an answers file")
    p.add_argument("--lang", choices=LANGS, help="language of the messages (default: your locale)")
    _common(p)

    p = command("checklists", help="catalogue tools: list, show, validate, schema, diff, figures, record, compare")
    csub = p.add_subparsers(dest="action", metavar="ACTION")
    q = csub.add_parser("list", help="the platforms and their checklists")
    q.add_argument("--lang", choices=LANGS, help="language of the listing (default: your locale)")
    _common(q)
    q = csub.add_parser("show", help="every check of one platform")
    q.add_argument("platform", metavar="PLATFORM")
    q.add_argument("--lang", choices=LANGS, help="language of the texts (default: your locale)")
    _common(q)
    q = csub.add_parser("validate", help="check checklist files against the schema (default: the catalogue)")
    q.add_argument("files", nargs="*", type=_path, metavar="FILE")
    _common(q)
    q = csub.add_parser("schema", help="write the checklist JSON Schema (for editors)")
    q.add_argument("--out", type=_path, metavar="FILE", help="write to FILE instead of standard output")
    _common(q)
    q = csub.add_parser("diff", help="what changed between two catalogue directories")
    q.add_argument("old", type=_path, metavar="OLD")
    q.add_argument("new", type=_path, metavar="NEW")
    q.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    _common(q)
    q = csub.add_parser("figures", help="how well-founded each checklist is: labels, primary and recent sources")
    q.add_argument("--today", metavar="YYYY-MM-DD",
                   help="count the last 24 months back from this day (default: today)")
    q.add_argument("--lang", choices=("en", "nl"), help="language of the figures (default: your locale)")
    _common(q)
    q = csub.add_parser("record", help="for maintainers: read what a platform's settings screens say now")
    q.add_argument("platform", metavar="PLATFORM")
    q.add_argument("--ui-lang", choices=("en", "nl"), required=True,
                   help="the language the platform's screens are set to in this browser")
    q.add_argument("--out", type=_path, metavar="SNAPSHOT.yaml", required=True, help="where to write the snapshot")
    q.add_argument("--cdp", metavar="URL",
                   help="attach to a browser started with --remote-debugging-port (loopback only)")
    q.add_argument("--browser-path", type=_path, metavar="PATH", help="the browser executable to use")
    q.add_argument("--profile-dir", type=_path, metavar="DIR", help="the browser profile directory to use")
    q.add_argument("--pause", type=float, default=3.0, metavar="SECONDS", help="pause between two pages (default 3)")
    q.add_argument("--own-name", action="append", metavar="NAME",
                   help="a name or handle of yours never to record (the page header's are found by themselves)")
    q.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    _common(q)
    q = csub.add_parser("compare", help="for maintainers: hold a screen snapshot against the catalogue")
    q.add_argument("snapshot", type=_path, metavar="SNAPSHOT.yaml")
    q.add_argument("--format", choices=("text", "yaml"), default="text",
                   help="text to read, or yaml: the edits as a patch to review")
    q.add_argument("--out", type=_path, metavar="FILE", help="write to FILE instead of standard output")
    _common(q)

    p = command("accept", help="record an accepted risk: the gap stays visible, marked accepted",
                       epilog='example:\n  auditor accept linkedin.privacy.connections-visibility '
                              '--reason "recruiters should see my network" --until 2027-06-30',
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("check", metavar="CHECK")
    p.add_argument("--reason", metavar="TEXT", help="why you keep the setting (required, shown in the report)")
    p.add_argument("--until", metavar="DATE", help="YYYY-MM-DD; after this date the gap counts again")
    p.add_argument("--remove", action="store_true", help="withdraw the acceptance")
    p.add_argument("--lang", choices=LANGS, help="language of the messages (default: your locale)")
    _common(p)

    p = command("demo", help="run the whole flow on a fictional person and write a report")
    p.add_argument("--out", type=_path, metavar="FILE", help="report path (default: ./auditor-demo-report.html)")
    p.add_argument("--lang", choices=LANGS, default=None)
    p.add_argument("--platform-lang", choices=LANGS, metavar="LANG",
                   help=PLATFORM_LANG_HELP + " (default: the language of the report)")
    _common(p)

    p = command("serve", help="the guided audit as a local web page in your browser")
    p.add_argument("--port", type=int, default=0, metavar="N", help="port on 127.0.0.1 (default 0: a free one)")
    p.add_argument("--no-browser", action="store_true", help="do not open the browser; just print the address")
    p.add_argument("--stop-when-idle", type=float, metavar="MINUTES",
                   help="stop after this many minutes without a visit (default 120)")
    p.add_argument("--lang", choices=LANGS, help="language of the pages (default: your locale)")
    _common(p)

    p = command("shortcut", help='put "Privacy check-up" (Privacycontrole) in your app menu and on your desktop',
                description="A launcher that starts the page (auditor serve) with a double-click.")
    p.add_argument("--remove", action="store_true", help="take the launcher away again")
    p.add_argument("--lang", choices=("en", "nl"), help="language of the launcher's name (default: your locale)")

    p = command("share", help="write an anonymous summary of one audit for your trainer")
    p.add_argument("--audit", type=int, metavar="ID", help="which audit (default: the latest finished)")
    p.add_argument("--out", type=_path, metavar="FILE", required=True, help="where to write the share file")
    p.add_argument("--lang", choices=LANGS, help="language of the messages")
    _common(p)

    p = command("workshop", help="a trainer's overview of participants' share files")
    p.add_argument("files", nargs="+", type=_path, metavar="FILE")
    p.add_argument("--format", choices=("html", "json"), default="html")
    p.add_argument("--out", type=_path, metavar="FILE", help="where to write (default: auditor-workshop.<ext>)")
    p.add_argument("--lang", choices=LANGS, help="language of the overview")
    p.add_argument("--skip-bad", action="store_true", help="skip unreadable share files instead of stopping")
    _common(p)

    p = command("browser", help="manage the dedicated browser profile")
    bsub = p.add_subparsers(dest="action", metavar="ACTION")
    q = bsub.add_parser("forget", help="delete the auditor's browser profile (logs you out there)")
    q.add_argument("--profile-dir", type=_path, metavar="DIR")
    _common(q)
    return parser


COMMANDS = {
    "audit": "auditor.commands.audit",
    "import": "auditor.commands.importing",
    "report": "auditor.commands.report",
    "history": "auditor.commands.history",
    "checklists": "auditor.commands.checklists",
    "accept": "auditor.commands.accept",
    "demo": "auditor.commands.demo",
    "browser": "auditor.commands.browser",
    "serve": "auditor.commands.serve",
    "share": "auditor.commands.share",
    "shortcut": "auditor.commands.shortcut",
    "workshop": "auditor.commands.workshop",
}


GLOBAL_OPTIONS = ("--db", "--checklists", "--lang")


def command_last(words: list[str]) -> list[str]:
    """``auditor --db X history`` means ``auditor history --db X``: the store, catalogue and
    language options may come before the command name, as many tools allow."""
    moved: list[str] = []
    rest = list(words)
    while rest and rest[0] not in COMMANDS:
        word = rest[0]
        name = word.split("=", 1)[0]
        if name not in GLOBAL_OPTIONS:
            break
        take = 1 if "=" in word else 2
        moved += rest[:take]
        rest = rest[take:]
    if not moved or not rest:
        return words
    command, tail = rest[0], rest[1:]
    if command in ("checklists", "browser") and tail and not tail[0].startswith("-"):
        return [command, tail[0], *moved, *tail[1:]]
    return [command, *moved, *tail]


@guarded  # everything printed is cleaned of control characters, in any locale
def main(argv: Sequence[str] | None = None) -> int:
    from auditor.strings import locale_lang, reset_lang, set_lang, t

    words = command_last(list(sys.argv[1:] if argv is None else argv))
    _WORDS[:] = [str(w) for w in words]
    parser = build_parser(words[0] if words and words[0] in COMMANDS else "")
    args = parser.parse_args(words)
    if args.command is None:
        parser.print_help()
        return ExitCode.OK
    if args.command in ("checklists", "browser") and getattr(args, "action", None) is None:
        parser.parse_args([args.command, "--help"])
    token = set_lang(getattr(args, "lang", None) or locale_lang())  # the one boundary; a file or an audit may still say
    try:
        module = importlib.import_module(COMMANDS[args.command])
        code: int = module.run(args)
        return code
    except AuditorError as exc:
        print(f"auditor: {exc.render()}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print(f"\nauditor: {t('cli.interrupted')}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    finally:
        reset_lang(token)


def entry() -> None:  # pragma: no cover - console script shim
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
