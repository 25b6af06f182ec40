"""``import-schedule`` (pretalx/frab, Sessionize) and ``schedule`` (frab XML / c3voc JSON out)."""

from __future__ import annotations

import argparse
from typing import TextIO

from organiser.output import write_atomic
from organiser.store import Store

ORDER = 45


def cmd_import_schedule(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.events import get_event
    from organiser.schedule import import_schedule
    from organiser.timeutil import format_local

    with store.session() as s:
        report = import_schedule(s, args.file, event_id=args.event, zone=args.tz)
        ev = get_event(s, report.event_id)
        when = format_local(ev.starts_at, ev.timezone)
        line = f"{'Created' if report.event_created else 'Updated'} event {ev.id}: {ev.title}"
        print(f"{line} (starts {when})", file=out)
    print(report.summary(), file=out)
    return 0


def cmd_schedule(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.schedule import export_schedule

    with store.session() as s:
        data = export_schedule(s, args.event, args.output)
    target = write_atomic(args.output, data)
    print(f"Schedule written to {target}", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import-schedule",
        help="import speakers and sessions from pretalx/frab or Sessionize",
        description="Read a pretalx schedule export (schedule.json or schedule.xml), a frab "
        "XML, a Sessionize API JSON saved to a file or a Sessionize sessions export (CSV or "
        ".xlsx): speakers go to the library, sessions to the event's agenda with their rooms "
        "and days. Without --event a new event is made from the conference's title, dates "
        "and time zone.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--event", type=int, metavar="ID", help="add to this event (see `events`)")
    p.add_argument(
        "--tz",
        metavar="ZONE",
        help="zone of times written without one (Sessionize), e.g. Europe/Rome",
    )
    p.set_defaults(handler=cmd_import_schedule)

    p = sub.add_parser(
        "schedule",
        help="export the agenda as a frab schedule XML or c3voc JSON",
        description="Write the event's sessions, rooms and speakers in the frab / c3voc "
        "schedule format conference apps read (Giggity, ConfClerk, Fahrplan, pretalx tools).",
    )
    p.add_argument("event", type=int, metavar="EVENT", help="event id (see `events`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xml|FILE.json")
    p.set_defaults(handler=cmd_schedule)
