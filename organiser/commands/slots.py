"""``slots``: rank start times for an audience spread over several time zones."""

from __future__ import annotations

import argparse
from typing import TextIO

ORDER = 46


def cmd_slots(args: argparse.Namespace, store: None, out: TextIO) -> int:
    from organiser import slots as sl

    audience = sl.parse_audience(args.zones)
    date = sl.parse_date(args.date)
    window = sl.parse_window(args.window)
    ranked = sl.rank_slots(sl.find_slots(audience, args.duration, date, window))
    if args.format == "csv":
        out.write(sl.slots_csv(audience, ranked, date))
    else:
        out.write(sl.slots_text(audience, ranked, date, limit=args.top))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "slots",
        help="rank start times by the share of a world-wide audience inside its local window",
    )
    p.add_argument(
        "--zones",
        required=True,
        metavar="ZONE:WEIGHT,...",
        help="audience zones with weights, e.g. Europe/Rome:50,America/New_York:30",
    )
    p.add_argument("--duration", required=True, type=int, metavar="MIN", help="session minutes")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day (UTC) to plan")
    p.add_argument(
        "--window",
        default="08:00-22:00",
        metavar="HH:MM-HH:MM",
        help="local hours the whole session must fit in (default 08:00-22:00)",
    )
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.add_argument("--top", type=int, default=10, metavar="N", help="text: show the N best")
    p.set_defaults(handler=cmd_slots, needs_store=False)
