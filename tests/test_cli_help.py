"""`auditor --help` as a Dutch newcomer reads it: under a Dutch locale (or with ``--lang nl``)
every heading, help line and example heading is Dutch, argparse's own words included; the
English stays English. And asking for help loads nothing beyond the parser and the string table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import cli_env

ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message and exit",
                    "show program's version number", "store and catalogue", "examples:", "first time?")

@pytest.fixture
def cli(run):
    return run


COMMANDS = (["audit"], ["import"], ["report"], ["history"], ["checklists"], ["checklists", "list"],
            ["checklists", "show"], ["checklists", "validate"], ["checklists", "schema"], ["checklists", "diff"],
            ["checklists", "figures"], ["checklists", "record"], ["checklists", "compare"], ["accept"], ["demo"],
            ["serve"], ["share"], ["shortcut"], ["workshop"], ["browser"], ["browser", "forget"])


def test_help_under_a_dutch_locale_is_dutch(cli) -> None:
    result = cli("--help", env={"LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.code == 0
    out = result.out
    assert out.startswith("gebruik: auditor")
    for dutch in ("argumenten:", "opties:", "toon deze hulp en stop", "toon het versienummer en stop",
                  "de eerste keer? probeer:  auditor demo", "schrijf het rapport van de laatste"):
        assert dutch in out, (dutch, out)
    for english in ARGPARSE_ENGLISH:
        assert english not in out, (english, out)


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_help_is_dutch_with_lang_nl(cli, words: list[str]) -> None:
    result = cli(*words, "--help", "--lang", "nl")
    assert result.code == 0, result.err
    assert result.out.startswith(f"gebruik: auditor {' '.join(words)}"), result.out
    assert "toon deze hulp en stop" in result.out
    for english in ARGPARSE_ENGLISH:
        assert english not in result.out, (english, result.out)


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_help_stays_english_in_english(cli, words: list[str]) -> None:
    result = cli(*words, "--help", "--lang", "en")
    assert result.code == 0, result.err
    assert result.out.startswith(f"usage: auditor {' '.join(words)}"), result.out
    assert "show this help message and exit" in result.out
    assert "gebruik:" not in result.out and "toon deze hulp" not in result.out


def test_a_commands_own_lines_are_dutch(cli) -> None:
    out = " ".join(cli("audit", "--help", env={"LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}).out.split())
    assert "Elk antwoord wordt meteen bewaard" in out
    assert "opslag en catalogus:" in out and "voorbeelden:" in out
    assert "begin een nieuwe controle, ook als er een niet af is" in out
    assert "Every answer is saved" not in out and "start a new audit" not in out
    report = " ".join(cli("report", "--help", "--lang", "nl").out.split())  # as read, whatever the width
    assert "auditor-rapport-<id>.<ext>" in report and "verberg e-mailadressen en telefoonnummers" in report


def test_a_usage_error_shows_the_usage_line_in_dutch(cli) -> None:
    result = cli("history", "--bogus", "--lang", "nl")
    assert result.code == 2
    assert "gebruik: auditor" in result.err and "usage:" not in result.err


def test_help_imports_only_the_parser_and_the_string_table() -> None:
    """`auditor --help` must stay quick to start: the parser, its errors, the goal and language
    names, the output filter and the plain-dict string table; nothing more of ours, nothing heavy."""
    code = ("import sys\nfrom auditor import cli\ntry:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(','.join(sorted(m for m in sys.modules if m == 'auditor' or m.startswith('auditor.') "
            "or m.split('.')[0] in ('pydantic', 'yaml', 'jinja2', 'playwright'))), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=cli_env(LANG="nl_NL.UTF-8"), check=True)
    assert out.stderr.strip().split(",") == ["auditor", "auditor.cli", "auditor.errors", "auditor.goals",
                                             "auditor.langs", "auditor.strings", "auditor.terminal"]
    assert "gebruik: auditor" in out.stdout
