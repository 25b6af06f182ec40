"""``agenda`` (PDF), ``ics`` and ``announce``."""

from __future__ import annotations

import argparse
from typing import TextIO

from organiser.commands import add_lang_option
from organiser.output import write_atomic as write_file
from organiser.store import Store

ORDER = 40


def cmd_agenda(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.printing.agenda_pdf import AgendaOptions, agenda_pdf

    opts = AgendaOptions(
        viewer_zones=args.tz or None, paper=args.paper, wifi=args.wifi, lang=args.lang
    )
    with store.session() as s:
        data = agenda_pdf(s, args.event, opts)
    target = write_file(args.output, data)
    print(f"Agenda written to {target}", file=out)
    return 0


def cmd_ics(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.calendar import build_ics

    with store.session() as s:
        data = build_ics(s, args.event, speaker_id=args.speaker, lang=args.lang)
    target = write_file(args.output, data)
    print(f"Calendar written to {target}", file=out)
    return 0


def cmd_announce(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.announce import announcement, short_announcement

    with store.session() as s:
        if args.short:
            text = short_announcement(s, args.event, args.tz or None, args.lang) + "\n"
        else:
            text = announcement(s, args.event, args.tz or None, args.lang)
    out.write(text)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("agenda", help="print the agenda as a PDF with a column per time zone")
    p.add_argument("event", type=int, metavar="EVENT", help="event id (see `events`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--tz",
        action="append",
        metavar="ZONE",
        help="viewer time zone, e.g. America/New_York (repeat; default: the event's)",
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--wifi", action="store_true", help="print the venue's wifi name and password")
    add_lang_option(p)
    p.set_defaults(handler=cmd_agenda)

    p = sub.add_parser("ics", help="export the event and its sessions as a calendar file")
    p.add_argument("event", type=int, metavar="EVENT", help="event id (see `events`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument(
        "--speaker",
        type=int,
        metavar="SPEAKER_ID",
        help="only this speaker's sessions, in the speaker's own time zone",
    )
    add_lang_option(p)
    p.set_defaults(handler=cmd_ics)

    p = sub.add_parser("announce", help="print a Markdown announcement of the event")
    p.add_argument("event", type=int, metavar="EVENT", help="event id (see `events`)")
    p.add_argument(
        "--tz",
        action="append",
        metavar="ZONE",
        help="viewer time zone (repeat; default: the event's)",
    )
    p.add_argument("--short", action="store_true", help="one post under 280 characters")
    add_lang_option(p)
    p.set_defaults(handler=cmd_announce)
