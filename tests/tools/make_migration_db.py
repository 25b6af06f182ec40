"""Write tests/data/migrations/<revision>.sqlite: the demo at the CURRENT head schema.

Run this once when a new schema revision is released (see docs/MIGRATIONS.md),
BEFORE writing the next revision, and commit the file. Each speaker gets a
small distinct photo so the test also proves binary data survives upgrades.

Usage: python -m tests.tools.make_migration_db
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "data" / "migrations"

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2"
    "2a4f3a0000000049454e44ae426082"
)


def main() -> int:
    from organiser.demo import create_demo
    from organiser.models import AppSetting, Speaker
    from organiser.speakers import update_speaker
    from organiser.store import Store, head_revision

    rev = head_revision()
    dest = HERE / f"{rev}.sqlite"
    if dest.exists():
        print(f"{dest} exists already; a released revision's file never changes.")
        return 1
    with Store(dest) as st, st.session() as s:
        create_demo(s)
        for i, sp in enumerate(s.query(Speaker).order_by(Speaker.id).all()):
            update_speaker(s, sp.id, photo=PNG + bytes([i]))
        s.add(AppSetting(key="printer_offset_mm", value={"x": 1.5, "y": -0.5}))
    con = sqlite3.connect(dest)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    print(f"wrote {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
