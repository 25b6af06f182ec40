"""Help ▸ Report a problem: a zip a user can attach to a bug report, with no personal data.

What goes in: ``report.txt`` (program, Python and library versions, the operating
system, the kind of database and its schema revision; no path, no URL, no
names) and the log files (``organiser.logs`` writes them without personal data).
The caller may add lines (the GUI adds its toolkit's versions and the
interface language).
"""

from __future__ import annotations

import platform
import sys
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from organiser import APP_ID
from organiser.logs import LOG_NAME, log_dir

#: The libraries whose version matters in a bug report (import names differ; these
#: are the distribution names).
LIBRARIES = (
    "SQLAlchemy",
    "alembic",
    "pendulum",
    "reportlab",
    "platformdirs",
    "icalendar",
    "keyring",
    "qrcode",
    "python-bidi",
    "arabic-reshaper",
    "fonttools",
    "uharfbuzz",
    "psycopg",
)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def report_lines(extra: Iterable[tuple[str, str]] = ()) -> list[str]:
    """``name: value`` lines describing this installation."""
    from organiser import __version__

    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python environment"
    lines = [
        f"{APP_ID}: {__version__} ({frozen})",
        f"created: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"system: {platform.system()} {platform.release()} ({platform.machine()})",
        f"platform: {platform.platform(terse=True)}",
    ]
    lines += [f"{name}: {value}" for name, value in extra]
    lines += [f"{dist}: {_version(dist)}" for dist in LIBRARIES]
    return lines


def write_report(dest: Path, extra: Iterable[tuple[str, str]] = ()) -> Path:
    """Write the zip at ``dest`` and return it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    logs = sorted(log_dir().glob(f"{LOG_NAME}*")) if log_dir().is_dir() else []
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.txt", "\n".join(report_lines(extra)) + "\n")
        for log in logs:
            if log.is_file():
                zf.write(log, f"log/{log.name}")
        if not logs:
            zf.writestr("log/README.txt", "No log file was written yet.\n")
    return dest


def database_description(store: object | None) -> str:
    """The kind of database and its schema revision: never its path or address."""
    if store is None:
        return "none open"
    dialect = getattr(store, "dialect", "unknown")
    try:
        revision = store.current_revision()  # type: ignore[attr-defined]
    except Exception:  # a report must be written even when the database is broken
        revision = "unreadable"
    return f"{dialect}, schema {revision}"
