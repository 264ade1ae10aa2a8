"""The command line: argument parsing, and the one place errors become messages and exit codes.

argparse, not click or typer: ``auditor --help`` must stay within 3x a bare interpreter
start (DESIGN 8), and every command module (with pydantic, jinja2, playwright behind it) is
imported only when that command runs.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from auditor import __version__
from auditor.errors import AuditorError, ExitCode
from auditor.goals import GOALS, written_goal
from auditor.langs import LANGS
from auditor.terminal import guarded

SEVERITIES = ("high", "medium", "low", "info")

def _common(parser: argparse.ArgumentParser, h: Callable[[str], str]) -> None:
    group = parser.add_argument_group(h("help.store"))
    group.add_argument("--db", type=_path, metavar="PATH", help=h("help.db"))
    group.add_argument("--checklists", type=_path, metavar="DIR", help=h("help.checklists-dir"))
    actions = parser._actions if isinstance(parser, argparse.ArgumentParser) else []  # not a skipped stand-in
    if not any("--lang" in action.option_strings for action in actions):
        # --lang may stand before any command name, so every command takes it
        group.add_argument("--lang", choices=LANGS, help=h("help.lang"))




def _goal(text: str) -> str:
    """A goal by its id or its Dutch name, as the wizard's menu shows it."""
    return str(written_goal(text.strip().casefold()))


def spoken(words: Sequence[str]) -> str:
    """The language the command line asks for (``--lang nl`` anywhere), else the locale's."""
    from auditor.strings import locale_lang

    lang = next((w.split("=", 1)[1] for w in words if w.startswith("--lang=")), None)
    if lang is None and "--lang" in words[:-1]:
        lang = words[list(words).index("--lang") + 1]
    return lang if lang in LANGS else locale_lang()


class _Help(argparse.HelpFormatter):
    """argparse's help layout, with the "usage:" heading in the person's language."""

    usage_prefix = "usage: "

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        """Lines never break inside a name (``auditor-rapport-<id>.<ext>``, ``--remote-debugging-port``)."""
        import re
        import textwrap

        return textwrap.wrap(re.sub(r"\s+", " ", text).strip(), width, break_on_hyphens=False)


class _RawHelp(argparse.RawDescriptionHelpFormatter, _Help):
    """The same, keeping the line breaks of a description and of the examples."""


