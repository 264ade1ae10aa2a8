"""The archive abstraction: lookup by relative path, caps, and what it refuses."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from exportgen import write_export

from auditor.collectors.exports.archive import (
    ArchiveError,
    FolderArchive,
    Limits,
    MemberError,
    ZipArchive,
    open_archive,
    safe_member_name,
)
from auditor.errors import InputFileError

FILES = {
    "Profile.csv": b"First Name,Headline\nSam,Engineer\n",
    "Jobs/Saved Jobs.csv": b"a\n",
    "data/pages_you've_liked.json": b"[]",
}


@pytest.mark.parametrize("as_zip", [True, False])
@pytest.mark.parametrize("root", ["", "Complete_LinkedInDataExport_01-02-2026", "a/b"])
def test_members_are_found_relative_to_the_shared_root(tmp_path: Path, as_zip: bool,
                                                       root: str) -> None:
    dest = tmp_path / ("e.zip" if as_zip else "e")
    write_export(dest, FILES, as_zip=as_zip, root=root)
    with open_archive(dest) as archive:
        assert isinstance(archive, ZipArchive if as_zip else FolderArchive)
        assert archive.root == root
        assert archive.find("profile.CSV", "other") == "Profile.csv"
        assert archive.find("missing.csv") is None
        assert archive.find("data/pages_you_ve_liked.json") == "data/pages_you've_liked.json"
        assert archive.has_dir("Jobs") and not archive.has_dir("nope")
        assert archive.listdir("jobs", r".+\.csv") == ["Jobs/Saved Jobs.csv"]
        assert archive.subdirs("") == ["data", "jobs"]
        assert archive.named("saved jobs.csv") == ["Jobs/Saved Jobs.csv"]
        assert archive.has_suffix(".json")
        with archive.open("Profile.csv") as stream:
            assert stream.read() == FILES["Profile.csv"]
        with pytest.raises(MemberError):
            archive.open("nope.csv").__enter__()


def test_macos_litter_is_ignored(tmp_path: Path) -> None:
    dest = write_export(tmp_path / "e.zip", {**FILES, "__MACOSX/._Profile.csv": b"x",
                                             "._Profile.csv": b"x", ".DS_Store": b"x"})
    with open_archive(dest) as archive:
        assert len(archive) == 3


@pytest.mark.parametrize(
    ("name", "safe"),
    [("a/b.csv", "a/b.csv"), ("./a//b.csv", "a/b.csv"), ("a\\b.csv", "a/b.csv"),
     ("../b.csv", None), ("a/../../b.csv", None), ("/etc/passwd", None), ("C:\\x.csv", None),
     ("c:x", None), ("a\x00b", None), ("", None), ("./", None)],
)
def test_unsafe_member_names_are_refused(name: str, safe: str | None) -> None:
    assert safe_member_name(name) == safe


def test_member_cap_ratio_cap_and_total_cap(tmp_path: Path) -> None:
    big = os.urandom(300_000)
    dest = write_export(tmp_path / "e.zip", {"a.bin": big, "b.bin": big, "zeros.bin": b"0" * 2_000_000})
    with ZipArchive(dest, Limits(member_bytes=100_000)) as archive, pytest.raises(
            ArchiveError, match="limit for one file"):
        archive.open("a.bin").__enter__()
    with ZipArchive(dest, Limits(total_bytes=400_000)) as archive:
        with archive.open("a.bin") as stream:
            stream.read()
        with pytest.raises(ArchiveError, match="in total"), archive.open("b.bin") as stream:
            stream.read()
    with ZipArchive(dest, Limits(ratio=10, ratio_floor=100_000)) as archive, pytest.raises(
            ArchiveError, match="compression bomb"):
        archive.open("zeros.bin").__enter__()


def test_a_member_that_lies_about_its_size_reads_as_damaged(tmp_path: Path) -> None:
    dest = write_export(tmp_path / "e.zip", {"zeros.bin": b"0" * 3_000_000})
    with ZipArchive(dest, Limits(ratio=10, ratio_floor=100_000)) as archive:
        entry = archive._entry("zeros.bin")
        info = entry.handle
        assert isinstance(info, zipfile.ZipInfo)
        entry.size = info.file_size = 50_000  # claims little: zipfile stops there, CRC fails
        with pytest.raises(ArchiveError, match="damaged"), archive.open("zeros.bin") as stream:
            stream.read()


def test_folder_skips_links_and_special_files(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    write_export(folder, FILES, as_zip=False)
    (folder / "Connections.csv").symlink_to("/etc/passwd")
    (folder / "linked").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(folder / "Invitations.csv")
    with open_archive(folder) as archive:
        assert archive.find("Connections.csv") is None
        assert archive.find("Invitations.csv") is None
        assert archive.unsafe_names == 3


@pytest.mark.parametrize(
    ("make", "message"),
    [(lambda p: p.write_bytes(b""), "empty"),
     (lambda p: p.write_bytes(b"hello, not a zip"), "not a zip archive"),
     (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 40), "truncated or damaged"),
     (lambda p: zipfile.ZipFile(p, "w").close(), "empty zip archive"),
     (lambda p: None, "does not exist")],
)
def test_unreadable_paths_get_one_message(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "export.zip"
    make(path)
    with pytest.raises(InputFileError, match=message):
        open_archive(path)


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ArchiveError, match="empty folder"):
        open_archive(tmp_path / "empty")


def test_newest_timestamp_comes_from_the_zip(tmp_path: Path) -> None:
    dest = tmp_path / "e.zip"
    with zipfile.ZipFile(dest, "w") as zf:
        zf.writestr(zipfile.ZipInfo("a.csv", date_time=(2024, 3, 4, 5, 6, 7)), b"x")
        zf.writestr(zipfile.ZipInfo("b.csv", date_time=(2025, 1, 2, 3, 4, 6)), b"x")
    with open_archive(dest) as archive:
        stamp = archive.newest_timestamp()
    assert stamp is not None and stamp.isoformat() == "2025-01-02T03:04:06+00:00"


def test_a_category_folder_is_never_taken_for_a_wrapper(tmp_path: Path) -> None:
    from auditor.collectors.exports.archive import open_archive

    files = {"connections/friends/your_friends.json": b"{}",
             "connections/followers/who_you've_followed.json": b"{}"}
    with open_archive(write_export(tmp_path / "fb.zip", files)) as archive:
        assert archive.root == ""
        assert archive.find("connections/friends/your_friends.json")
    with open_archive(write_export(tmp_path / "wrapped.zip", files, root="facebook-sam")) as archive:
        assert archive.root == "facebook-sam"
