"""Loading checklists: every broken file gives one precise message (file, line, field), exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.catalogue.loader import load_catalogue, load_checklist
from auditor.errors import CatalogueError
from tests.conftest import MINI

GOOD = (MINI / "example.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


# (name, replace this, with that, expected words in the message, line anchor in the broken text)
BROKEN = [
    ("typo-in-field", "    severity: high\n", "    severty: high\n", ["severty", "unknown field"], "severty"),
    ("bad-severity", "    severity: high\n", "    severity: critical\n", ["severity", "high", "medium"], "critical"),
    ("bad-category", "    category: privacy\n    severity: high", "    category: privcy\n    severity: high",
     ["category", "privacy"], "privcy"),
    ("missing-dutch", 'title: {en: "Ads do not use your data", nl: "Advertenties gebruiken je gegevens niet"}',
     'title: {en: "Ads do not use your data"}', ["title.nl", "required"], 'title: {en: "Ads do not use your data"}'),
    ("two-operators", "    rule: {equals: false}\n    default: true",
     "    rule: {equals: false, one_of: [false]}\n    default: true", ["exactly one operator"],
     "rule: {equals: false, one_of"),
    ("bad-regex", "rule: {all: [{not_in_list: generic-titles}, {min_words: 3}]}",
     'rule: {matches: "(unclosed"}', ["regular expression"], '(unclosed'),
    ("unknown-word-list", "{not_in_list: generic-titles}", "{not_in_list: job-titles}",
     ["job-titles", "word list"], "job-titles"),
    ("bad-check-id", "  - id: example.privacy.ads\n", "  - id: Example.Privacy.Ads\n", ["id", "pattern"],
     "Example.Privacy.Ads"),
    ("duplicate-id", "  - id: example.profile.headline\n", "  - id: example.privacy.ads\n",
     ["used twice", "example.privacy.ads"], None),
    ("history-out-of-order",
     "      - {date: 2017-12-19, change: added, note: \"Test.\"}\n      - {date: 2021-11-02, change: removed",
     "      - {date: 2022-12-19, change: added, note: \"Test.\"}\n      - {date: 2021-11-02, change: removed",
     ["oldest first"], "history:\n      - {date: 2022-12-19"),
    ("no-sources", "    sources: [{title: \"Social networking\", publisher: \"Webwijs\", published: unknown, seen: 2026-11-22, seed: 002_4b8ae3fb8cb29145.txt}]\n    history: [{date: 2020-01-01, change: added, note: \"Test.\"}]\n\n  - id: example.networking.invitations",
     "    sources: []\n    history: [{date: 2020-01-01, change: added, note: \"Test.\"}]\n\n  - id: example.networking.invitations",
     ["sources", "at least 1"], "sources: []"),
    ("bad-published", "published: unknown, seen: 2026-11-22, seed", "published: last year, seen: 2026-11-22, seed",
     ["published", "unknown"], "published: last year"),
    ("unknown-related", "    history: [{date: 2020-01-01, change: added, note: \"Test.\"}]\n\n  - id: example.networking.invitations",
     "    related: [example.privacy.adverts]\n    history: [{date: 2020-01-01, change: added, note: \"Test.\"}]\n\n  - id: example.networking.invitations",
     ["example.privacy.adverts", "does not define"], "related: [example.privacy.adverts]"),
    ("choice-without-choices", "      kind: choice\n", "      kind: toggle\n", ["only a 'choice' question"], None),
    ("http-url", "url: https://example.invalid/settings/ads\n      path", "url: http://example.invalid/settings/ads\n      path",
     ["where.url", "https"], "http://example.invalid/settings/ads"),
    ("bad-date", "reviewed: 2026-11-01", "reviewed: last week", ["reviewed", "date"], "last week"),
    ("revision-as-text", "    revision: 1\n    category: privacy\n    severity: high",
     "    revision: \"one\"\n    category: privacy\n    severity: high", ["revision", "integer"], '"one"'),
    ("duplicate-key", "    severity: high\n", "    severity: high\n    severity: low\n", ["appears twice", "severity"],
     "severity: low"),
    ("not-yaml", "checks:\n", "checks: [\n", ["not valid YAML"], None),
    ("wrong-platform", "platform: example\n", "platform: sample\n", ["named 'example.yaml'", "sample"], None),
]


@pytest.mark.parametrize(("name", "old", "new", "words", "anchor"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_checklist_gives_a_precise_message(tmp_path: Path, cli, name: str, old: str, new: str,
                                                  words: list[str], anchor: str | None) -> None:
    assert old in GOOD, f"fixture drifted: {old!r}"
    broken = GOOD.replace(old, new, 1)
    path = tmp_path / "example.yaml"
    path.write_text(broken, encoding="utf-8")
    result = cli("checklists", "validate", path)
    assert result.code == 2, result
    assert "Traceback" not in result.err + result.out
    message = result.err
    assert str(path) in message
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    if anchor is not None:
        assert f"{path}:{line_of(broken, anchor)}:" in message, message


def test_good_files_validate(cli) -> None:
    result = cli("checklists", "validate", MINI / "example.yaml")
    assert result.code == 0 and "OK" in result.out


def test_all_problems_are_reported_not_only_the_first(tmp_path: Path) -> None:
    broken = GOOD.replace("    severity: high\n", "    severity: huge\n").replace("    severity: low\n", "    severity: tiny\n", 1)
    path = tmp_path / "example.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_checklist(path)
    assert len(err.value.problems) >= 2


def test_catalogue_directory_and_overlay(tmp_path: Path, mini_catalogue: Path) -> None:
    (mini_catalogue / "overlay.yaml").write_text(
        "schema: auditor.overlay/1\nchecks:\n  example.privacy.nope: {skip: why}\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(mini_catalogue)
    assert any(p.endswith("overlay.yaml:3: checks.example.privacy.nope: there is no such check in these checklists")
               for p in err.value.problems), err.value.problems


def test_empty_directory_is_a_clear_error(tmp_path: Path, cli) -> None:
    result = cli("checklists", "list", "--checklists", tmp_path)
    assert result.code == 2 and "no checklist" in result.err and "Traceback" not in result.err


def test_schema_command_writes_a_json_schema_an_editor_can_use(tmp_path: Path, cli) -> None:
    out = tmp_path / "schema.json"
    assert cli("checklists", "schema", "--out", out).code == 0
    schema = json.loads(out.read_text())
    assert schema["title"].startswith("auditor checklist")
    assert "checks" in schema["properties"]
    assert schema["additionalProperties"] is False


def test_committed_schema_matches_the_models(cli) -> None:
    committed = Path(__file__).resolve().parent.parent / "docs" / "checklist.schema.json"
    result = cli("checklists", "schema")
    assert json.loads(result.out) == json.loads(committed.read_text()), "run: auditor checklists schema --out docs/checklist.schema.json"


def test_a_dutch_trainer_reads_checklist_trouble_in_dutch(tmp_path: Path, mini_catalogue: Path, run,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    result = run("checklists", "list", "--checklists", tmp_path / "nope", "--lang", "nl")
    assert result.code == 2 and "deze map met checklists bestaat niet" in result.err
    assert "Geef bij --checklists een map" in result.err
    result = run("checklists", "list", "--checklists", tmp_path, "--lang", "nl")
    assert result.code == 2 and "bevat geen checklistbestanden" in result.err
    (mini_catalogue / "example.yaml").rename(mini_catalogue / "other.yaml")
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")  # 'checklists validate' has no --lang: the locale decides
    result = run("checklists", "validate", "--checklists", mini_catalogue)
    assert result.code == 2 and "het bestand heet 'other.yaml' maar noemt platform 'example'" in result.err
    assert "Traceback" not in result.err


def test_the_catalogue_caches_leave_no_temp_files(mini_catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.catalogue.cache import cache_root

    monkeypatch.delenv("AUDITOR_NO_CACHE", raising=False)
    cache_root().mkdir(parents=True, exist_ok=True)
    killed = cache_root() / ".catalogue-old.pickle.999999999.tmp"  # a run killed mid-write
    killed.write_bytes(b"half")
    load_catalogue(mini_catalogue)
    left = sorted(p.name for p in cache_root().iterdir())
    assert any(n.startswith("catalogue-") and n.endswith(".pickle") for n in left), left
    assert not [n for n in left if n.endswith(".tmp")], left


def test_show_describes_checks_in_dutch(run) -> None:
    result = run("checklists", "show", "example", "--checklists", MINI, "--lang", "nl")
    assert result.code == 0, result
    expects = [line for line in result.out.splitlines() if line.strip().startswith("verwacht:")]
    assert expects and not any(w in line for line in expects for w in (" is on", " is off", " and ", " or "))
    assert any("staat" in line or "is " in line for line in expects), expects
