"""Instagram's "Download your information" export, JSON format (platform-facts §4.2).

Three layouts: the flat files of 2019-2020 (``profile.json`` with ``username`` and
``private_account`` at the top, beside ``connections.json``, ``settings.json`` and
``contacts.json``); ``account_information/`` (2020-2022); and ``personal_information/``
(seen from September 2022 on, lately one folder deeper). Records use Meta's
``string_map_data`` / ``label_values`` envelopes, whose labels are translated: the readers
find the file and the envelope by structure and the field through ``meta_labels``.
Privacy switches are logged in ``account_privacy_changes.json`` (later
``profile_privacy_changes.json``); pending follow requests
(``follow_requests_you've_received.json``) exist only for a private account. An HTML-format
export is refused once no other platform claims the archive.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import partial

from .archive import Archive, MemberError
from .base import (
    Collector,
    Detection,
    EraDetector,
    dig,
    guarded,
    records,
    text,
)
from .meta_labels import fold, yes_no
from .metajson import detect_meta, labelled_value, mentions, newest, string_map_value
from .notes import Note
from .readers import JSON, read_json

KIND = "instagram"

PERSONAL = (
    "personal_information/personal_information/personal_information.json",
    "personal_information/personal_information.json",
    "account_information/personal_information.json",
)
PROFILE_INFO = (  # newest first: label_values since 2024, string_map_data before
    "personal_information/personal_information/instagram_profile_information.json",
    "personal_information/instagram_profile_information.json",
    "personal_information/personal_information/account_information.json",
    "personal_information/account_information.json",
    "account_information/account_information.json",
)
FLAT_PROFILE = "profile.json"
FLAT_FILES = ("profile.json", "connections.json", "settings.json", "contacts.json")
PROFILE_PHOTOS = ("profile_photos.json",)
PRIVACY_CHANGES = ("profile_privacy_changes.json", "account_privacy_changes.json")
SYNCED_CONTACTS = ("synced_contacts.json",)
# Pending requests to follow you: only a private account has them (a public one is followed
# at once), so the file settles "private" as of its newest request.
FOLLOW_REQUESTS = ("follow_requests_you've_received.json",)
_EXPORT_DATE = r"instagram-.*?(\d{4})-(\d{2})-(\d{2})"
_NAME_IN_LABEL = re.compile(r"instagram-(.+?)-\d{4}-\d{2}-\d{2}", re.IGNORECASE)


def _era_2022(archive: Archive) -> str | None:
    if archive.find(*PERSONAL[:2], *PROFILE_INFO[:2]) or archive.has_dir(
        "your_instagram_activity", "connections/followers_and_following"
    ):
        return "personal_information/ and your_instagram_activity/ (seen since September 2022)"
    return None


def _era_2020(archive: Archive) -> str | None:
    if archive.has_dir("account_information") or archive.find(
        "followers_and_following/followers.json"
    ):
        return "account_information/ (2020-2022)"
    return None


FLAT_OWN_KEYS = frozenset({"private_account", "profile_pic_url", "date_joined"})


def _era_flat(archive: Archive) -> str | None:
    """2019-2020: ``profile.json`` at the top with Instagram's own keys.

    Beside the other flat files, ``username`` or ``private_account`` is enough; on its own
    (a partial download, or the one file someone kept) it needs the username and two keys
    only Instagram's profile file has together (``private_account``, ``profile_pic_url``).
    """
    member = archive.find(FLAT_PROFILE)
    if member is None:
        return None
    try:
        with archive.open(member) as stream:
            profile = read_json(stream, member)
    except MemberError:
        return None
    if not isinstance(profile, dict):
        return None
    if archive.find(*FLAT_FILES[1:]) and {"username", "private_account"} & profile.keys():
        return "profile.json with username / private_account at the top (2019-2020)"
    if "username" in profile and len(FLAT_OWN_KEYS & profile.keys()) >= 2:
        return "profile.json alone, with username, private_account and profile_pic_url (2019-2020)"
    return None


ERAS: tuple[EraDetector[Archive], ...] = (
    EraDetector("instagram-2022+", _era_2022),
    EraDetector("instagram-2020-2022", _era_2020),
    EraDetector("instagram-2019-2020", _era_flat),
)


def detect(archive: Archive) -> Detection | None:
    found = detect_meta(archive, kind=KIND, eras=ERAS, date_pattern=_EXPORT_DATE, read=read)
    if found is not None and found.era == "instagram-2019-2020":
        return replace(found, read=read_flat)
    return found


@dataclass
class _Personal:
    member: str
    photo: bool | None  # None: the record has no media_map_data at all
    private: bool | None
    username: bool = False  # whether a username was found


def read(c: Collector) -> None:
    personal = guarded(c, partial(_personal, c))
    guarded(c, partial(_photo, c, personal))
    settled = personal is not None and personal.private is not None
    if not settled and not guarded(c, partial(_follow_requests, c)):
        guarded(c, partial(_privacy_changes, c))
    guarded(c, partial(_profile_info, c, personal is not None and personal.username))
    guarded(c, partial(_contacts, c))


def _name_from_archive(c: Collector) -> str:
    match = _NAME_IN_LABEL.search(f"{c.archive.label} {c.archive.root}")
    return match.group(1) if match else ""


def _username(c: Collector, user: dict[str, JSON]) -> tuple[str, str]:
    """(username, field) by label in any known language, else by the archive's own name."""
    found = string_map_value(user, "username")
    if found:
        return found, "string_map_data.Username.value"
    named = fold(_name_from_archive(c))
    mapping = user.get("string_map_data")
    for label, item in mapping.items() if isinstance(mapping, dict) else []:
        value = text(dig(item, "value"))
        if named and fold(value) == named:
            return value, f"string_map_data.{label}.value"
    return "", ""


