"""A corpus of hostile and broken archives: each gets a clear message or a clean skip.

Never a traceback (only ``InputFileError`` may escape ``read_export``), never a file
written: the test snapshots the temporary tree, its parent and the working directory
before and after, and plants traversal names aimed at all three.
"""

from __future__ import annotations

import os
import random
import re
import struct
import uuid
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from exportgen import LinkedIn, X, linkedin_name, write_export

from auditor.collectors.exports import ExportResult, Limits, read_export
from auditor.errors import InputFileError

ESCAPE = f"auditor-escape-{uuid.uuid4().hex}.txt"


def _patch_flags(path: Path, names: set[str] | None = None) -> None:
    """Mark members as encrypted the way a password-protected zip does (bit 0)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if names is None or i.filename in names]
    for info in infos:
        data[info.header_offset + 6] |= 0x01
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        (name_len,) = struct.unpack_from("<H", data, offset + 28)
        name = bytes(data[offset + 46: offset + 46 + name_len]).decode()
        if names is None or name in names:
            data[offset + 8] |= 0x01
        offset = data.find(b"PK\x01\x02", offset + 4)
    path.write_bytes(bytes(data))


def _patch_size(path: Path, member: str, size: int) -> None:
    """Make a member's headers lie about its uncompressed size."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        (name_len,) = struct.unpack_from("<H", data, offset + 28)
        if bytes(data[offset + 46: offset + 46 + name_len]).decode() == member:
            struct.pack_into("<I", data, offset + 24, size)
        offset = data.find(b"PK\x01\x02", offset + 4)
    path.write_bytes(bytes(data))


def linkedin(dest: Path, **changes: bytes) -> Path:
    files = LinkedIn().files()
    files.update(changes)
    return write_export(dest, files)


def traversal_only(d: Path) -> Path:
    path = d / "slip.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name in (f"../{ESCAPE}", f"../../{ESCAPE}", f"/tmp/{ESCAPE}", f"C:\\{ESCAPE}",
                     f"ok/../../{ESCAPE}"):
            zf.writestr(name, b"escaped")
    return path


def traversal_mixed(d: Path) -> Path:
    path = d / linkedin_name()
    linkedin(path)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("../Profile.csv", b"First Name,Headline\nEvil,Pwned\n")
        zf.writestr(f"../../{ESCAPE}", b"escaped")
        zf.writestr(f"/tmp/{ESCAPE}", b"escaped")
    return path


def bomb(d: Path) -> Path:
    return linkedin(d / "bomb.zip", **{"Connections.csv": b"First Name,Last Name\n" + b"\0" * 60_000_000})


def bomb_lying(d: Path) -> Path:
    path = linkedin(d / "liar.zip", **{"Invitations.csv": b"From,To\n" + b"a," * 2_000_000})
    _patch_size(path, "Invitations.csv", 1000)
    return path


def truncated(d: Path) -> Path:
    path = linkedin(d / "cut.zip")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted(d: Path) -> Path:
    path = linkedin(d / "locked.zip")
    _patch_flags(path)
    return path


def encrypted_member(d: Path) -> Path:
    path = linkedin(d / linkedin_name())
    _patch_flags(path, {"Invitations.csv"})
    return path


def empty_file(d: Path) -> Path:
    (d / "empty.zip").write_bytes(b"")
    return d / "empty.zip"


def empty_zip(d: Path) -> Path:
    zipfile.ZipFile(d / "nothing.zip", "w").close()
    return d / "nothing.zip"


def random_bytes(d: Path) -> Path:
    (d / "noise.zip").write_bytes(random.Random(6).randbytes(8192))
    return d / "noise.zip"


def random_after_magic(d: Path) -> Path:
    (d / "pk.zip").write_bytes(b"PK\x03\x04" + random.Random(7).randbytes(8192))
    return d / "pk.zip"


def invalid_utf8(d: Path) -> Path:
    profile = b"First Name,Last Name,Headline\nS\xe9bastien,\xff\xfe,Ing\xe9nieur \x81\n"
    return linkedin(d / linkedin_name(), **{"Profile.csv": profile})


def huge_field(d: Path) -> Path:
    field = "".join(random.Random(5).choices("abcdefghij klmnop", k=1_500_000)).encode()
    profile = b"First Name,Headline,Summary\nSam,Eng," + field + b"\n"
    return linkedin(d / linkedin_name(), **{"Profile.csv": profile})


def deep_json(d: Path) -> Path:
    files = X().files()
    files["data/profile.js"] = b"window.YTD.profile.part0 = " + b"[" * 200_000
    return write_export(d / "x.zip", files)


def nul_and_garbage(d: Path) -> Path:
    files = X().files()
    files["data/account.js"] = b"\x00\x01\x02 window.YTD = {{{"
    files["data/personalization.js"] = b"window.YTD.personalization.part0 = \"\xff\xfe\""
    return write_export(d / "x.zip", files)


def unknown_kind(d: Path) -> Path:
    return write_export(d / "holiday.zip", {"IMG_0001.jpg": b"\xff\xd8", "readme.txt": b"hi"})


