"""Command line: the same services the GUI uses, for scripts and quick jobs.

Exit codes: 0 success, 2 usage error (argparse), 1 any other failure with one
clear line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TextIO, cast

from sqlalchemy.exc import DBAPIError

from organiser import APP_ID, __version__
from organiser.commands import register_all
from organiser.errors import OrganiserError
from organiser.store import Store

log = logging.getLogger(__name__)


class _PipeSafe:
    """Standard output that a closed pipe (``| head -1``) cannot turn into a failure.

    Once the reader is gone the rest of the output is dropped: the command still
    finishes and commits its work, and exits 0 without an error line.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                self._stream.write(text)
                if self._stream is sys.stdout and text.endswith("\n"):
                    self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.closed_by_reader = True
        if self._stream is sys.stdout:
            # Python flushes stdout again at exit: point it at /dev/null so that
            # last flush cannot print "Exception ignored ... BrokenPipeError".
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _writer_lock(args: argparse.Namespace, err: TextIO) -> AbstractContextManager[object]:
    """The one-writer lock for commands that change data in bulk (SQLite files only).

    While another program holds it (the GUI, another import) the command waits
    ORGANISER_LOCK_WAIT seconds (default 10) saying so, then is refused in one line.
    """
    writes = getattr(args, "writes", False)
    if callable(writes):
        writes = writes(args)
    if not writes:
        return nullcontext()
    from organiser.lock import InstanceLock
    from organiser.store import resolve_url

    url = resolve_url(args.db)
    if not url.startswith("sqlite:///"):
        return nullcontext()  # PostgreSQL: shared on purpose; imports take an advisory lock
    path = Path(url[len("sqlite:///") :])
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        return nullcontext()  # the store explains a missing or read-only folder
    try:
        wait = max(0.0, float(os.environ.get("ORGANISER_LOCK_WAIT", "10")))
    except ValueError:
        wait = 10.0

    def waiting() -> None:
        print(
            f"Waiting for another Meetup Organiser to finish with {path} "
            f"(up to {wait:g} s)…",
            file=err,
            flush=True,
        )

    return InstanceLock(path, wait=wait, on_wait=waiting, reentrant=True)


def _db_name(db: str | None) -> str:
    if not db:
        return "the database"
    if "://" in db:
        from sqlalchemy.engine import make_url

        try:
            return make_url(db).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - a malformed URL: do not echo it back
            return "the database"
    return db

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
    out = cast(TextIO, _PipeSafe(out or sys.stdout))
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
        with _writer_lock(args, err), Store(args.db) as store:
            return handler(args, store, out)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 2
    except OrganiserError as exc:
        print(f"error: {exc.message}", file=err)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=err)
        return 1
    except OverflowError:  # an id beyond what a database integer holds
        print("error: a number given is too large to be an id; see `events`.", file=err)
        return 1
    except (MemoryError, DBAPIError, sqlite3.Error) as exc:
        from organiser.dberrors import explain

        print(f"error: {explain(exc, _db_name(args.db))}", file=err)
        return 1
    except Exception as exc:  # a bug, not the user's fault: still one line, details in the log
        from organiser.logs import log_unexpected, unexpected_message

        log_unexpected(f"command {args.command}", exc)
        print(f"error: {unexpected_message(exc)}", file=err)
        return 1
