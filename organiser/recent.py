"""The recently opened databases (File ▸ Open Recent): which to keep and how to name them.

The list itself lives in the GUI's settings; this module only decides what goes
in it: a file as its absolute path, a team database as its URL *without the
password* (secrets stay out of settings files), newest first, no duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

MAX_RECENT = 8


def location(db: str) -> str:
    """How a database is remembered: a file's absolute path, or a URL with no password."""
    text = db.strip()
    if text.startswith("sqlite:///"):
        return str(Path(text[len("sqlite:///") :]))
    if "://" not in text:
        return str(Path(text).expanduser().absolute())
    # Imported here: the File menu is built before the first paint, SQLAlchemy is not needed.
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError:
        return text
    return url._replace(password=None).render_as_string(hide_password=False)


def remember(recent: Iterable[str], db: str, limit: int = MAX_RECENT) -> list[str]:
    """``recent`` with ``db`` moved (or added) to the top, at most ``limit`` entries."""
    first = location(db)
    rest = [r for r in recent if r and r != first]
    return [first, *rest][:limit]


def is_file(entry: str) -> bool:
    return "://" not in entry


def available(entry: str) -> bool:
    """A remembered file that is still there (a server is tried only when chosen)."""
    return not is_file(entry) or Path(entry).is_file()


def label(entry: str, home: Path | None = None) -> str:
    """The menu text: the home folder as ``~``."""
    if not is_file(entry):
        return entry
    home_text = str(home or Path.home())
    if entry.startswith(home_text + "/") or entry.startswith(home_text + "\\"):
        return "~" + entry[len(home_text) :]
    return entry
