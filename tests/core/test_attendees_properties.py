"""Property tests: any bytes give a report or one clear error, and errors change nothing."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import pendulum
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from organiser import attendees as A
from organiser.errors import OrganiserError
from organiser.events import create_event
from organiser.models import Attendee
from organiser.textnorm import search_key

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def event(store):
    with store.session() as s:
        e = create_event(
            s,
            title="Props",
            starts_at=pendulum.datetime(2026, 3, 10, 18, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2026, 3, 10, 21, tz="Europe/Rome"),
            timezone="Europe/Rome",
        )
        A.add_attendee(s, e.id, first_name="Ana", last_name="Silva", email="ana@example.pt")
        return store, e.id


def snapshot(store, eid):
    with store.session() as s:
        rows = s.scalars(select(Attendee).where(Attendee.event_id == eid).order_by(Attendee.id))
        return [
            (a.id, a.first_name, a.last_name, a.email, a.rsvp, a.role, a.checked_in_at, a.notes)
            for a in rows
        ]


HEADERS = [
    b"Name,Email,RSVP\n",
    b"First Name;Last Name;Email;Attendee Status;Order #;Attendee #\r\n",
    b"api_id\tname\temail\tapproval_status\tchecked_in_at\n",
    b"",
]


@SETTINGS
@given(head=st.sampled_from(HEADERS), body=st.binary(max_size=600))
@example(head=HEADERS[0], body=b"Ana Silva,ana@example.pt,no\nBo Li,bo@example.cn,yes\n")
@example(head=HEADERS[0], body=b"Ana Silva,ana@example.pt,no\nAna Silva,ana@example.pt,yes\n")
def test_any_bytes_give_a_report_or_a_clear_error(event, tmp_path_factory, head, body):
    store, eid = event
    before = snapshot(store, eid)
    path = Path(tmp_path_factory.mktemp("f")) / "any.csv"
    path.write_bytes(head + body)
    try:
        with store.session() as s:
            report = A.import_file(s, eid, path)
    except OrganiserError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        assert snapshot(store, eid) == before
    else:
        after = snapshot(store, eid)
        assert len(after) == len(before) + report.added
        # The report counts what a person sees in the list: every existing attendee whose
        # row changed was "updated", and no attendee is matched twice.
        assert [row[0] for row in after[: len(before)]] == [row[0] for row in before]
        changed = sum(1 for old, new in zip(before, after, strict=False) if old != new)
        assert changed <= report.updated
        assert report.updated + report.unchanged <= len(before)
        assert report.summary() in report.lines()[1]
        with store.session() as s:
            for a in s.scalars(select(Attendee).where(Attendee.event_id == eid)):
                assert (
                    a.search_key == search_key(a.first_name, a.last_name, a.email, a.company)[:800]
                )


name_text = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn"), blacklist_characters="\ufeff"
        ),
        min_size=1,
        max_size=20,
    )
    .map(lambda t: " ".join(t.split()))
    .filter(lambda t: t and t[0] != "'")
)


def _pair_key(pair: tuple[str, str]) -> str:
    return A.name_key(*pair)


@SETTINGS
@given(
    names=st.lists(st.tuples(name_text, name_text), min_size=1, max_size=8, unique_by=_pair_key),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_written_csv_imports_the_same_names(
    event, tmp_path_factory, names, delimiter, encoding, newline
):
    store, eid = event
    names = [n for n in names if A.name_key(*n) != A.name_key("Ana", "Silva")]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    w.writerow(["First name", "Last name", "Notes"])
    for first, last in names:
        w.writerow([first, last, f"{first}\n{last}, ok"])
    path = Path(tmp_path_factory.mktemp("f")) / "names.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    with store.session() as s:
        report = A.import_file(s, eid, path)
        got = {
            (a.first_name, a.last_name)
            for a in s.scalars(select(Attendee).where(Attendee.event_id == eid))
        }
        s.rollback()  # keep the event as it was for the next example
    assert report.skipped == []
    for first, last in names:
        nf = unicodedata.normalize("NFC", first).strip()
        nl = unicodedata.normalize("NFC", last).strip()
        assert (nf, nl) in got
