"""A data export as a read-only set of members: a zip file or an unzipped folder.

Exports are hostile input as far as this module is concerned. Members are read in place as
streams and never extracted; a member's name is only a key for lookup, never a path on disk
(names with ``..``, absolute paths or drive letters are skipped outright, so even a lookup
cannot be steered). Every byte read passes a counter that enforces a cap per member, a cap
on the total, and a cap on the compression ratio, so a zip bomb is stopped after at most a
cap's worth of output, whatever its headers claim.

Only the members a reader asks for are opened: photos and videos in the archive cost an
entry in the index and nothing more.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from auditor.errors import InputFileError
from auditor.inputs import grouped, os_reason
from auditor.strings import t

from .notes import Note


def _t(key: str, **params: object) -> str:
    from auditor.strings import t

    return t(key, **params)


def _say(key: str, **params: object) -> str:
    """A sentence of the table with its whole numbers grouped the language's way (12.345 in Dutch)."""
    return Note(key, params).render()

MIB = 1024 * 1024


class ArchiveError(InputFileError):
    """The archive as a whole cannot be read safely: stop, with one message."""


class MemberError(InputFileError):
    """One member is not what it should be: the reader skips it and says so.

    ``note`` says it to the person in their language; ``empty`` marks a member that holds
    nothing at all (0 bytes, or only blanks), which an import names as empty, not as broken.
    """

    def __init__(self, message: str, *, note: Note | None = None, empty: bool = False,
                 hint: str | None = None):
        super().__init__(message, hint=hint)
        self.note = note
        self.empty = empty


@dataclass(frozen=True)
class Limits:
    """How much an import may read; generous for real exports, fatal for bombs.

    A real LinkedIn ``messages.csv`` is tens of MB and a Meta JSON file a few MB; text
    compresses 5-20x, rarely beyond 100x unless it is a run of one byte repeated. The ratio
    is only judged once a member has produced ``ratio_floor`` bytes, because tiny members
    (an empty JSON list) legitimately have absurd ratios.
    """

    member_bytes: int = 256 * MIB
    total_bytes: int = 1024 * MIB
    ratio: int = 100
    ratio_floor: int = 1 * MIB
    members: int = 100_000  # files in one export; a large Facebook export holds ~20,000


@dataclass
class _Budget:
    limits: Limits
    used: int = 0


_DRIVE = re.compile(r"^[A-Za-z]:")


def normalise(name: str) -> str:
    """The lookup key of a member path: case-folded, apostrophes unified.

    Meta writes ``pages_you've_liked.json`` and some tools rewrite the apostrophe to ``_``;
    LinkedIn file names are matched without regard to case, since a re-zipped export on a
    case-insensitive disk may change it.
    """
    return name.casefold().replace("\u2019", "'").replace("'", "_")


