"""Takedown requests: the queue's three takedown views (overdue, content back online, re-checks
due), counting and paging them over every case, the platforms' record of a year, and `takedown
list --json`, at the size of the suite's demo workspace.

    python -m benchmarks --only takedowns [--cases N] [--repeat K]

The demo sends its own requests, but fewer and only in workspaces built by a version that has
them, so the measurements run on a copy of the suite's demo workspace (opened once through
``Workspace.open``, so that the migrations that bring the takedown tables run) whose ``takedowns``
and ``takedown_rechecks`` tables are filled directly (``executemany``, one transaction, seeded):
20,000 requests, a large committee's three years, on cases spread over the demo's years, each
platform weighted and answering in the demo's invented habits (removed, refused, partly removed,
no answer, hours to answer around each platform's median); one in twenty-five left unrecorded,
some of them asked again; removals re-checked 7 and 30 days on, 8 % of re-checks finding the
content up, most of those asked again by letter. Built once under the cache folder like the demo
itself, as "demo-N-takedowns". Every figure is taken as of the moment the data ends (an hour
after the last case opened), so later runs see the same overdue requests and due re-checks.
"""

from __future__ import annotations

import io
import json
import random
import sqlite3
import statistics
import time
from collections import deque
from datetime import timedelta
from pathlib import Path
from typing import Any

from .suite import Result, Stats, bulk_writes, copied_dataset, sample

TAKEDOWNS = 20_000
SEED = 17
# Where requests go: the large platforms most (invented, like the demo's habits).
PLATFORM_WEIGHTS = {"tiktok": 30, "facebook": 25, "youtube": 15, "zalo": 12, "instagram": 8, "threads": 5,
                    "other": 5}
URGENT_SHARE = 0.3  # requests about a case urgent when sent (24-hour deadline); the rest 48 hours
FORGOTTEN = 0.04  # requests whose answer nobody recorded (past their deadline: overdue)
FORGOTTEN_ASKED_AGAIN = 0.3  # of those, asked for once more by letter
RECHECKED = 0.95  # a removal's 7- and 30-day re-checks, each made this often
STILL_UP = 0.08  # a re-check finds the content up again
BACK_ASKED_AGAIN = 0.6  # content found up again is asked for once more by letter
CHANNELS = (("email", 45), ("form", 35), ("letter", 20))
TABLES = ("takedown_rechecks", "takedowns")


