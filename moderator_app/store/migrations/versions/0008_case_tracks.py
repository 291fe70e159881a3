"""a case's track: the 48-hour removal request and the 28-day informal resolution countdowns

Revision ID: 0008_case_tracks
Revises: 0007_document_register
Create Date: 2026-12-06

Two columns on cases, empty: no case had a track before (no event could set one).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_case_tracks'
down_revision = '0007_document_register'
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("cases")}
    with op.batch_alter_table("cases", schema=None) as batch_op:
        if "track" not in have:
            batch_op.add_column(sa.Column("track", sa.String(), nullable=True))
        if "track_since" not in have:
            batch_op.add_column(sa.Column("track_since", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("track_since")
        batch_op.drop_column("track")
