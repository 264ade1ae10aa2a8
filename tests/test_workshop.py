"""``auditor workshop``: a trainer's overview of a room of share files.

Shares are made the way participants make them (``audit --answers`` then ``share``, in
process, over the mini catalogue); the overview is read as a trainer reads it (HTML) or as a
script reads it (JSON, validated against the committed schema).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI
from tests.report_support import second_catalogue
from tests.share_support import WORKSHOP_SCHEMA, load, run, share, validate

ALL_GAPS = {"example.privacy.ads": "on", "example.networking.invitations": "never",
            "example.profile.headline": "manager"}
ALL_PASS = {"example.privacy.ads": "off", "example.networking.invitations": "always",
            "example.profile.headline": "Data engineer for small charities"}
MIXED = {"example.privacy.ads": "on", "example.networking.invitations": "always",
         "example.profile.headline": "unsure"}


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three participants: one with every gap, one with none, one mixed (goal visible)."""
    where = tmp_path_factory.mktemp("room")
    files = [share(where, "a", ALL_GAPS), share(where, "b", ALL_PASS), share(where, "c", MIXED, goal="visible")]
    return files


def _overview(*files: Path, catalogue: Path = MINI, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    out = files[-1].parent / f"overview-{len(files)}-{'-'.join(extra)}.json"
    assert run("workshop", *files, "--format", "json", "--out", out, "--checklists", catalogue, *extra) == 0
    data = load(out)
    validate(data, WORKSHOP_SCHEMA)
    return data


def _rows(data: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(c["check"], c["revision"]): c for c in data["checks"]}


def test_counts_each_check_and_orders_by_gap(room: list[Path], tmp_path: Path) -> None:
    data = _overview(*room)
    assert data["schema"] == "auditor.workshop/1" and data["participants"] == 3
    assert data["goals"] == {"visible": 1, "balanced": 2, "private": 0}
    rows = _rows(data)
    assert {k: rows[("example.privacy.ads", 1)][k] for k in ("pass", "gap", "undetermined")} == \
        {"pass": 1, "gap": 2, "undetermined": 0}
    assert {k: rows[("example.profile.headline", 1)][k] for k in ("pass", "gap", "undetermined")} == \
        {"pass": 1, "gap": 1, "undetermined": 1}
    gaps = [c["gap"] for c in data["checks"]]
    assert gaps == sorted(gaps, reverse=True)
    assert data["checks"][0]["check"] == "example.privacy.ads"
    assert all(c["check"] != "example.privacy.face-recognition" for c in data["checks"]), "retired: not taught"
    platform = data["platforms"][0]
    assert platform["id"] == "example" and platform["participants"] == 3
    assert platform["score"]["values"] == sorted(platform["score"]["values"])
    assert platform["score"]["min"] == 0 and platform["score"]["max"] == 100


def test_teach_first_lists_the_most_common_high_and_medium_gaps(room: list[Path], tmp_path: Path) -> None:
    data = _overview(*room)
    first = [(c["check"], c["gap"]) for c in data["teach_first"]]
    assert first == [("example.privacy.ads", 2), ("example.networking.invitations", 1)]
    assert all(c["severity"] in ("high", "medium") for c in data["teach_first"])
    out = tmp_path / "teach.html"
    assert run("workshop", *room, "--lang", "nl", "--out", out, "--checklists", MINI) == 0
    teach = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", out.read_text(encoding="utf-8").split('id="teach"')[1]
                                     .split("</section>")[0]))
    # Advice a trainer can read out, with the same count as the table's "Verbeterpunt" column.
    assert "Zet advertenties met je gegevens uit" in teach
    assert "Nog te doen voor 2 van de 3 deelnemers die Example Network hebben gecontroleerd" in teach
    assert "Advertenties gebruiken je gegevens niet" not in teach, "a top-list line is advice, not the goal state"


