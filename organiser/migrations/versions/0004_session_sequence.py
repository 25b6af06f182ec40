"""sessions.sequence: the iCalendar SEQUENCE, bumped when a session moves

Revision ID: 0004_session_sequence
Revises: 0003_series
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_session_sequence"
down_revision: str | None = "0003_series"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sequence", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("sequence")
