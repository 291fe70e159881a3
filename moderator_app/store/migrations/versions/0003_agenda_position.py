"""agenda items indexed by meeting and position

Revision ID: 0003_agenda_position
Revises: 0002_case_tallies
Create Date: 2026-11-28

Putting a case on a meeting's agenda numbers it after the meeting's last item. With only the
meeting indexed, finding that number read every item of the meeting, so building an agenda of a
few thousand cases read millions of rows. The index on (meeting, position) finds the last item
at once, and still serves every lookup by meeting alone, so the index on the meeting alone goes.
"""

from __future__ import annotations

from alembic import op

revision = '0003_agenda_position'
down_revision = '0002_case_tallies'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_agenda_items_meeting_id_position ON agenda_items (meeting_id, position)")
    op.execute("DROP INDEX IF EXISTS ix_agenda_items_meeting_id")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_agenda_items_meeting_id ON agenda_items (meeting_id)")
    op.execute("DROP INDEX IF EXISTS ix_agenda_items_meeting_id_position")
