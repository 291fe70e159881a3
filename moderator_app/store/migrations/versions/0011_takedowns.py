"""takedown requests followed to the end

Revision ID: 0011_takedowns
Revises: 0010_indicators
Create Date: 2026-12-06

New tables, empty: takedown requests to platforms with their answers, and the re-checks members
make of the content afterwards. Both are projections of events a workspace holds none of yet.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_takedowns'
down_revision = '0010_indicators'
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("takedowns"):
        op.create_table(
            "takedowns",
            sa.Column("id", sa.String(), nullable=False),
            sa.Column("case_id", sa.String(), nullable=False),
            sa.Column("platform", sa.String(), nullable=False),
            sa.Column("urls", sa.Text(), nullable=False),
            sa.Column("via", sa.String(), nullable=False),
            sa.Column("sent_at", sa.Integer(), nullable=False),
            sa.Column("due_at", sa.Integer(), nullable=False),
            sa.Column("urgent", sa.Boolean(), nullable=False),
            sa.Column("letter_id", sa.String(), nullable=True),
            sa.Column("requested_by", sa.String(), nullable=False),
            sa.Column("result", sa.String(), nullable=True),
            sa.Column("reason", sa.Text(), nullable=False),
            sa.Column("answered_at", sa.Integer(), nullable=True),
            sa.Column("answered_by", sa.String(), nullable=True),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_takedowns")),
        )
        op.create_index("ix_takedowns_case_id", "takedowns", ["case_id"])
        op.create_index("ix_takedowns_platform_sent_at", "takedowns", ["platform", "sent_at"])
        op.create_index("ix_takedowns_result_due_at", "takedowns", ["result", "due_at"])
    if not inspector.has_table("takedown_rechecks"):
        op.create_table(
            "takedown_rechecks",
            sa.Column("id", sa.String(), nullable=False),
            sa.Column("takedown_id", sa.String(), nullable=False),
            sa.Column("case_id", sa.String(), nullable=False),
            sa.Column("at", sa.Integer(), nullable=False),
            sa.Column("still_up", sa.Boolean(), nullable=False),
            sa.Column("evidence_id", sa.String(), nullable=True),
            sa.Column("checked_by", sa.String(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_takedown_rechecks")),
        )
        op.create_index("ix_takedown_rechecks_takedown_id_at", "takedown_rechecks", ["takedown_id", "at"])


def downgrade() -> None:
    for table in ("takedown_rechecks", "takedowns"):
        op.drop_table(table)
