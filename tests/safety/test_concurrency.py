"""Two real processes at once: no doubled people, one writer at a time.

Each test starts real processes on the same database (SQLite file, and the
PostgreSQL server when ORGANISER_TEST_DATABASE_URL is set) and counts the
people afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pendulum
import pytest
from sqlalchemy import func, select

from organiser.events import create_event
from organiser.models import Attendee
from organiser.store import Store
from tests.conftest import ENGINES, PG_URL, reset_postgres
from tests.safety.conftest import ROOT, child_env, one_clean_line

ROWS = 6000


def _file(tmp_path: Path) -> Path:
    """Half the people have a platform id, half only an address (the two keys)."""
    path = tmp_path / "rsvps.csv"
    lines = ["User ID,First name,Last name,Email"]
    for i in range(ROWS):
        uid = str(100000 + i) if i % 2 else ""
        lines.append(f"{uid},Person{i},Family{i % 97},p{i}@example.org")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _db(engine: str, tmp_path: Path) -> str:
    if engine == "sqlite":
        return str(tmp_path / "organiser.sqlite")
    reset_postgres(PG_URL)
    return PG_URL


def _event(db: str) -> int:
    with Store(db) as st, st.session() as s:
        start = pendulum.datetime(2027, 5, 6, 18, 30, tz="Europe/Rome")
        return create_event(
            s, title="Race", starts_at=start, ends_at=start.add(hours=3), timezone="Europe/Rome"
        ).id


def _people(db: str, event_id: int) -> tuple[int, int]:
    with Store(db) as st, st.session() as s:
        total = s.scalar(select(func.count()).where(Attendee.event_id == event_id))
        distinct = s.scalar(
            select(func.count(func.distinct(Attendee.email))).where(Attendee.event_id == event_id)
        )
    return int(total or 0), int(distinct or 0)


@pytest.mark.parametrize("engine", ENGINES)
def test_two_cli_imports_of_one_file_at_once_add_each_person_once(engine, tmp_path):
    db = _db(engine, tmp_path)
    event_id = _event(db)
    csv = _file(tmp_path)
    env = child_env(tmp_path)
    argv = [sys.executable, str(ROOT / "main.py"), "--db", db, "import-attendees",
            str(event_id), str(csv)]
    procs = [
        subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    codes = [p.returncode for p in procs]
    assert codes == [0, 0], results
    assert _people(db, event_id) == (ROWS, ROWS)
    assert "Traceback" not in "".join(err for _out, err in results)


WORKER = """
import sys, time
from pathlib import Path
from organiser.store import Store
from organiser.attendees import import_file
db, event_id, csv, go = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
with Store(db) as st:
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    with st.session() as s:
        report = import_file(s, event_id, csv, on_wait=lambda: print("waited", flush=True))
print("added", report.added, flush=True)
"""


@pytest.mark.parametrize("engine", ENGINES)
def test_two_library_imports_released_together_serialise_in_the_database(engine, tmp_path):
    """No file lock here: BEGIN IMMEDIATE (SQLite) or the advisory lock (PostgreSQL)."""
    db = _db(engine, tmp_path)
    event_id = _event(db)
    csv = _file(tmp_path)
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db, str(event_id), str(csv), str(go)],
            cwd=ROOT, env=child_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for p in procs:  # both have the database open: release them together
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    go.touch()
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    added = sorted(int(out.split("added ")[1]) for out, _err in outs)
    assert added == [0, ROWS]
    assert _people(db, event_id) == (ROWS, ROWS)


def test_the_cli_waits_for_the_app_then_refuses_in_one_line(tmp_path):
    db = tmp_path / "organiser.sqlite"
    event_id = _event(str(db))
    csv = _file(tmp_path)
    holder_code = (
        "import sys; from pathlib import Path; from organiser.lock import InstanceLock; "
        f"l = InstanceLock(Path({str(db)!r})); l.acquire(); print('locked', flush=True); "
        "sys.stdin.readline(); l.release(); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holder_code], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        argv = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import-attendees",
                str(event_id), str(csv)]
        refused = subprocess.run(
            argv, cwd=ROOT, env=child_env(tmp_path, ORGANISER_LOCK_WAIT="0.5"),
            capture_output=True, text=True, timeout=120,
        )
        assert refused.returncode == 1
        waiting, last = refused.stderr.splitlines(keepends=True)
        assert waiting.startswith("Waiting for another Meetup Organiser")
        assert one_clean_line(last) and "already open" in last, refused.stderr
        assert _people(str(db), event_id) == (0, 0)
        # reads are never blocked by the app
        listed = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), "events"], cwd=ROOT,
            env=child_env(tmp_path), capture_output=True, text=True, timeout=120,
        )
        assert listed.returncode == 0 and "Race" in listed.stdout
        # the app closes the database while the command waits: it goes ahead
        waiter = subprocess.Popen(
            argv, cwd=ROOT, env=child_env(tmp_path, ORGANISER_LOCK_WAIT="60"),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert waiter.stderr is not None
        assert waiter.stderr.readline().startswith("Waiting for another Meetup Organiser")
        assert holder.stdin is not None
        holder.stdin.write("release\n")
        holder.stdin.flush()
        out, err = waiter.communicate(timeout=300)
        assert waiter.returncode == 0, err
        assert _people(str(db), event_id) == (ROWS, ROWS)
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
    assert os.path.exists(db)
