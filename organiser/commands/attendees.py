"""``import-attendees`` and ``export-attendees``."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from organiser.attendees.formats import FORMATS
from organiser.store import Store

ORDER = 20


def cmd_import(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.attendees import import_file, parse_map_option

    def waiting() -> None:
        print("Waiting for another import into this event to finish…", file=sys.stderr, flush=True)

    overrides = parse_map_option(args.map) if args.map else None
    with store.session() as s:
        report = import_file(
            s,
            args.event,
            args.file,
            fmt=args.format,
            overrides=overrides,
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
        help="import an RSVP export (Meetup, Eventbrite, Luma, Ti.to, Zoom, pretix or any CSV)",
    )
    p.add_argument("event", metavar="EVENT", type=int, help="event id (see `events`)")
    p.add_argument("file", metavar="FILE", help="the CSV or Excel (.xlsx) file")
    p.add_argument(
        "--format",
        choices=("auto", *FORMATS),
        default="auto",
        help="the export's format (default: detected from the column names)",
    )
    p.add_argument(
        "--map",
        metavar='"COLUMN=FIELD,..."',
        help="say which column holds what, e.g. \"Ticket Full Name=name,Ticket Email=email\" "
        "(fields: name, first, last, email, company, title, status, attended, id, guests, notes)",
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
