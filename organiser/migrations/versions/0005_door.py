"""door: ticket codes per attendee, the door of each check-in

Revision ID: 0005_door
Revises: 0004_session_sequence
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_door"
down_revision: str | None = "0004_session_sequence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("attendees")}
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        if "checked_in_door" not in columns:
            batch_op.add_column(sa.Column("checked_in_door", sa.String(length=100), nullable=True))
        if "guests" not in columns:
            batch_op.add_column(
                sa.Column("guests", sa.Integer(), nullable=False, server_default="0")
            )
    # Expression indexes (SQLite and PostgreSQL both have them): a scan compares
    # lower(code) so the scanner's case never matters.
    op.create_index(
        "ix_attendees_token_lower", "attendees", [sa.text("lower(checkin_token)")], unique=False
    )
    op.create_index(
        "ix_attendees_external_lower", "attendees", [sa.text("lower(external_id)")], unique=False
    )
    op.create_table(
        "ticket_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=500), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["attendee_id"],
            ["attendees.id"],
            name=op.f("fk_ticket_codes_attendee_id_attendees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_ticket_codes_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_codes")),
        sa.UniqueConstraint("attendee_id", "code", name=op.f("uq_ticket_codes_attendee_id_code")),
    )
    op.create_index("ix_ticket_codes_code", "ticket_codes", ["code"], unique=False)
    op.create_index(
        op.f("ix_ticket_codes_attendee_id"), "ticket_codes", ["attendee_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_ticket_codes_attendee_id"), table_name="ticket_codes")
    op.drop_index("ix_ticket_codes_code", table_name="ticket_codes")
    op.drop_table("ticket_codes")
    op.drop_index("ix_attendees_external_lower", table_name="attendees")
    op.drop_index("ix_attendees_token_lower", table_name="attendees")
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_column("checked_in_door")
