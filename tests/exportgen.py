"""Synthetic data exports for the export-reader tests and the import benchmark.

Everything here is generated: names are "Person 17", addresses end in ``.test``, and the
layouts follow platform-facts §1.12 (LinkedIn), §3.9 (X), §2.10 (Facebook) and §4.2
(Instagram), one builder per format era. An export is a dict of member name -> bytes,
written either as a zip or as a folder.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Files = dict[str, bytes]

LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)

DEFAULT_INVITATION_EN = "I'd like to add you to my professional network on LinkedIn."
DEFAULT_INVITATION_NL = "Ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn."


def write_export(
    dest: Path,
    files: Mapping[str, bytes],
    *,
    as_zip: bool = True,
    root: str = "",
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write ``files`` as a zip at ``dest`` (or as a folder when ``as_zip`` is false)."""
    prefix = f"{root.strip('/')}/" if root else ""
    if as_zip:
        with zipfile.ZipFile(dest, "w", compression=compression) as zf:
            for name, data in files.items():
                zf.writestr(prefix + name, data)
        return dest
    for name, data in files.items():
        target = dest / prefix / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return dest


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    delimiter: str = ",",
    bom: bool = False,
    preamble: str = "",
    line_end: str = "\n",
) -> bytes:
    buf = io.StringIO()
    buf.write(preamble)
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8")


def mojibake(text: str) -> str:
    """Meta's double encoding: every UTF-8 byte becomes one code point."""
    return text.encode("utf-8").decode("latin-1")


def meta_json(value: Any) -> bytes:
    """JSON as Meta writes it: ASCII with ``\\u00XX`` escapes for each UTF-8 byte."""
    return json.dumps(_mangle(value), ensure_ascii=True, indent=2).encode("ascii")


def _mangle(value: Any) -> Any:
    if isinstance(value, str):
        return mojibake(value)
    if isinstance(value, list):
        return [_mangle(v) for v in value]
    if isinstance(value, dict):
        return {k: _mangle(v) for k, v in value.items()}
    return value


def ytd(name: str, value: Any, part: int = 0) -> bytes:
    """An X data file: ``window.YTD.<name>.part<N> = [...]``."""
    return f"window.YTD.{name}.part{part} = {json.dumps(value, indent=2)}".encode()


# --------------------------------------------------------------------------- LinkedIn


