"""Checklists: applying every shipped template to a 30-speaker event, moving it, listing it.

Baselines, measured in the same run on the same SQLite file: inserting the same
number of ChecklistItem rows with fixed due dates (no template lookup, no zone
arithmetic), updating the same rows' due dates with one bulk UPDATE, and reading
the rows with one plain SELECT. The ratios show what the checklist logic (due
dates on the event's wall clock, per-speaker filtering, grouping) costs on top
of the database work it cannot avoid.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

SPEAKERS = 30
REPEAT = 3


def _setup(store):  # type: ignore[no-untyped-def]
    from organiser import agenda, events, speakers
    from organiser.timeutil import local

    with store.session() as s:
        start = local("Europe/Rome", 2026, 4, 2, 18, 30)
        ev = events.create_event(
            s,
            title="Big meetup",
            starts_at=start,
            ends_at=start.add(hours=8),
            timezone="Europe/Rome",
            format="hybrid",
        )
        for i in range(SPEAKERS):
            sp = speakers.create_speaker(
                s, name=f"Speaker {i}", email=f"s{i}@example.org", remote=i % 3 == 0
            )
            session = agenda.add_session(s, ev.id, title=f"Talk {i}", duration_minutes=15)
            agenda.set_speakers(s, session.id, [(sp.id, "speaker")])
        return ev.id


def _best(fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run() -> list[str]:
    import pendulum
    from sqlalchemy import delete, select, update

    from organiser import checklists, events
    from organiser.models import ChecklistItem
    from organiser.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        eid = _setup(store)
        with store.session() as s:
            checklists.seed_builtin_templates(s)

        def apply() -> None:
            with store.session() as s:
                s.execute(delete(ChecklistItem).where(ChecklistItem.event_id == eid))
                checklists.apply_default_templates(s, eid)

        t_apply = _best(apply)
        with store.session() as s:
            n = len(checklists.list_items(s, eid))
        due = pendulum.datetime(2026, 3, 1, tz="UTC")

        def baseline_insert() -> None:
            with store.session() as s:
                s.execute(delete(ChecklistItem).where(ChecklistItem.event_id == -1))
                s.add_all(
                    ChecklistItem(event_id=eid, title=f"item {i}", due_at=due, template_name="x")
                    for i in range(n)
                )
                s.flush()
                s.execute(delete(ChecklistItem).where(ChecklistItem.template_name == "x"))

        t_insert = _best(baseline_insert)
        apply()
        shift = [0]

        def move() -> None:
            shift[0] += 1
            with store.session() as s:
                ev = events.get_event(s, eid)
                events.update_event(s, eid, starts_at=ev.starts_at.add(days=7))

        def baseline_update() -> None:
            with store.session() as s:
                s.execute(
                    update(ChecklistItem)
                    .where(ChecklistItem.event_id == eid)
                    .values(due_at=due.add(days=shift[0]))
                )

        t_move = _best(move)
        t_update = _best(baseline_update)

        def listing() -> None:
            with store.session() as s:
                rows = checklists.list_items(s, eid)
                checklists.group_items(rows)
                checklists.speaker_readiness(s, eid)

        def baseline_select() -> None:
            with store.session() as s:
                list(s.scalars(select(ChecklistItem).where(ChecklistItem.event_id == eid)))

        t_list = _best(listing)
        t_select = _best(baseline_select)
        store.close()
    return [
        f"apply all templates ({n} items, {SPEAKERS} speakers): {t_apply * 1000:.0f} ms, "
        f"{t_apply / t_insert:.2f}× plain inserts",
        f"move the event (reschedule {n} items): {t_move * 1000:.0f} ms, "
        f"{t_move / t_update:.2f}× one bulk UPDATE",
        f"list + group + readiness grid: {t_list * 1000:.0f} ms, "
        f"{t_list / t_select:.2f}× one plain SELECT",
    ]
