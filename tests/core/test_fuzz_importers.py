"""Fuzzed attendee files: any bytes either import or are refused with a message.

Runs through the CLI contract (`import-attendees EVENT FILE`), so it checks the
real importer whatever its internals. A refused file leaves the database
exactly as it was (content fingerprint unchanged): never half an import.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from organiser import backup
from organiser.demo import create_demo
from organiser.store import Store
from tests.tools.outputs import run_cli

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HEADERS = [
    "Name,Attendance,User ID,Title,Event Host,RSVP,Guests,RSVPed on,Joined Group on,"
    "URL of Member Profile,Notes",
    "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,"
    "Barcode #,Attendee Status,Company,Job Title",
    "Order no.,Order Date,First Name,Surname,Email,Quantity,Ticket Type,Attendee Status",
    "api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,"
    "custom_source,checked_in_at,qr_code_url,amount,ticket_type_id,ticket_name",
    "first_name,last_name,email,company,pronouns",
    "",
]
cell = st.one_of(
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40),
    st.emails(),
    st.sampled_from(
        [
            "Yes",
            "No",
            "Waitlist",
            "Y",
            "user 12537919",
            "12/31/2026",
            "2026-12-10T17:30:00Z",
            "approved",
            "declined",
            "Attending",
            "Checked In",
            '"',
            '""',
            "\r\n",
            "=cmd|' /C calc'!A0",
        ]
    ),
)


@st.composite
def attendee_files(draw) -> bytes:
    header = draw(st.sampled_from(HEADERS))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    header = header.replace(",", sep)
    width = max(1, header.count(sep) + 1)
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=width + 2), min_size=1, max_size=8))
    lines = [header] + [
        sep.join('"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c for c in r)
        for r in rows
    ]
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 3)) == 0:  # sometimes damage it a little
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        data = data[:pos] + draw(st.binary(max_size=8)) + data[pos + 1 :]
    return data


@pytest.fixture
def demo_db(tmp_path) -> tuple[str, int]:
    db = tmp_path / "o.sqlite"
    with Store(db) as st_, st_.session() as s:
        event_id = create_demo(s).id
    return str(db), event_id


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), attendee_files()))
@example(data=b"")
@example(data=b"\xff\xfe\x00")
@example(data=codecs.BOM_UTF8 + b"first_name,last_name,email\r\nAda,Lovelace,ada@example.org\r\n")
@example(data=b"first_name;last_name;email\n\xc9lodie;Durand;elodie@example.fr\n")
def test_any_file_imports_or_is_refused_cleanly(demo_db, tmp_path_factory, data):
    db, event_id = demo_db
    path = Path(tmp_path_factory.mktemp("in")) / "attendees.csv"
    path.write_bytes(data)
    before = backup.content_fingerprint(Path(db))
    code, _out, err = run_cli(["--db", db, "import-attendees", str(event_id), str(path)])
    assert backup.integrity_problem(Path(db)) is None
    event("imported" if code == 0 else "refused with a message")
    if code != 0:
        assert code == 1, err
        assert err.startswith("error: ") and len(err.strip()) > 15, err
        assert "unexpected problem" not in err, f"not a user-facing error: {err}"
        assert backup.content_fingerprint(Path(db)) == before, "a refused import changed data"
