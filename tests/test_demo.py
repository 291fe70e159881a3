from __future__ import annotations

from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Status
from moderator_app.domain.sla import DAY_MS, HOUR_MS
from moderator_app.services.demo import generate, story_end
from moderator_app.services.demo_text import rationales
from moderator_app.services.meetings import AGENDA_ITEM_OF_CASE
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.store.tallies import TALLY_TRIGGERS

from .helpers import snapshot

NOW = 1_795_000_000_000  # a fixed "now" so the same seed gives the same workspace


def _queue(path: Path, seed: int) -> tuple[list[tuple], Workspace]:
    ws = Workspace.open(path, member_name="Chủ tịch Demo")
    summary = generate(ws, cases=1000, seed=seed, now_ms=NOW)
    assert summary.cases == 1000
    with ws.db.read() as conn:  # the summary counts what was stored
        stored = raw_connection(conn).execute(
            "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM decisions), (SELECT count(*) FROM events)"
        ).fetchone()
    assert (summary.reports, summary.decisions, summary.events) == stored
    rows = [
        (r["ref"], r["status"], r["influencer"], r["category"], r["platform"], r["title"], r["assignee_name"],
         r["reports"], r["opened_at"])
        for r in snapshot(ws)["queue"]
    ]
    return rows, ws


def test_demo_is_deterministic_for_a_seed_and_covers_the_workflow(tmp_path: Path):
    first, ws1 = _queue(tmp_path / "a", seed=5)
    second, ws2 = _queue(tmp_path / "b", seed=5)
    other, ws3 = _queue(tmp_path / "c", seed=6)
    try:
        assert first == second
        assert first != other
        assert {r[1] for r in first} == {s.value for s in Status}
        assert len({r[4] for r in first}) >= 6 and len({r[3] for r in first}) == 11
        with ws1.db.read() as conn:
            raw = conn.connection.driver_connection
            assert raw.execute("SELECT count(*) FROM decisions").fetchone()[0] > 50
            assert raw.execute("SELECT count(*) FROM meetings WHERE finalized = 1").fetchone()[0] > 3
            assert raw.execute("SELECT count(*) FROM notes").fetchone()[0] > 100
            devices = raw.execute("SELECT count(DISTINCT device_id) FROM events").fetchone()[0]
            assert devices == 8  # the chair and the seven members who write (the observer only reads)
        report = verify(ws1)
        assert report.ok, report.problems
    finally:
        for w in (ws1, ws2, ws3):
            w.close()


def test_the_demo_ends_with_every_index_and_trigger_of_a_fresh_database(tmp_path: Path):
    fresh = Workspace.open(tmp_path / "fresh")
    demo = Workspace.open(tmp_path / "demo")
    try:
        generate(demo, cases=50, seed=1, now_ms=NOW)
        schemas = []
        for ws in (fresh, demo):
            with ws.db.read() as conn:
                schemas.append(sorted(conn.connection.driver_connection.execute(
                    "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')").fetchall()))
        assert schemas[0] == schemas[1]
        assert sum(kind == "trigger" for kind, _, _ in schemas[0]) == len(TALLY_TRIGGERS)
    finally:
        fresh.close()
        demo.close()


def test_a_bulk_build_keeps_the_indexes_its_own_writes_read_through(tmp_path: Path):
    """The queue's indexes are built at the end, but the write path's lookups (a reference clash,
    a merge chain, an influencer's cases) must not scan the table meanwhile."""
    ws = Workspace.open(tmp_path / "ws", member_name="Chủ tịch Demo")
    try:
        with ws.building_database(), ws.db.read() as conn:
            raw = conn.connection.driver_connection
            for sql in ("SELECT 1 FROM cases WHERE ref_base = 'x'", "SELECT id FROM cases WHERE merged_into IN ('x')",
                        "SELECT id FROM cases WHERE influencer_id = 'x'",
                        "SELECT 1 FROM reports WHERE dedupe_key = 'x'", "SELECT 1 FROM reports WHERE url_key = 'x'",
                        "SELECT 1 FROM reports WHERE case_id = 'x'",  # a meeting's minutes
                        "SELECT seq FROM events WHERE device_id = 'x' ORDER BY seq DESC LIMIT 1",
                        AGENDA_ITEM_OF_CASE.replace("?", "'x'"),
                        "SELECT max(position) FROM agenda_items WHERE meeting_id = 'x'",
                        # recording a decision reads the case's history (right of reply)
                        "SELECT 1 FROM events WHERE case_id = 'x' LIMIT 1",
                        "SELECT 1 FROM events WHERE entity = 'x' AND type = 'agenda.added' LIMIT 1"):
                plan = " ".join(str(row[-1]) for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}"))
                assert "USING" in plan and "INDEX" in plan, (sql, plan)
            deferred = ("ix_cases_sla_sort_id_filters", "ix_reports_filed_case", "ix_notes_case_id_created_at")
            held = f"SELECT count(*) FROM sqlite_master WHERE name IN ({', '.join('?' * len(deferred))})"
            assert raw.execute(held, deferred).fetchone()[0] == 0
            # The queue's counts are set once at the end (tallies.recount), not row by row.
            assert raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 0
        with ws.db.read() as conn:
            raw = conn.connection.driver_connection
            assert raw.execute(held, deferred).fetchone()[0] == 3
            assert raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == len(
                TALLY_TRIGGERS)
    finally:
        ws.close()


