"""Checklist patterns that could hang an audit are refused by `checklists validate`, named
with their file, line and rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.catalogue.loader import load_catalogue
from auditor.catalogue.resources import bundled_checklists_dir
from auditor.cli import main
from auditor.regexsafety import may_backtrack_catastrophically


@pytest.mark.parametrize("pattern", ["^(a|aa)+$", "(a+)+", r"(\w+\s?)*$", "(x|x?)*", "(.*a){12}", "(a{1,20})+"])
def test_exploding_shapes_are_found(pattern: str) -> None:
    assert may_backtrack_catastrophically(pattern)


@pytest.mark.parametrize("pattern", [r"linkedin\.com/in/", "(https?://|www\\.)", r"^[0-9.]+$|profile\.php",
                                     r"-(?=[0-9a-f]*[0-9])[0-9a-f]{6,}/?(\?.*)?$|/pub/", "(a|b)+", "(foo|bar)*"])
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert not may_backtrack_catastrophically(pattern)


def test_the_bundled_catalogue_passes() -> None:
    load_catalogue(bundled_checklists_dir())


def test_validate_names_the_rule_and_line(mini_catalogue: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = mini_catalogue / "example.yaml"
    text = path.read_text(encoding="utf-8")
    headline = text.index("id: example.profile.headline")
    rule_at = text.index("rule:", headline)
    line_end = text.index("\n", rule_at)
    number = text.count("\n", 0, rule_at) + 1
    path.write_text(text[:rule_at] + 'rule: {matches: "^(a|aa)+$"}' + text[line_end:], encoding="utf-8")
    assert main(["checklists", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"example.yaml:{number}:" in err and "(example.profile.headline).rule" in err
    assert "'matches' pattern '^(a|aa)+$' can take forever on a long answer" in err
