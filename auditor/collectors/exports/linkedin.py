"""LinkedIn's "Get a copy of your data" archive (Basic_/Complete_LinkedInDataExport_*.zip).

File names, columns and date formats follow platform-facts §1.12. Columns are found by
header name; the era is read from the headers (``URL`` in Connections.csv and
``inviterProfileUrl``/``…Urn`` in Invitations.csv since mid-2023, the ``Notes:`` preamble
before it, neither in older exports; ``Rich Media.csv`` as ``Type,Link`` download pointers
from 2022; ``Imported Contacts.csv`` with ``Created At`` in 2018 "Complete" exports, often
UTF-16LE and tab-separated). File names with spaces say nothing about the era: both old
and new exports use them. Connections, invitations and address books are other people's
data: only counts, shares and dates leave this module, never a name, an e-mail address or
the text of a note. The one URL kept is the person's own, from their sent invitations.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from .archive import Archive, MemberError
from .base import (
    Collector,
    Detection,
    EraDetector,
    date_from_name,
    first_era,
    guarded,
)
from .notes import Note
from .readers import CsvTable, parse_date, read_csv

KIND = "linkedin"

PROFILE = ("First Name", "Last Name", "Headline", "Summary", "Industry", "Geo Location", "Websites")
PROFILE_SUMMARY = ("Profile Summary",)
POSITIONS = ("Company Name", "Title", "Description", "Location", "Started On", "Finished On")
EDUCATION = ("School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities")
SKILLS = ("Name",)
CONNECTIONS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
               "Connected On")
INVITATIONS = ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
               "inviteeProfileUrl", "inviterProfileUrn", "inviteeProfileUrn")
RICH_MEDIA = ("Date/Time", "Media Description", "Media Link", "Type", "Link")
MEDIA_POINTERS = ("Type", "Link")
IMPORTED_CONTACTS = ("FirstName", "LastName", "Emails", "PhoneNumbers", "CreatedAt", "UpdatedAt")
IMPORTED_CONTACTS_2018 = ("First Name", "Last Name", "Companies", "Title", "Email Address",
                          "Phone Numbers", "Created At")
CONTACTS = ("Source", "FirstName", "LastName", "Emails", "PhoneNumbers", "CreatedAt")

# Date formats per file (platform-facts §1.12); never guessed across files.
# Seen in real files: "1/8/18, 6:14 PM", "09 Sep 2022", ISO dates with or without a time.
CONTACT_DATES = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p",
                 "%Y-%m-%d %H:%M:%S UTC", "%Y/%m/%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S",
                 "%d %b %Y", "%d %b %Y %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S%z",
                 "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S")
OWN_URL = re.compile(r"^(https?://)?([a-z]{2,3}\.)?linkedin\.com/in/[^/?#\s]+/?$", re.IGNORECASE)

KNOWN_FILES = ("Profile.csv", "Connections.csv", "Invitations.csv", "Positions.csv",
               "Education.csv", "Skills.csv", "Rich_Media.csv", "Rich Media.csv",
               "Registration.csv", "Email Addresses.csv", "Profile Summary.csv",
               "ImportedContacts.csv", "Imported Contacts.csv", "Ad_Targeting.csv", "Ad Targeting.csv", "messages.csv")

PROFILE_PHOTO = re.compile(r"profile (photo|picture)|profielfoto", re.IGNORECASE)
LONG_NOTE_WORDS = 50
SKILLS_FOR_COMPLETE = 5
PAST_FOR_COMPLETE = 2
_EXPORT_DATE = r"LinkedInDataExport_(\d{1,2})-(\d{1,2})-(\d{4})"


@dataclass(frozen=True)
class _Shape:
    """What the headers say about the era, read once for all era detectors."""

    known: tuple[str, ...]
    connections: tuple[str, ...] | None
    preamble: bool
    invitations: tuple[str, ...] | None
    media_pointers: bool  # Rich Media.csv is Type,Link download pointers (2022 on)
    contacts_2018: bool  # Imported Contacts.csv with "Created At" (2018 Complete exports)


def _header(archive: Archive, member: str | None, expected: tuple[str, ...]) -> CsvTable | None:
    if member is None:
        return None
    try:
        with archive.open(member) as stream:
            return read_csv(stream, member, expected)
    except MemberError:
        return None


def _folded(header: tuple[str, ...] | None) -> set[str]:
    return {h.casefold() for h in header or ()}


def _era_2023(shape: _Shape) -> str | None:
    if "url" in _folded(shape.connections):
        return "Connections.csv has a URL column"
    folded = _folded(shape.invitations)
    if "inviterprofileurl" in folded or "inviterprofileurn" in folded:
        return "Invitations.csv has inviterProfileUrl / inviterProfileUrn"
    return None


def _era_2021(shape: _Shape) -> str | None:
    if shape.connections is not None and shape.preamble:
        return "Connections.csv opens with the Notes: preamble and has no URL column"
    return None


def _era_before_2021(shape: _Shape) -> str | None:
    if shape.connections is not None:
        return "Connections.csv has neither the Notes: preamble nor a URL column"
    if shape.contacts_2018:
        return "Imported Contacts.csv with a Created At column (2018 Complete export)"
    return None


def _era_2022(shape: _Shape) -> str | None:
    if shape.media_pointers:
        return "Rich Media.csv holds Type,Link download pointers"
    return None


def _era_undetermined(shape: _Shape) -> str | None:
    return f"LinkedIn files: {', '.join(shape.known[:3])}" if shape.known else None


ERAS: tuple[EraDetector[_Shape], ...] = (
    EraDetector("linkedin-2023+", _era_2023),
    EraDetector("linkedin-2021-2023", _era_2021),
    EraDetector("linkedin-before-2021", _era_before_2021),
    EraDetector("linkedin-2022+", _era_2022),
    EraDetector("linkedin-era-unknown", _era_undetermined),
)


def detect(archive: Archive) -> Detection | None:
    known = tuple(name for name in KNOWN_FILES if archive.find(name))
    if not known:
        return None
    conn = _header(archive, archive.find("Connections.csv"), CONNECTIONS)
    # One known file name alone is LinkedIn only if a header says so.
    lone = len(known) < 2 and conn is None
    if lone and _header(archive, archive.find("Profile.csv"), PROFILE) is None:
        return None
    inv = _header(archive, archive.find("Invitations.csv"), INVITATIONS)
    shape = _Shape(
        known=known,
        connections=conn.header if conn else None,
        preamble=bool(conn and conn.header_row > 0),
        invitations=inv.header if inv else None,
        media_pointers=_header(archive, archive.find("Rich Media.csv", "Rich_Media.csv"),
                               MEDIA_POINTERS) is not None,
        contacts_2018=_header(archive, archive.find("Imported Contacts.csv"),
                              IMPORTED_CONTACTS_2018) is not None,
    )
    era, evidence = first_era(shape, ERAS) or ("linkedin-era-unknown", "LinkedIn file names")
    exported = date_from_name(f"{archive.label} {archive.root}", _EXPORT_DATE, "mdy")
    dated_by = "import.dated.name"
    if exported is None:
        exported, dated_by = archive.newest_timestamp(), "import.dated.file_times"
    return Detection(KIND, era, evidence, read, exported, dated_by if exported else "",
                     dated_inside=_newest_inside)


def _newest_inside(archive: Archive) -> tuple[dt.datetime | None, str]:
    """An export with no date in its name or file times (an unzipped folder): the newest
    "Connected On" in Connections.csv, else the newest "Sent At" of an invitation. The
    export was made that day or later."""
    for name, expected, column, key in (
            ("Connections.csv", CONNECTIONS, "Connected On", "import.dated.connections"),
            ("Invitations.csv", INVITATIONS, "Sent At", "import.dated.newest_inside")):
        member = archive.find(name)
        if member is None:
            continue
        newest: dt.datetime | None = None
        with archive.open(member) as stream:
            table = read_csv(stream, member, expected)
            index = table.col(column)
            if index is None:
                continue
            for row in table.rows:
                when = parse_date(CsvTable.cell(row, index), CONTACT_DATES)
                if when is not None and (newest is None or when > newest):
                    newest = when
        if newest is not None:
            return newest, key
    return None, ""


@dataclass
class _Profile:
    member: str = ""  # Profile.csv as named in the archive; empty until it was read
    read: bool = False
    headline: str = ""
    summary: str = ""
    websites: str = ""
    own_name: str = ""  # only to tell sent invitations apart when Direction is missing


def read(c: Collector) -> None:
    """Every LinkedIn fact the export can settle; one unreadable file skips only itself."""
    profile = _Profile()
    guarded(c, partial(_profile, c, profile))
    guarded(c, partial(_about, c, profile))
    photo = guarded(c, partial(_photo, c))
    positions = guarded(c, partial(_positions, c))
    education = guarded(c, partial(
        _count, c, "Education.csv", EDUCATION, "linkedin.profile.education", "School Name",
        "import.li.education"))
    skills = guarded(c, partial(
        _count, c, "Skills.csv", SKILLS, "linkedin.profile.skills", "Name", "import.li.skills"))
    if profile.read:
        _completeness(c, profile, photo, positions, education, skills)
    guarded(c, partial(_documents, c))
    guarded(c, partial(_invitations, c, profile))
    guarded(c, partial(_imported_contacts, c))
    guarded(c, partial(_connections, c))


def _profile(c: Collector, profile: _Profile) -> None:
    member = c.archive.find("Profile.csv")
    if member is None:
        return
    with c.csv(member, PROFILE) as table:
        first = next(table.rows, None)
        rows = 0 if first is None else 1 + sum(1 for _ in table.rows)
    if first is None:
        c.note("import.li.no_profile_row", file=member)
        return
    cell = CsvTable.cell
    profile.member, profile.read = member, True
    profile.headline = cell(first, table.col("Headline"))
    profile.summary = cell(first, table.col("Summary"))
    profile.websites = cell(first, table.col("Websites"))
    profile.own_name = " ".join(
        part for part in (cell(first, table.col("First Name")), cell(first, table.col("Last Name")))
        if part
    )
    c.fact("linkedin.profile.headline", profile.headline, member, "Headline", rows)
    industry = cell(first, table.col("Industry"))
    location = cell(first, table.col("Geo Location"))
    c.fact("linkedin.profile.industry", bool(industry), member, "Industry", rows)
    c.fact("linkedin.profile.location", bool(location), member, "Geo Location", rows)
    if profile.headline:
        c.note("import.li.headline", headline=profile.headline)
    else:
        c.note("import.li.no_headline")


def _about(c: Collector, profile: _Profile) -> None:
    member = c.archive.find("Profile.csv") if profile.read else None
    where = "Summary"
    if not profile.summary:  # newer exports moved the About text into its own file
        summary_member = c.archive.find("Profile Summary.csv")
        if summary_member is not None:
            with c.csv(summary_member, PROFILE_SUMMARY) as table:
                first = next(table.rows, None)
                if first is not None:
                    profile.summary = CsvTable.cell(first, table.col("Profile Summary"))
            member, where = summary_member, "Profile Summary"
    if member is None:
        return
    about = profile.summary
    if about and profile.websites:
        about = f"{about}\n\nWebsites: {profile.websites}"
        where += " + Websites"
    c.fact("linkedin.profile.about", about, member, where, 1)
    words = len(profile.summary.split())
    if words:
        c.note("import.li.about", n=words)
    else:
        c.note("import.li.no_about")


def _photo(c: Collector) -> bool | None:
    member = c.archive.find("Rich_Media.csv", "Rich Media.csv")
    if member is None:
        return None
    uploads = rows = 0
    with c.csv(member, RICH_MEDIA) as table:
        columns = [table.col(name) for name in ("Date/Time", "Media Description")]
        if columns == [None, None]:  # 2022 on: Type,Link download pointers, no descriptions
            links = sum(1 for _ in c.counted(table))
            c.note("import.li.media_pointers", file=member, n=links)
            return None
        for row in c.counted(table):
            rows += 1
            if any(PROFILE_PHOTO.search(CsvTable.cell(row, i)) for i in columns):
                uploads += 1
    c.fact("linkedin.profile.photo", uploads > 0, member, "Date/Time + Media Description", rows,
           extra=Note("import.detail.photo_uploads", {"n": uploads}))
    if uploads:
        c.note("import.li.photo_uploads", n=uploads)
    else:
        c.note("import.li.no_photo_upload")
    return uploads > 0


DOCUMENT = re.compile(r"\.pdf\b|/document/|\bdocument(s|en)?\b", re.IGNORECASE)


def _documents(c: Collector) -> None:
    """Documents (PDFs) uploaded to the profile: one may be a CV, which the export cannot
    tell. Said, and the CV question is asked with it; nothing is concluded.

    Seen as a PDF file among the export's media, or a media row whose type, description or
    link names a document. Only their number leaves this module.
    """
    files = c.archive.suffixed(".pdf")
    rows = 0
    member = c.archive.find("Rich_Media.csv", "Rich Media.csv")
    if member is not None:
        with c.csv(member, RICH_MEDIA) as table:
            columns = [table.col(n) for n in ("Type", "Media Description", "Media Link", "Link")]
            for row in table.rows:
                if any(DOCUMENT.search(CsvTable.cell(row, i)) for i in columns if i is not None):
                    rows += 1
    found = max(rows, len(files))
    if not found:
        return
    where = files[0] if len(files) >= rows else member or files[0]
    c.open_fact("linkedin.profile.cv_uploaded", where,
                Note("import.detail.documents", {"n": found}))
    c.note("import.li.documents", n=found)


def _positions(c: Collector) -> tuple[bool, int] | None:
    member = c.archive.find("Positions.csv")
    if member is None:
        return None
    current = past = rows = 0
    with c.csv(member, POSITIONS) as table:
        finished = table.col("Finished On")
        for row in c.counted(table):
            rows += 1
            if CsvTable.cell(row, finished):
                past += 1
            else:
                current += 1
    c.fact("linkedin.profile.current_position", current > 0, member, "Finished On", rows)
    c.fact("linkedin.profile.past_positions", past, member, "Finished On", rows)
    c.note("import.li.positions", current=current, past=past)
    return current > 0, past


def _count(c: Collector, name: str, expected: tuple[str, ...], key: str, column: str,
           note: str) -> int | None:
    member = c.archive.find(name)
    if member is None:
        return None
    count = 0
    with c.csv(member, expected) as table:
        index = table.col(column)
        for row in c.counted(table):
            if index is None or CsvTable.cell(row, index):
                count += 1
    c.fact(key, count, member, column, count)
    c.note(note, n=count)
    return count


def _completeness(c: Collector, profile: _Profile, photo: bool | None,
                  positions: tuple[bool, int] | None, education: int | None,
                  skills: int | None) -> None:
    """How many of the seven profile essentials the export shows as met.

    An essential the export does not show (its file is missing, or says nothing, like the
    2022+ ``Rich Media.csv``) is unknown, never a gap: when the unknown ones could still
    make the profile complete, no count is given and the note says what stays open. When
    the profile falls short even if every unknown one were met, the count stands, and the
    detail names the unknown ones.
    """
    criteria: dict[str, bool | None] = {
        "photo": photo,
        "headline": bool(profile.headline),
        "about": bool(profile.summary),
        "current_position": None if positions is None else positions[0],
        "past_positions": None if positions is None else positions[1] >= PAST_FOR_COMPLETE,
        "education": None if education is None else education >= 1,
        "skills": None if skills is None else skills >= SKILLS_FOR_COMPLETE,
    }
    met = [Note(f"import.essential.{name}") for name, ok in criteria.items() if ok]
    missing = [Note(f"import.essential.{name}") for name, ok in criteria.items() if ok is None]
    none = Note("import.essential.none")
    if missing and len(met) + len(missing) >= len(criteria):
        c.note("import.li.completeness_open", met=len(met), total=len(criteria), missing=missing)
        return
    extra = Note("import.detail.essentials.missing" if missing else "import.detail.essentials",
                 {"met": met or [none], "missing": missing})
    c.fact("linkedin.profile.completeness", len(met), profile.member,
           Note("import.where.essentials", {"n": len(criteria)}), len(criteria), extra=extra)
    c.note("import.li.completeness", met=len(met), total=len(criteria))


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class _Sent:
    """What the person's own sent invitations show: counts, and their own profile URL."""

    rows: int = 0
    sent: int = 0
    personal: int = 0
    long_notes: int = 0
    pressing: int = 0
    own_urls: Counter[str] = field(default_factory=Counter)


