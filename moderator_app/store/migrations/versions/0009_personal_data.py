"""personal data: keys of sealed fields, erasures, evidence removed under the privacy rules

Revision ID: 0009_personal_data
Revises: 0008_case_tracks
Create Date: 2026-12-06

Reports and letters name the key their personal fields are sealed under (NULL for those written
before sealing, whose fields are in clear); the local key table and the erased keys start empty;
evidence gains the time its file was removed under an erasure or the retention rules.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_personal_data'
down_revision = '0008_case_tracks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("personal_keys"):
        op.create_table(
            "personal_keys",
            sa.Column("id", sa.String(), nullable=False),
            sa.Column("key", sa.LargeBinary(), nullable=False),
            sa.Column("device_id", sa.String(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_keys")),
        )
    if not inspector.has_table("sealed_waiting"):
        op.create_table(
            "sealed_waiting",
            sa.Column("key_id", sa.String(), nullable=False),
            sa.PrimaryKeyConstraint("key_id", name=op.f("pk_sealed_waiting")),
        )
    if not inspector.has_table("erased_keys"):
        op.create_table(
            "erased_keys",
            sa.Column("id", sa.String(), nullable=False),
            sa.Column("event_id", sa.String(), nullable=False),
            sa.Column("erased_at", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_erased_keys")),
        )
    for table, column in (("reports", "sealed_key"), ("letters", "sealed_key"), ("evidence", "purged_at")):
        have = {c["name"] for c in inspector.get_columns(table)}
        if column not in have:
            kind = sa.Integer() if column == "purged_at" else sa.String()
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.add_column(sa.Column(column, kind, nullable=True))
    indexes = {i["name"] for i in inspector.get_indexes("reports")}
    if "ix_reports_sealed_key" not in indexes:
        op.create_index("ix_reports_sealed_key", "reports", ["sealed_key"])
    if "ix_evidence_purged_at" not in {i["name"] for i in inspector.get_indexes("evidence")}:
        op.create_index("ix_evidence_purged_at", "evidence", ["purged_at"], sqlite_where=sa.text("purged_at IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_evidence_purged_at", table_name="evidence")
    op.drop_index("ix_reports_sealed_key", table_name="reports")
    for table, column in (("reports", "sealed_key"), ("letters", "sealed_key"), ("evidence", "purged_at")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
    op.drop_table("erased_keys")
    op.drop_table("sealed_waiting")
    op.drop_table("personal_keys")
