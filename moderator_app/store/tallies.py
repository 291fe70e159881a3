"""Counts of the queue's filters kept current by SQLite itself.

``case_tallies`` holds how many cases share each combination of the columns the queue filters
on (status, category, platform, priority, urgency, assignee): a few thousand rows at most,
whatever the number of cases. ``case_days`` holds how many cases were opened on each day (UTC
days, ``opened_at // DAY_MS``): a year is 365 rows. Triggers on ``cases`` keep both exact inside
the same transaction as every write, so any write path (the projection, a replay, a migration)
keeps them true. A filtered view is then counted by adding up a few of those rows instead of
reading an index range that grows with the workspace.
"""

from __future__ import annotations

import sqlite3

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

DAY_MS = 86_400_000


def _add_day(row: str) -> str:
    return (f"INSERT INTO case_days (day, n) VALUES ({row}.opened_at / {DAY_MS}, 1) "
            "ON CONFLICT DO UPDATE SET n = n + 1;")


def _remove_day(row: str) -> str:
    match = f"day = {row}.opened_at / {DAY_MS}"
    return f"UPDATE case_days SET n = n - 1 WHERE {match}; DELETE FROM case_days WHERE n <= 0 AND {match};"


TALLY_TRIGGERS: tuple[str, ...] = (
    f"CREATE TRIGGER case_tallies_insert AFTER INSERT ON cases BEGIN {_add('NEW')} END",
    "CREATE TRIGGER case_tallies_update AFTER UPDATE OF status, category, platform, priority, urgent, "
    f"assignee_id ON cases WHEN {_CHANGED} BEGIN {_remove('OLD')} {_add('NEW')} END",
    f"CREATE TRIGGER case_tallies_delete AFTER DELETE ON cases BEGIN {_remove('OLD')} END",
    f"CREATE TRIGGER case_days_insert AFTER INSERT ON cases BEGIN {_add_day('NEW')} END",
    "CREATE TRIGGER case_days_update AFTER UPDATE OF opened_at ON cases WHEN OLD.opened_at IS NOT NEW.opened_at "
    f"BEGIN {_remove_day('OLD')} {_add_day('NEW')} END",
    f"CREATE TRIGGER case_days_delete AFTER DELETE ON cases BEGIN {_remove_day('OLD')} END",
)
"""Created by migration 0002 (copied there as text, as a migration must not change with the code);
a change to them is a new migration, and a test checks a new database has exactly these."""

TRIGGER_KEPT_TABLES = ("case_tallies", "case_days")
"""Tables written by the triggers above, never by a statement of ours."""

TRIGGER_NAMES: tuple[str, ...] = tuple(sql.split()[2] for sql in TALLY_TRIGGERS)


def drop_triggers(conn: sqlite3.Connection) -> None:
    """For a bulk build: no per-row counting; ``recount`` sets the counts once at its end."""
    for name in TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def recount(conn: sqlite3.Connection) -> None:
    """Count ``case_tallies`` and ``case_days`` from the cases in one pass and put the triggers
    back: the same counts the triggers would have kept row by row (``verify`` compares them)."""
    conn.execute("DELETE FROM case_tallies")
    conn.execute(
        f"INSERT INTO case_tallies ({', '.join(_KEY_COLUMNS)}, n) SELECT status, category, platform, priority, "
        "urgent, coalesce(assignee_id, ''), count(*) FROM cases GROUP BY 1, 2, 3, 4, 5, 6"
    )
    conn.execute("DELETE FROM case_days")
    conn.execute(f"INSERT INTO case_days (day, n) SELECT opened_at / {DAY_MS}, count(*) FROM cases GROUP BY 1")
    for sql in TALLY_TRIGGERS:
        conn.execute(sql)
