"""Our ICS read by parsers the app does not use, and every VTIMEZONE onset checked.

vobject and ics-py both build their time zones from the file's own VTIMEZONE
(not from the machine's zone database), so a wrong onset there shows up as a
wrong instant here. zoneinfo is the reference for every check.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import ics
import pendulum
import pytest
import vobject

from organiser import agenda, events
from organiser.calendar import build_ics
from organiser.timeutil import local
from tests.agenda import libical

# (zone, spring change, autumn change) in 2027, as local dates
ZONES = {
    "Europe/Rome": ((2027, 3, 28), (2027, 10, 31)),
    "America/New_York": ((2027, 3, 14), (2027, 11, 7)),
    "Asia/Kolkata": ((2027, 3, 28), (2027, 10, 31)),  # no DST: one onset, from 1945
    "Australia/Sydney": ((2027, 10, 3), (2027, 4, 4)),  # southern: spring is October
}


def _event_across(s, zone, day, *, start_hour=0, hours=6, email="host@example.org"):
    start = local(zone, *day, start_hour, 0)
    ev = events.create_event(
        s,
        title=f"Night in {zone}",
        starts_at=start,
        ends_at=start.add(hours=hours),
        timezone=zone,
        organiser_name="Ada Host",
        organiser_email=email,
    )
    # hour-long sessions back to back through the change, each a real 60 minutes
    for i in range(hours):
        agenda.add_session(s, ev.id, title=f"Slot {i}", duration_minutes=60)
    return ev.id


def _unfold(text: str) -> list[str]:
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def _offset(text: str) -> dt.timedelta:
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[3:5])
    seconds = int(text[5:7]) if len(text) > 5 else 0
    return sign * dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _onsets(text: str) -> dict[str, list[tuple[dt.datetime, dt.timedelta, dt.timedelta]]]:
    """Each zone's onsets as (UTC instant, offset before, offset after), read as text."""
    out: dict[str, list] = {}
    zone = None
    part: dict[str, str] = {}
    for line in _unfold(text):
        if line.startswith("TZID:"):
            zone = line[5:]
            out[zone] = []
        elif line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            part = {}
        elif line in ("END:STANDARD", "END:DAYLIGHT"):
            wall = dt.datetime.strptime(part["DTSTART"], "%Y%m%dT%H%M%S")
            before, after = _offset(part["TZOFFSETFROM"]), _offset(part["TZOFFSETTO"])
            out[zone].append(((wall - before).replace(tzinfo=dt.UTC), before, after))
        elif ":" in line and zone:
            key, value = line.split(":", 1)
            part[key.split(";")[0]] = value
    return out


def _zone_changes(zone: str, first: dt.datetime, last: dt.datetime) -> list[dt.datetime]:
    """Brute force, minute by minute around each hour where the offset changes."""
    zi = ZoneInfo(zone)
    found = []
    t = first
    while t < last:
        nxt = t + dt.timedelta(hours=1)
        if t.astimezone(zi).utcoffset() != nxt.astimezone(zi).utcoffset():
            m = t
            while m.astimezone(zi).utcoffset() == t.astimezone(zi).utcoffset():
                m += dt.timedelta(minutes=1)
            found.append(m)
        t = nxt
    return found


@pytest.mark.parametrize("zone", sorted(ZONES))
@pytest.mark.parametrize("which", ["spring", "autumn"])
def test_every_vtimezone_onset_is_a_real_transition_of_the_zone(store, zone, which):
    day = ZONES[zone][0 if which == "spring" else 1]
    with store.session() as s:
        ev_id = _event_across(s, zone, day)
        ev = events.get_event(s, ev_id)
        first, last = ev.starts_at, ev.ends_at
        text = build_ics(s, ev_id).decode()
    onsets = _onsets(text)
    assert list(onsets) == [zone]
    zi = ZoneInfo(zone)
    for at, before, after in onsets[zone]:
        assert (at - dt.timedelta(seconds=1)).astimezone(zi).utcoffset() == before, at
        assert at.astimezone(zi).utcoffset() == after, at
    # and no change of the zone around the event is missing
    lo = dt.datetime.fromtimestamp(first.timestamp(), dt.UTC) - dt.timedelta(days=30)
    hi = dt.datetime.fromtimestamp(last.timestamp(), dt.UTC) + dt.timedelta(days=30)
    real = _zone_changes(zone, lo, hi)
    assert [o[0] for o in onsets[zone] if lo <= o[0] <= hi] == real
    if zone != "Asia/Kolkata":
        assert len(real) == 1  # the event's own change is among them
    # the onset in force when the calendar starts is listed too
    assert onsets[zone][0][0] <= lo


