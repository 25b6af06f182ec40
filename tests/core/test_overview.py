import pendulum
import pytest
from sqlalchemy import func, select

from organiser import agenda, events, speakers, venues
from organiser.demo import HISTORY
from organiser.models import Attendee, ChecklistItem, Event, EventSession, SessionSpeaker, Venue
from organiser.overview import (
    event_overview,
    event_summaries,
    has_events,
    session_summaries,
    speaker_summaries,
    venue_summaries,
)
from organiser.snapshot import (
    restore,
    snapshot_event,
    snapshot_session,
    snapshot_speaker,
    snapshot_venue,
)
from organiser.timeutil import local


def _event(s, title, start, **kw):
    return events.create_event(
        s, title=title, starts_at=start, ends_at=start.add(hours=2), timezone="Europe/Rome", **kw
    )


def test_sidebar_lists_upcoming_soonest_first_then_past_latest_first(store):
    now = pendulum.datetime(2026, 6, 1, tz="UTC")
    with store.session() as s:
        assert not has_events(s)
        _event(s, "Past old", local("Europe/Rome", 2026, 1, 10, 18))
        _event(s, "Future far", local("Europe/Rome", 2026, 9, 10, 18))
        _event(s, "Past recent", local("Europe/Rome", 2026, 5, 10, 18))
        _event(s, "Future near", local("Europe/Rome", 2026, 6, 10, 18))
    with store.session() as s:
        assert has_events(s)
        titles = [e.title for e in event_summaries(s, now)]
    assert titles == ["Future near", "Future far", "Past recent", "Past old"]