@pytest.mark.parametrize("cases, seed", [(40, 1), (120, 2), (300, 1)])
def test_even_a_small_demo_has_exactly_its_cases_in_every_status(tmp_path: Path, cases: int, seed: int):
    ws = Workspace.open(tmp_path / "ws", member_name="Chủ tịch Demo")
    try:
        summary = generate(ws, cases=cases, seed=seed)  # today's clock: the timeline is not tuned for it
        statuses = [r["status"] for r in snapshot(ws)["queue"]]
        assert summary.cases == len(statuses) == cases
        assert set(statuses) == {s.value for s in Status}
        assert verify(ws).ok
    finally:
        ws.close()


def test_every_derived_column_agrees_with_what_it_is_derived_from(tmp_path: Path):
    """Copies the projection keeps for speed (sort keys, counts, deadlines, tallies) must say what
    a fresh computation from the replicated fields says, after a committee's whole workflow."""
    from moderator_app.domain.sla import current_sla, sla_sort_key
    from moderator_app.store.database import raw_connection

    ws = Workspace.open(tmp_path / "ws", member_name="Chủ tịch")
    try:
        generate(ws, cases=400, seed=11)
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            rows = raw.execute(
                "SELECT id, status, opened_at, status_since, urgent, urgent_since, sla_kind, sla_due_at, sla_sort, "
                "EXISTS (SELECT 1 FROM takedowns t WHERE t.case_id = cases.id) FROM cases").fetchall()
            for case_id, status, opened, since, urgent, urgent_since, kind, due, key, asked in rows:
                sla = current_sla(Status(status), opened_ms=opened, status_since_ms=since, urgent=bool(urgent),
                                  urgent_since_ms=urgent_since, removal_requested=bool(asked))
                assert (kind, due, key) == (sla.target.code if sla.target else None, sla.due_ms,
                                            sla_sort_key(sla.due_ms, opened)), case_id
            checks = {
                "report counts": "SELECT count(*) FROM cases c WHERE report_count != "
                                 "(SELECT count(*) FROM reports r WHERE r.case_id = c.id)",
                "case counts": "SELECT count(*) FROM influencers i WHERE case_count != "
                               "(SELECT count(*) FROM cases c WHERE c.influencer_id = i.id)",
                "assignee sort": "SELECT count(*) FROM cases c LEFT JOIN members m ON m.id = c.assignee_id "
                                 "WHERE c.assignee_sort != coalesce(m.name_sort, '')",
                "influencer sort": "SELECT count(*) FROM cases c JOIN influencers i ON i.id = c.influencer_id "
                                   "WHERE c.influencer_sort != i.name_sort",
                "activity after opening": "SELECT count(*) FROM cases WHERE last_activity_at < opened_at",
                "search documents": "SELECT count(*) FROM cases WHERE pk NOT IN (SELECT rowid FROM case_search)",
                "tallies": "SELECT count(*) FROM (SELECT status, category, platform, priority, urgent, "
                           "coalesce(assignee_id, ''), count(*) FROM cases GROUP BY 1, 2, 3, 4, 5, 6 "
                           "EXCEPT SELECT * FROM case_tallies)",
                "days": "SELECT count(*) FROM (SELECT opened_at / 86400000, count(*) FROM cases GROUP BY 1 "
                        "EXCEPT SELECT * FROM case_days)",
            }
            assert {what: raw.execute(sql).fetchone()[0] for what, sql in checks.items()} == dict.fromkeys(checks, 0)
            assert raw.execute("SELECT count(*) FROM case_tallies").fetchone()[0] == raw.execute(
                "SELECT count(*) FROM (SELECT DISTINCT status, category, platform, priority, urgent, "
                "coalesce(assignee_id, '') FROM cases)").fetchone()[0]
    finally:
        ws.close()


def _story(path: Path, now_ms: int) -> tuple[tuple[int, ...], dict[str, list]]:
    ws = Workspace.open(path, member_name="Chủ tịch Demo")
    try:
        summary = generate(ws, cases=400, seed=11, now_ms=now_ms)
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            texts = {
                "reports": sorted(r[0] for r in raw.execute("SELECT description FROM reports")),
                "decisions": sorted(raw.execute("SELECT category, outcome, rationale FROM decisions").fetchall()),
                "notes": sorted(r[0] for r in raw.execute("SELECT body FROM notes")),
                "statuses": sorted(r[0] for r in raw.execute("SELECT status FROM cases")),
            }
            counts = tuple(raw.execute(
                "SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM reports), "
                "(SELECT count(*) FROM decisions), (SELECT count(*) FROM events)").fetchone())
        return (summary.cases, summary.reports, summary.decisions, summary.events, *counts), texts
    finally:
        ws.close()


