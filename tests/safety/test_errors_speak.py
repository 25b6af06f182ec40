"""Database failures reach the user as one line, without SQL or anyone's data.

Each failure is produced for real: a read-only folder (a read-only bind
mount), a full disk (a small tmpfs, else RLIMIT_FSIZE), a write lock held
by another process, a PostgreSQL connection killed by the server, and a
reader that closes the pipe after the first line.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from organiser.demo import create_demo
from organiser.store import Store
from tests.safety.conftest import child_env, one_clean_line

PERSON = ("Françoise", "Côté-Secret", "fcote.secret@example.org")


def _people_csv(path: Path, n: int, first: str = PERSON[0]) -> Path:
    lines = ["First name,Last name,Email"]
    lines += [f"{first}{i},{PERSON[1]},{i}.{PERSON[2]}" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _no_personal_data(text: str) -> bool:
    return not any(p in text for p in PERSON)


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "data" / "organiser.sqlite"
    db.parent.mkdir()
    with Store(db) as st, st.session() as s:
        event_id = create_demo(s).id
    return db, event_id


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only_view(folder: Path, view: Path) -> Iterator[Path]:
    view.mkdir()
    if not (_mount("--bind", str(folder), str(view)) and _mount(
        "-o", "remount,ro,bind", str(view)
    )):
        subprocess.run(["umount", str(view)], capture_output=True)
        pytest.skip("this machine does not allow a read-only bind mount")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)


def test_read_only_folder_reads_work_and_writes_say_so(demo_db, tmp_path, cli):
    db, event_id = demo_db
    csv = _people_csv(db.parent / "people.csv", 3)
    with read_only_view(db.parent, tmp_path / "view") as view:
        rodb = view / db.name
        listed = cli("--db", rodb, "events")
        assert listed.returncode == 0, listed.stderr
        assert "ML Rome" in listed.stdout
        imported = cli("--db", rodb, "import-attendees", event_id, view / csv.name)
        assert imported.returncode == 1
        assert one_clean_line(imported.stderr), imported.stderr
        assert "read-only" in imported.stderr and "Reading still works" in imported.stderr
        assert _no_personal_data(imported.stderr)
        out = cli("--db", rodb, "agenda", event_id, "-o", view / "agenda.pdf")
        assert out.returncode == 1 and one_clean_line(out.stderr), out.stderr


@contextlib.contextmanager
def small_disk(tmp_path: Path, size: str) -> Iterator[Path | None]:
    """A tmpfs of ``size`` when mounting works here, else None."""
    mnt = tmp_path / "small-disk"
    mnt.mkdir()
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)):
        yield None
        return
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def test_disk_full_during_import_is_one_line_and_keeps_the_data(demo_db, tmp_path, cli):
    db, event_id = demo_db
    csv = _people_csv(tmp_path / "people.csv", 20000)
    with small_disk(tmp_path, f"{db.stat().st_size + 600_000}") as disk:
        if disk is not None:
            target = disk / db.name
            shutil.copy2(db, target)
            run = cli("--db", target, "import-attendees", event_id, csv)
        else:  # no mounting: the same failure through a file-size limit
            target = db
            limit = db.stat().st_size + 200_000
            run = cli(
                "--db", target, "import-attendees", event_id, csv,
                prefix="import resource, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
                f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n",
            )
        assert run.returncode == 1
        assert one_clean_line(run.stderr), run.stderr
        assert "full" in run.stderr
        assert _no_personal_data(run.stderr)
        con = sqlite3.connect(target)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute(
                "SELECT count(*) FROM attendees WHERE email LIKE ?", (f"%{PERSON[2]}",)
            ).fetchone() == (0,)
        finally:
            con.close()


def test_a_write_lock_held_elsewhere_is_a_busy_line_not_sql(demo_db, tmp_path, cli):
    db, event_id = demo_db
    csv = _people_csv(tmp_path / "people.csv", 5)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        run = cli(
            "--db", db, "import-attendees", event_id, csv,
            env=child_env(tmp_path, ORGANISER_BUSY_TIMEOUT_MS="300", ORGANISER_WRITE_WAIT_MS="300"),
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.returncode == 1
    assert one_clean_line(run.stderr.splitlines(keepends=True)[-1]), run.stderr
    assert "busy" in run.stderr
    assert _no_personal_data(run.stderr + run.stdout)


def test_head_closing_the_pipe_is_silent_and_keeps_the_applied_checklist(tmp_path):
    db = tmp_path / "organiser.sqlite"
    with Store(db) as st, st.session() as s:
        import pendulum

        from organiser.events import create_event

        start = pendulum.datetime(2027, 3, 1, 18, 30, tz="Europe/Rome")
        event = create_event(
            s, title="Pipe test", starts_at=start, ends_at=start.add(hours=3),
            timezone="Europe/Rome",
        )
        event_id = event.id
    env = child_env(tmp_path)
    import sys

    from tests.safety.conftest import ROOT

    shell = (
        f"'{sys.executable}' '{ROOT / 'main.py'}' --db '{db}' "
        f"checklist {event_id} --apply | head -1"
    )
    run = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, env=env,
        cwd=ROOT, timeout=120,
    )
    assert run.stderr == ""
    assert run.returncode == 0
    assert run.stdout.startswith("Applied ")
    from organiser import checklists

    with Store(db) as st, st.session() as s:
        assert checklists.progress(s, event_id).total > 0


def test_postgres_connection_killed_mid_command_is_one_line(tmp_path):
    import os

    url = os.environ.get("ORGANISER_TEST_DATABASE_URL", "")
    if not url:
        pytest.skip("ORGANISER_TEST_DATABASE_URL not set")
    from sqlalchemy import create_engine, text

    from organiser.errors import OrganiserError
    from tests.conftest import reset_postgres

    reset_postgres(url)
    with Store(url) as st:
        killer = create_engine(url)
        with pytest.raises(OrganiserError) as caught, st.session() as s:
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            with killer.begin() as k:
                k.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            s.execute(text("SELECT count(*) FROM events")).scalar()
        killer.dispose()
    assert "connection to the database server was lost" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_out_of_memory_is_one_line(monkeypatch, tmp_path):
    import io

    from organiser import cli as cli_module
    from organiser.commands import core

    def explode(*_a: object, **_k: object) -> int:
        raise MemoryError

    monkeypatch.setattr(core, "cmd_events", explode)
    err = io.StringIO()
    code = cli_module.run(["--db", str(tmp_path / "x.sqlite"), "events"], io.StringIO(), err)
    assert code == 1
    assert one_clean_line(err.getvalue()), err.getvalue()
    assert "memory" in err.getvalue()
