from __future__ import annotations

from pathlib import Path

import pytest

from moderator_app.domain.enums import Status
from moderator_app.services.demo import generate
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace

from .helpers import snapshot

NOW = 1_795_000_000_000  # a fixed "now" so the same seed gives the same workspace


def _queue(path: Path, seed: int) -> tuple[list[tuple], Workspace]:
    ws = Workspace.open(path, member_name="Chủ tịch Demo")
    summary = generate(ws, cases=1000, seed=seed, now_ms=NOW)
    assert summary.cases == 1000
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


def test_the_demo_ends_with_every_index_of_a_fresh_database(tmp_path: Path):
    fresh = Workspace.open(tmp_path / "fresh")
    demo = Workspace.open(tmp_path / "demo")
    try:
        generate(demo, cases=50, seed=1, now_ms=NOW)
        schemas = []
        for ws in (fresh, demo):
            with ws.db.read() as conn:
                schemas.append(sorted(conn.connection.driver_connection.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall()))
        assert schemas[0] == schemas[1]
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
                        "SELECT id FROM cases WHERE influencer_id = 'x'"):
                plan = " ".join(str(row[-1]) for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}"))
                assert "USING" in plan and "INDEX" in plan, (sql, plan)
            assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_cases_sla_sort_id_status_opened_at'"
                               ).fetchone()[0] == 0
        with ws.db.read() as conn:
            raw = conn.connection.driver_connection
            assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_cases_sla_sort_id_status_opened_at'"
                               ).fetchone()[0] == 1
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
