"""Real exports from ticketing and meeting tools, kept under tests/data/attendees
with their sources named in tests/data/README.md: each lands with names, emails,
states and check-ins in the right fields."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pendulum
import pytest
from sqlalchemy import select

from organiser import attendees as A
from organiser.errors import OrganiserError
from organiser.events import create_event
from organiser.models import Attendee
from organiser.printing.badges import badge_data
from organiser.store import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "attendees"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def event(sqlite_store: Store) -> tuple[Store, int]:
    with sqlite_store.session() as s:
        e = create_event(
            s,
            title="ML Rome #42",
            starts_at=pendulum.datetime(2026, 3, 10, 18, 30, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2026, 3, 10, 21, 30, tz="Europe/Rome"),
            timezone="Europe/Rome",
        )
        return sqlite_store, e.id


def imported(store: Store, event_id: int, name: str, **kw: object) -> dict[str, Attendee]:
    with store.session() as s:
        A.import_file(s, event_id, DATA / name, **kw)  # type: ignore[arg-type]
    with store.session() as s:
        rows = s.scalars(select(Attendee).where(Attendee.event_id == event_id)).all()
        s.expunge_all()
        # pretix's own sample gives both attendees of one order the buyer's address
        return {a.full_name if a.email == "dummy@dummy.test" else a.email: a for a in rows}


def test_tito_tickets_export_takes_the_ticket_holder(event):
    store, eid = event
    got = imported(store, eid, "tito-tickets.csv")
    assert set(got) == {"greta@example.de", "jonas@example.de", "mila@example.de"}
    greta = got["greta@example.de"]
    assert (greta.first_name, greta.last_name, greta.source) == ("Greta", "Lind", "tito")
    assert greta.external_id == "UNIP-1" and greta.rsvp == "going"
    assert got["mila@example.de"].rsvp == "not_going"  # a voided ticket is not coming


def test_zoom_report_reads_the_attendee_section_only(event):
    store, eid = event
    got = imported(store, eid, "zoom-webinar-attendee-report.csv")
    # the host, the panelists and the "Other Attended" section are not registrants
    assert not any("hostName" in k or "userName" in k or "userOther" in k for k in got)
    assert len(got) == 9
    first = got["attendee130@email.com"]
    assert (first.first_name, first.last_name) == ("firstAttendee_130", "lastAttendee_130")
    # "Mar 28, 2020 09:07:39" in the event's zone (Rome, CET before the DST change)
    assert first.checked_in_at == pendulum.datetime(2020, 3, 28, 8, 7, 39, tz="UTC")
    # one person who rejoined three times is one person, checked in at the first join
    rejoined = got["attendee52@email.com"]
    assert rejoined.checked_in_at == pendulum.datetime(2020, 3, 28, 8, 20, 36, tz="UTC")
    # registered but never joined ("--"): going, not checked in, no warning-made time
    absent = got["attendee124@email.com"]
    assert absent.rsvp == "going" and absent.checked_in_at is None


def test_zoom_report_reimport_changes_nothing(event):
    store, eid = event
    imported(store, eid, "zoom-webinar-attendee-report.csv")
    with store.session() as s:
        report = A.import_file(s, eid, DATA / "zoom-webinar-attendee-report.csv")
    assert (report.added, report.updated, report.unchanged) == (0, 0, 9)
    assert report.skipped == []


@pytest.mark.parametrize("name", ["pretix-checkinlist.csv", "pretix-checkinlist-semicolon.csv"])
def test_pretix_checkin_list_keeps_each_attendee_of_an_order(event, name):
    store, eid = event
    got = imported(store, eid, name)
    people = sorted(got.values(), key=lambda a: a.last_name)
    assert [(a.first_name, a.last_name) for a in people] == [("Peter", "Jones"), ("Andrea", "Zulu")]
    assert {a.source for a in people} == {"pretix"}
    assert people[0].external_id == "hutjztuxhkbtwnesv2suqv26k6ttytxx"


def test_pretix_checked_in_time_is_kept_in_the_event_zone(event):
    store, eid = event
    got = imported(store, eid, "pretix-checkinlist-semicolon.csv")
    peter = got["peter.jones@example.test"]
    # "02/22/2019 6:35 p.m." is pretix's English short format, in the event's zone (CET)
    assert peter.checked_in_at == pendulum.datetime(2019, 2, 22, 17, 35, tz="UTC")
    assert got["andrea.zulu@example.test"].checked_in_at is None


def test_luma_states_map_to_who_is_coming(event):
    store, eid = event
    got = imported(store, eid, "luma-guests-states.csv")
    states = {a.first_name: a.rsvp for a in got.values()}
    assert states == {
        "Ana": "going",
        "Ben": "going",
        "Chiara": "waitlist",  # pending_approval
        "Dev": "waitlist",
        "Eva": "invited",  # invited, never registered: not counted as coming
        "Femi": "not_going",  # declined
    }
    assert got["ana@example.com"].checked_in_at == pendulum.datetime(
        2026, 3, 10, 17, 55, tz="UTC"
    )
    from organiser.stats import event_stats

    with store.session() as s:
        stats = event_stats(s, eid)
    assert stats.going == 2 and stats.waitlist == 2


def test_eventbrite_in_german_reads_cancelled_as_not_going(event, tmp_path):
    # Eventbrite writes the export in the account's language: the same columns,
    # German names (Vorname, Nachname, Teilnehmerstatus) and status words.
    text = (
        "Bestellnr.,Vorname,Nachname,E-Mail,Ticketart,Teilnehmerstatus\n"
        "1001,Lena,Schmidt,lena@example.de,Allgemein,Teilnehmend\n"
        "1002,Paul,Becker,paul@example.de,Allgemein,Storniert\n"
        "1003,Jana,Wolf,jana@example.de,Allgemein,Erstattet\n"
        "1004,Tim,Koch,tim@example.de,Allgemein,Eingecheckt\n"
    )
    path = tmp_path / "eventbrite-de.csv"
    path.write_text(text, encoding="utf-8")
    store, eid = event
    with store.session() as s:
        report = A.import_file(s, eid, path)
    assert report.format == "eventbrite" and report.warnings == []
    with store.session() as s:
        rows = {a.first_name: a for a in s.scalars(select(Attendee))}
        assert rows["Lena"].rsvp == "going"
        assert rows["Paul"].rsvp == "not_going" and rows["Jana"].rsvp == "not_going"
        assert rows["Tim"].rsvp == "going" and rows["Tim"].checked_in_at is not None


def test_a_real_german_eventbrite_export_lands_and_its_barcodes_check_in(event):
    # A German account's export: Bestellnr., Vorname, Nachname, Ticketart,
    # Teilnehmernummer, Barcode-Nr., Teilnehmerstatus "Nimmt teil"; no e-mail column.
    from organiser import checkin as C

    store, eid = event
    with store.session() as s:
        report = A.import_file(s, eid, DATA / "eventbrite-de-teilnehmer.csv")
    assert report.format == "eventbrite" and report.warnings == []
    with store.session() as s:
        rows = {(a.first_name, a.last_name): a for a in s.scalars(select(Attendee))}
        assert set(rows) == {
            ("Jonas", "Bäumler"),
            ("Hans-Peter", "Weißgärber"),
            ("Daniel", "Weißgärber"),
            ("Lea", "Öztürk"),
            ("Jürgen", "Fürst"),
        }
        assert {a.rsvp for a in rows.values()} == {"going"}
        assert {a.source for a in rows.values()} == {"eventbrite"}
        # two tickets of one order stay two people, each with their own barcode
        assert rows[("Daniel", "Weißgärber")].external_id == "591293775742511620001"
        out = C.scan(s, eid, "591293775742511620001", door="Eingang", code_only=True)
    assert out.kind == "checked_in" and "Daniel" in out.message
    with store.session() as s:
        checked = [a.first_name for a in s.scalars(select(Attendee)) if a.checked_in_at]
    assert checked == ["Daniel"]


def test_google_forms_questions_give_names_and_pronouns(event):
    # A real form's columns are its questions: "Preferred Name (First and Last)",
    # "Preferred Pronouns"; "uniqname" and "Emoji 1 Name" are not a person's name.
    store, eid = event
    with store.session() as s:
        report = A.import_file(s, eid, DATA / "google-forms-responses.csv")
    assert report.format == "google_forms" and report.added == 3
    with store.session() as s:
        got = {a.email: a for a in s.scalars(select(Attendee))}
        assert (got["mrossi@example.edu"].first_name, got["mrossi@example.edu"].last_name) == (
            "Marta",
            "Rossi",
        )
        assert got["kimj@example.edu"].pronouns == "they/them"
        assert got["sato.h@example.edu"].full_name == "佐藤 花子"
        assert {a.rsvp for a in got.values()} == {"going"}


def test_a_sessions_export_is_refused_naming_the_right_command(event):
    store, eid = event
    with store.session() as s, pytest.raises(OrganiserError) as err:
        A.import_file(s, eid, DATA / "sessionize-sessions.csv")
    assert "import-schedule" in str(err.value) and "Nothing changed" in str(err.value)
    with store.session() as s:
        assert s.scalars(select(Attendee)).all() == []


@pytest.mark.parametrize(
    ("name", "text", "hint"),
    [
        ("meetup.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "calendar"),
        ("schedule.json", '{"schedule": {"version": "1"}}', "import-schedule"),
        ("schedule.xml", '<?xml version="1.0"?>\n<schedule></schedule>\n', "import-schedule"),
    ],
)
def test_calendars_and_schedules_are_refused(event, tmp_path, name, text, hint):
    store, eid = event
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with store.session() as s, pytest.raises(OrganiserError) as err:
        A.import_file(s, eid, path)
    assert hint in str(err.value)


def test_xlsx_workbook_imports_like_its_csv(event, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Ticket Full Name", "Ticket First Name", "Ticket Last Name", "Ticket Email",
                  "Void Status", "Ticket Reference"])
    sheet.append(["Greta Lind", "Greta", "Lind", "greta@example.de", None, "UNIP-1"])
    sheet.append(["佐藤 花子", None, None, "hanako@example.jp", None, "UNIP-2"])
    path = tmp_path / "tito.xlsx"
    book.save(path)
    store, eid = event
    with store.session() as s:
        report = A.import_file(s, eid, path)
    assert report.format == "tito" and report.added == 2
    assert "Excel workbook" in report.lines()[0]
    with store.session() as s:
        names = sorted(a.full_name for a in s.scalars(select(Attendee)))
    assert names == ["Greta Lind", "佐藤 花子"]


def test_a_japanese_name_in_one_field_keeps_its_order_everywhere(event, tmp_path):
    path = tmp_path / "generic.csv"
    path.write_text("Name,Email\n佐藤 花子,hanako@example.jp\nGiulia Rossi,g@example.it\n", "utf-8")
    store, eid = event
    with store.session() as s:
        A.import_file(s, eid, path)
    with store.session() as s:
        hanako = s.scalar(select(Attendee).where(Attendee.email == "hanako@example.jp"))
        assert hanako.full_name == "佐藤 花子"  # the list, the check-in page
        assert hanako.last_name == "佐藤"  # the family name, for sorting
        rows = {r.email: r.full_name for r in A.attendee_rows(s, eid)}
        assert rows["hanako@example.jp"] == "佐藤 花子"
        badge = badge_data(hanako)
        assert badge.first == "佐藤 花子"  # the badge's big line is the whole name
        giulia = s.scalar(select(Attendee).where(Attendee.email == "g@example.it"))
        assert badge_data(giulia).first == "Giulia"
    from organiser.checkin import CheckinIndex

    with store.session() as s:
        index = CheckinIndex.load(s, eid)
    assert [p.full_name for p in index.search("花子")] == ["佐藤 花子"]


def test_mapping_by_hand_from_the_command_line(tmp_path):
    db = tmp_path / "m.sqlite"
    run = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    out = subprocess.run([*run, "demo"], capture_output=True, text=True, check=True)
    eid = out.stdout.strip()
    path = tmp_path / "odd.csv"
    path.write_text("Chi,Posta\nMaria Bianchi,maria@example.it\n", encoding="utf-8")
    plain = subprocess.run([*run, "import-attendees", eid, str(path)], capture_output=True,
                           text=True)
    assert plain.returncode == 1 and "No name or email column" in plain.stderr
    mapped = subprocess.run(
        [*run, "import-attendees", eid, str(path), "--map", "Chi=name,Posta=email"],
        capture_output=True, text=True,
    )
    assert mapped.returncode == 0, mapped.stderr
    assert "1 added" in mapped.stdout
    bad = subprocess.run(
        [*run, "import-attendees", eid, str(path), "--map", "Chi=nmae"],
        capture_output=True, text=True,
    )
    assert bad.returncode == 1 and "“nmae” is not a field" in bad.stderr
    assert "Traceback" not in bad.stderr
    exported = tmp_path / "out.csv"
    subprocess.run([*run, "export-attendees", eid, "-o", str(exported)], check=True,
                   capture_output=True)
    assert "maria@example.it" in exported.read_text(encoding="utf-8-sig")


def test_the_wizard_remembers_a_mapping_per_set_of_columns(event, tmp_path):
    store, eid = event
    path = tmp_path / "odd.csv"
    path.write_text("Chi,Posta\nMaria Bianchi,maria@example.it\n", encoding="utf-8")
    with store.session() as s:
        assert A.remembered_mapping(s, ["Chi", "Posta"]) is None
        A.import_file(s, eid, path, mapping={"full_name": "Chi", "email": "Posta"})
    with store.session() as s:
        assert A.remembered_mapping(s, ["Chi", "Posta"]) == {"full_name": "Chi", "email": "Posta"}
        assert A.remembered_mapping(s, ["Chi", "Mail"]) is None


def test_map_option_parsing():
    assert A.parse_map_option('"Name, as written"=name, Ticket Email=email') == {
        "full_name": "Name, as written",
        "email": "Ticket Email",
    }
    with pytest.raises(OrganiserError):
        A.parse_map_option("no equals sign")
    with pytest.raises(OrganiserError):
        A.parse_map_option("")


def test_report_lines_name_the_format(event):
    store, eid = event
    with store.session() as s:
        report = A.import_file(s, eid, DATA / "tito-tickets.csv")
    assert report.lines()[0] == "Imported tito-tickets.csv as Ti.to (UTF-8, comma-separated)."
