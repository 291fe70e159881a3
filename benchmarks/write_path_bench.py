"""The write path's small costs that grow with a workspace, each against what it replaced.

    .venv/bin/python -m benchmarks.write_path_bench [--cases N] [--cache DIR]

* folding a search document: the table of Latin letters against decomposing the text;
* writing 20,000 search documents into FTS5 in rowid order against a shuffled order;
* on the suite's demo workspace of N cases (default 1,000,000; built once under the cache
  folder): finding the open case a report about a popular influencer's post joins, and finding a
  case's item and the last position on the longest agenda, each by today's query and by the query
  plan it replaced (forced with ``INDEXED BY`` and unary plus signs, since the old index is gone).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from moderator_app.domain.text import _fold_decomposing, fold
from moderator_app.services.meetings import AGENDA_ITEM_OF_CASE
from moderator_app.services.reports import OPEN_CASE_FOR_URL, OPEN_STATUSES

from .suite import dataset

DOCUMENT = (
    "2025-K7Q3M Quảng cáo sữa không công bố Đen Vâu @denvau https://www.tiktok.com/@denvau/video/1234567890 "
    "Đăng video quảng cáo thực phẩm chức năng giảm cân 'thần tốc' mà không ghi rõ là nội dung được tài trợ. "
    "Đã nhắc nhở lần hai, chờ phản hồi. "
) * 3


def per_call_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    started = time.perf_counter()
    for _ in range(runs):
        fn()
    return (time.perf_counter() - started) / runs * 1000


def fts_insert_seconds(shuffled: bool) -> float:
    rng = random.Random(1)
    words = [f"w{i}" for i in range(5000)]
    docs = [(i, " ".join(rng.choice(words) for _ in range(60))) for i in range(1, 20_001)]
    if shuffled:
        rng.shuffle(docs)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE s USING fts5(body, tokenize='unicode61', prefix='2 3')")
    started = time.perf_counter()
    with conn:
        for start in range(0, len(docs), 2000):
            conn.executemany("INSERT INTO s (rowid, body) VALUES (?, ?)", docs[start : start + 2000])
    return time.perf_counter() - started


def workspace_lookups(db: Path) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute("PRAGMA cache_size = -65536")
    influencer, cases = conn.execute(
        "SELECT influencer_id, count(*) FROM cases GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
    url = conn.execute("SELECT r.url_key FROM reports r JOIN cases c ON c.id = r.case_id WHERE c.influencer_id = ? "
                       "ORDER BY c.opened_at DESC LIMIT 1", (influencer,)).fetchone()[0]
    args = (url, influencer, *OPEN_STATUSES)
    replaced = OPEN_CASE_FOR_URL.replace("CROSS JOIN", "JOIN").replace("+c.", "c.")
    print(f"open case of a post by the influencer with the most cases ({cases:,}):")
    print(f"  today {per_call_ms(lambda: conn.execute(OPEN_CASE_FOR_URL, args).fetchall(), 50):8.3f} ms   "
          f"replaced {per_call_ms(lambda: conn.execute(replaced, args).fetchall(), 10):8.3f} ms")
    meeting, items = conn.execute(
        "SELECT meeting_id, count(*) FROM agenda_items GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
    case = conn.execute("SELECT case_id FROM agenda_items WHERE meeting_id = ? ORDER BY position DESC LIMIT 1",
                        (meeting,)).fetchone()[0]
    walk = "agenda_items INDEXED BY ix_agenda_items_meeting_id_position"
    checks = {
        "a case's item": (AGENDA_ITEM_OF_CASE, (meeting, case),
                          f"SELECT id FROM {walk} WHERE meeting_id = ? AND +case_id = ? AND removed = 0 "
                          "ORDER BY position, id LIMIT 1"),
        "the last position": ("SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?",
                              (meeting,),
                              f"SELECT coalesce(max(+position), 0) + 1 FROM {walk} WHERE meeting_id = ? "
                              "AND +case_id IS NOT ''"),
    }
    print(f"the longest agenda ({items:,} items), its last case:")
    for what, (today, params, old) in checks.items():
        print(f"  {what:18} today {per_call_ms(lambda q=today, p=params: conn.execute(q, p).fetchall(), 50):8.3f} ms"
              f"   replaced {per_call_ms(lambda q=old, p=params: conn.execute(q, p).fetchall(), 10):8.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--cache", type=Path, default=Path(".bench-cache"))
    args = parser.parse_args()
    assert fold(DOCUMENT) == _fold_decomposing(DOCUMENT)
    print(f"folding a search document ({len(DOCUMENT.split())} words):")
    print(f"  table {per_call_ms(lambda: fold(DOCUMENT), 5000) * 1000:8.1f} µs   "
          f"decomposing {per_call_ms(lambda: _fold_decomposing(DOCUMENT), 5000) * 1000:8.1f} µs")
    print("20,000 search documents of 60 words into FTS5:")
    print(f"  rowid order {fts_insert_seconds(False):6.2f} s   shuffled {fts_insert_seconds(True):6.2f} s")
    root, _ = dataset(args.cache, args.cases)
    workspace_lookups(root / "moderator.sqlite3")


if __name__ == "__main__":
    main()
