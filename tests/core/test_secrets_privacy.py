"""Secrets and privacy: a stream key and a speaker's phone number on the demo meetup.

Where each may appear (decided here, and documented in the report):
- the stream key: nowhere but the OS keyring (not the database, not a backup,
  not any export, print-out or announcement);
- a speaker's phone number: in the database and so in a backup (that is the
  organiser's own data, handed over whole) and nowhere else: not on badges,
  the public agenda, the calendar file, the announcement, the attendee CSV,
  the checklist, nor the speaker briefing (each speaker's page goes to that
  speaker, so another speaker's number there would be a leak);
- the organiser's on-the-day phone: in the speaker briefing ("who to call on
  the day", where it belongs) and the backup; not in anything public
  (badges, agenda, calendar file, announcement, attendee CSV).
Files holding personal data (database, its WAL, backups) are 0600 on POSIX.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from organiser.events import update_event
from organiser.models import StreamLink
from organiser.speakers import update_speaker
from organiser.store import Store
from tests.tools.outputs import OUTPUTS, available_commands, produce

STREAM_KEY = "live_4815_zq9X-SECRET-STREAM-KEY-2342"
PHONE = "+16465550177"
PHONE_ALLOWED = {"backup"}
ORGANISER_PHONE = "+393470001234"
ORGANISER_PHONE_ALLOWED = {"briefing", "backup", "checklist"}


class MemoryKeyring:
    """An in-memory keyring, so the test never touches the machine's real one."""

    priority = 10

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)

    def get_credential(self, service: str, username: str | None):  # pragma: no cover
        return None


def _as_backend(mem: MemoryKeyring):
    from keyring.backend import KeyringBackend

    class Backend(KeyringBackend):
        priority = 10  # type: ignore[assignment]

        def get_password(self, service, username):
            return mem.get_password(service, username)

        def set_password(self, service, username, password):
            mem.set_password(service, username, password)

        def delete_password(self, service, username):
            mem.delete_password(service, username)

    return Backend()


@pytest.fixture
def memory_keyring():
    import keyring

    old = keyring.get_keyring()
    mem = MemoryKeyring()
    keyring.set_keyring(_as_backend(mem))
    try:
        yield mem
    finally:
        keyring.set_keyring(old)


def set_stream_key(store: Store, link_id: int, key: str) -> None:
    from organiser import secrets

    with store.session() as s:
        secrets.set_stream_key(s, link_id, key)


@pytest.fixture
def private_demo(demo_store, memory_keyring):
    store, event_id = demo_store
    with store.session() as s:
        link = s.scalars(select(StreamLink).where(StreamLink.event_id == event_id)).first()
        assert link is not None, "the demo has a stream"
        link_id = link.id
        from organiser.speakers import speakers_of_event

        remote = next(sp for sp in speakers_of_event(s, event_id) if sp.remote)
        update_speaker(s, remote.id, phone=PHONE)
        update_event(s, event_id, organiser_phone=ORGANISER_PHONE)
    return store, event_id, link_id, memory_keyring


def _db_arg(store: Store) -> str:
    return str(store.path) if store.path is not None else store.url


def _database_text(store: Store) -> str:
    if store.path is not None:
        parts = [store.path, Path(str(store.path) + "-wal")]
        return "".join(p.read_bytes().decode("latin-1") for p in parts if p.exists())
    with store.engine.connect() as conn:
        rows = []
        for table in ("stream_links", "app_settings", "events", "sessions", "speakers"):
            rows.append(repr(conn.exec_driver_sql(f"SELECT * FROM {table}").fetchall()))
        return "\n".join(rows)


def test_stream_key_goes_to_the_keyring_not_the_database(private_demo):
    store, _event_id, link_id, mem = private_demo
    set_stream_key(store, link_id, STREAM_KEY)
    assert STREAM_KEY in mem.data.values(), "the key should be kept in the keyring"
    assert STREAM_KEY not in _database_text(store)


@pytest.mark.parametrize("output", OUTPUTS, ids=[o.name for o in OUTPUTS])
def test_outputs_hold_no_stream_key_and_phone_only_where_it_belongs(private_demo, output, tmp_path):
    store, event_id, link_id, _mem = private_demo
    assert output.name in available_commands(), f"the `{output.name}` command is missing"
    if output.kind == "sqlite" and store.path is None:
        pytest.skip("not applicable: file backups are for SQLite; PostgreSQL has its own")
    set_stream_key(store, link_id, STREAM_KEY)
    text = produce(_db_arg(store), event_id, output, tmp_path)
    assert text.strip(), f"`{output.name}` produced nothing to check"
    assert STREAM_KEY not in text, f"the stream key leaked into `{output.name}`"
    assert "SECRET-STREAM-KEY" not in text
    if output.name in PHONE_ALLOWED:
        assert PHONE in text, "a backup holds all the organiser's data"
    else:
        assert PHONE not in text, f"a speaker's phone number leaked into `{output.name}`"
    if output.name in ("briefing", "backup"):
        assert ORGANISER_PHONE in text, f"`{output.name}` should give the organiser's number"
    elif output.name not in ORGANISER_PHONE_ALLOWED:
        assert ORGANISER_PHONE not in text, f"the organiser's phone leaked into `{output.name}`"
    if output.suffix:
        written = tmp_path / f"{output.name}{output.suffix}"
        if output.kind == "sqlite":
            assert stat.S_IMODE(os.stat(written).st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_its_journal_are_private(tmp_path):
    old = os.umask(0o022)  # a typical, permissive umask
    try:
        with Store(tmp_path / "o.sqlite") as st, st.session() as s:
            from organiser.demo import create_demo

            create_demo(s)
            wal = Path(str(st.path) + "-wal")
            assert wal.exists()
            assert stat.S_IMODE(os.stat(wal).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(tmp_path / "o.sqlite").st_mode) == 0o600
        backups = tmp_path / "backups"
        from organiser import backup

        with Store(tmp_path / "o.sqlite") as st:
            made = backup.auto_backup(st)
        assert made is not None
        assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(backups).st_mode) == 0o700
        state = next(backups.glob("*.last-backup.json"))
        assert stat.S_IMODE(os.stat(state).st_mode) == 0o600
    finally:
        os.umask(old)
