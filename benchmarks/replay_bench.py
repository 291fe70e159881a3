"""How fast the projection alone turns a demo's log into tables: the floor under the demo's time.

    .venv/bin/python -m benchmarks.replay_bench [--cases N] [--cache DIR]

Takes the suite's demo workspace of N cases (default 100,000; built once under the cache folder)
and replays its whole event log into an empty database set up as a bulk build sets up its own
(the indexes and the count triggers a build defers are left out, and no search document is
written): no simulation, no service checks, no sealing of events, only what every event must
cost on the one write path.
The baseline, in the same run, is plain ``sqlite3`` inserting the same event rows into the same
empty database with ``executemany``: the log alone, without the tables derived from it.

The figure printed last multiplies the cost of an event by the events of a million-case demo
(the ratio of events to cases holds at every size): the time a million-case demo would take if
everything but the projection cost nothing, before the deferred indexes and the search documents
are built.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from moderator_app.services.workspace import Workspace, drop_build_deferred_indexes
from moderator_app.store import tallies
from moderator_app.store.database import Database, raw_connection
from moderator_app.store.events import INSERT_EVENT, SELECT_EVENT_COLUMNS, event_from_row
from moderator_app.store.migrate import migrate
from moderator_app.store.projection import Projector

from .suite import dataset

BATCH = 5_000  # events between the projector's end-of-batch work, as in a demo build's batches


def scratch_database(folder: Path) -> Database:
    db = Database(folder / "replay.sqlite3", durable=False)
    migrate(db, folder / "backups")
    with db.write() as conn:
        drop_build_deferred_indexes(raw_connection(conn))
        tallies.drop_triggers(raw_connection(conn))
    return db


def replay(rows: list[tuple], folder: Path) -> float:  # type: ignore[type-arg]
    db = scratch_database(folder)
    try:
        with db.write() as conn:
            proj = Projector(raw_connection(conn))
            proj.defer_search = True
            started = time.perf_counter()
            for n, row in enumerate(rows, 1):
                proj.record(event_from_row(row))
                if n % BATCH == 0:
                    proj.finish()
            proj.finish()
            return time.perf_counter() - started
    finally:
        db.dispose()


def plain_inserts(rows: list[tuple], folder: Path) -> float:  # type: ignore[type-arg]
    db = scratch_database(folder)
    try:
        with db.write() as conn:
            raw = raw_connection(conn)
            started = time.perf_counter()
            raw.executemany(INSERT_EVENT, [(f"{r[0]}.{r[1]}", *r) for r in rows])
            return time.perf_counter() - started
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path(".bench-cache"))
    args = parser.parse_args()
    root, _ = dataset(args.cache, args.cases)
    ws = Workspace.open(root)
    try:
        with ws.db.read() as conn:
            rows = raw_connection(conn).execute(f"SELECT {SELECT_EVENT_COLUMNS} FROM events ORDER BY num").fetchall()
    finally:
        ws.close()
    events = len(rows)
    with tempfile.TemporaryDirectory(prefix="replay-bench-") as tmp:
        (Path(tmp) / "a").mkdir()
        (Path(tmp) / "b").mkdir()
        ours = replay(rows, Path(tmp) / "a")
        plain = plain_inserts(rows, Path(tmp) / "b")
    per_event = ours / events
    print(f"demo of {args.cases:,} cases: {events:,} events ({events / args.cases:.2f} per case)")
    print(f"projection (insert and apply every event):  {ours:8.1f} s  {per_event * 1e6:6.1f} µs an event")
    print(f"plain sqlite3 executemany of the event rows: {plain:8.1f} s  {plain / events * 1e6:6.1f} µs an event")
    print(f"ratio: {ours / plain:.1f}x")
    million = per_event * events / args.cases * 1_000_000
    print(f"the projection alone for a million-case demo: {million:,.0f} s ({million / 60:.1f} min)")


if __name__ == "__main__":
    main()
