"""Backups and restore: what an organiser relies on the night before the event."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import stat
from pathlib import Path

import pendulum
import pytest

from organiser import backup
from organiser.cli import run
from organiser.demo import PAST_SPEAKERS, SPEAKERS, create_demo
from organiser.errors import OrganiserError
from organiser.models import Speaker, Venue
from organiser.speakers import update_speaker
from organiser.store import Store, head_revision
from tests.conftest import PG_URL, reset_postgres

# A real 1x1 PNG, so the photo is what a user would attach.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2"
    "2a4f3a0000000049454e44ae426082"
)


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, as plain tuples (photos as bytes)."""
    con = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo meetup in a SQLite file, with a photo on every speaker."""
    db = tmp_path / "live" / "organiser.sqlite"
    db.parent.mkdir()
    with Store(db) as st, st.session() as s:
        create_demo(s)
        for i, sp in enumerate(s.query(Speaker).order_by(Speaker.id)):
            update_speaker(s, sp.id, photo=PNG + bytes([i]))
    return db


def test_restore_of_a_demo_backup_gives_the_same_data_photos_included(demo_file, tmp_path):
    before = dump(demo_file)
    out = tmp_path / "handover.sqlite"
    assert run(["--db", str(demo_file), "backup", "-o", str(out)], io.StringIO()) == 0
    assert backup.integrity_problem(out) is None
    assert mode(out) == 0o600

    co_organiser = tmp_path / "their-laptop.sqlite"
    msg = io.StringIO()
    assert run(["--db", str(co_organiser), "restore", str(out)], msg) == 0
    assert "Restored" in msg.getvalue()
    assert dump(co_organiser) == before
    with Store(co_organiser) as st, st.session() as s:
        photos = [s.get(Speaker, sp.id).photo for sp in s.query(Speaker).order_by(Speaker.id)]
    assert len(photos) == len(SPEAKERS) + len(PAST_SPEAKERS)  # the demo's whole library
    assert all(p is not None and p.startswith(PNG) for p in photos)
    assert len(set(photos)) == len(photos)  # each speaker still has their own photo
    assert mode(co_organiser) == 0o600


def test_backup_is_one_self_contained_file(demo_file, tmp_path):
    with Store(demo_file) as st:
        dest = st.backup_to(tmp_path / "b.sqlite")
        # written while the store is open and in WAL mode
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert not Path(str(dest) + "-wal").exists()
    assert not list(tmp_path.glob("*.part"))


def test_backup_into_a_folder_names_the_file_and_never_overwrites_the_database(demo_file):
    with Store(demo_file) as st:
        dest = backup.backup_to(st, demo_file.parent)
        assert dest.parent == demo_file.parent
        assert dest.name.startswith("organiser-manual-")
        with pytest.raises(OrganiserError, match="is the database"):
            backup.backup_to(st, demo_file)
    assert backup.integrity_problem(demo_file) is None


def test_restore_keeps_the_current_data_first(demo_file, tmp_path):
    empty = tmp_path / "empty.sqlite"
    Store(empty).close()
    before = dump(demo_file)
    result = backup.restore(empty, demo_file)
    assert result.previous_kept_at is not None
    assert result.previous_kept_at.parent == demo_file.parent / "backups"
    assert "before-restore" in result.previous_kept_at.name
    assert mode(result.previous_kept_at) == 0o600
    assert dump(result.previous_kept_at) == before
    with Store(demo_file) as st, st.session() as s:
        assert s.query(Speaker).count() == 0
    # and back again: the kept copy is itself a restorable backup
    backup.restore(result.previous_kept_at, demo_file)
    assert dump(demo_file) == before


def _with_revision(src: Path, dest: Path, revision: str | None) -> Path:
    backup.copy_sqlite(src, dest)
    con = sqlite3.connect(dest)
    con.execute("DELETE FROM alembic_version")
    if revision is not None:
        con.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    con.commit()
    con.close()
    return dest


def test_restore_refuses_a_backup_from_a_newer_version_untouched(demo_file, tmp_path):
    newer = _with_revision(demo_file, tmp_path / "newer.sqlite", "9999_from_the_future")
    target = tmp_path / "target.sqlite"
    Store(target).close()
    before = digest(target)
    err = io.StringIO()
    assert run(["--db", str(target), "restore", str(newer)], io.StringIO(), err) == 1
    assert "newer version" in err.getvalue() and "Nothing was changed" in err.getvalue()
    assert digest(target) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"name,email\nAda,ada@example.org\n", "not a usable backup"),
        (b"", "not a Meetup Organiser backup"),
    ],
)
def test_restore_refuses_files_that_are_not_backups(tmp_path, demo_file, content, message):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    before = digest(demo_file)
    with pytest.raises(OrganiserError, match=message):
        backup.restore(bad, demo_file)
    assert digest(demo_file) == before


def test_restore_refuses_a_damaged_backup(demo_file, tmp_path):
    copy = backup.copy_sqlite(demo_file, tmp_path / "copy.sqlite")
    data = bytearray(copy.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # scribble over every page but the first few
        data[offset + 100 : offset + 400] = os.urandom(300)
    copy.write_bytes(bytes(data))
    target = tmp_path / "t.sqlite"
    with pytest.raises(OrganiserError, match="not a usable backup"):
        backup.restore(copy, target)
    assert not target.exists()


def test_restore_over_a_broken_database_keeps_its_bytes(demo_file, tmp_path):
    good = backup.copy_sqlite(demo_file, tmp_path / "good.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this was a database until the disk hiccupped" * 100)
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(broken), "restore", str(good)], out, err) == 0, err.getvalue()
    assert dump(broken) == dump(demo_file)
    kept = next((tmp_path / "backups").glob("broken-before-restore-*.sqlite"))
    assert kept.read_bytes().startswith(b"this was a database")
    assert str(kept) in out.getvalue()


def test_restore_of_an_older_schema_is_upgraded(tmp_path):
    # the oldest schema there is: a Meetup Organiser file with no revision applied yet
    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.commit()
    con.close()
    target = tmp_path / "t.sqlite"
    result = backup.restore(old, target)
    assert result.migrated and result.revision_in_backup is None
    with Store(target, migrate=False) as st:
        assert st.current_revision() == head_revision()


def test_restore_refuses_while_another_instance_has_the_file_open(demo_file, tmp_path):
    import subprocess
    import sys

    good = backup.copy_sqlite(demo_file, tmp_path / "good.sqlite")
    code = (
        "import sys; from pathlib import Path; from organiser.lock import InstanceLock; "
        f"InstanceLock(Path({str(demo_file)!r})).acquire(); print('locked', flush=True); "
        "sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = digest(demo_file)
        with pytest.raises(OrganiserError, match="already open"):
            backup.restore(good, demo_file)
        assert digest(demo_file) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_restore_inside_the_app_that_holds_the_lock(demo_file, tmp_path):
    """The GUI holds the instance lock itself; its own restore must not be refused."""
    from organiser.lock import InstanceLock

    good = backup.copy_sqlite(demo_file, tmp_path / "good.sqlite")
    with Store(demo_file) as st, InstanceLock(demo_file):
        with st.session() as s:
            s.add(Venue(name="Added after the backup"))
        st.engine.dispose()
        backup.restore(good, demo_file)
        st.migrate()
        with st.session() as s:
            assert s.query(Venue).filter_by(name="Added after the backup").count() == 0


def test_migration_is_preceded_by_a_backup(tmp_path):
    # a real database of the first released schema, upgraded by the real migrations
    old = tmp_path / "organiser.sqlite"
    first = Path(__file__).resolve().parents[1] / "data" / "migrations" / "0001.sqlite"
    old.write_bytes(first.read_bytes())
    before = dump(old)
    with Store(old) as st:
        assert st.current_revision() == head_revision() != "0001"
    kept = list((old.parent / "backups").glob("organiser-before-migration-0001*.sqlite"))
    assert len(kept) == 1
    assert dump(kept[0]) == before
    assert mode(kept[0]) == 0o600


def test_auto_backup_only_after_changes(demo_file):
    with Store(demo_file) as st:
        assert backup.changed_since_last_backup(st)
        first = backup.auto_backup(st)
        assert first is not None and first.name.startswith("organiser-auto-")
        assert backup.integrity_problem(first) is None and mode(first) == 0o600
        assert not backup.changed_since_last_backup(st)
        assert backup.auto_backup(st) is None
        # reading and checkpointing move file times but change no data
        with st.session() as s:
            s.query(Speaker).all()
        with st.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert backup.auto_backup(st) is None
        with st.session() as s:
            s.add(Venue(name="Second venue"))
        assert backup.changed_since_last_backup(st)
        second = backup.auto_backup(st, now=pendulum.now("UTC").add(seconds=5))
        assert second is not None and second != first
        assert "Second venue" in str(dump(second)["venues"])


@pytest.mark.skipif(not PG_URL, reason="ORGANISER_TEST_DATABASE_URL not set")
def test_auto_backup_is_not_for_postgres():
    reset_postgres(PG_URL)
    store = Store(PG_URL)
    _pg_checks(store)
    store.close()


def _pg_checks(store):
    assert not backup.changed_since_last_backup(store)
    assert backup.auto_backup(store) is None
    with pytest.raises(OrganiserError, match="pg_dump"):
        backup.backup_to(store, "/tmp/never-written.sqlite")
    with pytest.raises(OrganiserError, match="pg_restore"):
        backup.restore("/tmp/whatever.sqlite", store.url)


def test_rotation_plan_keeps_recent_daily_and_weekly():
    now = pendulum.datetime(2026, 11, 27, 12, 0, tz="UTC")  # a Friday
    # one backup every 6 hours for 120 days
    stamps = [now.subtract(hours=6 * i) for i in range(480)]
    keep = backup.plan_rotation(stamps, now, keep_last=5, keep_daily=7, keep_weekly=8)
    assert set(stamps[:5]) <= keep  # the newest five
    days = {k.start_of("day") for k in keep}
    for d in range(7):  # the newest of each of the last 7 days
        day = now.start_of("day").subtract(days=d)
        assert max(s for s in stamps if s.start_of("day") == day) in keep
    weeks = {k.start_of("week") for k in keep}
    assert len(weeks) == 8
    assert min(weeks) == now.start_of("week").subtract(weeks=7)
    assert all((now - k).in_days() < 8 * 7 for k in keep)  # nothing older survives
    assert len(keep) <= 5 + 7 + 8
    assert len(days) >= 7


def test_rotation_plan_with_few_backups_keeps_all():
    now = pendulum.datetime(2026, 11, 27, 12, 0, tz="UTC")
    stamps = [now.subtract(days=40), now.subtract(days=3), now]
    assert backup.plan_rotation(stamps, now) == set(stamps)


def test_rotate_deletes_only_old_automatic_backups(tmp_path):
    db = tmp_path / "organiser.sqlite"
    Store(db).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    now = pendulum.datetime(2026, 11, 27, 12, 0, tz="UTC")
    made = []
    for i in range(60):
        when = now.subtract(days=i)
        made.append(folder / backup.backup_name(db, "auto", when))
        made[-1].write_bytes(b"rotation looks at names only")
    old = now.subtract(days=90)
    manual = backup.copy_sqlite(db, folder / backup.backup_name(db, "manual", old))
    other_db = folder / backup.backup_name(tmp_path / "other.sqlite", "auto", old)
    other_db.write_bytes(b"x")
    removed = backup.rotate(db, now=now)
    assert removed and all(p in made for p in removed)
    left = {b.taken_at for b in backup.list_backups(db) if b.kind == "auto"}
    assert left == backup.plan_rotation([now.subtract(days=i) for i in range(60)], now)
    assert manual.exists() and other_db.exists()


def test_restore_interrupted_before_the_swap_leaves_the_old_data_whole(
    demo_file, tmp_path, monkeypatch
):
    """Dying between removing the WAL and renaming the restored file in loses nothing."""
    good = backup.copy_sqlite(demo_file, tmp_path / "good.sqlite")
    # a commit left in the WAL, as after a crash of the app (no checkpoint on close)
    con = sqlite3.connect(demo_file)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute(
        "INSERT INTO venues (name, address, contact_name, contact_phone, accessibility, "
        "wifi_name, wifi_password, av_equipment, notes, version) "
        "VALUES ('Only in the WAL', '', '', '', '', '', '', '', '', 1)"
    )
    con.commit()
    wal = Path(str(demo_file) + "-wal")
    kept_wal = wal.read_bytes()
    shm = Path(str(demo_file) + "-shm").read_bytes()
    con.close()  # closing checkpoints; put the WAL back as a crash would have left it
    wal.write_bytes(kept_wal)
    Path(str(demo_file) + "-shm").write_bytes(shm)
    assert wal.stat().st_size > 0
    real_replace = os.replace

    def crash_on_swap(src, dst):
        if str(src).endswith(".restoring"):
            raise OSError("power cut")
        return real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", crash_on_swap)
    with pytest.raises(OrganiserError, match="power cut"):
        backup.restore(good, demo_file)
    monkeypatch.undo()
    con = sqlite3.connect(demo_file)
    names = [r[0] for r in con.execute("SELECT name FROM venues")]
    con.close()
    assert "Only in the WAL" in names
