"""Property-based tests: the CSV and JSON readers take any bytes without crashing.

Whatever comes in, a reader returns rows (or a value) or raises ``MemberError``; and what a
well-behaved writer wrote, with LinkedIn's and Meta's quirks layered on, reads back intact.
"""

from __future__ import annotations

import contextlib
import io
import json
import uuid
from pathlib import Path

from exportgen import LINKEDIN_PREAMBLE, Facebook, Instagram, X, csv_bytes, mojibake, write_export
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.collectors.exports import read_export
from auditor.collectors.exports.archive import MemberError
from auditor.collectors.exports.readers import (
    fix_text,
    parse_date,
    read_csv,
    read_json,
    strip_js_prefix,
)
from auditor.errors import InputFileError

COLUMNS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
           "Connected On", "Message", "Direction"]
# database=None: the tests write nothing outside tmp_path, not even .hypothesis/.
FAST = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# No NUL (csv writes it bare) and no lone CR: Python's csv writer leaves a bare "\r" unquoted
# when lines end in "\n", which no reader could tell from a line break.
cell = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00\r"),
               max_size=40)


def drain(data: bytes) -> list[list[str]]:
    table = read_csv(io.BytesIO(data), "fuzz.csv", COLUMNS)
    return list(table.rows)


@FAST
@given(st.binary(max_size=4096))
def test_csv_reader_survives_any_bytes(data: bytes) -> None:
    try:
        drain(data)
    except MemberError as error:
        assert "fuzz.csv" in error.message


@FAST
@given(st.lists(st.text(max_size=30), max_size=8), st.binary(max_size=512))
def test_csv_reader_survives_garbage_after_a_real_header(lines: list[str], tail: bytes) -> None:
    data = ("First Name,Last Name\n" + "\n".join(lines)).encode("utf-8", "surrogatepass") + tail
    with contextlib.suppress(MemberError):
        drain(data)


@FAST
@given(
    header=st.lists(st.sampled_from(COLUMNS), min_size=2, max_size=6, unique=True),
    rows=st.lists(st.lists(cell, min_size=1, max_size=6), max_size=25),
    delimiter=st.sampled_from([",", "\t"]),
    bom=st.booleans(),
    preamble=st.booleans(),
    line_end=st.sampled_from(["\n", "\r\n"]),
)
def test_csv_round_trip_with_linkedin_quirks(header: list[str], rows: list[list[str]],
                                             delimiter: str, bom: bool, preamble: bool,
                                             line_end: str) -> None:
    data = csv_bytes(header, rows, delimiter=delimiter, bom=bom, line_end=line_end,
                     preamble=LINKEDIN_PREAMBLE if preamble else "")
    table = read_csv(io.BytesIO(data), "fuzz.csv", COLUMNS)
    assert list(table.header) == header
    assert table.delimiter == delimiter
    assert list(table.rows) == [r for r in rows if any(r)]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.text(st.characters(exclude_categories=("Cs",)), max_size=10),
                      inner, max_size=5),
    max_leaves=25,
)


@FAST
@given(st.binary(max_size=4096))
def test_json_reader_survives_any_bytes(data: bytes) -> None:
    for fix in (False, True):
        try:
            read_json(io.BytesIO(data), "fuzz.json", fix_mojibake=fix)
        except MemberError as error:
            assert "fuzz.json" in error.message


@FAST
@given(json_values, st.sampled_from(["", "window.YTD.tweets.part3 = ", "window.__THAR_CONFIG = "]))
def test_json_and_js_round_trip(value: object, prefix: str) -> None:
    data = (prefix + json.dumps(value)).encode()
    assert read_json(io.BytesIO(data), "fuzz.js") == value


def _mangle(value: object) -> object:
    if isinstance(value, str):
        return mojibake(value)
    if isinstance(value, list):
        return [_mangle(v) for v in value]
    if isinstance(value, dict):
        return {mojibake(k): _mangle(v) for k, v in value.items()}
    return value


@FAST
@given(json_values)
def test_meta_mojibake_round_trip(value: object) -> None:
    data = json.dumps(_mangle(value), ensure_ascii=True).encode()
    assert read_json(io.BytesIO(data), "fuzz.json", fix_mojibake=True) == value


@FAST
@given(st.text())
def test_fix_text_never_raises_and_is_idempotent_on_real_text(text: str) -> None:
    fixed = fix_text(text)
    assert isinstance(fixed, str)
    if any(ord(ch) > 0xFF for ch in text):
        assert fixed == text


@FAST
@given(st.binary(max_size=256))
def test_js_prefix_strip_never_raises(data: bytes) -> None:
    assert isinstance(strip_js_prefix(data), bytes)


@FAST
@given(st.text(max_size=40))
def test_dates_never_raise(text: str) -> None:
    parse_date(text, ("%m/%d/%y, %I:%M %p", "%d %b %Y", "%Y-%m-%d %H:%M:%S UTC"))


PLATFORM_MEMBERS = {
    "x": (X, ["data/account.js", "data/profile.js", "data/protected-history.js",
              "data/phone-number.js", "data/personalization.js", "data/manifest.js"]),
    "facebook": (Facebook, [
        "personal_information/profile_information/profile_information.json",
        "personal_information/profile_information/profile_update_history.json",
        "your_facebook_activity/posts/album/0.json",
        "personal_information/other_personal_information/contacts_uploaded_from_your_phone.json",
        "preferences/preferences/contacts_sync_settings.json"]),
    "instagram": (Instagram, [
        "personal_information/personal_information/personal_information.json",
        "security_and_login_information/login_and_profile_creation/profile_privacy_changes.json",
        "connections/contacts/synced_contacts.json"]),
}


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(st.sampled_from(sorted(PLATFORM_MEMBERS)), st.data())
def test_platform_readers_survive_any_json_shape(tmp_path: Path, kind: str,
                                                 data: st.DataObject) -> None:
    """Well-formed JSON of the wrong shape in any member: facts or notes, never a crash."""
    builder, members = PLATFORM_MEMBERS[kind]
    files = builder().files()
    for member in data.draw(st.lists(st.sampled_from(members), min_size=1, unique=True)):
        value = data.draw(json_values)
        prefix = "window.YTD.x.part0 = " if member.endswith(".js") else ""
        files[member] = (prefix + json.dumps(value)).encode()
    dest = write_export(tmp_path / f"{kind}-{uuid.uuid4().hex}.zip", files)
    try:
        result = read_export(dest)
    except InputFileError as error:  # e.g. the shapes no longer say which export this is
        assert dest.name in error.message
    else:
        assert result.kind == kind
    finally:
        dest.unlink()
