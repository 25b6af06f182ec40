"""Import at scale: 1,000,000 rows peak memory, 20,000-row whole command vs a bare script.

Memory: ``import-attendees`` of a 1,000,000-row (~41 MB) CSV in a child process;
its peak RSS (``ru_maxrss``). Target: <= 300 MB. Its wall and CPU time are
printed next to the bare script's on the same file.

Time: the whole command as a user runs it (``python main.py import-attendees``),
20,000 rows minus 1 row (the start-up), against a bare child script (``csv`` +
``sqlite3.executemany`` of the same rows into the same table: the same columns
filled, the unique address key and the search key included) timed the same
way, best of 3. Target: marginal ratio <= 2.0. Wall and CPU (the children's
user + system time, steadier on a shared machine) are both printed, never
asserted (shared machines vary).
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
    "INSERT INTO attendees (event_id, first_name, last_name, email, email_key, company, "
    "job_title, pronouns, role, source, external_id, rsvp, guests, checkin_token, "
    "edited_fields, search_key, notes, created_at) VALUES (1, ?, ?, ?, ?, '', '', '', "
    "'attendee', 'generic', NULL, 'going', 0, ?, '[]', ?, '', '2027-01-01 00:00:00')",
    [(r[0], r[1], r[2], r[2].lower(), secrets.token_urlsafe(12),
      " ".join((r[0], r[1], r[2])).lower()) for r in rows],
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


def _timed(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and the child's CPU seconds (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env=user_env())
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def _bare(db: Path, csv_file: Path) -> list[str]:
    return [sys.executable, "-c", BARE, str(db), str(csv_file)]


def _cli(db: Path, csv_file: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import-attendees", "1",
            str(csv_file)]


def run() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        one = _write(folder / "one.csv", 1)
        mid = _write(folder / "mid.csv", 20_000)
        best: dict[str, tuple[float, float]] = {}
        for rep in range(3):
            for key, make, csv_file in (
                ("ours1", _cli, one), ("ours", _cli, mid), ("bare1", _bare, one),
                ("bare", _bare, mid),
            ):
                wall, cpu = _timed(make(_fresh_db(folder, f"{key}{rep}.sqlite"), csv_file))
                w0, c0 = best.get(key, (wall, cpu))
                best[key] = (min(w0, wall), min(c0, cpu))
        ours_w = best["ours"][0] - best["ours1"][0]
        ours_c = best["ours"][1] - best["ours1"][1]
        bare_w = max(best["bare"][0] - best["bare1"][0], 1e-3)
        bare_c = max(best["bare"][1] - best["bare1"][1], 1e-3)
        yield (
            f"20,000 rows, whole command (best of 3): ours {best['ours'][0]:.2f} s (marginal "
            f"{ours_w:.2f} s wall, {ours_c:.2f} s CPU), bare {best['bare'][0]:.2f} s (marginal "
            f"{bare_w:.2f} s wall, {bare_c:.2f} s CPU); ratio {ours_w / bare_w:.2f}x wall, "
            f"{ours_c / bare_c:.2f}x CPU (target <= 2.0)"
        )
        big = _write(folder / "big.csv", 1_000_000)
        db = _fresh_db(folder, "e.sqlite")
        probe = (
            "import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "t = time.perf_counter() - t\n"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(p.returncode, u.ru_maxrss, t, u.ru_utime + u.ru_stime)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, *_cli(db, big)], cwd=ROOT, capture_output=True,
            text=True, env=user_env(),
        ).stdout.split()
        code, peak_kb, wall, cpu = int(out[0]), int(out[1]), float(out[2]), float(out[3])
        b_wall, b_cpu = _timed(_bare(_fresh_db(folder, "f.sqlite"), big))
        yield (
            f"1,000,000 rows ({big.stat().st_size / 1e6:.0f} MB): exit {code}, peak RSS "
            f"{peak_kb / 1024:.0f} MB (target <= 300 MB); {wall:.1f} s wall, {cpu:.1f} s CPU "
            f"({1e6 / wall:,.0f} rows/s); bare script {b_wall:.1f} s wall, {b_cpu:.1f} s CPU"
        )
