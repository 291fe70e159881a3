"""How fast the review queue is on a large workspace (a benchmark, not a test).

    python -m benchmarks.queue_bench --cases 100000 [--data-dir DIR] [--json]

Builds a demo workspace of N cases (once; reused from --data-dir or a folder in the temp
directory named after N), then measures:

* start: from launching a fresh process to the window showing its first rows, and that
  process's memory;
* refresh: changing the view, the sort or a filter bar choice, and typing a search letter by
  letter (count + first window of rows, as the window does it);
* jump to the end, into the middle, and scrolling window by window (keyset);
* memory of this process after all of that, and of a window after a working session (every
  view, every sort, searches, the end of each list);
* the same SQL through plain sqlite3, to show what the model adds.

Figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPEAT = 5


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def timed(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def ensure_workspace(root: Path, cases: int) -> float | None:
    """Create the demo workspace if it is not there; returns the seconds it took, or None."""
    if (root / "moderator.sqlite3").exists():
        return None
    from moderator_app.services.demo import generate
    from moderator_app.services.workspace import Workspace

    start = time.perf_counter()
    with Workspace.open(root, member_name="Benchmark") as ws:
        generate(ws, cases=cases, seed=1)
    return time.perf_counter() - start


# --- start-up, in a fresh process ---------------------------------------------------------------


def probe_startup(root: Path, t0: float) -> None:
    """Child process: open the window like `moderator-app` does and report when rows are on screen."""
    from moderator_app.ui.app import ensure_app

    app = ensure_app()
    from moderator_app.services.workspace import Workspace
    from moderator_app.store.database import limit_process_memory
    from moderator_app.ui.main_window import MainWindow

    limit_process_memory()  # as the application's start does
    ws = Workspace.open(root, check_integrity=True)  # as the application's start opens it
    window = MainWindow(ws, "vi", remember_layout=False)
    window.resize(1440, 900)
    window.select_view("all")
    window.show()
    app.processEvents()
    first = window.model.data(window.model.index(0, 0))
    shown = time.time()
    print(json.dumps({"first_rows_ms": (shown - t0) * 1000, "rss_mb": rss_mb(), "first_ref": first,
                      "rows": window.model.rowCount()}))
    window.shutdown()
    ws.close()


def probe_session(root: Path) -> None:
    """Child process: a working session in the window (every view, every sort, searches, the end
    of each list) and the memory it leaves the process with."""
    from PySide6.QtCore import Qt

    from moderator_app.ui.app import ensure_app

    app = ensure_app()
    from moderator_app.services.workspace import Workspace
    from moderator_app.store.database import limit_process_memory
    from moderator_app.ui.main_window import MainWindow
    from moderator_app.ui.views import VIEWS

    limit_process_memory()  # as the application's start does
    ws = Workspace.open(root)
    window = MainWindow(ws, "vi", remember_layout=False)
    window.resize(1440, 900)
    window.show()

    def settle() -> None:
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)

    for view in VIEWS:
        window.select_view(view.key)
        window.table.scrollToBottom()
        settle()
    window.select_view("all")
    for column in range(window.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.table.sortByColumn(column, order)
            window.table.scrollToBottom()
            app.processEvents()
    for text in ("qu", "quang", "quang cao", "video", ""):
        window.search.setText(text)
        window._search_done()
        window.table.scrollToBottom()
        settle()
    print(json.dumps({"rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb()}))
    window.shutdown()
    ws.close()


def measure_session(root: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.queue_bench", "--probe-session", str(root)],
        capture_output=True, text=True, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_startup(root: Path) -> dict[str, float]:
    runs = []
    for _ in range(3):
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.queue_bench", "--probe-startup", str(root), str(t0)],
            capture_output=True, text=True, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "first_rows_ms": statistics.median(r["first_rows_ms"] for r in runs),
        "rss_mb": statistics.median(r["rss_mb"] for r in runs),
    }


# --- the queue, in this process ---------------------------------------------------------------------


def measure_queue(root: Path) -> dict[str, object]:
    from moderator_app.ui.app import ensure_app

    ensure_app()
    from moderator_app.domain.enums import Status
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import queries
    from moderator_app.store.database import raw_connection
    from moderator_app.ui.queue_model import PAGE, QueueModel
    from moderator_app.ui.views import VIEW_BY_KEY

    ws = Workspace.open(root)
    me = ws.identity.member_id
    model = QueueModel(ws, "vi")
    visible = 34  # rows on a 900-pixel window

    def show_first_rows() -> None:
        for r in range(min(visible, model.rowCount())):
            model.data(model.index(r, 0))

    results: dict[str, object] = {"rows": model.rowCount()}

    def refresh(flt: queries.CaseFilter, sort: str = "sla", desc: bool = False) -> float:
        def run() -> None:
            model.flt, model.sort_key, model.desc = flt, sort, desc
            model.refresh()
            show_first_rows()

        return timed(run)

    views = {}
    for key in ("all", "triage", "mine", "urgent", "closed"):
        views[key] = refresh(VIEW_BY_KEY[key].make(me))
    results["view_change_ms"] = views

    everything = queries.CaseFilter()
    sorts = {}
    for sort in ("sla", "opened", "priority", "influencer", "status", "assignee", "activity", "reports"):
        for desc in (False, True):
            sorts[f"{sort}{' desc' if desc else ''}"] = refresh(everything, sort, desc)
    results["sort_change_all_ms"] = sorts
    closed = VIEW_BY_KEY["closed"].make(me)
    results["sort_change_closed_ms"] = {s: refresh(closed, s) for s in ("sla", "influencer", "priority")}

    filters = {
        "platform=tiktok": queries.CaseFilter(platforms=("tiktok",)),
        "category=fraud": queries.CaseFilter(categories=("fraud",)),
        "priority=1,2": queries.CaseFilter(priorities=(1, 2)),
        "closed+platform=facebook": closed.narrowed(queries.CaseFilter(platforms=("facebook",))),
        "status=triage+assignee=none": queries.CaseFilter(statuses=(Status.TRIAGE.value,),
                                                          assignee=queries.UNASSIGNED),
        "opened in last 30 days": queries.CaseFilter(opened_from=int(time.time() * 1000) - 30 * 86_400_000),
    }
    results["filter_change_ms"] = {name: refresh(flt) for name, flt in filters.items()}

    with ws.db.read() as conn:
        raw = raw_connection(conn)
        name = raw.execute("SELECT name FROM influencers ORDER BY id LIMIT 1").fetchone()[0]
    from moderator_app.domain.text import fold

    typed = fold(name)
    typing = {}
    for i in range(2, len(typed) + 1):
        typing[typed[:i]] = refresh(queries.CaseFilter(search=typed[:i]))
    results["search_typing_ms"] = typing
    results["search_common_word_ms"] = {w: refresh(queries.CaseFilter(search=w)) for w in ("quang cao", "lua dao")}

    def jump(row_of: Callable[[int], int], sort: str = "influencer") -> float:
        def run() -> None:
            model.flt, model.sort_key, model.desc = everything, sort, False
            model.refresh()
            model.data(model.index(row_of(model.rowCount()), 0))

        return timed(run)

    results["jump_to_end_ms"] = {s: jump(lambda n: n - 1, s) for s in ("sla", "influencer", "activity")}
    results["jump_to_middle_ms"] = {s: jump(lambda n: n // 2, s) for s in ("sla", "influencer", "activity")}

    model.flt, model.sort_key, model.desc = everything, "influencer", False
    model.refresh()
    pages = min(50, model.rowCount() // PAGE)
    start = time.perf_counter()
    for p in range(pages):
        model.data(model.index(p * PAGE, 0))
    results["scroll_page_ms"] = (time.perf_counter() - start) * 1000 / max(1, pages)
    results["cached_pages_after_scroll"] = model.cached_pages()

    # The same work through plain sqlite3: the floor under the model.
    import sqlite3

    conn = sqlite3.connect(root / "moderator.sqlite3")
    conn.execute("PRAGMA cache_size = -65536")
    total = queries.count_cases(conn, everything)

    def plain(flt: queries.CaseFilter, sort: str) -> Callable[[], None]:
        def run() -> None:
            n = queries.count_cases(conn, flt)
            queries.page_cases(conn, flt, sort, False, PAGE, total=n)

        return run

    results["plain_sqlite3_ms"] = {
        "all by sla": timed(plain(everything, "sla")),
        "all by influencer": timed(plain(everything, "influencer")),
        "closed by sla": timed(plain(closed, "sla")),
        "triage by sla": timed(plain(VIEW_BY_KEY["triage"].make(me), "sla")),
        "search name": timed(plain(queries.CaseFilter(search=typed), "sla")),
        "count all": timed(lambda: queries.count_cases(conn, everything)),
        "last page, reversed": timed(lambda: queries.page_cases(conn, everything, "influencer", True, PAGE,
                                                                  total=total)),
    }
    conn.close()
    results["rss_mb"] = rss_mb()
    results["peak_rss_mb"] = peak_rss_mb()
    ws.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.queue_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, help="workspace to use (created with demo data if empty)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--probe-startup", nargs=2, metavar=("DIR", "T0"), help=argparse.SUPPRESS)
    parser.add_argument("--probe-session", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe_startup:
        probe_startup(Path(args.probe_startup[0]), float(args.probe_startup[1]))
        return 0
    if args.probe_session:
        probe_session(Path(args.probe_session))
        return 0
    root = args.data_dir or Path(tempfile.gettempdir()) / f"moderator-bench-{args.cases}"
    made = ensure_workspace(root, args.cases)
    report: dict[str, object] = {"cases": args.cases, "workspace": str(root)}
    if made is not None:
        report["demo_generation_s"] = round(made, 1)
    report["db_mb"] = round((root / "moderator.sqlite3").stat().st_size / 2**20)
    report["startup"] = measure_startup(root)
    report["window_session"] = measure_session(root)
    report["queue"] = measure_queue(root)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 0


def print_report(report: dict[str, object], indent: str = "") -> None:
    for key, value in report.items():
        if isinstance(value, dict):
            print(f"{indent}{key}:")
            print_report(value, indent + "  ")
        elif isinstance(value, float):
            print(f"{indent}{key}: {value:.1f}")
        else:
            print(f"{indent}{key}: {value}")


if __name__ == "__main__":
    raise SystemExit(main())
