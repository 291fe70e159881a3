"""a case's track: the 48-hour removal request and the 28-day informal resolution countdowns

Revision ID: 0008_case_tracks
Revises: 0007_document_register
Create Date: 2026-12-06

Two columns on cases, empty: no case had a track before (no event could set one); and the minutes
of finalized meetings in the register of outgoing documents (empty).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_case_tracks'
down_revision = '0007_document_register'
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("minutes_issued"):
        op.create_table(
            "minutes_issued",
            sa.Column("meeting_id", sa.String(), nullable=False),
            sa.Column("doc_year", sa.Integer(), nullable=False),
            sa.Column("doc_series", sa.String(), nullable=False),
            sa.Column("doc_seq", sa.Integer(), nullable=False),
            sa.Column("sha256", sa.String(), nullable=True),
            sa.Column("file_name", sa.String(), nullable=False),
            sa.Column("lang", sa.String(), nullable=False),
            sa.Column("issued_by", sa.String(), nullable=False),
            sa.Column("issued_at", sa.Integer(), nullable=False),
            sa.Column("hlc", sa.Integer(), nullable=False),
            sa.Column("event_id", sa.String(), nullable=False),
            sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_minutes_issued")),
        )
    have = {c["name"] for c in inspector.get_columns("cases")}
    with op.batch_alter_table("cases", schema=None) as batch_op:
        if "track" not in have:
            batch_op.add_column(sa.Column("track", sa.String(), nullable=True))
        if "track_since" not in have:
            batch_op.add_column(sa.Column("track_since", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_table("minutes_issued")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("track_since")
        batch_op.drop_column("track")