@dataclass
class LinkedIn:
    """One LinkedIn export; ``None`` for a file leaves it out of the archive."""

    era: str = "2023+"  # "2023+" | "2021" | "before-2021"
    connections: int = 12
    invitations: list[tuple[str, str]] | None = field(
        default_factory=lambda: [
            ("OUTGOING", "Hi Person 1, we met at the data-privacy meetup in Utrecht."),
            ("OUTGOING", ""),
            ("OUTGOING", DEFAULT_INVITATION_EN),
            ("OUTGOING", "  ik WIL u graag toevoegen aan mijn professionele netwerk op LinkedIn. "),
            ("INCOMING", "Please connect with me, I sell things."),
        ]
    )
    headline: str = "Privacy engineer helping hospitals keep patient data local"
    summary: str = "I build audit tools. Read more at https://example.test/about"
    websites: str = "[PERSONAL:https://example.test]"
    industry: str = "Software Development"
    geo: str = "Utrecht, Netherlands"
    positions: list[tuple[str, str]] | None = field(
        default_factory=lambda: [("Privacy engineer", ""), ("Developer", "Aug 2023"),
                                 ("Intern", "Jun 2019")]
    )
    education: int | None = 1
    skills: int | None = 6
    rich_media: list[str] | None = field(
        default_factory=lambda: [
            "You uploaded a feed photo on March 3, 2025 at 9:12 AM (GMT)",
            "You uploaded a profile photo on January 5, 2024 at 10:01 AM (GMT)",
        ]
    )
    imported_contacts: list[str] | None = None  # CreatedAt values
    contacts: list[str] | None = None  # Contacts.csv CreatedAt values
    profile_summary_file: str | None = None  # Profile Summary.csv (and empty Summary)
    excel: bool = False  # tab-delimited, BOM, CRLF: a 2018 export or an Excel re-save
    own_url: str = "https://www.linkedin.com/in/samexample"  # inviterProfileUrl of sent rows
    urn: bool = False  # 2023+ Invitations.csv with inviterProfileUrn / inviteeProfileUrn
    connections_file: bool = True
    rich_media_pointers: int | None = None  # 2022+ "Rich Media.csv": Type,Link, N rows
    contacts_2018: list[str] | None = None  # "Imported Contacts.csv" Created At values
    utf16: str = ""  # "bom" | "nobom": every CSV UTF-16LE and tab-separated (2018 files)
    documents: int = 0  # 2022+ "Rich Media.csv" rows of Type Document (with rich_media_pointers)
    pdf_files: list[str] | None = None  # PDF files among the export's media (member names)
    connected_on: list[str] | None = None  # Connections.csv "Connected On" per row (cycled)

    def files(self) -> Files:
        out = self._files()
        if self.utf16:
            bom = b"\xff\xfe" if self.utf16 == "bom" else b""
            for name, data in out.items():
                out[name] = bom + data.decode("utf-8-sig").encode("utf-16-le")
        return out

    def _files(self) -> Files:
        out: Files = {}
        opts: dict[str, Any] = (
            {"delimiter": "\t", "bom": True, "line_end": "\r\n"} if self.excel
            else {"delimiter": "\t", "line_end": "\r\n"} if self.utf16 else {}
        )
        summary = "" if self.profile_summary_file is not None else self.summary
        out["Profile.csv"] = csv_bytes(
            ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
             "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
             "Instant Messengers"],
            [["Sam", "Example", "", "Street 1", "Jan 1, 1990", self.headline, summary,
              self.industry, "3500", self.geo, "", self.websites, ""]],
            **opts,
        )
        if self.profile_summary_file is not None:
            out["Profile Summary.csv"] = csv_bytes(
                ["Profile Summary"], [[self.profile_summary_file]], **opts
            )
        if self.positions is not None:
            out["Positions.csv"] = csv_bytes(
                ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                [[f"Company {i}", title, "", "Utrecht", "Jan 2018", end]
                 for i, (title, end) in enumerate(self.positions)],
                **opts,
            )
        if self.education is not None:
            out["Education.csv"] = csv_bytes(
                ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
                [[f"School {i}", "2010", "2014", "", "MSc", ""] for i in range(self.education)],
                **opts,
            )
        if self.skills is not None:
            out["Skills.csv"] = csv_bytes(
                ["Name"], [[f"Skill {i}"] for i in range(self.skills)], **opts
            )
        if self.rich_media is not None:
            out["Rich_Media.csv" if self.era != "before-2021" else "Rich Media.csv"] = csv_bytes(
                ["Date/Time", "Media Description", "Media Link"],
                [[text, "", f"https://media.example.test/{i}"]
                 for i, text in enumerate(self.rich_media)],
                **opts,
            )
        if self.rich_media_pointers is not None:
            out["Rich Media.csv"] = csv_bytes(
                ["Type", "Link"],
                [["Photo", f"https://www.linkedin.com/dms/prv/image/{i}/download"]
                 for i in range(self.rich_media_pointers)]
                + [["Document", f"https://www.linkedin.com/dms/prv/document/{i}/download"]
                   for i in range(self.documents)], **opts)
        for name in self.pdf_files or []:
            out[name] = b"%PDF-1.4\n% synthetic\n%%EOF\n"
        if self.contacts_2018 is not None:
            out["Imported Contacts.csv"] = csv_bytes(
                ["First Name", "Last Name", "Companies", "Title", "Email Address",
                 "Phone Numbers", "Created At", "Addresses", "Sites", "Instant Message Handles",
                 "Full Name", "Birthday", "Location", "Bookmarked At", "Profiles"],
                [[f"Contact{i}", "Test", "", "", f"contact{i}@example.test", "", created,
                  "", "", "", f"Contact{i} Test", "", "", "", ""]
                 for i, created in enumerate(self.contacts_2018)], **opts)
        if self.connections_file:
            out["Connections.csv"] = self.connections_csv(opts)
        if self.invitations is not None:
            out["Invitations.csv"] = self.invitations_csv(opts)
        if self.imported_contacts is not None:
            out["ImportedContacts.csv"] = csv_bytes(
                ["FirstName", "MiddleName", "LastName", "MaidenName", "NickName", "NamePrefix",
                 "NameSuffix", "Title", "Emails", "PhoneNumbers", "CreatedAt", "UpdatedAt",
                 "CountryCode", "RegionCode", "ThirdPartyVerified", "Location"],
                [[f"Contact{i}", "", "Test", "", "", "", "", "", f"contact{i}@example.test",
                  "", created, created, "NL", "", "false", ""]
                 for i, created in enumerate(self.imported_contacts)],
                **opts,
            )
        if self.contacts is not None:
            out["Contacts.csv"] = csv_bytes(
                ["Source", "FirstName", "LastName", "Companies", "Title", "Emails",
                 "PhoneNumbers", "CreatedAt", "Addresses", "Sites", "InstantMessageHandles",
                 "FullName", "Birthday", "Location", "BookmarkedAt", "Profiles"],
                [["GOOGLE", f"Other{i}", "Test", "", "", f"other{i}@example.test", "",
                  created, "", "", "", f"Other{i} Test", "", "", "", ""]
                 for i, created in enumerate(self.contacts)],
                **opts,
            )
        if self.era == "before-2021":
            out["Ad Targeting.csv"] = csv_bytes(
                ["Member Age", "Company Names", "Company Names", "Job Titles"],
                [["25 to 34", "A", "B", "Engineer"]], delimiter="\t", bom=True,
            )
        return out

    def connections_csv(self, opts: dict[str, Any]) -> bytes:
        with_url = self.era == "2023+"
        header = ["First Name", "Last Name"] + (["URL"] if with_url else []) + [
            "Email Address", "Company", "Position", "Connected On"]
        rows = []
        for i in range(self.connections):
            row = [f"Person{i}", "Test"] + ([f"https://www.linkedin.com/in/p{i}"]
                                             if with_url else [])
            when = self.connected_on[i % len(self.connected_on)] if self.connected_on \
                else "08 Feb 2026"
            row += [f"person{i}@example.test" if i % 3 == 0 else "", f"Company {i % 97}",
                    "Engineer", when]
            rows.append(row)
        if rows:  # a hidden profile: only the date survives
            rows[-1] = [""] * (len(header) - 1) + ["07 Jun 2026"]
        preamble = LINKEDIN_PREAMBLE if self.era in ("2023+", "2021") else ""
        return csv_bytes(header, rows, preamble=preamble, **opts)

    def invitations_csv(self, opts: dict[str, Any]) -> bytes:
        assert self.invitations is not None
        urls = self.era == "2023+"
        kind = "Urn" if self.urn else "Url"
        header = ["From", "To", "Sent At", "Message", "Direction"] + (
            [f"inviterProfile{kind}", f"inviteeProfile{kind}"] if urls else [])
        rows = []
        for i, (direction, message) in enumerate(self.invitations):
            me, other = "Sam Example", f"Person{i} Test"
            sender, receiver = (me, other) if direction == "OUTGOING" else (other, me)
            row = [sender, receiver, "9/27/25, 8:41 AM", message, direction]
            if urls and self.urn:
                row += [f"urn:li:member:{100 + i}", f"urn:li:member:{200 + i}"]
            elif urls:
                mine, theirs = self.own_url, f"https://www.linkedin.com/in/person{i}-test-8c1d2e"
                row += [mine, theirs] if direction == "OUTGOING" else [theirs, mine]
            rows.append(row)
        return csv_bytes(header, rows, **opts)


