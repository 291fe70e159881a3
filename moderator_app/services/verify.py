"""``verify``: is the store sound, and do its tables say exactly what its log says?

Checks, in order: SQLite's integrity and foreign keys; each device's hash chain (an event
edited, removed or inserted behind the application's back breaks it); every evidence file in the
blob store against its SHA-256 (each damaged or missing one named by hash and file name); and a
replay of the whole log into a scratch database whose tables must equal the live ones row for row.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from moderator_app.domain.enums import Category, Outcome, Platform, Role, Source, Status
from moderator_app.store.database import Database, raw_connection
from moderator_app.store.events import GENESIS_HASH, iter_events
from moderator_app.store.migrate import migrate
from moderator_app.store.models import PROJECTION_TABLES, Base
from moderator_app.store.projection import Projector
from moderator_app.store.projection.schema import InvalidEvent

from .workspace import Workspace

LOCAL_COLUMNS = {"cases": {"pk"}}
REPLAY_BATCH = 20_000

Progress = Callable[[str], None]


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(ws: Workspace, progress: Progress | None = None) -> VerifyReport:
    report = VerifyReport()
    say = progress or (lambda _msg: None)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        say("integrity")
        check_integrity(raw, report)
        try:
            say("chains")
            check_chains(raw, report)
            sound = report.ok
            say("values")
            check_values(raw, report)
            say("evidence")
            check_blobs(ws, raw, report)
        except sqlite3.DatabaseError as exc:  # a damaged file fails the reads that cross the damage
            report.problems.append(f"database integrity: {exc}")
            sound = False
    if sound:  # a replay of a damaged log would only repeat what is already reported
        say("replay")
        check_replay(ws, report)
    return report


def check_integrity(raw: sqlite3.Connection, report: VerifyReport) -> None:
    try:
        rows = [r[0] for r in raw.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:  # damage SQLite cannot even walk past
        report.problems.append(f"database integrity: {exc}")
        return
    if rows != ["ok"]:
        report.problems += [f"database integrity: {r}" for r in rows[:20]]
    fk = raw.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, parent, _ in fk[:20]:
        report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")


def check_chains(raw: sqlite3.Connection, report: VerifyReport) -> None:
    """Each device's events must run 1, 2, 3... with each hash covering the one before."""
    device = None
    expected_seq = 1
    prev = GENESIS_HASH
    count = 0
    for ev in _by_device(raw):
        count += 1
        if ev.device_id != device:
            device, expected_seq, prev = ev.device_id, 1, GENESIS_HASH
        if ev.seq != expected_seq:
            report.problems.append(
                f"event chain of device {device}: expected event {device}.{expected_seq}, found {ev.id} "
                "(an event was removed or inserted)"
            )
            expected_seq = ev.seq
        if ev.prev_hash != prev:
            report.problems.append(f"event {ev.id} does not follow its predecessor's hash (the log was altered)")
        if ev.compute_hash() != ev.hash:
            report.problems.append(f"event {ev.id} ({ev.type}) was changed after it was written")
        prev = ev.hash
        expected_seq += 1
        if len(report.problems) > 50:
            report.problems.append("... more chain problems not listed")
            return
    report.checked["events"] = count


def check_blobs(ws: Workspace, raw: sqlite3.Connection, report: VerifyReport) -> None:
    """Every blob evidence refers to (removed items too: their bytes are kept) must be intact."""
    from moderator_app.store.evidence_queries import referenced_blobs

    count = 0
    for use in referenced_blobs(raw):
        count += 1
        problem = ws.blobs.check(use.sha256)
        if problem is not None:
            others = f" and {use.uses - 1} other item(s)" if use.uses > 1 else ""
            what = "is missing from the blob store" if problem == "missing" else "is damaged (its content no " \
                "longer matches its hash)"
            report.problems.append(f"evidence file {use.sha256} ({use.name!r}, case {use.case_ref}{others}) {what}")
    report.checked["blobs"] = count


