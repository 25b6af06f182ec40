"""events.series_id: events made by "Make a series" share one id

Revision ID: 0003_series
Revises: 0002_formats
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_series"
down_revision: str | None = "0002_formats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("series_id", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_events_series_id"), ["series_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_series_id"))
        batch_op.drop_column("series_id")
