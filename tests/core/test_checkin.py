"""Check-in at the door: search as you type, check in, undo, walk-ins, counters."""

from __future__ import annotations

import dataclasses

import pendulum
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from organiser import checkin as C
from organiser.demo import ATTENDEES
from organiser.errors import OrganiserError
from organiser.models import Attendee, Event


def names(results: list[C.Person]) -> list[str]:
    return [p.full_name for p in results]


def test_search_is_case_and_accent_insensitive(demo_store):
    store, eid = demo_store
    with store.session() as s:
        index = C.CheckinIndex.load(s, eid)
    assert len(index) == 44
    assert names(index.search("zoe")) == ["Zoë Müller-Łukasiewicz"]
    assert names(index.search("mueller")) == ["Zoë Müller-Łukasiewicz"]
    assert names(index.search("MÜLLER")) == ["Zoë Müller-Łukasiewicz"]
    assert names(index.search("lukas")) == ["Zoë Müller-Łukasiewicz"]
    assert "Søren Kierkegård" in names(index.search("soren"))
    assert "François Lefèvre" in names(index.search("francois lef"))
    assert names(index.search("guest03@")) == ["Zoë Müller-Łukasiewicz"]
    assert "Иван Петров" in names(index.search("иван"))
    assert "李 娜" in names(index.search("娜"))
    assert index.search("nobody-by-this-name") == []


def test_prefix_matches_and_going_people_first(demo_store):
    store, eid = demo_store
    with store.session() as s:
        index = C.CheckinIndex.load(s, eid)
    hits = names(index.search("gi"))
    assert hits[0].startswith("Gi")  # Giulia ... before names that only contain "gi"
    waitlisted = [p for p in index.search("") if p.rsvp != "going"]
    assert waitlisted and all(p.rsvp != "going" for p in index.search("")[-len(waitlisted) :])


def test_check_in_undo_and_counters(demo_store):
    store, eid = demo_store
    with store.session() as s:
        index = C.CheckinIndex.load(s, eid)
        before = C.counters(s, eid)
        cap = s.get(Event, eid).capacity
    going = sum(1 for row in ATTENDEES if row[4] == "going")
    assert before == C.Counters(checked_in=0, going=going, capacity=cap)
    zoe = index.search("zoe")[0]
    with store.session() as s:
        p = C.check_in(s, eid, zoe.id)
        index.put(p)
    assert p.checked_in_at is not None
    with store.session() as s:
        row = s.get(Attendee, zoe.id)
        assert row.checked_in_at == p.checked_in_at
        assert C.counters(s, eid).checked_in == 1
    assert index.counters(cap) == C.Counters(1, going, cap)
    first_time = p.checked_in_at
    with store.session() as s:  # a second Enter keeps the first time
        assert (
            C.check_in(s, eid, zoe.id, when=pendulum.now("UTC").add(hours=1)).checked_in_at
            == first_time
        )
        index.put(C.undo_check_in(s, eid, zoe.id))
    with store.session() as s:
        assert s.get(Attendee, zoe.id).checked_in_at is None
    assert index.counters(cap).checked_in == 0


def test_waitlisted_person_who_comes_becomes_going_and_restore_puts_it_back(demo_store):
    store, eid = demo_store
    with store.session() as s:
        jose = s.scalar(
            select(Attendee).where(Attendee.event_id == eid, Attendee.first_name == "José")
        )
        assert jose.rsvp == "waitlist"
        p = C.check_in(s, eid, jose.id)
        assert p.rsvp == "going"
        back = C.restore(s, eid, jose.id, checked_in_at=None, rsvp="waitlist")
    assert back.rsvp == "waitlist" and back.checked_in_at is None


