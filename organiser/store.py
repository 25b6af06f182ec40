"""Where the data lives and how it is opened: engine, sessions, migrations.

A store is opened from a file path or a SQLAlchemy URL. SQLite files get
safe pragmas on every connection and are backed up before a migration; a
database written by a newer version of the program is refused untouched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from organiser.backupfiles import PG_HINT, backup_file_to, pre_migration_backup
from organiser.crud import conflict_from_stale
from organiser.errors import OrganiserError
from organiser.paths import data_dir as data_dir  # noqa: F401  (re-exported)
from organiser.paths import default_db_path as default_db_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"




def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` (None, a path or a URL) into a SQLAlchemy URL string."""
    if db is None:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return f"sqlite:///{path}"
    text = os.fspath(db).strip()
    if not text:
        raise OrganiserError("The database location is empty; give a file path or a URL.")
    if "://" in text:
        if text.startswith(("postgres://", "postgresql://")):
            # The plain scheme would pick psycopg2, which we do not ship.
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    return f"sqlite:///{Path(text).expanduser().absolute()}"


def busy_timeout_ms() -> int:
    """How long a write waits for another program's write (ORGANISER_BUSY_TIMEOUT_MS)."""
    try:
        return max(0, int(os.environ.get("ORGANISER_BUSY_TIMEOUT_MS", "5000")))
    except ValueError:
        return 5000


def write_wait_ms() -> int:
    """How long an import waits for another import (ORGANISER_WRITE_WAIT_MS, default 60 s)."""
    try:
        return max(0, int(os.environ.get("ORGANISER_WRITE_WAIT_MS", "60000")))
    except ValueError:
        return 60000


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        cur.execute("PRAGMA foreign_keys=ON")
        with suppress(Exception):  # a read-only file keeps the mode it has
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
    finally:
        cur.close()


def _describe_db_error(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def alembic_config() -> Config:
    from alembic.config import Config  # only when migrating: it is slow to import

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_RE = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision(?:: [^=]+)? = ['\"]([^'\"]+)['\"]", re.M)


@lru_cache(maxsize=4)
def _revision_graph(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(all revisions, revisions some other one builds on), read from the files.

    Opening a database that is already at head must not pay for importing
    Alembic; a test checks this agrees with Alembic's own view.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (folder / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION_RE.search(source)
        if rev:
            revisions.add(rev.group(1))
            down = _DOWN_RE.search(source)
            if down:
                parents.add(down.group(1))
    return frozenset(revisions), frozenset(parents)


def head_revision() -> str:
    revisions, parents = _revision_graph(MIGRATIONS_DIR)
    heads = sorted(revisions - parents)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph(MIGRATIONS_DIR)[0])


def _read_revision(conn: Any, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


class Store:
    """An open database: ``with store.session() as s:`` for each user action."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(db)
        try:
            url = make_url(self.url)
        except ArgumentError as exc:
            raise OrganiserError(f"“{self.url}” is not a database file path or URL.") from exc
        self.dialect = url.get_backend_name()
        self.path: Path | None = None
        self.read_only = False
        if self.dialect == "sqlite":
            if not url.database or url.database == ":memory:":
                raise OrganiserError("Give a database file path; in-memory databases are not kept.")
            self.path = Path(url.database)
            if not self.path.parent.is_dir():
                raise OrganiserError(
                    f"Cannot open the database: the folder {self.path.parent} does not exist."
                )
            if self.path.is_dir():
                raise OrganiserError(f"Cannot open the database: {self.path} is a folder.")
            self.read_only = self.path.exists() and not (
                os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
            )
            if self.read_only:
                # Reads still work from a read-only file or folder; a write says so in
                # one line. "immutable" lets SQLite read a WAL database whose -shm
                # file cannot be created in a read-only folder.
                flags = "mode=ro" if os.access(self.path.parent, os.W_OK) else "mode=ro&immutable=1"
                self.url = f"sqlite:///file:{self.path}?{flags}&uri=true"
            else:
                self._create_private_file(self.path)
            from organiser.output import protect_database

            protect_database(self.path)
        elif self.dialect != "postgresql":
            raise OrganiserError(
                f"Databases of type “{self.dialect}” are not supported; use a SQLite file "
                "or a postgresql+psycopg:// URL."
            )
        try:
            self.engine: Engine = create_engine(self.url, future=True, pool_pre_ping=True)
        except NoSuchModuleError as exc:
            raise OrganiserError(
                f"No database driver for “{url.drivername}”; use postgresql+psycopg://."
            ) from exc
        except (ArgumentError, ImportError) as exc:
            raise OrganiserError(f"Cannot use the database URL: {exc}") from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            self.engine.dispose()
            raise OrganiserError(
                f"Cannot open the database {self.display_name}: {_describe_db_error(exc)}."
            ) from exc
        if migrate:
            try:
                self.migrate()
            except Exception:
                self.engine.dispose()
                raise

    # -- identity -----------------------------------------------------------------
    @property
    def display_name(self) -> str:
        """The file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @staticmethod
    def _create_private_file(path: Path) -> None:
        """Create the file readable by its owner only; personal data lives here."""
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)

    # -- sessions -----------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work: commit on success, roll back on any error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except StaleDataError as exc:  # two organisers saved the same record (team mode)
            raise conflict_from_stale(s) from exc
        except (OperationalError, InterfaceError, MemoryError) as exc:
            # read-only, disk full, busy, connection lost: one line, no SQL, no values
            from organiser.dberrors import explain

            with suppress(Exception):
                s.rollback()
            raise explain(exc, self.display_name) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations ---------------------------------------------------------------
    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _read_revision(conn, set(inspect(conn).get_table_names()))

    def migrate(self) -> None:
        """Bring the schema to head; refuse newer or foreign databases unchanged."""
        try:
            with self.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
                current = _read_revision(conn, tables)
        except DBAPIError as exc:
            raise OrganiserError(
                f"Cannot read {self.display_name}: {_describe_db_error(exc)}. "
                "Is it a Meetup Organiser database?"
            ) from exc
        head = head_revision()
        if current is None and tables - {"alembic_version"}:
            raise OrganiserError(
                f"{self.display_name} already holds tables that are not from Meetup Organiser; "
                "nothing was changed. Choose another file or an empty database."
            )
        if current is not None and current not in known_revisions():
            raise OrganiserError(
                f"{self.display_name} was written by a newer version of Meetup Organiser "
                f"(schema {current}); install that version to open it. Nothing was changed."
            )
        if current == head:
            return
        if self.read_only:
            raise OrganiserError(
                f"{self.display_name} needs an upgrade but cannot be written (read-only); "
                "copy it somewhere writable first. Nothing was changed."
            )
        if current is not None and self.path is not None:
            pre_migration_backup(self.path, current)
        from alembic import command

        cfg = alembic_config()
        with self.engine.connect() as conn:
            sqlite = self.dialect == "sqlite"
            if sqlite:
                # A batch migration drops and re-creates tables; with foreign keys on,
                # that drop would cascade into every child row. The pragma only
                # works outside a transaction.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise OrganiserError(
                            f"Upgrading {self.display_name} would break links between "
                            "records; it was stopped. A backup from before the upgrade "
                            "is in the backups folder."
                        )
            finally:
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()

    def backup_to(self, dest: Path | str) -> Path:
        """Copy a live SQLite database with the backup API and verify the copy.

        ``dest`` is a file or a folder (then the file is named after the database).
        """
        if self.path is None:
            raise OrganiserError(PG_HINT)
        return backup_file_to(self.path, dest)
