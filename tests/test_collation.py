"""Vietnamese alphabetical order: ``domain.collation.sort_key`` against ICU's (through Qt's collator)."""

from __future__ import annotations

import functools
import random

import pytest

from moderator_app.domain.collation import sort_key

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Đào", "Đoàn", "Ưng", "Âu", "Ân", "Ấu", "Tạ", "Tăng", "Từ", "Ông", "Ôn", "Ơn"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thu", "Thuỳ", "Thùy", "Quốc", "Bảo", "Gia", "Khánh", "Ánh"]
GIVEN = ["An", "Anh", "Ánh", "Ân", "Bình", "Chi", "Dung", "Dũng", "Duy", "Đạt", "Đăng", "Đông", "Giang", "Hà",
         "Hải", "Hạnh", "Hoa", "Hòa", "Hoà", "Hoàng", "Huệ", "Hương", "Hường", "Khoa", "Lan", "Linh", "Long", "Mai",
         "My", "Mỹ", "Nam", "Ngân", "Nga", "Ngà", "Ngã", "Nhung", "Oanh", "Phúc", "Phước", "Quân", "Quyên", "Sơn",
         "Tâm", "Thảo", "Thư", "Thủy", "Trang", "Tú", "Tuấn", "Uyên", "Ửng", "Vân", "Vy", "Xuân", "Yến", "Ý", "Ỷ"]
PAGES = ["Đen Vâu", "đen vâu", "ĐEN VÂU", "Tùng Trần Crypto", "Review Đồ Ăn", "9X Đời Đầu", "A Lan", "A-Lan",
         "An Nhiên 2", "An Nhiên 10", "Bếp Của Mẹ", "Bep Cua Me", "Săn Sale", "San Sale", "Ăn Cùng Bà Tân"]


def _names(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names = set(PAGES)
    while len(names) < count:
        parts = [rng.choice(SURNAMES), *rng.sample(MIDDLE, rng.randint(0, 2)), rng.choice(GIVEN)]
        name = " ".join(parts)
        style = rng.random()
        if style < 0.1:
            name = name.lower()
        elif style < 0.15:
            name = name.upper()
        names.add(name)
    return sorted(names)


@pytest.fixture(scope="module")
def icu_compare():
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if collator.compare("Dung", "Đinh") >= 0:  # a Qt built without ICU knows no Vietnamese order
        pytest.skip("this Qt's collator has no Vietnamese tailoring (built without ICU)")
    return collator.compare


def test_the_issue_examples():
    assert sorted(["Đinh", "Dung"], key=sort_key) == ["Dung", "Đinh"]
    assert sorted(["Ưng", "Uyên"], key=sort_key) == ["Uyên", "Ưng"]
    assert sorted(["Đạt", "Đặng"], key=sort_key) == ["Đạt", "Đặng"]
    tones = ["Đạng", "Đáng", "Đãng", "Đảng", "Đàng", "Đang"]
    assert sorted(tones, key=sort_key) == list(reversed(tones))


@pytest.mark.parametrize("seed", [1, 2])
def test_the_order_is_icus_on_hundreds_of_names(icu_compare, seed: int):
    names = _names(600, seed)
    expected = sorted(names, key=functools.cmp_to_key(icu_compare))
    ours = sorted(names, key=sort_key)
    first = next((i for i, (a, b) in enumerate(zip(ours, expected, strict=True)) if a != b), None)
    assert first is None, (ours[max(0, first - 2): first + 3], expected[max(0, first - 2): first + 3])


def test_keys_are_text_sqlite_sorts_the_same_way():
    import sqlite3

    names = _names(300, 3)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (name TEXT, k TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(n, sort_key(n)) for n in names])
    in_sql = [r[0] for r in conn.execute("SELECT name FROM t ORDER BY k")]
    assert in_sql == sorted(names, key=sort_key)
    assert sort_key("") == "" and sort_key(None) == ""
    assert sort_key("  Đen   Vâu ") == sort_key("Đen Vâu")


def test_the_queue_and_the_register_sort_names_in_vietnamese_order(tmp_path):
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services import reports
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import influencer_queries, queries
    from moderator_app.store.database import raw_connection

    names = ["Đinh Lan", "Dung Hà", "Ưng Hoàng", "Uyên Linh", "Đặng Nam", "Đạt Phan"]
    ws = Workspace.open(tmp_path / "ws")
    try:
        for i, name in enumerate(names):
            reports.file_report(ws, reports.ReportInput(name, Platform.TIKTOK, Category.FRAUD,
                                                        url=f"https://www.tiktok.com/@k{i}/video/1"))
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            queue = [r.influencer for r in queries.list_cases(raw, queries.CaseFilter(), "influencer", False, 50, 0)]
            register = [r.name for r in influencer_queries.register_rows(raw)]
    finally:
        ws.close()
    expected = ["Dung Hà", "Đạt Phan", "Đặng Nam", "Đinh Lan", "Uyên Linh", "Ưng Hoàng"]
    assert queue == expected and register == expected
