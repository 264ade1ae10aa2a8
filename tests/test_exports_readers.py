"""The CSV, JSON and date readers: quirks from platform-facts §7, one test each."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import pytest
from exportgen import LINKEDIN_PREAMBLE, csv_bytes, meta_json, mojibake

from auditor.collectors.exports.archive import MemberError
from auditor.collectors.exports.readers import (
    clean_header,
    fix_text,
    parse_date,
    read_csv,
    read_json,
    repair_mojibake,
    strip_js_prefix,
)

CONNECTIONS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
               "Connected On")


def table_of(data: bytes, expected: tuple[str, ...] = CONNECTIONS):
    table = read_csv(io.BytesIO(data), "Connections.csv", expected)
    return table, list(table.rows)


def test_plain_csv_is_read_by_header_name() -> None:
    data = csv_bytes(["Connected On", "First Name", "Last Name"], [["08 Feb 2026", "A", "B"]])
    table, rows = table_of(data)
    assert table.header == ("Connected On", "First Name", "Last Name")
    assert table.cell(rows[0], table.col("first name")) == "A"
    assert table.col("URL") is None
    assert table.cell(rows[0], None) == ""


def test_linkedin_notes_preamble_is_skipped() -> None:
    data = csv_bytes(list(CONNECTIONS), [["A", "B", "u", "", "C", "P", "08 Feb 2026"]],
                     preamble=LINKEDIN_PREAMBLE)
    table, rows = table_of(data)
    assert table.header_row == 3
    assert table.header[0] == "First Name"
    assert len(rows) == 1


def test_bom_tab_and_crlf_are_handled() -> None:
    data = csv_bytes(list(CONNECTIONS), [["A", "B", "u", "", "C", "P", "08 Feb 2026"]],
                     delimiter="\t", bom=True, line_end="\r\n")
    table, rows = table_of(data)
    assert table.delimiter == "\t"
    assert table.encoding == "utf-8-sig"
    assert table.header[0] == "First Name"
    assert rows[0][-1] == "08 Feb 2026"


def test_utf16_excel_text_is_read() -> None:
    text = "First Name\tLast Name\r\nÅsa\tÖberg\r\n"
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    _table, rows = table_of(data)
    assert rows == [["Åsa", "Öberg"]]


def test_windows_1252_bytes_fall_back_instead_of_failing() -> None:
    data = "First Name,Last Name\r\nJosé,Müller\r\n".encode("cp1252")
    table, rows = table_of(data)
    assert table.encoding == "cp1252"
    assert rows == [["José", "Müller"]]


def test_duplicate_headers_are_numbered() -> None:
    assert clean_header(["\ufeffCompany Names", "Company Names", " Job Titles ",
                         "company names"]) == (
        "Company Names", "Company Names.1", "Job Titles", "company names.2")


def test_blank_rows_are_dropped_and_short_rows_read_empty() -> None:
    data = b"First Name,Last Name,Connected On\n\n,,\nA\n,,07 Jun 2026\n"
    table, rows = table_of(data)
    assert rows == [["A"], ["", "", "07 Jun 2026"]]
    assert table.cell(rows[0], table.col("Connected On")) == ""


def test_embedded_newlines_and_quotes_survive() -> None:
    data = csv_bytes(["Message", "Direction"], [['Hi "you",\nsee you', "OUTGOING"]])
    _table, rows = table_of(data, ("Message", "Direction"))
    assert rows == [['Hi "you",\nsee you', "OUTGOING"]]


def test_missing_header_is_a_member_error() -> None:
    with pytest.raises(MemberError, match="no header row"):
        table_of(b"a,b,c\n1,2,3\n")
    with pytest.raises(MemberError):
        table_of(b"")


def test_huge_field_is_a_member_error_and_nul_is_data() -> None:
    huge = b"First Name,Last Name\nA," + b"x" * 300_000 + b"\n"
    with pytest.raises(MemberError, match=r"Connections\.csv"):
        table_of(huge)
    _, rows = table_of(b"First Name,Last Name\nA,\x00B\n")
    assert rows == [["A", "\x00B"]]


def test_long_file_streams_past_the_sniffed_head() -> None:
    rows = [[f"P{i}", "T" * 50] for i in range(5000)]
    _table, read = table_of(csv_bytes(["First Name", "Last Name"], rows))
    assert read == rows


def test_js_prefix_is_stripped() -> None:
    assert strip_js_prefix(b"window.YTD.tweets.part12 = [1]") == b"[1]"
    assert strip_js_prefix(b'window.__THAR_CONFIG = {"a": 1};\n') == b'{"a": 1}'
    assert strip_js_prefix(b"var user_details =  {}") == b"{}"
    assert strip_js_prefix(b"[1]") == b"[1]"


def test_json_reader_reads_x_and_meta_files() -> None:
    assert read_json(io.BytesIO(b"window.YTD.account.part0 = [ ]"), "account.js") == []
    value = {"name": "Løye 😀", "list": ["é", {"k": "ß"}]}
    assert read_json(io.BytesIO(meta_json(value)), "x.json", fix_mojibake=True) == value
    assert read_json(io.BytesIO(b"\xef\xbb\xbf{}"), "bom.json") == {}


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"{", "not valid JSON"), (b"[" * 100_000, "nested too deeply"),
     (b'"\xff\xfe\xfa"', "not")],
)
def test_json_reader_errors_name_the_member(data: bytes, reason: str) -> None:
    with pytest.raises(MemberError, match=reason) as info:
        read_json(io.BytesIO(data), "data/profile.js")
    assert "data/profile.js" in info.value.message


def test_mojibake_fix_only_when_it_is_mojibake() -> None:
    assert fix_text(mojibake("Tobias Løye")) == "Tobias Løye"
    assert fix_text("café") == "café"  # real Latin-1 text is not valid UTF-8 bytes
    assert fix_text("emoji 😀 stays") == "emoji 😀 stays"  # > U+00FF: left alone
    assert fix_text("plain") == "plain"
    deep: list[object] = []
    node = deep
    for _ in range(5000):  # deeper than Python's recursion limit
        child: list[object] = [mojibake("ø")]
        node.append(child)
        node = child
    repaired = repair_mojibake(deep)
    for _ in range(5000):
        repaired = repaired[0]
    assert repaired[0] == "ø"


def test_dates_use_the_file_formats_only() -> None:
    us = ("%m/%d/%y, %I:%M %p",)
    assert parse_date("9/27/25, 8:41 AM", us) == dt.datetime(2025, 9, 27, 8, 41, tzinfo=dt.UTC)
    assert parse_date("9/27/25,\u202f8:41\u202fAM", us) is not None
    assert parse_date("Not Available", us) is None
    assert parse_date("", us) is None
    assert parse_date("2025-09-27", us) is None
