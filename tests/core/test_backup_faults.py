"""Fault injection: the copy is damaged at each step of a backup or a restore.

Each damage is placed from the file's own content (its header's page size and
page count, a table's root page from sqlite_master, the bytes of a known
value), never a pinned offset, so it still lands when the schema or the demo
changes. Every case must end the same way for the organiser: a clear refusal,
no temporary file left behind, the live database byte for byte as it was and
no "before-restore" copy made for a restore that did not happen.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from organiser import backup
from organiser.demo import create_demo
from organiser.errors import OrganiserError
from organiser.store import Store

TITLE = b"ML Rome #42: Learning from little data"  # the demo meetup's title, stored as text


# --------------------------------------------------------------------------- damage, from content


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def root_page(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        (page,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
    finally:
        con.close()
    return int(page)


def truncate(path: Path) -> None:
    """Cut the file after half its pages (as a full disk would)."""
    data = path.read_bytes()
    pages = int.from_bytes(data[28:32], "big")
    assert pages * page_size(data) == len(data), "header page count matches the file"
    path.write_bytes(data[: (pages // 2) * page_size(data)])


def flip_page(path: Path, table: str = "attendees") -> None:
    """Invert every byte of the table's root page (a bad sector)."""
    data = bytearray(path.read_bytes())
    size = page_size(data)
    start = (root_page(path, table) - 1) * size
    data[start : start + size] = bytes(b ^ 0xFF for b in data[start : start + size])
    path.write_bytes(bytes(data))


