"""the register of outgoing documents and the documents' committee data

Revision ID: 0007_document_register
Revises: 0006_search_categories
Create Date: 2026-12-06

Letters get their number in the register of outgoing documents (year, series, number; a letter
sent before has none) and the committee's data for documents (its names, place, rules, the
platforms' addresses) gets a table of its own, empty until the secretary changes a default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_document_register'
down_revision = '0006_search_categories'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # What is here already is kept (a database stepped back to an earlier revision, as tests do).
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("letters")}
    with op.batch_alter_table("letters", schema=None) as batch_op:
        for name, kind in (("doc_year", sa.Integer()), ("doc_series", sa.String()), ("doc_seq", sa.Integer()),
                           ("renumbered_hlc", sa.Integer())):
            if name not in have:
                batch_op.add_column(sa.Column(name, kind, nullable=True))
    if "ix_letters_number" not in {i["name"] for i in inspector.get_indexes("letters")}:
        op.create_index("ix_letters_number", "letters", ["doc_year", "doc_series", "doc_seq"], unique=False)
    if not inspector.has_table("committee_profile"):
        op.create_table(
            "committee_profile",
            sa.Column("key", sa.String(), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.Column("hlc", sa.Integer(), nullable=False),
            sa.Column("event_id", sa.String(), nullable=False),
            sa.Column("changed_by", sa.String(), nullable=False),
            sa.PrimaryKeyConstraint("key", name=op.f("pk_committee_profile")),
        )


def downgrade() -> None:
    op.drop_table("committee_profile")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index("ix_letters_number")
        batch_op.drop_column("renumbered_hlc")
        batch_op.drop_column("doc_seq")
        batch_op.drop_column("doc_series")
        batch_op.drop_column("doc_year")
