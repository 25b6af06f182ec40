"""Backups of a SQLite database: manual, automatic, rotated; restore. Above the store.

A backup is a complete SQLite file written with SQLite's online backup API,
so it is consistent even while the app is writing, and it holds everything:
events, people, speaker photos (they live in the database) and settings.
Secrets never reach it because they are never stored in the database.

Automatic backups land in a ``backups`` folder beside the database:

- before every schema migration (``<stem>-before-migration-<rev>-<stamp>.sqlite``),
- before a restore replaces the file (``<stem>-before-restore-<stamp>.sqlite``),
- when the app closes after changes (``<stem>-auto-<stamp>.sqlite``), rotated:
  the newest few, plus one per day and one per ISO week for a while.

PostgreSQL (team mode) is backed up on the server with ``pg_dump``; the
functions here say so instead of pretending.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from organiser.backupfiles import (
    BACKUP_FOLDER,
    PG_HINT,
    STAMP_FORMAT,
    BackupFile,
    backup_name,
    backups_dir,
    copy_sqlite,
    create_private_file,
    ensure_dir,
    integrity_problem,
    list_backups,
    open_existing,
    parse_backup_name,
    pre_migration_backup,
    unique_path,
)
from organiser.errors import OrganiserError
from organiser.lock import InstanceLock
from organiser.models import Base
from organiser.store import Store, head_revision, known_revisions, resolve_url

KEEP_LAST = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 8

# The file-level half lives in organiser.backupfiles (below the store); its names
# are part of this module's interface too.
__all__ = [
    "BACKUP_FOLDER",
    "KEEP_DAILY",
    "KEEP_LAST",
    "KEEP_WEEKLY",
    "PG_HINT",
    "STAMP_FORMAT",
    "BackupFile",
    "RestoreResult",
    "auto_backup",
    "backup_name",
    "backup_to",
    "backups_dir",
    "changed_since_last_backup",
    "content_fingerprint",
    "copy_sqlite",
    "create_private_file",
    "inspect_backup",
    "integrity_problem",
    "list_backups",
    "parse_backup_name",
    "plan_rotation",
    "pre_migration_backup",
    "restore",
    "rotate",
]


# -- backing up a store --------------------------------------------------------------


def backup_to(store: Store, dest: Path | str) -> Path:
    """Write a verified, private backup of ``store`` to ``dest`` (a file or a folder).

    Given a folder, the file is named after the database and the time.
    """
    return store.backup_to(dest)


# -- "did anything change since the last backup?" ------------------------------------


def _state_path(db_path: Path) -> Path:
    return backups_dir(db_path) / f"{Path(db_path).stem}.last-backup.json"


def _file_marks(db_path: Path) -> list[list[int]]:
    marks = []
    for suffix in ("", "-wal"):
        p = Path(str(db_path) + suffix)
        try:
            st = p.stat()
            marks.append([st.st_size, st.st_mtime_ns])
        except FileNotFoundError:
            marks.append([0, 0])
    return marks


def content_fingerprint(db_path: Path) -> str:
    """A hash of every row of every table: equal hashes mean equal data.

    File times and sizes change on checkpoints without any edit, so the
    decision rests on the content; the times are only a shortcut.
    """
    h = hashlib.sha256()
    con = open_existing(db_path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        for table in tables:
            h.update(b"\x00T" + table.encode())
            quoted = '"' + table.replace('"', '""') + '"'
            for row in con.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):  # noqa: S608
                for value in row:
                    if isinstance(value, bytes):  # photos: hash the bytes, not their repr
                        h.update(b"\x00B%d:" % len(value))
                        h.update(value)
                    else:
                        h.update(b"\x00" + repr(value).encode("utf-8", "surrogatepass"))
    finally:
        con.close()
    return h.hexdigest()


def _read_state(db_path: Path) -> dict[str, object]:
    try:
        data = json.loads(_state_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_state(db_path: Path, fingerprint: str) -> None:
    folder = ensure_dir(backups_dir(db_path))
    state = {
        "fingerprint": fingerprint,
        "marks": _file_marks(db_path),
        "at": pendulum.now("UTC").to_iso8601_string(),
    }
    tmp = folder / (_state_path(db_path).name + ".part")
    create_private_file(tmp)
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, _state_path(db_path))


def changed_since_last_backup(store: Store) -> bool:
    """True when the data differs from what the last automatic backup recorded.

    False for PostgreSQL (its backups are the server's job).
    """
    path = store.path
    if path is None:
        return False
    state = _read_state(path)
    if not state:
        return True
    if state.get("marks") == _file_marks(path):
        return False
    return state.get("fingerprint") != content_fingerprint(path)


def auto_backup(store: Store, *, now: DateTime | None = None) -> Path | None:
    """The backup taken when the app closes: only if something changed; then rotate.

    Returns the new file, or None when nothing changed (or on PostgreSQL).
    """
    path = store.path
    if path is None or not changed_since_last_backup(store):
        return None
    fingerprint = content_fingerprint(path)
    state = _read_state(path)
    if state.get("fingerprint") == fingerprint:
        _write_state(path, fingerprint)  # only the file times moved
        return None
    folder = ensure_dir(backups_dir(path))
    dest = copy_sqlite(path, unique_path(folder / backup_name(path, "auto", now)))
    _write_state(path, fingerprint)
    rotate(path, now=now)
    return dest


# -- rotation --------------------------------------------------------------------------


def plan_rotation(
    stamps: Iterable[DateTime],
    now: DateTime,
    *,
    keep_last: int = KEEP_LAST,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> set[DateTime]:
    """Which backup times to keep (pure: tests feed it made-up times).

    The newest ``keep_last``, plus the newest of each of the last
    ``keep_daily`` days and of each of the last ``keep_weekly`` ISO weeks.
    Days and weeks are counted in UTC back from ``now``.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:keep_last])
    today = now.in_timezone("UTC").start_of("day")
    this_week = today.start_of("week")
    seen_days: set[DateTime] = set()
    seen_weeks: set[DateTime] = set()
    for when in ordered:
        utc = when.in_timezone("UTC")
        day = utc.start_of("day")
        if day not in seen_days and (today - day).in_days() < keep_daily:
            seen_days.add(day)
            keep.add(when)
        week = day.start_of("week")
        if week not in seen_weeks and (this_week - week).in_weeks() < keep_weekly:
            seen_weeks.add(week)
            keep.add(when)
    return keep


