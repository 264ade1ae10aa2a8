"""Facebook's "Download Your Information" export, JSON format (platform-facts §2.10).

Three folder layouts have existed: category folders at the top (2018-2021,
``profile_information/``, ``about_you/``, ``friends/``), the ``*_v2`` regrouping
(2021-2022, ``friends_and_followers/``), and today's grouped roots
(``personal_information/``, ``your_facebook_activity/``, ``connections/friends/`` with
``friends_v2``, ``connections/followers/`` with ``followers_v3``/``following_v3``; a
download may hold only some of them). Uploaded contacts and friends are other people:
only their number and a date are kept. Album names are translated (``meta_labels``), and
a profile picture that is not found is unknown, never missing: a partial export or an
album in an unknown language proves nothing.
"""

from __future__ import annotations

from functools import partial
from urllib.parse import urlparse

from .archive import Archive
from .base import (
    Collector,
    Detection,
    EraDetector,
    dig,
    guarded,
    records,
    text,
)
from .meta_labels import squeeze, words
from .metajson import detect_meta, label_pairs, mentions, newest, stamps
from .notes import Note

KIND = "facebook"

PROFILE = (
    "personal_information/profile_information/profile_information.json",
    "profile_information/profile_information.json",
)
CONTACT_FILES = (
    "contacts_uploaded_from_your_phone.json",
    "your_imported_contacts.json",
    "contacts_uploaded_before_2021.json",
    "your_address_books.json",
    "your_address_book.json",
)
CONTACT_KEYS = ("address_book", "address_book_v2", "contacts_v2", "contacts",
                "uploaded_contacts_v2")
ALBUM_DIRS = ("your_facebook_activity/posts/album", "posts/album", "photos_and_videos/album")
MEDIA_DIRS = ("your_facebook_activity/posts/media", "posts/media", "photos_and_videos")
PHOTO_SECTIONS = (*ALBUM_DIRS, *MEDIA_DIRS, "your_facebook_activity/posts", "posts")
CONNECTION_DIRS = ("connections/friends", "connections/followers", "friends_and_followers",
                   "friends")
CONNECTION_KEYS = {
    "friends": ("friends_v2", "friends"),
    "followers": ("followers_v3", "followers_v2", "followers"),
    "following": ("following_v3", "following_v2", "following"),
}
SETTINGS_FILES = ("contacts_sync_settings.json", "ads_personalization_consent.json")
MAX_ALBUMS = 200
ISO_DATE = r"(\d{4})-(\d{2})-(\d{2})"


def _era_2023(archive: Archive) -> str | None:
    if archive.has_dir("your_facebook_activity") or archive.find(PROFILE[0]):
        return "grouped folders (personal_information/, your_facebook_activity/)"
    if archive.has_dir("connections/friends", "connections/followers"):
        return "connections/friends/ or connections/followers/ (2023 and later)"
    return None


def _era_2021(archive: Archive) -> str | None:
    if archive.has_dir("friends_and_followers", "your_interactions_on_facebook"):
        return "friends_and_followers/ with *_v2 keys"
    return None


def _era_2018(archive: Archive) -> str | None:
    if archive.find(PROFILE[1]) or archive.has_dir("about_you", "friends", "likes_and_reactions"):
        return "category folders at the top (profile_information/, about_you/)"
    return None


ERAS: tuple[EraDetector[Archive], ...] = (
    EraDetector("facebook-2023+", _era_2023),
    EraDetector("facebook-2021-2022", _era_2021),
    EraDetector("facebook-2018-2021", _era_2018),
)


def detect(archive: Archive) -> Detection | None:
    return detect_meta(archive, kind=KIND, eras=ERAS, date_pattern=ISO_DATE, read=read)


def read(c: Collector) -> None:
    guarded(c, partial(_username, c))
    updates = guarded(c, partial(_profile_updates, c)) or []
    guarded(c, partial(_photo, c, updates))
    guarded(c, partial(_contacts, c))
    guarded(c, partial(_connections, c))
    guarded(c, partial(_settings, c))


def _username(c: Collector) -> None:
    member = c.archive.find(*PROFILE)
    if member is None:
        return
    data = c.json(member, fix_mojibake=True)
    key = "profile_v2" if isinstance(dig(data, "profile_v2"), dict) else "profile"
    profile = dig(data, key)
    if not isinstance(profile, dict):
        c.note("import.no_record", file=member)
        return
    username, where = text(profile.get("username")), f"{key}.username"
    if not username:
        try:
            path = urlparse(text(profile.get("profile_uri"))).path.strip("/")
        except ValueError:  # e.g. an unbalanced "[" read as an IPv6 host
            path = ""
        if path and "/" not in path and path != "profile.php":
            username, where = path, f"{key}.profile_uri"
    c.fact("facebook.profile.username", username, member, where, 1)
    if username:
        c.note("import.fb.username", name=username)
    else:
        c.note("import.fb.no_username")


