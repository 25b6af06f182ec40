"""Attendees: 10,000-row Meetup import vs bare csv+sqlite3, and check-in search per keystroke.

Import: our ``import_file`` (decode, sniff, detect, map, match, insert in one
transaction) against a bare script that reads the same file with ``csv`` and
inserts the same rows with ``sqlite3.executemany`` into the same table, in
the same run. Target: ratio <= 2.0 and under 1 s.

Both clocks are printed: wall time, and CPU time of this process, which is
steadier when other programs share the machine.

Search: the door's incremental search over 10,000 attendees, one search per
keystroke of real names typed letter by letter. Target: p95 < 50 ms; the
baseline is one ``SELECT ... LIKE`` per keystroke on the same SQLite table.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import pendulum

from organiser import attendees as A
from organiser.checkin import CheckinIndex
from organiser.events import create_event
from organiser.models import new_token
from organiser.store import Store
from organiser.textnorm import fold

ROWS = 10_000
FIRST = [
    "Giulia",
    "Marco",
    "Zoë",
    "François",
    "José",
    "Søren",
    "Ana",
    "Chen",
    "Priya",
    "Luca",
    "Иван",
    "Γιώργος",
    "由紀",
    "민준",
    "عمر",
    "Noa",
    "Kwame",
    "Björn",
    "Mei-Ling",
    "Sofia",
]
LAST = [
    "Rossi",
    "Bianchi",
    "Müller",
    "Lefèvre",
    "Núñez",
    "Kierkegård",
    "Silva",
    "Wei 陈伟",
    "Natarajan",
    "Ferrari",
    "Петров",
    "Παπαδόπουλος",
    "田中",
    "김",
    "حداد",
    "Levi",
    "Mensah",
    "Þórsson",
    "O'Brien",
    "Esposito",
]
HEADER = [
    "Name",
    "Attendance",
    "User ID",
    "Title",
    "Event Host",
    "RSVP",
    "Guests",
    "RSVPed on",
    "Joined Group on",
    "URL of Member Profile",
    "Notes",
]


def make_meetup_file(path: Path, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(HEADER)
        for i in range(rows):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}{'' if i % 3 else ' ' + str(i)}"
            rsvp = rnd.choices(["Yes", "No", "Waitlist"], [8, 1, 1])[0]
            uid = 10_000_000 + i
            w.writerow(
                [
                    name,
                    "Y" if rnd.random() < 0.3 else "",
                    f"user {uid}",
                    rnd.choice(["", "Data Scientist", "ML Engineer, Vision", "PhD student"]),
                    "No",
                    rsvp,
                    rnd.choice([0, 0, 0, 1]),
                    "03/02/2026",
                    "11/15/2024",
                    f"https://www.meetup.com/example/members/{uid}/",
                    "",
                ]
            )


def _new_store(folder: Path, name: str) -> tuple[Store, int]:
    store = Store(folder / name)
    with store.session() as s:
        event = create_event(
            s,
            title="Bench",
            timezone="Europe/Rome",
            starts_at=pendulum.datetime(2026, 3, 10, 18, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2026, 3, 10, 21, tz="Europe/Rome"),
        )
        return store, event.id


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def baseline_import(db: Path, csv_path: Path, event_id: int) -> tuple[float, float]:
    """What a bare script does: csv.DictReader + naive split + executemany, one commit."""
    t0 = _clock()
    conn = sqlite3.connect(db)
    now = "2026-03-01 00:00:00.000000"
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = []
        for r in csv.DictReader(fh):
            first, _, last = r["Name"].partition(" ")
            rsvp = {"Yes": "going", "No": "not_going"}.get(r["RSVP"], "waitlist")
            rows.append(
                (
                    event_id,
                    first,
                    last,
                    None,
                    "",
                    r["Title"],
                    "",
                    "attendee",
                    "meetup",
                    r["User ID"][5:],
                    rsvp,
                    int(r["Guests"] or 0),
                    None,
                    None,
                    new_token(),
                    "[]",
                    f"{first} {last}".lower(),
                    r["Notes"],
                    now,
                )
            )
    conn.executemany(
        "INSERT INTO attendees (event_id, first_name, last_name, email, company, job_title,"
        " pronouns, role, source, external_id, rsvp, guests, checked_in_at, badge_printed_at,"
        " checkin_token, edited_fields, search_key, notes, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.commit()
    conn.close()
    return _since(t0)


def ours_import(
    store: Store, csv_path: Path, event_id: int
) -> tuple[tuple[float, float], A.ImportReport]:
    t0 = _clock()
    with store.session() as s:
        report = A.import_file(s, event_id, csv_path)
    return _since(t0), report


def run() -> list[str]:
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "meetup.csv"
        make_meetup_file(csv_path, ROWS)
        base_times: list[tuple[float, float]] = []
        our_times: list[tuple[float, float]] = []
        report = None
        for rep in range(7):
            store_b, eid_b = _new_store(folder, f"base{rep}.sqlite")
            assert store_b.path is not None
            store_b.close()
            base_times.append(baseline_import(store_b.path, csv_path, eid_b))
            store_o, eid_o = _new_store(folder, f"ours{rep}.sqlite")
            t, report = ours_import(store_o, csv_path, eid_o)
            our_times.append(t)
            store_o.close()
        assert report is not None and report.added == ROWS, report.summary()
        base_wall = min(t[0] for t in base_times)
        ours_wall = min(t[0] for t in our_times)
        base_cpu = min(t[1] for t in base_times)
        ours_cpu = min(t[1] for t in our_times)
        lines.append(
            f"import {ROWS} Meetup rows (best of {len(our_times)}): ours {ours_wall * 1000:.0f} ms"
            f" wall / {ours_cpu * 1000:.0f} ms CPU, bare csv+executemany {base_wall * 1000:.0f} ms"
            f" wall / {base_cpu * 1000:.0f} ms CPU; ratio {ours_wall / base_wall:.2f} wall,"
            f" {ours_cpu / base_cpu:.2f} CPU (target <= 2.0, < 1 s)"
        )

        # -- check-in search per keystroke --------------------------------------------
        store, eid = _new_store(folder, "search.sqlite")
        with store.session() as s:
            A.import_file(s, eid, csv_path)
        t0 = time.perf_counter()
        with store.session() as s:
            index = CheckinIndex.load(s, eid)
        build = time.perf_counter() - t0
        rnd = random.Random(3)
        queries = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(25)]
        queries += ["zoe", "mueller", "lefevre", "kierkegard", "o'brien", "1234"]
        ours_ms: list[float] = []
        base_ms: list[float] = []
        assert store.path is not None
        conn = sqlite3.connect(store.path)
        for q in queries:
            for n in range(1, len(q) + 1):
                typed = q[:n]
                t0 = time.perf_counter()
                index.search(typed)
                ours_ms.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                conn.execute(
                    "SELECT id, first_name, last_name FROM attendees WHERE event_id = ? "
                    "AND search_key LIKE ? LIMIT 50",
                    (eid, f"%{fold(typed)}%"),
                ).fetchall()
                base_ms.append((time.perf_counter() - t0) * 1000)
        conn.close()
        store.close()

        def p95(xs: list[float]) -> float:
            return statistics.quantiles(xs, n=20)[18]

        lines.append(
            f"check-in search over {len(index)} attendees, {len(ours_ms)} keystrokes: "
            f"p95 {p95(ours_ms):.1f} ms (target < 50 ms), median {statistics.median(ours_ms):.1f}"
            f" ms; SQL LIKE baseline p95 {p95(base_ms):.1f} ms, ratio "
            f"{p95(ours_ms) / p95(base_ms):.2f}; index built once in {build * 1000:.0f} ms"
        )
    return lines
