"""Backups: verified backup, the close-time "anything changed?" check, and restore.

Database: the demo plus 2,000 extra attendees and a 200 KB photo on each
speaker (about 1.3 MB). Baseline, measured in the same run: a plain
``shutil.copyfile`` of the same database file (no consistency, no check).
The ratios show what consistency (backup API), verification (integrity_check)
and the checks around a restore cost on top of copying the bytes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

REPEAT = 5


def _best(fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run() -> list[str]:
    from organiser import backup
    from organiser.demo import create_demo
    from organiser.models import Attendee, Speaker
    from organiser.speakers import update_speaker
    from organiser.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite"
        store = Store(db)
        with store.session() as s:
            ev = create_demo(s)
            for i in range(2000):
                s.add(Attendee(event_id=ev.id, first_name=f"Guest{i}", last_name="Bench"))
            for sp in s.query(Speaker).all():
                update_speaker(s, sp.id, photo=b"\x89PNG\r\n\x1a\n" + os.urandom(200_000))
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = db.stat().st_size / 1e6

        raw = _best(lambda: shutil.copyfile(db, folder / "raw.sqlite"))
        verified = _best(lambda: backup.backup_to(store, folder / "b.sqlite"))
        backup.auto_backup(store)
        unchanged = _best(lambda: backup.changed_since_last_backup(store))
        fingerprint = _best(lambda: backup.content_fingerprint(db))
        store.engine.dispose()
        restore = _best(lambda: backup.restore(folder / "b.sqlite", db))
        store.close()
    return [
        f"database {size_mb:.1f} MB; plain file copy {raw * 1000:.1f} ms (baseline 1.0)",
        f"verified backup (backup API + integrity_check): {verified / raw:.1f}x the copy",
        f"close-time check, nothing changed (file times): {unchanged / raw:.2f}x the copy",
        f"content fingerprint, when file times moved: {fingerprint / raw:.1f}x the copy",
        f"restore (check, keep current, copy, open, re-check): {restore / raw:.1f}x the copy",
    ]
