"""Team mode on every entity: the second save is refused with both values.

Two Store objects on one database play two laptops (SQLite, and PostgreSQL
when ORGANISER_TEST_DATABASE_URL is set). Bob opens an editor (reads the
record and its version), Alice saves, Bob saves: Bob gets a ConflictError
naming both values and Alice's value stays. Check-ins from two doors at once
are idempotent: both succeed, the first time is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pendulum
import pytest

from organiser import agenda, events, streaming
from organiser import attendees as A
from organiser import checklists as C
from organiser.checkin import check_in
from organiser.errors import ConflictError
from organiser.store import Store


@pytest.fixture
def laptops(db_url: str) -> Iterator[tuple[Store, Store, dict[str, int]]]:
    alice, bob = Store(db_url), Store(db_url)
    with alice.session() as s:
        start = pendulum.datetime(2027, 3, 4, 18, 30, tz="Europe/Rome")
        ev = events.create_event(s, title="Team", starts_at=start, ends_at=start.add(hours=3),
                                 timezone="Europe/Rome", format="hybrid")
        ids = {
            "event": ev.id,
            "session": agenda.add_session(s, ev.id, title="Opening").id,
            "attendee": A.add_attendee(s, ev.id, first_name="Ada", last_name="Byron").id,
            "item": C.add_item(s, ev.id, title="Book the room").id,
            "link": streaming.add_link(s, ev.id, viewer_url="https://www.youtube.com/live/abc").id,
            "template": C.create_template(s, name="Team template").id,
        }
    try:
        yield alice, bob, ids
    finally:
        alice.close()
        bob.close()


def _get_item(s: Any, item_id: int) -> Any:
    from organiser.models import ChecklistItem

    return s.get(ChecklistItem, item_id)


# entity -> (loader, updater, field, Alice's value, Bob's value, reader)
CASES: dict[str, tuple[Callable[..., Any], Callable[..., Any], str, str, str]] = {
    "session": (agenda.get_session, agenda.update_session, "title", "Welcome", "Intro"),
    "attendee": (A.get_attendee, A.update_attendee, "company", "ACME", "Initech"),
    "item": (_get_item, C.update_item, "note", "Asked twice", "Done by phone"),
    "link": (streaming.get_link, streaming.update_link, "label", "Main room", "Backup room"),
    "template": (C.get_template, C.update_template, "description", "For us", "For them"),
}


@pytest.mark.parametrize("entity", list(CASES))
def test_the_second_save_is_refused_with_both_values(laptops, entity):
    alice, bob, ids = laptops
    load, save, field, mine_alice, mine_bob = CASES[entity]
    obj_id = ids[entity]
    with bob.session() as bs:
        seen = load(bs, obj_id).version  # Bob opens the editor
    with alice.session() as s:
        save(s, obj_id, **{field: mine_alice})  # Alice saves first
    with pytest.raises(ConflictError) as caught, bob.session() as bs:
        save(bs, obj_id, expected_version=seen, **{field: mine_bob})
    text = str(caught.value)
    assert mine_alice in text and mine_bob in text, text
    with alice.session() as s:
        assert getattr(load(s, obj_id), field) == mine_alice


@pytest.mark.parametrize("entity", list(CASES))
def test_two_sessions_flushing_the_same_row_conflict_instead_of_overwriting(laptops, entity):
    """Even without an editor's version: the ORM's version check stops a lost update."""
    alice, bob, ids = laptops
    load, save, field, mine_alice, mine_bob = CASES[entity]
    obj_id = ids[entity]
    with pytest.raises(ConflictError), bob.session() as bs:
        held = load(bs, obj_id)  # Bob's screen holds the record
        with alice.session() as s:
            save(s, obj_id, **{field: mine_alice})
        assert held.version == 1
        save(bs, obj_id, **{field: mine_bob})
    with alice.session() as s:
        assert getattr(load(s, obj_id), field) == mine_alice


def test_two_doors_checking_in_the_same_person_at_once_keep_the_first_time(laptops):
    alice, bob, ids = laptops
    t1 = pendulum.datetime(2027, 3, 4, 18, 0, tz="UTC")
    t2 = t1.add(minutes=1)
    barrier = threading.Barrier(2)
    results: list[Any] = []

    def door(store: Store, when: pendulum.DateTime) -> None:
        with store.session() as s:
            barrier.wait(timeout=30)
            results.append(check_in(s, ids["event"], ids["attendee"], when=when))

    threads = [threading.Thread(target=door, args=(st, w)) for st, w in ((alice, t1), (bob, t2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 2
    with alice.session() as s:
        stamp = A.get_attendee(s, ids["attendee"]).checked_in_at
    assert stamp in (t1, t2)
    assert {r.checked_in_at for r in results} <= {t1, t2}
    with bob.session() as s:  # a third scan changes nothing
        again = check_in(s, ids["event"], ids["attendee"], when=t2.add(hours=1))
    assert again.checked_in_at == stamp


def test_template_items_are_saved_against_their_templates_version(laptops):
    """A template and its items are one document: any item change moves its version on."""
    alice, bob, ids = laptops
    tid = ids["template"]
    with alice.session() as s:
        item_id = C.add_template_item(s, tid, title="Book the room", offset="-14 days").id
    with bob.session() as bs:
        seen = C.get_template(bs, tid).version  # Bob opens the template editor
    with alice.session() as s:
        C.update_template_item(s, item_id, offset="-21 days")
    for bobs_save in (
        lambda bs: C.update_template_item(bs, item_id, expected_version=seen, offset="-7 days"),
        lambda bs: C.move_template_item(bs, item_id, 0, expected_version=seen),
        lambda bs: C.remove_template_item(bs, item_id, expected_version=seen),
        lambda bs: C.add_template_item(bs, tid, title="Pizza", expected_version=seen),
        lambda bs: C.update_template(bs, tid, expected_version=seen, name="Renamed"),
    ):
        with pytest.raises(ConflictError) as caught, bob.session() as bs:
            bobs_save(bs)
        assert "Someone else changed this checklist template" in str(caught.value)
    assert "theirs “-21 days”, yours “-7 days”" in _first_refusal(bob, item_id, seen)
    with alice.session() as s:
        t = C.get_template(s, tid)
        assert [(i.title, i.offset_minutes) for i in t.items] == [("Book the room", -21 * 1440)]
        assert t.name == "Team template"


def _first_refusal(store: Store, item_id: int, seen: int) -> str:
    with pytest.raises(ConflictError) as caught, store.session() as s:
        C.update_template_item(s, item_id, expected_version=seen, offset="-7 days")
    return str(caught.value)


def test_two_sessions_editing_items_of_one_template_do_not_both_win(laptops):
    alice, bob, ids = laptops
    tid = ids["template"]
    with alice.session() as s:
        first = C.add_template_item(s, tid, title="Book the room").id
        second = C.add_template_item(s, tid, title="Order pizza").id
    with pytest.raises(ConflictError), bob.session() as bs:
        held = C.get_template(bs, tid)  # Bob's screen holds the template and its items
        assert len(held.items) == 2
        with alice.session() as s:
            C.update_template_item(s, first, title="Book the hall")
        C.update_template_item(bs, second, title="Order pizza for 80")
    with alice.session() as s:
        assert [i.title for i in C.get_template(s, tid).items] == ["Book the hall", "Order pizza"]
