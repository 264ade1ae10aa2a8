"""Property-based tests: the CSV and JSON readers take any bytes without crashing.

Whatever comes in, a reader returns rows (or a value) or raises ``MemberError``; and what a
well-behaved writer wrote, with LinkedIn's and Meta's quirks layered on, reads back intact.
"""

from __future__ import annotations

import contextlib
import io
import json

from exportgen import LINKEDIN_PREAMBLE, csv_bytes, mojibake
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.collectors.exports.archive import MemberError
from auditor.collectors.exports.readers import (
    fix_text,
    parse_date,
    read_csv,
    read_json,
    strip_js_prefix,
)

COLUMNS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
           "Connected On", "Message", "Direction"]
FAST = settings(max_examples=150, deadline=None,
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
