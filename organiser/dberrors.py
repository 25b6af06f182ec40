"""Database failures as one line a person can act on, never SQL or someone's data.

SQLAlchemy's messages carry the statement and its parameters (names, e-mail
addresses, check-in tokens). ``explain`` keeps only the class of failure:
read-only, disk full, busy, connection lost, out of memory, a duplicate. The
log gets the same class plus the driver's error code, never the message.
"""

from __future__ import annotations

import errno
import logging

from organiser.errors import OrganiserError

log = logging.getLogger("organiser.database")

# (words in the driver's message or SQLSTATE prefix, kind) — first match wins.
_SQLITE_KINDS = (
    ("readonly", "read-only"),
    ("read-only", "read-only"),
    ("disk is full", "full"),
    ("database or disk is full", "full"),
    ("locked", "busy"),
    ("busy", "busy"),
    ("disk i/o error", "io"),
    ("unable to open", "cannot-open"),
    ("not a database", "damaged"),
    ("malformed", "damaged"),
    ("out of memory", "memory"),
)
_PG_STATES = (
    ("25006", "read-only"),  # read_only_sql_transaction (a standby, or read-only mode)
    ("53100", "full"),  # disk_full
    ("53200", "memory"),  # out_of_memory
    ("53300", "busy"),  # too_many_connections
    ("55P03", "busy"),  # lock_not_available
    ("40P01", "busy"),  # deadlock_detected
    ("40001", "busy"),  # serialization_failure
    ("57P01", "lost"),  # admin_shutdown
    ("08", "lost"),  # connection exceptions
    ("42501", "denied"),  # insufficient_privilege
    ("23", "duplicate"),  # integrity constraint violation
)

_MESSAGES = {
    "read-only": "{db} cannot be written (the file or its folder is read-only); "
    "nothing was changed. Reading still works.",
    "full": "The disk holding {db} is full; nothing was changed. Free some space and try again.",
    "busy": "{db} is busy with another program's change; nothing was changed. "
    "Try again in a moment.",
    "io": "The disk holding {db} reported a read or write error; nothing was changed.",
    "cannot-open": "Cannot open {db}: the file or its folder cannot be read or written.",
    "damaged": "{db} is damaged or not a Meetup Organiser database; restore a backup.",
    "memory": "Not enough memory to finish; nothing was changed. Try a smaller file.",
    "lost": "The connection to the database server was lost; nothing was changed. "
    "Check the network and try again.",
    "denied": "The database server refused the change (no permission); nothing was changed.",
    "duplicate": "That change would duplicate or orphan a record already saved; "
    "nothing was changed.",
    "other": "The database reported a problem; nothing was changed.",
}


def classify(exc: BaseException) -> str:
    """The kind of database failure (a key of the messages above)."""
    if isinstance(exc, MemoryError):
        return "memory"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return "full"
    orig = getattr(exc, "orig", exc)
    if getattr(exc, "connection_invalidated", False):
        return "lost"
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(state, str):
        for prefix, kind in _PG_STATES:
            if state.startswith(prefix):
                return kind
    name = type(orig).__name__
    if name == "IntegrityError":
        return "duplicate"
    text = str(orig).lower()
    if "server closed the connection" in text or "connection" in text and "failed" in text:
        return "lost"
    if "consuming input failed" in text or "terminating connection" in text:
        return "lost"
    for words, kind in _SQLITE_KINDS:
        if words in text:
            return kind
    return "other"


def explain(exc: BaseException, db: str = "the database") -> OrganiserError:
    """An OrganiserError for a driver/SQLAlchemy failure; logs the kind, never the message."""
    kind = classify(exc)
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None)
    log.info("database failure: %s (%s %s)", kind, type(orig).__name__, code or "")
    return OrganiserError(_MESSAGES[kind].format(db=db))


def is_database_failure(exc: BaseException) -> bool:
    """A DB-API / SQLAlchemy error, or running out of memory or disk."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError | MemoryError):
        return True
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        return True
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