def _personal(c: Collector) -> _Personal | None:
    """Username; whether a photo is attached; the private flag when the snapshot has it."""
    member = c.archive.find(*PERSONAL)
    if member is None:
        return None
    data = c.json(member, fix_mojibake=True)
    users = records(data, "profile_user")
    user = users[0] if users else data
    if not isinstance(user, dict):
        c.note("import.no_record", file=member)
        return None
    username, where = _username(c, user)
    if username:
        c.fact("instagram.profile.username", username, member, where, 1)
        c.note("import.ig.username", name=username)
    else:
        c.note("import.ig.no_username", file=member)
    media = dig(user, "media_map_data")
    photo = None if not isinstance(media, dict) else any(
        isinstance(item, dict) and bool(item.get("uri")) for item in media.values()
    )
    flag = string_map_value(user, "private_account")
    private = yes_no(flag) if flag else None
    if private is not None:
        c.fact("instagram.setting.private_account", private, member,
               "string_map_data.Private Account.value", 1)
        c.note("import.ig.private" if private else "import.ig.public")
    return _Personal(member, photo, private, bool(username))


def _photo(c: Collector, personal: _Personal | None) -> None:
    """A photo on the profile record, else the profile-photo history; absence is unknown."""
    if personal is not None and personal.photo:
        c.fact("instagram.profile.photo", True, personal.member,
               "media_map_data.Profile Photo.uri", 1)
        c.note("import.ig.photo")
        return
    found = c.archive.named(*PROFILE_PHOTOS)
    if found:
        photos = records(c.json(found[0], fix_mojibake=True), "ig_profile_picture")
        c.fact("instagram.profile.photo", bool(photos), found[0], "ig_profile_picture",
               len(photos))
        c.note("import.ig.photo_history", n=len(photos))
    elif personal is not None and personal.photo is False:
        c.fact("instagram.profile.photo", False, personal.member,
               "media_map_data.Profile Photo.uri", 1)
        c.note("import.ig.no_photo")


def _follow_requests(c: Collector) -> bool:
    """Pending follow requests: they exist only while an account is private."""
    found = c.archive.named(*FOLLOW_REQUESTS)
    if not found:
        return False
    member = found[0]
    items = records(c.json(member, fix_mojibake=True), "relationships_follow_requests_received")
    requests = [i for i in items if isinstance(i, dict)]
    if not requests:
        return False
    dates = [d for d in (newest(i) for i in requests) if d is not None]
    c.fact("instagram.setting.private_account", True, member,
           "relationships_follow_requests_received", len(requests),
           extra=Note("import.detail.follow_requests", {"n": len(requests)}))
    if dates:
        c.note("import.ig.follow_requests.dated", n=len(requests), date=max(dates).date().isoformat())
    else:
        c.note("import.ig.follow_requests", n=len(requests))
    return True


