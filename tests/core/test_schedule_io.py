"""Schedules in and out: real pretalx and Sessionize exports, and frab/c3voc files that validate.

Inputs are real exports saved under tests/data/schedule (sources in
tests/data/README.md); our output is checked against the c3voc project's
own XSD (with lxml) and JSON schema (with jsonschema).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import jsonschema
import pendulum
import pytest
from lxml import etree

from organiser import agenda, events, speakers
from organiser.cli import run
from organiser.errors import OrganiserError
from organiser.schedule import export_schedule, import_schedule

DATA = Path(__file__).resolve().parents[1] / "data" / "schedule"
PRETALX_JSON = DATA / "pretalx-democon.json"
PRETALX_XML = DATA / "pretalx-divoc-r2r.xml"
SZ_JSON = DATA / "sessionize-all.json"
SZ_CSV = DATA / "sessionize-accepted-sessions.csv"


def xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / "schedule.xml.xsd")))


def json_schema() -> dict:
    # the c3voc file carries two `// TODO` comment lines; JSON proper has none
    text = (DATA / "schema.json").read_text(encoding="utf-8")
    return json.loads(re.sub(r"^\s*//.*$", "", text, flags=re.M))


def assert_valid_xml(data: bytes) -> etree._ElementTree:
    doc = etree.parse(io.BytesIO(data))
    schema = xsd()
    assert schema.validate(doc), schema.error_log
    return doc


def assert_valid_json(data: bytes) -> dict:
    doc = json.loads(data)
    errors = [e.message for e in jsonschema.Draft6Validator(json_schema()).iter_errors(doc)]
    assert errors == []
    return doc


def pretalx_talks() -> list[tuple[str, pendulum.DateTime, int, str, list[str]]]:
    """(title, instant, minutes, room, speaker names) straight from the pretalx file."""
    conf = json.loads(PRETALX_JSON.read_text())["schedule"]["conference"]
    out = []
    for day in conf["days"]:
        for room, talks in day["rooms"].items():
            for t in talks:
                h, m = t["duration"].split(":")
                out.append(
                    (
                        t["title"],
                        pendulum.parse(t["date"]).in_timezone("UTC"),
                        int(h) * 60 + int(m),
                        room,
                        [p["public_name"] for p in t["persons"]],
                    )
                )
    return sorted(out, key=lambda r: (r[1], r[0]))


def our_talks(s, event_id):
    return sorted(
        (
            (x.title, x.starts_at, x.duration_minutes, x.room, [p.speaker.name for p in x.speakers])
            for x in agenda.list_sessions(s, event_id)
        ),
        key=lambda r: (r[1], r[0]),
    )


def test_the_real_pretalx_files_themselves_validate_against_the_c3voc_schemas():
    """The schemas and the samples agree, so a failure below is ours."""
    assert_valid_xml(PRETALX_XML.read_bytes())
    assert xsd().validate(etree.parse(str(PRETALX_XML)))


def test_pretalx_json_creates_the_event_with_rooms_days_and_speakers(store):
    with store.session() as s:
        report = import_schedule(s, PRETALX_JSON)
        ev = events.get_event(s, report.event_id)
        assert report.event_created
        assert (ev.title, ev.timezone) == ("DemoCon", "UTC")
        assert our_talks(s, ev.id) == pretalx_talks()
        assert ev.starts_at == pendulum.datetime(2020, 12, 14, 8, 0, tz="UTC")
        assert ev.ends_at == pendulum.datetime(2020, 12, 15, 8, 30, tz="UTC")  # two days
        rooms = {x.room for x in agenda.list_sessions(s, ev.id)}
        assert rooms == {"Gray Room", "Tan Room"}
        mariah = next(sp for sp in speakers.list_speakers(s) if sp.name == "Mariah Estrada")
        assert mariah.bio.startswith("Us item billion catch information window.")
        workshop = next(
            x for x in agenda.list_sessions(s, ev.id) if x.title == "Secured grid-enabled policy"
        )
        assert [p.speaker.name for p in workshop.speakers] == ["Amy Sanchez", "Teresa Terrell"]
        assert workshop.abstract.startswith("Synergize efficient paradigms!\n\nAttack huge effect")
    assert report.sessions_added == 6 and report.speakers_added == 8


def test_importing_the_same_file_again_changes_nothing_and_a_moved_talk_moves(store, tmp_path):
    with store.session() as s:
        ev_id = import_schedule(s, PRETALX_JSON).event_id
        again = import_schedule(s, PRETALX_JSON, event_id=ev_id)
        assert (again.sessions_added, again.sessions_updated, again.speakers_added) == (0, 0, 0)
        assert len(agenda.list_sessions(s, ev_id)) == 6
        assert len(speakers.list_speakers(s)) == 8
    moved = PRETALX_JSON.read_text().replace(
        '"date": "2020-12-14T09:30:00+01:00"', '"date": "2020-12-14T10:30:00+01:00"'
    )
    path = tmp_path / "schedule.json"
    path.write_text(moved)
    with store.session() as s:
        report = import_schedule(s, path, event_id=ev_id)
        x = next(
            x
            for x in agenda.list_sessions(s, ev_id)
            if x.title == "Quality-focused 6thgeneration website"
        )
        assert x.starts_at == pendulum.datetime(2020, 12, 14, 9, 30, tz="UTC")
        assert x.sequence == 1  # calendars take the new time
    assert report.sessions_updated == 1


def test_pretalx_xml_keeps_the_zone_entities_and_both_speakers(store):
    with store.session() as s:
        report = import_schedule(s, PRETALX_XML)
        ev = events.get_event(s, report.event_id)
        assert (ev.title, ev.timezone) == ("DiVOC - Reboot to Respawn", "Europe/Berlin")
        rows = our_talks(s, ev.id)
    assert [r[0] for r in rows] == [
        "Opening",
        "Zur Psychoanalyse der Klimakrise",
        "Datenschutz Wildlife",
    ]
    assert rows[0][1] == pendulum.datetime(2021, 4, 2, 10, 0, tz="Europe/Berlin")
    assert [r[2] for r in rows] == [15, 15, 45]
    assert rows[0][4] == ["Robin Muster", "Kim Beispiel"]
    assert rows[1][4] == ["René Platzhalter"]
    assert {r[3] for r in rows} == {"Piscopia"}


@pytest.mark.parametrize("suffix", [".xml", ".json"])
def test_round_trip_pretalx_to_us_to_a_valid_c3voc_schedule(store, suffix):
    with store.session() as s:
        ev_id = import_schedule(s, PRETALX_JSON).event_id
        data = export_schedule(s, ev_id, f"out{suffix}")
    want = pretalx_talks()
    if suffix == ".xml":
        doc = assert_valid_xml(data)
        got = []
        for day in doc.getroot().iter("day"):
            for room in day.iter("room"):
                for ev in room.iter("event"):
                    h, m = ev.findtext("duration").split(":")
                    got.append(
                        (
                            ev.findtext("title"),
                            pendulum.parse(ev.findtext("date")).in_timezone("UTC"),
                            int(h) * 60 + int(m),
                            room.get("name"),
                            [p.text for p in ev.iter("person")],
                        )
                    )
        assert doc.getroot().findtext("conference/title") == "DemoCon"
        assert len(doc.getroot().findall("day")) == 2
    else:
        doc = assert_valid_json(data)
        conf = doc["schedule"]["conference"]
        got = []
        for day in conf["days"]:
            for room, talks in day["rooms"].items():
                for t in talks:
                    h, m = t["duration"].split(":")
                    got.append(
                        (
                            t["title"],
                            pendulum.parse(t["date"]).in_timezone("UTC"),
                            int(h) * 60 + int(m),
                            room,
                            [p["name"] for p in t["persons"]],
                        )
                    )
        assert conf["title"] == "DemoCon" and conf["daysCount"] == 2
        assert {r["name"] for r in conf["rooms"]} == {"Gray Room", "Tan Room"}
    assert sorted(got, key=lambda r: (r[1], r[0])) == want


@pytest.mark.parametrize("suffix", [".xml", ".json"])
def test_our_export_reads_back_in_as_the_same_agenda(store, tmp_path, suffix):
    with store.session() as s:
        ev_id = import_schedule(s, PRETALX_JSON).event_id
        path = tmp_path / f"schedule{suffix}"
        path.write_bytes(export_schedule(s, ev_id, path))
        first = our_talks(s, ev_id)
        copy = import_schedule(s, path)
        assert copy.event_id != ev_id and copy.event_created
        assert our_talks(s, copy.event_id) == first
        assert copy.speakers_added == 0  # the same people, found in the library


def test_the_demo_meetup_exports_valid_xml_and_json(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        xml_doc = assert_valid_xml(export_schedule(s, ev_id, "x.xml"))
        json_doc = assert_valid_json(export_schedule(s, ev_id, "x.json"))
        titles = [x.title for x in agenda.list_sessions(s, ev_id)]
        venue = events.get_event(s, ev_id).venue.name
    assert [e.findtext("title") for e in xml_doc.getroot().iter("event")] == titles
    rooms = json_doc["schedule"]["conference"]["days"][0]["rooms"]
    assert list(rooms) == [venue]  # sessions without a room are in the venue
    assert [t["title"] for t in rooms[venue]] == titles


def test_sessionize_json_needs_a_zone_then_fills_the_library(store):
    with store.session() as s, pytest.raises(OrganiserError, match="--tz"):
        import_schedule(s, SZ_JSON)
    with store.session() as s:
        report = import_schedule(s, SZ_JSON, zone="Europe/Zagreb")
        ev = events.get_event(s, report.event_id)
        aiden = next(sp for sp in speakers.list_speakers(s) if sp.name == "Aiden Test")
        ava = next(sp for sp in speakers.list_speakers(s) if sp.name == "Ava Test")
        rows = our_talks(s, ev.id)
    assert ev.timezone == "Europe/Zagreb"
    assert rows[0][:4] == (
        "Aiden's Keynote",
        pendulum.datetime(2023, 9, 16, 9, 0, tz="UTC"),
        60,
        "Green Room",
    )
    assert rows[0][4] == ["Aiden Test"]
    assert aiden.affiliation == "Professional public speaker"  # the tagline
    assert aiden.links.splitlines() == [
        "Twitter: https://twitter.com/sessionizecom",
        "LinkedIn: http://linkedin.com/in/example-speaker",
        "Photo: https://sessionize.com/image/8db9-400o400o1-test4.jpg",
    ]
    assert ava.bio == "Student. Wannabe creator. Incurable music advocate."  # no session, kept
    assert any("000000000002" in line for line in report.skipped)


def _sessionize_xlsx(tmp_path: Path) -> Path:
    """The same export as Excel: Sessionize writes dates as date cells, durations as numbers."""
    from openpyxl import Workbook

    rows = list(csv.reader(SZ_CSV.open(encoding="utf-8")))
    header = rows[0]
    at, dur = header.index("Scheduled At"), header.index("Scheduled Duration")
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows[1:]:
        cells: list[object] = [c or None for c in row]
        cells[at] = dt.datetime.fromisoformat(row[at])
        cells[dur] = int(row[dur])
        sheet.append(cells)
    path = tmp_path / "accepted sessions - exported.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_sessionize_export_one_row_per_speaker(store, tmp_path, kind):
    path = SZ_CSV if kind == "csv" else _sessionize_xlsx(tmp_path)
    with store.session() as s:
        ev = events.create_event(
            s,
            title="PyBay",
            starts_at=pendulum.datetime(2025, 10, 18, 9, 0, tz="America/Los_Angeles"),
            ends_at=pendulum.datetime(2025, 10, 18, 18, 0, tz="America/Los_Angeles"),
            timezone="America/Los_Angeles",
        )
        report = import_schedule(s, path, event_id=ev.id)
        rows = our_talks(s, ev.id)
        panel = next(x for x in agenda.list_sessions(s, ev.id) if x.title.startswith("Panel"))
        noor = next(sp for sp in speakers.list_speakers(s) if sp.name == "Noor Example")
        kind_of_panel = panel.kind
    assert not report.event_created
    assert [r[0] for r in rows] == ["Panel: packaging in 2025", "Typing the untypable"]
    ten = pendulum.datetime(2025, 10, 18, 10, 0, tz="America/Los_Angeles")
    assert rows[0][1:] == (ten, 40, "Fisher East", ["Sam Placeholder", "Jo Sample"])
    assert rows[1][1:] == (ten, 25, "Robertson Auditorium", ["Noor Example"])
    assert kind_of_panel == "panel"
    assert (noor.email, noor.pronouns, noor.affiliation) == (
        "noor@example.org",
        "she/her",
        "Staff engineer at Example Corp",
    )
    assert "Photo: https://sessionize.com/image/0001-400o400o2-example.jpg" in noor.links


def test_files_that_are_not_schedules_are_refused_with_one_line(store, tmp_path):
    attendees = tmp_path / "rsvps.csv"
    attendees.write_text("Name,Email\nAda,ada@example.org\n")
    book = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Name", "Email"])
    wb.save(book)
    for path, words in ((attendees, "not a schedule"), (book, "not a Sessionize")):
        with store.session() as s, pytest.raises(OrganiserError, match=words) as info:
            import_schedule(s, path)
        assert "\n" not in str(info.value)


def _cli(db, *args):
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_import_schedule_and_schedule(tmp_path):
    db = tmp_path / "o.sqlite"
    code, out, err = _cli(db, "import-schedule", str(PRETALX_XML))
    assert code == 0, err
    assert out.startswith("Created event 1: DiVOC - Reboot to Respawn")
    assert "sessions 3 added" in out and "speakers 5 added" in out
    code, out, err = _cli(db, "schedule", "1", "-o", str(tmp_path / "s.xml"))
    assert code == 0, err
    assert_valid_xml((tmp_path / "s.xml").read_bytes())
    code, out, err = _cli(db, "schedule", "1", "-o", str(tmp_path / "s.json"))
    assert code == 0, err
    assert_valid_json((tmp_path / "s.json").read_bytes())
    code, out, err = _cli(db, "schedule", "1", "-o", str(tmp_path / "s.txt"))
    assert code == 1 and ".xml or .json" in err and err.count("\n") == 1
    code, out, err = _cli(db, "import-schedule", str(SZ_JSON))
    assert code == 1 and "--tz" in err and err.count("\n") == 1
    code, out, err = _cli(db, "import-schedule", str(SZ_JSON), "--tz", "Europe/Zagreb")
    assert code == 0 and "Created event 2" in out
    code, out, err = _cli(db, "import-schedule", str(SZ_CSV), "--event", "2")
    assert code == 0 and "Updated event 2" in out, err


def test_the_sessionize_file_the_attendee_import_sends_here_is_read(store):
    """import-attendees refuses this export and names import-schedule; here it lands."""
    path = DATA.parent / "attendees" / "sessionize-sessions.csv"
    with store.session() as s:
        with pytest.raises(OrganiserError, match="no scheduled sessions"):
            import_schedule(s, path, zone="Europe/Rome")
        ev = events.create_event(
            s,
            title="Meetup",
            starts_at=pendulum.datetime(2027, 3, 4, 18, 0, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2027, 3, 4, 21, 0, tz="Europe/Rome"),
            timezone="Europe/Rome",
        )
        report = import_schedule(s, path, event_id=ev.id)
        ada = next(sp for sp in speakers.list_speakers(s) if sp.name == "Ada Lovelace")
    assert (report.sessions_added, report.speakers_added) == (0, 1)
    assert ada.email == "ada@example.com"
    assert report.skipped == ["“A great talk”: not scheduled yet"]


def test_a_title_used_on_each_day_stays_one_session_per_day(store, tmp_path):
    """Sessionize service sessions repeat their title ("Lunch"); re-importing keeps both."""
    data = json.loads(SZ_JSON.read_text())
    lunch = {
        "id": "s-1",
        "title": "Lunch",
        "description": "",
        "startsAt": "2023-09-16T12:00:00",
        "endsAt": "2023-09-16T13:00:00",
        "isServiceSession": True,
        "speakers": [],
        "roomId": 217,
    }
    data["sessions"] += [
        lunch,
        {**lunch, "id": "s-2", "startsAt": "2023-09-17T12:00:00", "endsAt": "2023-09-17T13:00:00"},
    ]
    path = tmp_path / "all.json"
    path.write_text(json.dumps(data))
    with store.session() as s:
        ev_id = import_schedule(s, path, zone="Europe/Zagreb").event_id
        again = import_schedule(s, path, event_id=ev_id)
        lunches = [x for x in agenda.list_sessions(s, ev_id) if x.title == "Lunch"]
    assert again.sessions_added == 0 and again.sessions_updated == 0
    assert [
        (x.starts_at.in_timezone("Europe/Zagreb").format("D HH:mm"), x.kind, x.room)
        for x in lunches
    ] == [("16 12:00", "break", "Restaurant"), ("17 12:00", "break", "Restaurant")]
