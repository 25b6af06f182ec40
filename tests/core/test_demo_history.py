"""The sample meetup comes with the ML Rome meetups before it, so the stats have a story."""

from __future__ import annotations

from sqlalchemy import func, select

from organiser import stats
from organiser.demo import HISTORY, REPEAT_NO_SHOWS, create_demo, has_history
from organiser.models import Attendee, ChecklistItem, Event, EventSession, SessionSpeaker, Speaker


def test_history_gives_a_trend_with_a_realistic_no_show_rate(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        trend = stats.attendance_trend(s, through_event=event_id)
        upcoming = s.get(Event, event_id)
        past = [s.get(Event, t.event_id) for t in trend[:-1]]
    assert [t.event_id for t in trend][-1] == event_id
    assert [e.title.split(":")[0] for e in past] == [f"ML Rome #{h['number']}" for h in HISTORY]
    assert {e.status for e in past} == {"done"} and {e.venue_id for e in past} == {
        upcoming.venue_id
    }
    # monthly, on a weekday evening in Rome
    starts = [e.starts_at for e in [*past, upcoming]]
    gaps = [(b - a).in_days() for a, b in zip(starts, starts[1:], strict=False)]
    assert all(26 <= g <= 37 for g in gaps), gaps
    for e in past:
        local = e.starts_at.in_timezone("Europe/Rome")
        assert (local.hour, local.minute, local.day_of_week) == (18, 30, 3)
    rates = [t.no_show_rate for t in trend[:-1]]
    assert all(r is not None and 0.30 <= r <= 0.45 for r in rates), rates
    assert len({round(r or 0, 2) for r in rates}) > 1  # a trend, not a flat line
    total_going = sum(t.going for t in trend[:-1])
    total_no_show = sum(t.no_shows for t in trend[:-1])
    assert 0.30 <= total_no_show / total_going <= 0.45
    assert all(t.walk_ins >= 1 for t in trend[:-1])
    assert trend[-1].checked_in == 0 and trend[-1].no_show_rate is None


def test_two_regulars_are_repeat_no_shows_and_going_again(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        flagged = stats.repeat_no_shows(s)
        marked = stats.flagged_attendees(s, event_id)
        coming = {a.id: a for a in s.scalars(select(Attendee).where(Attendee.event_id == event_id))}
    assert sorted(p.email for p in flagged) == sorted(REPEAT_NO_SHOWS)
    assert all(p.count >= 2 for p in flagged)
    assert len(marked) == 2
    assert {coming[i].email for i in marked} == set(REPEAT_NO_SHOWS)
    assert {coming[i].rsvp for i in marked} == {"going"}


def test_past_meetups_are_finished_work(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        past_ids = list(s.scalars(select(Event.id).where(Event.id != event_id)))
        open_items = s.scalar(
            select(func.count()).where(
                ChecklistItem.event_id.in_(past_ids), ChecklistItem.done_at.is_(None)
            )
        )
        per_event = dict(
            s.execute(
                select(ChecklistItem.event_id, func.count())
                .where(ChecklistItem.event_id.in_(past_ids))
                .group_by(ChecklistItem.event_id)
            ).all()
        )
        speaker_items = s.scalar(
            select(func.count()).where(
                ChecklistItem.event_id.in_(past_ids), ChecklistItem.speaker_id.is_not(None)
            )
        )
        # done before it was due, never in the future
        late = s.scalar(
            select(func.count()).where(
                ChecklistItem.event_id.in_(past_ids), ChecklistItem.done_at > ChecklistItem.due_at
            )
        )
        # the same speakers come back through the speaker library
        kenji = s.scalar(select(Speaker).where(Speaker.email == "kenji.watanabe@example.jp"))
        kenji_events = set(
            s.scalars(
                select(EventSession.event_id)
                .join(SessionSpeaker, SessionSpeaker.session_id == EventSession.id)
                .where(SessionSpeaker.speaker_id == kenji.id)
            )
        )
        # check-ins happen at the door on the evening
        checkins = list(
            s.execute(
                select(Attendee.checked_in_at, Event.starts_at)
                .join(Event, Event.id == Attendee.event_id)
                .where(Attendee.event_id.in_(past_ids), Attendee.checked_in_at.is_not(None))
            )
        )
    assert len(past_ids) == len(HISTORY)
    assert open_items == 0 and late == 0
    assert set(per_event) == set(past_ids) and min(per_event.values()) > 40
    assert speaker_items > 0
    assert event_id in kenji_events and len(kenji_events) >= 3
    for came, start in checkins:
        minutes = (came - start).total_seconds() / 60
        assert -30 <= minutes <= 90


def test_history_is_added_once(store):
    with store.session() as s:
        assert not has_history(s)
        first = create_demo(s).id
        assert has_history(s)
    with store.session() as s:
        second = create_demo(s).id
        titles = list(s.scalars(select(Event.title).order_by(Event.starts_at, Event.id)))
        people = s.scalar(select(func.count()).select_from(Attendee))
        per_event = s.scalar(select(func.count()).where(Attendee.event_id == second))
    assert second != first
    assert len(titles) == len(HISTORY) + 2
    assert titles[-2:] == [titles[-1]] * 2 and titles[-1].startswith("ML Rome #42")
    assert sum(t.startswith("ML Rome #38") for t in titles) == 1
    with store.session() as s:
        first_count = s.scalar(select(func.count()).where(Attendee.event_id == first))
    assert per_event == first_count and people > 2 * per_event
