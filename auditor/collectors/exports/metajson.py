"""Shapes Facebook and Instagram share: Meta's "Download Your Information" JSON.

Meta wraps lists in ``*_v2`` keys, records values as ``label_values`` or
``string_map_data``, counts time in Unix seconds, and double-encodes text (the readers
repair that). These helpers read those shapes without caring which product wrote them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from .archive import Archive, ArchiveError
from .base import Collector, Detection, EraDetector, date_from_name, first_era
from .readers import JSON, from_timestamp

STAMP_KEYS = ("timestamp", "creation_timestamp", "created_timestamp", "timestamp_value")


def detect_meta(archive: Archive, *, kind: str, product: str, eras: Sequence[EraDetector[Archive]],
                json_paths: tuple[str, ...], date_pattern: str, read: Callable[[Collector], None]) -> Detection | None:
    """Facebook's and Instagram's exports share a shape: era by folder layout, an HTML
    variant we refuse with a hint, and a date in the archive's name or else its file times."""
    found = first_era(archive, eras)
    if found is None:
        return None
    refuse_html(archive, product, json_paths)
    era, evidence = found
    exported = date_from_name(f"{archive.label} {archive.root}", date_pattern, "ymd")
    dated_by = "the archive's name"
    if exported is None:
        exported, dated_by = archive.newest_timestamp(), "the archive's file times"
    return Detection(kind, era, evidence, read, exported, dated_by if exported else "")


def refuse_html(archive: Archive, product: str, json_paths: tuple[str, ...]) -> None:
    """An HTML-format export holds the same data as tables we do not parse: say so."""
    if archive.find(*json_paths):
        return
    html = tuple(p.removesuffix(".json") + ".html" for p in json_paths)
    no_json = not archive.has_suffix(".json")
    if archive.find(*html) or (no_json and archive.find("index.html", "start_here.html")):
        raise ArchiveError(
            f"{archive.label} is an HTML-format {product} export",
            hint="Request the export again with Format: JSON; the auditor reads JSON only.",
        )


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


def string_map_value(record: JSON, *labels: str) -> str | None:
    """``string_map_data[<label>].value`` for the first label present (labels are localised)."""
    mapping = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(mapping, dict):
        return None
    folded = {str(k).casefold(): v for k, v in mapping.items()}
    for label in labels:
        item = folded.get(label.casefold())
        if isinstance(item, dict):
            value = item.get("value")
            return value.strip() if isinstance(value, str) else ""
    return None


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
