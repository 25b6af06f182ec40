"""The program's log file: where "unexpected problem" messages send people.

One rotating file in the per-user log folder (platformdirs), at most
``MAX_BYTES`` × (``BACKUPS`` + 1) on disk. What goes in is meant to be safe to
attach to a bug report:

* our own log calls name what happened (a command, a page), never a person;
* exceptions are written as their type and the stack of code locations, not
  their message: a database error's message holds the row's values (names,
  e-mail addresses), a parse error quotes the user's file;
* the home folder is written as ``~`` (it usually holds the login name).

``ORGANISER_LOG_DIR`` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
import platform
import traceback
from pathlib import Path
from types import TracebackType

from organiser import APP_ID

_ENV = "ORGANISER_LOG_DIR"
LOG_NAME = f"{APP_ID}.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
#: Our loggers write INFO and up; other libraries only their warnings.
OWN_LOGGERS = ("organiser", "ui", "main")

_handler: logging.Handler | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_dir() -> Path:
    """The per-user log folder (``~/.local/state/meetup-organiser/log`` on Linux)."""
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file() -> Path:
    """The current log file (older ones are ``.1``, ``.2``, ``.3`` beside it)."""
    return log_dir() / LOG_NAME


def shown_path(path: Path | None = None) -> str:
    """A path as messages show it: the home folder as ``~``."""
    return _home_as_tilde(str(path if path is not None else log_file()))


def _home_as_tilde(text: str) -> str:
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


class PrivateFormatter(logging.Formatter):
    """Log lines without personal data: exception types and code locations only."""

    def formatException(self, ei: ExcInfo) -> str:  # type: ignore[override]  # noqa: N802
        _, exc, tb = ei
        return describe_exception(exc, tb)

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (a console, pytest) may have cached the full traceback text
        # on the record: format ours from the exception itself, then put theirs back.
        cached = record.exc_text
        record.exc_text = None
        try:
            return _home_as_tilde(super().format(record))
        finally:
            record.exc_text = cached


def describe_exception(exc: BaseException, tb: TracebackType | None = None) -> str:
    """``Traceback`` lines (file, line, function) and exception types, no messages.

    Chained causes are included the same way, innermost last.
    """
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    trace = tb if tb is not None else exc.__traceback__
    chain: list[tuple[BaseException, TracebackType | None]] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, trace))
        nxt = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
        current = nxt
        trace = nxt.__traceback__ if nxt is not None else None
    for i, (err, err_tb) in enumerate(reversed(chain)):
        if i:
            lines.append("which led to:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(err_tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        kind = type(err)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message not logged)")
    return "\n".join(lines)


def setup_logging(interface: str) -> Path | None:
    """Write our log records to the rotating file; the file, or None when it cannot be.

    ``interface`` ("cli" or "gui") is written in the first line of each run, with
    the versions, so a report tells which program wrote what.
    """
    global _handler
    if _handler is not None:
        return log_file()
    path = log_file()
    import logging.handlers  # here, not at import: it costs the GUI's start-up time

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None  # a read-only home: the program still runs, without a log
    handler.setFormatter(
        PrivateFormatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    _handler = handler
    # No version here: importlib.metadata would cost start-up time (the report has it).
    logging.getLogger("organiser").info(
        "%s started (%s): Python %s on %s",
        APP_ID,
        interface,
        platform.python_version(),
        # Not platform.platform(): it reads the interpreter's binary (milliseconds).
        f"{platform.system()} {platform.release()} {platform.machine()}",
    )
    return path


def stop_logging() -> None:
    """Detach and close the file handler (tests; the next setup starts afresh)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def log_unexpected(what: str, exc: BaseException) -> None:
    """Record a bug (not a user's mistake) with its stack, for the log file."""
    logging.getLogger("organiser").error(
        "unexpected problem in %s", what, exc_info=(type(exc), exc, exc.__traceback__)
    )


def unexpected_message(exc: BaseException) -> str:
    """The one line users see for a bug: its type and where the details are.

    The exception's own text is left out: it may hold SQL or someone's data.
    """
    where = shown_path() if _handler is not None else None
    line = f"unexpected problem ({type(exc).__name__})"
    return f"{line}; details are in {where}" if where else line
