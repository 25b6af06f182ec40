"""Agenda PDF: 60 sessions with 3 zone columns, against a bare platypus table of the same size.

The baseline is the least any table PDF of that shape costs (built-in Helvetica,
plain strings); the ratio shows what the real agenda adds: paragraphs that wrap,
the bundled fonts, the QR code, the schedule and its warnings from the database.
"""

from __future__ import annotations

import io
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SESSIONS = 60
ZONES = ["America/New_York", "Asia/Kolkata"]  # + the event's own: 3 columns


def _timed(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _baseline() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [["Rome", "New York", "Kolkata", "Session"]]
    rows += [
        [f"{i:02d}:00", f"{i:02d}:01", f"{i:02d}:02", f"Session number {i} with a title"]
        for i in range(SESSIONS)
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Table(rows, repeatRows=1)])
    return buf.getvalue()


def run() -> list[str]:
    from organiser import agenda, events, speakers, streaming
    from organiser.printing import fonts
    from organiser.printing.agenda_pdf import AgendaOptions, agenda_pdf
    from organiser.store import Store
    from organiser.timeutil import local

    fonts.ensure_registered()  # one-off font loading is not what we measure
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        with store.session() as s:
            start = local("Europe/Rome", 2026, 12, 10, 9, 0)
            ev = events.create_event(
                s,
                title="Benchmark conference day",
                starts_at=start,
                ends_at=start.add(hours=16),
                timezone="Europe/Rome",
                format="hybrid",
                viewer_zones=ZONES,
            )
            people = [
                speakers.create_speaker(s, name=n, affiliation="Example Lab").id
                for n in ("Giulia Conti", "Amara Okafor", "Kenji Watanabe 渡辺健二", "Ліна Коваль")
            ]
            for i in range(SESSIONS):
                x = agenda.add_session(
                    s,
                    ev.id,
                    title=f"Talk {i}: learning from little data, part {i} of a long series",
                    duration_minutes=15,
                )
                agenda.set_speakers(s, x.id, [(people[i % 4], "speaker")])
            streaming.add_link(s, ev.id, viewer_url="https://www.youtube.com/live/bench")
            event_id = ev.id

        def real() -> bytes:
            with store.session() as s:
                return agenda_pdf(s, event_id, AgendaOptions())

        pages = len(re.findall(rb"/Type /Page\b", real()))
        base = _timed(_baseline)
        ours = _timed(real)
        store.close()
    return [
        f"baseline: bare platypus table {SESSIONS + 1}x4: {base * 1000:.0f} ms",
        f"agenda PDF, {SESSIONS} sessions x 3 zones ({pages} pages): {ours * 1000:.0f} ms "
        f"= {ours / base:.1f}x baseline",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
