"""Reflow, warnings and time zones of the agenda, checked in the database."""

import pytest

from organiser import agenda, events, speakers, venues
from organiser.errors import ValidationError
from organiser.timeutil import local

ROME = "Europe/Rome"
NY = "America/New_York"


def _event(s, start=None, hours=3, zone=ROME, **kw):
    start = start or local(ROME, 2026, 12, 10, 18, 30)
    return events.create_event(
        s, title="ML Rome", starts_at=start, ends_at=start.add(hours=hours), timezone=zone, **kw
    )


def _plan(s, ev_id, plan):
    ids = {}
    for title, minutes, *locked in plan:
        ids[title] = agenda.add_session(
            s, ev_id, title=title, duration_minutes=minutes, locked=bool(locked)
        ).id
    return ids


def _times(store, ev_id, zone=ROME):
    with store.session() as s:
        return {
            x.title: x.starts_at.in_timezone(zone).format("HH:mm")
            for x in agenda.list_sessions(s, ev_id)
        }


PLAN = [("Welcome", 15), ("A", 30), ("B", 30), ("Break", 15, "locked"), ("C", 30)]


def test_duration_change_reflows_later_sessions_and_keeps_locked_break(store):
    with store.session() as s:
        ev = _event(s)
        ids = _plan(s, ev.id, PLAN)
        ev_id = ev.id
    assert _times(store, ev_id) == {
        "Welcome": "18:30",
        "A": "18:45",
        "B": "19:15",
        "Break": "19:45",
        "C": "20:00",
    }
    with store.session() as s:
        agenda.set_duration(s, ids["A"], 20)
    assert _times(store, ev_id) == {
        "Welcome": "18:30",
        "A": "18:45",
        "B": "19:05",
        "Break": "19:45",
        "C": "20:00",
    }
    with store.session() as s:
        kinds = [(w.kind, w.session_ids) for w in agenda.check_agenda(s, ev_id)]
    assert kinds == [("gap", (ids["B"], ids["Break"]))]


def test_move_reflows_from_the_agenda_opening(store):
    with store.session() as s:
        ev = _event(s)
        ids = _plan(s, ev.id, PLAN)
        ev_id = ev.id
    with store.session() as s:
        agenda.move_session(s, ids["B"], 0)
    assert _times(store, ev_id) == {
        "B": "18:30",
        "Welcome": "19:00",
        "A": "19:15",
        "Break": "19:45",
        "C": "20:00",
    }
    with store.session() as s:
        assert [x.title for x in agenda.list_sessions(s, ev_id)][:3] == ["B", "Welcome", "A"]
        assert agenda.check_agenda(s, ev_id) == []


def test_deleting_a_session_closes_the_hole(store):
    with store.session() as s:
        ev = _event(s)
        ids = _plan(s, ev.id, [("Welcome", 15), ("A", 30), ("B", 30)])
        agenda.delete_session(s, ids["A"])
    assert _times(store, ev.id) == {"Welcome": "18:30", "B": "18:45"}


def test_overlap_with_a_locked_break_names_both_sessions(store):
    with store.session() as s:
        ev = _event(s)
        ids = _plan(s, ev.id, PLAN)
        agenda.set_duration(s, ids["A"], 45)
        warnings = agenda.check_agenda(s, ev.id)
    assert _times(store, ev.id)["B"] == "19:30"
    assert [w.kind for w in warnings] == ["overlap"]
    assert warnings[0].session_ids == (ids["B"], ids["Break"])
    assert "“B”" in warnings[0].message and "“Break”" in warnings[0].message
    assert "15 min" in warnings[0].message and "CET" in warnings[0].message


def test_past_the_event_end_and_past_closing_time(store):
    with store.session() as s:
        hall = venues.create_venue(s, name="Hall", closing_time="21:40")
        ev = _event(s, hours=4, venue_id=hall.id)  # ends 22:30, hall closes 21:40
        # Talk 18:30-20:30, Drinks 20:30-21:45, Late 21:45-22:45
        ids = _plan(s, ev.id, [("Talk", 120), ("Drinks", 75), ("Late", 60)])
        warnings = agenda.check_agenda(s, ev.id)
    by_kind = {w.kind: w for w in warnings if w.kind in ("past_end", "past_closing")}
    assert {(w.kind, w.session_ids) for w in warnings} == {
        ("past_closing", (ids["Drinks"],)),
        ("past_closing", (ids["Late"],)),
        ("past_end", (ids["Late"],)),
    }
    assert "Hall closes (21:40 CET)" in by_kind["past_closing"].message
    assert "after the event ends (22:30 CET)" in by_kind["past_end"].message


