"""the working-day calendar: the law's holidays from the ``holidays`` package, the committee's days off

Revision ID: 0005_working_calendar
Revises: 0004_vietnamese_order
Create Date: 2026-12-06

Working days skipped four fixed dates only; Tết and Giỗ Tổ Hùng Vương now count as holidays
(``domain.working_calendar``). The committee's own days off are events kept in ``calendar_days``
(empty here: no such event was written before). The deadlines of open cases counted in working
days are recomputed with the law's calendar, so they match what a replay of the log gives.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_working_calendar'
down_revision = '0004_vietnamese_order'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from moderator_app.store.projection.calendar_days import refresh_working_day_deadlines

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("off", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.Column("changed_at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    refresh_working_day_deadlines(op.get_bind().connection.dbapi_connection.cursor())


def downgrade() -> None:
    op.drop_table("calendar_days")
