"""CSV injection: which cells a spreadsheet would run, what the export writes, what import undoes.

The formula rule is OWASP's (CSV Injection): a cell starting with ``= + - @``,
tab or carriage return, or such a character right after a ``; , |`` inside it.
Every expected cell below is written out by hand.
"""

from __future__ import annotations

import codecs

import pendulum
import pytest

from organiser import attendees as A
from organiser.attendees.formats import clean_cell, needs_neutralising
from organiser.checkin import check_in
from organiser.events import create_event


@pytest.mark.parametrize(
    "cell",
    [
        "=1+2",
        "+1",
        "-2",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "=",
        "Rossi;=cmd|' /C calc'!A0",
        "a,+b",
        "a|-b",
        "a;@b",
        "x;\t1",
        "x,\r1",
        "'=already quoted",
        "''=twice",
    ],
)
def test_cells_a_spreadsheet_could_run_are_neutralised(cell):
    assert needs_neutralising(cell)
    assert A.neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell",
    [
        "",
        "Ana",
        "Smith-Jones",
        "a=b",
        "1+1",
        "a@example.org",
        "a; =b",  # a space first: the split cell starts with a space
        "a\n=b",  # a newline is not a list separator
        "'t Hooft",
        "'",
        "x'=1",
        "O'Brien",
    ],
)
def test_ordinary_cells_are_left_alone(cell):
    assert not needs_neutralising(cell)
    assert A.neutralise(cell) == cell


@pytest.mark.parametrize(
    "cell, kept",
    [
        ("'=1+2", "=1+2"),
        ("'-Evil", "-Evil"),
        ("'a;=b", "a;=b"),
        ("''=1", "'=1"),  # our export of "'=1"
        ("'t Hooft", "'t Hooft"),  # a name, not our quote
        ("'", "'"),
        ("  Ana  ", "Ana"),
        ("José", "José"),
        ("Jose\u0301", "Jos\u00e9"),  # NFC: one code point, as typed on another machine
        ("  Zoë  ", "Zoë"),
    ],
)
def test_import_undoes_exactly_what_the_export_added(cell, kept):
    assert clean_cell(cell) == kept


def test_control_characters_are_cleaned_on_import():
    assert clean_cell("An\x00a") == "Ana"
    assert clean_cell("'=1\x07") == "=1"


@pytest.mark.parametrize("text", ["=1+2", "'=x", "Ana", "a|-b", "'t Hooft", "-", "@"])
def test_export_then_import_gives_back_the_cell(text):
    assert clean_cell(A.neutralise(text)) == text


def test_the_exported_file_has_every_cell_quoted_and_formulas_neutralised(store, tmp_path):
    with store.session() as s:
        start = pendulum.datetime(2026, 3, 10, 18, 30, tz="Europe/Rome")
        eid = create_event(
            s,
            title="ML Rome #42",
            starts_at=start,
            ends_at=start.add(hours=3),
            timezone="Europe/Rome",
        ).id
        a = A.add_attendee(
            s,
            eid,
            first_name="=HYPERLINK(1)",
            last_name="Rossi",
            email="giulia@example.org",
            company="-ACME",
            notes="vegan;@lunch",
            guests=2,
        )
        # 18:45 in Rome on 10 March (CET) is 17:45 UTC
        check_in(s, eid, a.id, when=pendulum.datetime(2026, 3, 10, 18, 45, tz="Europe/Rome"))
        A.add_attendee(s, eid, first_name="Ana", last_name="Silva")
        rows = A.export_rows(s, eid)
        out = tmp_path / "people.csv"
        assert A.export_csv(s, eid, out) == 2
    header = [
        "First name",
        "Last name",
        "Email",
        "Company",
        "Job title",
        "Pronouns",
        "Role",
        "RSVP",
        "Checked in at",
        "Guests",
        "Source",
        "External ID",
        "Notes",
    ]
    assert rows[0] == header
    by_name = {r[1]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    giulia = by_name["Rossi"]
    assert giulia["First name"] == "'=HYPERLINK(1)"
    assert giulia["Company"] == "'-ACME"
    assert giulia["Notes"] == "'vegan;@lunch"
    assert giulia["Email"] == "giulia@example.org"
    assert giulia["Checked in at"] == "2026-03-10T17:45:00Z"
    assert giulia["Guests"] == "2"
    assert giulia["Source"] == "manual"
    assert by_name["Silva"]["Checked in at"] == ""
    assert by_name["Silva"]["Email"] == ""
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw[len(codecs.BOM_UTF8) :].decode("utf-8")
    lines = text.split("\r\n")
    assert lines[-1] == ""  # CRLF after the last row too
    assert lines[0] == ",".join(f'"{h}"' for h in header)
    assert len(lines) == 4
    giulia_line = next(line for line in lines if '"Rossi"' in line)
    assert giulia_line.startswith('"\'=HYPERLINK(1)","Rossi","giulia@example.org","\'-ACME",')
