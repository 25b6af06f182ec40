"""A backup is checked completely before it replaces anything.

Hostile backups are made from a real one with sqlite3 (what an attacker
would do): a trigger, a view, an extra table or index, a missing index, a
zone that does not exist, a value outside its list, text longer than its
column, a dangling link. Each is refused in one line and the live database
is byte-identical afterwards. A full disk during a restore leaves no file
with a backup's name that is cut off, and no .part/.restoring leftovers.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from organiser import backup
from organiser.demo import create_demo
from organiser.errors import OrganiserError
from organiser.store import Store
from tests.safety.conftest import one_clean_line


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(tmp_path: Path) -> Path:
    db = tmp_path / "live" / "organiser.sqlite"
    db.parent.mkdir()
    with Store(db) as st, st.session() as s:
        create_demo(s)
    return db


@pytest.fixture
def good(live: Path, tmp_path: Path) -> Path:
    return backup.copy_sqlite(live, tmp_path / "good.sqlite")


ATTACKS = {
    "trigger": "CREATE TRIGGER steal AFTER INSERT ON attendees BEGIN "
    "UPDATE attendees SET email='attacker@example.invalid' WHERE id = NEW.id; END",
    "view": "CREATE VIEW everyone AS SELECT email FROM attendees",
    "extra table": "CREATE TABLE exfil (x TEXT)",
    "extra index": "CREATE INDEX ix_sneaky ON attendees (notes)",
    "missing index": "DROP INDEX ix_attendees_event_search",
    "fake zone": "UPDATE events SET timezone = 'Mars/Olympus'",
    "right zone": "UPDATE events SET timezone = 'right/Europe/Rome'",
    "speaker zone": "UPDATE speakers SET timezone = 'posixrules'",
    "enum": "PRAGMA ignore_check_constraints=ON; UPDATE attendees SET rsvp = 'maybe'",
    "length": "UPDATE attendees SET first_name = printf('%.300c', 'x')",
    "dangling link": "PRAGMA foreign_keys=OFF; UPDATE attendees SET event_id = 987654",
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_tampered_backup_is_refused_and_the_live_data_is_untouched(live, good, attack):
    con = sqlite3.connect(good)
    con.executescript(ATTACKS[attack])
    con.commit()
    con.close()
    before = digest(live)
    with pytest.raises(OrganiserError) as refused:
        backup.restore(good, live)
    assert "Nothing was changed" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert digest(live) == before
    leftovers = [p.name for p in live.parent.iterdir() if ".restoring" in p.name or
                 p.name.endswith(".part")]
    assert leftovers == []


def test_the_untampered_backup_restores(live, good):
    result = backup.restore(good, live)
    assert result.into == live
    assert backup.integrity_problem(live) is None


def test_the_cli_refuses_a_trigger_in_one_line(live, good, cli):
    con = sqlite3.connect(good)
    con.executescript(ATTACKS["trigger"])
    con.close()
    run = cli("--db", live, "restore", good)
    assert run.returncode == 1 and one_clean_line(run.stderr), run.stderr
    assert "trigger" in run.stderr


def _mount_tmpfs(folder: Path, size: int) -> bool:
    folder.mkdir()
    return subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    ).returncode == 0


def test_a_full_disk_during_restore_leaves_nothing_half_written(live, good, tmp_path, cli):
    disk = tmp_path / "small"
    size = live.stat().st_size
    # room for the live file and the staged copy, not for the copy of the current data
    if not _mount_tmpfs(disk, int(size * 2.4)):
        pytest.skip("this machine does not allow mounting a small tmpfs")
    try:
        target = disk / live.name
        shutil.copy2(live, target)
        before = digest(target)
        run = cli("--db", target, "restore", good)
        assert run.returncode == 1, run.stdout
        assert one_clean_line(run.stderr), run.stderr
        assert "space" in run.stderr or "full" in run.stderr, run.stderr
        assert digest(target) == before
        names = sorted(p.name for p in disk.rglob("*") if p.is_file())
        assert not [n for n in names if ".restoring" in n or n.endswith(".part")], names
        for kept in (disk / "backups").glob("*.sqlite") if (disk / "backups").exists() else []:
            assert backup.integrity_problem(kept) is None, kept.name  # never a cut-off copy
    finally:
        subprocess.run(["umount", str(disk)], check=True)
