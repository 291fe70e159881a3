"""The benchmark suite: every performance target of the project, each against a baseline measured
in the same run.

    python -m benchmarks [--cases N] [--only NAME ...] [--repeat K] [--json] [--cache DIR]

Datasets are demo workspaces built once under the cache folder (``.bench-cache`` by default) and
reused; the time it took to build one is kept beside it and reported as the demo figure. Each
measurement runs several times and reports its median and spread (minimum–maximum), the baseline's,
and the ratio. Nothing here is a test: the figures are read, compared with the targets and written
down in docs/performance.md.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GROWTH_BASE = 10_000


@dataclass
class Stats:
    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, samples: list[float]) -> Stats:
        return cls(statistics.median(samples), min(samples), max(samples), len(samples))

    def text(self, unit: str) -> str:
        return f"{self.median:,.1f} {unit} ({self.low:,.1f}–{self.high:,.1f}, n={self.runs})"


@dataclass
class Result:
    name: str
    what: str
    unit: str
    ours: Stats
    baseline: Stats | None = None
    baseline_what: str = ""
    target: str = ""
    ok: bool | None = None
    details: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        return self.ours.median / self.baseline.median


def sample(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of ``fn`` in milliseconds (one warm-up call first)."""
    fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


# --- datasets ----------------------------------------------------------------------------------


def dataset(cache: Path, cases: int) -> tuple[Path, float | None]:
    """A demo workspace of ``cases`` cases, built once; and how long building it took (seconds)."""
    root = cache / f"demo-{cases}"
    info = root / "bench-dataset.json"
    if info.exists():
        return root, json.loads(info.read_text())["seconds"]
    shutil.rmtree(root, ignore_errors=True)
    print(f"building a demo workspace of {cases:,} cases in {root} (once)…", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "moderator_app", "--data-dir", str(root), "demo", "--cases", str(cases),
                    "--quiet"], check=True, stdout=sys.stderr)  # its summary must not mix with --json
    seconds = time.perf_counter() - started
    info.write_text(json.dumps({"cases": cases, "seconds": seconds}))
    return root, seconds


def copied_dataset(cache: Path, cases: int, what: str) -> tuple[Path, float]:
    """A fresh copy of the suite's demo workspace of ``cases`` cases, ``demo-N-<what>``, brought to
    the current schema (a cached demo may be older), for a benchmark to fill its own tables at
    scale; and how long copying and migrating took (seconds)."""
    from moderator_app.services.workspace import Workspace

    plain, _ = dataset(cache, cases)
    root = cache / f"demo-{cases}-{what}"
    shutil.rmtree(root, ignore_errors=True)
    print(f"filling the {what} tables of a copy of the {cases:,}-case demo workspace in {root} (once)…",
          file=sys.stderr, flush=True)
    started = time.perf_counter()
    shutil.copytree(plain, root, ignore=shutil.ignore_patterns("backups", "moderator-app.lock", "bench-*.json"))
    Workspace.open(root).close()  # the migrations since the demo was built
    shutil.rmtree(root / "backups", ignore_errors=True)  # the copy taken before migrating: not needed here
    return root, time.perf_counter() - started


@contextmanager
def bulk_writes(db: Path) -> Iterator[sqlite3.Connection]:
    """One transaction with the journal off, for filling a benchmark's copy (nothing to protect)."""
    from moderator_app.store import driver

    conn = driver.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -524288")
    conn.execute("BEGIN")
    try:
        yield conn
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


# --- start-up and memory (fresh processes) -------------------------------------------------------