def test_walk_in_is_added_checked_in_and_searchable(demo_store):
    store, eid = demo_store
    with store.session() as s:
        index = C.CheckinIndex.load(s, eid)
        p = C.add_walk_in(s, eid, first_name="Dvořák", last_name="Antonín", email="ad@example.cz")
        index.put(p)
    assert names(index.search("dvorak")) == ["Dvořák Antonín"]
    with store.session() as s:
        row = s.get(Attendee, p.id)
        assert row.source == "walk_in" and row.checked_in_at is not None and row.rsvp == "going"
        assert C.counters(s, eid).going == sum(1 for r in ATTENDEES if r[4] == "going") + 1


def test_walk_in_added_by_mistake_can_be_taken_back(demo_store):
    store, eid = demo_store
    with store.session() as s:
        before = C.counters(s, eid)
        p = C.add_walk_in(s, eid, first_name="Renée", last_name="Dvořák")
    with store.session() as s:
        assert C.counters(s, eid).checked_in == before.checked_in + 1
        gone = C.undo_walk_in(s, eid, p)
    assert gone.id == p.id
    with store.session() as s:
        assert s.get(Attendee, p.id) is None
        assert C.counters(s, eid) == before
        # nothing left to undo the second time, said in words
        with pytest.raises(OrganiserError, match="no longer on the list"):
            C.undo_walk_in(s, eid, p)


@pytest.mark.parametrize(
    "change, reason",
    [
        ("badge", "a badge was printed for them since"),
        ("recheck", "their check-in changed since"),
        ("edit", "their details were changed since"),
    ],
)
def test_walk_in_that_changed_since_stays(demo_store, change, reason):
    from organiser.attendees import update_attendee

    store, eid = demo_store
    with store.session() as s:
        p = C.add_walk_in(s, eid, first_name="Renée", last_name="Dvořák")
    with store.session() as s:  # another desk, or the Attendees page, meanwhile
        if change == "badge":
            s.get(Attendee, p.id).badge_printed_at = pendulum.now("UTC")
        elif change == "recheck":
            C.undo_check_in(s, eid, p.id)
            C.check_in(s, eid, p.id, when=pendulum.now("UTC").add(minutes=3))
        else:
            update_attendee(s, p.id, last_name="Dvořáková")
    with store.session() as s, pytest.raises(OrganiserError) as err:
        C.undo_walk_in(s, eid, p)
    assert reason in err.value.message and "Attendees page" in err.value.message
    with store.session() as s:
        assert s.get(Attendee, p.id) is not None


def test_undo_walk_in_leaves_people_from_the_list_alone(demo_store):
    store, eid = demo_store
    with store.session() as s:
        listed = s.scalar(select(Attendee).where(Attendee.event_id == eid))
        p = C.person(s, eid, listed.id)
        with pytest.raises(OrganiserError, match="not added at the door"):
            C.undo_walk_in(s, eid, p)
        assert s.get(Attendee, listed.id) is not None


def test_other_events_people_are_refused(demo_store):
    store, eid = demo_store
    with store.session() as s:
        some = s.scalar(select(Attendee).where(Attendee.event_id == eid))
        with pytest.raises(OrganiserError, match="another event"):
            C.check_in(s, eid + 1000, some.id)
        with pytest.raises(OrganiserError, match="no attendee"):
            C.check_in(s, eid, 999999)


def _row(i: int, first: str, last: str, key: str) -> C.Person:
    return C.Person(
        id=i,
        first_name=first,
        last_name=last,
        email="",
        company="",
        job_title="",
        role="attendee",
        rsvp="going",
        source="manual",
        checked_in_at=None,
        badge_printed_at=None,
        search_key=key,
        edited_fields=(),
    )


def test_index_update_keeps_order_and_removal():
    people = [
        _row(i, f, g, f"{f.lower()} {g.lower()}")
        for i, (f, g) in enumerate([("Bea", "B"), ("Al", "A"), ("Cy", "C")], start=1)
    ]
    index = C.CheckinIndex(1, people)
    assert names(index.search("")) == ["Al A", "Bea B", "Cy C"]
    index.put(_row(4, "Abe", "Z", "abe z"))
    assert names(index.search("")) == ["Abe Z", "Al A", "Bea B", "Cy C"]
    index.remove(2)
    assert names(index.search("a")) == ["Abe Z", "Bea B"]


