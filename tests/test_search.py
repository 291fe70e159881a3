"""Search respects what was typed: exact diacritics first, folded matches still found, and a
case's category labels searchable."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.text import exact_words, fold
from moderator_app.services import reports
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.fields import current_heads
from moderator_app.store.projection.search import category_words
from moderator_app.store.queries import search_cases


def test_words_as_written_are_lower_case_composed_and_distinct():
    decomposed = unicodedata.normalize("NFD", "Hòa HÒA hoa Đen-Vâu")
    assert exact_words(decomposed) == "hòa đen vâu"  # plain words ("hoa") are in the folded text
    assert exact_words("") == "" and exact_words(None) == ""


def _before_0006() -> str:
    from alembic.script import ScriptDirectory

    from moderator_app.store.migrate import _alembic_config

    down = ScriptDirectory.from_config(_alembic_config()).get_revision("0006_search_categories").down_revision
    assert isinstance(down, str)
    return down


BEFORE = _before_0006()


def _file(ws: Workspace, name: str, category: Category, description: str, n: int) -> str:
    inp = reports.ReportInput(name, Platform.TIKTOK, category, url=f"https://www.tiktok.com/@x{n}/video/{n}",
                              description=description)
    return reports.file_report(ws, inp).ref


def _refs(ws: Workspace, text: str, limit: int = 50) -> list[str]:
    with ws.db.read() as conn:
        return [row.ref for row in search_cases(raw_connection(conn), text, limit)]


def test_diacritics_typed_rank_exact_matches_first_and_still_find_the_rest(ws: Workspace):
    # Filed so that the exact match is neither the first nor the last case, nor the best by score.
    hoang = _file(ws, "Hoàng Review", Category.OFFENSIVE, "Clip phản cảm, Hoàng nói tục", 1)
    hoa = _file(ws, "Hoa Official", Category.OFFENSIVE, "Hoa đăng clip phản cảm; Hoa xin lỗi", 2)
    hoa_exact = _file(ws, "Hòa Vlog", Category.OFFENSIVE, "Clip phản cảm", 3)
    _file(ws, "Khoa TV", Category.OFFENSIVE, "Clip phản cảm", 4)
    found = _refs(ws, "Hòa")
    assert found[0] == hoa_exact and set(found) == {hoa_exact, hoa, hoang}
    assert found.index(hoa) < found.index(hoang)  # the rest by score: "hoa" three times
    assert set(_refs(ws, "hoa")) == {hoa_exact, hoa, hoang}  # typed without: all alike
    assert _refs(ws, "Hòa", limit=1) == [hoa_exact]
    assert _refs(ws, "HÒA VLOG") == [hoa_exact]
    assert _refs(ws, "Hoàng")[0] == hoang and _refs(ws, "Hoa Official") == [hoa]


def test_a_last_word_still_being_typed_matches_as_the_start_of_a_word_as_written(ws: Workspace):
    plain = _file(ws, "Hoang Official", Category.OFFENSIVE, "Hoang nói tục, Hoang xin lỗi", 1)
    marked = _file(ws, "Hoàng Review", Category.OFFENSIVE, "Clip phản cảm", 2)
    assert _refs(ws, "hoan") == [plain, marked]  # by score: "hoang" three times
    assert _refs(ws, "Hoàn") == [marked, plain]  # "hoàn" begins "hoàng" as written


def test_category_labels_are_searchable_in_both_languages_with_or_without_diacritics(ws: Workspace):
    fraud = _file(ws, "Đen Vâu", Category.FRAUD, "Kêu gọi chuyển khoản đặt cọc rồi chặn liên lạc", 1)
    other = _file(ws, "Khánh Vy", Category.UNDISCLOSED_AD, "Không ghi hợp tác có trả phí", 2)
    for query in ("lừa đảo", "lua dao", "LUA DAO", "fraud", "cờ bạc trá hình"):
        assert _refs(ws, query) == [fraud], query
    assert _refs(ws, "quảng cáo không gắn nhãn") == [other]
    assert set(_refs(ws, "đặt cọc")) == {fraud}


def test_a_changed_category_is_searched_by_its_new_labels(ws: Workspace):
    ref = _file(ws, "Đen Vâu", Category.OFFENSIVE, "Clip phản cảm", 1)
    with ws.db.read() as conn:
        case_id = raw_connection(conn).execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()[0]
    assert _refs(ws, "lừa đảo") == []
    with ws.transaction() as tx:
        tx.emit("case.updated", case_id, {"changes": {"category": {
            "from": "offensive", "to": "fraud", "base": current_heads(tx.proj, "case", case_id, "category")}}},
                case_id=case_id)
    assert _refs(ws, "lừa đảo") == [ref]
    assert _refs(ws, "phản cảm xúc phạm") == []  # the old label is gone; "phản cảm" of the text stays
    assert _refs(ws, "phản cảm") == [ref]


def test_a_workspace_indexed_before_gets_categories_and_words_as_written(tmp_path: Path):
    path = tmp_path / "w"
    ws = Workspace.open(path, member_name="Chủ tịch")
    fraud = _file(ws, "Hòa Vlog", Category.FRAUD, "Kêu gọi chuyển khoản đặt cọc", 1)
    ws.close()
    # The index as the schema before 0006 left it: the folded text only, no category, no words as written.
    conn = sqlite3.connect(path / "moderator.sqlite3")
    rows = conn.execute("SELECT s.rowid, s.body, c.category FROM case_search s JOIN cases c ON c.pk = s.rowid")
    old = [(pk, body[: -len(fold(category_words(cat)))].rstrip()) for pk, body, cat in rows.fetchall()]
    conn.execute("DROP TABLE case_search")
    conn.execute("CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize='unicode61', prefix='2 3')")
    conn.executemany("INSERT INTO case_search (rowid, body) VALUES (?, ?)", old)
    assert conn.execute("SELECT count(*) FROM case_search WHERE case_search MATCH 'lua'").fetchone()[0] == 0
    conn.execute("UPDATE alembic_version SET version_num = ?", (BEFORE,))
    conn.commit()
    conn.close()
    ws = Workspace.open(path)
    try:
        assert ws.migration.before == BEFORE
        assert _refs(ws, "lua dao") == [fraud] and _refs(ws, "Hòa") == [fraud]
        report = verify(ws)
        assert report.ok, report.problems
    finally:
        ws.close()