def many_names(d: Path) -> Path:
    path = d / linkedin_name()
    linkedin(path)
    with zipfile.ZipFile(path, "a") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the duplicate name is the point
        for i in range(20_000):
            zf.writestr(f"photos/{i}.jpg", b"")
        zf.writestr("Profile.csv/", b"")  # a directory entry named like a member
        zf.writestr("Profile.csv", b"First Name,Headline\nDuplicate,Second\n")  # duplicate
        zf.writestr("Skills.csv\n\x1b[31m", b"Name\nx\n")  # control characters
    return path


def over_member_cap(d: Path) -> Path:
    return linkedin(d / linkedin_name(), **{"Connections.csv": os.urandom(3 * 1024 * 1024)})


def folder_with_traps(d: Path) -> Path:
    folder = d / "Complete_LinkedInDataExport_01-02-2026"
    write_export(folder, LinkedIn().files(), as_zip=False)
    (folder / "Invitations.csv").unlink()
    (folder / "Invitations.csv").symlink_to("/etc/passwd")
    (folder / "Skills.csv").unlink()
    os.mkfifo(folder / "Skills.csv")  # reading it would block forever
    return folder


CORPUS: dict[str, tuple[Callable[[Path], Path], str | None]] = {
    # name: (builder, substring of the error message, or None for a clean read)
    "traversal-only": (traversal_only, "path-traversal archive"),
    "traversal-mixed": (traversal_mixed, None),
    "compression-bomb": (bomb, "compression bomb"),
    "lying-size-header": (bomb_lying, "Invitations.csv is damaged"),
    "truncated": (truncated, "truncated or damaged"),
    "encrypted": (encrypted, "encrypted"),
    "encrypted-member": (encrypted_member, "Invitations.csv is encrypted"),
    "empty-file": (empty_file, "empty (0 bytes)"),
    "empty-zip": (empty_zip, "empty zip archive"),
    "random-bytes": (random_bytes, "not a zip archive"),
    "random-after-zip-magic": (random_after_magic, "truncated or damaged"),
    "invalid-utf8": (invalid_utf8, None),
    "huge-single-field": (huge_field, None),
    "deeply-nested-json": (deep_json, None),
    "garbage-js": (nul_and_garbage, None),
    "unknown-kind": (unknown_kind, "not a recognised data export"),
    "odd-names": (many_names, None),
    "over-member-cap": (over_member_cap, "limit for one file"),
    "folder-links-and-fifo": (folder_with_traps, None),
}

LIMITS = Limits(member_bytes=2 * 1024 * 1024)


def _snapshot(*folders: Path) -> set[str]:
    seen: set[str] = set()
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            seen.update(os.path.join(root, n) for n in dirs + files)
    return seen


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_hostile_archive(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build, message = CORPUS[case]
    corpus = tmp_path / "corpus" / "deeper"
    corpus.mkdir(parents=True)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    path = build(corpus)
    before = _snapshot(tmp_path)

    result: ExportResult | None = None
    try:
        result = read_export(path, limits=LIMITS)
    except InputFileError as error:
        assert message is not None, f"{case}: unexpected error {error.render()}"
        assert message in error.message, error.render()
        assert path.name in error.message
        assert "\n" not in error.message and "Traceback" not in error.render()
    else:
        assert message is None, f"{case}: expected an error saying {message!r}"
        assert result.facts or result.notes

    assert _snapshot(tmp_path) == before
    assert ESCAPE not in os.listdir(tmp_path.parent)
    assert ESCAPE not in os.listdir(tmp_path.parent.parent)
    assert not os.listdir(cwd)
    assert not Path("/tmp", ESCAPE).exists()
    assert not (tmp_path / "corpus" / ESCAPE).exists() and not (tmp_path / ESCAPE).exists()


def test_clean_skips_say_what_was_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    mixed = read_export(traversal_mixed(folder))
    assert any(n.startswith("Ignored 3 entries that point outside") for n in mixed.notes)
    headline = next(f for f in mixed.facts if f.key == "linkedin.profile.headline")
    assert headline.value != "Pwned"

    utf = {f.key: f.value for f in read_export(invalid_utf8(folder)).facts}
    assert utf["linkedin.profile.headline"] == "Ingénieur \ufffd"

    huge = read_export(huge_field(folder))
    assert any(n.startswith("Skipped Profile.csv") for n in huge.notes)
    assert any(f.key == "linkedin.networking.connections" for f in huge.facts)

    deep = read_export(deep_json(folder))
    assert any("is not readable JSON" in n for n in deep.notes)

    traps = read_export(folder_with_traps(folder))
    keys = {f.key for f in traps.facts}
    assert "linkedin.networking.personal_note_share" not in keys
    assert "linkedin.profile.skills" not in keys
    assert any(n.startswith("Ignored 2 entries") for n in traps.notes)


ENGLISH_WORDS = re.compile(r"\b(cannot|is not|holds|encrypted|damaged|expands|archive|member|limit|looks like)\b")


@pytest.mark.parametrize("case", sorted(c for c, (_, message) in CORPUS.items() if message is not None))
def test_a_refused_archive_is_explained_in_dutch(case: str, tmp_path: Path, dutch: None) -> None:
    path = CORPUS[case][0](tmp_path)
    with pytest.raises(InputFileError) as caught:
        read_export(path, limits=LIMITS)
    said = caught.value.render()
    assert path.name in said and not ENGLISH_WORDS.search(said), said
