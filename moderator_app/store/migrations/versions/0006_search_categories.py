"""search documents name the category and keep the words as written

Revision ID: 0006_search_categories
Revises: 0005_working_calendar
Create Date: 2026-12-06

A case's search document gains its category's labels (both languages, at its end), so "lừa đảo"
finds the fraud cases, and a second, unindexed column ``exact``: the document's distinct words
written with diacritics, as written, with which search puts exact matches of what was typed first
("Hòa" before "Hoa"). The index is derived data: it is rebuilt from the cases, in rowid order.
"""

from __future__ import annotations

from alembic import op

revision = '0006_search_categories'
down_revision = '0005_working_calendar'
branch_labels = None
depends_on = None

NEW = "CREATE VIRTUAL TABLE case_search USING fts5(body, exact UNINDEXED, tokenize='unicode61', prefix='2 3')"
OLD = "CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize='unicode61', prefix='2 3')"


def upgrade() -> None:
    from moderator_app.store.projection.search import index_all_cases

    op.execute("DROP TABLE case_search")
    op.execute(NEW)
    index_all_cases(op.get_bind().connection.dbapi_connection)


def downgrade() -> None:
    from moderator_app.domain.text import fold
    from moderator_app.store.projection.search import category_words

    raw = op.get_bind().connection.dbapi_connection
    rows = raw.execute(
        "SELECT s.rowid, s.body, c.category FROM case_search s JOIN cases c ON c.pk = s.rowid ORDER BY s.rowid"
    ).fetchall()
    op.execute("DROP TABLE case_search")
    op.execute(OLD)
    old = []
    for pk, body, category in rows:
        words = fold(category_words(category))
        if words and body.endswith(words):  # the labels come last
            body = body[: -len(words)].rstrip()
        old.append((pk, body))
    raw.executemany("INSERT INTO case_search (rowid, body) VALUES (?, ?)", old)
