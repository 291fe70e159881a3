"""Any text people type comes back from every spreadsheet export exactly as typed, never as a
formula: the workbooks (streaming and the quarterly report's) and the CSV files all go through
``exports.guard``."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from moderator_app.exports import guard
from moderator_app.exports.public_register import _csv
from moderator_app.exports.quarterly import put
from moderator_app.exports.xlsx import Col, Properties, Sheet, save_workbook, write_workbook

from .hostile import examples

# Text as people type or paste it: any character, with a bias for what spreadsheets act on.
TRIGGERS = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", " ", "'", '"', "=HYPERLINK(", "@SUM(", "+84 "])
TYPED = st.one_of(
    st.text(max_size=60),
    st.builds(lambda a, b: a + b, TRIGGERS, st.text(max_size=40)),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)
NASTY = ["=1+2", "+84 912 345 678", "-Gỡ bài", "@SUM(1,2)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")",
         "", " ", "'=1", "\x00\x07 chuông", "a\r\nb\rc", "Đen Vâu – lừa đảo 🙂", "x" * 40_000]


def _expected(typed: str) -> str:
    """What a cell holds: the typed text, with the documented replacements only."""
    return guard.clean_text(typed)


def _check_workbook(path: Path, texts: list[str], first_row: int) -> None:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for i, typed in enumerate(texts):
        cell = ws.cell(row=first_row + i, column=1)
        loaded = "" if cell.value is None else cell.value
        assert loaded == _expected(typed)
        assert cell.data_type != "f"  # never a formula
        assert bool(cell.quotePrefix) == (guard.is_formula_like(typed) or guard.is_formula_like(loaded))
        if typed and not guard.ILLEGAL_XML.search(typed) and "\r" not in typed and len(typed) <= guard.MAX_CELL_TEXT:
            assert loaded == typed  # exactly as typed


@examples(40)
@given(st.lists(TYPED, min_size=1, max_size=12))
@example(NASTY)
def test_the_streaming_workbooks_give_back_what_was_typed(tmp_path_factory, texts: list[str]):
    path = tmp_path_factory.mktemp("wb") / "typed.xlsx"
    sheet = Sheet("Văn bản", "Text", [Col("Văn bản", "Text", kind="user", wrap=True)], [[t] for t in texts],
                  len(texts))
    write_workbook(path, [sheet], Properties("t", "s", lang="en", created=datetime(2026, 1, 1)))
    _check_workbook(path, [t for t in texts], first_row=2)


@examples(40)
@given(st.lists(TYPED, min_size=1, max_size=12))
@example(NASTY)
def test_the_quarterly_workbook_gives_back_what_was_typed(tmp_path_factory, texts: list[str]):
    path = tmp_path_factory.mktemp("q") / "typed.xlsx"
    wb = Workbook()
    for i, text in enumerate(texts, start=1):
        put(wb.active, i, 1, text)
    save_workbook(wb, path)
    _check_workbook(path, texts, first_row=1)


@examples(100)
@given(st.lists(TYPED, min_size=1, max_size=12))
@example(NASTY)
def test_csv_fields_are_never_formulas_and_unquote_to_what_was_typed(texts: list[str]):
    data = _csv(["Header"], [[t] for t in texts])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")[1:], newline="")))
    assert rows[0] == ["Header"]
    for typed, row in zip(texts, rows[1:], strict=True):
        (field,) = row
        assert not guard.is_formula_like(field)  # what a spreadsheet would evaluate
        unquoted = field[1:] if guard.guard_text(typed, limit=None).quoted else field
        assert unquoted == guard.clean_text(typed, limit=None)


@examples(200)
@given(TYPED)
def test_the_guard_marks_exactly_what_could_be_a_formula(typed: str):
    guarded = guard.guard_text(typed)
    assert not guard.ILLEGAL_XML.search(guarded.text) and "\r" not in guarded.text
    assert len(guarded.text) <= guard.MAX_CELL_TEXT
    assert guarded.quoted == (typed[:1] in guard.FORMULA_TRIGGERS or guarded.text[:1] in guard.FORMULA_TRIGGERS)
    assert guard.csv_text(typed)[:1] not in guard.FORMULA_TRIGGERS
