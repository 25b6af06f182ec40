"""Import at scale: 1,000,000 rows peak memory, 20,000-row whole command vs a bare script.

Memory: ``import-attendees`` of a 1,000,000-row (~35 MB) CSV in a child process;
its peak RSS (``ru_maxrss``). Target: <= 300 MB.

Time: the whole command as a user runs it (``python main.py import-attendees``),
20,000 rows minus 1 row (the start-up), against a bare child script (``csv`` +
``sqlite3.executemany`` into the same table) timed the same way. Target:
marginal ratio <= 2.0. Printed, never asserted (shared machines vary).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks import user_env

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import csv, sqlite3, sys, secrets
con = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], newline="", encoding="utf-8") as fh:
    rows = list(csv.reader(fh))[1:]
con.executemany(
    "INSERT INTO attendees (event_id, first_name, last_name, email, company, job_title, "
    "pronouns, role, source, external_id, rsvp, guests, checkin_token, edited_fields, "
    "search_key, notes, created_at) VALUES (1, ?, ?, ?, '', '', '', 'attendee', 'generic', "
    "NULL, 'going', 0, ?, '[]', ?, '', '2027-01-01 00:00:00')",
    [(r[0], r[1], r[2], secrets.token_hex(8), (r[0] + ' ' + r[1]).lower()) for r in rows],
)
con.commit()
"""


def _write(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("First name,Last name,Email\n")
        for i in range(rows):
            fh.write(f"Name{i},Family{i % 997},p{i}@example.org\n")
    return path


def _fresh_db(folder: Path, name: str) -> Path:
    import pendulum

    from organiser.events import create_event
    from organiser.store import Store

    db = folder / name
    with Store(db) as st, st.session() as s:
        t = pendulum.datetime(2027, 1, 1, 18, tz="UTC")
        create_event(s, title="Bench", starts_at=t, ends_at=t.add(hours=2), timezone="UTC")
    return db


def _timed(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and the child's peak RSS in KB (Linux reports KB)."""
    t0 = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env=user_env())
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def _cli(db: Path, csv_file: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import-attendees", "1",
            str(csv_file)]


def run() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        one = _write(folder / "one.csv", 1)
        mid = _write(folder / "mid.csv", 20_000)
        t_one, _ = _timed(_cli(_fresh_db(folder, "a.sqlite"), one))
        t_mid, _ = _timed(_cli(_fresh_db(folder, "b.sqlite"), mid))
        b_one, _ = _timed([sys.executable, "-c", BARE, str(_fresh_db(folder, "c.sqlite")),
                           str(one)])
        b_mid, _ = _timed([sys.executable, "-c", BARE, str(_fresh_db(folder, "d.sqlite")),
                           str(mid)])
        ours, bare = t_mid - t_one, max(b_mid - b_one, 1e-3)
        yield (
            f"20,000 rows, whole command: ours {t_mid:.2f} s (marginal {ours:.2f} s), "
            f"bare {b_mid:.2f} s (marginal {bare:.2f} s); ratio {ours / bare:.1f}x "
            "(target <= 2.0)"
        )
        big = _write(folder / "big.csv", 1_000_000)
        db = _fresh_db(folder, "e.sqlite")
        probe = (
            "import resource, subprocess, sys\n"
            "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, *_cli(db, big)], cwd=ROOT, capture_output=True,
            text=True, env=user_env(),
        ).stdout.split()
        code, peak_kb = int(out[0]), int(out[1])
        yield (
            f"1,000,000 rows ({big.stat().st_size / 1e6:.0f} MB): exit {code}, peak RSS "
            f"{peak_kb / 1024:.0f} MB (target <= 300 MB)"
        )
