"""safety: one attendee per address per event; a version on every edited entity

Revision ID: 0006_safety
Revises: 0005_door

Adds ``attendees.email_key`` with a unique constraint on (event_id, email_key),
so two imports running at once cannot both add the same person. Existing rows
are keyed from their address; when an older file already holds the same address
twice (for instance doubled by such a race), only the first row gets the key and
the others are kept unchanged: nothing is deleted by the upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_safety"
down_revision: str | None = "0005_door"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


VERSIONED = ("sessions", "stream_links", "checklist_templates", "checklist_items", "attendees")


# Expression indexes (0005_door) that SQLite's table rebuild below cannot carry:
# dropped first and made again at the end, on both engines.
_EXPRESSION_INDEXES = {
    "ix_attendees_token_lower": "lower(checkin_token)",
    "ix_attendees_external_lower": "lower(external_id)",
}


def upgrade() -> None:
    for name in _EXPRESSION_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    # Conflict detection in team mode for every entity people edit (events, venues
    # and speakers had it already): a version column each, existing rows at 1.
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email_key", sa.String(length=254), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, event_id, email FROM attendees "
            "WHERE external_id IS NULL AND email IS NOT NULL ORDER BY id"
        )
    ).all()
    seen: set[tuple[int, str]] = set()
    updates = []
    for row_id, event_id, email in rows:
        key = str(email).strip().lower()
        if not key or (event_id, key) in seen:
            continue
        seen.add((event_id, key))
        updates.append({"k": key, "i": row_id})
    if updates:
        conn.execute(sa.text("UPDATE attendees SET email_key = :k WHERE id = :i"), updates)
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f("uq_attendees_event_id_email_key"), ["event_id", "email_key"]
        )
    for name, expression in _EXPRESSION_INDEXES.items():
        op.create_index(name, "attendees", [sa.text(expression)], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_attendees_event_id_email_key"), type_="unique")
        batch_op.drop_column("email_key")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