def test_the_same_seed_made_at_another_moment_gives_the_same_workspace(tmp_path: Path):
    # Another day, weekday and time of day: a story ending at "now" would differ (4,176 reports
    # one run, 4,219 the next); one ending at the start of the day is the same story, shifted.
    later = NOW + 9 * DAY_MS + 7 * HOUR_MS + 12_345
    first = _story(tmp_path / "a", NOW)
    second = _story(tmp_path / "b", later)
    assert first == second
    assert (story_end(later) - story_end(NOW)) % DAY_MS == 0 and story_end(later) > story_end(NOW)
    assert story_end(NOW) <= NOW < story_end(NOW) + DAY_MS


def test_every_decision_rationale_fits_its_category_and_outcome(tmp_path: Path):
    _, texts = _story(tmp_path / "a", NOW)
    decisions = texts["decisions"]
    assert len({category for category, _, _ in decisions}) >= 6
    for category, outcome, rationale in decisions:
        assert rationale in rationales(category, outcome, Outcome(outcome).level), (category, outcome, rationale)
        if category != Category.UNDISCLOSED_AD.value:
            assert "gắn nhãn" not in rationale and "không phải quảng cáo" not in rationale, (category, rationale)
    fraud = [r for c, o, r in decisions if c == Category.FRAUD.value and Outcome(o).level > 0]
    assert fraud and all("lừa đảo" in r for r in fraud)


def test_a_small_demo_links_cases_of_different_influencers_through_its_scam_campaigns(tmp_path: Path):
    """The demo's campaigns hire several influencers whose reports name the same phone (written
    several ways), account, shop and group: extraction at the end of the build links them."""
    from moderator_app.services import indicators as service
    from moderator_app.services.demo_text import CAMPAIGNS

    ws = Workspace.open(tmp_path / "ws", member_name="Chủ tịch Demo")
    try:
        summary = generate(ws, cases=300, seed=2, now_ms=NOW)
        assert service.pending_count(ws) == 0 and summary.indicators > 0 and summary.campaign_cases > 0
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            linked = raw.execute(
                "SELECT i.kind, i.value, count(DISTINCT c.influencer_id) FROM indicators i JOIN indicator_sightings s "
                "ON s.indicator_id = i.id JOIN cases c ON c.id = s.case_id WHERE i.relevant = 1 GROUP BY i.id "
                "HAVING count(DISTINCT c.influencer_id) >= 3").fetchall()
            assert {"phone", "bank_account"} <= {kind for kind, _, _ in linked}, linked
            # Only the campaigns' shops link influencers by domain, not the platforms they post on.
            assert {value for kind, value, _ in linked if kind == "domain"} <= {c[1] for c in CAMPAIGNS}
            phone = max((row for row in linked if row[0] == "phone"), key=lambda row: row[2])
            found = service.show(ws, phone[1], "phone")
            assert len(set(found.influencers)) >= 3 and len(found.cases) >= 3
            written = {f"{url}\n{description}"[start:end] for url, description, start, end in raw.execute(
                "SELECT r.url, r.description, s.span_start, s.span_end FROM indicator_sightings s JOIN reports r "
                "ON r.id = s.source_id WHERE s.indicator_id = ?", (found.row.id,))}
        assert len(written) >= 2, written  # one number, written more than one way
    finally:
        ws.close()


def test_a_small_demo_has_takedown_requests_answered_rechecked_and_chased(tmp_path: Path):
    """The demo's harmful cases lead to requests that platforms answer (or not) in their own ways,
    removed content is re-checked: every view of the platforms' record has something to show."""
    from moderator_app.services import takedowns as service

    ws = Workspace.open(tmp_path / "ws", member_name="Chủ tịch Demo")
    try:
        summary = generate(ws, cases=600, seed=3, now_ms=NOW)
        views = service.list_takedowns(ws, now_ms=NOW)
        assert summary.takedowns == len(views) > 20
        assert {v.result for v in views} >= {"removed", "refused", "none"}
        assert any(v.late for v in views) and any(not v.late and v.result == "removed" for v in views)
        assert any(v.rechecks for v in views) and any(v.seen_back_online for v in views)
        # Content found back online is asked for again, by letter, and chased by that request.
        asked_twice = [v for v in views if v.seen_back_online and not v.back_online and v.rechecks[-1].still_up]
        assert asked_twice and len({v.case_id for v in views}) < len(views)
        assert all(any(o.case_id == v.case_id and o.sent_at > v.sent_at and o.via == "letter" for o in views)
                   for v in asked_twice)
        assert all(v.reason for v in views if v.result == "refused")
        assert len({v.platform for v in views}) >= 4
        for v in views:
            assert v.sent_at < NOW and v.due_at - v.sent_at in (24 * 3_600_000, 48 * 3_600_000)
            assert v.answered_at is None or v.sent_at <= v.answered_at < NOW
            assert all(v.sent_at <= r.at < NOW for r in v.rechecks)
    finally:
        ws.close()