def test_a_share_given_twice_counts_once(room: list[Path], tmp_path: Path) -> None:
    again = tmp_path / "a-again.json"
    shutil.copy(room[0], again)
    data = _overview(*room, again)
    assert data["participants"] == 3 and data["duplicates"] == 1
    assert _rows(data)[("example.privacy.ads", 1)]["gap"] == 2


def test_a_different_revision_is_shown_apart(tmp_path: Path) -> None:
    old = [share(tmp_path, f"old{i}", ALL_GAPS) for i in range(3)]
    newer_catalogue = second_catalogue(shutil.copytree(MINI, tmp_path / "catalogue"))
    new = [share(tmp_path, f"new{i}", ALL_GAPS, catalogue=newer_catalogue) for i in range(3)]
    data = _overview(*old, *new, catalogue=newer_catalogue)
    rows = _rows(data)
    assert rows[("example.profile.headline", 2)]["version"] == "current"
    assert rows[("example.profile.headline", 1)]["version"] == "older"
    assert rows[("example.profile.headline", 2)]["gap"] == 3 and rows[("example.profile.headline", 1)]["gap"] == 3
    assert rows[("example.privacy.ads", 1)]["gap"] == 6, "an unchanged check is compared across versions"
    assert data["platforms"][0]["catalogue_versions"] == {"2026.01.01": 3, "2026.02.01": 3}
    html = tmp_path / "o.html"
    assert run("workshop", *old, *new, "--out", html, "--checklists", newer_catalogue) == 0
    page = html.read_text(encoding="utf-8")
    assert page.count("Your headline is specific") == 2
    assert page.index("Answered against another version") < page.rindex("Your headline is specific")


def test_a_platform_or_a_row_below_the_minimum_group_is_hidden_and_says_why(tmp_path: Path) -> None:
    """Three people checked the platform, but only one answered the older revision: that row
    would show one person's outcome, so it is left out, and the page says why."""
    old = share(tmp_path, "old", ALL_GAPS)
    newer_catalogue = second_catalogue(shutil.copytree(MINI, tmp_path / "catalogue"))
    new = [share(tmp_path, f"new{i}", ALL_GAPS, catalogue=newer_catalogue) for i in range(2)]
    rows = _rows(_overview(old, *new, catalogue=newer_catalogue))
    assert ("example.profile.headline", 1) not in rows, "one participant's row would show their answer"
    assert ("example.profile.headline", 2) not in rows, "nor would two"
    assert rows[("example.privacy.ads", 1)]["gap"] == 3
    html = tmp_path / "o.html"
    assert run("workshop", old, *new, "--out", html, "--lang", "nl", "--checklists", newer_catalogue) == 0
    page = html.read_text(encoding="utf-8")
    assert re.search(r"zijn beantwoord, staan er niet in \(\d\)", page)
    # Two participants in all: the platform itself is below the minimum, nothing of it is shown.
    two = _overview(*new, catalogue=newer_catalogue)
    assert two["checks"] == [] and two["platforms"][0]["score"]["values"] == []
    assert run("workshop", *new, "--out", html, "--lang", "nl", "--checklists", newer_catalogue) == 0
    page = html.read_text(encoding="utf-8")
    assert "Minder dan 3 deelnemers hebben Example Network gecontroleerd" in page
    assert "Your headline is specific" not in page and "Je kopregel" not in page