def _profile_updates(c: Collector) -> list[str]:
    """Profile edits Facebook recorded; their titles also show profile-picture changes."""
    found = c.archive.named("profile_update_history.json")
    if not found:
        return []
    items = records(c.json(found[0], fix_mojibake=True), "profile_updates_v2", "profile_updates")
    dates = [d for item in items for d in stamps(item)]
    if dates:
        c.note("import.fb.updates.dated", n=len(items), date=max(dates).date().isoformat())
    else:
        c.note("import.fb.updates", n=len(items))
    return [text(dig(item, "title")) for item in items]


def _photo(c: Collector, update_titles: list[str]) -> None:
    """A profile picture found is a fact; none found is unknown, and said so."""
    archive = c.archive
    albums = {squeeze(w) for w in words("profile_pictures_album")}
    evidence: str | None = None
    for folder in MEDIA_DIRS:
        if any(squeeze(d).startswith(tuple(albums)) for d in archive.subdirs(folder)):
            evidence = f"{folder}/ProfilePictures folder"
            break
    if evidence is None:
        evidence = _profile_album(c, albums)
    if evidence is None and any(mentions(t, "profile_picture_update") for t in update_titles):
        evidence = "profile_update_history.json title"
    if evidence is not None:
        c.fact("facebook.profile.photo", True, evidence, "name", 1)
        c.note("import.fb.photo")
    elif archive.has_dir(*PHOTO_SECTIONS) or update_titles:
        c.note("import.fb.photo_unknown")


def _profile_album(c: Collector, albums: set[str]) -> str | None:
    members = [m for folder in ALBUM_DIRS for m in c.archive.listdir(folder, r".+\.json")]
    for member in members[:MAX_ALBUMS]:
        album = guarded(c, partial(c.json, member, fix_mojibake=True))
        photos = dig(album, "photos")
        if squeeze(text(dig(album, "name"))) in albums and photos:
            return member
    return None


def _contacts(c: Collector) -> None:
    found = c.archive.named(*CONTACT_FILES)
    if not found:
        return
    total = 0
    dates = []
    for member in found:
        data = c.json(member, fix_mojibake=True)
        items = records(data, *CONTACT_KEYS)
        vectors = [e for e in records(dig(data, "label_values")) if isinstance(e, dict)]
        for entry in vectors:  # contacts_uploaded_before_2021.json: label_values[].vec[]
            vec = entry.get("vec")
            if isinstance(vec, list):
                items = items + vec
        total += len(items)
        for item in items:
            dates.extend(stamps(item))
            dates.extend(d for inner in records(dig(item, "dict")) for d in stamps(inner))
    since = min(dates).date().isoformat() if dates else ""
    c.fact("facebook.privacy.uploaded_contacts", total, " + ".join(found),
           Note("import.where.per_contact"), total,
           extra=Note("import.detail.earliest", {"date": since}) if since else None)
    if total and since:
        c.note("import.fb.contacts.dated", n=total, date=since)
    else:
        c.note("import.fb.contacts", n=total)


def _connections(c: Collector) -> None:
    """How many friends, followers and followed accounts: counts only, never names."""
    counts: dict[str, int] = {}
    for folder in CONNECTION_DIRS:
        for member in c.archive.listdir(folder, r".*(friend|follow).*\.json"):
            data = guarded(c, partial(c.json, member))
            if not isinstance(data, dict):
                continue
            for what, keys in CONNECTION_KEYS.items():
                found = next((data[k] for k in keys if isinstance(data.get(k), list)), None)
                if found is not None and what not in counts:
                    counts[what] = len(found)
    for what, n in counts.items():
        c.note(f"import.fb.{what}", n=n)


def _settings(c: Collector) -> None:
    """Privacy-relevant settings files Facebook records, as they stand in the export."""
    for member in c.archive.named(*SETTINGS_FILES):
        data = c.json(member, fix_mojibake=True)
        items = data
        if isinstance(data, dict) and "label_values" not in data:
            items = records(data, *data.keys())  # {"<name>_v2": [...]}
        pairs = label_pairs(items)
        when = newest(data)
        if pairs:
            shown = "; ".join(f"{label}: {value}" for label, value in pairs)
            file = member.rsplit("/", 1)[-1]
            if when:
                c.note("import.fb.setting.dated", file=file, date=when.date().isoformat(),
                       values=shown)
            else:
                c.note("import.fb.setting", file=file, values=shown)
