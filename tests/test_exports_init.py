"""``read_export``: detection across platforms, the result record, and its contract."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exportgen import Facebook, Instagram, LinkedIn, X, instagram_root, linkedin_name, write_export

from auditor.collectors.exports import KIND_NAMES, ExportResult, period, read_export
from auditor.errors import InputFileError

BUILDERS = {
    "linkedin": (LinkedIn, linkedin_name()),
    "x": (X, "twitter.zip"),
    "facebook": (Facebook, "facebook.zip"),
    "instagram": (Instagram, f"{instagram_root()}.zip"),
}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_every_kind_is_told_apart(tmp_path: Path, kind: str) -> None:
    builder, name = BUILDERS[kind]
    result = read_export(write_export(tmp_path / name, builder().files()))
    assert isinstance(result, ExportResult)
    assert result.kind == kind
    assert result.era.startswith(kind)
    assert result.facts and result.notes
    assert all(f.key.startswith(kind + ".") for f in result.facts)
    assert result.describe().startswith(f"{KIND_NAMES[kind]} export (layout {period(result.era)})")


def test_two_platforms_in_one_archive_is_an_error(tmp_path: Path) -> None:
    files = {**LinkedIn().files(), **X().files()}
    with pytest.raises(InputFileError, match=r"more than one export \(LinkedIn \+ X\)"):
        read_export(write_export(tmp_path / "both.zip", files))


def test_unknown_export_is_one_clear_error(tmp_path: Path) -> None:
    files = {"notes.txt": b"hello", "photos/1.jpg": b"\xff\xd8"}
    with pytest.raises(InputFileError, match="not a recognised data export") as info:
        read_export(write_export(tmp_path / "other.zip", files))
    assert info.value.message.startswith("other.zip ")
    assert info.value.hint


def test_observed_at_is_the_export_date_not_today(tmp_path: Path) -> None:
    result = read_export(write_export(tmp_path / linkedin_name("03-04-2024"), LinkedIn().files()),
                         now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert {f.observed_at for f in result.facts} == {dt.datetime(2024, 3, 4, tzinfo=dt.UTC)}


def test_only_needed_members_are_opened(tmp_path: Path) -> None:
    files = LinkedIn().files()
    files.update({f"Jobs/Job Applications_{i}.csv": b"\x00" * 10 for i in range(5)})
    files["messages.csv"] = b"CONVERSATION ID,CONTENT\n1,private words\n"
    messages: list[str] = []
    read_export(write_export(tmp_path / linkedin_name(), files), progress=messages.append)
    opened = {m.removeprefix("reading ") for m in messages if m.startswith("reading ")}
    assert opened <= {"Profile.csv", "Rich_Media.csv", "Positions.csv", "Education.csv",
                      "Skills.csv", "Invitations.csv", "Connections.csv", "Profile Summary.csv",
                      "ImportedContacts.csv", "Contacts.csv"}
