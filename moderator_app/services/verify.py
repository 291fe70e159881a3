"""``verify``: is the store sound, and do its tables say exactly what its log says?

Checks, in order: SQLite's integrity and foreign keys; each device's hash chain (an event
edited, removed or inserted behind the application's back breaks it); every evidence file in the
blob store against its SHA-256 (each damaged or missing one named by hash and file name); and a
replay of the whole log into a scratch database whose tables must equal the live ones row for row.

A damaged database file is named as such (which tables and pages, when SQLite says), with the
backup to restore; the replay's scratch database goes where there is room for it (the data
folder, else the system's temporary folder), or ``verify`` says how much room it needs.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy.exc

from moderator_app.domain.enums import Category, Outcome, Platform, Role, Source, Status
from moderator_app.domain.errors import UserError, WriteFailed
from moderator_app.store import driver
from moderator_app.store.database import Database, is_corruption, raw_connection, storage_problem
from moderator_app.store.events import GENESIS_HASH, iter_events
from moderator_app.store.migrate import migrate
from moderator_app.store.models import PROJECTION_TABLES, Base
from moderator_app.store.projection import Projector
from moderator_app.store.projection.schema import InvalidEvent

from .workspace import Workspace

log = logging.getLogger(__name__)

LOCAL_COLUMNS = {"cases": {"pk"}, "indicator_sightings": {"pk"}}
REPLAY_BATCH = 20_000
# Room the replay's scratch database needs beyond the live database's size (it holds the tables
# and the search index, not the log, so the live file's size is a generous estimate).
SCRATCH_MARGIN = 16 * 1024**2
DAMAGE = "database integrity"

Progress = Callable[[str], None]


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    damaged: bool = False  # the database file itself is damaged (not only what it says)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(ws: Workspace, progress: Progress | None = None) -> VerifyReport:
    """Every check, in order; a damaged file is reported (``damaged``), never an exception."""
    report = VerifyReport()
    say = progress or (lambda _msg: None)
    step = "the integrity check"
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        say("integrity")
        check_integrity(raw, report, ws.paths.db)
        sound = report.ok
        try:
            say("chains")
            step = "the event log (table events)"
            check_chains(raw, report)
            sound = report.ok
            say("values")
            step = "the case, report, member and decision tables"
            check_values(raw, report)
            say("evidence")
            step = "the evidence table"
            check_blobs(ws, raw, report)
        except driver.DatabaseError as exc:  # a damaged file fails the reads that cross the damage
            _damage_met(report, ws.paths.db, step, exc)
            sound = False
    if sound:  # a replay of a damaged log would only repeat what is already reported
        say("replay")
        try:
            check_replay(ws, report)
        except driver.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            _damage_met(report, ws.paths.db, "the tables compared with the log", exc)
    return report


def _damage_met(report: VerifyReport, db: Path, step: str, exc: sqlite3.DatabaseError) -> None:
    """A read that failed on damage: what was being read, in words (not the garbled bytes)."""
    text = str(exc)
    decode = re.match(r"Could not decode to UTF-8 column '([^']+)'", text)
    if decode:
        text = f"column {decode.group(1)} holds bytes that are not text"
    report.damaged = True
    report.problems.append(f"{DAMAGE}: the database file {db} is damaged: reading {step} failed ({text})")


def check_integrity(raw: sqlite3.Connection, report: VerifyReport, db: Path | None = None) -> None:
    try:
        rows = [r[0] for r in raw.execute("PRAGMA integrity_check")]
    except driver.DatabaseError as exc:  # damage SQLite cannot even walk past
        report.damaged = True
        report.problems += damage_lines(db, [str(exc)], raw)
        return
    if rows != ["ok"]:
        report.damaged = True
        report.problems += damage_lines(db, rows, raw)
    try:
        fk = raw.execute("PRAGMA foreign_key_check").fetchall()
    except driver.DatabaseError as exc:
        if not report.damaged:
            report.damaged = True
            report.problems += damage_lines(db, [str(exc)], raw)
        return
    for table, rowid, parent, _ in fk[:20]:
        report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")


def damage_lines(db: Path | None, problems: list[str], raw: sqlite3.Connection | None = None) -> list[str]:
    """SQLite's findings on a damaged file as ``verify`` reports them: first what is damaged
    (the tables and pages SQLite names), then each finding on a line of its own."""
    details = [line.strip() for p in problems for line in p.splitlines()
               if line.strip() and not line.startswith("***")]
    where = damaged_objects(db, details, raw) if db is not None or raw is not None else []
    pages = sorted({int(n) for line in details for n in re.findall(r"\bpage (\d+)", line)})
    parts = []
    if where:
        parts.append(", ".join(where))
    if pages:
        shown = ", ".join(str(n) for n in pages[:10]) + (", ..." if len(pages) > 10 else "")
        parts.append(f"page{'s' if len(pages) > 1 else ''} {shown}")
    name = str(db) if db is not None else "the database file"
    summary = f"{DAMAGE}: the database file {name} is damaged" + (f" in {'; '.join(parts)}" if parts else "") + \
        f" (SQLite's integrity check found {len(details)} problem{'s' if len(details) != 1 else ''})"
    return [summary, *(f"{DAMAGE}: {line}" for line in details[:20])]


def damaged_objects(db: Path | None, details: list[str], raw: sqlite3.Connection | None = None) -> list[str]:
    """The tables (and indexes, with their table) holding the pages SQLite's findings name; empty
    when it names none or the file cannot say (no ``dbstat`` in this SQLite, the schema unreadable)."""
    pages = {int(n) for line in details for n in re.findall(r"\bpage (\d+)", line)}
    roots = {int(n) for line in details for n in re.findall(r"\bTree (\d+)\b", line)}
    if not pages and not roots:
        return []
    own = raw is None
    conn = driver.connect(f"file:{db}?mode=ro", uri=True) if own else raw
    assert conn is not None
    found: list[str] = []
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name, rootpage FROM sqlite_master WHERE rootpage > 0 ORDER BY rootpage").fetchall()
        for kind, name, table, root in objects:
            try:
                hit = root in roots or bool(pages & {r[0] for r in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name = ?", (name,))})
            except driver.OperationalError as exc:
                if "dbstat" in str(exc):  # this SQLite has no dbstat: the pages alone
                    return []
                hit = True  # its b-tree cannot even be walked
            except driver.DatabaseError:
                hit = True
            if hit:
                what = f"table {name}" if kind == "table" or name == table else f"index {name} (of table {table})"
                if what not in found:
                    found.append(what)
    except driver.DatabaseError as exc:
        log.warning("cannot tell which tables hold the damaged pages: %s", exc)
        return []
    finally:
        if own:
            conn.close()
    return found[:10]


def restore_advice(root: Path) -> str:
    """What to do about a damaged database file: the exact command restoring the latest good backup."""
    from moderator_app.store.paths import WorkspacePaths

    from .backups import in_committee, latest_good_backup

    paths = WorkspacePaths(root)
    command = f"moderator-app --data-dir {root}"
    try:
        good = latest_good_backup(paths)
    except UserError as exc:
        return f"nothing was written to it; no backup can be checked now ({exc})"
    if good is None:
        return ("nothing was written to it, and there is no good backup to restore: put back a copy of "
                f"{paths.db.name} if you have one (each member's own copy of the committee's work stays in the "
                "shared folder)")
    when = good.created.strftime("%Y-%m-%d %H:%M UTC")
    advice = (f"nothing was written to it. Restore the latest good backup (taken {when}): "
              f"`{command} backup restore {good.id}` (the damaged file is kept aside in {root / 'replaced'})")
    if in_committee(good.path, immutable=True):
        advice += f", then run `{command} sync` before changing anything"
    return advice


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
    """Every blob evidence refers to (removed items too: their bytes are kept) must be intact; in an
    encrypted workspace, one found in clear is sealed."""
    from moderator_app.store.evidence_queries import referenced_blobs

    count = sealed = 0
    store = ws.blobs
    for use in referenced_blobs(raw):
        count += 1
        problem = store.check(use.sha256)
        if problem is None and store.sealed and not store.is_sealed(use.sha256):
            # An encrypted workspace's file found in clear (a good copy put back by hand): sealed now.
            sealed += store.seal(use.sha256)
        if problem is not None:
            others = f" and {use.uses - 1} other item(s)" if use.uses > 1 else ""
            what = "is missing from the blob store" if problem == "missing" else "is damaged (its content no " \
                "longer matches its hash)"
            report.problems.append(f"evidence file {use.sha256} ({use.name!r}, case {use.case_ref}{others}) {what}")
    report.checked["blobs"] = count
    if sealed:
        report.checked["blobs_sealed"] = sealed


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


def scratch_folder(ws: Workspace) -> Path:
    """Where the replay's scratch database fits: the data folder, else the system's temporary
    folder (kept owner-only, removed at the end); ``UserError`` saying how much room it needs
    and where when neither has it."""
    needed = _scratch_bytes(ws)
    candidates = [ws.root, Path(tempfile.gettempdir())]
    for folder in candidates:
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            continue
        if free >= needed:
            if folder != ws.root:
                log.info("the data folder lacks room for verify's scratch copy; using %s", folder)
            return folder
    en, vi = _no_room(needed, candidates)
    raise WriteFailed(en, vi=vi, code="no_room_for_verify")


def _scratch_bytes(ws: Workspace) -> int:
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += Path(f"{ws.paths.db}{suffix}").stat().st_size
    return size + SCRATCH_MARGIN


def _no_room(needed: int, folders: list[Path]) -> tuple[str, str]:
    """How much room verify needs and where: (English, Vietnamese)."""
    mb = -(-needed // 1024**2)
    return (f"verify needs about {mb:,} MB free for its scratch copy of the database, in {folders[0]} or in "
            f"{folders[1]}, and neither has that much: free some space on either disk, then run it again. "
            "Nothing was changed",
            f"lệnh verify cần khoảng {mb:,} MB trống để tạo bản nháp của cơ sở dữ liệu, trong {folders[0]} hoặc "
            f"trong {folders[1]}, nhưng cả hai đều không đủ: hãy giải phóng bớt dung lượng trên một trong hai ổ "
            "đĩa, rồi chạy lại. Chưa có gì bị thay đổi")


def check_replay(ws: Workspace, report: VerifyReport) -> None:
    folder = scratch_folder(ws)
    try:
        with tempfile.TemporaryDirectory(prefix="verify-", dir=folder) as tmp:
            key = driver.key_for(ws.paths.db)
            if key is not None:  # an encrypted workspace's replay is encrypted, wherever it is made
                driver.unlock(Path(tmp), key)
            try:
                _replay_into(ws, Path(tmp), report)
            finally:
                driver.forget(Path(tmp))
    except (WriteFailed, *driver.OperationalError, sqlalchemy.exc.OperationalError) as exc:
        orig = getattr(exc, "orig", None) or exc
        full = "disk is full" in str(exc) if isinstance(exc, WriteFailed) else (
            isinstance(orig, driver.Error) and storage_problem(orig, folder) is not None)
        if not full:
            raise
        mb = -(-_scratch_bytes(ws) // 1024**2)
        raise WriteFailed(f"the disk that holds {folder} filled up while verify wrote its scratch copy of the "
                          f"database (it needs about {mb:,} MB): free some space on it, or in "
                          f"{tempfile.gettempdir()}, then run it again. Nothing was changed",
                          vi=f"ổ đĩa chứa {folder} đã đầy khi lệnh verify đang ghi bản nháp của cơ sở dữ liệu (cần "
                             f"khoảng {mb:,} MB): hãy giải phóng bớt dung lượng trên ổ đĩa đó, hoặc trong "
                             f"{tempfile.gettempdir()}, rồi chạy lại. Chưa có gì bị thay đổi",
                          code="no_room_for_verify") from exc
    except OSError as exc:  # the scratch folder itself could not be made or removed
        raise WriteFailed(f"verify could not write its scratch copy of the database in {folder} "
                          f"({exc.strerror or exc}); free some space there or check the folder, then run it again. "
                          "Nothing was changed",
                          vi=f"lệnh verify không ghi được bản nháp của cơ sở dữ liệu vào {folder} "
                             f"({exc.strerror or exc}); hãy giải phóng bớt dung lượng ở đó hoặc kiểm tra thư mục, "
                             "rồi chạy lại. Chưa có gì bị thay đổi",
                          code="verify_scratch_not_written") from exc


def _replay_into(ws: Workspace, tmp: Path, report: VerifyReport) -> None:
    scratch_path = tmp / "replay.sqlite3"
    scratch = Database(scratch_path)
    try:
        migrate(scratch, tmp / "backups")
        with ws.db.read() as live, scratch.write() as out:
            # The keys of sealed personal fields are not in the log (erasing destroys them): the
            # replay opens what the live tables opened with the same keys.
            raw_connection(out).executemany(
                "INSERT INTO personal_keys (id, key, device_id) VALUES (?, ?, ?)",
                raw_connection(live).execute("SELECT id, key, device_id FROM personal_keys"))
            # Nor is the text read from evidence files here, which their cases' search documents hold.
            raw_connection(out).executemany(
                "INSERT INTO evidence_text (evidence_id, status, method, text, phash, reason_en, reason_vi, engine, "
                "read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                raw_connection(live).execute(
                    "SELECT evidence_id, status, method, text, phash, reason_en, reason_vi, engine, read_at "
                    "FROM evidence_text"))
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
        key = driver.key_for(scratch_path)  # the scratch copy of an encrypted workspace is encrypted too
        keyed = f" KEY {driver.key_literal(key)}" if key else ""
        raw.execute(f"ATTACH DATABASE ? AS replay{keyed}", (str(scratch_path),))
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
            search = "SELECT c.id, s.body, s.exact FROM {0}.case_search s JOIN {0}.cases c ON c.pk = s.rowid"
            for left, right, what in (("main", "replay", "differ from a replay"), ("replay", "main", "are missing")):
                diff = raw.execute(
                    f"SELECT count(*) FROM ({search.format(left)} EXCEPT {search.format(right)})"
                ).fetchone()[0]
                if diff:
                    report.problems.append(f"search index: {diff} case document(s) {what}")
            report.checked["tables"] = len(PROJECTION_TABLES)
        finally:
            raw.execute("DETACH DATABASE replay")