def linkedin_name(date: str = "01-02-2026", complete: bool = True) -> str:
    return f"{'Complete' if complete else 'Basic'}_LinkedInDataExport_{date}.zip"


# --------------------------------------------------------------------------- X


@dataclass
class X:
    era: str = "2022+"  # "2022+" | "2019-2022" | "before-2019"
    email: str | None = "sam@example.test"
    phone: str | None = "+31600000000"
    avatar: str = "https://pbs.twimg.com/profile_images/1/sam.jpg"
    bio: str = "Privacy engineer. Opinions mine."
    protected_history: list[tuple[str, str]] = field(
        default_factory=lambda: [("Protect", "2025-01-01T10:00:00.000Z"),
                                 ("Unprotect", "2025-03-01T10:00:00.000Z"),
                                 ("Protect", "2025-06-01T10:00:00.000Z")]
    )
    interests: list[tuple[str, bool]] = field(
        default_factory=lambda: [("Privacy", False), ("Cycling", False), ("Crypto", True)]
    )
    generation_date: str = "2026-01-15T12:00:00.000Z"
    manifest: bool = True
    split_history: bool = False  # protected-history.js + protected-history-part1.js
    contacts: int = 1  # data/contact.js entries (addresses stay in the file, never read out)
    connected_apps: list[str] | None = None  # approvedAt of each connected-application.js app
    manifest_2024: bool = False  # manifest lists grok-chat-item, article, expanded-profile
    empty: bool = False  # every data file present but 0 bytes
    grailbird_created: str = "2018-06-10 09:30:00 +0000"  # payload_details.js created_at

    def files(self) -> Files:
        if self.era == "before-2019":
            return self._grailbird()
        out: Files = {}
        tweets = "tweets" if self.era == "2022+" else "tweet"
        item = {"tweet": {"id": "1", "full_text": "hello"}}
        out[f"data/{tweets}.js"] = ytd(tweets, [item])
        out["data/account.js"] = ytd("account", [{"account": {
            "email": self.email, "createdVia": "web", "username": "sam_example",
            "accountId": "1", "createdAt": "2010-02-09T17:10:05.000Z",
            "accountDisplayName": "Sam"}}])
        out["data/profile.js"] = ytd("profile", [{"profile": {
            "description": {"bio": self.bio, "website": "", "location": ""},
            "avatarMediaUrl": self.avatar}}])
        phones = [{"device": {"phoneNumber": self.phone}}] if self.phone else []
        out["data/phone-number.js"] = ytd("phone_number", phones)
        history = [{"protectedHistory": {"protectedAt": at, "action": action}}
                   for action, at in self.protected_history]
        history_files = ["data/protected-history.js"]
        if self.split_history and len(history) > 1:
            half = len(history) // 2
            out["data/protected-history.js"] = ytd("protected_history", history[half:])
            out["data/protected-history-part1.js"] = ytd("protected_history", history[:half], 1)
            history_files.append("data/protected-history-part1.js")
        else:
            out["data/protected-history.js"] = ytd("protected_history", history)
        out["data/personalization.js"] = ytd("personalization", [{"p13nData": {
            "demographics": {"languages": [], "genderInfo": {"gender": "unknown"}},
            "interests": {"interests": [{"name": n, "isDisabled": d} for n, d in self.interests],
                          "partnerInterests": [], "audienceAndAdvertisers": {"numAudiences": "0"},
                          "shows": []},
            "locationHistory": []}}])
        out["data/contact.js"] = ytd("contact", [{"contact": {
            "id": str(9 + i), "emails": [f"friend{i or ''}@example.test"], "phoneNumbers": []}}
            for i in range(self.contacts)])
        if self.connected_apps is not None:
            out["data/connected-application.js"] = ytd("connected_application", [
                {"connectedApplication": {
                    "organization": {"name": f"Maker {i}", "url": "https://example.test"},
                    "name": f"App {i}", "description": "Schedules posts",
                    "permissions": ["read", "write"], "approvedAt": at, "id": str(500 + i)}}
                for i, at in enumerate(self.connected_apps)])
        out["data/tweets_media/1-abc.jpg"] = b"\xff\xd8\xff" + b"0" * 64
        if self.manifest:
            files = {
                "account": ["data/account.js"], "profile": ["data/profile.js"],
                "phoneNumber": ["data/phone-number.js"], "protectedHistory": history_files,
                "personalization": ["data/personalization.js"], tweets: [f"data/{tweets}.js"],
                "contact": ["data/contact.js"],
            }
            if self.connected_apps is not None:
                files["connectedApplication"] = ["data/connected-application.js"]
            if self.manifest_2024:
                for name in ("grok-chat-item", "article", "expanded-profile"):
                    out[f"data/{name}.js"] = ytd(name.replace("-", "_"), [])
                    files[name] = [f"data/{name}.js"]
            manifest = {
                "userInfo": {"accountId": "1", "userName": "sam_example", "displayName": "Sam"},
                "archiveInfo": {"sizeBytes": "1000", "generationDate": self.generation_date,
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {k: {"files": [{"fileName": f, "globalName": "x", "count": "1"}
                                            for f in v]} for k, v in files.items()},
            }
            if self.manifest_2024:
                manifest["dataTypes"]["articleMetadata"] = {"mediaDirectory": "data/article_media"}
            out["data/manifest.js"] = (
                "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2)).encode()
        out["Your archive.html"] = b"<html></html>"
        if self.empty:
            out = {k: (b"" if k.endswith(".js") and "manifest" not in k else v)
                   for k, v in out.items()}
        return out


    def _grailbird(self) -> Files:
        """The 2012-2018 "Grailbird" archive: a web page to open (index.html with its css/js),
        tweets.csv, and the viewer's data as ``var <name> = {...}`` files in data/js."""
        tweets = csv_bytes(
            ["tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source",
             "text", "retweeted_status_id", "retweeted_status_user_id",
             "retweeted_status_timestamp", "expanded_urls"],
            [["700000000000000001", "", "", "2016-01-01 10:00:00 +0000",
              '<a href="https://example.test/app" rel="nofollow">Example app</a>', "hello", "",
              "", "", ""]])
        month = [{"source": "web", "id_str": "700000000000000001", "text": "hello",
                  "id": 700000000000000001, "created_at": "2016-01-01 10:00:00 +0000",
                  "user": {"name": "Sam", "screen_name": "sam_example", "protected": False,
                           "id_str": "1", "verified": False, "id": 1},
                  "entities": {"user_mentions": [], "media": [], "hashtags": [], "urls": []}}]
        user = {"screen_name": "sam_example", "location": "Utrecht", "full_name": "Sam",
                "bio": self.bio, "id": "1", "created_at": "2010-02-09 17:10:05 +0000"}
        out: Files = {
            "index.html": b"<!DOCTYPE html><html><head><title>Your Twitter archive</title>"
                          b"</head><body></body></html>",
            "tweets.csv": tweets,
            "README.txt": b"Your Twitter archive: open index.html in a browser.",
            "css/application.min.css": b"body{}",
            "js/application.min.js": b"var Grailbird = {};",
            "lib/jquery/jquery.min.js": b"/* jquery */",
            "img/bg.png": b"\x89PNG\r\n",
            "data/js/user_details.js": (
                "var user_details =  " + json.dumps(user, indent=2)).encode(),
            "data/js/tweet_index.js": ("var tweet_index =  " + json.dumps([{
                "file_name": "data/js/tweets/2016_01.js", "year": 2016,
                "var_name": "tweets_2016_01", "tweet_count": 1, "month": 1}], indent=2)).encode(),
            "data/js/tweets/2016_01.js": (
                "Grailbird.data.tweets_2016_01 = \n" + json.dumps(month, indent=2)).encode(),
        }
        if self.grailbird_created:
            out["data/js/payload_details.js"] = ("var payload_details = " + json.dumps({
                "tweets": 1, "created_at": self.grailbird_created, "lang": "en"},
                indent=2)).encode()
        return out


# --------------------------------------------------------------------------- Facebook


@dataclass
class Facebook:
    era: str = "2023+"  # "2023+" | "2021-2022" | "2018-2021"
    username: str = "sam.example"
    full_name: str = "Sâm Exämple 😀"
    profile_picture: bool = True
    contacts: int = 3
    profile_updates: int = 2
    language: str = "en"  # "en" | "da": album names and update titles as Meta translates them
    followers: int = 0  # connections/followers/ (2024+): followers_v3 and following_v3

    def files(self) -> Files:
        if self.era == "connections-only":  # a download of just the connections category
            return self._connections()
        out: Files = {**self._profile(), **self._connections()}
        if self.era != "2023+":
            out.pop("connections/followers/who_you've_followed.json", None)
        return out

    def _connections(self) -> Files:
        out: Files = {}
        modern = self.era in ("2023+", "connections-only")
        friends = "connections/friends/your_friends.json" if modern else (
            "friends_and_followers/friends.json" if self.era == "2021-2022"
            else "friends/friends.json")
        friend_key = "friends_v2" if self.era != "2018-2021" else "friends"
        out[friends] = meta_json({friend_key: [
            {"name": f"Friend Ö{i}", "timestamp": 1500000000} for i in range(5)]})
        if modern and self.followers:
            out["connections/followers/people_who_followed_you.json"] = meta_json({
                "followers_v3": [{"name": f"Fan {i}", "timestamp": 1600000000}
                                 for i in range(self.followers)]})
            out["connections/followers/who_you've_followed.json"] = meta_json({
                "following_v3": [{"name": f"Page {i}", "timestamp": 1600000000}
                                 for i in range(2)]})
        return out

    def _profile(self) -> Files:
        out: Files = {}
        modern = self.era == "2023+"
        profile_dir = "personal_information/profile_information" if modern else "profile_information"
        key = "profile" if self.era == "2018-2021" else "profile_v2"
        out[f"{profile_dir}/profile_information.json"] = meta_json({key: {
            "name": {"full_name": self.full_name},
            "emails": {"emails": ["sam@example.test"]},
            "registration_timestamp": 1262304000,
            "profile_uri": f"https://www.facebook.com/{self.username}" if self.username else
            "https://www.facebook.com/profile.php?id=1000",
            **({"username": self.username} if self.username and modern else {}),
        }})
        titles = (["Sam opdaterede sit profilbillede.", "Sam opdaterede sit arbejde."]
                  if self.language == "da" else
                  ["Sam updated his profile picture.", "Sam updated his work."])
        out[f"{profile_dir}/profile_update_history.json"] = meta_json({"profile_updates_v2": [
            {"timestamp": 1700000000 + i, "title": titles[i % 2]}
            for i in range(self.profile_updates)]})
        posts = "your_facebook_activity/posts" if modern else (
            "posts" if self.era == "2021-2022" else "photos_and_videos")
        out[f"{posts}/album/0.json"] = meta_json({
            "name": (("Profilbilleder" if self.language == "da" else "Profile pictures")
                     if self.profile_picture else "Holiday"),
            "photos": [{"uri": f"{posts}/media/x/1.jpg", "creation_timestamp": 1600000000}]})
        out[f"{posts}/media/x/1.jpg"] = b"\xff\xd8\xff"
        if self.language == "da":
            out[f"{posts}/media/Mobiloverforsler_88/2.jpg"] = b"\xff\xd8\xff"
        if self.contacts:
            if modern:
                out["personal_information/other_personal_information/"
                    "contacts_uploaded_from_your_phone.json"] = meta_json([
                        {"media": [], "label_values": [
                            {"label": "Name", "value": f"Contact Ü{i}"},
                            {"label": "Upload time", "timestamp_value": 1680000000 + i}],
                         "fbid": str(i)} for i in range(self.contacts)])
            else:
                out["about_you/your_address_books.json"] = meta_json({"address_book": {
                    "address_book": [{"name": f"Contact {i}",
                                      "details": [{"contact_point": f"c{i}@example.test"}],
                                      "created_timestamp": 1500000000 + i}
                                     for i in range(self.contacts)]}})
        if modern:
            out["preferences/preferences/contacts_sync_settings.json"] = meta_json({
                "label_values": [{"label": "Continuous contact upload", "value": "On"},
                                 {"label": "Update time", "timestamp_value": 1700000000}]})
        return out


# --------------------------------------------------------------------------- Instagram


@dataclass
class Instagram:
    era: str = "2023+"  # "2023+" | "before-2023"
    username: str = "sam_exämple"
    photo: bool = True
    privacy_changes: list[tuple[str, int]] = field(
        default_factory=lambda: [("Account switched to private", 1600000000),
                                 ("Account switched to public", 1650000000),
                                 ("Account switched to private", 1700000000)])
    synced_contacts: int = 4
    private_flag: str | None = None  # "True"/"False" in personal_information.json
    language: str = "en"  # "en" | "tr" | "da": labels and titles as Meta translates them
    profile_info: str | None = None  # "string_map" | "label_values": Contact Syncing file
    contact_syncing: str = "True"
    shallow: bool = False  # personal_information/personal_information.json (late 2022)
    profile_info_path: str = (
        "personal_information/personal_information/instagram_profile_information.json")
    follow_requests: list[int] | None = None  # timestamps of requests to follow you (private)
    flat_alone: bool = False  # 2019-2020: only profile.json (a partial download)

    def files(self) -> Files:
        if self.era == "2019-2020":
            return self._flat()
        words = IG_WORDS[self.language]
        out: Files = {}
        modern = self.era == "2023+"
        personal = ("personal_information/personal_information/personal_information.json"
                    if modern else "account_information/personal_information.json")
        if modern and self.shallow:
            personal = "personal_information/personal_information.json"
        smd: dict[str, Any] = {
            words["email"]: {"value": "sam@example.test", "timestamp": 0},
            words["username"]: {"value": self.username, "timestamp": 0},
            words["name"]: {"value": "Sâm", "timestamp": 0},
        }
        if self.private_flag is not None:
            smd[words["private"]] = {"value": self.private_flag, "timestamp": 0}
        user: dict[str, Any] = {"title": "User Information", "string_map_data": smd,
                                "media_map_data": {}}
        if self.photo:
            user["media_map_data"] = {"Profile Photo": {
                "uri": "media/other/profile.jpg", "creation_timestamp": 1600000000}}
        out[personal] = meta_json({"profile_user": [user]})
        security = ("security_and_login_information/login_and_profile_creation/"
                    "profile_privacy_changes.json" if modern
                    else "account_information/account_privacy_changes.json")
        out[security] = meta_json({"account_history_account_privacy_history": [
            {"title": words.get(title, title), "media_map_data": {},
             "string_map_data": {words["time"]: {"value": "", "timestamp": ts}}}
            for title, ts in self.privacy_changes]})
        if self.profile_info is not None and modern:
            label = words["syncing"]
            record: dict[str, Any] = (
                {"title": "", "media_map_data": {}, "string_map_data": {
                    label: {"value": self.contact_syncing, "timestamp": 0},
                    "First Country Code": {"value": "NL", "timestamp": 0}}}
                if self.profile_info == "string_map" else
                {"media": [], "label_values": [
                    {"label": label, "value": self.contact_syncing},
                    {"label": "First Story Time", "timestamp_value": 1600000000}],
                 "fbid": "1"})
            wrapped = {"profile_account_insights": [record]} if \
                self.profile_info == "string_map" else [record]
            out[self.profile_info_path] = meta_json(wrapped)
        contacts = ("connections/contacts/synced_contacts.json" if modern
                    else "contacts/synced_contacts.json")
        out[contacts] = meta_json({"contacts_contact_info": [
            {"title": "", "media_map_data": {}, "string_map_data": {
                "First name": {"value": f"Frïend{i}", "timestamp": 0},
                "Surname": {"value": "Test", "timestamp": 0},
                "Contact information": {"value": f"f{i}@example.test", "timestamp": 0}}}
            for i in range(self.synced_contacts)]})
        followers = ("connections/followers_and_following/followers_1.json" if modern
                     else "followers_and_following/followers.json")
        out[followers] = meta_json([{"string_list_data": [
            {"href": "https://www.instagram.com/f1", "value": "f1", "timestamp": 1600000000}]}])
        if self.follow_requests is not None:
            folder = ("connections/followers_and_following" if modern
                      else "followers_and_following")
            out[f"{folder}/follow_requests_you've_received.json"] = meta_json({
                "relationships_follow_requests_received": [
                    {"title": "", "media_list_data": [], "string_list_data": [
                        {"href": f"https://www.instagram.com/asker{i}", "value": f"asker{i}",
                         "timestamp": ts}]}
                    for i, ts in enumerate(self.follow_requests)]})
        out["media/other/profile.jpg"] = b"\xff\xd8\xff"
        return out

    def _flat(self) -> Files:
        """The 2019-2020 download: plain JSON files at the top, no envelopes."""
        profile = {"biography": "Privacy", "date_joined": "2015-03-01T10:00:00",
                   "email": "sam@example.test", "gender": "", "name": "Sâm",
                   "private_account": self.private_flag != "False",
                   "profile_pic_url": "https://scontent.example.test/p.jpg" if self.photo else "",
                   "username": self.username}
        if self.flat_alone:
            return {"profile.json": json.dumps(profile).encode()}
        return {
            "profile.json": json.dumps(profile).encode(),
            "connections.json": json.dumps({"followers": {"f1": "2019-01-01T10:00:00"},
                                            "following": {}, "blocked_users": {}}).encode(),
            "settings.json": json.dumps({"allow_comments_from": "everyone"}).encode(),
            "contacts.json": json.dumps({"contacts": [
                {"first_name": f"Frïend{i}", "contact": f"f{i}@example.test"}
                for i in range(self.synced_contacts)]}).encode(),
            "photos/201901/a.jpg": b"\xff\xd8\xff",
        }


# Labels and titles as Meta writes them in each language (Danish and Turkish as seen in
# published real exports; the privacy-change titles are built from the same words).
IG_WORDS: dict[str, dict[str, str]] = {
    "en": {"email": "Email", "username": "Username", "name": "Name", "private": "Private Account",
           "time": "Time", "syncing": "Contact Syncing"},
    "tr": {"email": "E-posta", "username": "Kullanıcı adı", "name": "Ad",
           "private": "Gizli Hesap", "time": "Zaman", "syncing": "Kişi Senkronizasyonu",
           "Account switched to private": "Hesap gizli olarak değiştirildi",
           "Account switched to public": "Hesap herkese açık olarak değiştirildi"},
    "da": {"email": "E-mail", "username": "Brugernavn", "name": "Navn",
           "private": "Privat konto", "time": "Tidspunkt",
           "syncing": "Synkronisering af kontakter",
           "Account switched to private": "Kontoen blev skiftet til privat",
           "Account switched to public": "Kontoen blev skiftet til offentlig"},
}


def instagram_html() -> Files:
    """An HTML-format download: the JSON layout's folders, every file a web page."""
    page = b"<html><body><table><tr><td>Username</td><td>sam</td></tr></table></body></html>"
    return {
        "start_here.html": page,
        "personal_information/personal_information/personal_information.html": page,
        "your_instagram_activity/likes/liked_posts.html": page,
        "media/other/profile.jpg": b"\xff\xd8\xff",
    }


def split_parts(files: Mapping[str, bytes], first: Sequence[str]) -> tuple[Files, Files]:
    """Meta's multi-part download: the members under ``first`` in part 1, the rest in part 2."""
    one = {k: v for k, v in files.items() if k.startswith(tuple(first))}
    return one, {k: v for k, v in files.items() if k not in one}


def instagram_root(username: str = "sam_example", date: str = "2026-01-20") -> str:
    return f"instagram-{username}-{date}-AbCdEf"
