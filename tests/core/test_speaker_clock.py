"""A remote speaker's clock: their local times per session and a warning at night.

Times are checked against what a speaker in New York would read on their own
wall clock, including the weeks when only one side of the Atlantic has
changed to or from daylight saving time.
"""

from __future__ import annotations

import pytest

from organiser import agenda, events, speakers, streaming
from organiser.speaker_clock import clock_for, event_clocks, outside_hours
from organiser.timeutil import local

ROME = "Europe/Rome"
NEW_YORK = "America/New_York"


def _clock(start, minutes=30, lang=None, zone=NEW_YORK):
    from organiser.i18n import translator

    return clock_for(
        "Ada Lovelace",
        zone,
        start,
        start.add(minutes=minutes),
        event_zone=ROME,
        t=translator(lang),
    )


def test_new_york_speaker_at_half_past_six_in_rome_in_december_reads_half_past_twelve():
    c = _clock(local(ROME, 2026, 12, 17, 18, 30))
    assert c.text == "12:30–13:00 EST"
    assert (c.starts_local.hour, c.starts_local.minute) == (12, 30)
    assert c.label == "12:30–13:00 EST New York"
    assert not c.outside and c.warning == ""


def test_three_in_the_morning_warns_with_name_times_and_zone():
    c = _clock(local(ROME, 2026, 12, 17, 9, 0))
    assert c.outside
    assert c.warning == "Ada Lovelace: 03:00–03:30 in America/New_York, outside 08:00–21:00."


def test_warning_in_the_output_language_and_its_clock():
    start = local(ROME, 2026, 12, 17, 9, 0)
    us = _clock(start, lang="en-US")
    assert us.warning == (
        "Ada Lovelace: 3:00 AM–3:30 AM in America/New_York, outside 8:00 AM–9:00 PM."
    )
    it = _clock(start, lang="it")
    assert it.warning == (
        "Ada Lovelace: 03:00–03:30 nel fuso America/New_York, fuori dalla fascia 08:00–21:00."
    )
    assert it.place == "New York"
    de = _clock(start, lang="de")
    assert "außerhalb von 08:00–21:00" in de.warning


def test_the_weeks_between_the_two_dst_changes_shift_the_gap_to_five_hours():
    # The US springs forward on 14 March 2027, Europe only on 28 March.
    between = _clock(local(ROME, 2027, 3, 18, 18, 30))
    assert between.text == "13:30–14:00 EDT"
    after = _clock(local(ROME, 2027, 4, 1, 18, 30))
    assert after.text == "12:30–13:00 EDT"
    winter = _clock(local(ROME, 2027, 3, 4, 18, 30))
    assert winter.text == "12:30–13:00 EST"


def test_a_session_across_the_new_york_fall_back_names_both_abbreviations():
    # 1 November 2026: New York's clocks go back from 02:00 EDT to 01:00 EST.
    c = _clock(local(ROME, 2026, 11, 1, 6, 30), minutes=60)
    assert c.text == "01:30 EDT–01:30 EST"
    assert c.outside


def test_the_day_runs_from_eight_to_nine_and_a_session_past_midnight_is_outside():
    # 14:00 Rome is 08:00 in New York in December; 03:00 Rome is 21:00 the day before.
    assert not outside_hours(
        local(ROME, 2026, 12, 17, 14, 0), local(ROME, 2026, 12, 17, 14, 30), NEW_YORK
    )
    assert outside_hours(
        local(ROME, 2026, 12, 17, 13, 59), local(ROME, 2026, 12, 17, 14, 30), NEW_YORK
    )
    assert not outside_hours(
        local(ROME, 2026, 12, 18, 2, 30), local(ROME, 2026, 12, 18, 3, 0), NEW_YORK
    )
    assert outside_hours(
        local(ROME, 2026, 12, 18, 2, 30), local(ROME, 2026, 12, 18, 3, 1), NEW_YORK
    )
    tokyo = _clock(local(ROME, 2026, 12, 17, 18, 30), zone="Asia/Tokyo")
    assert tokyo.text == "02:30–03:00 JST (Fri 18 Dec)" and tokyo.outside


@pytest.fixture
def morning_demo(demo_store):
    """The demo moved to 08:15 in Rome on 17 December: Amara's talk is 03:00 in New York."""
    store, ev_id = demo_store
    with store.session() as s:
        events.update_event(s, ev_id, starts_at=local(ROME, 2026, 12, 17, 8, 15))
    return store, ev_id


def _amara(s):
    return next(sp for sp in speakers.list_speakers(s) if sp.name == "Amara Okafor")


def test_demo_event_gives_the_remote_speaker_a_clock_and_nobody_else(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        events.update_event(s, ev_id, starts_at=local(ROME, 2026, 12, 17, 18, 30))
        clocks = event_clocks(s, ev_id)
        talk = next(x for x in agenda.list_sessions(s, ev_id) if "Forecasting" in x.title)
        rome = talk.starts_at.in_timezone(ROME).format("HH:mm")
    assert {c.name for c in clocks} == {"Amara Okafor"}  # on-site speakers live on Rome time
    mine = next(c for c in clocks if c.session_id == talk.id)
    assert rome == "19:15" and mine.text == "13:15–13:45 EST"
    assert not any(c.outside for c in clocks)
    with store.session() as s:
        assert [w for w in agenda.check_agenda(s, ev_id) if w.kind == "speaker_hours"] == []


def test_morning_demo_warns_in_the_agenda_and_the_stream_readiness(morning_demo):
    store, ev_id = morning_demo
    with store.session() as s:
        warnings = [w for w in agenda.check_agenda(s, ev_id) if w.kind == "speaker_hours"]
        talk = next(x for x in agenda.list_sessions(s, ev_id) if "Forecasting" in x.title)
        sched = agenda.build_schedule(s, ev_id)
        ready = streaming.readiness(s, ev_id)
        italian = [
            w.message for w in agenda.check_agenda(s, ev_id, "it") if w.kind == "speaker_hours"
        ]
    messages = [w.message for w in warnings]
    assert "Amara Okafor: 03:00–03:30 in America/New_York, outside 08:00–21:00." in messages
    assert len(messages) == 2  # the talk and the panel
    assert any(talk.id in w.session_ids for w in warnings)
    row = next(r for r in sched.rows if r.session_id == talk.id)
    assert "Outside a speaker's day" in row.warning_summary
    assert row.clocks[0].text == "03:00–03:30 EST"
    assert any(m.kind == "speaker_hours" and m.session_id == talk.id for m in ready)
    assert any("nel fuso America/New_York" in m for m in italian)


def test_on_site_speaker_with_a_far_home_zone_gets_no_clock(morning_demo):
    store, ev_id = morning_demo
    with store.session() as s:
        amara = _amara(s)
        speakers.update_speaker(s, amara.id, remote=False)
        assert event_clocks(s, ev_id) == []
        speakers.update_speaker(s, amara.id, remote=True, timezone=ROME)
        assert event_clocks(s, ev_id) == []  # remote, but on the event's own clock
