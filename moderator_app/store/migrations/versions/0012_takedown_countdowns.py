"""a takedown request meets the case's removal countdown

Revision ID: 0012_takedown_countdowns
Revises: 0011_takedowns
Create Date: 2026-12-06

No new table: the countdown the queue shows for a case with a takedown request recorded is
worked out again, since a recorded request now meets the urgent (24-hour) and well-founded
complaint (48-hour) removal countdowns.
"""

from __future__ import annotations

from alembic import op

revision = '0012_takedown_countdowns'
down_revision = '0011_takedowns'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from moderator_app.store.projection.calendar_days import refresh_deadlines

    cursor = op.get_bind().connection.dbapi_connection.cursor()
    refresh_deadlines(cursor, "id IN (SELECT case_id FROM takedowns)", [])


def downgrade() -> None:
    pass  # the countdowns are derived: an older version works them out its own way on its next change