def drop_table(path: Path, table: str = "speakers") -> None:
    """A structurally healthy file that lacks one of the program's tables."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(f'DROP TABLE "{table}"')
        con.commit()
    finally:
        con.close()
    assert backup.integrity_problem(path) is None  # integrity_check alone cannot see it


def bad_text(path: Path) -> None:
    """One byte of a stored title no longer UTF-8 (integrity_check cannot see it)."""
    data = bytearray(path.read_bytes())
    at = data.find(TITLE)
    assert at > 0, "the demo title is stored in the file"
    data[at + 3] = 0x80
    path.write_bytes(bytes(data))
    assert backup.integrity_problem(path) is None


def not_utf8(needle: bytes, offset: int, what: str) -> Callable[[Path], None]:
    """Damage: the first stored ``needle`` gets a byte that is not UTF-8 (found by fuzzing)."""

    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        at = data.find(needle)
        assert at > 0, f"{what} is stored in the file"
        data[at + offset] = 0x80
        path.write_bytes(bytes(data))
        assert backup.integrity_problem(path) is None  # integrity_check cannot see it

    damage.__name__ = f"not_utf8_{what.replace(' ', '_')}"
    return damage


# A column's name in the venues table's stored definition, and the meetup's time
# zone: both read by the checks before the records are.
bad_column_name = not_utf8(b"wifi_name", 5, "a column name")
bad_zone = not_utf8(b"Europe/Rome", 9, "the time zone")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def live(tmp_path: Path) -> Path:
    db = tmp_path / "live" / "organiser.sqlite"
    db.parent.mkdir()
    with Store(db) as st, st.session() as s:
        create_demo(s)
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(*folders: Path) -> list[str]:
    return sorted(
        p.name
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.endswith((".part", ".restoring")) or ".part-" in p.name or ".restoring-" in p.name
    )


def damaging_integrity_check(
    monkeypatch: pytest.MonkeyPatch, suffix: str, damage: Callable[[Path], None]
) -> list[Path]:
    """Damage the file named ``*suffix`` just before copy_sqlite checks it."""
    home = sys.modules[backup.copy_sqlite.__module__]  # wherever copy_sqlite lives
    real = home.integrity_problem
    hit: list[Path] = []

    def check(path: Path) -> str | None:
        path = Path(path)
        if path.name.endswith(suffix) and not hit:
            damage(path)
            hit.append(path)
        return real(path)

    monkeypatch.setattr(home, "integrity_problem", check)
    return hit


# --------------------------------------------------------------------------- backing up


@pytest.mark.parametrize("damage", [truncate, flip_page], ids=["truncated", "flipped-page"])
def test_backup_whose_part_file_is_damaged_is_refused_and_removed(live, monkeypatch, damage):
    before = digest(live)
    dest = live.parent.parent / "out" / "backup.sqlite"
    dest.parent.mkdir()
    hit = damaging_integrity_check(monkeypatch, ".part", damage)
    with (
        Store(live) as st,
        pytest.raises(OrganiserError, match="failed its integrity check") as err,
    ):
        backup.backup_to(st, dest)
    assert hit, "the damage reached the .part file"
    assert "\n" not in str(err.value)
    assert not dest.exists()
    assert leftovers(dest.parent, live.parent) == []
    assert digest(live) == before


# --------------------------------------------------------------------------- restoring


@pytest.fixture
def good_backup(live: Path) -> Path:
    dest = live.parent.parent / "b" / "backup.sqlite"
    dest.parent.mkdir()
    with Store(live) as st:
        backup.backup_to(st, dest)
    return dest


def assert_refused_untouched(live: Path, before: str, src: Path, match: str) -> None:
    kept_before = sorted(p.name for p in backup.backups_dir(live).glob("*"))
    with pytest.raises(OrganiserError, match=match) as err:
        backup.restore(src, live)
    assert "\n" not in str(err.value) and "Traceback" not in str(err.value)
    assert digest(live) == before
    assert leftovers(live.parent, src.parent) == []
    kept_after = sorted(p.name for p in backup.backups_dir(live).glob("*"))
    assert kept_after == kept_before, "no before-restore copy for a restore that did not happen"
    with Store(live) as st, st.session() as s:  # and the app still opens it
        from organiser.models import Event

        assert s.query(Event).count() >= 1


@pytest.mark.parametrize(
    ("damage", "match"),
    [
        (truncate, "not a usable backup"),
        (flip_page, "not a usable backup"),
        (drop_table, "damaged|cannot be read|not a|lacks"),
        (bad_text, "cannot be read"),
        (bad_column_name, "damaged|not a usable backup"),
        (bad_zone, "cannot be read"),
    ],
    ids=["truncated", "flipped-page", "missing-table", "bad-text", "bad-column-name", "bad-zone"],
)
def test_damaged_backup_file_is_refused(live, good_backup, damage, match):
    damage(good_backup)
    assert_refused_untouched(live, digest(live), good_backup, match)
    with pytest.raises(OrganiserError) as err:
        backup.restore(good_backup, live)
    # sqlite3's own words quote the damaged text (a name, a value): never shown
    assert "decode" not in str(err.value) and "with text" not in str(err.value)


@pytest.mark.parametrize(
    ("damage", "match"),
    [(truncate, "integrity check"), (flip_page, "integrity check")],
    ids=["truncated", "flipped-page"],
)
def test_restore_whose_staging_part_is_damaged_is_refused(
    live, good_backup, monkeypatch, damage, match
):
    """The backup is fine; its copy beside the database breaks while being written."""
    hit = damaging_integrity_check(monkeypatch, ".restoring.part", damage)
    assert_refused_untouched(live, digest(live), good_backup, match)
    assert hit


@pytest.mark.parametrize(
    ("damage", "match"),
    [(drop_table, "cannot be read|lacks"), (bad_text, "cannot be read")],
    ids=["missing-table", "bad-text"],
)
def test_restore_whose_staged_copy_is_damaged_is_refused(
    live, good_backup, monkeypatch, damage, match
):
    """Damage the verified staged copy before its records are read: reading them finds it."""
    real_copy = backup.copy_sqlite
    hit: list[Path] = []

    def copy_then_damage(src: Path, dest: Path) -> Path:
        out = real_copy(src, dest)
        if Path(dest).name.endswith(".restoring"):
            damage(out)
            hit.append(out)
        return out

    monkeypatch.setattr(sys.modules[backup.restore.__module__], "copy_sqlite", copy_then_damage)
    assert_refused_untouched(live, digest(live), good_backup, match)
    assert hit


def test_an_undamaged_restore_still_goes_through(live, good_backup):
    """The same path without damage restores, so the refusals above come from the damage."""
    result = backup.restore(good_backup, live)
    assert result.previous_kept_at is not None and result.previous_kept_at.is_file()
    assert backup.integrity_problem(live) is None
    assert leftovers(live.parent, good_backup.parent) == []
