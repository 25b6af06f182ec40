"""Write tests/data/migrations/NNNN.sqlite for each revision that has none.

Each is the first released database (0001.sqlite: the sample meetup, photos, a
setting) upgraded by the real migrations to exactly that revision, so every
later version must upgrade it without losing data. Used when several revisions
land in one release; `make_migration_db` writes the demo at the current head.

Usage: python -m tests.tools.upgrade_migration_db
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from organiser.store import alembic_config, known_revisions

HERE = Path(__file__).resolve().parents[1] / "data" / "migrations"


def main() -> int:
    for rev in known_revisions():
        dest = HERE / f"{rev.split('_')[0]}.sqlite"
        if dest.exists():
            continue  # a released revision's file never changes
        shutil.copyfile(HERE / "0001.sqlite", dest)
        engine = create_engine(f"sqlite:///{dest}")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # as Store.migrate does
            conn.commit()
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, rev)
        engine.dispose()
        print(f"wrote {dest.name} at {rev}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
