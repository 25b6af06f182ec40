"""Typed change sets: what a unit of work wrote, collected without the core saying so."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from organiser import agenda, attendees, checkin, events, venues
from organiser.changes import ChangeSet, Kind, kinds_of_table, track
from organiser.models import Attendee, Base, EventSession

DATA = Path(__file__).parent.parent / "data" / "attendees"


def test_every_table_stands_for_some_kind() -> None:
    for table in Base.metadata.sorted_tables:
        assert kinds_of_table(table.name), table.name


def test_a_link_table_stands_for_both_ends() -> None:
    assert kinds_of_table("session_speakers") == {Kind.SESSION, Kind.SPEAKER}


def test_reading_changes_nothing(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s, track(s) as changes:
        agenda.list_sessions(s, event_id)
        events.get_event(s, event_id)
    assert not changes.result


def test_deleting_a_session_names_it_and_what_the_database_cascades(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        sid = s.scalars(select(EventSession.id).where(EventSession.event_id == event_id)).first()
    with store.session() as s, track(s) as changes:
        agenda.delete_session(s, sid)
    result = changes.result
    assert sid in result.ids(Kind.SESSION)  # type: ignore[operator]
    # Its speakers' line-up and stream links went with it (ids unknown to us).
    assert Kind.SPEAKER in result and Kind.STREAM_LINK in result
    assert Kind.ATTENDEE not in result and Kind.VENUE not in result


def test_an_edit_names_the_row_and_only_its_kind(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s, track(s) as changes:
        events.update_event(s, event_id, title="Renamed meetup")
    assert changes.result == ChangeSet.of(Kind.EVENT, ids=[event_id])


def test_a_check_in_is_a_check_in_not_an_attendee_edit(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        aid = s.scalars(
            select(Attendee.id).where(
                Attendee.event_id == event_id,
                Attendee.checked_in_at.is_(None),
                Attendee.rsvp == "going",
            )
        ).first()
    with store.session() as s, track(s) as changes:
        checkin.check_in(s, event_id, aid)
    assert changes.result == ChangeSet.of(Kind.CHECKIN, ids=[aid])


def test_a_bulk_import_through_driver_sql_is_seen(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        new = events.create_event(
            s,
            title="Empty",
            starts_at=events.get_event(s, event_id).starts_at,
            ends_at=events.get_event(s, event_id).ends_at,
            timezone="Europe/Berlin",
        ).id
    with store.session() as s, track(s) as changes:
        report = attendees.import_file(s, new, DATA / "meetup-attendees.csv")
    assert report.added > 0
    assert Kind.ATTENDEE in changes.result
    assert Kind.SESSION not in changes.result


def test_deleting_a_venue_reaches_the_events_it_was_cleared_from(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        venue_id = events.get_event(s, event_id).venue_id
    assert venue_id is not None
    with store.session() as s, track(s) as changes:
        venues.delete_venue(s, venue_id)
    assert venue_id in changes.result.ids(Kind.VENUE)  # type: ignore[operator]
    assert Kind.EVENT in changes.result


def test_merging_keeps_unknown_as_unknown() -> None:
    a = ChangeSet.of(Kind.SESSION, ids=[1])
    b = ChangeSet.of(Kind.SESSION)
    c = ChangeSet.of(Kind.SESSION, ids=[2]) | a
    assert (a | b).ids(Kind.SESSION) is None
    assert c.ids(Kind.SESSION) == {1, 2}
    assert c.ids(Kind.EVENT) == frozenset()
    assert ChangeSet.everything().touches(Kind.LAYOUT)


def test_a_statement_names_ids_only_when_its_where_pins_them(demo_store) -> None:
    from sqlalchemy import update

    store, event_id = demo_store
    with store.session() as s:
        ids = list(s.scalars(select(Attendee.id).where(Attendee.event_id == event_id).limit(2)))
    with store.session() as s, track(s) as by_ids:
        s.execute(update(Attendee).where(Attendee.id.in_(ids)).values(company="Acme"))
    assert by_ids.result == ChangeSet.of(Kind.ATTENDEE, ids=ids)
    with store.session() as s, track(s) as by_event:
        s.execute(update(Attendee).where(Attendee.event_id == event_id).values(company="Acme"))
    assert by_event.result == ChangeSet.of(Kind.ATTENDEE)  # which rows: unknown
