"""``checkin EVENT CODE``: the door for kiosks and scripts."""

from __future__ import annotations

import argparse
from typing import TextIO

from organiser.errors import OrganiserError
from organiser.store import Store

ORDER = 25


def cmd_checkin(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.checkin import scan

    with store.session() as s:
        outcome = scan(s, args.event, args.code, door=args.door or "", code_only=True)
    if not outcome.ok:
        raise OrganiserError(outcome.message or "Give the code on the ticket.")
    print(outcome.message, file=out)
    if args.print and outcome.person is not None:
        from organiser.doorprint import print_badge_now

        with store.session() as s:
            where = print_badge_now(s, args.event, outcome.person.id, printer=args.printer)
        print(f"Badge sent to {where}.", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "checkin",
        help="check a person in by the code on their ticket or badge (scanner or typed)",
    )
    p.add_argument("event", metavar="EVENT", type=int, help="event id (see `events`)")
    p.add_argument("code", metavar="CODE", help="the scanned or typed ticket code")
    p.add_argument("--door", metavar="NAME", help="the door's name, kept with the check-in")
    p.add_argument(
        "--print", action="store_true", help="print their badge on the default printer too"
    )
    p.add_argument("--printer", metavar="NAME", help="the printer for --print (default: system's)")
    p.set_defaults(handler=cmd_checkin)
