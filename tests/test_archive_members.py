"""An export with too many members is refused from its end record, before zipfile builds
an object per member (a million members once cost 29 s and 850 MB)."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.collectors.exports.archive import ArchiveError, Limits, open_archive
from tests.conftest import MINI


def make_zip(path: Path, members: int) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for n in range(members):
            zf.writestr(f"f{n}.txt", b"")
    return path


def forge_count(path: Path, count: int) -> None:
    """Rewrite the end record's member counts (a lying header)."""
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8:at + 12] = struct.pack("<HH", count, count)
    path.write_bytes(bytes(data))


def test_one_member_too_many_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.zip", 51)
    with pytest.raises(ArchiveError, match=r"export\.zip holds 51 files; an export is read only up to 50 files"):
        open_archive(path, Limits(members=50))
    with open_archive(path, Limits(members=51)) as archive:
        assert len(archive) == 51


def test_a_zip64_end_record_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 10)  # write the zip64 records for 20 members
    path = make_zip(tmp_path / "export.zip", 20)
    monkeypatch.undo()
    assert b"PK\x06\x06" in path.read_bytes()
    with pytest.raises(ArchiveError, match="holds 20 files"):
        open_archive(path, Limits(members=19))


def test_a_count_that_lies_low_is_caught_by_the_table_size(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.zip", 2000)
    forge_count(path, 1)
    with pytest.raises(ArchiveError, match="an export is read only up to 5 files"):
        open_archive(path, Limits(members=5))


def test_a_folder_with_too_many_files_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for n in range(51):
        (folder / f"f{n}.txt").write_text("")
    with pytest.raises(ArchiveError, match="read only up to 50 files"):
        open_archive(folder, Limits(members=50))


def test_a_million_members_are_refused_by_import(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 1)
    path = make_zip(tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip", 3)
    monkeypatch.undo()
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x06\x06")
    data[at + 24:at + 40] = struct.pack("<QQ", 1_000_000, 1_000_000)  # a zip64 record declaring a million
    path.write_bytes(bytes(data))
    code = main(["import", str(path), "--db", str(db), "--checklists", str(MINI)])
    err = capsys.readouterr().err
    assert code == 2 and "holds 1,000,000 files; an export is read only up to 100,000 files" in err
    assert not db.exists()