def test_closing_time_after_midnight_is_the_next_morning(store):
    with store.session() as s:
        club = venues.create_venue(s, name="Club", closing_time="01:00")
        ev = _event(s, start=local(ROME, 2026, 12, 10, 22, 0), hours=4, venue_id=club.id)
        ids = _plan(s, ev.id, [("Set", 150), ("Encore", 60)])  # 22:00-00:30, 00:30-01:30
        warnings = agenda.check_agenda(s, ev.id)
    assert [(w.kind, w.session_ids) for w in warnings] == [("past_closing", (ids["Encore"],))]


def test_speaker_booked_twice_in_the_event_and_across_events(store):
    with store.session() as s:
        ev = _event(s)
        amara = speakers.create_speaker(s, name="Amara Okafor").id
        ids = _plan(s, ev.id, [("Talk", 30), ("Panel", 45)])
        agenda.set_speakers(s, ids["Talk"], [(amara, "speaker")])
        agenda.set_speakers(s, ids["Panel"], [(amara, "panellist")])
        assert agenda.check_agenda(s, ev.id) == []  # one after the other: fine
        agenda.update_session(s, ids["Panel"], starts_at=local(ROME, 2026, 12, 10, 18, 45))
        warnings = agenda.check_agenda(s, ev.id)
        doubles = [w for w in warnings if w.kind == "double_booked"]
        assert len(doubles) == 1 and doubles[0].session_ids == (ids["Talk"], ids["Panel"])
        assert "Amara Okafor is booked twice" in doubles[0].message
        assert "“Talk”" in doubles[0].message and "“Panel”" in doubles[0].message

        other = events.create_event(
            s,
            title="Epi Night",
            starts_at=local(NY, 2026, 12, 10, 12, 0),
            ends_at=local(NY, 2026, 12, 10, 14, 0),
            timezone=NY,
        )
        elsewhere = agenda.add_session(s, other.id, title="Keynote", duration_minutes=35)
        agenda.set_speakers(s, elsewhere.id, [(amara, "speaker")])  # 18:00-18:35 in Rome
        doubles = [w for w in agenda.check_agenda(s, ev.id) if w.kind == "double_booked"]
    cross = [w for w in doubles if "Epi Night" in w.message]
    assert len(cross) == 1 and cross[0].session_ids == (ids["Talk"],)
    assert "“Keynote”" in cross[0].message


def test_schedule_carries_every_zone_with_its_label(fixed_demo):
    store, ev_id = fixed_demo
    with store.session() as s:
        sched = agenda.build_schedule(s, ev_id)
    assert sched.zones == (ROME, NY, "Asia/Kolkata")
    assert sched.zone_labels[0].startswith("Rome (CET, UTC+01:00")
    assert sched.zone_labels[1].startswith("New York (EST, UTC-05:00")
    assert sched.zone_labels[2].startswith("Kolkata (IST, UTC+05:30")
    first = sched.rows[0]
    assert first.times[0] == "18:30–18:45 CET"
    assert first.times[1] == "12:30–12:45 EST"
    assert first.times[2].startswith("23:00–23:15 IST")
    late = sched.rows[-1]  # networking 20:45-21:30 Rome is past midnight in Kolkata
    assert late.times[2].startswith("01:15–02:00 IST (")
    panel = next(r for r in sched.rows if r.kind == "panel")
    assert [sp.role for sp in panel.speakers] == ["moderator", "panellist", "panellist"]
    assert panel.speakers[0].label == "Priya Raman (ML Rome community), moderator"


def test_unknown_viewer_zone_is_refused(demo_store):
    store, ev_id = demo_store
    with pytest.raises(ValidationError, match="not a known time zone"), store.session() as s:
        agenda.build_schedule(s, ev_id, ["Mars/Olympus"])


