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


def _positions(pdf: bytes) -> dict[str, tuple[float, float, int]]:
    """Where each line of text starts on the page: (x, y, page number)."""
    import io

    from pypdf import PdfReader

    out: dict[str, tuple[float, float, int]] = {}
    for page_no, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(text, cm, tm, _fonts, _size, page_no=page_no):
            text = text.strip()
            if text and text not in out:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                out[text] = (round(x, 1), round(y, 1), page_no)

        page.extract_text(visitor_text=visit)
    return out


def test_agenda_pdf_puts_rooms_side_by_side_per_day(store):
    from pathlib import Path

    from organiser.printing.agenda_pdf import AgendaOptions, agenda_pdf
    from organiser.schedule import import_schedule

    data = Path(__file__).resolve().parents[1] / "data" / "schedule" / "pretalx-democon.json"
    with store.session() as s:
        ev_id = import_schedule(s, data).event_id
        pdf = agenda_pdf(s, ev_id, AgendaOptions(viewer_zones=["America/New_York"]))
    at = _positions(pdf)
    gray, tan = at["Gray Room"], at["Tan Room"]
    assert gray[1] == tan[1] and gray[0] < tan[0]  # one header row, two columns
    # the two 09:00 CET talks of day 1 sit on the same line, each under its room
    left, right = at["Focused 5thgeneration hardware"], at["Managed stable function"]
    assert left[1] == right[1]
    assert abs(left[0] - gray[0]) < 1 and abs(right[0] - tan[0]) < 1
    # day headings, in order, and day 2's talk below its heading
    d1, d2 = at["Day 1 · Monday 14 December 2020"], at["Day 2 · Tuesday 15 December 2020"]
    assert (d1[2], -d1[1]) < (d2[2], -d2[1])
    talk = at["User-centric non-volatile moderator"]
    assert (talk[2], -talk[1]) > (d2[2], -d2[1])
    assert "03:00 EST" in at  # the viewer's zone under each time


def test_agenda_pdf_with_one_room_keeps_the_running_order_table(demo_store):
    from organiser.printing.agenda_pdf import agenda_pdf

    store, ev_id = demo_store
    with store.session() as s:
        pdf = agenda_pdf(s, ev_id)
    at = _positions(pdf)
    assert "Session and speakers" in at and "Day 1 · " not in " ".join(at)
