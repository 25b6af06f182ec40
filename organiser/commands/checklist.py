"""``checklist`` (items, due dates, status; templates as files) and ``briefing`` (speaker PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from sqlalchemy.orm import Session

from organiser.commands import add_lang_option
from organiser.store import Store

if TYPE_CHECKING:
    from pendulum import DateTime

ORDER = 40


def _usage_error(message: str) -> NoReturn:
    print(f"meetup-organiser checklist: usage error: {message}", file=sys.stderr)
    raise SystemExit(2)


def _writes(args: argparse.Namespace) -> bool:
    return args.apply is not None or bool(args.import_template)


def cmd_checklist(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser import checklists as c

    with store.session() as s:
        if args.list_templates:
            for t in c.list_templates(s):
                scope = "each speaker" if t.applies_to == "speaker" else "the event"
                formats = ", ".join(t.formats) if t.formats else "every format"
                print(
                    f"{t.id:>3}  {t.name}  ({len(t.items)} items, for {scope}, {formats})",
                    file=out,
                )
            return 0
        if args.import_template:
            t = c.import_template(s, args.import_template, replace=args.replace)
            print(f"Imported “{t.name}” with {len(t.items)} items.", file=out)
            return 0
        if args.export_template:
            if not args.output:
                _usage_error("--export-template needs -o FILE.json")
            t = c.get_template(s, args.export_template)
            path = c.export_template(s, t.id, args.output)
            print(f"Wrote “{t.name}” to {path}", file=out)
            return 0
        if args.event is None:
            _usage_error("give the EVENT id (see `events`)")
        if args.apply is not None:
            names = args.apply or [t.name for t in c.default_templates(s, args.event)]
            added = 0
            for name in names:
                added += len(c.apply_template(s, args.event, name))
            print(f"Applied {', '.join(names)}: {added} new items.", file=out)
        _print_items(s, args.event, args.assignee, out, args.lang)
    return 0


def _print_items(
    s: Session, event_id: int, assignee: str | None, out: TextIO, lang: str | None = None
) -> None:
    from organiser import checklists as c
    from organiser.events import get_event
    from organiser.i18n import pick, translator
    from organiser.timeutil import in_zone, now_utc, zone_abbrev

    event = get_event(s, event_id)
    t = translator(pick(lang, event.language))

    def when(instant: DateTime) -> str:
        loc = in_zone(instant, event.timezone)
        return f"{t.date_time(loc)} {zone_abbrev(loc)}"

    rows = c.list_items(s, event_id, assignee=assignee)
    print(f"{event.title} — {when(event.starts_at)} ({event.timezone})", file=out)
    if not rows:
        if assignee is not None:
            print(t._("Nothing is assigned to “{name}”.").format(name=assignee), file=out)
        else:
            print(
                t._("No checklist yet. Add the shipped ones with `checklist {id} --apply`.").format(
                    id=event_id
                ),
                file=out,
            )
        return
    total = c.progress(s, event_id)
    print(
        t._("{done} of {total} done ({percent}%). Due times in {zone}.").format(
            done=total.done, total=total.total, percent=total.percent, zone=event.timezone
        ),
        file=out,
    )
    groups = c.group_items(rows, now_utc(), event.created_at)
    width = max(25, *(len(when(r.due_at)) for r in rows if r.due_at is not None))
    for key in c.GROUPS:
        members = groups[key]
        if not members:
            continue
        print(f"\n{t._(c.GROUP_LABELS[key])} ({len(members)})", file=out)
        for r in members:
            due = when(r.due_at) if r.due_at is not None else t._("no due date")
            mark = "[x]" if r.done else "[ ]"
            who = f" — {r.speaker_name}" if r.speaker_name else ""
            extra = f"  ({r.assignee})" if r.assignee else ""
            print(f"  {mark} {due:<{width}} {t.checklist(r.title)}{who}{extra}", file=out)
            if r.done_at is not None:
                print("      " + t._("done {when}").format(when=when(r.done_at)), file=out)
            if r.note:
                print("      " + t._("note: {note}").format(note=r.note), file=out)


def cmd_briefing(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.printing.briefing_pdf import write_briefing

    with store.session() as s:
        path, pages = write_briefing(
            s,
            args.event,
            Path(args.output),
            speaker_id=args.speaker,
            lang=args.lang,
            paper=args.paper,
        )
    print(f"Wrote {pages} page{'s' if pages != 1 else ''} to {path}", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "checklist",
        help="checklist items of an event with due dates (in the event's zone) and status",
        description="Print an event's checklist grouped by when items are due; apply the "
        "shipped templates; export or import a template as a JSON file.",
    )
    p.add_argument("event", type=int, nargs="?", metavar="EVENT", help="event id (see `events`)")
    p.add_argument("--assignee", metavar="NAME", help="only items assigned to NAME")
    p.add_argument(
        "--apply",
        nargs="*",
        metavar="TEMPLATE",
        help="apply these templates (default: the shipped ones that fit the event's format)",
    )
    p.add_argument("--templates", dest="list_templates", action="store_true", help="list templates")
    p.add_argument("--export-template", metavar="NAME", help="write template NAME to -o FILE")
    p.add_argument("--import-template", metavar="FILE", help="add a template from a JSON file")
    p.add_argument(
        "--replace", action="store_true", help="with --import-template: replace a same-named one"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="output file for --export-template")
    add_lang_option(p)
    p.set_defaults(handler=cmd_checklist, writes=_writes)

    p = sub.add_parser(
        "briefing",
        help="speaker briefing PDF: one page per speaker",
        description="One page per speaker: their sessions in the event's zone and their own, "
        "venue and contacts, studio link for remote speakers, what is still missing.",
    )
    p.add_argument("event", type=int, metavar="EVENT", help="event id (see `events`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--speaker", type=int, metavar="ID", help="only this speaker")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    add_lang_option(p)
    p.set_defaults(handler=cmd_briefing)