# -- daylight saving time: the EU and the US switch on different Sundays ---------


def test_between_the_us_and_eu_switches_new_york_is_five_hours_behind_rome(store):
    # 2027: the US switches on Sunday 14 March, the EU on Sunday 28 March.
    with store.session() as s:
        before = _event(s, start=local(ROME, 2027, 3, 11, 18, 30), viewer_zones=[NY])
        between = _event(s, start=local(ROME, 2027, 3, 18, 18, 30), viewer_zones=[NY])
        after = _event(s, start=local(ROME, 2027, 4, 1, 18, 30), viewer_zones=[NY])
        for ev in (before, between, after):
            agenda.add_session(s, ev.id, title="Talk", duration_minutes=30)
        got = [agenda.build_schedule(s, ev.id).rows[0].times for ev in (before, between, after)]
    assert got == [
        ("18:30–19:00 CET", "12:30–13:00 EST"),
        ("18:30–19:00 CET", "13:30–14:00 EDT"),
        ("18:30–19:00 CEST", "12:30–13:00 EDT"),
    ]


def test_eu_last_sunday_of_march_a_session_across_the_switch(store):
    # Europe/Rome jumps from 02:00 CET to 03:00 CEST on Sunday 28 March 2027.
    with store.session() as s:
        ev = _event(s, start=local(ROME, 2027, 3, 28, 0, 30), hours=5, viewer_zones=[NY])
        ids = _plan(s, ev.id, [("Night talk", 60), ("Across the switch", 60), ("Dawn", 30)])
        sched = agenda.build_schedule(s, ev.id)
        with pytest.raises(ValidationError, match="does not exist"):
            local(ROME, 2027, 3, 28, 2, 30)
    times = {r.title: r.times for r in sched.rows}
    assert times["Night talk"] == ("00:30–01:30 CET", "19:30–20:30 EDT")
    # 60 real minutes from 01:30 CET end at 03:30 CEST, not 02:30
    assert times["Across the switch"][0] == "01:30 CET–03:30 CEST"
    assert times["Dawn"][0] == "03:30–04:00 CEST"
    with store.session() as s:
        agenda.set_duration(s, ids["Night talk"], 45)
    assert _times(store, ev.id) == {
        "Night talk": "00:30",
        "Across the switch": "01:15",
        "Dawn": "03:15",
    }


def test_us_second_sunday_of_march_a_session_across_the_switch(store):
    # America/New_York jumps from 02:00 EST to 03:00 EDT on Sunday 14 March 2027.
    with store.session() as s:
        ev = events.create_event(
            s,
            title="Night stream",
            starts_at=local(NY, 2027, 3, 14, 0, 30),
            ends_at=local(NY, 2027, 3, 14, 5, 0),
            timezone=NY,
            viewer_zones=[ROME],
        )
        _plan(s, ev.id, [("Opening", 60), ("Across the switch", 60)])
        sched = agenda.build_schedule(s, ev.id)
    times = {r.title: r.times for r in sched.rows}
    assert times["Opening"] == ("00:30–01:30 EST", "06:30–07:30 CET")
    assert times["Across the switch"] == ("01:30 EST–03:30 EDT", "07:30–08:30 CET")


def test_remote_speaker_sees_the_session_in_their_own_zone(store):
    with store.session() as s:
        ev = _event(s, start=local(ROME, 2027, 3, 18, 18, 30))
        amara = speakers.create_speaker(s, name="Amara", timezone=NY, remote=True).id
        ids = _plan(s, ev.id, [("Welcome", 15), ("Forecasting outbreaks", 30)])
        agenda.set_speakers(s, ids["Forecasting outbreaks"], [(amara, "speaker")])
        view = agenda.speaker_view(s, amara, ev.id)
    assert [v.title for v in view] == ["Forecasting outbreaks"]
    assert view[0].local_time == "Thu 18 Mar 2027, 13:45 EDT (America/New_York) to 14:15 EDT"
    assert view[0].event_time == "Thu 18 Mar 2027, 18:45 CET (Europe/Rome)"