def test_overview_counts_the_demo_meetup(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        ov = event_overview(s, event_id)
        going_sql = s.scalar(
            select(func.count()).where(Attendee.event_id == event_id, Attendee.rsvp == "going")
        )
    assert ov.going == going_sql and ov.going > 30
    assert ov.waitlist == 3 and ov.not_going == 2
    assert ov.venue_name == "Talent Garden Ostiense"
    assert ov.capacity == 70  # the event's own limit is tighter than the room's 80
    assert ov.format_label == "Hybrid"
    assert ov.stream_links == 2 and ov.venue_closing_time == "22:30"
    assert ov.sessions == 6 and ov.speakers == 4
    assert ov.countdown().phase == "before"
    # The sample meetup comes with its checklists: one readiness row per speaker.
    assert {r.name for r in ov.readiness.rows} == {
        "Giulia Conti",
        "Amara Okafor",
        "Kenji Watanabe 渡辺健二",
        "Priya Raman",
    }
    assert ov.checklist_total > 0 and ov.next_items


def test_checklist_progress_next_items_and_readiness_grid(store):
    now = pendulum.datetime(2026, 6, 1, 12, tz="UTC")
    with store.session() as s:
        ev = _event(s, "With checklist", local("Europe/Rome", 2026, 6, 20, 18))
        a = speakers.create_speaker(s, name="Ada", remote=True)
        b = speakers.create_speaker(s, name="Bo")
        s.add_all(
            [
                ChecklistItem(
                    event_id=ev.id,
                    title="Book venue",
                    position=0,
                    due_at=now.subtract(days=2),
                    done_at=now.subtract(days=3),
                ),
                ChecklistItem(
                    event_id=ev.id, title="Announce", position=1, due_at=now.subtract(days=1)
                ),
                ChecklistItem(
                    event_id=ev.id, title="Order pizza", position=2, due_at=now.add(days=5)
                ),
                ChecklistItem(
                    event_id=ev.id,
                    speaker_id=a.id,
                    title="Slides",
                    position=3,
                    due_at=now.add(days=3),
                    done_at=now,
                ),
                ChecklistItem(
                    event_id=ev.id,
                    speaker_id=a.id,
                    title="Tech check",
                    position=4,
                    due_at=now.subtract(hours=1),
                ),
                ChecklistItem(
                    event_id=ev.id,
                    speaker_id=b.id,
                    title="Slides",
                    position=3,
                    due_at=now.add(days=3),
                ),
            ]
        )
    with store.session() as s:
        ov = event_overview(s, ev.id, now)
    assert (ov.checklist_done, ov.checklist_total, ov.overdue) == (2, 6, 2)
    assert [i.title for i in ov.next_items][:2] == ["Announce", "Tech check"]
    assert ov.next_items[0].overdue and not ov.next_items[-1].overdue
    assert ov.next_items[1].speaker_name == "Ada"
    # Calendar days in the event's zone: 14:00 Rome yesterday is -1, in 5 days is 5.
    assert ov.next_items[0].days_left == -1 and ov.next_items[-1].days_left == 5
    assert ov.readiness.columns == ("Slides", "Tech check")
    grid = {r.name: r.cells for r in ov.readiness.rows}
    assert grid == {"Ada": ("done", "overdue"), "Bo": ("open", "none")}


def test_lists_count_with_aggregates(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        v = venue_summaries(s)
        on_stage = speaker_summaries(s, event_id)
        sessions = session_summaries(s, event_id)
    # the sample meetup and the four before it, all at the same venue
    assert [(x.name, x.events) for x in v] == [("Talent Garden Ostiense", 1 + len(HISTORY))]
    priya = next(x for x in on_stage if x.name == "Priya Raman")
    assert priya.sessions == 2
    panel = next(x for x in sessions if x.kind == "panel")
    assert panel.speakers == ("Priya Raman", "Amara Okafor", "Kenji Watanabe 渡辺健二")


def _count(s, model):
    return s.scalar(select(func.count()).select_from(model))


def test_deleted_event_comes_back_whole(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        before = {m: _count(s, m) for m in (Event, EventSession, SessionSpeaker, Attendee)}
        snap = snapshot_event(s, event_id)
        events.delete_event(s, event_id)
    with store.session() as s:
        left = s.scalar(select(func.count()).where(Attendee.event_id == event_id))
        assert left == 0 and _count(s, Attendee) < before[Attendee]
        restore(s, snap)
    with store.session() as s:
        after = {m: _count(s, m) for m in (Event, EventSession, SessionSpeaker, Attendee)}
        assert events.get_event(s, event_id).title.startswith("ML Rome")
    assert after == before


def test_deleted_venue_speaker_and_session_come_back_linked(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        venue_id = events.get_event(s, event_id).venue_id
        vsnap = snapshot_venue(s, venue_id)
        venues.delete_venue(s, venue_id)
        amara = next(x for x in speakers.list_speakers(s) if x.name == "Amara Okafor")
        spsnap = snapshot_speaker(s, amara.id)
        speakers.delete_speaker(s, amara.id)
        first = agenda.list_sessions(s, event_id)[0]
        sesnap = snapshot_session(s, first.id)
        agenda.delete_session(s, first.id)
    with store.session() as s:
        assert events.get_event(s, event_id).venue_id is None
        # Undo order: the last delete first.
        restore(s, sesnap)
        restore(s, spsnap)
        restore(s, vsnap)
    with store.session() as s:
        assert events.get_event(s, event_id).venue_id == venue_id
        order = [x.title for x in agenda.list_sessions(s, event_id)]
        assert order[0] == "Welcome and community news"
        assert [x.position for x in agenda.list_sessions(s, event_id)] == list(range(6))
        panel = [x for x in session_summaries(s, event_id) if x.kind == "panel"][0]
        assert "Amara Okafor" in panel.speakers


def test_restore_refuses_a_clash_clearly(store):
    from organiser.errors import OrganiserError

    with store.session() as s:
        v = venues.create_venue(s, name="Hall")
        snap = snapshot_venue(s, v.id)
        venues.delete_venue(s, v.id)
        gone = snapshot_venue(s, v.id)
        venues.create_venue(s, name="Hall")  # on SQLite it may even take the freed id
    with pytest.raises(OrganiserError, match="cannot be brought back"), store.session() as s:
        restore(s, snap, expect=gone)
    with store.session() as s:
        assert _count(s, Venue) == 1


def test_attendance_trend_counts_only_the_latest_events_in_order(store):
    from organiser.overview import attendance_trend

    with store.session() as s:
        made = []
        for i, (going, came) in enumerate(((5, 1), (8, 6), (3, 3))):
            ev = _event(s, f"E{i}", local("Europe/Rome", 2026, 2 + i, 10, 18))
            made.append(ev)
            for k in range(going + 2):
                s.add(
                    Attendee(
                        event_id=ev.id,
                        first_name=f"P{k}",
                        rsvp="going" if k < going else "waitlist",
                        checked_in_at=ev.starts_at if k < came else None,
                    )
                )
        later = _event(s, "Future", local("Europe/Rome", 2026, 9, 10, 18))
    with store.session() as s:
        points = attendance_trend(s, before=made[2].starts_at, limit=2)
    assert [(p.title, p.going, p.checked_in) for p in points] == [("E1", 8, 6), ("E2", 3, 3)]
    assert later.id not in [p.event_id for p in points]
