"""``series``: make N events from one, optionally rotating through time zones."""

from __future__ import annotations

import argparse
from typing import TextIO

from organiser.store import Store

ORDER = 45


def cmd_series(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser import series as sr
    from organiser.events import describe_start

    every = sr.parse_every(args.every)
    rotation = sr.parse_rotation(args.rotate_zones) if args.rotate_zones else []
    local_time = sr.parse_local_time(args.local_time) if args.local_time else None
    with store.session() as s:
        made = sr.make_series(
            s, args.event, every=every, count=args.count, rotation=rotation, local_time=local_time
        )
        print(f"Made {len(made)} events ({every.label()}):", file=out)
        width = max(len(str(e.id)) for e in made)
        for e in made:
            utc = e.starts_at.in_timezone("UTC").format("HH:mm")
            print(f"{e.id:>{width}}  {describe_start(e)} ({utc} UTC)  {e.title}", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "series",
        help="make N events from one (venue, links, agenda skeleton, checklists), linked",
    )
    p.add_argument("event", type=int, metavar="EVENT", help="event id (see `events`)")
    p.add_argument(
        "--every",
        required=True,
        metavar="1w|2w|1m|'first thu'",
        help="how often: weeks (1w, 2w), months (1m) or a weekday of the month (first thu)",
    )
    p.add_argument("--count", required=True, type=int, metavar="N", help="new events to make")
    p.add_argument(
        "--rotate-zones",
        metavar="Z1,Z2,...",
        help="each new event takes the next zone; Z=HH:MM sets that zone's local start",
    )
    p.add_argument(
        "--local-time",
        metavar="HH:MM",
        help="local start time in each event's zone (default: the source event's)",
    )
    p.set_defaults(handler=cmd_series)