def safe_member_name(raw: str) -> str | None:
    """The member's name as a relative posix path, or None when it could escape a folder."""
    if (raw and "\\" not in raw and "\x00" not in raw and "./" not in raw and "//" not in raw
            and raw[0] != "/" and raw[1:2] != ":" and not raw.endswith(("/.", "/.."))
            and raw not in (".", "..")):
        return raw  # the common case, already clean: skip the splitting below
    name = raw.replace("\\", "/")
    if "\x00" in name or name.startswith("/") or _DRIVE.match(name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return "/".join(parts)


def display(name: str) -> str:
    """A member name fit for a message: printable, and not endless."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in name)
    return shown if len(shown) <= 160 else shown[:157] + "..."


def _ignored(name: str) -> bool:
    """macOS resource forks and Finder litter: never export content."""
    if "__MACOSX/" not in name and "._" not in name and ".DS_Store" not in name:
        return False
    base = name.rpartition("/")[2]
    return name.startswith("__MACOSX/") or base.startswith("._") or base == ".DS_Store"


@dataclass
class _Entry:
    rel: str  # relative to the export's root folder, as displayed
    size: int
    handle: object  # ZipInfo or Path


class Archive(ABC):
    """The members of one export, by their path relative to the export's root folder.

    The root is the folder all members share (Instagram zips wrap everything in
    ``instagram-<user>-<date>-<token>/``; a user may zip the unzipped folder again), so
    readers can ask for ``data/account.js`` whatever the wrapping.
    """

    def __init__(self, path: Path, limits: Limits | None = None):
        self.path = path
        self.limits = limits or Limits()
        self.unsafe_names = 0  # members skipped because their name could escape a folder
        self._entries: dict[str, _Entry] = {}
        self._by_dir: dict[str, list[str]] = {}
        self._budget = _Budget(self.limits)
        self.root = ""  # the folder all members share inside the archive, if any

    @property
    def label(self) -> str:
        return self.path.name

    def _index(self, entries: Sequence[tuple[str, int, object]], root: str | None = None) -> None:
        names = [name for name, _, _ in entries]
        root = _common_root(names) if root is None else root
        self.root = root
        cut = len(root) + 1 if root else 0
        by_dir = self._by_dir
        by_dir[""] = []
        for name, size, handle in entries:
            rel = name[cut:]
            key = normalise(rel)
            if key in self._entries:
                continue  # a duplicate name: the first one counts
            self._entries[key] = _Entry(rel, size, handle)
            parent = key.rpartition("/")[0]
            siblings = by_dir.get(parent)
            if siblings is not None:
                siblings.append(key)
                continue
            by_dir[parent] = [key]
            while parent:  # register the ancestors once, when a folder is first seen
                parent = parent.rpartition("/")[0]
                if parent in by_dir:
                    break
                by_dir[parent] = []

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, *candidates: str) -> str | None:
        """The first candidate path that is a member, as the member's displayed name."""
        for candidate in candidates:
            entry = self._entries.get(normalise(candidate))
            if entry is not None:
                return entry.rel
        return None

    def has_dir(self, *candidates: str) -> bool:
        return any(normalise(c).strip("/") in self._by_dir for c in candidates)

    def listdir(self, folder: str, pattern: str = r".*") -> list[str]:
        """Members directly in ``folder`` whose base name fully matches ``pattern``."""
        regex = re.compile(pattern, re.IGNORECASE)
        keys = self._by_dir.get(normalise(folder).strip("/"), [])
        found = [self._entries[k].rel for k in keys]
        return sorted(rel for rel in found if regex.fullmatch(rel.rsplit("/", 1)[-1]))

    def subdirs(self, folder: str) -> list[str]:
        """Folder names directly below ``folder`` (normalised)."""
        prefix = normalise(folder).strip("/")
        start = prefix + "/" if prefix else ""
        return sorted(
            d[len(start) :]
            for d in self._by_dir
            if d.startswith(start) and d != prefix and "/" not in d[len(start) :]
        )

    def named(self, *basenames: str) -> list[str]:
        """Members anywhere whose base name is one of ``basenames`` (one pass over the index)."""
        wanted = {normalise(b) for b in basenames}
        return sorted(
            entry.rel for key, entry in self._entries.items() if key.rsplit("/", 1)[-1] in wanted
        )

    def has_suffix(self, suffix: str) -> bool:
        """Whether any member's name ends with ``suffix`` (e.g. ".json")."""
        ending = normalise(suffix)
        return any(key.endswith(ending) for key in self._entries)

    def suffixed(self, suffix: str) -> list[str]:
        """Members anywhere whose name ends with ``suffix`` (e.g. ".pdf"), as displayed."""
        ending = normalise(suffix)
        return sorted(entry.rel for key, entry in self._entries.items() if key.endswith(ending))

    def size(self, member: str) -> int:
        return self._entry(member).size

    def _entry(self, member: str) -> _Entry:
        entry = self._entries.get(normalise(member))
        if entry is None:
            raise MemberError(f"{display(member)} is not in {self.label}",
                              note=Note("import.skip.missing", {"file": display(member)}))
        return entry

    @contextmanager
    def open(self, member: str) -> Iterator[IO[bytes]]:
        """A capped binary stream over one member; bytes are counted as they are read."""
        entry = self._entry(member)
        packed = max(self._compressed_size(entry), 1)
        if entry.size > self.limits.ratio_floor and entry.size > self.limits.ratio * packed:
            raise ArchiveError(_say("errors.archive.bomb", name=self.label, member=display(entry.rel),
                                    ratio=entry.size // packed))
        if entry.size > self.limits.member_bytes:
            raise ArchiveError(_say("errors.archive.member_too_big", name=self.label, member=display(entry.rel),
                                    limit=self.limits.member_bytes // MIB),
                               hint=_say("errors.archive.member_too_big.hint"))
        with self._raw_open(entry) as raw:
            yield io.BufferedReader(_Capped(raw, self, entry), buffer_size=64 * 1024)

    @abstractmethod
    def _raw_open(self, entry: _Entry) -> IO[bytes]: ...

    def _compressed_size(self, entry: _Entry) -> int:
        return entry.size

    def newest_timestamp(self) -> dt.datetime | None:
        return None

    def close(self) -> None:
        return None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Meta's category folders: an export's own content, never a wrapper around it. A download
# that holds only ``connections/`` must keep that name, or its friends list would look like
# the 2018 layout's top-level ``friends/``. Generic names a person might give a folder
# ("data", "media") are left out: X and LinkedIn readers find their files either way.
CONTENT_DIRS = frozenset({
    "connections", "personal_information", "your_facebook_activity", "your_instagram_activity",
    "logged_information", "security_and_login_information", "ads_information", "preferences",
    "apps_and_websites_off_of_facebook", "apps_and_websites_off_of_instagram",
    "friends", "friends_and_followers", "profile_information", "about_you", "photos_and_videos",
    "account_information", "followers_and_following", "activity_messages",
    "your_interactions_on_facebook", "likes_and_reactions",
})


def _common_root(names: Sequence[str]) -> str:
    """The wrapper folder every member sits in ("" when files lie at the top)."""
    if not names:
        return ""
    # A character-wise prefix cut back to its last "/" is a whole-folder prefix, and
    # commonprefix does its comparing in C: this runs once per member of a huge archive.
    prefix = os.path.commonprefix(list(names))  # noqa: RUF071
    folders = prefix.rpartition("/")[0].split("/") if "/" in prefix else []
    for depth, folder in enumerate(folders):
        if folder.casefold() in CONTENT_DIRS:
            return "/".join(folders[:depth])
    return "/".join(folders)


class _Capped(io.RawIOBase):
    """Counts what a member yields and stops at the first cap it crosses.

    Decompression errors (a bad CRC, a truncated deflate stream) surface here as one
    ``ArchiveError`` naming the member, instead of whatever zipfile or zlib raised.
    """

    def __init__(self, raw: IO[bytes], archive: Archive, entry: _Entry):
        super().__init__()
        self._raw = raw
        self._archive = archive
        self._entry = entry
        self._count = 0
        self._compressed = max(archive._compressed_size(entry), 1)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        try:
            data = self._raw.read(len(view))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
            raise ArchiveError(_say("errors.archive.member_damaged", name=self._archive.label,
                                    member=display(self._entry.rel), reason=exc),
                               hint=_say("errors.archive.download_again.hint")) from None
        n = len(data)
        view[:n] = data
        self._account(n)
        return n

    def _account(self, n: int) -> None:
        self._count += n
        budget = self._archive._budget
        budget.used += n
        limits = budget.limits
        where = {"name": self._archive.label, "member": display(self._entry.rel)}
        if self._count > limits.member_bytes:
            raise ArchiveError(_say("errors.archive.member_too_big", **where, limit=limits.member_bytes // MIB),
                               hint=_say("errors.archive.member_too_big.hint"))
        if budget.used > limits.total_bytes:
            raise ArchiveError(_say("errors.archive.total_too_big", **where, limit=limits.total_bytes // MIB))
        if self._count > limits.ratio_floor and self._count > limits.ratio * self._compressed:
            raise ArchiveError(_say("errors.archive.bomb", **where, ratio=limits.ratio))


class ZipArchive(Archive):
    """A zip file read through its central directory; members are streamed, not extracted."""

    def __init__(self, path: Path, limits: Limits | None = None):
        super().__init__(path, limits)
        _check_member_count(path, self.limits.members)  # before zipfile builds one object per member
        self._zip = _open_zip(path)
        try:
            self._load()
        except BaseException:
            self._zip.close()
            raise

    def _load(self) -> None:
        infos = self._zip.infolist()
        entries: list[tuple[str, int, object]] = []
        encrypted = 0
        for info in infos:
            if info.is_dir():
                continue
            name = safe_member_name(info.filename)
            if name is None:
                self.unsafe_names += 1
                continue
            if _ignored(name):
                continue
            if info.flag_bits & 0x1:
                encrypted += 1
            entries.append((name, info.file_size, info))
        if not entries and self.unsafe_names:
            raise ArchiveError(_say("errors.archive.traversal", name=self.label, count=self.unsafe_names))
        if not entries:
            raise ArchiveError(_say("errors.archive.empty_zip", name=self.label))
        if encrypted == len(entries):
            raise ArchiveError(_say("errors.archive.encrypted", name=self.label),
                               hint=_say("errors.archive.members.hint"))
        self._index(entries)

    def _raw_open(self, entry: _Entry) -> IO[bytes]:
        info = entry.handle
        assert isinstance(info, zipfile.ZipInfo)
        if info.flag_bits & 0x1:
            raise ArchiveError(_say("errors.archive.member_encrypted", name=self.label, member=display(entry.rel)),
                               hint=_say("errors.archive.members.hint"))
        try:
            return self._zip.open(info)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
            raise ArchiveError(_say("errors.archive.member_unreadable", name=self.label, member=display(entry.rel),
                                    reason=exc), hint=_say("errors.archive.download_again.hint")) from None

    def _compressed_size(self, entry: _Entry) -> int:
        info = entry.handle
        assert isinstance(info, zipfile.ZipInfo)
        return info.compress_size

    def newest_timestamp(self) -> dt.datetime | None:
        """The newest member time stamp: when the platform wrote the export (no zone given)."""
        newest: tuple[int, int, int, int, int, int] | None = None
        for entry in self._entries.values():
            info = entry.handle
            assert isinstance(info, zipfile.ZipInfo)
            if info.date_time[0] > 1980 and (newest is None or info.date_time > newest):
                newest = info.date_time
        if newest is None:
            return None
        try:
            return dt.datetime(*newest, tzinfo=dt.UTC)
        except ValueError:
            return None

    def close(self) -> None:
        self._zip.close()


_EOCD, _ZIP64_LOCATOR, _ZIP64_EOCD = b"PK\x05\x06", b"PK\x06\x07", b"PK\x06\x06"
_MIN_ENTRY, _ROOMY_ENTRY = 46, 46 + 300  # bytes of one central-directory entry: bare, and with a long name


def _check_member_count(path: Path, limit: int) -> None:
    """Refuse a zip with more than ``limit`` members, reading only its end record.

    Both the declared count and the size of the table of contents are checked: zipfile
    reads the whole table whatever the count says, so a lying count must not get through.
    Anything unreadable is left to ``_open_zip``, which says what is wrong.
    """
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            tail = min(size, 22 + 65535 + 20)
            fh.seek(size - tail)
            data = fh.read(tail)
            at = data.rfind(_EOCD)
            if at < 0 or len(data) - at < 22:
                return
            count, table = struct.unpack("<HI", data[at + 10:at + 16])
            if at >= 20 and data[at - 20:at - 16] == _ZIP64_LOCATOR:  # zipfile then trusts the zip64 record
                fh.seek(struct.unpack("<Q", data[at - 12:at - 4])[0])
                record = fh.read(56)
                if record[:4] == _ZIP64_EOCD:
                    count64, table64 = struct.unpack("<QQ", record[32:48])
                    count, table = max(count, count64), max(table, table64)
    except (OSError, struct.error, ValueError):
        return
    if count > limit or table > limit * _ROOMY_ENTRY:
        shown = count if table <= limit * _ROOMY_ENTRY else max(count, table // _MIN_ENTRY)
        raise ArchiveError(t("errors.archive.members", name=path.name, count=grouped(shown), limit=grouped(limit)),
                           hint=t("errors.archive.members.hint"))


def _open_zip(path: Path) -> zipfile.ZipFile:
    """Open a zip, turning each way it can be broken into a sentence a person can act on."""
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise ArchiveError(_say("errors.archive.unreadable", name=path.name, reason=os_reason(exc))) from None
    if not magic:
        raise ArchiveError(_t("import.error.empty_file", file=path.name),
                           hint=_t("import.error.empty_file.hint"))
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        if magic.startswith(b"PK"):
            raise ArchiveError(_t("import.error.truncated", file=path.name),
                               hint=_t("import.error.truncated.hint")) from None
        raise ArchiveError(_t("import.error.not_zip", file=path.name),
                           hint=_t("import.error.not_zip.hint")) from None
    except (OSError, ValueError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise ArchiveError(_say("errors.archive.not_readable_zip", name=path.name, reason=exc)) from None


class FolderArchive(Archive):
    """An unzipped export. Only regular files count; symlinks, devices and pipes are skipped."""

    def __init__(self, path: Path, limits: Limits | None = None):
        super().__init__(path, limits)
        files, skipped = _walk(path, self.limits.members)
        self.unsafe_names = skipped
        entries = [(rel, size, full) for rel, full, size in files if not _ignored(rel)]
        if not entries:
            raise ArchiveError(_t("import.error.empty_folder", label=self.label))
        self._index(entries)

    def _raw_open(self, entry: _Entry) -> IO[bytes]:
        full = entry.handle
        assert isinstance(full, Path)
        try:
            if not stat.S_ISREG(full.lstat().st_mode):
                raise ArchiveError(_say("errors.archive.member_changed", name=self.label, member=display(entry.rel)))
            return full.open("rb")
        except OSError as exc:
            raise ArchiveError(_say("errors.archive.member_unreadable", name=self.label, member=display(entry.rel),
                                    reason=os_reason(exc))) from None


def _walk(root: Path, limit: int) -> tuple[list[tuple[str, Path, int]], int]:
    """Regular files below ``root`` and how many other things were skipped.

    Links are never followed: a link in an export folder could point anywhere on the disk.
    More than ``limit`` entries: refused, like a zip with too many members.
    """
    files: list[tuple[str, Path, int]] = []
    skipped = 0
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError:
            skipped += 1
            continue
        if len(files) + skipped + len(items) > limit:
            raise ArchiveError(t("errors.archive.members", name=root.name, count=f"> {grouped(limit)}",
                                 limit=grouped(limit)), hint=t("errors.archive.members.hint"))
        for item in items:
            full = Path(item.path)
            try:
                if item.is_symlink():
                    skipped += 1
                elif item.is_dir(follow_symlinks=False):
                    stack.append(full)
                elif item.is_file(follow_symlinks=False):
                    size = item.stat(follow_symlinks=False).st_size
                    files.append((full.relative_to(root).as_posix(), full, size))
                else:
                    skipped += 1
            except OSError:
                skipped += 1
    return files, skipped


class PartsArchive(Archive):
    """Several parts of one download (Meta's ``…_part_2.zip``) read as one export.

    Each part keeps its own wrapper folder; their members are merged into one index (a
    name in two parts counts once, from the first part), and every byte read still passes
    one shared budget.
    """

    def __init__(self, parts: Sequence[Archive]):
        super().__init__(parts[0].path, parts[0].limits)
        self.parts = list(parts)
        self.unsafe_names = sum(part.unsafe_names for part in parts)
        entries = [(e.rel, e.size, (part, e)) for part in parts for e in part._entries.values()]
        self._index(entries, root="")
        self.root = " ".join(part.root for part in parts if part.root)

    @property
    def label(self) -> str:
        return " + ".join(part.label for part in self.parts)

    def _owner(self, entry: _Entry) -> tuple[Archive, _Entry]:
        handle = entry.handle
        assert isinstance(handle, tuple)
        part, inner = handle
        assert isinstance(part, Archive) and isinstance(inner, _Entry)
        return part, inner

    def _raw_open(self, entry: _Entry) -> IO[bytes]:
        part, inner = self._owner(entry)
        return part._raw_open(inner)

    def _compressed_size(self, entry: _Entry) -> int:
        part, inner = self._owner(entry)
        return part._compressed_size(inner)

    def newest_timestamp(self) -> dt.datetime | None:
        stamps = [s for s in (part.newest_timestamp() for part in self.parts) if s is not None]
        return max(stamps, default=None)

    def close(self) -> None:
        for part in self.parts:
            part.close()


_PART = re.compile(r"part[ _-]?(\d+)", re.IGNORECASE)


def _part_order(path: Path) -> tuple[int, str]:
    match = _PART.search(path.stem)
    return (int(match.group(1)) if match else 1, path.name)


def parts_in(folder: Path) -> list[Path] | None:
    """The zips of a folder that holds only zips (the parts of one download), else None."""
    try:
        children = [c for c in folder.iterdir() if not c.name.startswith(".")]
    except OSError:
        return None
    zips = [c for c in children if c.suffix.casefold() == ".zip" and c.is_file()]
    if not zips or len(zips) != len(children):
        return None
    return sorted(zips, key=_part_order)


def open_parts(paths: Sequence[Path], limits: Limits | None = None) -> Archive:
    """One export from one or more paths: a zip, a folder, or a folder of zipped parts."""
    expanded: list[Path] = []
    for path in paths:
        found = parts_in(Path(path)) if Path(path).is_dir() else None
        expanded.extend(found or [Path(path)])
    if len(expanded) == 1:
        return open_archive(expanded[0], limits)
    budget = limits or Limits()
    opened: list[Archive] = []
    try:
        for path in sorted(expanded, key=_part_order):
            opened.append(open_archive(path, budget))
    except BaseException:
        for archive in opened:
            archive.close()
        raise
    return PartsArchive(opened)


def open_archive(path: Path, limits: Limits | None = None) -> Archive:
    """A zip file or a folder as an ``Archive``; anything else is one clear error."""
    path = Path(os.path.abspath(path))  # so "." is named by its folder in every message
    try:
        if path.is_dir():
            return FolderArchive(path, limits)
        if not path.exists():
            raise ArchiveError(_t("import.error.missing", path=path))
        if not path.is_file():
            raise ArchiveError(_say("errors.archive.neither", name=path))
    except OSError as exc:
        raise ArchiveError(_say("errors.archive.unreadable", name=path, reason=os_reason(exc))) from None
    return ZipArchive(path, limits)