def test_the_html_is_self_contained_private_and_in_the_trainers_language(room: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "workshop.html"
    assert run("workshop", *room, "--lang", "nl", "--out", out, "--checklists", MINI) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    page = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page.lower() and "http://" not in page and "https://" not in page
    assert '<html lang="nl">' in page and "Overzicht van de workshop" in page
    assert "Advertenties gebruiken je gegevens niet" in page  # the catalogue's Dutch title
    assert "Ads do not use your data" not in page
    assert "<svg" in page and "afleiden" not in page  # three participants: no inference warning
    assert "example.privacy.ads" not in page, "no check ids in what a person reads"
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", re.sub(r"<[^>]+>", " ", page)), "dates in words"


def test_one_participant_is_one_deelnemer(room: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "one.html"
    assert run("workshop", room[0], "--out", out, "--lang", "nl", "--checklists", MINI) == 0
    page = out.read_text(encoding="utf-8")
    assert "1 deelnemers" not in page and "van de 1 deelnemers" not in page
    assert "1 deelnemer<" in page


def test_fewer_than_three_participants_says_answers_can_be_inferred(room: list[Path], tmp_path: Path) -> None:
    files = room[:2]
    out = tmp_path / "two.html"
    assert run("workshop", *files, "--out", out, "--lang", "nl", "--checklists", MINI) == 0
    assert "kun je afleiden wat iemand" in out.read_text(encoding="utf-8")
    assert _overview(*files)["few_participants"] is True


BAD_FILES = {
    "broken.json": '{"schema": "auditor.share/1", "share_id": ',
    "report.json": json.dumps({"schema": "auditor.report/1", "platforms": []}),
    "future.json": json.dumps({"schema": "auditor.share/2", "share_id": "0123456789abcdef"}),
    "edited.json": None,  # a real share with a status nobody writes
}


@pytest.mark.parametrize(("name", "says"), [("broken.json", "damaged"), ("report.json", "not a share file"),
                                            ("future.json", "newer version"), ("edited.json", "status")])
def test_a_bad_file_is_refused_by_name_and_skipped_on_request(room: list[Path], tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str], name: str,
                                                             says: str) -> None:
    bad = tmp_path / name
    if BAD_FILES[name] is None:
        data = load(room[0])
        data["checks"][0]["status"] = "fine"
        bad.write_text(json.dumps(data), encoding="utf-8")
    else:
        bad.write_text(BAD_FILES[name], encoding="utf-8")
    capsys.readouterr()
    out = tmp_path / "o.html"
    assert run("workshop", *room, bad, "--out", out, "--checklists", MINI) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and says in err and "Traceback" not in err
    assert not out.exists()
    assert run("workshop", *room, bad, "--out", out, "--checklists", MINI, "--skip-bad") == 0
    assert str(bad) in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert name not in page, "file names (maybe a person's name) stay out of the overview"
    assert _overview(*room, bad, extra=("--skip-bad",))["skipped"] == 1


def test_a_missing_file_a_fifo_and_no_readable_share_at_all(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    missing = tmp_path / "missing.json"
    assert run("workshop", fifo, missing, "--skip-bad", "--out", tmp_path / "o.html", "--checklists", MINI) == 2
    err = capsys.readouterr().err
    assert str(fifo) in err and str(missing) in err and "None of the files" in err


def test_dutch_messages_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    assert run("workshop", bad, "--lang", "nl", "--checklists", MINI) == 2
    err = capsys.readouterr().err
    assert f"{bad}: dit bestand is beschadigd" in err and "--skip-bad" in err


def test_the_demo_leaves_three_shares_for_a_one_command_overview(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run("demo", "--out", tmp_path / "demo.html", "--lang", "nl", "--db", tmp_path / "demo.sqlite3") == 0
    assert "auditor workshop auditor-demo-share-*.json" in capsys.readouterr().out
    files = sorted(tmp_path.glob("auditor-demo-share-*.json"))
    assert len(files) == 3
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    data = _overview(*files)
    assert data["participants"] == 3 and not data["few_participants"]
    assert {p["id"] for p in data["platforms"]} == {"linkedin", "facebook", "x", "instagram"}
    assert data["platforms"][0]["id"] == "linkedin", "the platform everyone audited comes first"


def test_every_sentence_of_the_share_and_workshop_section_has_both_languages() -> None:
    import string

    from auditor.strings import SHARE

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert all(key.startswith(("share.", "workshop.")) for key in SHARE)
    for key, entry in SHARE.items():
        assert entry["en"].strip() and entry["nl"].strip(), key
        assert fields(entry["en"]) == fields(entry["nl"]), key
