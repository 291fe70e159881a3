"""Counts of the queue's filters kept current by SQLite itself.

``case_tallies`` holds how many cases share each combination of the columns the queue filters
on (status, category, platform, priority, urgency, assignee): a few thousand rows at most,
whatever the number of cases. Triggers on ``cases`` keep it exact inside the same transaction
as every write, so any write path (the projection, a replay, a migration) keeps it true. A
filtered view is then counted by adding up a few of those rows instead of reading an index
range that grows with the workspace.
"""

from __future__ import annotations

# The combination a case row falls in; "no assignee" is '' so the primary key treats it as a value.
_KEY_COLUMNS = ("status", "category", "platform", "priority", "urgent", "assignee")


def _key(row: str) -> tuple[str, ...]:
    return (f"{row}.status", f"{row}.category", f"{row}.platform", f"{row}.priority", f"{row}.urgent",
            f"coalesce({row}.assignee_id, '')")


def _add(row: str) -> str:
    return (f"INSERT INTO case_tallies ({', '.join(_KEY_COLUMNS)}, n) VALUES ({', '.join(_key(row))}, 1) "
            "ON CONFLICT DO UPDATE SET n = n + 1;")


def _remove(row: str) -> str:
    match = " AND ".join(f"{c} = {v}" for c, v in zip(_KEY_COLUMNS, _key(row), strict=True))
    return f"UPDATE case_tallies SET n = n - 1 WHERE {match}; DELETE FROM case_tallies WHERE n <= 0 AND {match};"


_CHANGED = " OR ".join(
    f"OLD.{c} IS NOT NEW.{c}" for c in ("status", "category", "platform", "priority", "urgent", "assignee_id")
)

TALLY_TRIGGERS: tuple[str, ...] = (
    f"CREATE TRIGGER case_tallies_insert AFTER INSERT ON cases BEGIN {_add('NEW')} END",
    "CREATE TRIGGER case_tallies_update AFTER UPDATE OF status, category, platform, priority, urgent, "
    f"assignee_id ON cases WHEN {_CHANGED} BEGIN {_remove('OLD')} {_add('NEW')} END",
    f"CREATE TRIGGER case_tallies_delete AFTER DELETE ON cases BEGIN {_remove('OLD')} END",
)
"""Created by migration 0002 (copied there as text, as a migration must not change with the code);
a change to them is a new migration, and a test checks a new database has exactly these."""
