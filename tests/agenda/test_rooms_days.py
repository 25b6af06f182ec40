"""Rooms and days: parallel rooms are not overlaps, nights are not gaps, the venue closes daily."""

from __future__ import annotations

from organiser import agenda, events, venues
from organiser.timeutil import local

ROME = "Europe/Rome"


def _two_day_event(s, **kw):
    start = local(ROME, 2027, 5, 6, 9, 0)
    return events.create_event(
        s,
        title="PyCon Roma",
        starts_at=start,
        ends_at=start.add(days=1, hours=9),
        timezone=ROME,
        **kw,
    )


def _add(s, ev_id, title, day, hour, minute, minutes, room=""):
    return agenda.add_session(
        s,
        ev_id,
        title=title,
        starts_at=local(ROME, 2027, 5, day, hour, minute),
        duration_minutes=minutes,
        room=room,
    ).id


def test_parallel_rooms_are_not_overlaps_but_the_same_room_is(store):
    with store.session() as s:
        ev = _two_day_event(s)
        a = _add(s, ev.id, "Keynote", 6, 9, 0, 60)  # no room: everyone
        b = _add(s, ev.id, "Rust in prod", 6, 10, 0, 45, "Sala A")
        c = _add(s, ev.id, "Django tips", 6, 10, 0, 45, "Sala B")
        d = _add(s, ev.id, "Late start", 6, 10, 30, 30, "sala b ")  # same room, other spelling
        warnings = agenda.check_agenda(s, ev.id)
    overlaps = [w for w in warnings if w.kind == "overlap"]
    assert [w.session_ids for w in overlaps] == [(c, d)]
    assert overlaps[0].message.startswith("In Sala B: “Django tips” (until 10:45 CEST)")
    assert a and b


def test_a_plenary_without_a_room_clashes_with_every_room(store):
    with store.session() as s:
        ev = _two_day_event(s)
        b = _add(s, ev.id, "Rust in prod", 6, 10, 0, 45, "Sala A")
        c = _add(s, ev.id, "Django tips", 6, 10, 0, 45, "Sala B")
        lunch = _add(s, ev.id, "Lunch", 6, 10, 30, 60)
        overlaps = [w.session_ids for w in agenda.check_agenda(s, ev.id) if w.kind == "overlap"]
    assert sorted(overlaps) == sorted([(b, lunch), (c, lunch)])


def test_gaps_per_room_and_never_across_the_night(store):
    with store.session() as s:
        ev = _two_day_event(s)
        a1 = _add(s, ev.id, "A1", 6, 9, 0, 60, "Sala A")
        a2 = _add(s, ev.id, "A2", 6, 10, 30, 60, "Sala A")  # 30 min gap in Sala A
        _add(s, ev.id, "B1", 6, 9, 0, 60, "Sala B")
        _add(s, ev.id, "B2", 6, 10, 0, 60, "Sala B")  # back to back: fine
        _add(s, ev.id, "A3", 7, 9, 0, 60, "Sala A")  # next morning: not a gap
        gaps = [w for w in agenda.check_agenda(s, ev.id) if w.kind == "gap"]
    assert [w.session_ids for w in gaps] == [(a1, a2)]
    assert gaps[0].message.startswith("In Sala A: Gap of 30 min")


def test_the_venue_closes_on_each_day(store):
    with store.session() as s:
        venue = venues.create_venue(s, name="Talent Garden", closing_time="18:00")
        ev = _two_day_event(s, venue_id=venue.id)
        _add(s, ev.id, "Day one wrap", 6, 17, 0, 45, "Sala A")
        late = _add(s, ev.id, "Day two wrap", 7, 17, 30, 45, "Sala A")
        closing = [w for w in agenda.check_agenda(s, ev.id) if w.kind == "past_closing"]
    assert [w.session_ids for w in closing] == [(late,)]
    assert "closes (18:00 CEST)" in closing[0].message


def test_one_room_events_warn_as_before(store):
    with store.session() as s:
        ev = _two_day_event(s)
        a = _add(s, ev.id, "A", 6, 9, 0, 60)
        b = _add(s, ev.id, "B", 6, 9, 30, 60)
        warnings = agenda.check_agenda(s, ev.id)
    assert [(w.kind, w.session_ids) for w in warnings] == [("overlap", (a, b))]
    assert warnings[0].message.startswith("“A” (until 10:00 CEST)")
