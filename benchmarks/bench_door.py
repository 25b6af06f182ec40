"""The door: scan -> outcome on 20,000 attendees, and the `checkin` command vs `events`.

Scan: :func:`organiser.checkin.scan` per code, each in its own session and
commit as the page and the CLI do it (look-up by code, conditional UPDATE,
read back), over 300 random attendees' badge tokens, 100 imported Meetup
member ids and 100 codes nobody holds. Target: p95 <= 20 ms. The baseline, in
the same run on a copy of the same file, is a bare sqlite3 SELECT by token plus
UPDATE and commit.

Command: the whole `checkin EVENT CODE` process (start, open, migrate check,
scan, print) against `events` on the same database, median of 5 each.
Target: ratio <= 1.3.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pendulum
from sqlalchemy import select

from benchmarks import user_env
from benchmarks.bench_attendees import make_meetup_file
from organiser import attendees as A
from organiser.checkin import scan
from organiser.events import create_event
from organiser.models import Attendee
from organiser.store import Store

ROWS = 20_000
ROOT = Path(__file__).resolve().parents[1]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def build(folder: Path) -> tuple[Path, int]:
    db = folder / "door.sqlite"
    csv_path = folder / "meetup.csv"
    make_meetup_file(csv_path, ROWS)
    with Store(db) as store, store.session() as s:
        event = create_event(
            s,
            title="Door bench",
            timezone="Europe/Rome",
            starts_at=pendulum.datetime(2026, 3, 10, 18, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2026, 3, 10, 21, tz="Europe/Rome"),
        )
        eid = event.id
        A.import_file(s, eid, csv_path)
    return db, eid


def timed_scans(store: Store, eid: int, codes: list[str]) -> list[float]:
    out = []
    for code in codes:
        t0 = time.perf_counter()
        with store.session() as s:
            scan(s, eid, code, door="bench", code_only=True)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def baseline_scans(db: Path, codes: list[str]) -> list[float]:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    out = []
    for code in codes:
        t0 = time.perf_counter()
        row = conn.execute("SELECT id FROM attendees WHERE checkin_token = ?", (code,)).fetchone()
        if row is not None:
            conn.execute(
                "UPDATE attendees SET checked_in_at = '2026-03-10 18:00:00' "
                "WHERE id = ? AND checked_in_at IS NULL",
                (row[0],),
            )
        conn.commit()
        out.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return out


def command_ms(argv: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *argv],
            capture_output=True,
            check=False,
            cwd=ROOT,
            env=user_env(),
        )
        times.append((time.perf_counter() - t0) * 1000)
        if done.returncode not in (0, 1):
            raise RuntimeError(done.stderr.decode()[-200:])
    return statistics.median(times)


def run() -> list[str]:
    lines: list[str] = []
    rnd = random.Random(12)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, eid = build(folder)
        copy = folder / "baseline.sqlite"
        shutil.copyfile(db, copy)
        with Store(db) as store:
            with store.session() as s:
                rows = s.execute(
                    select(Attendee.checkin_token, Attendee.external_id).where(
                        Attendee.event_id == eid
                    )
                ).all()
            tokens = [r[0] for r in rnd.sample(rows, 300)]
            members = [r[1] for r in rnd.sample(rows, 100) if r[1]]
            misses = [f"NOPE{rnd.randrange(10**9):09d}" for _ in range(100)]
            ours = timed_scans(store, eid, tokens + members + misses)
        base = baseline_scans(copy, tokens + members[:0] + misses)
        ratio = p95(ours) / p95(base)
        ok = "ok" if p95(ours) <= 20 else "OVER TARGET"
        lines.append(
            f"scan -> outcome, {ROWS:,} attendees: p95 {p95(ours):.1f} ms, "
            f"median {statistics.median(ours):.1f} ms (target p95 <= 20 ms: {ok})"
        )
        lines.append(
            f"bare sqlite3 SELECT+UPDATE+commit: p95 {p95(base):.1f} ms; ratio {ratio:.1f}x"
        )
        code = tokens[0]
        checkin_ms = command_ms(["--db", str(db), "checkin", str(eid), code])
        events_ms = command_ms(["--db", str(db), "events"])
        ratio = checkin_ms / events_ms
        ok = "ok" if ratio <= 1.3 else "OVER TARGET"
        lines.append(
            f"`checkin` command {checkin_ms:.0f} ms vs `events` {events_ms:.0f} ms: "
            f"ratio {ratio:.2f} (target <= 1.3: {ok})"
        )
    return lines
