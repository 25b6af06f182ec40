"""Every released schema has a committed database; today's code upgrades it losing nothing.

tests/data/migrations/<revision>.sqlite was written by the program at that
revision (with the demo meetup and speaker photos). The test opens a copy
with the current code, which upgrades it to head, and compares every value
of every column the old schema had. docs/MIGRATIONS.md says how to add one.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from organiser.models import Event, Speaker
from organiser.store import Store, head_revision, known_revisions

DATA = Path(__file__).resolve().parents[1] / "data" / "migrations"
FILES = sorted(DATA.glob("*.sqlite"))


def _old_contents(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        out = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            rows = con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
            out[t] = (cols, rows)
        return out
    finally:
        con.close()


def test_every_schema_revision_has_a_committed_database():
    have = {p.stem for p in FILES}
    missing = {rev.split("_")[0] for rev in known_revisions()} - have
    assert not missing, (
        f"no committed database for revision(s) {sorted(missing)}: "
        "see docs/MIGRATIONS.md (python -m tests.tools.make_migration_db)"
    )


@pytest.mark.parametrize("old", FILES, ids=[p.stem for p in FILES])
def test_old_database_upgrades_to_head_without_losing_data(old, tmp_path):
    copy = tmp_path / old.name
    shutil.copyfile(old, copy)
    before = _old_contents(copy)
    assert sum(len(rows) for _cols, rows in before.values()) > 50, "the sample holds real data"

    with Store(copy) as st:
        assert st.current_revision() == head_revision()
        with st.session() as s:
            assert s.query(Event).count() == len(before["events"][1])
            photos = [s.get(Speaker, sp.id).photo for sp in s.query(Speaker).all()]
            assert photos and all(p and p.startswith(b"\x89PNG") for p in photos)

    con = sqlite3.connect(copy)
    try:
        for table, (cols, rows) in before.items():
            quoted = ", ".join(f'"{c}"' for c in cols)
            after = con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()
            assert after == rows, f"{table} changed during the upgrade from {old.stem}"
    finally:
        con.close()
    assert old.read_bytes() == (DATA / old.name).read_bytes()  # the committed file is untouched


TEST_REVISION = '''
"""test only: rebuild the speakers table the way SQLite batch migrations do"""
import sqlalchemy as sa
from alembic import op

revision = "9001_test_rebuild"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speakers", recreate="always") as batch:
        batch.add_column(sa.Column("test_only_note", sa.String(50)))
    with op.batch_alter_table("events", recreate="always") as batch:
        batch.add_column(sa.Column("test_only_flag", sa.Boolean()))


def downgrade() -> None:
    pass
'''


@pytest.fixture
def one_more_revision(tmp_path, monkeypatch):
    """The real migrations plus a test-only revision that rebuilds two parent tables."""
    import organiser.store as store_mod

    scripts = tmp_path / "migrations"
    shutil.copytree(store_mod.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / "9001_test_rebuild.py").write_text(
        TEST_REVISION.replace("{head}", head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(store_mod, "MIGRATIONS_DIR", scripts)
    return "9001_test_rebuild"


@pytest.mark.parametrize("old", FILES, ids=[p.stem for p in FILES])
def test_a_table_rebuilding_migration_loses_no_child_rows(old, tmp_path, one_more_revision):
    """SQLite batch migrations drop and re-create a table: with foreign keys on,
    that drop would cascade and delete every session speaker and checklist item."""
    db_dir = tmp_path / "db"
    db_dir.mkdir()
    copy = db_dir / old.name
    shutil.copyfile(old, copy)
    before = _old_contents(copy)
    with Store(copy) as st:
        assert st.current_revision() == one_more_revision
    con = sqlite3.connect(copy)
    try:
        for table, (cols, rows) in before.items():
            quoted = ", ".join(f'"{c}"' for c in cols)
            after = con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()
            assert len(after) == len(rows), f"{table}: {len(rows)} rows before, {len(after)} after"
            assert after == rows, f"{table} changed"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    kept = list((db_dir / "backups").glob(f"{copy.stem}-before-migration-*.sqlite"))
    assert len(kept) == 1
