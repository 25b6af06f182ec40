"""A writer that edits a database as fast as it can until it is killed.

Used by tests/core/test_crash_safety.py: the harness kills this process with
SIGKILL at a random moment and then checks that every edit logged here is in
the database. An edit is logged on stdout only AFTER its transaction
committed, so a logged edit that is missing means a lost commit.

Log lines (one per committed edit):
    venue <name>          a venue was inserted
    gone <name>           that venue was deleted
    counter <n>           the app setting "counter" was set to n (always growing)
    batch <tag> <count>   <count> attendees tagged <tag> were added in ONE transaction
    import <tag> <count>  the real importer read a CSV of <count> people named <tag>
    backup <path>         a verified backup file was written

Usage: python -m tests.tools.crash_writer DB_PATH EVENT_ID SEED
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

BATCH = 100
IMPORT_ROWS = 60


def log(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: on its way as soon as it is written


def main(argv: list[str]) -> int:
    db, event_id, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    from organiser import backup
    from organiser.models import AppSetting, Attendee, Venue
    from organiser.store import Store

    try:
        from organiser.attendees import import_file
    except ImportError:  # before the importer existed
        import_file = None  # type: ignore[assignment]

    rng = random.Random(seed)
    store = Store(db)
    names: list[str] = []
    log("ready")
    i = 0
    while True:
        i += 1
        roll = rng.random()
        if roll < 0.50:
            name = f"venue-{seed}-{i}"
            with store.session() as s:
                s.add(Venue(name=name, notes="x" * rng.randrange(0, 3000)))
            log(f"venue {name}")
            names.append(name)
        elif roll < 0.70:
            value = seed * 1_000_000 + i  # grows across trials too (seeds grow)
            with store.session() as s:
                row = s.get(AppSetting, "counter")
                if row is None:
                    s.add(AppSetting(key="counter", value=value))
                else:
                    row.value = value
            log(f"counter {value}")
        elif roll < 0.82:
            tag = f"batch-{seed}-{i}"
            with store.session() as s:
                for n in range(BATCH):
                    s.add(
                        Attendee(
                            event_id=event_id,
                            first_name=f"Guest {n}",
                            last_name=tag,
                            notes=tag,
                            email=f"g{n}.{i}.{seed}@example.org",
                        )
                    )
            log(f"batch {tag} {BATCH}")
        elif roll < 0.90 and import_file is not None:
            tag = f"imp-{seed}-{i}"
            csv = db.parent / f"{tag}.csv"
            rows = [f"Guest{n},{tag},g{n}.{tag}@example.org" for n in range(IMPORT_ROWS)]
            csv.write_text("first_name,last_name,email\n" + "\n".join(rows) + "\n")
            with store.session() as s:
                import_file(s, event_id, csv)
            log(f"import {tag} {IMPORT_ROWS}")
            csv.unlink()
        elif roll < 0.97 and names:
            name = names.pop(rng.randrange(len(names)))
            with store.session() as s:
                s.query(Venue).filter_by(name=name).delete()
            log(f"gone {name}")
        else:
            # `backup -o` by hand: beside the database (the app's backups folder is its own)
            copies = Path(db).parent / "copies"
            copies.mkdir(exist_ok=True)
            dest = backup.backup_to(store, copies / f"crash-{seed}-{i}.sqlite")
            log(f"backup {dest}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
