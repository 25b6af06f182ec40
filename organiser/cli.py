"""Command line: the same services the GUI uses, for scripts and quick jobs.

Exit codes: 0 success, 2 usage error (argparse), 1 any other failure with one
clear line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from organiser import APP_ID, __version__
from organiser.commands import register_all
from organiser.errors import OrganiserError
from organiser.store import Store

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, Store, TextIO], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: usage error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID,
        description="Plan tech meetups: speakers, venues, streams, checklists, badges, agendas.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: the per-user database)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    register_all(sub)
    return parser


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command and return its exit code; a user's mistake never becomes a traceback.

    A parser that sets ``needs_store=False`` gets ``None`` for the store.
    A handler may raise ``SystemExit(2)`` after printing a usage message itself
    (e.g. an option that needs another option).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # --help, --version and usage errors
        return int(exc.code or 0)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(err)
        print(f"{parser.prog}: usage error: choose a command (see --help)", file=err)
        return 2
    try:
        if not getattr(args, "needs_store", True):
            # e.g. `badges --list-layouts`, `restore FILE`: they open what they need.
            return handler(args, None, out)  # type: ignore[arg-type]
        with Store(args.db) as store:
            return handler(args, store, out)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 2
    except OrganiserError as exc:
        print(f"error: {exc.message}", file=err)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=err)
        return 1
    except Exception as exc:  # a bug, not the user's fault: still one line, details in the log
        from organiser.logs import log_unexpected, unexpected_message

        log_unexpected(f"command {args.command}", exc)
        print(f"error: {unexpected_message(exc)}", file=err)
        return 1