def _invitations(c: Collector, profile: _Profile) -> None:
    member = c.archive.find("Invitations.csv")
    if member is None:
        return
    defaults = {_normalised(t) for t in c.default_invitation_texts if t.strip()}
    phrases = tuple(p for p in (_normalised(p) for p in c.pressure_phrases) if p)
    seen = _Sent()
    with c.csv(member, INVITATIONS) as table:
        direction, message, sender = table.col("Direction"), table.col("Message"), table.col("From")
        inviter = table.col("inviterProfileUrl")
        own = _normalised(profile.own_name)
        if direction is None and not (own and sender is not None):
            c.note("import.li.no_direction", file=member)
            return
        for row in c.counted(table):
            seen.rows += 1
            if direction is not None:
                outgoing = CsvTable.cell(row, direction).casefold() == "outgoing"
            else:
                outgoing = _normalised(CsvTable.cell(row, sender)) == own
            if outgoing:
                _count_sent(seen, CsvTable.cell(row, message), defaults, phrases)
                if inviter is not None and inviter < len(row):
                    seen.own_urls[row[inviter]] += 1  # checked once per distinct value
    where = "Message, Direction" if direction is not None else "Message, From"
    _own_url(c, member, seen)
    if seen.sent == 0:
        c.note("import.li.no_sent", n=seen.rows)
        return
    c.fact("linkedin.networking.personal_note_share", round(seen.personal / seen.sent, 4),
           member, where, seen.rows,
           extra=Note("import.detail.personal", {"personal": seen.personal, "n": seen.sent}))
    c.fact("linkedin.networking.long_invitation_notes", seen.long_notes, member, where,
           seen.rows, extra=Note("import.detail.long", {"words": LONG_NOTE_WORDS,
                                                         "n": seen.sent}))
    c.note("import.li.personal_notes", personal=seen.personal, n=seen.sent)
    if seen.long_notes:
        c.note("import.li.long_notes", n=seen.long_notes, words=LONG_NOTE_WORDS)
    if phrases:
        c.fact("linkedin.networking.pressing_invitation_notes", seen.pressing, member, where,
               seen.rows, extra=Note("import.detail.pressing", {"n": seen.sent}))
        c.note("import.li.pressing", n=seen.pressing)


