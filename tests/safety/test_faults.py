"""SIGKILL in the middle of an import, a backup and a restore: nothing lost, nothing half.

Real CLI processes are killed with SIGKILL (no clean-up runs) at the moment
their work is visibly under way (the WAL growing, the .part or .restoring
copy appearing). Afterwards the database passes integrity_check, holds all
or none of the import, a file with a backup's name is always a whole
database, and running the same command again succeeds.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest

from organiser import backup
from organiser.events import create_event
from organiser.store import Store
from tests.safety.conftest import ROOT, child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
ROWS = 60_000


def _db_with_event(path: Path) -> Path:
    with Store(path) as st, st.session() as s:
        start = pendulum.datetime(2027, 6, 1, 18, 0, tz="Europe/Rome")
        create_event(s, title="Kill", starts_at=start, ends_at=start.add(hours=2),
                     timezone="Europe/Rome")
    return path


def _csv(path: Path, rows: int = ROWS) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("First name,Last name,Email\n")
        for i in range(rows):
            fh.write(f"Person{i},Family{i % 331},p{i}@example.org\n")
    return path


def _count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(con.execute("SELECT count(*) FROM attendees").fetchone()[0])
    finally:
        con.close()


def _kill_when(argv: list[str], ready: Callable[[], bool], tmp_path: Path) -> bool:
    """Start ``argv``; SIGKILL it as soon as ``ready()``; True if it died mid-way."""
    proc = subprocess.Popen(argv, cwd=ROOT, env=child_env(tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return proc.returncode == -signal.SIGKILL
        time.sleep(0.002)
    proc.wait(timeout=120)
    return False


def _cli(*args: object) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *map(str, args)]


def test_sigkill_mid_import_keeps_all_or_nothing_and_the_import_runs_again(tmp_path):
    db = _db_with_event(tmp_path / "organiser.sqlite")
    csv = _csv(tmp_path / "people.csv")
    wal = Path(str(db) + "-wal")
    killed = _kill_when(
        _cli("--db", db, "import-attendees", 1, csv),
        lambda: wal.exists() and wal.stat().st_size > 200_000,
        tmp_path,
    )
    assert _count(db) in (0, ROWS)  # one transaction: never a part
    if killed:
        assert _count(db) == 0
    again = subprocess.run(_cli("--db", db, "import-attendees", 1, csv), cwd=ROOT,
                           env=child_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert _count(db) == ROWS


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    (tmp_path / "live").mkdir()
    db = _db_with_event(tmp_path / "live" / "organiser.sqlite")
    from organiser import attendees as A

    with Store(db) as st, st.session() as s:
        A.import_file(s, 1, _csv(tmp_path / "seed.csv"))
    return db


def test_sigkill_mid_backup_never_leaves_a_cut_off_backup(big_db, tmp_path):
    dest = tmp_path / "out" / "copy.sqlite"
    dest.parent.mkdir()
    part = dest.with_name(dest.name + ".part")
    _kill_when(_cli("--db", big_db, "backup", "-o", dest), part.exists, tmp_path)
    if dest.exists():
        assert backup.integrity_problem(dest) is None
    assert _count(big_db) == ROWS
    again = subprocess.run(_cli("--db", big_db, "backup", "-o", dest), cwd=ROOT,
                           env=child_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert backup.integrity_problem(dest) is None and _count(dest) == ROWS


def test_sigkill_mid_restore_leaves_either_database_whole_and_restore_runs_again(big_db, tmp_path):
    good = backup.copy_sqlite(big_db, tmp_path / "good.sqlite")
    with Store(big_db) as st, st.session() as s:  # the live data moves on after the backup
        from organiser import attendees as A

        A.add_attendee(s, 1, first_name="After", last_name="Backup")
    staged = big_db.with_name(big_db.name + ".restoring")
    _kill_when(
        _cli("--db", big_db, "restore", good),
        lambda: staged.exists() or Path(str(staged) + ".part").exists(),
        tmp_path,
    )
    assert _count(big_db) in (ROWS, ROWS + 1)  # the old data or the backup's, whole
    for kept in (big_db.parent / "backups").glob("*.sqlite") if (
        big_db.parent / "backups"
    ).exists() else []:
        assert backup.integrity_problem(kept) is None, kept.name
    again = subprocess.run(_cli("--db", big_db, "restore", good), cwd=ROOT,
                           env=child_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert _count(big_db) == ROWS
