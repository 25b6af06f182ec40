"""attendees may be "invited" (Luma guests who never registered)

Revision ID: 0002_formats
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_formats"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = "rsvp IN ('going', 'waitlist', 'not_going', 'invited')"
_OLD = "rsvp IN ('going', 'waitlist', 'not_going')"


def upgrade() -> None:
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_attendees_rsvp"), type_="check")
        batch_op.create_check_constraint("rsvp", _NEW)


def downgrade() -> None:
    op.execute("UPDATE attendees SET rsvp = 'not_going' WHERE rsvp = 'invited'")
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_attendees_rsvp"), type_="check")
        batch_op.create_check_constraint("rsvp", _OLD)
