import hashlib
import os
import sqlite3
import stat

import pendulum
import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import IntegrityError

from organiser.errors import OrganiserError
from organiser.models import Event, EventSession, Venue
from organiser.store import Store, head_revision, resolve_url
from tests.conftest import PG_URL, reset_postgres

EXPECTED_TABLES = {
    "venues",
    "events",
    "speakers",
    "sessions",
    "session_speakers",
    "stream_links",
    "checklist_templates",
    "template_items",
    "checklist_items",
    "attendees",
    "badge_layouts",
    "app_settings",
    "alembic_version",
}


def _event(**kw):
    start = pendulum.datetime(2026, 12, 10, 18, 30, tz="Europe/Rome")
    base = dict(title="T", starts_at=start, ends_at=start.add(hours=3), timezone="Europe/Rome")
    base.update(kw)
    return Event(**base)


def test_empty_database_is_migrated_to_head(store):
    assert store.current_revision() == head_revision()
    with store.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= EXPECTED_TABLES


def test_datetimes_go_in_aware_and_come_back_in_utc(store):
    with store.session() as s:
        ev = _event()
        s.add(ev)
        s.flush()
        ev_id = ev.id
    with store.session() as s:
        got = s.get(Event, ev_id)
        assert got.starts_at.timezone_name == "UTC"
        assert got.starts_at == pendulum.datetime(2026, 12, 10, 17, 30, tz="UTC")
        assert got.starts_at.in_timezone("Europe/Rome").hour == 18


def test_naive_datetime_is_refused(store):
    import datetime as dt

    with pytest.raises(Exception, match="aware"), store.session() as s:
        s.add(_event(starts_at=dt.datetime(2026, 12, 10, 18, 0)))
        s.flush()


def test_database_refuses_end_before_start_and_negative_capacity(store):
    with pytest.raises(IntegrityError), store.session() as s:
        ev = _event()
        ev.ends_at = ev.starts_at.subtract(hours=1)
        s.add(ev)
        s.flush()
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(_event(capacity=-1))
        s.flush()
    with store.session() as s:
        assert s.scalars(select(Event)).all() == []


def test_deleting_an_event_deletes_its_sessions_and_a_venue_only_unlinks(store):
    with store.session() as s:
        venue = Venue(name="Hall")
        ev = _event(venue=venue)
        s.add(ev)
        s.flush()
        s.add(EventSession(event_id=ev.id, title="Talk", starts_at=ev.starts_at))
        ev_id, venue_id = ev.id, venue.id
    with store.engine.begin() as conn:  # the database itself enforces the rules
        conn.execute(text("DELETE FROM venues WHERE id = :i"), {"i": venue_id})
        assert conn.execute(text("SELECT venue_id FROM events")).scalar_one() is None
        conn.execute(text("DELETE FROM events WHERE id = :i"), {"i": ev_id})
        assert conn.execute(text("SELECT count(*) FROM sessions")).scalar_one() == 0


def test_sqlite_pragmas_on_every_connection(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_private(sqlite_store):
    mode = stat.S_IMODE(os.stat(sqlite_store.path).st_mode)
    assert mode == 0o600


def test_newer_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(OrganiserError, match="newer version"):
        Store(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.skipif(not PG_URL, reason="ORGANISER_TEST_DATABASE_URL not set")
def test_newer_postgres_database_is_refused_untouched():
    reset_postgres(PG_URL)
    Store(PG_URL).close()
    eng = create_engine(PG_URL)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
        conn.execute(text("CREATE TABLE marker (x int)"))
    with pytest.raises(OrganiserError, match="newer version"):
        Store(PG_URL)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == (
            "9999_from_the_future"
        )
    eng.dispose()


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id integer)")
    con.commit()
    con.close()
    with pytest.raises(OrganiserError, match="not from Meetup Organiser"):
        Store(path)


def test_not_a_database_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not sqlite " * 100)
    with pytest.raises(OrganiserError, match="Cannot"):
        Store(path)


@pytest.mark.parametrize(
    "db, message",
    [
        ("/no/such/folder/x.sqlite", "does not exist"),
        ("mysql://u@h/db", "not supported"),
        ("postgresql+nosuchdriver://u@h/db", "driver"),
        ("   ", "empty"),
    ],
)
def test_bad_db_locations(db, message):
    with pytest.raises(OrganiserError, match=message):
        Store(db)


def test_plain_postgres_scheme_uses_psycopg():
    assert resolve_url("postgresql://u@h/db").startswith("postgresql+psycopg://")


def test_backup_copy_is_verified_and_private(sqlite_store, tmp_path):
    with sqlite_store.session() as s:
        s.add(Venue(name="Hall"))
    dest = sqlite_store.backup_to(tmp_path / "copy.sqlite")
    con = sqlite3.connect(dest)
    assert con.execute("SELECT name FROM venues").fetchall() == [("Hall",)]
    con.close()
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o600


def test_revision_files_read_without_alembic_agree_with_alembic():
    from alembic.script import ScriptDirectory

    from organiser.store import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
