"""``mail``: speaker messages merged from templates into ``.eml`` drafts (never sent)."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from organiser.store import Store

ORDER = 44


def _usage_error(message: str) -> NoReturn:
    print(f"meetup-organiser mail: usage error: {message}", file=sys.stderr)
    raise SystemExit(2)


def cmd_mail(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser import mail

    with store.session() as s:
        if args.list_templates:
            for t in mail.list_templates(s):
                extra = [", ".join(t.languages())]
                if t.attach_briefing:
                    extra.append("briefing attached")
                if t.edited:
                    extra.append("edited")
                print(f"{t.name:<16} {t.label} ({'; '.join(extra)})", file=out)
            return 0
        if args.import_template:
            t = mail.import_template(s, args.import_template)
            print(f"Imported the “{t.name}” mail template.", file=out)
            return 0
        if args.export_template:
            if not args.output:
                _usage_error("--export-template needs -o FILE.json")
            path = mail.export_template(s, args.export_template, args.output)
            print(f"Wrote the “{args.export_template}” mail template to {path}", file=out)
            return 0
        if args.event is None or not args.template:
            _usage_error("give the EVENT id and --template NAME (see --templates)")
        if args.mailto:
            drafts = mail.merge(
                s, args.event, args.template, speaker_id=args.speaker, lang=args.lang
            )
            for d in drafts:
                print(mail.mailto_url(d), file=out)
            return 0
        if not args.output:
            _usage_error("-o DIR is needed to save the drafts (or use --mailto)")
        written = mail.write_drafts(
            s, args.event, args.template, args.output, speaker_id=args.speaker, lang=args.lang
        )
        for w in written:
            note = f"  ({w.checklist})" if w.checklist else ""
            missing = "" if w.draft.to_address else "  [no e-mail address: fill in To]"
            print(f"{w.path}{missing}{note}", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "mail",
        help="write speaker e-mails from a template as .eml drafts (the program never sends)",
    )
    p.add_argument("event", type=int, nargs="?", metavar="EVENT", help="event id (see `events`)")
    p.add_argument("--template", metavar="NAME", help="invitation, confirmation, thank-you ...")
    p.add_argument(
        "-o", "--output", metavar="DIR", help="folder for the .eml drafts (a file with --export)"
    )
    p.add_argument("--speaker", type=int, metavar="ID", help="only this speaker")
    p.add_argument("--lang", choices=("en", "it"), help="language of the message (default en)")
    p.add_argument(
        "--mailto", action="store_true", help="print mailto: links instead (no attachments)"
    )
    p.add_argument(
        "--templates", dest="list_templates", action="store_true", help="list the templates"
    )
    p.add_argument("--export-template", metavar="NAME", help="write a template to -o FILE.json")
    p.add_argument("--import-template", metavar="FILE", help="read a template file (replaces)")
    p.set_defaults(handler=cmd_mail)