def test_the_spring_onset_for_rome_is_two_in_the_morning(store):
    with store.session() as s:
        text = build_ics(s, _event_across(s, "Europe/Rome", (2027, 3, 28))).decode()
    assert "DTSTART:20270328T020000\r\nTZNAME:CEST\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200" in (
        text
    )
    assert "20270328T030000" not in text.split("BEGIN:VEVENT")[0]


def _expected(s, ev_id):
    ev = events.get_event(s, ev_id)
    return [(ev.title, ev.starts_at, ev.ends_at)] + [
        (x.title, x.starts_at, x.ends_at) for x in agenda.list_sessions(s, ev_id)
    ]


def _fresh_vobject() -> None:
    """vobject keeps the first VTIMEZONE it saw per TZID for the whole process.

    A client opening one file starts fresh; so does each parse here, or an
    earlier test's definition of Europe/Rome would be read instead of ours.
    """
    registry = vars(vobject.icalendar)["__tzidMap"]
    for key in [k for k in registry if k != "UTC"]:
        del registry[key]


def _by_vobject(data: bytes):
    _fresh_vobject()
    cal = vobject.readOne(data.decode())
    return [
        (
            str(v.summary.value),
            pendulum.instance(v.dtstart.value.astimezone(dt.UTC)),
            pendulum.instance(v.dtend.value.astimezone(dt.UTC)),
        )
        for v in cal.vevent_list
    ]


def _by_ics_py(data: bytes):
    cal = ics.Calendar(data.decode())
    return [
        (
            e.name,
            pendulum.instance(e.begin.datetime.astimezone(dt.UTC)),
            pendulum.instance(e.end.datetime.astimezone(dt.UTC)),
        )
        for e in cal.events
    ]


def _by_libical(data: bytes):
    return [
        (title, pendulum.instance(start), pendulum.instance(end))
        for title, start, end in libical.events(data)
    ]


PARSERS = [_by_vobject, _by_ics_py, _by_libical]
PARSER_IDS = ["vobject", "ics-py", "libical"]


@pytest.mark.parametrize("zone", sorted(ZONES))
@pytest.mark.parametrize("which", ["spring", "autumn"])
@pytest.mark.parametrize("parser", PARSERS, ids=PARSER_IDS)
def test_independent_parsers_read_the_same_instants_as_zoneinfo(store, zone, which, parser):
    day = ZONES[zone][0 if which == "spring" else 1]
    with store.session() as s:
        ev_id = _event_across(s, zone, day)
        data = build_ics(s, ev_id)
        want = _expected(s, ev_id)
    got = sorted(parser(data), key=lambda r: (r[1], r[0]))
    assert got == sorted(want, key=lambda r: (r[1], r[0]))
    for _title, start, end in got:
        assert end.diff(start).in_minutes() in (60, 360)  # no 0- or 120-minute slot


