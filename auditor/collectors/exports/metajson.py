"""Shapes Facebook and Instagram share: Meta's "Download Your Information" JSON.

Meta wraps lists in ``*_v2`` keys, records values as ``label_values`` or
``string_map_data``, counts time in Unix seconds, and double-encodes text (the readers
repair that). These helpers read those shapes without caring which product wrote them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from .archive import Archive, MemberError
from .base import Collector, Detection, EraDetector, date_from_name, first_era
from .meta_labels import fold, is_label, words
from .readers import JSON, from_timestamp, parse_iso, read_json

STAMP_KEYS = ("timestamp", "creation_timestamp", "created_timestamp", "timestamp_value")


def detect_meta(archive: Archive, *, kind: str, eras: Sequence[EraDetector[Archive]],
                date_pattern: str, read: Callable[[Collector], None]) -> Detection | None:
    """Facebook's and Instagram's exports share a shape: era by folder layout, and a date
    in the archive's name or else its file times."""
    found = first_era(archive, eras)
    if found is None:
        return None
    era, evidence = found
    exported = date_from_name(f"{archive.label} {archive.root}", date_pattern, "ymd")
    dated_by = "import.dated.name"
    if exported is None:
        exported, dated_by = archive.newest_timestamp(), "import.dated.file_times"
    return Detection(kind, era, evidence, read, exported, dated_by if exported else "",
                     dated_inside=newest_inside)


INSIDE_FILES = 400  # JSON files looked at for their time stamps, smallest first
INSIDE_FILE_BYTES = 4 * 1024 * 1024


def newest_inside(archive: Archive) -> tuple[dt.datetime | None, str]:
    """The newest time stamp in an export's own JSON files: Meta's Unix seconds under its
    usual keys, or the ISO dates of the 2019-2020 flat format. The export was made that
    day or later. Used only when neither its name nor file times date it."""
    names = [m for m in archive.suffixed(".json") if archive.size(m) <= INSIDE_FILE_BYTES]
    newest: dt.datetime | None = None
    for member in sorted(names, key=archive.size)[:INSIDE_FILES]:
        try:
            with archive.open(member) as stream:
                data = read_json(stream, member)
        except MemberError:
            continue
        found = _newest_stamp(data, iso=member.rsplit("/", 1)[-1] in FLAT_DATED)
        if found is not None and (newest is None or found > newest):
            newest = found
    return newest, "import.dated.newest_inside" if newest else ""


FLAT_DATED = frozenset({"connections.json"})  # 2019-2020: {"followers": {"name": "<ISO date>"}}


def _newest_stamp(value: JSON, *, iso: bool) -> dt.datetime | None:
    newest: dt.datetime | None = None
    stack: list[JSON] = [value]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(
            node, list) else ()
        for key, item in items:
            if isinstance(item, (dict, list)):
                stack.append(item)
                continue
            when = from_timestamp(item) if key in STAMP_KEYS else (
                parse_iso(item) if iso and isinstance(item, str) else None)
            if when is not None and (newest is None or when > newest):
                newest = when
    return newest


HTML_PROFILES = {
    "Instagram": ("personal_information/personal_information/personal_information",
                  "personal_information/personal_information", "account_information/personal_information",
                  "personal_information/personal_information/instagram_profile_information"),
    "Facebook": ("personal_information/profile_information/profile_information",
                 "profile_information/profile_information"),
}
HTML_FOLDERS = {"Instagram": ("your_instagram_activity",), "Facebook": ("your_facebook_activity",)}


def html_product(archive: Archive) -> str | None:
    """"Instagram", "Facebook" or "Meta" when the archive is an HTML-format Meta export.

    Asked only once no other platform claims the archive: the HTML format keeps the JSON
    format's folders, so it would otherwise be read as a JSON export that holds nothing. A
    product's profile page in HTML with no JSON beside it is enough; so is an archive
    without any JSON file that has Meta's folders or its start page. A bare ``index.html``
    is no sign of Meta: other archives (Twitter's before 2019) open with one too.
    """
    no_json = not archive.has_suffix(".json")
    for product, stems in HTML_PROFILES.items():
        if archive.find(*(s + ".html" for s in stems)) and not archive.find(
            *(s + ".json" for s in stems)
        ):
            return product
    if not no_json or not archive.has_suffix(".html"):
        return None
    for product, folders in HTML_FOLDERS.items():
        if archive.has_dir(*folders):
            return product
    name = f"{archive.label} {archive.root}".casefold()
    for product in HTML_PROFILES:
        if product.casefold() in name and archive.find("index.html", "start_here.html"):
            return product
    return "Meta" if archive.find("start_here.html") else None


def _children(record: JSON) -> Iterator[JSON]:
    if isinstance(record, dict):
        yield record
        for key in ("label_values", "string_list_data"):
            items = record.get(key)
            if isinstance(items, list):
                yield from items
        mapping = record.get("string_map_data")
        if isinstance(mapping, dict):
            yield from mapping.values()


def stamps(record: JSON) -> list[dt.datetime]:
    """Every plausible time stamp one record carries, at its usual places."""
    found: list[dt.datetime] = []
    for node in _children(record):
        if isinstance(node, dict):
            for key in STAMP_KEYS:
                when = from_timestamp(node.get(key))
                if when is not None:
                    found.append(when)
    return found


def newest(record: JSON) -> dt.datetime | None:
    return max(stamps(record), default=None)


def string_map_value(record: JSON, concept: str) -> str | None:
    """``string_map_data[<label>].value`` where the label is ``concept`` in any language."""
    mapping = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(mapping, dict):
        return None
    for label, item in mapping.items():
        if isinstance(item, dict) and is_label(str(label), concept):
            value = item.get("value")
            return value.strip() if isinstance(value, str) else ""
    return None


def labelled_value(record: JSON, concept: str) -> str | None:
    """The value of ``concept`` from either envelope: ``string_map_data`` or ``label_values``."""
    found = string_map_value(record, concept)
    if found is not None:
        return found
    entries = record.get("label_values") if isinstance(record, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and is_label(str(entry.get("label", "")), concept):
            value = entry.get("value")
            return value.strip() if isinstance(value, str) else ""
    return None


def mentions(text: str, concept: str) -> bool:
    """Whether ``text`` contains one of the concept's words (titles, not labels)."""
    folded = fold(text)
    return any(word in folded for word in words(concept))


def label_pairs(value: JSON, limit: int = 8) -> list[tuple[str, str]]:
    """(label, value) pairs from ``label_values`` records: a settings file's own fields."""
    pairs: list[tuple[str, str]] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        labels = item.get("label_values") if isinstance(item, dict) else None
        for entry in labels if isinstance(labels, list) else []:
            if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
                continue
            shown = entry.get("value")
            if not isinstance(shown, str):
                when = from_timestamp(entry.get("timestamp_value"))
                shown = when.date().isoformat() if when else None
            if shown is not None and len(pairs) < limit:
                pairs.append((entry["label"].strip()[:60], shown.strip()[:60]))
    return pairs
