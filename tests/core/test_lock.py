import json
import os
import signal
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


def test_a_lock_whose_holder_was_killed_is_free_at_once(tmp_path):
    """The OS drops the lock with its process: no stale pid file, no pid reuse."""
    db = tmp_path / "o.sqlite"
    code = (
        "import sys, time; from organiser.lock import InstanceLock; "
        f"l = InstanceLock(__import__('pathlib').Path({str(db)!r})); l.acquire(); "
        "print('locked', flush=True); time.sleep(600)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    with pytest.raises(OrganiserError, match="already open"):
        InstanceLock(db).acquire()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with InstanceLock(db) as lock:
        assert lock.held


def test_a_lock_file_left_with_a_reused_pid_does_not_block(tmp_path):
    """The old pid-file format naming a live process (ours) is just a file now."""
    db = tmp_path / "o.sqlite"
    (tmp_path / "o.sqlite.lock").write_text(
        json.dumps({"pid": os.getppid(), "host": socket.gethostname()})
    )
    with InstanceLock(db) as lock:
        assert lock.held


def test_the_lock_is_reentrant_in_one_process(tmp_path):
    db = tmp_path / "o.sqlite"
    with InstanceLock(db) as outer, InstanceLock(db, reentrant=True) as inner:
        assert outer.held and inner.held
    with InstanceLock(db), pytest.raises(OrganiserError, match="already open"):
        InstanceLock(db).acquire()  # a second window in the same program
    code = (
        "from organiser.lock import InstanceLock; "
        f"InstanceLock(__import__('pathlib').Path({str(db)!r})).acquire(); print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


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