def rotate(db_path: Path, *, now: DateTime | None = None) -> list[Path]:
    """Delete automatic backups the plan does not keep; return what was deleted.

    Manual, pre-migration and pre-restore backups are never deleted here:
    they are rare and each marks a moment someone may want to go back to.
    """
    autos = [b for b in list_backups(db_path) if b.kind == "auto"]
    by_time: dict[DateTime, list[BackupFile]] = {}
    for b in autos:
        by_time.setdefault(b.taken_at, []).append(b)
    keep = plan_rotation(by_time, now or pendulum.now("UTC"))
    removed: list[Path] = []
    for when, files in by_time.items():
        files.sort(key=lambda b: b.path.name)
        doomed = files if when not in keep else files[:-1]
        for b in doomed:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


# -- restore -------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    into: Path
    previous_kept_at: Path | None  # None when there was no previous data
    revision_in_backup: str | None
    migrated: bool  # the backup came from an older schema and was upgraded


def inspect_backup(path: Path) -> str | None:
    """Check a file can be restored; return its schema revision (None: empty schema).

    Raises OrganiserError for a missing, damaged, foreign or newer-version file.
    """
    path = Path(path)
    if not path.is_file():
        raise OrganiserError(f"There is no backup file {path}.")
    problem = integrity_problem(path)
    if problem is not None:
        raise OrganiserError(f"{path} is not a usable backup: {problem}. Nothing was changed.")
    con = open_existing(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for kind, name in con.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
        ):
            # Meetup Organiser never makes these: a trigger in a backup would rewrite
            # later data (say, every imported address) once restored.
            raise OrganiserError(
                f"{path} holds a {kind} (“{str(name)[:40]}”) that Meetup Organiser never "
                "makes; it was not restored. Nothing was changed."
            )
        if "alembic_version" not in tables:
            raise OrganiserError(
                f"{path} is not a Meetup Organiser backup (it has no schema version). "
                "Nothing was changed."
            )
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise OrganiserError(f"{path} is not a usable backup: {exc}. Nothing was changed.") from exc
    finally:
        con.close()
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise OrganiserError(
            f"{path} was made by a newer version of Meetup Organiser (schema {revision}); "
            "install that version to restore it. Nothing was changed."
        )
    if revision is None and tables - {"alembic_version"}:
        raise OrganiserError(f"{path} is not a Meetup Organiser backup. Nothing was changed.")
    return revision


