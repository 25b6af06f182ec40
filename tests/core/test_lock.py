import json
import os
import socket
import subprocess
import sys

import pytest

from organiser.errors import OrganiserError
from organiser.lock import InstanceLock


def test_second_holder_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "o.sqlite"
    code = (
        "import sys, time; from organiser.lock import InstanceLock; "
        f"l = InstanceLock(__import__('pathlib').Path({str(db)!r})); l.acquire(); "
        "print('locked', flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(OrganiserError, match="already open in another Meetup Organiser"):
            InstanceLock(db).acquire()
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)


def test_stale_lock_after_a_crash_is_recovered(tmp_path):
    db = tmp_path / "o.sqlite"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    (tmp_path / "o.sqlite.lock").write_text(
        json.dumps({"pid": int(dead), "host": socket.gethostname()})
    )
    with InstanceLock(db) as lock:
        assert lock.held
        assert json.loads((tmp_path / "o.sqlite.lock").read_text())["pid"] == os.getpid()
    assert not (tmp_path / "o.sqlite.lock").exists()


def test_no_lock_for_server_databases(tmp_path, monkeypatch):
    # Team mode: two windows on one PostgreSQL database both open, and no lock file appears.
    monkeypatch.chdir(tmp_path)
    first, second = InstanceLock(None), InstanceLock(None)
    first.acquire()
    second.acquire()
    assert first.path is None and second.path is None and not first.held
    assert list(tmp_path.iterdir()) == []
    first.release()
    second.release()
    assert not first.held and not second.held
