"""The queue's SQL: keyset pages equal offset pages, plans chosen by size, filters combined."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moderator_app.domain.enums import Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.text import fold, fts_query
from moderator_app.services.demo import generate
from moderator_app.services.saved_filters import FilterChoice, SavedFilter, delete, load, rename, save
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """A demo workspace shared by the read-only tests of this module."""
    ws = Workspace.open(tmp_path_factory.mktemp("queries") / "ws", member_name="Chủ tịch")
    # A fixed "now": the cases, and so the orders and rankings these tests compare, are the same
    # on every run (with today's clock, the search test's two rankings tied on some days).
    generate(ws, cases=300, seed=5, now_ms=1_795_000_000_000)
    yield ws
    ws.close()


def _keyset_ids(raw, flt: queries.CaseFilter, sort: str, desc: bool, size: int, total: int | None) -> list[str]:
    """Every row's id, read page after page from the last row's sort key."""
    seen: list[str] = []
    after = None
    while (page := queries.page_cases(raw, flt, sort, desc, size, after=after, total=total)).rows:
        seen += [r.id for r in page.rows]
        after = page.keys[-1]
    return seen


@pytest.mark.parametrize("sort", sorted(queries.SORTS))
@pytest.mark.parametrize("desc", [False, True])
def test_keyset_pages_equal_offset_pages_for_every_sort(demo: Workspace, sort: str, desc: bool):
    flt = queries.CaseFilter(statuses=("closed", "rejected", "decided", "monitoring"))
    with demo.db.read() as conn:
        raw = raw_connection(conn)
        total = queries.count_cases(raw, flt)
        everything = queries.page_cases(raw, flt, sort, desc, total).rows
        for hint in (None, total, 0):  # let SQLite choose, force the sort index, force a sort
            assert _keyset_ids(raw, flt, sort, desc, 37, hint) == [r.id for r in everything]
        backwards = queries.page_cases(raw, flt, sort, not desc, 10, total=total).rows
        assert [r.id for r in backwards] == [r.id for r in reversed(everything[-10:])]


def test_the_sort_index_is_forced_only_for_large_results(demo: Workspace, monkeypatch):
    def plans(*totals: int) -> list[bool]:
        statements: list[str] = []
        with demo.db.read() as conn:
            raw = raw_connection(conn)
            raw.set_trace_callback(statements.append)
            for total in totals:
                queries.page_cases(raw, queries.CaseFilter(), "influencer", False, 10, total=total)
            raw.set_trace_callback(None)
        pages = [s for s in statements if "ORDER BY" in s]
        assert len(pages) == len(totals)
        return ["INDEXED BY ix_cases_influencer_sort_id_status_opened_at" in s for s in pages]

    assert plans(queries.SCAN_SORT_INDEX_FROM, 5) == [True, False]
    # On a larger workspace a walk along the index passes limit × cases / result entries: it is
    # taken only once the result is at least sqrt(limit × cases) rows (300 cases here).
    monkeypatch.setattr(queries, "SCAN_SORT_INDEX_FROM", 1)
    assert plans(54, 55, 300) == [False, True, True]


def test_the_deadline_index_is_walked_sooner_for_filters_it_holds(demo: Workspace, monkeypatch):
    def walks(flt: queries.CaseFilter, *totals: int) -> list[bool]:
        statements: list[str] = []
        with demo.db.read() as conn:
            raw = raw_connection(conn)
            raw.set_trace_callback(statements.append)
            for total in totals:
                queries.page_cases(raw, flt, "sla", False, 10, total=total)
            raw.set_trace_callback(None)
        pages = [s for s in statements if s.startswith("SELECT c.pk, c.sla_sort")]  # not FTS5's own statements
        assert len(pages) == len(totals)
        return [f"INDEXED BY {queries.SORT_INDEXES['sla']}" in s for s in pages]

    monkeypatch.setattr(queries, "COVERING_WALK_FROM", 1)
    monkeypatch.setattr(queries, "SCAN_SORT_INDEX_FROM", 1)
    # 300 cases, 10 rows: walked from sqrt(10 × 300 / 8) = 19.4 rows when the index holds the
    # filter's columns, from sqrt(10 × 300) = 54.8 otherwise (a search is not in the index).
    held = queries.CaseFilter(statuses=("triage",), platforms=("tiktok",), assignee=queries.UNASSIGNED)
    assert walks(held, 19, 20, 54) == [False, True, True]
    with demo.db.read() as conn:
        word = raw_connection(conn).execute("SELECT title FROM cases LIMIT 1").fetchone()[0].split()[0]
    assert walks(queries.CaseFilter(search=word), 20, 54, 55) == [False, False, True]


def test_filters_are_counted_from_the_tallies_exactly(demo: Workspace):
    with demo.db.read() as conn:
        raw = raw_connection(conn)
        grouped = raw.execute(
            "SELECT status, category, platform, priority, urgent, coalesce(assignee_id, ''), count(*) FROM cases "
            "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"
        ).fetchall()
        assert raw.execute("SELECT * FROM case_tallies ORDER BY 1, 2, 3, 4, 5, 6").fetchall() == grouped
        member = raw.execute("SELECT assignee_id FROM cases WHERE assignee_id IS NOT NULL LIMIT 1").fetchone()[0]
        filters = [
            queries.CaseFilter(),
            queries.CaseFilter(statuses=("closed", "rejected")),
            queries.CaseFilter(statuses=tuple(s.value for s in Status)),
            queries.CaseFilter(categories=("fraud", "false_claim"), platforms=("tiktok",)),
            queries.CaseFilter(priorities=(2, 3), urgent=False),
            queries.CaseFilter(assignee=queries.UNASSIGNED, statuses=("triage",)),
            queries.CaseFilter(assignee=member),
            queries.CaseFilter(urgent=True),
            queries.CaseFilter(statuses=("appeal",), nothing=True),
        ]
        for flt in filters:
            where, params = flt.where()
            expected = raw.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0]
            assert queries.count_cases(raw, flt) == expected, flt
        assert queries.count_cases(raw, filters[1]) > 0


def test_date_ranges_are_counted_from_the_days_exactly(demo: Workspace):
    with demo.db.read() as conn:
        raw = raw_connection(conn)
        assert raw.execute("SELECT day, n FROM case_days ORDER BY day").fetchall() == raw.execute(
            "SELECT opened_at / 86400000, count(*) FROM cases GROUP BY 1 ORDER BY 1").fetchall()
        lo, hi = raw.execute("SELECT min(opened_at), max(opened_at) FROM cases").fetchone()
        times = sorted({lo, hi, hi + 1, lo - 1, *(r[0] for r in raw.execute(
            "SELECT opened_at FROM cases ORDER BY random() LIMIT 12"))})
        day = 86_400_000
        edges = [*times, *(t // day * day for t in times), *(t + day // 2 for t in times)]
        ranges = [(a, b) for a in [None, *edges] for b in [None, *edges] if a is None or b is None or a < b + day]
        for start, end in ranges:
            flt = queries.CaseFilter(opened_from=start, opened_to=end)
            where, params = flt.where()
            expected = raw.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0]
            assert queries.count_cases(raw, flt) == expected, (start, end)


@pytest.mark.parametrize("sort", sorted(queries.SORTS))
@pytest.mark.parametrize("desc", [False, True])
def test_a_date_range_lists_the_same_rows_in_every_sort(demo: Workspace, sort: str, desc: bool):
    with demo.db.read() as conn:
        raw = raw_connection(conn)
        lo, hi = raw.execute("SELECT min(opened_at), max(opened_at) FROM cases").fetchone()
        flt = queries.CaseFilter(opened_from=lo + (hi - lo) * 2 // 3)
        direction = "DESC" if desc else "ASC"
        expected = [r[0] for r in raw.execute(
            f"SELECT c.id FROM cases c WHERE c.opened_at >= ? ORDER BY {queries.SORTS[sort]} {direction}, "
            f"c.id {direction}", (flt.opened_from,))]
        assert 10 < len(expected) < 300
        total = queries.count_cases(raw, flt)
        assert total == len(expected)
        for hint in (None, total, 0):  # let SQLite choose, force the sort index, force a sort
            assert _keyset_ids(raw, flt, sort, desc, 23, hint) == expected


def test_a_search_alone_is_counted_in_the_index(demo: Workspace):
    with demo.db.read() as conn:
        raw = raw_connection(conn)
        name = raw.execute("SELECT name FROM influencers ORDER BY id LIMIT 1").fetchone()[0]
        alone = queries.count_cases(raw, queries.CaseFilter(search=name))
        with_filter = queries.count_cases(raw, queries.CaseFilter(search=name, statuses=tuple(
            r[0] for r in raw.execute("SELECT DISTINCT status FROM cases"))))
        listed = len(queries.list_cases(raw, queries.CaseFilter(search=name), "ref", False, 10_000))
    assert alone == with_filter == listed > 0


def _ranked(raw, scored: str, matched: str) -> list[str]:
    """Refs of the cases matching ``matched``, by BM25 of ``scored``, ties by case id."""
    return [r[0] for r in raw.execute(
        "SELECT c.ref FROM (SELECT rowid, rank FROM case_search WHERE case_search MATCH ? "
        "AND rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)) s "
        "JOIN cases c ON c.pk = s.rowid ORDER BY s.rank, c.id", (scored, matched))]


def test_best_first_search_scores_the_words_that_tell_cases_apart(demo: Workspace, monkeypatch):
    with demo.db.read() as conn:
        raw = raw_connection(conn)
        q = fts_query("quang cao")
        counts = {w: raw.execute("SELECT count(*) FROM case_search WHERE case_search MATCH ?", (w,)).fetchone()[0]
                  for w in ('"quang"', '"cao"*')}
        every = _ranked(raw, q, q)
        assert len(every) > 60 and counts['"quang"'] != counts['"cao"*']
        # Every word rarer than the bound: all of them scored.
        assert [r.ref for r in queries.search_cases(raw, "quang cao", 50)] == every[:50]
        # One word in more cases than the bound: it only filters, the other one scores.
        monkeypatch.setattr(queries, "COMMON_WORD_CASES", min(counts.values()))
        telling = min(counts, key=counts.get)
        by_one = _ranked(raw, telling, q)
        assert [r.ref for r in queries.search_cases(raw, "quang cao", 50)] == by_one[:50]
        assert sorted(by_one) == sorted(every) and by_one != every
        # Every word common: the newest matches first.
        monkeypatch.setattr(queries, "COMMON_WORD_CASES", 5)
        newest = [r[0] for r in raw.execute(
            "SELECT c.ref FROM case_search s JOIN cases c ON c.pk = s.rowid WHERE case_search MATCH ? "
            "ORDER BY c.opened_at DESC, c.id DESC", (q,))]
        assert [r.ref for r in queries.search_cases(raw, "quang cao", 30)] == newest[:30]
        monkeypatch.setattr(queries, "NEWEST_MATCHES", 40)  # the newest 40 added, put in order
        window = [r[0] for r in raw.execute(
            "SELECT c.ref FROM (SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC "
            "LIMIT 40) s JOIN cases c ON c.pk = s.rowid ORDER BY c.opened_at DESC, c.id DESC", (q,))]
        assert [r.ref for r in queries.search_cases(raw, "quang cao", 30)] == window[:30]
        # Every match asked for: all scored on every word, whatever the bound.
        assert [r.ref for r in queries.search_cases(raw, "quang cao", -1)] == every


def test_search_prefix_needs_two_letters():
    assert fts_query("den vau") == '"den" "vau"*'
    assert fts_query("den v") == '"den" "v"'
    assert fts_query("đ") == '"d"'


def test_a_view_narrowed_by_the_filter_bar():
    view = queries.CaseFilter(statuses=("received", "triage"), assignee="me1")
    assert view.narrowed(queries.CaseFilter(statuses=("triage", "closed"))).statuses == ("triage",)
    assert view.narrowed(queries.CaseFilter(statuses=("closed",))).nothing
    assert view.narrowed(queries.CaseFilter(assignee="other")).nothing
    both = queries.CaseFilter(opened_from=5, opened_to=50).narrowed(queries.CaseFilter(opened_from=10, opened_to=99))
    assert (both.opened_from, both.opened_to) == (10, 50)
    assert queries.CaseFilter(nothing=True).where() == (" WHERE 0", [])


def test_saved_filters_are_kept_per_workspace(ws: Workspace):
    choice = FilterChoice(statuses=("triage",), platforms=("tiktok",), priorities=(1, 2), assignee="me",
                          opened_from="2026-10-01", opened_to="2026-10-31")
    save(ws, SavedFilter("Khẩn TikTok", "urgent", choice, "lua dao", "sla", True))
    with pytest.raises(UserError, match="already called"):
        save(ws, SavedFilter("khan tiktok"))
    save(ws, SavedFilter("khan tiktok", "all"), replace=True)
    assert [(f.name, f.view) for f in load(ws)] == [("khan tiktok", "all")]
    save(ws, SavedFilter("Của tôi", "mine", choice, "", "priority"))
    rename(ws, "của tôi", "Việc của tôi")
    kept = load(ws)[1]
    assert kept.name == "Việc của tôi" and kept.choice == choice and kept.sort == "priority"
    flt = kept.choice.case_filter("member-1")
    assert flt.assignee == "member-1" and flt.priorities == (1, 2)
    assert flt.opened_to - flt.opened_from == 31 * 86_400_000
    delete(ws, "khan tiktok")
    assert [f.name for f in load(ws)] == ["Việc của tôi"]
    with pytest.raises(UserError):
        save(ws, SavedFilter("   "))
    ws.set_setting("queue.saved_filters", [{"name": "old", "choice": {"statuses": ["gone"], "priorities": [9]},
                                             "sort": "nonsense"}])
    old = load(ws)[0]
    assert old.choice == FilterChoice() and old.sort == "sla"


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵầấẩẫậằắẳẵặềếểễệồốổỗộờớởỡợừứửữự"


@given(st.text(alphabet=st.sampled_from([*VIETNAMESE, "🔥", "日", "\u0301", "\u05b4", "ß", "Ø", "\t", "\u0303"]),
               max_size=40))
def test_fold_strips_every_combining_mark(text: str):
    import unicodedata

    expected = text.translate(str.maketrans({"đ": "d", "Đ": "d", "ß": "ss", "Ø": "o"}))
    expected = "".join(c for c in unicodedata.normalize("NFKD", expected) if not unicodedata.combining(c))
    assert fold(text) == " ".join(expected.lower().split())


def test_a_search_with_many_matches_is_kept_for_its_pages_until_the_data_changes(tmp_path, monkeypatch):
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services.reports import ReportInput, file_report

    ws = Workspace.open(tmp_path / "ws", member_name="Chủ tịch")
    try:
        generate(ws, cases=200, seed=9)
        monkeypatch.setattr(queries, "SEARCH_HITS_FROM", 5)
        monkeypatch.setattr(queries, "SCAN_SORT_INDEX_FROM", 1)
        flt = queries.CaseFilter(search="quang cao")

        def listing(raw) -> tuple[int, list[str], list[str]]:
            total = queries.count_cases(raw, flt)
            by_offset = [r.id for r in queries.page_cases(raw, flt, "influencer", False, 1000, total=total).rows]
            return total, by_offset, _keyset_ids(raw, flt, "sla", True, 17, total)

        def expected(raw) -> tuple[int, list[str], list[str]]:
            q = fts_query("quang cao")
            match = "c.pk IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"

            def ids(order: str) -> list[str]:
                return [r[0] for r in raw.execute(f"SELECT c.id FROM cases c WHERE {match} ORDER BY {order}", (q,))]

            first = ids("c.influencer_sort, c.id")
            return len(first), first, ids("c.sla_sort DESC, c.id DESC")

        with ws.db.read() as conn:
            raw = raw_connection(conn)
            statements: list[str] = []
            raw.set_trace_callback(statements.append)
            total, by_offset, by_keyset = listing(raw)
            raw.set_trace_callback(None)
            assert any("temp.search_hits" in s and "ORDER BY" in s for s in statements)
            assert (total, by_offset, by_keyset) == expected(raw) and total > 20
        reports_before = total
        file_report(ws, ReportInput("Người mới", Platform.TIKTOK, Category.UNDISCLOSED_AD,
                                    url="https://www.tiktok.com/@nguoimoi/video/1",
                                    description="Quảng cáo không gắn nhãn"))
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            found = listing(raw)
            assert found[0] == reports_before + 1
            assert found == expected(raw)
    finally:
        ws.close()
