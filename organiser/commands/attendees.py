"""``import-attendees`` and ``export-attendees``."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from organiser.store import Store

ORDER = 20


def cmd_import(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.attendees import import_file

    def waiting() -> None:
        print("Waiting for another import into this event to finish…", file=sys.stderr, flush=True)

    with store.session() as s:
        report = import_file(
            s,
            args.event,
            args.file,
            fmt=args.format,
            overwrite_edits=args.overwrite_edits,
            on_wait=waiting,
            encoding=args.encoding,
        )
    for line in report.lines():
        print(line, file=out)
    return 0


def cmd_export(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.attendees import export_csv

    with store.session() as s:
        count = export_csv(s, args.event, args.output)
    print(f"Wrote {count} attendee(s) to {args.output}.", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import-attendees",
        help="import an RSVP export (Meetup, Eventbrite, Luma or any CSV) into an event",
    )
    p.add_argument("event", metavar="EVENT", type=int, help="event id (see `events`)")
    p.add_argument("file", metavar="FILE", help="the CSV file")
    p.add_argument(
        "--format",
        choices=("auto", "meetup", "eventbrite", "luma", "generic"),
        default="auto",
        help="the export's format (default: detected from the column names)",
    )
    p.add_argument(
        "--overwrite-edits",
        action="store_true",
        help="replace values you corrected by hand in the app with the file's",
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="the file's encoding when detection picks the wrong one (e.g. cp1250, gbk)",
    )
    p.set_defaults(handler=cmd_import, writes=True)
    p = sub.add_parser("export-attendees", help="write an event's attendees as CSV")
    p.add_argument("event", metavar="EVENT", type=int, help="event id (see `events`)")
    p.add_argument("-o", "--output", metavar="FILE.csv", required=True, help="where to write")
    p.set_defaults(handler=cmd_export)
