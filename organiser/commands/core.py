"""``demo`` and ``events``."""

from __future__ import annotations

import argparse
from typing import TextIO

from organiser.store import Store

ORDER = 0


def cmd_demo(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.demo import create_demo

    with store.session() as s:
        event_id = create_demo(s).id
    print(event_id, file=out)
    return 0


def cmd_events(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.events import describe_start, list_events

    with store.session() as s:
        rows = list_events(s)
        if not rows:
            print("No events yet. Run `demo` to add a sample meetup.", file=out)
            return 0
        width = max(len(str(e.id)) for e in rows)
        for e in rows:
            print(f"{e.id:>{width}}  {describe_start(e)}  {e.title}", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="add a realistic sample meetup and print its event id")
    p.set_defaults(handler=cmd_demo, writes=True)
    p = sub.add_parser("events", help="list events: id, start in the event's zone, title")
    p.set_defaults(handler=cmd_events)
