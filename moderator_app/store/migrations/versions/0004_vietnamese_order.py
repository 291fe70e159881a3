"""names sorted in Vietnamese alphabetical order

Revision ID: 0004_vietnamese_order
Revises: 0003_agenda_position
Create Date: 2026-12-06

Names were sorted by their folded form (no diacritics), so "Đinh" came before "Dung" and "Ưng"
before "Uyên". Members and influencers get a stored Vietnamese sort key
(``domain.collation.sort_key``), and the cases' influencer and assignee sort columns, which the
queue sorts a million cases by, take it too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from moderator_app.domain.collation import sort_key

revision = '0004_vietnamese_order'
down_revision = '0003_agenda_position'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("members", sa.Column("name_sort", sa.String(), nullable=False, server_default=""))
    op.add_column("influencers", sa.Column("name_sort", sa.String(), nullable=False, server_default=""))
    raw = op.get_bind().connection.dbapi_connection
    raw.create_function("vi_sort_key", 1, sort_key, deterministic=True)
    op.execute("UPDATE members SET name_sort = vi_sort_key(name)")
    op.execute("UPDATE influencers SET name_sort = vi_sort_key(name)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_influencers_name_sort ON influencers (name_sort)")
    op.execute("UPDATE cases SET influencer_sort = coalesce("
               "(SELECT name_sort FROM influencers WHERE influencers.id = cases.influencer_id), '')")
    op.execute("UPDATE cases SET assignee_sort = coalesce("
               "(SELECT name_sort FROM members WHERE members.id = cases.assignee_id), '')")


def downgrade() -> None:
    op.execute("UPDATE cases SET influencer_sort = coalesce("
               "(SELECT name_key FROM influencers WHERE influencers.id = cases.influencer_id), '')")
    op.execute("UPDATE cases SET assignee_sort = coalesce("
               "(SELECT name_key FROM members WHERE members.id = cases.assignee_id), '')")
    op.execute("DROP INDEX IF EXISTS ix_influencers_name_sort")
    with op.batch_alter_table("influencers") as batch:
        batch.drop_column("name_sort")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("name_sort")