def _child(args: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.queue_bench", *args], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(out.stdout.strip().splitlines()[-1])


BARE_WINDOW = """
import json, sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1440, 900); w.show(); app.processEvents()
with open('/proc/self/status') as fh:
    rss = next(int(l.split()[1]) for l in fh if l.startswith('VmRSS:')) / 1024
print(json.dumps({'first_rows_ms': (time.time() - t0) * 1000, 'rss_mb': rss}))
"""


def _bare(t0: float) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", BARE_WINDOW, str(t0)], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_start(root: Path, repeat: int) -> Result:
    ours, bare = [], []
    for _ in range(repeat):
        t0 = time.time()
        ours.append(_child(["--probe-startup", str(root), str(t0)])["first_rows_ms"])
        t0 = time.time()
        bare.append(_bare(t0)["first_rows_ms"])
    stats = Stats.of(ours)
    return Result("start", "launch to a usable queue window (first rows on screen)", "ms", stats, Stats.of(bare),
                  "Python + PySide6 bare start to an empty window", "< 1500 ms", stats.median < 1500)


def bench_memory(root: Path) -> Result:
    session = _child(["--probe-session", str(root)])
    bare = _bare(time.time())
    ours = Stats(session["peak_rss_mb"], session["rss_mb"], session["peak_rss_mb"], 1)
    return Result("memory", "peak memory of a window after a working session (every view and sort, searches, "
                  "the end of each list)", "MB", ours, Stats(bare["rss_mb"], bare["rss_mb"], bare["rss_mb"], 1),
                  "a bare PySide6 window", "< 300 MB", ours.median < 300)


# --- the queue and search (this process) -----------------------------------------------------------


def _queue_cases(me: str) -> dict[str, tuple[object, str]]:
    from moderator_app.domain.sla import DAY_MS
    from moderator_app.store import queries

    everything = queries.CaseFilter()
    cases: dict[str, tuple[object, str]] = {f"all, sort {s}": (everything, s) for s in queries.SORTS}
    cases.update({
        "status=triage": (queries.CaseFilter(statuses=("triage",)), "sla"),
        "category=fraud": (queries.CaseFilter(categories=("fraud",)), "sla"),
        "platform=tiktok": (queries.CaseFilter(platforms=("tiktok",)), "sla"),
        "priority=high": (queries.CaseFilter(priorities=(2,)), "sla"),
        "assignee=none": (queries.CaseFilter(assignee=queries.UNASSIGNED), "sla"),
        "assignee=me": (queries.CaseFilter(assignee=me), "sla"),
        "urgent": (queries.CaseFilter(urgent=True), "sla"),
        "opened last 30 days": (queries.CaseFilter(opened_from=int(time.time() * 1000) - 30 * DAY_MS), "sla"),
        "opened last 365 days": (queries.CaseFilter(opened_from=int(time.time() * 1000) - 365 * DAY_MS), "sla"),
    })
    return cases


# The queue narrowed by the search box, reported beside the filters (docs/performance.md): a word
# in half the cases, and a word of a few.
QUEUE_SEARCHES = ("quang cao", "crypto")


def bench_queue(root: Path, repeat: int) -> Result:
    """The first window of the queue as the model fetches it (count + first page), for every sort and
    every single filter, against the same SQL on a plain sqlite3 connection."""
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import driver, queries
    from moderator_app.ui.app import ensure_app
    from moderator_app.ui.queue_model import PAGE, QueueModel

    ensure_app()
    ws = Workspace.open(root)
    try:
        model = QueueModel(ws, "vi")
        plain = driver.connect(root / "moderator.sqlite3")  # keyed when the workspace is encrypted
        per_case: dict[str, dict[str, float]] = {}
        worst_ours: list[float] = []
        worst_base: list[float] = []
        for name, (flt, sort) in _queue_cases(ws.identity.member_id).items():

            def ours(flt: object = flt, sort: str = sort) -> None:
                model.flt, model.sort_key, model.desc = flt, sort, False
                model.refresh()
                for r in range(min(34, model.rowCount())):
                    model.data(model.index(r, 0))

            def base(flt: object = flt, sort: str = sort) -> None:
                n = queries.count_cases(plain, flt)
                queries.page_cases(plain, flt, sort, False, PAGE, total=n)

            a, b = sample(ours, repeat), sample(base, repeat)
            per_case[name] = {"ours_ms": statistics.median(a), "plain_sqlite3_ms": statistics.median(b)}
            if not worst_ours or statistics.median(a) > statistics.median(worst_ours):
                worst_ours, worst_base, worst = a, b, name
        searched: dict[str, dict[str, float]] = {}

        def typed(text: str) -> None:
            model.flt, model.sort_key, model.desc = queries.CaseFilter(search=text), "sla", False
            model.refresh()
            for r in range(min(34, model.rowCount())):
                model.data(model.index(r, 0))

        for i, text in enumerate(QUEUE_SEARCHES):
            other = QUEUE_SEARCHES[i - 1]
            first = []
            for _ in range(repeat):  # each time just after another search, as when typing a new one
                typed(other)
                started = time.perf_counter()
                typed(text)
                first.append((time.perf_counter() - started) * 1000)
            flt = queries.CaseFilter(search=text)

            def next_window(flt: object = flt) -> None:  # scrolling on: the next 200 rows
                queries.page_cases(plain, flt, "sla", False, PAGE, offset=PAGE, total=model.total())

            searched[f"search {text!r} ({model.total():,} cases)"] = {
                "first_window_ms": statistics.median(first),
                "next_window_ms": statistics.median(sample(next_window, repeat)),
            }
        plain.close()
        model.close()
    finally:
        ws.close()
    stats = Stats.of(worst_ours)
    return Result("queue", f"first window of the queue, slowest of {len(per_case)} sorts and single filters "
                  f"({worst})", "ms", stats, Stats.of(worst_base), "the same SQL through plain sqlite3",
                  "< 50 ms", stats.median < 50, {"per_case": per_case, "searched_in_the_queue": searched})


SEARCHES = ("den vau", "quang cao", "lua dao tien ao", "crypto", "khanh vy review",
            "lừa đảo tiền ảo", "Khánh Vy Review")  # typed with diacritics: exact matches first


def bench_search(root: Path, repeat: int) -> Result:
    """The first 100 hits, best first, ignoring case and diacritics, against the FTS5 query alone."""
    from moderator_app.domain.text import fts_query
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import driver, queries
    from moderator_app.store.database import raw_connection

    ws = Workspace.open(root)
    try:
        plain = driver.connect(root / "moderator.sqlite3")  # keyed when the workspace is encrypted
        per_query: dict[str, dict[str, float]] = {}
        worst_ours: list[float] = []
        worst_base: list[float] = []
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            for text in SEARCHES:
                q = fts_query(text)
                a = sample(lambda text=text: queries.search_cases(raw, text, 100), repeat)
                b = sample(lambda q=q: plain.execute(
                    "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT 100", (q,)
                ).fetchall(), repeat)
                per_query[text] = {"ours_ms": statistics.median(a), "plain_fts5_ms": statistics.median(b)}
                if not worst_ours or statistics.median(a) > statistics.median(worst_ours):
                    worst_ours, worst_base, worst = a, b, text
        plain.close()
    finally:
        ws.close()
    stats = Stats.of(worst_ours)
    return Result("search", f"first 100 hits of an accent-insensitive search, slowest of {len(SEARCHES)} "
                  f"({worst!r})", "ms", stats, Stats.of(worst_base), "the FTS5 query through plain sqlite3",
                  "< 100 ms", stats.median < 100, {"per_query": per_query})


BENCH_PASSPHRASE = "benchmark passphrase"


def encrypted_dataset(cache: Path, cases: int) -> tuple[Path, float]:
    """The demo workspace of ``cases`` cases converted to an encrypted one (once), unlocked for
    this process; and how long the conversion took (seconds)."""
    from moderator_app.services import encryption
    from moderator_app.services.workspace import lock_data_dir
    from moderator_app.store.paths import WorkspacePaths

    plain, _ = dataset(cache, cases)
    root = cache / f"demo-{cases}-encrypted"
    info = root / "bench-encrypted.json"
    if not info.exists():
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(plain, root, ignore=shutil.ignore_patterns("backups", "moderator-app.lock"))
        print(f"encrypting a copy of the demo workspace in {root} (once)…", file=sys.stderr, flush=True)
        lock = lock_data_dir(root)
        try:
            started = time.perf_counter()
            encryption.encrypt_workspace(WorkspacePaths(root), BENCH_PASSPHRASE, use_keyring=False)
            seconds = time.perf_counter() - started
        finally:
            lock.release()
        info.write_text(json.dumps({"cases": cases, "seconds": seconds}))
    encryption.unlock(root, BENCH_PASSPHRASE)
    return root, json.loads(info.read_text())["seconds"]


def bench_encryption(cache: Path, cases: int, plain: tuple[Result, Result], repeat: int) -> list[Result]:
    """The queue and search targets on an encrypted workspace (SQLCipher), against the same
    measurements on the plain one in this run."""
    root, seconds = encrypted_dataset(cache, cases)
    queue, search = bench_queue(root, repeat), bench_search(root, repeat)
    out = []
    for enc, base in ((queue, plain[0]), (search, plain[1])):
        out.append(Result(f"encrypted {enc.name}", f"{enc.what}, encrypted at rest", enc.unit, enc.ours, base.ours,
                          "the same on the plain workspace", enc.target, enc.ok,
                          {"conversion_s": seconds} if enc is queue else {}))
    out.append(_encrypted_writes(cache, repeat))
    out.extend(_encrypted_evidence(cache, repeat))
    return out


EVIDENCE_FILES, EVIDENCE_MB = 20, 5


def _encrypted_evidence(cache: Path, repeat: int) -> list[Result]:
    """Storing and reading back evidence files sealed (AES-256-GCM chunks) against the same files in
    clear, through the same store; and a seek into a recording as the media player does it."""
    import os

    from moderator_app.store.blobs import BlobStore, evidence_key

    files = [os.urandom(EVIDENCE_MB * 1024 * 1024) for _ in range(EVIDENCE_FILES)]
    timings: dict[str, dict[str, list[float]]] = {}
    for name, key in (("plain", None), ("sealed", evidence_key(os.urandom(32)))):
        root = cache / f"evidence-{name}"
        shutil.rmtree(root, ignore_errors=True)
        store = BlobStore(root, key)

        def put_all(store: BlobStore = store, root: Path = root) -> None:
            shutil.rmtree(root, ignore_errors=True)
            for data in files:
                store.put_bytes(data)

        put = sample(put_all, repeat)
        shas = list(store)

        def read_all(store: BlobStore = store, shas: list[str] = shas) -> None:
            for sha in shas:
                store.read_verified(sha)

        def seek_one(store: BlobStore = store, sha: str = shas[0]) -> None:
            with store.open(sha) as fh:
                fh.seek(EVIDENCE_MB * 1024 * 1024 * 3 // 4)
                fh.read(64 * 1024)

        timings[name] = {"put": put, "read": sample(read_all, repeat), "seek": sample(seek_one, repeat * 20)}
        shutil.rmtree(root, ignore_errors=True)
    total = f"{EVIDENCE_FILES} files of {EVIDENCE_MB} MB"
    return [
        Result("encrypted evidence store", f"storing {total} (hash, seal, fsync), encrypted at rest", "ms",
               Stats.of(timings["sealed"]["put"]), Stats.of(timings["plain"]["put"]),
               "the same files stored in clear", "", None, {}),
        Result("encrypted evidence read", f"reading back {total}, checked against their hashes, encrypted at rest",
               "ms", Stats.of(timings["sealed"]["read"]), Stats.of(timings["plain"]["read"]),
               "the same files read in clear", "", None, {}),
        Result("encrypted evidence seek", "a seek to 3/4 of a 5 MB recording and a 64 KB read (the media player's "
               "access), encrypted at rest", "ms", Stats.of(timings["sealed"]["seek"]),
               Stats.of(timings["plain"]["seek"]), "the same in clear", "", None, {}),
    ]


def _encrypted_writes(cache: Path, repeat: int) -> Result:
    """Filing a report (the write path: event, projection, search document, sealed reporter) on an
    encrypted workspace against a plain one, both a 2,000-case demo copy."""
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services import encryption, reports
    from moderator_app.services.workspace import Workspace, lock_data_dir
    from moderator_app.store.paths import WorkspacePaths

    small, _ = dataset(cache, 2_000)
    per: dict[str, list[float]] = {}
    for name in ("plain", "encrypted"):
        root = cache / f"writes-{name}"
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(small, root, ignore=shutil.ignore_patterns("backups", "moderator-app.lock", "bench-*.json"))
        if name == "encrypted":
            lock = lock_data_dir(root)
            try:
                encryption.encrypt_workspace(WorkspacePaths(root), BENCH_PASSPHRASE, use_keyring=False)
            finally:
                lock.release()
        ws = Workspace.open(root)
        counter = iter(range(1_000_000))

        def file_one(ws: Workspace = ws, counter: Iterator[int] = counter) -> None:
            i = next(counter)
            reports.file_report(ws, reports.ReportInput(
                f"Người thử {i}", Platform.TIKTOK, Category.FRAUD, url=f"https://www.tiktok.com/@t{i}/video/1",
                description="Quảng cáo lừa đảo", reporter=f"Nguyễn Văn {i} · 09{i:08d}"))

        per[name] = sample(lambda: [file_one() for _ in range(100)], repeat)
        ws.close()
        shutil.rmtree(root, ignore_errors=True)
    ours, base = Stats.of([x / 100 for x in per["encrypted"]]), Stats.of([x / 100 for x in per["plain"]])
    return Result("encrypted writes", "filing one report (event, projection, search, sealed reporter), encrypted "
                  "at rest", "ms", ours, base, "the same on the plain workspace", "", None, {})


def bench_growth(small: tuple[Result, Result], large: tuple[Result, Result], cases: int) -> Result:
    """The slowest queue window and the slowest search, each at both sizes; and, for reference,
    the one filter or search whose own cost grew most (tiny costs at 10,000 make these ratios swing)."""
    queue = large[0].ours.median / small[0].ours.median
    search = large[1].ours.median / small[1].ours.median
    worst = max(queue, search)
    each: dict[str, float] = {}
    for key, i in (("per_case", 0), ("per_query", 1)):
        before, after = small[i].details[key], large[i].details[key]
        for name, figures in after.items():  # type: ignore[union-attr]
            each[name] = figures["ours_ms"] / before[name]["ours_ms"]  # type: ignore[index]
    steepest = sorted(each.items(), key=lambda kv: -kv[1])[:3]
    return Result("growth", f"cost at {cases:,} cases ÷ cost at {GROWTH_BASE:,} (slowest queue window and slowest "
                  "search)", "×", Stats(worst, min(queue, search), worst, 1), None, "", "≤ 3×", worst <= 3,
                  {"queue_ratio": queue, "search_ratio": search,
                   "steepest_single": ", ".join(f"{name} {ratio:.1f}×" for name, ratio in steepest)})


# --- writing ----------------------------------------------------------------------------------------


def bench_sync(work: Path, events: int, repeat: int) -> Result:
    """Applying synced events (verify, sign check, apply, index), against plain executemany inserting
    the same rows the apply leaves in the database (and, for reference, the event rows alone)."""
    from moderator_app.services.workspace import Workspace
    from moderator_app.store.database import raw_connection
    from moderator_app.store.models import PROJECTION_TABLES
    from moderator_app.store.tallies import TRIGGER_KEPT_TABLES
    from moderator_app.sync import committee
    from moderator_app.sync.round import run_round

    from .sync_bench import generate

    folder = work / "shared"
    chair = Workspace.open(work / "chair", member_name="Chủ tịch")
    committee.create(chair, "Ban", "Chủ tịch", folder)
    generate(chair, events)
    run_round(chair)
    chair.close()
    member = Workspace.open(work / "member-template", member_name="Thành viên")
    committee.join(member, folder, "Thành viên")
    member.close()
    applied, count = [], 0
    for i in range(repeat):
        home = work / f"member{i}"
        shutil.copytree(work / "member-template", home)
        ws = Workspace.open(home)
        start = time.perf_counter()
        report = run_round(ws, folder)
        applied.append((time.perf_counter() - start) * 1000)
        count = report.events_in
        ws.close()
        if i < repeat - 1:
            shutil.rmtree(home)
    applied_db = work / f"member{repeat - 1}" / "moderator.sqlite3"
    tables = ["events", *(t for t in PROJECTION_TABLES if t not in TRIGGER_KEPT_TABLES)]
    src = sqlite3.connect(applied_db)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    search_rows = src.execute("SELECT rowid, body FROM case_search").fetchall()
    src.close()
    total_rows = sum(len(r) for r in rows.values()) + len(search_rows)

    def insert_all(only_events: bool) -> float:
        target = work / f"baseline-{time.perf_counter_ns()}.sqlite3"
        ws = Workspace.open(target.with_suffix(""))  # the same schema, indexes and pragmas
        with ws.db.write() as conn:
            raw = raw_connection(conn)
            for t in reversed(tables):
                raw.execute(f"DELETE FROM {t}")
        start = time.perf_counter()
        with ws.db.write() as conn:
            raw = raw_connection(conn)
            raw.execute("PRAGMA defer_foreign_keys = ON")
            for t in (["events"] if only_events else tables):
                if rows[t]:
                    marks = ",".join("?" * len(rows[t][0]))
                    raw.executemany(f"INSERT INTO {t} VALUES ({marks})", rows[t])
            if not only_events:
                raw.executemany("INSERT INTO case_search (rowid, body) VALUES (?, ?)", search_rows)
        elapsed = (time.perf_counter() - start) * 1000
        ws.close()
        return elapsed

    base_all = [insert_all(False) for _ in range(repeat)]
    base_events = [insert_all(True) for _ in range(repeat)]
    ours = Stats.of(applied)
    base = Stats.of(base_all)
    speed = base.median / ours.median
    return Result("sync", f"apply {count:,} synced events (verify, check signatures, apply, index)", "ms", ours,
                  base, f"plain sqlite3 executemany of the same {total_rows:,} rows the apply leaves",
                  "≥ 30% of the baseline's speed", speed >= 0.30,
                  {"speed_vs_same_rows": speed, "events_only_baseline_ms": statistics.median(base_events),
                   "speed_vs_event_rows_only": statistics.median(base_events) / ours.median,
                   "events_per_second": count / (ours.median / 1000)})


def bench_export(work: Path, decisions: int, repeat: int) -> Result:
    """The meeting's decisions sheet with our formatting and guard, against a bare write-only dump."""
    from moderator_app.exports.meeting_workbook import DECISION_COLUMNS, decision_rows
    from moderator_app.exports.xlsx import Properties, Sheet, write_workbook
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import meeting_queries as mq
    from moderator_app.store.database import raw_connection

    from .export_bench import bare_dump, build

    ws = Workspace.open(work / "export", member_name="Chủ tịch")
    try:
        meeting = build(ws, decisions)
        with ws.db.read() as conn:
            rows = list(decision_rows(mq.meeting_decisions(raw_connection(conn), meeting), "vi"))
    finally:
        ws.close()

    def ours() -> None:
        sheet = Sheet("Quyết định", "Decisions", DECISION_COLUMNS, rows, len(rows))
        write_workbook(work / "ours.xlsx", [sheet], Properties("Bench", "Bench"))

    a = sample(ours, repeat)
    b = sample(lambda: bare_dump(rows, work / "bare.xlsx"), repeat)
    stats, base = Stats.of(a), Stats.of(b)
    return Result("export", f"write {decisions:,} decisions to Excel (styles, widths, print setup, formula guard, "
                  "atomic write)", "ms", stats, base, "a bare openpyxl write-only dump of the same cells",
                  "≤ 2× the baseline", stats.median <= 2 * base.median)


def demo_result(cases: int, seconds: float | None) -> Result:
    s = Stats(seconds or float("nan"), seconds or float("nan"), seconds or float("nan"), 1)
    return Result("demo", f"demo generation, {cases:,} cases (all through the services and the event log)", "s",
                  s, None, "", "1,000,000 cases < 600 s" if cases >= 1_000_000 else "",
                  (seconds < 600) if (seconds is not None and cases >= 1_000_000) else None)


# --- running ----------------------------------------------------------------------------------------

NAMES = ("start", "queue", "search", "growth", "memory", "sync", "demo", "export", "encryption", "indicators",
         "takedowns")


def run(cases: int, only: set[str], repeat: int, cache: Path) -> list[Result]:
    cache.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    root, built = (None, None)
    if only & {"start", "queue", "search", "growth", "memory", "demo", "encryption"}:
        root, built = dataset(cache, cases)
    if "demo" in only:
        results.append(demo_result(cases, built))
    if "start" in only:
        results.append(bench_start(root, repeat))
    large = None
    if only & {"queue", "growth", "encryption"}:
        q = bench_queue(root, repeat)
        large = [q]
        if "queue" in only:
            results.append(q)
    if only & {"search", "growth", "encryption"}:
        s = bench_search(root, repeat)
        large = [*(large or []), s]
        if "search" in only:
            results.append(s)
    if "encryption" in only and large is not None and len(large) == 2:
        results.extend(bench_encryption(cache, cases, (large[0], large[1]), repeat))
    if "growth" in only and large is not None and len(large) == 2:
        small_root, _ = dataset(cache, GROWTH_BASE)
        small = (bench_queue(small_root, repeat), bench_search(small_root, repeat))
        results.append(bench_growth(small, (large[0], large[1]), cases))
    if "memory" in only:
        results.append(bench_memory(root))
    if "indicators" in only:
        from . import indicators_bench

        results.extend(indicators_bench.run(cache, cases, repeat))
    if "takedowns" in only:
        from . import takedowns_bench

        results.extend(takedowns_bench.run(cache, cases, repeat))
    with tempfile.TemporaryDirectory(prefix="bench-", dir=cache) as tmp:
        if "sync" in only:
            results.append(bench_sync(Path(tmp) / "sync", 100_000, repeat))
        if "export" in only:
            results.append(bench_export(Path(tmp), 10_000, repeat))
    return results


def report(results: list[Result], as_json: bool) -> None:
    if as_json:
        print(json.dumps([{**asdict(r), "ratio": r.ratio} for r in results], indent=2, ensure_ascii=False))
        return
    for r in results:
        verdict = "" if r.ok is None else ("  ✔ meets" if r.ok else "  ✘ misses")
        print(f"\n[{r.name}] {r.what}")
        print(f"  ours:     {r.ours.text(r.unit)}")
        if r.baseline is not None:
            print(f"  baseline: {r.baseline.text(r.unit)} — {r.baseline_what}")
            print(f"  ratio:    {r.ratio:.2f}×")
        if r.target:
            print(f"  target:   {r.target}{verdict}")
        for key, value in r.details.items():
            if isinstance(value, dict):
                print(f"  {key}:")
                for k, v in value.items():
                    shown = ", ".join(f"{a} {b:,.1f}" for a, b in v.items()) if isinstance(v, dict) else v
                    print(f"    {k}: {shown}")
            else:
                print(f"  {key}: {value:.3g}" if isinstance(value, float) else f"  {key}: {value}")
