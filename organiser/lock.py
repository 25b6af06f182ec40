"""One program instance per database file.

A lock file beside the database records the holder's host and pid. A lock
left behind by a crash (its process is gone) is taken over; a live one is
refused with a clear message. PostgreSQL databases are shared on purpose
(team mode), so they take no lock.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from organiser.errors import OrganiserError


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


class InstanceLock:
    """``with InstanceLock(db_path):`` or ``acquire()`` / ``release()``."""

    def __init__(self, db_path: Path | None) -> None:
        self.db_path = Path(db_path) if db_path is not None else None
        self.path = self.db_path.with_name(self.db_path.name + ".lock") if self.db_path else None
        self.held = False

    def _read_holder(self) -> dict[str, object]:
        assert self.path is not None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _is_stale(self, holder: dict[str, object]) -> bool:
        pid = holder.get("pid")
        if not isinstance(pid, int):
            return True  # unreadable or half-written lock: nobody can be holding it properly
        if holder.get("host") != socket.gethostname():
            return False  # another machine (shared folder): we cannot tell, so respect it
        return not _pid_alive(pid)

    def acquire(self) -> None:
        if self.path is None or self.held:
            self.held = self.path is not None
            return
        payload = json.dumps({"pid": os.getpid(), "host": socket.gethostname()})
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                holder = self._read_holder()
                if self._is_stale(holder):
                    self.path.unlink(missing_ok=True)
                    continue
                raise OrganiserError(
                    f"{self.db_path} is already open in another Meetup Organiser "
                    f"(process {holder.get('pid')} on {holder.get('host')}). "
                    "Switch to that window, or close it first."
                ) from None
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            self.held = True
            return
        raise OrganiserError(f"Could not lock {self.db_path}; try again.")

    def release(self) -> None:
        if self.held and self.path is not None:
            holder = self._read_holder()
            if holder.get("pid") == os.getpid():
                self.path.unlink(missing_ok=True)
        self.held = False

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
