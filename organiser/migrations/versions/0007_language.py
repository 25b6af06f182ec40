"""events.language: the output language of an event's badges, agenda and exports

Revision ID: 0007_language
Revises: 0006_safety
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_language"
down_revision: str | None = "0006_safety"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # NULL: not chosen; outputs follow --lang, then English (organiser.i18n.pick).
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("language")
