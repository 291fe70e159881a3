"""The one write path: apply, replay, merge rules, and order independence."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.domain.sla import NO_DEADLINE_SORT
from moderator_app.services import cases as case_service
from moderator_app.services import reports
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .helpers import all_events, deliver, snapshot


def _report(name: str = "Đen Vâu", url: str = "https://www.tiktok.com/@envu/video/1", **kw) -> reports.ReportInput:
    description = kw.pop("description", "Lừa đảo")
    return reports.ReportInput(name, Platform.TIKTOK, Category.FRAUD, url=url, description=description, **kw)


@pytest.fixture
def three(tmp_path: Path):
    opened = [Workspace.open(tmp_path / n, member_name=n) for n in ("an", "binh", "chi")]
    yield opened
    for w in opened:
        w.close()


def test_report_opens_a_case_and_a_second_report_attaches(ws: Workspace):
    first = reports.file_report(ws, _report())
    second = reports.file_report(ws, _report(name="den vau", url="tiktok.com/@envu/video/1/", description="Lần 2"))
    third = reports.file_report(ws, _report(url="https://www.tiktok.com/@envu/video/2"))
    assert not first.attached and second.attached and second.ref == first.ref
    assert not third.attached and third.ref != first.ref
    again = reports.file_report(ws, _report())
    assert again.duplicate and again.report_id is None
    with ws.db.read() as conn:
        row = queries.get_case(raw_connection(conn), first.case_id)
    assert row is not None and row.reports == 2 and row.influencer == "Đen Vâu"


def test_replay_of_the_log_gives_the_same_tables(ws: Workspace):
    a = reports.file_report(ws, _report())
    b = reports.file_report(ws, _report(url="https://www.tiktok.com/@envu/video/9"))
    case_service.update_cases(ws, [a.ref], case_service.CaseChanges(status=Status.TRIAGE, assignee="me",
                                                                     priority=Priority.HIGH, urgent=True))
    case_service.add_note(ws, a.ref, "Đã liên hệ KOL")
    case_service.merge_cases(ws, [a.ref, b.ref])
    report = verify(ws)
    assert report.ok, report.problems
    assert report.checked["replayed"] == report.checked["events"]


def test_the_deadline_sort_and_the_tallies_follow_every_change(ws: Workspace):
    a = reports.file_report(ws, _report())
    b = reports.file_report(ws, _report(url="https://www.tiktok.com/@envu/video/9"))

    def state() -> tuple[dict[str, tuple[int | None, int, int]], list[tuple[object, ...]], list[tuple[object, ...]]]:
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            sorts = {r[0]: (r[1], r[2], r[3]) for r in raw.execute(
                "SELECT id, sla_due_at, opened_at, sla_sort FROM cases")}
            tallies = raw.execute("SELECT * FROM case_tallies ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
            grouped = raw.execute(
                "SELECT status, category, platform, priority, urgent, coalesce(assignee_id, ''), count(*) "
                "FROM cases GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
        return sorts, tallies, grouped

    steps = [
        case_service.CaseChanges(status=Status.TRIAGE, assignee="me", priority=Priority.HIGH, urgent=True),
        case_service.CaseChanges(status=Status.INVESTIGATING, urgent=False),
        case_service.CaseChanges(status=Status.AWAITING_REPLY, assignee=None),
        case_service.CaseChanges(status=Status.CLOSED, reason="Đã gỡ bài"),
    ]
    for changes in steps:
        case_service.update_cases(ws, [a.ref], changes)
        sorts, tallies, grouped = state()
        for due, opened, key in sorts.values():
            assert key == (NO_DEADLINE_SORT if due is None else max(due, opened))
        assert tallies == grouped and sum(t[-1] for t in tallies) == 2
    assert sorts[a.case_id][0] is None and sorts[b.case_id][0] is not None  # closed: no deadline left
    case_service.merge_cases(ws, [b.ref, a.ref])
    _, tallies, grouped = state()
    assert tallies == grouped
    assert verify(ws).ok


def test_a_report_finds_the_open_case_of_its_post_by_url_not_by_the_influencers_cases(ws: Workspace):
    """A popular influencer has thousands of cases: the lookup must start from the URL's reports."""
    first = reports.file_report(ws, _report())
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        params = ("tiktok.com/@envu/video/1", "x", *reports.OPEN_STATUSES)
        plan = [row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {reports.OPEN_CASE_FOR_URL}", params)]
        url_key = raw.execute("SELECT url_key FROM reports").fetchone()[0]
        influencer = raw.execute("SELECT influencer_id FROM cases").fetchone()[0]
        found = raw.execute(reports.OPEN_CASE_FOR_URL, (url_key, influencer, *reports.OPEN_STATUSES)).fetchone()
    assert plan[0] == "SEARCH r USING INDEX ix_reports_url_key (url_key=?)", plan
    assert plan[1].startswith("SEARCH c USING INDEX sqlite_autoindex_cases_") and plan[1].endswith("(id=?)"), plan
    assert found == (first.case_id, first.ref)


def test_verify_notices_a_table_changed_behind_the_log(ws: Workspace):
    a = reports.file_report(ws, _report())
    with ws.db.write() as conn:
        raw_connection(conn).execute("UPDATE cases SET status = 'closed' WHERE id = ?", (a.case_id,))
    report = verify(ws)
    assert not report.ok
    assert any("table cases" in p for p in report.problems)


@pytest.mark.parametrize("damage, said", [
    ("DELETE FROM case_search WHERE rowid = (SELECT pk FROM cases WHERE id = ?)", "are missing"),
    ("UPDATE case_search SET body = 'khac' WHERE rowid = (SELECT pk FROM cases WHERE id = ?)", "differ"),
])
def test_verify_notices_a_search_document_missing_or_changed(ws: Workspace, damage: str, said: str):
    a = reports.file_report(ws, _report())
    reports.file_report(ws, _report(url="https://www.tiktok.com/@envu/video/2"))
    assert verify(ws).ok
    with ws.db.write() as conn:
        raw_connection(conn).execute(damage, (a.case_id,))
    problems = verify(ws).problems
    assert any(p.startswith("search index: 1 case document(s)") and said in p for p in problems), problems


def test_verify_names_an_edited_or_deleted_event(ws: Workspace):
    reports.file_report(ws, _report())
    reports.file_report(ws, _report(url="https://www.tiktok.com/@envu/video/3"))
    with ws.db.write() as conn:
        raw = raw_connection(conn)
        raw.execute("UPDATE events SET payload = replace(payload, 'Lừa đảo', 'Vô hại') WHERE type = 'report.filed'")
    problems = verify(ws).problems
    assert any("was changed after it was written" in p for p in problems)
    with ws.db.write() as conn:
        raw_connection(conn).execute("DELETE FROM events WHERE seq = 2")
    problems = verify(ws).problems
    assert any("was removed or inserted" in p for p in problems)


def test_concurrent_status_changes_conflict_identically_in_every_order(three):
    a, b, c = three
    filed = reports.file_report(a, _report())
    base = all_events(a)
    deliver(b, base)
    # Neither has seen the other's change.
    case_service.update_cases(a, [filed.ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(b, [filed.ref], case_service.CaseChanges(status=Status.REJECTED, reason="trùng"))
    ea, eb = all_events(a), all_events(b)
    deliver(a, eb)
    deliver(b, ea)
    deliver(c, [*base, *[e for e in eb if e not in base], *[e for e in ea if e not in base]])
    snaps = [snapshot(w) for w in (a, b, c)]
    assert snaps[0]["queue"] == snaps[1]["queue"] == snaps[2]["queue"]
    assert snaps[0]["conflicts"] == snaps[1]["conflicts"] == snaps[2]["conflicts"]
    assert [r[2] for r in snaps[0]["conflicts"]] == ["status"]
    # Resolving it on one member (the update names both heads) clears it everywhere.
    case_service.resolve_conflict(a, filed.ref, "status", "triage")
    resolution = all_events(a)
    deliver(b, resolution)
    deliver(c, resolution)
    for w in (a, b, c):
        assert snapshot(w)["conflicts"] == []
        assert snapshot(w)["queue"][0]["status"] == "triage"


def test_plain_fields_are_last_writer_wins_in_any_order(tmp_path: Path):
    origin = Workspace.open(tmp_path / "origin")
    filed = reports.file_report(origin, _report())
    base = all_events(origin)
    writers = [Workspace.open(tmp_path / f"w{i}") for i in range(3)]
    for w in writers:
        deliver(w, base)
    for i, w in enumerate(writers):
        case_service.update_cases(w, [filed.ref], case_service.CaseChanges(priority=list(Priority)[i]))
    changes = [[e for e in all_events(w) if e.type == "case.updated"] for w in writers]
    results = []
    for order in itertools.permutations(range(3)):
        target = Workspace.open(tmp_path / ("t" + "".join(map(str, order))))
        deliver(target, base)
        for i in order:
            deliver(target, changes[i])
        results.append(snapshot(target)["queue"])
        target.close()
    assert all(r == results[0] for r in results)
    # Priority is not a tracked field: no inbox entry, the latest write shows.
    latest = max((e for ch in changes for e in ch), key=lambda e: (e.hlc, e.device_id))
    assert results[0][0]["priority"] == Priority.from_level(latest.payload["changes"]["priority"]["to"]).value
    for w in (origin, *writers):
        w.close()


def test_same_ref_drawn_by_two_members_is_settled_the_same_everywhere(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(reports, "new_ref", lambda year, rng=None: f"{year}-SAME1")
    one, two = Workspace.open(tmp_path / "one"), Workspace.open(tmp_path / "two")
    for w in (one, two):
        reports.file_report(w, _report(url=f"https://www.tiktok.com/@envu/video/{w.identity.device_id}"))
    e1, e2 = all_events(one), all_events(two)
    deliver(one, e2)
    deliver(two, e1)
    s1, s2 = snapshot(one), snapshot(two)
    assert s1["queue"] == s2["queue"]
    refs = [r["ref"] for r in s1["queue"]]
    assert len(set(refs)) == 2 and any(len(r) > 10 for r in refs)
    one.close()
    two.close()


def test_a_batch_of_reports_about_the_same_people_creates_each_profile_and_account_once(ws: Workspace):
    """Influencer lookups are kept for a transaction; the events they lead to must not change."""
    with ws.transaction() as tx:
        for n in range(3):
            reports.file_report_in(tx, _report(url=f"https://www.tiktok.com/@envu/video/{n}"))
            reports.file_report_in(tx, _report(name="Đen  Vâu", url=f"https://www.youtube.com/@denvau{n % 2}/v"))
        reports.file_report_in(tx, _report(name="Chi Pu", url="https://www.tiktok.com/@chipu/video/1"))
    kinds = [e.type for e in all_events(ws) if e.type.startswith("influencer.")]
    assert kinds.count("influencer.created") == 2
    assert kinds.count("influencer.account_added") == 2  # @denvau0 and @denvau1
    with ws.db.read() as conn:
        accounts = raw_connection(conn).execute(
            "SELECT platform, handle FROM influencer_accounts ORDER BY platform, handle").fetchall()
    assert accounts == [("tiktok", "@chipu"), ("tiktok", "@denvau0"), ("tiktok", "@denvau1"), ("tiktok", "@envu")]
    assert verify(ws).ok
