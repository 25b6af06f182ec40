"""``badges``: name badges as a PDF, the list of label sheets, a calibration page.

badges EVENT -o FILE.pdf [--layout NAME] [--start-at N] [--only-unprinted]
                         [--qr token|vcard] [--cut-marks] [--logo IMAGE]
badges --list-layouts
badges calibrate -o FILE.pdf [--layout NAME] [--lang LANG]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from organiser.commands import add_lang_option
from organiser.store import Store, default_db_path

ORDER = 50


class _ListLayouts(argparse.Action):
    """``--list-layouts`` needs no event and must not create a database."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        namespace.handler = cmd_list_layouts
        namespace.needs_store = False


def _print_layouts(store: Store | None, out: TextIO) -> None:
    from organiser.printing import layouts

    if store is None:
        items = layouts.list_layouts()
    else:
        with store.session() as s:
            items = layouts.list_layouts(s)
    width = max(len(x.name) for x in items)
    for x in items:
        origin = "" if x.builtin else "  (custom)"
        print(f"{x.name:<{width}}  {x.title} — {x.describe()}{origin}", file=out)


def cmd_list_layouts(args: argparse.Namespace, store: Store | None, out: TextIO) -> int:
    # Custom sheets live in the database: read it when it exists, never create it.
    if args.db or default_db_path().exists():
        with Store(args.db) as st:
            _print_layouts(st, out)
    else:
        _print_layouts(None, out)
    return 0


def _usage(message: str) -> int:
    import sys

    print(f"meetup-organiser badges: usage error: {message} (see --help)", file=sys.stderr)
    raise SystemExit(2)


def cmd_badges(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.printing import badges

    if args.event is None:
        return _usage("give an EVENT id (see `events`), or --list-layouts")
    if args.output is None:
        return _usage("give the PDF to write with -o FILE.pdf")
    output = Path(args.output)
    if args.event == "calibrate":
        with store.session() as s:
            sheet = badges.make_calibration_pdf(s, output, layout=args.layout, lang=args.lang)
        print(f"Wrote a calibration page for {sheet.title} to {output}", file=out)
        return 0
    if not args.event.isdigit():
        return _usage(f"EVENT must be the numeric id that `events` prints, not {args.event!r}")
    with store.session() as s:
        run = badges.make_badges_pdf(
            s,
            int(args.event),
            output,
            layout=args.layout,
            start_at=args.start_at,
            only_unprinted=args.only_unprinted,
            qr=args.qr,
            cut_marks=args.cut_marks,
            logo=args.logo,
            attendee_ids=args.attendee or None,
            lang=args.lang,
            guest_badges=args.guest_badges,
        )
    import sys

    for warning in run.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    sheets = "sheet" if run.pages == 1 else "sheets"
    noun = "badge" if run.badges == 1 else "badges"
    print(f"Wrote {run.badges} {noun} on {run.pages} {sheets} to {output}", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "badges",
        help="name badges for an event as a PDF (or: badges --list-layouts)",
        description="Print name badges on label sheets. `badges calibrate -o FILE.pdf` "
        "prints a calibration page for the chosen layout.",
    )
    p.add_argument("event", nargs="?", metavar="EVENT", help="event id (see `events`)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--layout", default="avery-5392", metavar="NAME", help="label sheet")
    p.add_argument(
        "--start-at",
        type=int,
        default=1,
        metavar="N",
        help="first free label on a part-used sheet (1 = top-left)",
    )
    p.add_argument("--only-unprinted", action="store_true", help="skip badges already printed")
    p.add_argument(
        "--qr",
        choices=["token", "vcard"],
        default="token",
        help="QR content: the check-in token (default) or a vCard for networking",
    )
    p.add_argument("--cut-marks", action="store_true", help="draw cut marks in the margins")
    p.add_argument(
        "--guest-badges",
        action="store_true",
        help='after each person, a blank "Guest of NAME" badge per guest they bring',
    )
    p.add_argument("--logo", metavar="IMAGE", help="PNG or JPEG logo for the badge header")
    p.add_argument(
        "--attendee",
        type=int,
        action="append",
        metavar="ID",
        help="reprint only this attendee's badge (repeatable; any RSVP)",
    )
    p.add_argument(
        "--list-layouts",
        nargs=0,
        action=_ListLayouts,
        help="list the label sheets and exit",
    )
    add_lang_option(p)
    p.set_defaults(handler=cmd_badges, writes=True)  # marks badges printed
