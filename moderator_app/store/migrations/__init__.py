"""Alembic migrations, shipped inside the package and run by ``store.migrate`` at start."""