def _privacy_changes(c: Collector) -> None:
    """The newest recorded switch between a public and a private account."""
    found = c.archive.named(*PRIVACY_CHANGES)
    if not found:
        return
    member = found[0]
    items = records(c.json(member, fix_mojibake=True), "account_history_account_privacy_history")
    changes: list[tuple[dt.datetime, int, bool]] = []
    for order, item in enumerate(items):
        title = text(dig(item, "title"))
        private, public = mentions(title, "private_word"), mentions(title, "public_word")
        if private != public:
            when = newest(item) or dt.datetime.min.replace(tzinfo=dt.UTC)
            changes.append((when, order, private))
    if not changes:
        c.note("import.ig.changes_unreadable", file=member, n=len(items))
        return
    when, _, private = max(changes)
    c.fact("instagram.setting.private_account", private, member,
           "account_history_account_privacy_history.title", len(items),
           extra=Note("import.detail.newest_change", {"n": len(changes)}))
    key = "import.ig.made_private" if private else "import.ig.made_public"
    c.note(key + (".dated" if when.year > 1 else ""), date=when.date().isoformat())


def _profile_info(c: Collector, have_username: bool) -> None:
    """The profile-information file, in either envelope and any known language.

    It carries "Contact Syncing" (read in no earlier version of the auditor), and the
    username when the personal-information file is missing from a partial download.
    """
    member = c.archive.find(*PROFILE_INFO)
    if member is None:
        return
    data = c.json(member, fix_mojibake=True)
    items = records(data, "profile_account_insights", "profile_account_information") or [data]
    found_syncing = False
    for item in items:
        if not have_username and (name := labelled_value(item, "username")):
            c.fact("instagram.profile.username", name, member, "Username", 1)
            c.note("import.ig.username", name=name)
            have_username = True
        value = labelled_value(item, "contact_syncing")
        syncing = yes_no(value) if value else None
        if syncing is not None and not found_syncing:
            c.fact("instagram.setting.contact_syncing", syncing, member, "Contact Syncing", 1)
            c.note("import.ig.syncing_on" if syncing else "import.ig.syncing_off")
            found_syncing = True


def _contacts(c: Collector) -> None:
    found = c.archive.named(*SYNCED_CONTACTS)
    if not found:
        return
    member = found[0]
    items = records(c.json(member, fix_mojibake=True), "contacts_contact_info")
    c.fact("instagram.privacy.uploaded_contacts", len(items), member,
           "contacts_contact_info", len(items))
    c.note("import.ig.contacts", n=len(items))


def read_flat(c: Collector) -> None:
    """The 2019-2020 flat export: plain keys, no envelopes, no translated labels."""
    guarded(c, partial(_flat_profile, c))
    guarded(c, partial(_flat_contacts, c))


def _flat_profile(c: Collector) -> None:
    member = c.archive.find(FLAT_PROFILE)
    if member is None:
        return
    profile = c.json(member, fix_mojibake=True)
    if not isinstance(profile, dict):
        c.note("import.no_record", file=member)
        return
    username = text(profile.get("username"))
    if username:
        c.fact("instagram.profile.username", username, member, "username", 1)
        c.note("import.ig.username", name=username)
    private = profile.get("private_account")
    if isinstance(private, bool):
        c.fact("instagram.setting.private_account", private, member, "private_account", 1)
        c.note("import.ig.private" if private else "import.ig.public")
    if text(profile.get("profile_pic_url")):
        c.fact("instagram.profile.photo", True, member, "profile_pic_url", 1)
        c.note("import.ig.photo")


def _flat_contacts(c: Collector) -> None:
    member = c.archive.find("contacts.json")
    if member is None:
        return
    data = c.json(member, fix_mojibake=True)
    items = records(data, "contacts", *(data.keys() if isinstance(data, dict) else ()))
    c.fact("instagram.privacy.uploaded_contacts", len(items), member, "contacts", len(items))
    c.note("import.ig.contacts", n=len(items))
