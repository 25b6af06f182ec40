"""Sample meetup: the first create_demo (with its four past meetups) against a repeat call.

Many tests and the welcome page's "Explore the sample meetup" call create_demo
on an empty database. The baseline is a second call on the same database,
which adds only the upcoming meetup (venue, speakers and history are already
there); the ratio is what the history (and the one-off copy of the shipped
checklist templates into a new database) costs on top. Best of several
interleaved runs, on a fresh SQLite file each time.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

RUNS = 7


def run() -> list[str]:
    from organiser.demo import create_demo
    from organiser.store import Store

    firsts: list[float] = []
    repeats: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(RUNS):
            store = Store(Path(tmp) / f"demo{i}.sqlite")
            try:
                t0 = time.perf_counter()
                with store.session() as s:
                    create_demo(s)
                firsts.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                with store.session() as s:
                    create_demo(s)
                repeats.append(time.perf_counter() - t0)
            finally:
                store.close()
    base, first = min(repeats), min(firsts)
    return [
        f"baseline: create_demo again (upcoming meetup only): {base * 1000:.0f} ms",
        f"first create_demo, with 4 past meetups: {first * 1000:.0f} ms "
        f"= {first / base:.1f}x baseline",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
