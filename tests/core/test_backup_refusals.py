"""Backups: which automatic backups are kept, and which files restore refuses (fast).

The files are made with Python's own ``sqlite3``, not with the app; the kept
backup times are worked out by hand on a calendar (30 November 2026 is a Monday).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pendulum
import pytest

from organiser import backup
from organiser.errors import OrganiserError
from organiser.store import head_revision

NOW = pendulum.datetime(2026, 11, 30, 12, 0, tz="UTC")  # Monday


def at(month: int, day: int, hour: int = 9) -> pendulum.DateTime:
    return pendulum.datetime(2026, month, day, hour, 0, tz="UTC")


# -- rotation ----------------------------------------------------------------------------


def test_ten_backups_today_keep_the_newest_five():
    stamps = [at(11, 30, h) for h in range(1, 11)]
    assert backup.plan_rotation(stamps, NOW) == {at(11, 30, h) for h in range(6, 11)}


def test_a_daily_backup_for_two_months_keeps_a_week_of_days_and_eight_weeks():
    stamps = [NOW.subtract(days=i).set(hour=9) for i in range(60)]
    days = {at(11, d) for d in range(24, 31)}  # today and the six days before
    sundays = {at(11, 22), at(11, 15), at(11, 8), at(11, 1), at(10, 25), at(10, 18)}
    assert backup.plan_rotation(stamps, NOW) == days | sundays


def test_each_rule_on_its_own():
    stamps = [NOW.subtract(days=i).set(hour=9) for i in range(60)]
    only = dict(keep_last=0, keep_daily=0, keep_weekly=0)
    assert backup.plan_rotation(stamps, NOW, **only) == set()
    assert backup.plan_rotation(stamps, NOW, **{**only, "keep_last": 2}) == {
        at(11, 30),
        at(11, 29),
    }
    assert backup.plan_rotation(stamps, NOW, **{**only, "keep_daily": 3}) == {
        at(11, 30),
        at(11, 29),
        at(11, 28),
    }
    assert backup.plan_rotation(stamps, NOW, **{**only, "keep_weekly": 3}) == {
        at(11, 30),  # this week (so far only Monday)
        at(11, 29),  # last week's Sunday
        at(11, 22),
    }


def test_days_are_counted_in_utc_whatever_zone_the_times_come_in():
    auckland = "Pacific/Auckland"  # UTC+13 in November
    # 29 Nov 23:00 and 30 Nov 01:00 in Auckland: the same UTC day (29 Nov 10:00 and 12:00)
    a = pendulum.datetime(2026, 11, 29, 23, 0, tz=auckland)
    b = pendulum.datetime(2026, 11, 30, 1, 0, tz=auckland)
    now = NOW.in_timezone(auckland)  # 1 Dec 01:00 there, still 30 Nov in UTC
    only_days = dict(keep_last=0, keep_daily=2, keep_weekly=0)
    assert backup.plan_rotation([a, b], now, **only_days) == {b}
    c = pendulum.datetime(2026, 11, 28, 12, 0, tz=auckland)  # 27 Nov 23:00 UTC: 3 days ago
    assert backup.plan_rotation([a, b, c], now, **only_days) == {b}


def test_days_are_counted_in_utc_whatever_the_machines_zone():
    # on a laptop set to Auckland, 29 Nov 10:00 and 12:00 UTC are 29 Nov 23:00
    # and 30 Nov 01:00 there; in UTC they are one day, so one of them is kept
    a, b = at(11, 29, 10), at(11, 29, 12)
    pendulum.set_local_timezone(pendulum.timezone("Pacific/Auckland"))
    try:
        kept = backup.plan_rotation([a, b], NOW, keep_last=0, keep_daily=2, keep_weekly=0)
    finally:
        pendulum.set_local_timezone()
    assert kept == {b}


def test_the_same_time_twice_is_one_backup_time():
    assert backup.plan_rotation([at(11, 30), at(11, 30)], NOW, keep_last=1) == {at(11, 30)}


# -- files restore refuses ---------------------------------------------------------------


def _db(path: Path, *sql: str) -> Path:
    con = sqlite3.connect(path)
    try:
        for statement in sql:
            con.execute(statement)
        con.commit()
    finally:
        con.close()
    return path


VERSION = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"


def test_a_file_of_this_version_is_accepted(tmp_path):
    head = head_revision()
    f = _db(tmp_path / "ok.sqlite", VERSION, f"INSERT INTO alembic_version VALUES ('{head}')")
    assert backup.inspect_backup(f) == head


def test_an_empty_schema_is_accepted_as_nothing_to_upgrade(tmp_path):
    f = _db(tmp_path / "empty.sqlite", VERSION)
    assert backup.inspect_backup(f) is None


def _refusal(path) -> str:
    with pytest.raises(OrganiserError) as info:
        backup.inspect_backup(path)
    text = str(info.value)
    assert "\n" not in text
    return text


def test_a_missing_file_is_refused(tmp_path):
    assert "There is no backup file" in _refusal(tmp_path / "nope.sqlite")
    assert "There is no backup file" in _refusal(tmp_path)  # a folder is not a file


def test_a_database_with_a_damaged_page_is_refused(tmp_path):
    head = head_revision()
    rows = ", ".join(["('" + "x" * 500 + "')"] * 200)
    f = _db(
        tmp_path / "damaged.sqlite",
        VERSION,
        f"INSERT INTO alembic_version VALUES ('{head}')",
        "CREATE TABLE notes (body TEXT)",
        f"INSERT INTO notes VALUES {rows}",
    )
    data = bytearray(f.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # page size, from the file's header
    pages = len(data) // page
    assert pages > 10
    last = (pages - 1) * page  # a data page of "notes", far from the schema
    data[last] = 0xFF  # not a b-tree page type
    f.write_bytes(bytes(data))
    text = _refusal(f)
    assert "is not a usable backup" in text and text.endswith("Nothing was changed.")


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    f = tmp_path / "notes.sqlite"
    f.write_bytes(b"Dear diary, " * 400)
    text = _refusal(f)
    assert "is not a usable backup" in text and "Nothing was changed" in text


def test_another_programs_database_is_refused(tmp_path):
    f = _db(tmp_path / "other.sqlite", "CREATE TABLE songs (title TEXT)")
    assert _refusal(f).endswith(
        "is not a Meetup Organiser backup (it has no schema version). Nothing was changed."
    )


def test_a_newer_versions_backup_is_refused(tmp_path):
    f = _db(tmp_path / "new.sqlite", VERSION, "INSERT INTO alembic_version VALUES ('9999_next')")
    text = _refusal(f)
    assert "made by a newer version" in text and "9999_next" in text
    assert text.endswith("install that version to restore it. Nothing was changed.")


def test_tables_without_a_schema_version_row_are_refused(tmp_path):
    f = _db(tmp_path / "half.sqlite", VERSION, "CREATE TABLE event (id INTEGER)")
    text = _refusal(f)
    assert text.endswith("is not a Meetup Organiser backup. Nothing was changed.")


@pytest.mark.parametrize(
    "kind, sql",
    [
        (
            "trigger",
            "CREATE TRIGGER t_{name} AFTER INSERT ON alembic_version "
            "BEGIN DELETE FROM alembic_version; END",
        ),
        ("view", "CREATE VIEW v_{name} AS SELECT * FROM alembic_version"),
    ],
)
def test_a_trigger_or_view_the_app_never_makes_is_refused(tmp_path, kind, sql):
    head = head_revision()
    name = "x" * 60
    f = _db(
        tmp_path / "hook.sqlite",
        VERSION,
        f"INSERT INTO alembic_version VALUES ('{head}')",
        sql.format(name=name),
    )
    text = _refusal(f)
    assert f"holds a {kind}" in text
    assert text.endswith(
        "that Meetup Organiser never makes; it was not restored. Nothing was changed."
    )
    assert f"“{kind[0]}_{'x' * 38}”" in text  # the name cut to 40 characters


def test_an_unreadable_schema_version_is_refused(tmp_path):
    f = _db(tmp_path / "odd.sqlite", "CREATE TABLE alembic_version (other TEXT)")
    text = _refusal(f)
    assert "is not a usable backup" in text and "Nothing was changed" in text


# -- restore's own guards ----------------------------------------------------------------


def test_restore_into_postgresql_is_refused_with_the_server_tool(tmp_path):
    f = _db(tmp_path / "ok.sqlite", VERSION)
    with pytest.raises(OrganiserError, match="pg_restore"):
        backup.restore(f, "postgresql://localhost/organiser")


def test_restore_into_a_missing_folder_is_refused(tmp_path):
    f = _db(tmp_path / "ok.sqlite", VERSION)
    with pytest.raises(OrganiserError, match="does not exist"):
        backup.restore(f, tmp_path / "nowhere" / "organiser.sqlite")
    assert not (tmp_path / "nowhere").exists()


def test_restoring_the_database_onto_itself_is_refused(tmp_path):
    f = _db(tmp_path / "organiser.sqlite", VERSION)
    before = f.read_bytes()
    with pytest.raises(OrganiserError, match="the database itself"):
        backup.restore(f, f)
    assert f.read_bytes() == before
