"""Team mode: two organisers save the same record; the second gets a clear conflict.

Two Store objects on the same database play the two laptops. Runs on SQLite
and, with ORGANISER_TEST_DATABASE_URL set, on the real PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pendulum
import pytest
from sqlalchemy import select

from organiser import events, speakers, venues
from organiser.errors import ConflictError
from organiser.models import Event, Speaker, Venue
from organiser.store import Store


@pytest.fixture
def two_laptops(db_url: str) -> Iterator[tuple[Store, Store, int, int, int]]:
    alice = Store(db_url)
    bob = Store(db_url)
    with alice.session() as s:
        start = pendulum.datetime(2026, 12, 10, 18, 30, tz="Europe/Rome")
        ev = events.create_event(
            s,
            title="ML Rome #42",
            starts_at=start,
            ends_at=start.add(hours=3),
            timezone="Europe/Rome",
        )
        sp = speakers.create_speaker(s, name="Giulia Conti", bio="Researcher.")
        ve = venues.create_venue(s, name="Talent Garden")
        ids = (ev.id, sp.id, ve.id)
    try:
        yield alice, bob, *ids
    finally:
        alice.close()
        bob.close()


def _row(store: Store, model: type, obj_id: int):
    with store.session() as s:
        return s.get(model, obj_id)


def test_second_save_of_a_speaker_gets_both_values_and_overwrites_nothing(two_laptops):
    alice, bob, _ev, sp_id, _ve = two_laptops
    with pytest.raises(ConflictError) as caught, bob.session() as bs:
        editing = speakers.get_speaker(bs, sp_id)  # Bob opens the editor ...
        with alice.session() as a_s:  # ... Alice saves first
            speakers.update_speaker(a_s, sp_id, bio="Researcher in medical imaging.")
        assert editing.version == 1
        speakers.update_speaker(bs, sp_id, bio="Keynote speaker.")  # Bob saves
    msg = str(caught.value)
    assert "Someone else changed this speaker" in msg
    assert "their version 2, yours 1" in msg
    assert "Researcher in medical imaging." in msg and "Keynote speaker." in msg
    assert caught.value.mine == {"bio": "Keynote speaker."}
    assert caught.value.theirs == {"bio": "Researcher in medical imaging."}
    saved = _row(alice, Speaker, sp_id)
    assert saved.bio == "Researcher in medical imaging." and saved.version == 2


def test_second_save_of_an_event_from_an_old_editor_is_refused(two_laptops):
    """The GUI path: the editor remembers the version it loaded, each save is a short session."""
    alice, bob, ev_id, _sp, _ve = two_laptops
    loaded_version = _row(bob, Event, ev_id).version
    with alice.session() as s:
        events.update_event(s, ev_id, title="ML Rome #42: Learning from little data")
    with pytest.raises(ConflictError) as caught, bob.session() as s:
        events.update_event(
            s, ev_id, expected_version=loaded_version, title="ML Rome #42 (moved online)"
        )
    msg = str(caught.value)
    assert "Learning from little data" in msg and "moved online" in msg
    assert "their version 2, yours 1" in msg
    assert _row(alice, Event, ev_id).title == "ML Rome #42: Learning from little data"


def test_concurrent_venue_saves_and_a_retry_after_reloading(two_laptops):
    alice, bob, _ev, _sp, ve_id = two_laptops
    with (
        pytest.raises(ConflictError, match="capacity: theirs “120”, yours “80”"),
        bob.session() as bs,
    ):
        editing = venues.get_venue(bs, ve_id)
        with alice.session() as a_s:
            venues.update_venue(a_s, ve_id, capacity=120)
        assert editing.capacity is None
        venues.update_venue(bs, ve_id, capacity=80)
    assert _row(alice, Venue, ve_id).capacity == 120
    # Bob reloads, sees 120, and decides: his save now goes through
    current = _row(bob, Venue, ve_id)
    with bob.session() as s:
        venues.update_venue(s, ve_id, expected_version=current.version, capacity=100)
    after = _row(alice, Venue, ve_id)
    assert after.capacity == 100 and after.version == 3


def test_editing_a_speaker_someone_deleted(two_laptops):
    alice, bob, _ev, sp_id, _ve = two_laptops
    with pytest.raises(ConflictError, match="deleted this speaker"), bob.session() as bs:
        editing = speakers.get_speaker(bs, sp_id)
        with alice.session() as a_s:
            speakers.delete_speaker(a_s, sp_id)
        editing.bio = "Too late."  # the editor writes into the object it holds
        bs.flush()
    with alice.session() as s:
        assert s.scalars(select(Speaker)).all() == []


def test_unrelated_edits_by_two_organisers_both_land(two_laptops):
    alice, bob, ev_id, sp_id, _ve = two_laptops
    with bob.session() as bs:
        editing = speakers.get_speaker(bs, sp_id)
        with alice.session() as a_s:
            events.update_event(a_s, ev_id, capacity=90)
        speakers.update_speaker(bs, editing.id, pronouns="she/her")
    assert _row(alice, Event, ev_id).capacity == 90
    assert _row(alice, Speaker, sp_id).pronouns == "she/her"
