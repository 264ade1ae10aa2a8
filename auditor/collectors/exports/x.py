"""X's (Twitter's) "Download an archive of your data".

Data files are JavaScript (``window.YTD.<type>.part<N> = [...]``), large types are split
into ``<name>-part<N>.js``, and ``data/manifest.js`` names every file; platform-facts §3.9.
Only the small account files are read: tweets, DMs and media are never opened. The address
book (``contact.js``) and the authorised apps (``connected-application.js``) are read for
their number and dates only, never a name, number or address. Newer manifests list types
the auditor does not read (``grok-chat-item``, ``article``, ...): they are left alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from .archive import Archive, MemberError
from .base import (
    Collector,
    Detection,
    EraDetector,
    dig,
    first_era,
    guarded,
    records,
    text,
)
from .notes import Note
from .readers import JSON, parse_date, parse_iso, read_json

KIND = "x"

# data type (manifest key) -> file base name
FILES = {
    "account": "account",
    "profile": "profile",
    "protectedHistory": "protected-history",
    "phoneNumber": "phone-number",
    "personalization": "personalization",
    "tweets": "tweets",
    "tweet": "tweet",
    "connectedApplication": "connected-application",
    "contact": "contact",
}


def _manifest(archive: Archive) -> JSON:
    member = archive.find("data/manifest.js", "manifest.js")
    if member is None:
        return None
    try:
        with archive.open(member) as stream:
            return read_json(stream, member)
    except MemberError:
        return None


def members(archive: Archive, manifest: JSON, data_type: str) -> list[str]:
    """The files of one data type, parts included, from the manifest or by their names."""
    listed = dig(manifest, "dataTypes", data_type, "files")
    found: list[str] = []
    for item in listed if isinstance(listed, list) else []:
        name = text(dig(item, "fileName"))
        member = archive.find(name, name.removeprefix("data/")) if name else None
        if member and member not in found:
            found.append(member)
    if found:
        return found
    base = FILES[data_type]
    for folder in ("data", ""):
        found = archive.listdir(folder, rf"{base}(-part\d+)?\.js")
        if found:
            return sorted(found, key=_part_number)
    return []


def _part_number(member: str) -> int:
    stem = member.rsplit("/", 1)[-1].removesuffix(".js")
    _, _, part = stem.rpartition("-part")
    return int(part) if part.isdigit() else 0


def _era_2022(shape: tuple[Archive, JSON]) -> str | None:
    archive, manifest = shape
    return "data/tweets.js (renamed from tweet.js in 2022)" if members(
        archive, manifest, "tweets") else None


def _era_2019(shape: tuple[Archive, JSON]) -> str | None:
    archive, manifest = shape
    return "data/tweet.js (window.YTD.tweet)" if members(archive, manifest, "tweet") else None


GRAILBIRD_USER = "data/js/user_details.js"
GRAILBIRD_PAYLOAD = "data/js/payload_details.js"


def _era_grailbird(shape: tuple[Archive, JSON]) -> str | None:
    archive, _ = shape
    if archive.find("tweets.csv") and archive.has_dir("data/js"):
        return "tweets.csv with the Grailbird data/js viewer"
    if archive.find(GRAILBIRD_USER) and archive.find(GRAILBIRD_PAYLOAD, "data/js/tweet_index.js"):
        return "data/js/user_details.js with the Grailbird viewer's payload_details.js"
    return None


def _era_undetermined(shape: tuple[Archive, JSON]) -> str | None:
    archive, manifest = shape
    if manifest is not None or archive.find("data/account.js", "data/profile.js"):
        return "data/manifest.js or data/account.js, no tweets file"
    return None


ERAS: tuple[EraDetector[tuple[Archive, JSON]], ...] = (
    EraDetector("x-2022+", _era_2022),
    EraDetector("x-2019-2022", _era_2019),
    EraDetector("x-before-2019", _era_grailbird),
    EraDetector("x-2019+", _era_undetermined),
)


def detect(archive: Archive) -> Detection | None:
    manifest = _manifest(archive)
    found = first_era((archive, manifest), ERAS)
    if found is None:
        return None
    era, evidence = found
    grailbird = era == "x-before-2019"
    exported = _payload_date(archive) if grailbird else parse_iso(
        dig(manifest, "archiveInfo", "generationDate"))
    dated_by = "import.dated.manifest"
    if exported is None:
        exported, dated_by = archive.newest_timestamp(), "import.dated.file_times"
    reader = read_grailbird if grailbird else partial(read, manifest=manifest)
    inside = None if grailbird else partial(_newest_inside, manifest=manifest)
    return Detection(KIND, era, evidence, reader, exported, dated_by if exported else "",
                     dated_inside=inside)


def _payload_date(archive: Archive) -> dt.datetime | None:
    """When a Grailbird archive was made: ``created_at`` in payload_details.js."""
    member = archive.find(GRAILBIRD_PAYLOAD)
    if member is None:
        return None
    try:
        with archive.open(member) as stream:
            payload = read_json(stream, member)
    except MemberError:
        return None
    stamp = dig(payload, "created_at")
    return parse_date(stamp, GRAILBIRD_DATES) if isinstance(stamp, str) else None


GRAILBIRD_DATES = ("%Y-%m-%d %H:%M:%S %z", "%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z",
                   "%Y-%m-%dT%H:%M:%S%z")

# Where a dated record sits in the small account files: (data type, path to the stamp).
_DATED = (("protectedHistory", ("protectedHistory", "protectedAt")),
          ("connectedApplication", ("connectedApplication", "approvedAt")))


def _newest_inside(archive: Archive, *, manifest: JSON) -> tuple[dt.datetime | None, str]:
    """An archive with neither a manifest date nor file times (an unzipped folder): the
    newest date its small account files record. Tweets are never opened for this."""
    newest: dt.datetime | None = None
    for data_type, path in _DATED:
        for member in members(archive, manifest, data_type):
            with archive.open(member) as stream:
                for item in records(read_json(stream, member)):
                    when = parse_iso(dig(item, *path))
                    if when is not None and (newest is None or when > newest):
                        newest = when
    return newest, "import.dated.newest_inside" if newest else ""


def _load(c: Collector, manifest: JSON, data_type: str) -> tuple[list[JSON], str] | None:
    """All records of one data type (parts joined) and the member(s) they came from."""
    found = members(c.archive, manifest, data_type)
    if not found:
        return None
    items: list[JSON] = []
    for member in found:
        items.extend(records(c.json(member)))
    return items, " + ".join(found)



def read(c: Collector, *, manifest: JSON) -> None:
    protected_by_account = guarded(c, partial(_account, c, manifest))
    if protected_by_account is None:
        guarded(c, partial(_protected_history, c, manifest))
    guarded(c, partial(_profile, c, manifest))
    guarded(c, partial(_phone, c, manifest))
    guarded(c, partial(_personalization, c, manifest))
    guarded(c, partial(_connected_apps, c, manifest))
    guarded(c, partial(_contacts, c, manifest))


def _account(c: Collector, manifest: JSON) -> bool | None:
    """E-mail on file; and the protected flag, should account.js ever carry one."""
    loaded = _load(c, manifest, "account")
    if loaded is None:
        return None
    items, member = loaded
    account = next((dig(i, "account") for i in items if isinstance(dig(i, "account"), dict)), None)
    if not isinstance(account, dict):
        c.note("import.no_record", file=member)
        return None
    has_email = bool(text(account.get("email")))
    c.fact("x.account.email_on_file", has_email, member, "account.email", len(items))
    c.note("import.x.email" if has_email else "import.x.no_email")
    protected = account.get("protected")
    if isinstance(protected, bool):
        c.fact("x.setting.protected", protected, member, "account.protected", len(items))
        c.note("import.x.protected" if protected else "import.x.public")
        return protected
    return None


def _protected_history(c: Collector, manifest: JSON) -> None:
    """The newest Protect/Unprotect entry (the file covers the last six months)."""
    loaded = _load(c, manifest, "protectedHistory")
    if loaded is None:
        return
    items, member = loaded
    changes: list[tuple[dt.datetime, int, str]] = []
    for order, item in enumerate(items):
        action = text(dig(item, "protectedHistory", "action")).casefold()
        if action in ("protect", "unprotect"):
            when = parse_iso(dig(item, "protectedHistory", "protectedAt"))
            changes.append((when or dt.datetime.min.replace(tzinfo=dt.UTC), order, action))
    if not changes:
        c.note("import.x.no_protect_change")
        return
    when, _, action = max(changes)
    c.fact("x.setting.protected", action == "protect", member, "protectedHistory.action",
           len(items), extra=Note("import.detail.newest_change", {"n": len(changes)}))
    key = "import.x.last_protected" if action == "protect" else "import.x.last_public"
    c.note(key + (".dated" if when.year > 1 else ""), date=when.date().isoformat())


def _profile(c: Collector, manifest: JSON) -> None:
    loaded = _load(c, manifest, "profile")
    if loaded is None:
        return
    items, member = loaded
    profile = next((dig(i, "profile") for i in items if isinstance(dig(i, "profile"), dict)), None)
    if not isinstance(profile, dict):
        c.note("import.no_record", file=member)
        return
    avatar = text(profile.get("avatarMediaUrl"))
    has_photo = bool(avatar) and "default_profile" not in avatar
    c.fact("x.profile.photo", has_photo, member, "profile.avatarMediaUrl", len(items))
    bio = text(dig(profile, "description", "bio"))
    c.fact("x.profile.bio", bio, member, "profile.description.bio", len(items))
    c.note("import.x.photo" if has_photo else "import.x.default_photo")
    if bio:
        c.note("import.x.bio", n=len(bio.split()))
    else:
        c.note("import.x.no_bio")


def _phone(c: Collector, manifest: JSON) -> None:
    loaded = _load(c, manifest, "phoneNumber")
    if loaded is None:
        return
    items, member = loaded
    numbers = sum(1 for i in items if text(dig(i, "device", "phoneNumber")))
    c.fact("x.account.phone_on_file", numbers > 0, member, "device.phoneNumber", len(items))
    c.note("import.x.phone" if numbers else "import.x.no_phone")


def _personalization(c: Collector, manifest: JSON) -> None:
    loaded = _load(c, manifest, "personalization")
    if loaded is None:
        return
    items, member = loaded
    interests: list[JSON] = []
    for item in items:
        found = dig(item, "p13nData", "interests", "interests")
        if isinstance(found, list):
            interests.extend(found)
    disabled = sum(1 for i in interests if dig(i, "isDisabled") is True)
    c.fact("x.privacy.personalization_interests", len(interests), member,
           "p13nData.interests.interests", len(interests),
           extra=Note("import.detail.switched_off", {"n": disabled}) if disabled else None)
    c.note("import.x.interests.off" if disabled else "import.x.interests", n=len(interests),
           off=disabled)


def _connected_apps(c: Collector, manifest: JSON) -> None:
    """Apps with access to the account: how many, and when the oldest was approved.

    None listed settles the check (nothing to review); a list is for the person to
    review, so only its size and dates are said, and no value is concluded.
    """
    loaded = _load(c, manifest, "connectedApplication")
    if loaded is None:
        return
    items, member = loaded
    apps = [a for a in (dig(i, "connectedApplication") for i in items) if isinstance(a, dict)]
    c.fact("x.security.connected_apps_count", len(apps), member, "connectedApplication",
           len(items))
    if not apps:
        c.fact("x.security.connected_apps", "reviewed", member, "connectedApplication",
               len(items), extra=Note("import.detail.no_apps"))
        c.note("import.x.no_apps")
        return
    approved = sorted(d for d in (parse_iso(dig(a, "approvedAt")) for a in apps) if d)
    if approved:
        c.note("import.x.apps.dated", n=len(apps), date=approved[0].date().isoformat())
    else:
        c.note("import.x.apps", n=len(apps))


def _contacts(c: Collector, manifest: JSON) -> None:
    """Whether X keeps an uploaded address book: the number of contacts, never one of them.

    None kept is the answer "none"; a number kept is just that number: nothing in an archive
    says whether the app still syncs the address book, so the question stays the person's.
    """
    loaded = _load(c, manifest, "contact")
    if loaded is None:
        return
    items, member = loaded
    contacts = sum(1 for i in items if isinstance(dig(i, "contact"), dict))
    c.fact("x.setting.contact_sync", contacts if contacts else "none", member, "contact",
           len(items), extra=Note("import.detail.uploaded_contacts", {"n": contacts}))
    c.note("import.x.contacts" if contacts else "import.x.no_contacts", n=contacts)


def read_grailbird(c: Collector) -> None:
    """A pre-2019 tweets-only archive: it holds no settings, only the profile text.

    ``user_details.js`` (``var user_details = {screen_name, full_name, bio, ...}``) gives the
    bio; the tweets themselves are never opened. The note says what such an archive cannot
    tell, so the person knows those questions are still theirs to answer.
    """
    member = c.archive.find(GRAILBIRD_USER)
    c.note("import.x.grailbird")
    if member is None:
        return
    try:
        details = c.json(member)
    except MemberError as error:
        c.skip(error)
        return
    if isinstance(details, dict) and isinstance(details.get("bio"), str):
        bio = text(details["bio"])
        c.fact("x.profile.bio", bio, member, "bio", 1)
        if bio:
            c.note("import.x.bio", n=len(bio.split()))
        else:
            c.note("import.x.no_bio")
    else:
        c.note("import.no_record", file=member)