def _count_sent(seen: _Sent, note: str, defaults: set[str], phrases: tuple[str, ...]) -> None:
    """One sent invitation: whether its note is personal, long, or pressing (text not kept)."""
    seen.sent += 1
    if not note:
        return
    normal = _normalised(note)
    if normal not in defaults:
        seen.personal += 1
    if len(note.split()) > LONG_NOTE_WORDS:
        seen.long_notes += 1
    if any(p in normal for p in phrases):
        seen.pressing += 1


def _own_url(c: Collector, member: str, seen: _Sent) -> None:
    """The person's public profile URL: the inviter URL their own sent invitations carry."""
    urls: Counter[str] = Counter()
    for raw, n in seen.own_urls.items():
        if OWN_URL.match(raw.strip()):
            urls[raw.strip().rstrip("/")] += n
    if not urls:
        return
    url, count = urls.most_common(1)[0]
    if not url.casefold().startswith("http"):
        url = "https://" + url
    c.fact("linkedin.profile.custom_url", url, member, "inviterProfileUrl", seen.rows,
           extra=Note("import.detail.own_url", {"n": count}))
    c.note("import.li.own_url", url=url)


def _imported_contacts(c: Collector) -> None:
    found = [(m, exp) for m, exp in ((c.archive.find("ImportedContacts.csv"), IMPORTED_CONTACTS),
                                      (c.archive.find("Imported Contacts.csv"),
                                       IMPORTED_CONTACTS_2018),
                                      (c.archive.find("Contacts.csv"), CONTACTS)) if m]
    if not found:
        return
    total = 0
    earliest: dt.datetime | None = None
    members: list[str] = []
    for member, expected in found:
        assert member is not None
        with c.csv(member, expected) as table:
            created = table.col("CreatedAt", "Created At")
            for row in c.counted(table):
                total += 1
                stamp = parse_date(CsvTable.cell(row, created), CONTACT_DATES) if created else None
                if stamp and (earliest is None or stamp < earliest):
                    earliest = stamp
        members.append(member)
    since = Note("import.detail.earliest", {"date": earliest.date().isoformat()}) \
        if earliest else None
    c.fact("linkedin.privacy.imported_contacts", total, " + ".join(members),
           Note("import.where.per_contact"), total, extra=since)
    if total and earliest:
        c.note("import.li.contacts.dated", n=total, date=earliest.date().isoformat())
    elif total:
        c.note("import.li.contacts", n=total)
    else:
        c.note("import.li.no_contacts")


def _connections(c: Collector) -> None:
    member = c.archive.find("Connections.csv")
    if member is None:
        return
    with c.csv(member, CONNECTIONS) as table:
        count = sum(1 for _ in c.counted(table))
    c.fact("linkedin.networking.connections", count, member,
           Note("import.where.per_connection"), count)
    c.note("import.li.connections", n=count)
