"""One writer per database file: an OS-level lock beside it.

``organiser.sqlite.lock`` is locked with the operating system's file lock
(``flock`` on POSIX, ``LockFileEx`` on Windows, through ``filelock``). The OS
drops the lock when its process ends, however it ends, so there is no stale
lock to guess about and no pid that another program could reuse.

Who holds it: the GUI, for as long as a database is open in it; a CLI command
that changes data in bulk (``demo``, ``import-attendees``, ``checklist
--apply`` / ``--import-template``, ``badges``), for the length of the command;
``restore``. A second holder waits ``wait`` seconds with a message, then is
refused with one line (see docs/DESIGN.md, "One writer").

Asked with ``reentrant=True`` (restore, the CLI's writer lock) the lock is
re-entrant within a process: the GUI restoring a backup into its own database
already holds it. A second window opening the same file is refused. PostgreSQL
databases are shared on purpose (team mode) and take no file lock; their
imports use an advisory lock instead.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from organiser.errors import OrganiserError

_held: dict[Path, tuple[object, int]] = {}
_guard = threading.Lock()


def _key(path: Path) -> Path:
    return Path(os.path.realpath(path))


class InstanceLock:
    """``with InstanceLock(db_path):`` or ``acquire()`` / ``release()``."""

    def __init__(
        self,
        db_path: Path | None,
        *,
        wait: float = 0.0,
        on_wait: Callable[[], None] | None = None,
        reentrant: bool = False,
    ) -> None:
        self.db_path = Path(db_path) if db_path is not None else None
        self.path = self.db_path.with_name(self.db_path.name + ".lock") if self.db_path else None
        self.wait = wait
        self.on_wait = on_wait
        self.reentrant = reentrant
        self.held = False

    def _refused(self) -> OrganiserError:
        return OrganiserError(
            f"{self.db_path} is already open in another Meetup Organiser (the app window "
            "or a command still running); nothing was changed. "
            "Switch to that window, or close it first."
        )

    def acquire(self) -> None:
        if self.path is None or self.held:
            self.held = self.path is not None
            return
        from filelock import FileLock, Timeout

        key = _key(self.path)
        with _guard:
            if key in _held:  # this process already holds it (GUI restoring, nested use)
                if not self.reentrant:  # a second window on the same file
                    raise self._refused()
                lock, count = _held[key]
                _held[key] = (lock, count + 1)
                self.held = True
                return
        flock = FileLock(str(self.path), mode=0o600, thread_local=False)
        try:
            try:
                flock.acquire(timeout=0)
            except Timeout:
                if self.wait <= 0:
                    raise self._refused() from None
                if self.on_wait is not None:
                    self.on_wait()
                try:
                    flock.acquire(timeout=self.wait)
                except Timeout:
                    raise self._refused() from None
        except OSError as exc:
            raise OrganiserError(
                f"Could not lock {self.db_path}: {exc.strerror or exc}."
            ) from None
        with _guard:
            _held[key] = (flock, 1)
        self.held = True

    def release(self) -> None:
        if not self.held or self.path is None:
            self.held = False
            return
        key = _key(self.path)
        with _guard:
            entry = _held.get(key)
            if entry is not None:
                lock, count = entry
                if count > 1:
                    _held[key] = (lock, count - 1)
                else:
                    del _held[key]
                    lock.release()  # type: ignore[attr-defined]
        self.held = False

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
