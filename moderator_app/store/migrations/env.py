"""Alembic environment: always runs over the connection ``store.migrate`` hands it."""

from __future__ import annotations

from alembic import context

from moderator_app.store.migrate import include_name
from moderator_app.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
