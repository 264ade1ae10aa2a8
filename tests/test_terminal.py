"""What reaches the terminal: no control sequences from data, any locale, a closed stdin."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from exportgen import Facebook, write_export

from auditor.cli import main
from auditor.terminal import MAX_ERROR_LINE, CleanStream, clean, paint, visible
from tests.conftest import MINI, cli_env

HOSTILE = "sam\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil"


def test_clean_strips_control_sequences_but_keeps_our_colours() -> None:
    assert clean(HOSTILE) == "sam]0;pwned[2J31mevil"
    ours = paint("Bold", "1") + " and " + paint("red", "1;31") + "\tok\n"
    assert clean(ours) == "\x1b[1mBold\x1b[0m and \x1b[1;31mred\x1b[0m\tok\n"
    assert clean("\x1b[8mhidden\x1b[0m") == "[8mhidden[0m"  # not ours: no escape survives


def test_colour_from_data_is_never_colour_even_inside_our_own_styling() -> None:
    """Cleaned before our styling is added: a name holding ESC[31m stays plain text."""
    name = "sam\x1b[31mred\x1b[0m\x1b[1;32m"
    assert clean(name) == "sam[31mred[0m[1;32m"
    shown = clean(paint(name, "1"))
    assert shown == "\x1b[1msam[31mred[0m[1;32m\x1b[0m" and shown.count("\x1b") == 2


def test_a_username_with_colour_codes_does_not_colour_the_terminal(tmp_path: Path, db: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    export = write_export(tmp_path / "facebook-sam.zip",
                          Facebook(username="sam\x1b[31mred", full_name="Sam\x1b[41m\x1b[1;5mBlink").files())
    code = main(["import", str(export), "--db", str(db), "--checklists", str(MINI)])
    captured = capsys.readouterr()
    assert code in (0, 2), captured
    assert "\x1b" not in captured.out + captured.err


def test_visible_shows_control_characters_as_escapes() -> None:
    assert visible("Bakker\x00\x1b[31m\u202eevil\r\n\tok") == "Bakker\\x00\\x1b[31m\\u202eevil\r\n\tok"
    assert visible("Zoë — gewoon") == "Zoë — gewoon"


def test_long_error_lines_are_cut() -> None:
    raw = io.StringIO()
    stream = CleanStream(raw, line_cap=MAX_ERROR_LINE)
    stream.write("x" * 5000)
    stream.write("y" * 10)
    stream.write("\nshort\n")
    assert raw.getvalue() == "x" * MAX_ERROR_LINE + "…\nshort\n"


def test_a_username_with_escape_codes_is_printed_clean(tmp_path: Path, db: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    export = write_export(tmp_path / "facebook-sam.zip", Facebook(username=HOSTILE, full_name=HOSTILE).files())
    code = main(["import", str(export), "--db", str(db), "--checklists", str(MINI)])
    captured = capsys.readouterr()
    assert code in (0, 2), captured
    printed = captured.out + captured.err
    assert "\x1b]" not in printed and "\x1b[2J" not in printed and "\x07" not in printed and "\u202e" not in printed


def test_the_summary_after_an_audit_is_clean(mini_catalogue: Path, tmp_path: Path, db: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """What a person typed (a headline holding escape codes) is printed as text, never run."""
    answers = tmp_path / "a.yaml"
    answers.write_text('answers:\n  example.profile.headline: "Baker\\e[2J\\e]0;x\\a"\n  example.privacy.ads: on\n')
    assert main(["audit", "--answers", str(answers), "--db", str(db), "--checklists", str(mini_catalogue)]) == 0
    assert main(["history", "--export", "1", "--db", str(db), "--checklists", str(mini_catalogue)]) == 0
    printed = capsys.readouterr()
    assert "\x1b[2J" not in printed.out + printed.err and "\x07" not in printed.out + printed.err
    assert "Baker" in printed.out


def run(args: list[str], tmp_path: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = cli_env(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0", PYTHONIOENCODING="",
                  AUDITOR_DB=str(tmp_path / "db.sqlite3"), AUDITOR_CHECKLISTS=str(MINI))
    return subprocess.run([sys.executable, "-m", "auditor.cli", *args], env=env, cwd=tmp_path, capture_output=True,
                          timeout=120, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_the_c_locale_neither_crashes_nor_loses_the_import(tmp_path: Path) -> None:
    export = write_export(tmp_path / "facebook-sam.zip", Facebook().files())
    done = run(["import", str(export)], tmp_path)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 0 and "UnicodeEncodeError" not in err, err
    answers = tmp_path / "a.yaml"
    answers.write_text("lang: nl\nanswers:\n  example.privacy.ads: on\n", encoding="utf-8")
    done = run(["audit", "--answers", str(answers)], tmp_path)
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert "#1" in done.stdout.decode("utf-8")  # the Dutch summary, written as UTF-8


@pytest.mark.parametrize("stdin", ["devnull", "closed"])
def test_no_stdin_says_there_is_no_terminal(tmp_path: Path, stdin: str) -> None:
    if stdin == "devnull":
        done = run(["audit", "example"], tmp_path, stdin=subprocess.DEVNULL)
    else:  # closed before the interpreter starts, as `auditor audit <&-` does: sys.stdin is None
        done = run(["audit", "example"], tmp_path, preexec_fn=lambda: os.close(0))
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "no terminal" in err and "Traceback" not in err, err


def test_a_prompt_is_cleaned_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.terminal import guarded_streams

    seen: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt="": seen.append(prompt) or "off")
    with guarded_streams():
        assert input("Is \x1b]0;x\x07 on? ") == "off"
    assert seen == ["Is ]0;x on? "]


def test_validate_refuses_a_title_with_control_characters(mini_catalogue: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = mini_catalogue / "example.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'title: {en: "Ads do not use your data"', 'title: {en: "Ads\\e]0;pwned\\a do not use your data"'),
        encoding="utf-8")
    assert main(["checklists", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "control character" in err and "example.yaml:" in err and "\x1b" not in err