def test_a_session_across_the_autumn_change_keeps_its_hour(store):
    """02:00 CEST + 60 min is 02:00 CET: a TZID cannot say which 02:00, so UTC is written."""
    with store.session() as s:
        start = local("Europe/Rome", 2027, 10, 31, 1, 0)
        ev = events.create_event(
            s, title="Late", starts_at=start, ends_at=start.add(hours=4), timezone="Europe/Rome"
        )
        agenda.add_session(s, ev.id, title="Warm-up", duration_minutes=60)
        x = agenda.add_session(s, ev.id, title="Across", duration_minutes=60)
        assert x.starts_at.in_timezone("Europe/Rome").format("HH:mm zz") == "02:00 CEST"
        assert x.ends_at.in_timezone("Europe/Rome").format("HH:mm zz") == "02:00 CET"
        data = build_ics(s, ev.id)
        want = (x.starts_at, x.ends_at)
    text = data.decode()
    assert "DTSTART:20271031T000000Z" in text  # 02:00 CEST
    assert "DTEND:20271031T010000Z" in text  # 02:00 CET
    assert "DTSTART;TZID=Europe/Rome:20271031T010000" in text  # the one before: unambiguous
    for parser in PARSERS:
        row = next(r for r in parser(data) if r[0] == "Across")
        assert (row[1], row[2]) == want


def test_libical_finds_no_itip_fault_and_would_without_the_organizer(store):
    with store.session() as s:
        data = build_ics(s, _event_across(s, "Europe/Rome", (2027, 3, 28), hours=2))
    assert libical.restriction_errors(data) == []
    stripped = b"".join(
        line for line in data.splitlines(keepends=True) if not line.startswith(b"ORGANIZER")
    )
    # the same file without its ORGANIZER lines: what the issue saw
    assert any("Failed iTIP restrictions" in e for e in libical.restriction_errors(stripped))


def test_organizer_on_every_entry_when_published(store):
    with store.session() as s:
        ev_id = _event_across(s, "Europe/Rome", (2027, 3, 28), hours=2)
        data = build_ics(s, ev_id)
        without = _event_across(s, "Europe/Rome", (2027, 4, 28), hours=2, email=None)
        plain = build_ics(s, without)
    cal = vobject.readOne(data.decode())
    assert cal.method.value == "PUBLISH"
    assert len(cal.vevent_list) == 3
    for v in cal.vevent_list:
        assert v.organizer.value == "mailto:host@example.org"
        assert v.organizer.params["CN"] == ["Ada Host"]
    # no e-mail to name: a plain calendar, not an iTIP message missing its ORGANIZER
    cal = vobject.readOne(plain.decode())
    assert not hasattr(cal, "method")
    assert all(not hasattr(v, "organizer") for v in cal.vevent_list)


def _sequences(data: bytes) -> dict[str, int]:
    cal = vobject.readOne(data.decode())
    return {str(v.summary.value): int(v.sequence.value) for v in cal.vevent_list}


def test_sequence_on_every_entry_grows_when_a_session_moves(store):
    with store.session() as s:
        ev_id = _event_across(s, "Europe/Rome", (2027, 5, 5), start_hour=18, hours=3)
        first = _sequences(build_ics(s, ev_id))
    assert first == {"Night in Europe/Rome": 0, "Slot 0": 0, "Slot 1": 0, "Slot 2": 0}
    with store.session() as s:
        assert _sequences(build_ics(s, ev_id)) == first  # exporting again changes nothing
        slot0 = agenda.list_sessions(s, ev_id)[0]
        agenda.update_session(s, slot0.id, title="Slot 0, renamed")
    with store.session() as s:
        assert _sequences(build_ics(s, ev_id))["Slot 0, renamed"] == 0  # a new title: same time
        agenda.set_duration(s, agenda.list_sessions(s, ev_id)[0].id, 90)  # the rest move too
    with store.session() as s:
        after = _sequences(build_ics(s, ev_id))
    assert after["Slot 0, renamed"] == 1 and after["Slot 1"] == 1 and after["Slot 2"] == 1
    with store.session() as s:
        agenda.move_session(s, agenda.list_sessions(s, ev_id)[2].id, 0)
    with store.session() as s:
        moved = _sequences(build_ics(s, ev_id))
    assert all(moved[k] == 2 for k in ("Slot 0, renamed", "Slot 1", "Slot 2"))
