"""Every ``-o`` refuses targets that hold data, writes privately and atomically.

Each command is run through the CLI contract against the open database, its
companion files, its lock, its backups folder, another database and
non-regular files; the database must still open with the same data after
each refusal, and the refused node must be untouched.
"""

from __future__ import annotations

import io
import os
import socket
import stat
from pathlib import Path

import pytest

from organiser.backup import integrity_problem
from organiser.cli import run
from organiser.demo import create_demo
from organiser.store import Store

# (command words before -o, suffix). EVENT is replaced by the demo event id.
COMMANDS = [
    (["agenda", "EVENT"], ".pdf"),
    (["ics", "EVENT"], ".ics"),
    (["badges", "EVENT"], ".pdf"),
    (["badges", "calibrate"], ".pdf"),
    (["briefing", "EVENT"], ".pdf"),
    (["export-attendees", "EVENT"], ".csv"),
    (["checklist", "--export-template", "Speaker care"], ".json"),
    (["backup"], ".sqlite"),
]
IDS = [" ".join(c[0][:2]) for c in COMMANDS]


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "data" / "organiser.sqlite"
    db.parent.mkdir()
    with Store(db) as st, st.session() as s:
        event_id = create_demo(s).id
    return db, event_id


def _cli(db: Path, words: list[str], event_id: int, output: Path) -> tuple[int, str, str]:
    argv = ["--db", str(db)] + [str(event_id) if w == "EVENT" else w for w in words]
    out, err = io.StringIO(), io.StringIO()
    code = run([*argv, "-o", str(output)], out, err)
    return code, out.getvalue(), err.getvalue()


def _events(db: Path) -> int:
    with Store(db) as st, st.session() as s:
        from organiser.models import Event

        return s.query(Event).count()


def _template_name(db: Path) -> str:
    from organiser.checklists import list_templates

    with Store(db) as st, st.session() as s:
        return list_templates(s)[0].name


def _words(words: list[str], db: Path) -> list[str]:
    if words[:2] == ["checklist", "--export-template"]:
        return ["checklist", "--export-template", _template_name(db)]
    return words


@pytest.mark.parametrize(("words", "suffix"), COMMANDS, ids=IDS)
def test_a_regular_output_is_complete_private_and_leaves_no_temp_file(
    demo_db, tmp_path, words, suffix
):
    db, event_id = demo_db
    target = tmp_path / "out" / f"result{suffix}"
    target.parent.mkdir()
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    code, _out, err = _cli(db, _words(words, db), event_id, target)
    assert code == 0, err
    assert target.read_bytes() != b"old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def _protected_targets(db: Path, tmp_path: Path) -> dict[str, Path]:
    other = tmp_path / "other.sqlite"
    Store(other).close()
    backups = db.parent / "backups"
    backups.mkdir(exist_ok=True)
    link = tmp_path / "link-to-db.pdf"
    link.symlink_to(db)
    hard = tmp_path / "hard-link.pdf"
    os.link(db, hard)
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        Path(str(db) + suffix).touch(exist_ok=True)
    return {
        "database": db,
        "wal": Path(str(db) + "-wal"),
        "shm": Path(str(db) + "-shm"),
        "journal": Path(str(db) + "-journal"),
        "lock": Path(str(db) + ".lock"),
        "backups folder": backups / "mine.pdf",
        "another database": other,
        "symlink to database": link,
        "hard link to database": hard,
    }


@pytest.mark.parametrize(("words", "suffix"), COMMANDS, ids=IDS)
def test_data_files_are_refused_with_one_line_and_stay_intact(demo_db, tmp_path, words, suffix):
    db, event_id = demo_db
    words = _words(words, db)
    events = _events(db)
    for what, target in _protected_targets(db, tmp_path).items():
        before = target.read_bytes() if target.exists() else None
        code, _out, err = _cli(db, words, event_id, target)
        assert code == 1, (what, err)
        assert err.startswith("error: ") and err.count("\n") == 1, (what, err)
        assert "Traceback" not in err
        if target.exists() and os.path.samefile(target, db):
            # the command may have saved or checkpointed its own work: still a healthy database
            assert integrity_problem(db) is None, what
        else:
            after = target.read_bytes() if target.exists() else None
            assert after == before, what
    assert _events(db) == events


@pytest.mark.parametrize(("words", "suffix"), COMMANDS, ids=IDS)
def test_fifos_sockets_and_devices_are_never_replaced(demo_db, tmp_path, words, suffix):
    db, event_id = demo_db
    words = _words(words, db)
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    sock_path = tmp_path / f"s{suffix}"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    targets = [fifo, sock_path]
    if os.geteuid() == 0:  # a device node of our own, never a real one
        dev = tmp_path / f"full{suffix}"
        os.mknod(dev, stat.S_IFCHR | 0o600, os.makedev(1, 7))
        targets.append(dev)
    try:
        for target in targets:
            kind = stat.S_IFMT(target.lstat().st_mode)
            code, _out, err = _cli(db, words, event_id, target)
            assert code == 1, err
            assert "not a regular file" in err and err.count("\n") == 1
            assert stat.S_IFMT(target.lstat().st_mode) == kind
    finally:
        sock.close()
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_the_gui_agenda_save_goes_through_the_same_check(demo_db):
    from organiser.errors import OrganiserError
    from organiser.output import write_atomic

    db, _event_id = demo_db
    events = _events(db)  # opening registers it as managed in this process
    with pytest.raises(OrganiserError, match="is the database"):
        write_atomic(db, b"%PDF-1.4")
    assert _events(db) == events


def test_a_full_disk_leaves_the_old_file_and_no_temp_file(demo_db, tmp_path):
    import subprocess
    import sys

    db, event_id = demo_db
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"previous badges")
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        # above SQLite's 32 KiB shared-memory file, well below the badges PDF
        "resource.setrlimit(resource.RLIMIT_FSIZE, (40000, 40000))\n"
        "from organiser.cli import run\n"
        "sys.exit(run(sys.argv[1:]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "--db", str(db), "badges", str(event_id), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "File too large" in proc.stderr or "space" in proc.stderr
    assert target.read_bytes() == b"previous badges"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["badges.pdf", "data"]
