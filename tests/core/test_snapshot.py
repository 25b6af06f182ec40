"""Snapshot and restore by the schema's foreign keys: ids survive, nothing listed by hand."""

from __future__ import annotations

from sqlalchemy import func, select

from organiser import agenda, events, speakers, tickets, venues
from organiser.models import Attendee, Base, Event, EventSession, SessionSpeaker
from organiser.snapshot import Scope, around, around_create, restore, take


def _agenda(s, event_id):
    return [(x.id, x.position, x.title, x.starts_at) for x in agenda.list_sessions(s, event_id)]


def test_an_event_snapshot_holds_every_table_that_cascades_from_it(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:  # the sample has no ticket codes: give one person an Eventbrite one
        person = s.scalars(select(Attendee.id).where(Attendee.event_id == event_id)).first()
        assert person is not None
        tickets.add_codes(s, person, event_id, [("eventbrite", "1234567890123")])
    with store.session() as s:
        snap = take(s, Scope.row(Event, event_id))
    codes = [r["value"] for r in snap.rows.get("ticket_codes", {}).values()]
    assert codes == ["1234567890123"]
    cascading = {
        t.name
        for t in Base.metadata.sorted_tables
        for fk in t.foreign_keys
        if fk.column.table.name in {"events", "sessions"} and fk.ondelete == "CASCADE"
    }
    assert cascading <= {name for name, rows in snap.rows.items() if rows}


def test_a_deleted_session_comes_back_with_its_id_line_up_and_place(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        before_agenda = _agenda(s, event_id)
        victim = agenda.list_sessions(s, event_id)[1]
        sid = victim.id
        line_up = sorted(
            s.scalars(select(SessionSpeaker.speaker_id).where(SessionSpeaker.session_id == sid))
        )
        scope = [Scope.children(EventSession, event_id=event_id)]
        _, before, after = around(s, scope, lambda: agenda.delete_session(s, sid))
    with store.session() as s:
        assert sid not in [x[0] for x in _agenda(s, event_id)]
        restore(s, before, expect=after)
    with store.session() as s:
        assert _agenda(s, event_id) == before_agenda
        assert line_up == sorted(
            s.scalars(select(SessionSpeaker.speaker_id).where(SessionSpeaker.session_id == sid))
        )
        restore(s, after, expect=before)  # redo
    with store.session() as s:
        assert sid not in [x[0] for x in _agenda(s, event_id)]


def test_an_edit_undoes_to_the_old_values_and_redoes(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        old_title = events.get_event(s, event_id).title
        _, before, after = around(
            s,
            [Scope.row(Event, event_id, tree=False)],
            lambda: events.update_event(s, event_id, title="Renamed"),
        )
        assert before.count() == 1  # only the row: no attendees copied for a rename
    with store.session() as s:
        restore(s, before, expect=after)
    with store.session() as s:
        assert events.get_event(s, event_id).title == old_title
        restore(s, after, expect=before)
    with store.session() as s:
        assert events.get_event(s, event_id).title == "Renamed"
        events.update_event(s, event_id, title="Again")  # the version still checks out


def test_a_create_undoes_to_nothing_and_redoes_with_the_same_id(store) -> None:
    with store.session() as s:
        venue, before, after = around_create(
            s, lambda: venues.create_venue(s, name="Loft"), lambda v: [Scope.row("venues", v.id)]
        )
        vid = venue.id
    with store.session() as s:
        restore(s, before, expect=after)
    with store.session() as s:
        assert venues.list_venues(s) == []
        restore(s, after, expect=before)
    with store.session() as s:
        assert [v.id for v in venues.list_venues(s)] == [vid]


def test_a_deleted_venue_is_linked_again_to_its_events(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        venue_id = events.get_event(s, event_id).venue_id
        _, before, after = around(
            s, [Scope.row("venues", venue_id)], lambda: venues.delete_venue(s, venue_id)
        )
    with store.session() as s:
        assert events.get_event(s, event_id).venue_id is None
        restore(s, before, expect=after)
    with store.session() as s:
        assert events.get_event(s, event_id).venue_id == venue_id


def test_a_deleted_speaker_comes_back_on_their_sessions(demo_store) -> None:
    store, event_id = demo_store
    with store.session() as s:
        amara = next(x for x in speakers.list_speakers(s) if x.name == "Amara Okafor")
        links = s.scalar(select(func.count()).where(SessionSpeaker.speaker_id == amara.id))
        assert links
        _, before, after = around(
            s, [Scope.row("speakers", amara.id)], lambda: speakers.delete_speaker(s, amara.id)
        )
    with store.session() as s:
        restore(s, before, expect=after)
    with store.session() as s:
        assert s.scalar(select(func.count()).where(SessionSpeaker.speaker_id == amara.id)) == links
