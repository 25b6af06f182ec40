"""Backup files of a SQLite database: copy with the backup API and verify, names, folder.

The low level of backups, below the store: the store calls
:func:`pre_migration_backup` before it upgrades a file's schema, and
:mod:`organiser.backup` (above the store) adds manual, automatic and rotated
backups and restoring.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pendulum
from pendulum import DateTime

from organiser.errors import OrganiserError

BACKUP_FOLDER = "backups"


STAMP_FORMAT = "YYYYMMDD-HHmmss"


PG_HINT = (
    "Backups to a file are for SQLite databases; a shared PostgreSQL database is "
    "backed up on its server (pg_dump)."
)

_NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<kind>auto|manual|before-restore|before-migration-[0-9A-Za-z_]+)"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$"
)


# -- writing and checking one file ---------------------------------------------------


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600 on POSIX)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def open_existing(path: Path) -> sqlite3.Connection:
    """Connect to a file that must already exist (sqlite3 would create an empty one)."""
    if not Path(path).is_file():
        raise sqlite3.OperationalError(f"there is no file {path}")
    return sqlite3.connect(path)


def integrity_problem(path: Path) -> str | None:
    """None when ``path`` is a healthy SQLite file, else a short description."""
    try:
        con = open_existing(path)
    except sqlite3.Error as exc:
        return str(exc)
    con.text_factory = lambda b: b.decode("utf-8", "replace")  # damaged names in messages
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    except UnicodeDecodeError:  # SQLite's own message quotes a damaged name
        return "the file is damaged (its table names cannot be read)"
    finally:
        con.close()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "no answer"


def _unlink_all(path: Path) -> None:
    """A temporary copy and the journal SQLite may have left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def copy_sqlite(src: Path, dest: Path) -> Path:
    """Copy the live database ``src`` to ``dest`` with the backup API, then verify it.

    The copy is written beside ``dest`` under a temporary name and renamed
    only once it passed ``PRAGMA integrity_check``, so ``dest`` is never a
    half-written file, even if the process dies half way.
    """
    src = Path(src)
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise OrganiserError(f"Cannot write the backup: the folder {dest.parent} does not exist.")
    if dest.is_dir():
        raise OrganiserError(f"Cannot write the backup: {dest} is a folder.")
    if dest.exists() and src.exists() and os.path.samefile(src, dest):
        raise OrganiserError(
            "The backup cannot overwrite the database it copies; choose another file."
        )
    tmp = dest.with_name(dest.name + ".part")
    try:
        _unlink_all(tmp)  # leftovers of a copy that was killed: never reuse its journal
        create_private_file(tmp)
        source = open_existing(src)
        try:
            out = sqlite3.connect(tmp)
            try:
                source.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                out.close()
        finally:
            source.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        _unlink_all(tmp)
        raise OrganiserError(f"Could not back up {src}: {exc}.") from exc
    except OSError as exc:
        _unlink_all(tmp)
        raise OrganiserError(f"Could not write the backup {dest}: {exc.strerror or exc}.") from exc
    problem = integrity_problem(tmp)
    if problem is not None:
        _unlink_all(tmp)
        raise OrganiserError(
            f"The backup {dest} failed its integrity check ({problem}); it was removed."
        )
    os.replace(tmp, dest)
    return dest


# -- where backups go and what they are called ---------------------------------------


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_FOLDER


def ensure_dir(folder: Path) -> Path:
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder


def backup_name(db_path: Path, kind: str, when: DateTime | None = None) -> str:
    when = (when or pendulum.now("UTC")).in_timezone("UTC")
    return f"{Path(db_path).stem}-{kind}-{when.format(STAMP_FORMAT)}.sqlite"


def unique_path(path: Path) -> Path:
    if not path.exists():
        return path
    stem = path.name[: -len(".sqlite")]
    n = 2
    while True:
        candidate = path.with_name(f"{stem}-{n}.sqlite")
        if not candidate.exists():
            return candidate
        n += 1


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # auto, manual, before-restore, before-migration-<rev>
    taken_at: DateTime  # UTC, from the file name


def parse_backup_name(name: str, stem: str | None = None) -> tuple[str, DateTime] | None:
    m = _NAME_RE.match(name)
    if m is None or (stem is not None and m.group("stem") != stem):
        return None
    try:
        when = pendulum.from_format(m.group("stamp"), STAMP_FORMAT, tz="UTC")
    except ValueError:
        return None
    return m.group("kind"), when


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of this database in its backups folder, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found: list[BackupFile] = []
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry.name, stem)
        if parsed is not None and entry.is_file():
            found.append(BackupFile(entry, parsed[0], parsed[1]))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


# -- the two copies the store makes ---------------------------------------------------


def backup_file_to(src: Path, dest: Path | str) -> Path:
    """Write a verified, private backup of the database file ``src`` to ``dest``.

    ``dest`` is a file or a folder; given a folder, the file is named after the
    database and the time.
    """
    from organiser.output import check_target

    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = unique_path(dest / backup_name(src, "manual"))
    else:
        check_target(dest)  # never over the database, its backups or another database
    return copy_sqlite(src, dest)


def pre_migration_backup(db_path: Path, revision: str) -> Path:
    """Called by the store before it upgrades an existing file's schema."""
    folder = ensure_dir(backups_dir(db_path))
    name = backup_name(db_path, f"before-migration-{revision}")
    return copy_sqlite(db_path, unique_path(folder / name))