def _person(i: int, first: str, last: str) -> C.Person:
    from organiser.attendees import attendee_search_key

    key = attendee_search_key(first, last, None, "")
    return _row(i, first, last, key)


# Letters of the scripts people type at the door, with accents and letters that do not
# decompose (ł, ß, ø); the query is what the person types, never pre-folded by the code.
DOOR_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzàáâãäåçèéêëìíîïñòóôõöøùúûüýÿłßæœđ"
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "李娜陈伟田中由紀민준김عمرحدادנועהלויप्रियाशर्माสมชายใจดี"
)
door_name = st.text(alphabet=DOOR_LETTERS + " ", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(st.tuples(door_name, door_name), min_size=1, max_size=20),
    pick=st.integers(min_value=0),
    start=st.integers(min_value=0),
    length=st.integers(min_value=1, max_value=6),
    shout=st.booleans(),
)
def test_any_part_of_a_name_typed_finds_the_person(names, pick, start, length, shout):
    people = [_person(i + 1, f, g) for i, (f, g) in enumerate(names)]
    index = C.CheckinIndex(1, people)
    target = people[pick % len(people)]
    words = f"{target.first_name} {target.last_name}".split()
    assume(words)
    word = words[start % len(words)]
    typed = word[:length].upper() if shout else word[:length]
    # typed letter by letter, as at the door: every prefix must keep the person
    for n in range(1, len(typed) + 1):
        assert target.id in {p.id for p in index.search(typed[:n], limit=len(people))}, typed[:n]


def _desk_person(i, first, last, checked_in_at=None):
    return dataclasses.replace(
        _row(i, first, last, f"{first.lower()} {last.lower()}"), checked_in_at=checked_in_at
    )


def test_renamed_person_moves_to_their_new_place_and_unknown_removal_is_harmless():
    people = [
        _desk_person(i, f, g)
        for i, (f, g) in enumerate([("Al", "A"), ("Bea", "B"), ("Cy", "C")], 1)
    ]
    index = C.CheckinIndex(1, people)
    # Al corrected to "Zed" at the desk: the list is in name order, so he moves to the end.
    index.put(_desk_person(1, "Zed", "A"))
    assert names(index.search("")) == ["Bea B", "Cy C", "Zed A"]
    # Checked in without a new name: same place, new state.
    index.put(_desk_person(2, "Bea", "B", "now"))
    assert names(index.search("")) == ["Bea B", "Cy C", "Zed A"]
    assert index.search("bea")[0].checked_in_at == "now"
    index.remove(99)  # someone another desk already removed
    assert len(index) == 3


def test_loaded_people_carry_their_email_and_company(demo_store):
    store, eid = demo_store
    with store.session() as s:
        index = C.CheckinIndex.load(s, eid)
        zoe = s.scalar(select(Attendee).where(Attendee.email == "guest03@example.org"))
    found = index.search("zoe")[0]
    assert (found.email, found.company) == (zoe.email, zoe.company)


def test_capacity_is_the_events_else_the_venues(demo_store):
    from organiser.models import Venue

    store, eid = demo_store
    with store.session() as s:
        event = s.get(Event, eid)
        venue = s.get(Venue, event.venue_id)
        venue.capacity = 80
        event.capacity = None
        s.flush()
        assert C.event_capacity(s, eid) == 80
        event.capacity = 50
        s.flush()
        assert C.event_capacity(s, eid) == 50
        event.venue_id = None
        event.capacity = None
        s.flush()
        assert C.event_capacity(s, eid) is None
        with pytest.raises(OrganiserError, match="There is no event with id"):
            C.event_capacity(s, eid + 1000)
