"""Two doors, one list: the same person scanned at two doors at once is checked in once.

Real processes (one per door) on one SQLite file and on one PostgreSQL database
meet at a barrier and scan the same code at the same moment, several times over.
"""

from __future__ import annotations

import multiprocessing as mp

from sqlalchemy import select

from organiser import checkin as C
from organiser.demo import create_demo
from organiser.models import Attendee

ROUNDS = 6


def _door(url: str, event_id: int, tokens: list[str], door: str, barrier, results) -> None:
    from organiser import checkin
    from organiser.store import Store

    with Store(url, migrate=False) as store:
        for i, token in enumerate(tokens):
            barrier.wait(timeout=60)
            with store.session() as s:
                out = checkin.scan(s, event_id, token, door=door)
            results.put((i, door, out.kind, out.message))


def _tokens(store, event_id: int) -> tuple[list[str], list[str]]:
    with store.session() as s:
        rows = s.execute(
            select(Attendee.checkin_token, Attendee.first_name, Attendee.last_name)
            .where(Attendee.event_id == event_id, Attendee.rsvp == "going")
            .order_by(Attendee.id)
            .limit(ROUNDS)
        ).all()
    return [r[0] for r in rows], [f"{r[1]} {r[2]}".strip() for r in rows]


def test_two_processes_scanning_the_same_person_check_them_in_exactly_once(db_url):
    from organiser.store import Store

    with Store(db_url) as store:
        with store.session() as s:
            eid = create_demo(s).id
        tokens, names = _tokens(store, eid)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    doors = [
        ctx.Process(target=_door, args=(db_url, eid, tokens, name, barrier, results))
        for name in ("door 1", "door 2")
    ]
    for p in doors:
        p.start()
    got = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for p in doors:
        p.join(timeout=60)
        assert p.exitcode == 0
    with Store(db_url) as store, store.session() as s:
        rows = {
            r[0]: (r[1], r[2])
            for r in s.execute(
                select(Attendee.checkin_token, Attendee.checked_in_at, Attendee.checked_in_door)
            )
        }
    for i, (token, name) in enumerate(zip(tokens, names, strict=True)):
        outcomes = sorted((kind, door, msg) for j, door, kind, msg in got if j == i)
        kinds = [o[0] for o in outcomes]
        assert kinds == ["already", "checked_in"], outcomes
        winner = next(door for kind, door, _ in outcomes if kind == "checked_in")
        loser_msg = next(msg for kind, _, msg in outcomes if kind == "already")
        assert loser_msg.startswith(f"Already checked in: {name} at ")
        assert loser_msg.endswith(f"({winner})")
        at, door = rows[token]
        assert at is not None and door == winner


def test_a_door_that_loses_the_race_between_look_up_and_update_says_already(
    demo_store, monkeypatch
):
    """The other door checks the person in after our look-up, before our update."""
    store, eid = demo_store
    tokens, names = _tokens(store, eid)
    real_claim = C._claim

    def other_door_first(s, attendee_id, when, door):
        monkeypatch.setattr(C, "_claim", real_claim)
        with store.session() as other:
            assert C.scan(other, eid, tokens[0], door="door 1").kind == "checked_in"
        return real_claim(s, attendee_id, when, door)

    monkeypatch.setattr(C, "_claim", other_door_first)
    with store.session() as s:
        out = C.scan(s, eid, tokens[0], door="door 2")
    assert out.kind == "already"
    assert out.message.startswith(f"Already checked in: {names[0]} at ")
    assert out.message.endswith("(door 1)")
    with store.session() as s:
        a = s.scalars(select(Attendee).where(Attendee.checkin_token == tokens[0])).one()
        assert a.checked_in_door == "door 1"