class _Parser(argparse.ArgumentParser):
    """argparse in the person's language: its headings, its help line and its error messages
    (argparse has no Dutch). Every sub-command's parser speaks the same language."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        from auditor.strings import t

        self.lang = lang
        kwargs.setdefault("formatter_class", _Help)
        super().__init__(*args, **kwargs)
        self._positionals.title = t("help.positionals", lang)
        self._optionals.title = t("help.options", lang)
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = t("help.help", lang)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(_Parser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def _get_formatter(self) -> argparse.HelpFormatter:
        from auditor.strings import t

        formatter = super()._get_formatter()
        if isinstance(formatter, _Help):
            formatter.usage_prefix = t("help.usage", self.lang)
        return formatter

    def error(self, message: str) -> Any:
        from auditor.strings import t

        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.args.error', self.lang, message=_argparse_message(message, self.lang))}\n")


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


def build_parser(only: str | None = None, lang: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or (``only``) one whose other commands are listed but not built
    (``""``: none is built, for `auditor --help`), speaking ``lang`` (default: the locale's)."""
    from auditor.strings import locale_lang, t

    spoken_lang = lang or locale_lang()

    def h(key: str) -> str:
        return t(key, spoken_lang)

    def command(name: str, **kwargs: Any) -> Any:
        made = sub.add_parser(name, **kwargs)
        return made if only is None or only == name else _Skipped()

    def examples(*lines: str, one: bool = False) -> str:
        return "\n".join([h("help.example") if one else h("help.examples"), *(f"  {line}" for line in lines)])

    parser = _Parser(prog="auditor", description=h("help.description"), epilog=h("help.epilog"),
                     formatter_class=_RawHelp, lang=spoken_lang)
    parser.add_argument("--version", action="version", version=f"auditor {__version__}", help=h("help.version"))
    sub = parser.add_subparsers(dest="command", metavar=h("help.command"))

    p = command("audit", help=h("help.audit"), description=h("help.audit.description"),
                epilog=examples("auditor audit linkedin", "auditor audit --answers answers.yaml",
                                "auditor audit linkedin --browser"),
                formatter_class=_RawHelp)
    p.add_argument("platforms", nargs="*", metavar="PLATFORM", help=h("help.audit.platforms"))
    p.add_argument("--goal", type=_goal, choices=GOALS, help=h("help.audit.goal"))
    p.add_argument("--lang", choices=LANGS, help=h("help.audit.lang"))
    p.add_argument("--platform-lang", choices=LANGS, metavar="LANG", help=h("help.audit.platform-lang"))
    p.add_argument("--answers", type=_path, metavar="FILE", help=h("help.audit.answers"))
    p.add_argument("--new", action="store_true", help=h("help.audit.new"))
    p.add_argument("--max-age", type=int, default=180, metavar="DAYS", help=h("help.audit.max-age"))
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY", help=h("help.fail-on"))
    p.add_argument("--browser", action="store_true", help=h("help.audit.browser"))
    p.add_argument("--cdp", metavar="URL", help=h("help.cdp"))
    p.add_argument("--browser-path", type=_path, metavar="PATH", help=h("help.browser-path"))
    p.add_argument("--profile-dir", type=_path, metavar="DIR", help=h("help.profile-dir"))
    p.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    _common(p, h)

    p = command("import", help=h("help.import"), description=h("help.import.description"),
                epilog=examples("auditor import ~/Downloads/Basic_LinkedInDataExport_11-20-2026.zip", one=True),
                formatter_class=_RawHelp)
    p.add_argument("paths", nargs="+", type=_path, metavar="PATH", help=h("help.import.paths"))
    p.add_argument("--lang", choices=LANGS, help=h("help.import.lang"))
    _common(p, h)

    p = command("report", help=h("help.report"), description=h("help.report"))
    p.add_argument("--format", choices=("html", "json", "pdf", "text"), default="html", help=h("help.report.format"))
    p.add_argument("--out", type=_path, metavar="FILE", help=h("help.report.out"))
    p.add_argument("--audit", type=int, metavar="ID", help=h("help.report.audit"))
    p.add_argument("--lang", choices=LANGS, help=h("help.report.lang"))
    p.add_argument("--platform-lang", choices=LANGS, metavar="LANG", help=h("help.report.platform-lang"))
    p.add_argument("--redact", action="store_true", help=h("help.report.redact"))
    p.add_argument("--open", action="store_true", help=h("help.report.open"))
    p.add_argument("--chrome", type=_path, metavar="PATH", help=h("help.report.chrome"))
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY", help=h("help.fail-on"))
    _common(p, h)

    p = command("history", help=h("help.history"), description=h("help.history"),
                epilog=examples("auditor history linkedin", "auditor history --export 3 > answers.yaml"),
                formatter_class=_RawHelp)
    p.add_argument("platform", nargs="?", metavar="PLATFORM", help=h("help.history.platform"))
    p.add_argument("--export", type=int, nargs="?", const=0, metavar="ID", help=h("help.history.export"))
    p.add_argument("--lang", choices=LANGS, help=h("help.lang"))
    _common(p, h)

    p = command("checklists", help=h("help.checklists"), description=h("help.checklists"))
    csub = p.add_subparsers(dest="action", metavar=h("help.checklists.action"))
    q = csub.add_parser("list", help=h("help.checklists.list"), description=h("help.checklists.list"))
    q.add_argument("--lang", choices=LANGS, help=h("help.checklists.list.lang"))
    _common(q, h)
    q = csub.add_parser("show", help=h("help.checklists.show"), description=h("help.checklists.show"))
    q.add_argument("platform", metavar="PLATFORM")
    q.add_argument("--lang", choices=LANGS, help=h("help.checklists.show.lang"))
    _common(q, h)
    q = csub.add_parser("validate", help=h("help.checklists.validate"), description=h("help.checklists.validate"))
    q.add_argument("files", nargs="*", type=_path, metavar="FILE")
    _common(q, h)
    q = csub.add_parser("schema", help=h("help.checklists.schema"), description=h("help.checklists.schema"))
    q.add_argument("--out", type=_path, metavar="FILE", help=h("help.out.stdout"))
    _common(q, h)
    q = csub.add_parser("diff", help=h("help.checklists.diff"), description=h("help.checklists.diff"))
    q.add_argument("old", type=_path, metavar="OLD")
    q.add_argument("new", type=_path, metavar="NEW")
    q.add_argument("--format", choices=("text", "markdown", "json"), default="text",
                   help=h("help.checklists.diff.format"))
    _common(q, h)
    q = csub.add_parser("figures", help=h("help.checklists.figures"), description=h("help.checklists.figures"))
    q.add_argument("--today", metavar="YYYY-MM-DD", help=h("help.checklists.figures.today"))
    q.add_argument("--lang", choices=LANGS, help=h("help.checklists.figures.lang"))
    _common(q, h)
    q = csub.add_parser("record", help=h("help.checklists.record"), description=h("help.checklists.record"))
    q.add_argument("platform", metavar="PLATFORM")
    q.add_argument("--ui-lang", choices=LANGS, required=True, help=h("help.checklists.record.ui-lang"))
    q.add_argument("--out", type=_path, metavar="SNAPSHOT.yaml", required=True,
                   help=h("help.checklists.record.out"))
    q.add_argument("--cdp", metavar="URL", help=h("help.cdp"))
    q.add_argument("--browser-path", type=_path, metavar="PATH", help=h("help.browser-path"))
    q.add_argument("--profile-dir", type=_path, metavar="DIR", help=h("help.profile-dir"))
    q.add_argument("--pause", type=float, default=3.0, metavar="SECONDS", help=h("help.checklists.record.pause"))
    q.add_argument("--own-name", action="append", metavar="NAME", help=h("help.checklists.record.own-name"))
    q.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    _common(q, h)
    q = csub.add_parser("compare", help=h("help.checklists.compare"), description=h("help.checklists.compare"))
    q.add_argument("snapshot", type=_path, metavar="SNAPSHOT.yaml")
    q.add_argument("--format", choices=("text", "yaml"), default="text", help=h("help.checklists.compare.format"))
    q.add_argument("--out", type=_path, metavar="FILE", help=h("help.out.stdout"))
    _common(q, h)

    p = command("accept", help=h("help.accept"), description=h("help.accept"),
                epilog=examples('auditor accept linkedin.privacy.connections-visibility '
                                '--reason "recruiters should see my network" --until 2027-06-30', one=True),
                formatter_class=_RawHelp)
    p.add_argument("check", metavar="CHECK")
    p.add_argument("--reason", metavar="TEXT", help=h("help.accept.reason"))
    p.add_argument("--until", metavar="DATE", help=h("help.accept.until"))
    p.add_argument("--remove", action="store_true", help=h("help.accept.remove"))
    p.add_argument("--lang", choices=LANGS, help=h("help.lang"))
    _common(p, h)

    p = command("demo", help=h("help.demo"), description=h("help.demo"))
    p.add_argument("--out", type=_path, metavar="FILE", help=h("help.demo.out"))
    p.add_argument("--lang", choices=LANGS, default=None, help=h("help.lang"))
    p.add_argument("--platform-lang", choices=LANGS, metavar="LANG", help=h("help.demo.platform-lang"))
    _common(p, h)

    p = command("serve", help=h("help.serve"), description=h("help.serve"))
    p.add_argument("--port", type=int, default=0, metavar="N", help=h("help.serve.port"))
    p.add_argument("--no-browser", action="store_true", help=h("help.serve.no-browser"))
    p.add_argument("--stop-when-idle", type=float, metavar="MINUTES", help=h("help.serve.stop-when-idle"))
    p.add_argument("--lang", choices=LANGS, help=h("help.serve.lang"))
    _common(p, h)

    p = command("shortcut", help=h("help.shortcut"), description=h("help.shortcut.description"))
    p.add_argument("--remove", action="store_true", help=h("help.shortcut.remove"))
    p.add_argument("--lang", choices=LANGS, help=h("help.shortcut.lang"))

    p = command("share", help=h("help.share"), description=h("help.share"))
    p.add_argument("--audit", type=int, metavar="ID", help=h("help.share.audit"))
    p.add_argument("--out", type=_path, metavar="FILE", required=True, help=h("help.share.out"))
    p.add_argument("--lang", choices=LANGS, help=h("help.lang"))
    _common(p, h)

    p = command("workshop", help=h("help.workshop"), description=h("help.workshop"))
    p.add_argument("files", nargs="+", type=_path, metavar="FILE", help=h("help.workshop.files"))
    p.add_argument("--format", choices=("html", "json"), default="html", help=h("help.workshop.format"))
    p.add_argument("--out", type=_path, metavar="FILE", help=h("help.workshop.out"))
    p.add_argument("--lang", choices=LANGS, help=h("help.workshop.lang"))
    p.add_argument("--skip-bad", action="store_true", help=h("help.workshop.skip-bad"))
    _common(p, h)

    p = command("browser", help=h("help.browser"), description=h("help.browser"))
    bsub = p.add_subparsers(dest="action", metavar=h("help.checklists.action"))
    q = bsub.add_parser("forget", help=h("help.browser.forget"), description=h("help.browser.forget"))
    q.add_argument("--profile-dir", type=_path, metavar="DIR", help=h("help.profile-dir"))
    _common(q, h)
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
    parser = build_parser(words[0] if words and words[0] in COMMANDS else "", spoken([str(w) for w in words]))
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