@contextmanager
def _restore_lock(db_path: Path) -> Iterator[None]:
    """Hold the instance lock, unless this very process already holds it (the GUI)."""
    lock = InstanceLock(db_path, reentrant=True)
    assert lock.path is not None
    try:
        holder = json.loads(lock.path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        holder = {}
    if isinstance(holder, dict) and holder.get("pid") == os.getpid():
        yield
        return
    with lock:
        yield


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _keep_current(db_path: Path) -> Path | None:
    """Save the file about to be replaced; a damaged one is kept byte for byte."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    folder = ensure_dir(backups_dir(db_path))
    dest = unique_path(folder / backup_name(db_path, "before-restore"))
    try:
        return copy_sqlite(db_path, dest)
    except OrganiserError:
        pass
    # Too damaged for SQLite to read: keep the raw bytes (and its journal) instead,
    # each under a temporary name first: a full disk must not leave a cut-off file
    # that looks like a real backup.
    written: list[Path] = []
    try:
        for suffix in ("", "-wal", "-journal"):
            side = Path(str(db_path) + suffix)
            if suffix and not side.exists():
                continue
            part = Path(str(dest) + suffix + ".part")
            written.append(part)
            create_private_file(part)
            shutil.copyfile(side, part)
        for part in written:
            os.replace(part, Path(str(part)[: -len(".part")]))
    except OSError:
        for part in written:
            part.unlink(missing_ok=True)
            Path(str(part)[: -len(".part")]).unlink(missing_ok=True)
        raise
    return dest


def _schema_objects(st: Store) -> dict[tuple[str, str], set[str]]:
    """(type, name) of every table, index, trigger and view -> the table's columns."""
    out: dict[tuple[str, str], set[str]] = {}
    with st.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, tbl_name FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger', 'view')"
        ).all()
        for kind, name, _tbl in rows:
            cols: set[str] = set()
            if kind == "table":
                cols = {str(r[1]) for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')}
            out[(str(kind), str(name))] = cols
    return out


@lru_cache(maxsize=1)
def _reference_schema() -> dict[tuple[str, str], set[str]]:
    """What a database made by this program holds at head."""
    import tempfile

    with (
        tempfile.TemporaryDirectory(prefix="organiser-schema-") as folder,
        Store(Path(folder) / "reference.sqlite") as ref,
    ):
        # The models are the migrations' target: a table a capability declares (and
        # its migration makes) is this program's own.
        Base.metadata.create_all(ref.engine)
        return _schema_objects(ref)


def _check_schema_objects(st: Store) -> None:
    """Only this program's tables, indexes and columns: nothing added, nothing missing."""
    found = _schema_objects(st)
    expected = _reference_schema()
    for key in sorted(set(found) - set(expected)):
        raise OrganiserError(
            f"The backup holds a {key[0]} (“{key[1][:40]}”) that Meetup Organiser never makes; "
            "it was not restored. Nothing was changed."
        )
    for key in sorted(set(expected) - set(found)):
        raise OrganiserError(
            f"The backup lacks the {key[0]} “{key[1]}”; it was not restored. Nothing was changed."
        )
    for key, cols in expected.items():
        if found[key] != cols:
            raise OrganiserError(
                f"The backup's table “{key[1]}” has other columns than Meetup Organiser's; "
                "it was not restored. Nothing was changed."
            )


def _check_values(st: Store) -> None:
    """Links, allowed values, lengths and time zones: what the app relies on when reading."""
    from sqlalchemy import CheckConstraint, String

    from organiser.models import Event, Speaker
    from organiser.timeutil import is_canonical_zone

    problem: str | None = None
    with st.engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            problem = "records that point at records it does not have"
        for table in Base.metadata.sorted_tables:
            if problem:
                break
            for constraint in table.constraints:
                if isinstance(constraint, CheckConstraint):
                    sql = str(constraint.sqltext.compile(dialect=conn.dialect))
                    bad = conn.exec_driver_sql(
                        f'SELECT count(*) FROM "{table.name}" WHERE NOT ({sql})'
                    ).scalar()
                    if bad:
                        problem = f"values “{table.name}” does not allow"
                        break
            for col in table.columns:
                length = getattr(col.type, "length", None)
                if isinstance(col.type, String) and length and not problem:
                    bad = conn.exec_driver_sql(
                        f'SELECT count(*) FROM "{table.name}" WHERE length("{col.name}") > {length}'
                    ).scalar()
                    if bad:
                        problem = f"text too long for “{table.name}.{col.name}”"
        if problem is None:
            zones = [
                *conn.execute(select(Event.timezone)).scalars(),
                *(z for z in conn.execute(select(Speaker.timezone)).scalars() if z),
            ]
            wrong = next((z for z in zones if not is_canonical_zone(str(z))), None)
            if wrong is not None:
                problem = f"a time zone that does not exist (“{str(wrong)[:40]}”)"
    if problem is not None:
        raise OrganiserError(
            f"The backup holds {problem}; it was not restored. Nothing was changed."
        )


def _check_readable(path: Path) -> None:
    """Open a staged copy with the program itself and read every record of every table.

    ``integrity_check`` proves the file's structure; a flipped byte inside a
    value (text that is no longer UTF-8, a date that is no longer a date)
    passes it and would only fail later, in the middle of the app.
    """
    try:
        with Store(path) as st:
            _check_schema_objects(st)
            _check_values(st)
    except (SQLAlchemyError, ValueError, TypeError, UnicodeDecodeError) as exc:
        # Text that is no longer UTF-8 in a column's name (the table's definition) or
        # in a value the checks read: sqlite3's message would quote it, so never shown.
        raise OrganiserError(
            "The backup is damaged: some of its text cannot be read. "
            "Nothing was changed; try an older backup."
        ) from exc
    with Store(path) as st, st.session() as s:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            table = str(getattr(cls, "__tablename__", cls.__name__))
            try:
                s.scalars(select(cls)).all()
            except (SQLAlchemyError, ValueError, TypeError, UnicodeDecodeError) as exc:
                raise OrganiserError(
                    f"The backup is damaged: a record in “{table}” cannot "
                    "be read. Nothing was changed; try an older backup."
                ) from exc
            s.expunge_all()
        # the checks themselves must leave no trace in the copy
        s.rollback()


def _fold_wal(db_path: Path) -> None:
    """Move committed WAL content into the main file before the WAL is removed.

    Then a crash between removing the WAL and renaming the restored file in
    leaves the old database whole rather than missing its latest commits.
    """
    if not Path(str(db_path) + "-wal").exists():
        return
    try:
        con = open_existing(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error:
        pass  # a damaged file: its bytes (and WAL) were already kept as they were


def restore(backup: Path | str, into_db: Path | str | None) -> RestoreResult:
    """Replace the database ``into_db`` by the backup, keeping the current file first.

    The backup is checked (integrity, Meetup Organiser schema, not newer than
    this program) before anything is touched; the current file is never
    opened through the store, so a damaged database can be restored over.
    A backup from an older schema is upgraded after the copy. Any open
    engine on ``into_db`` must be disposed by the caller first.
    """
    backup = Path(backup).expanduser()
    url = resolve_url(into_db)
    if not url.startswith("sqlite:///"):
        raise OrganiserError(
            "Restoring a backup file is for SQLite databases; restore a shared PostgreSQL "
            "database on its server (pg_restore)."
        )
    target = Path(url[len("sqlite:///") :])
    if not target.parent.is_dir():
        raise OrganiserError(f"Cannot restore: the folder {target.parent} does not exist.")
    if target.exists() and backup.exists() and os.path.samefile(target, backup):
        raise OrganiserError("That file is the database itself; choose a backup file.")
    revision = inspect_backup(backup)
    with _restore_lock(target):
        staged = target.with_name(target.name + ".restoring")
        copy_sqlite(backup, staged)
        try:
            _check_readable(staged)  # upgrades an older schema, then reads every record
            previous = _keep_current(target)
            _fold_wal(target)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            os.replace(staged, target)
        except OSError as exc:  # a full disk while keeping the current data
            _remove_with_companions(staged)
            raise OrganiserError(
                f"Cannot restore into {target}: {exc.strerror or exc}. Nothing was changed."
            ) from None
        except BaseException:
            _remove_with_companions(staged)
            raise
        migrated = revision != head_revision()
        problem = integrity_problem(target)
        if problem is not None:  # pragma: no cover - the copy was verified twice
            raise OrganiserError(f"The restored database failed its check: {problem}.")
    return RestoreResult(backup, target, previous, revision, migrated)