# Columns that hold a code (or a number) the rest of the application reads as one.
VALUE_RULES: tuple[tuple[str, str, str], ...] = (
    ("cases", "status", f"status IN ({', '.join(repr(c) for c in Status.codes())})"),
    ("cases", "priority", "typeof(priority) = 'integer' AND priority BETWEEN 1 AND 4"),
    ("cases", "category", f"category IN ({', '.join(repr(c) for c in Category.codes())})"),
    ("cases", "platform", f"platform IN ({', '.join(repr(c) for c in Platform.codes())})"),
    ("cases", "urgent", "urgent IN (0, 1)"),
    ("reports", "category", f"category IN ({', '.join(repr(c) for c in Category.codes())})"),
    ("reports", "platform", f"platform IN ({', '.join(repr(c) for c in Platform.codes())})"),
    ("reports", "source", f"source IN ({', '.join(repr(c) for c in Source.codes())})"),
    ("members", "role", f"role IN ({', '.join(repr(c) for c in Role.codes())})"),
    ("decisions", "outcome", f"outcome IN ({', '.join(repr(c) for c in Outcome.codes())})"),
    ("notes", "body", "typeof(body) = 'text'"),
    ("influencers", "name", "typeof(name) = 'text'"),
)


def check_values(raw: sqlite3.Connection, report: VerifyReport) -> None:
    """Every coded column holds a code this version knows: one that does not breaks the case list,
    the exports and the queue, so it is named here (with the first offending row)."""
    for table, column, rule in VALUE_RULES:
        row = raw.execute(
            f"SELECT count(*), min(id), min({column}) FROM {table} WHERE NOT coalesce({rule}, 0)").fetchone()
        if row[0]:
            report.problems.append(f"table {table}: {row[0]} row(s) hold a {column} this version does not know "
                                   f"(for example row {row[1]}: {row[2]!r})")
    report.checked["values"] = len(VALUE_RULES)


def _by_device(raw: sqlite3.Connection):  # noqa: ANN202
    from moderator_app.store.events import SELECT_EVENT_COLUMNS, event_from_row

    for row in raw.execute(f"SELECT {SELECT_EVENT_COLUMNS} FROM events ORDER BY device_id, seq"):
        yield event_from_row(row)


def _columns(table: str) -> list[str]:
    skip = LOCAL_COLUMNS.get(table, set())
    return [c.name for c in Base.metadata.tables[table].columns if c.name not in skip]


def check_replay(ws: Workspace, report: VerifyReport) -> None:
    with tempfile.TemporaryDirectory(prefix="verify-", dir=ws.root) as tmp:
        scratch_path = Path(tmp) / "replay.sqlite3"
        scratch = Database(scratch_path)
        try:
            migrate(scratch, Path(tmp) / "backups")
            with ws.db.read() as live, scratch.write() as out:
                proj = Projector(raw_connection(out))
                proj.skip_missing = True  # as on import: kept in the log, not applied
                n = 0
                invalid = 0
                for ev in iter_events(raw_connection(live)):
                    n += 1
                    try:
                        proj.apply(ev)
                    except InvalidEvent as exc:  # applied by an older version that did not check
                        invalid += 1
                        if invalid <= 20:
                            report.problems.append(f"{exc.message('en')} (it is in the log; a replay skips it)")
                    if n % REPLAY_BATCH == 0:
                        proj.finish()
                proj.finish()
            report.checked["replayed"] = n
        finally:
            scratch.dispose()
        _compare(ws, scratch_path, report)


def _compare(ws: Workspace, scratch_path: Path, report: VerifyReport) -> None:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        raw.execute("ATTACH DATABASE ? AS replay", (str(scratch_path),))
        try:
            for table in PROJECTION_TABLES:
                cols = ", ".join(_columns(table))
                for left, right, what in (("main", "replay", "not in the log"), ("replay", "main", "missing")):
                    diff = raw.execute(
                        f"SELECT count(*) FROM (SELECT {cols} FROM {left}.{table} "
                        f"EXCEPT SELECT {cols} FROM {right}.{table})"
                    ).fetchone()[0]
                    if diff:
                        report.problems.append(f"table {table}: {diff} row(s) {what} (tables differ from a replay)")
            search = "SELECT c.id, s.body FROM {0}.case_search s JOIN {0}.cases c ON c.pk = s.rowid"
            for left, right, what in (("main", "replay", "differ from a replay"), ("replay", "main", "are missing")):
                diff = raw.execute(
                    f"SELECT count(*) FROM ({search.format(left)} EXCEPT {search.format(right)})"
                ).fetchone()[0]
                if diff:
                    report.problems.append(f"search index: {diff} case document(s) {what}")
            report.checked["tables"] = len(PROJECTION_TABLES)
        finally:
            raw.execute("DETACH DATABASE replay")
