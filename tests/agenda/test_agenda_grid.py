"""The rooms-side-by-side grid shared by the agenda PDF and the Agenda page."""

from __future__ import annotations

from organiser import agenda, events
from organiser.agenda_grid import clock_lines, room_grid, warnings_per_room
from organiser.timeutil import local
from tests.agenda.test_rooms_days import _add  # a session on a day of May 2027, in Rome

ROME = "Europe/Rome"


def _event(s):
    start = local(ROME, 2027, 5, 6, 9, 0)
    return events.create_event(
        s,
        title="PyCon Roma",
        starts_at=start,
        ends_at=start.add(days=1, hours=9),
        timezone=ROME,
        viewer_zones=["Asia/Tokyo"],
    )


def test_days_slots_and_rooms(store):
    with store.session() as s:
        ev = _event(s)
        _add(s, ev.id, "Keynote", 6, 9, 0, 60)
        _add(s, ev.id, "Rust in prod", 6, 10, 0, 60, "Sala A")
        _add(s, ev.id, "Django tips", 6, 10, 0, 30, "Sala B")
        _add(s, ev.id, "Typing", 6, 10, 30, 30, "Sala B")
        _add(s, ev.id, "Day two", 7, 9, 0, 45, "Sala B")
        sched = agenda.build_schedule(s, ev.id)
    grid = room_grid(sched.rows, ROME)
    assert grid.rooms == ("Sala A", "Sala B")
    assert [d.date.isoformat() for d in grid.days] == ["2027-05-06", "2027-05-07"]
    day1 = grid.days[0]
    assert [(sl.starts_at.in_timezone(ROME).format("HH:mm"), sl.plenary) for sl in day1.slots] == [
        ("09:00", True),
        ("10:00", False),
        ("10:30", False),
    ]
    cells = {c.row.title: (c.slot, c.room, c.rooms, c.slots) for c in grid.cells(0)}
    # the keynote spans both rooms; Rust (60 min) reaches down over the 10:30 slot
    assert cells == {
        "Keynote": (0, 0, 2, 1),
        "Rust in prod": (1, 0, 1, 2),
        "Django tips": (1, 1, 1, 1),
        "Typing": (2, 1, 1, 1),
    }
    assert [c.row.title for c in grid.cells(1)] == ["Day two"]
    assert grid.cells(1)[0].room == 1
    day_two = next(r for r in sched.rows if r.title == "Day two")
    assert grid.day_of(day_two.session_id) == 1


def test_a_clash_in_one_room_stays_two_cells_and_counts_for_that_room(store):
    with store.session() as s:
        ev = _event(s)
        _add(s, ev.id, "Long", 6, 10, 0, 60, "Sala A")
        _add(s, ev.id, "Clash", 6, 10, 30, 30, "Sala A")  # same room: an overlap
        _add(s, ev.id, "Parallel", 6, 10, 15, 60, "Sala B")  # other room: fine
        _add(s, ev.id, "Same start", 6, 10, 0, 20, "sala a")  # shares Long's cell
        sched = agenda.build_schedule(s, ev.id)
    grid = room_grid(sched.rows, ROME)
    cells = {c.row.title: (c.slot, c.room, c.slots) for c in grid.cells(0)}
    # Long stops above Clash's slot instead of covering it
    assert cells["Long"] == (0, 0, 2) and cells["Clash"] == (2, 0, 1)
    assert cells["Parallel"] == (1, 1, 2)
    assert "Same start" not in cells
    long_cell = next(c for c in grid.cells(0) if c.row.title == "Long")
    assert [r.title for r in grid.sharing(0, long_cell)] == ["Long", "Same start"]
    per_room = warnings_per_room(grid, sched.rows, sched.warnings)
    assert per_room["Sala B"] == 0 and per_room["Sala A"] >= 1
    assert all("Parallel" not in w.message for w in sched.warnings if w.kind == "overlap")


def test_clock_lines_name_another_day():
    at = local(ROME, 2027, 5, 6, 18, 30)
    assert clock_lines(at, [ROME, "America/New_York", "Asia/Tokyo"]) == (
        "18:30 CEST",
        "12:30 EDT",
        "01:30 JST Fri",
    )
    assert clock_lines(at, [ROME, "Asia/Tokyo"], "it")[1].startswith("01:30 JST ven")


def _times(s, ev_id):
    return {
        x.title: x.starts_at.in_timezone(ROME).format("ddd HH:mm")
        for x in agenda.list_sessions(s, ev_id)
    }


def test_parallel_rooms_and_days_keep_their_times_when_one_session_changes(store):
    with store.session() as s:
        ev = _event(s)
        _add(s, ev.id, "A1", 6, 10, 0, 60, "Sala A")
        b1 = _add(s, ev.id, "B1", 6, 10, 0, 30, "Sala B")
        b2 = _add(s, ev.id, "B2", 6, 10, 30, 30, "Sala B")
        _add(s, ev.id, "D2", 7, 9, 0, 60, "Sala A")
        before = _times(s, ev.id)
        # what the session editor sends on Save: every field, the duration too
        agenda.update_session(s, b1, title="B1", room="Sala B", duration_minutes=45)
        assert _times(s, ev.id) == before  # B2 now overlaps B1: a warning, not a move
        assert any(w.kind == "overlap" for w in agenda.check_agenda(s, ev.id))
        agenda.delete_session(s, b2)
        assert _times(s, ev.id) == {k: v for k, v in before.items() if k != "B2"}


def test_one_room_over_two_days_keeps_the_second_day(store):
    with store.session() as s:
        ev = _event(s)
        a = _add(s, ev.id, "Opening", 6, 9, 0, 30)
        _add(s, ev.id, "Talk", 6, 9, 30, 30)
        _add(s, ev.id, "Day two", 7, 9, 0, 30)
        agenda.set_duration(s, a, 45)
        assert _times(s, ev.id) == {
            "Opening": "Thu 09:00",
            "Talk": "Thu 09:30",  # kept: the event spans days, nothing reflows
            "Day two": "Fri 09:00",
        }


def test_one_evening_in_one_room_still_reflows(store):
    with store.session() as s:
        ev = _event(s)
        a = _add(s, ev.id, "Opening", 6, 18, 30, 30)
        _add(s, ev.id, "Late talk", 6, 23, 30, 60)  # past midnight, same evening
        agenda.move_session(s, a, 1)
        assert _times(s, ev.id) == {"Late talk": "Thu 18:30", "Opening": "Thu 19:30"}
