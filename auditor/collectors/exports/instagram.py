"""Instagram's "Download your information" export, JSON format (platform-facts §4.2).

Before February 2023 the profile lived in ``account_information/``; since then in
``personal_information/`` (lately one folder deeper). Records use Meta's
``string_map_data`` envelope; privacy switches are logged in
``account_privacy_changes.json`` (later ``profile_privacy_changes.json``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from .archive import Archive
from .base import (
    Collector,
    Detection,
    EraDetector,
    dig,
    guarded,
    plural,
    records,
)
from .metajson import detect_meta, newest, string_map_value

KIND = "instagram"

PERSONAL = (
    "personal_information/personal_information/personal_information.json",
    "personal_information/personal_information.json",
    "account_information/personal_information.json",
)
PROFILE_PHOTOS = ("profile_photos.json",)
PRIVACY_CHANGES = ("profile_privacy_changes.json", "account_privacy_changes.json")
SYNCED_CONTACTS = ("synced_contacts.json",)
USERNAME_LABELS = ("Username", "Gebruikersnaam", "Benutzername", "Nom d'utilisateur")
PRIVATE_LABELS = ("Private Account", "Privéaccount", "Privates Konto")
PRIVATE_WORDS = ("private", "privé", "privat")
PUBLIC_WORDS = ("public", "openbaar", "öffentlich")
_EXPORT_DATE = r"instagram-.*?(\d{4})-(\d{2})-(\d{2})"


def _era_2023(archive: Archive) -> str | None:
    if archive.find(*PERSONAL[:2]) or archive.has_dir(
        "your_instagram_activity", "connections/followers_and_following"
    ):
        return "personal_information/ and your_instagram_activity/ (since February 2023)"
    return None


def _era_before_2023(archive: Archive) -> str | None:
    if archive.has_dir("account_information") or archive.find(
        "followers_and_following/followers.json"
    ):
        return "account_information/ (before February 2023)"
    return None


ERAS: tuple[EraDetector[Archive], ...] = (
    EraDetector("instagram-2023+", _era_2023),
    EraDetector("instagram-before-2023", _era_before_2023),
)


def detect(archive: Archive) -> Detection | None:
    return detect_meta(archive, kind=KIND, product="Instagram", eras=ERAS, json_paths=PERSONAL,
                       date_pattern=_EXPORT_DATE, read=read)


@dataclass
class _Personal:
    member: str
    photo: bool
    private: bool | None


def read(c: Collector) -> None:
    personal = guarded(c, partial(_personal, c))
    guarded(c, partial(_photo, c, personal))
    if personal is None or personal.private is None:
        guarded(c, partial(_privacy_changes, c))
    guarded(c, partial(_contacts, c))


def _personal(c: Collector) -> _Personal | None:
    """Username; whether a photo is attached; the private flag when the snapshot has it."""
    member = c.archive.find(*PERSONAL)
    if member is None:
        return None
    data = c.json(member, fix_mojibake=True)
    users = records(data, "profile_user")
    user = users[0] if users else data
    if not isinstance(user, dict):
        c.note(f"{member} holds no profile record.")
        return None
    username = string_map_value(user, *USERNAME_LABELS) or ""
    c.fact("instagram.profile.username", username, member, "string_map_data.Username.value", 1)
    c.note(f"Username: {username}." if username else "No username is recorded.")
    media = dig(user, "media_map_data")
    photo = isinstance(media, dict) and any(
        isinstance(item, dict) and bool(item.get("uri")) for item in media.values()
    )
    flag = (string_map_value(user, *PRIVATE_LABELS) or "").casefold()
    private = flag == "true" if flag in ("true", "false") else None
    if private is not None:
        c.fact("instagram.setting.private_account", private, member,
               "string_map_data.Private Account.value", 1)
        c.note("The account is private." if private else "The account is public.")
    return _Personal(member, photo, private)


def _photo(c: Collector, personal: _Personal | None) -> None:
    """A photo on the profile record, else the profile-photo history, else none."""
    if personal is not None and personal.photo:
        c.fact("instagram.profile.photo", True, personal.member,
               "media_map_data.Profile Photo.uri", 1)
        c.note("The profile has a photo.")
        return
    found = c.archive.named(*PROFILE_PHOTOS)
    if found:
        photos = records(c.json(found[0], fix_mojibake=True), "ig_profile_picture")
        c.fact("instagram.profile.photo", bool(photos), found[0], "ig_profile_picture",
               len(photos))
        c.note(f"{plural(len(photos), 'profile photo')} in the export.")
    elif personal is not None:
        c.fact("instagram.profile.photo", False, personal.member,
               "media_map_data.Profile Photo.uri", 1)
        c.note("No profile photo is in the export.")


def _privacy_changes(c: Collector) -> None:
    """The newest recorded switch between a public and a private account."""
    found = c.archive.named(*PRIVACY_CHANGES)
    if not found:
        return
    member = found[0]
    items = records(c.json(member, fix_mojibake=True), "account_history_account_privacy_history")
    changes: list[tuple[dt.datetime, int, bool]] = []
    for order, item in enumerate(items):
        title = str(dig(item, "title") or "").casefold()
        private = any(w in title for w in PRIVATE_WORDS)
        public = any(w in title for w in PUBLIC_WORDS)
        if private != public:
            when = newest(item) or dt.datetime.min.replace(tzinfo=dt.UTC)
            changes.append((when, order, private))
    if not changes:
        c.note(f"{member} records {plural(len(items), 'privacy change')}, none readable.")
        return
    when, _, private = max(changes)
    c.fact("instagram.setting.private_account", private, member,
           "account_history_account_privacy_history.title", len(items),
           extra=f"newest of {plural(len(changes), 'change')}")
    dated = f" on {when.date().isoformat()}" if when.year > 1 else ""
    c.note(f"The account was last made {'private' if private else 'public'}{dated}.")


def _contacts(c: Collector) -> None:
    found = c.archive.named(*SYNCED_CONTACTS)
    if not found:
        return
    member = found[0]
    items = records(c.json(member, fix_mojibake=True), "contacts_contact_info")
    c.fact("instagram.privacy.uploaded_contacts", len(items), member,
           "contacts_contact_info", len(items))
    c.note(f"Instagram holds {plural(len(items), 'synced contact')}." if items
           else "Instagram holds no synced contacts.")