def _fill(conn: sqlite3.Connection, requests: int = TAKEDOWNS, seed: int = SEED) -> dict[str, Any]:
    """The takedown tables of the workspace filled with ``requests`` requests and their re-checks;
    what was written and the moment it ends."""
    from moderator_app.domain.ids import new_entity_id
    from moderator_app.domain.sla import HOUR_MS
    from moderator_app.domain.takedowns import REMOVALS, Result, due_at
    from moderator_app.services.demo import PLATFORM_HABITS, REFUSAL_REASONS
    from moderator_app.store.projection.calendar_days import refresh_deadlines

    rng = random.Random(seed)
    conn.execute("DELETE FROM conflicts WHERE entity_kind = 'takedown'")
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
    last = conn.execute("SELECT max(opened_at) FROM cases").fetchone()[0]
    now = (int(last) // HOUR_MS + 1) * HOUR_MS
    pools: dict[tuple[str, bool], list[tuple[str, int]]] = {}
    for case_id, platform, opened, urgent in conn.execute(
            "SELECT id, platform, opened_at, urgent FROM cases WHERE merged_into IS NULL AND status != 'rejected' "
            "ORDER BY pk"):
        pools.setdefault((platform, bool(urgent)), []).append((case_id, int(opened)))
    everyone = {key: list(cases) for key, cases in pools.items()}
    for cases in pools.values():  # one request a case, in random order, while cases remain
        rng.shuffle(cases)
    platforms = [p for p in PLATFORM_WEIGHTS if pools.get((p, False)) or pools.get((p, True))]
    weights = [PLATFORM_WEIGHTS[p] for p in platforms]
    members = [r[0] for r in conn.execute("SELECT id, role FROM members ORDER BY id") if r[1] != "observer"]
    secretary = conn.execute("SELECT id FROM members WHERE role IN ('secretary', 'chair') ORDER BY role DESC, id "
                             "LIMIT 1").fetchone()[0]
    habits = {p.value: h for p, h in PLATFORM_HABITS.items()}
    answers = {p: ([r.value for r in h.answers], list(h.answers.values())) for p, h in habits.items()}

    def url_of(case_id: str, platform: str) -> str:
        row = conn.execute("SELECT url FROM reports WHERE case_id = ? AND platform = ? AND url IS NOT NULL AND "
                           "url != '' ORDER BY received_at, id LIMIT 1", (case_id, platform)).fetchone()
        return str(row[0]) if row else f"https://www.{platform}.com/p/{case_id}"

    takedown_rows: list[tuple[Any, ...]] = []
    recheck_rows: list[tuple[Any, ...]] = []
    again: deque[tuple[str, str, bool, int, str]] = deque()  # (case, platform, urgent, sent, url) asked again
    tally = {"asked_again": 0, "forgotten": 0, "awaited": 0}
    while len(takedown_rows) < requests:
        if again:
            case_id, platform, urgent, sent, url = again.popleft()
            via = "letter"
            tally["asked_again"] += 1
        else:
            platform = rng.choices(platforms, weights)[0]
            urgent = rng.random() < URGENT_SHARE
            if not pools.get((platform, urgent)):  # the urgent cases have had theirs: fewer 24-hour deadlines
                urgent = not urgent
            if not pools.get((platform, urgent)):  # every case of the platform has had one: a small workspace
                for key in ((platform, False), (platform, True)):
                    pools[key] = rng.sample(everyone.get(key, []), len(everyone.get(key, [])))
                if not pools[(platform, urgent)]:
                    urgent = not urgent
            case_id, opened = pools[(platform, urgent)].pop()
            sent = opened + int((rng.uniform(1, 6) if urgent else rng.uniform(4, 72)) * HOUR_MS)
            if sent >= now:
                continue
            url = url_of(case_id, platform)
            via = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        ident = new_entity_id(rng)
        due = due_at(sent, urgent)
        kinds, odds = answers[platform]
        result: str | None = rng.choices(kinds, odds)[0]
        if result == Result.NONE.value:  # the secretary stops waiting some days after the deadline
            answered: int | None = due + rng.randint(3 * 24, 10 * 24) * HOUR_MS
        else:
            hours = rng.lognormvariate(0, 0.7) * habits[platform].hours * (0.6 if urgent else 1.0)
            answered = sent + int(max(0.5, hours) * HOUR_MS)
        if rng.random() < FORGOTTEN:
            result = answered = None
            tally["forgotten"] += 1
            follow = due + rng.randint(24, 5 * 24) * HOUR_MS
            if rng.random() < FORGOTTEN_ASKED_AGAIN and follow < now:
                again.append((case_id, platform, urgent, follow, url))
        elif answered is not None and answered >= now:  # not come yet
            result = answered = None
            tally["awaited"] += 1
        reason = rng.choice(REFUSAL_REASONS) if result == Result.REFUSED.value else ""
        takedown_rows.append((ident, case_id, platform, json.dumps([url]), via, sent, due, int(urgent), None,
                              secretary, result, reason, answered, secretary if result else None))
        if result is None or Result(result) not in REMOVALS:
            continue
        assert answered is not None
        for low, high in ((7, 9), (30, 34)):
            at = answered + rng.randint(low * 24, high * 24) * HOUR_MS
            if rng.random() >= RECHECKED or at >= now:
                continue
            up = rng.random() < STILL_UP
            recheck_rows.append((new_entity_id(rng), ident, case_id, at, int(up), None, rng.choice(members)))
            follow = at + rng.randint(4, 72) * HOUR_MS
            if up and rng.random() < BACK_ASKED_AGAIN and follow < now:
                again.append((case_id, platform, urgent, follow, url))
                break  # asked again: the later request's re-checks follow the content
    conn.executemany("INSERT INTO takedowns (id, case_id, platform, urls, via, sent_at, due_at, urgent, letter_id, "
                     "requested_by, result, reason, answered_at, answered_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", takedown_rows)
    conn.executemany("INSERT INTO takedown_rechecks (id, takedown_id, case_id, at, still_up, evidence_id, checked_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", recheck_rows)
    # As migration 0012 does: a case with a request recorded has its removal countdown met.
    refresh_deadlines(conn.cursor(), "id IN (SELECT case_id FROM takedowns)", [])
    by_result: dict[str, int] = {}
    for row in takedown_rows:
        by_result[row[10] or "awaiting"] = by_result.get(row[10] or "awaiting", 0) + 1
    return {"takedowns": len(takedown_rows), "rechecks": len(recheck_rows),
            "still_up": sum(r[4] for r in recheck_rows), "cases": len({r[1] for r in takedown_rows}),
            "urgent": sum(r[7] for r in takedown_rows), "by_result": by_result,
            "first_sent": min(r[5] for r in takedown_rows), "now": now, **tally}


def takedown_dataset(cache: Path, cases: int) -> tuple[Path, dict[str, Any]]:
    """A copy of the suite's demo workspace of ``cases`` cases, migrated, with its takedown tables
    filled at scale (once)."""
    info = cache / f"demo-{cases}-takedowns" / "bench-takedowns.json"
    if info.exists():
        return info.parent, json.loads(info.read_text())
    root, copied = copied_dataset(cache, cases, "takedowns")  # migrated: the takedown tables among them
    started = time.perf_counter()
    with bulk_writes(root / "moderator.sqlite3") as conn:
        filled = _fill(conn)
    filled.update(copy_s=copied, fill_s=time.perf_counter() - started)
    info.write_text(json.dumps(filled))
    return root, filled


# --- baselines: the same rows through plain sqlite3, without the rules ------------------------------

ROWS = ("SELECT t.id, c.ref, t.platform, t.urls, t.via, t.sent_at, t.due_at, t.urgent, t.letter_id, t.result, "
        "t.reason, t.answered_at, r.at, r.still_up, r.evidence_id FROM takedowns t JOIN cases c ON c.id = t.case_id "
        "LEFT JOIN takedown_rechecks r ON r.takedown_id = t.id ORDER BY t.sent_at DESC, t.id, r.at, r.id")


def _read_rows(plain: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every request joined with its re-checks: the floor of reading what the views judge."""
    return plain.execute(ROWS).fetchall()


def _rows_json(plain: sqlite3.Connection) -> str:
    """The same rows dumped as JSON, one object a request with its re-checks nested, times as stored."""
    out: list[dict[str, Any]] = []
    for r in _read_rows(plain):
        if not out or out[-1]["id"] != r[0]:
            out.append({"id": r[0], "case": r[1], "platform": r[2], "sent_at": r[5], "due_at": r[6], "result": r[9],
                        "answered_at": r[11], "rechecks": [], "urls": json.loads(r[3]), "via": r[4],
                        "urgent": bool(r[7]), "letter": r[8], "reason": r[10]})
        if r[12] is not None:
            out[-1]["rechecks"].append({"at": r[12], "still_up": bool(r[13]), "evidence": r[14]})
    return json.dumps(out, ensure_ascii=False, indent=2)


def _literal(ids: frozenset[str]) -> str:
    return ",".join("'" + i.replace("'", "''") + "'" for i in sorted(ids)) or "NULL"


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


# --- the measurements ---------------------------------------------------------------------------------


def bench(cache: Path, cases: int, repeat: int) -> list[Result]:
    from moderator_app.cli.common import Output
    from moderator_app.cli.takedowns import takedown_json
    from moderator_app.domain.clock import iso_utc, local_date
    from moderator_app.domain.statistics import Period
    from moderator_app.services import statistics as stats_service
    from moderator_app.services import takedowns as service
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import driver, queries
    from moderator_app.store import takedown_queries as tq
    from moderator_app.store.database import raw_connection
    from moderator_app.ui.queue_model import PAGE

    root, built = takedown_dataset(cache, cases)
    now = int(built["now"])
    size = {k: built[k] for k in ("takedowns", "rechecks", "cases", "urgent")}
    scale = (f"{size['takedowns']:,} requests on {size['cases']:,} of {cases:,} cases "
             f"({size['urgent']:,} urgent), {size['rechecks']:,} re-checks ({built['still_up']:,} content up), "
             f"{built['asked_again']:,} asked again; answers "
             + ", ".join(f"{k} {v:,}" for k, v in sorted(built["by_result"].items(), key=lambda kv: -kv[1]))
             + f"; sent {iso_utc(int(built['first_sent']))[:10]} to {iso_utc(now)[:10]}")
    ws = Workspace.open(root)
    plain = driver.connect(root / "moderator.sqlite3")  # keyed when the workspace is encrypted
    out: list[Result] = []
    try:
        # 1. The three views' case sets, counts and next change.
        held = service.queue(ws, now)
        a = sample(lambda: service.queue(ws, now), repeat)
        b = sample(lambda: _read_rows(plain), repeat)

        def store_read() -> None:
            with ws.db.read() as conn:
                tq.takedowns(raw_connection(conn))

        read = sample(store_read, repeat)
        nxt = "none" if held.next_change is None else f"{(held.next_change - now) / 3_600_000:.1f} h after"
        out.append(Result(
            "takedowns queue", f"the queue's three takedown views as of one moment (services.takedowns.queue: "
            f"every request read and judged: overdue, back online, re-check due, asked again, next change) over "
            f"{size['takedowns']:,} requests", "ms", Stats.of(a), Stats.of(b),
            "every request joined with its re-checks, read through plain sqlite3 without the rules", "", None,
            {"views": (f"overdue {held.counts.overdue:,} requests in {len(held.overdue):,} cases, back online "
                       f"{held.counts.back_online:,} in {len(held.back_online):,}, re-checks due "
                       f"{held.counts.rechecks_due:,} in {len(held.recheck_due):,}; next change {nxt}"),
             "store_read_ms": {"takedown_queries.takedowns (rows, re-checks, conflicts)": {
                 "ours_ms": _median(read)}},
             "dataset": scale}))

        # 2. Counting each view and its first page, as the queue window does.
        timings: dict[str, tuple[list[float], list[float]]] = {}
        counted: dict[str, dict[str, float]] = {}
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            for kind in service.QUEUE_KINDS:
                ids = held.cases(kind)
                flt = queries.CaseFilter(case_ids=ids)
                literal = _literal(ids)
                expr = queries.sort_expr("sla")

                def ours(flt: queries.CaseFilter = flt) -> None:
                    n = queries.count_cases(raw, flt)
                    if n:
                        queries.page_cases(raw, flt, "sla", False, min(PAGE, n), total=n)

                def base(literal: str = literal, expr: str = expr) -> None:
                    n = plain.execute(f"SELECT count(*) FROM cases WHERE id IN ({literal})").fetchone()[0]
                    if n:
                        plain.execute(f"SELECT {queries.CASE_COLUMNS} {queries.CASE_FROM} WHERE c.id IN ({literal}) "
                                      f"ORDER BY {expr}, c.id LIMIT ?", (min(PAGE, n),)).fetchall()

                assert queries.count_cases(raw, flt) == len(ids)
                name = f"{kind} ({len(ids):,} cases)"
                timings[name] = (sample(ours, repeat), sample(base, repeat))
                count_ours = sample(lambda flt=flt: queries.count_cases(raw, flt), repeat)
                count_base = sample(lambda literal=literal: plain.execute(
                    f"SELECT count(*) FROM cases WHERE id IN ({literal})").fetchone(), repeat)
                counted[name] = {"ours_ms": _median(count_ours), "baseline_ms": _median(count_base)}
        worst = max(timings, key=lambda k: _median(timings[k][0]))
        a, b = timings[worst]
        per = {k: {"ours_ms": _median(x), "baseline_ms": _median(y)} for k, (x, y) in timings.items()}
        first = Stats.of(a)
        out.append(Result(
            "takedowns views", f"a takedown view in the queue of {cases:,} cases: its count (count_cases with "
            f"CaseFilter(case_ids=…)) and first page by deadline (page_cases), slowest of 3 ({worst})", "ms", first,
            Stats.of(b), "the same count and page through plain sqlite3 with the ids as a literal IN (…) list",
            "< 50 ms (the queue's first window)", first.median < 50,
            {"count_and_first_page": per, "count_alone": counted}))

        # 3. The platforms' record of a year (the statistics' platforms part).
        day = local_date(now)
        period = Period(day - timedelta(days=364), day)

        def record() -> None:
            with ws.db.read() as conn:
                stats_service.platforms_on(raw_connection(conn), period, now)

        def grouped() -> None:
            plain.execute(
                "SELECT platform, count(*), "
                "sum(result IN ('removed', 'refused', 'partial') AND answered_at <= due_at), "
                "sum(result IN ('removed', 'refused', 'partial') AND answered_at > due_at), "
                "sum(result = 'none' OR (result IS NULL AND due_at < ?)), sum(result = 'refused'), "
                "sum(result IN ('removed', 'partial')) FROM takedowns WHERE sent_at >= ? AND sent_at < ? "
                "GROUP BY platform", (now, period.start_ms, period.end_ms)).fetchall()

        with ws.db.read() as conn:
            shown = stats_service.platforms_on(raw_connection(conn), period, now)
        in_year = plain.execute("SELECT count(*) FROM takedowns WHERE sent_at >= ? AND sent_at < ?",
                                (period.start_ms, period.end_ms)).fetchone()[0]
        a, b = sample(record, repeat), sample(grouped, repeat)
        out.append(Result(
            "takedowns platforms' record", f"the platforms' record of the 12 months to {day:%d/%m/%Y} and the four "
            f"quarters to its end (services.statistics.platforms_on: takedown_facts and domain.platform_record; "
            f"{in_year:,} requests in the year, {len(shown.rows)} platforms)", "ms", Stats.of(a), Stats.of(b),
            "a plain GROUP BY platform over the year's requests (sent, in time, late, no answer, refused, removed) "
            "through sqlite3", "", None, {}))

        # 4. `takedown list --json`.
        def listed() -> None:
            sink = io.StringIO()
            Output(stdout=sink).json([takedown_json(v) for v in service.list_takedowns(ws, now_ms=now)])

        a, b = sample(listed, repeat), sample(lambda: _rows_json(plain), repeat)
        alone = sample(lambda: service.list_takedowns(ws, now_ms=now), repeat)
        out.append(Result(
            "takedowns list", f"`takedown list --json`: every request ({size['takedowns']:,}) judged as of now and "
            "written as JSON (services.takedowns.list_takedowns, cli.takedowns.takedown_json, Output.json)", "ms",
            Stats.of(a), Stats.of(b), "the same rows and re-checks read through plain sqlite3 and dumped as JSON "
            "without the rules (times as stored)", "", None,
            {"list_takedowns_alone_ms": {"without the JSON": {"ours_ms": _median(alone)}}}))
    finally:
        plain.close()
        ws.close()
    return out


def run(cache: Path, cases: int, repeat: int) -> list[Result]:
    return bench(cache, cases, repeat)
