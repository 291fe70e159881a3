"""`reports import --json`: each rejected row carries a stable code and its reason in `--lang`.

Scripts read the code; people read the reason, in the language they asked for. The files are
built here: a CSV and the same rows as a workbook saved by openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from moderator_app.domain.errors import UserError
from moderator_app.services import intake
from tests.conftest import Cli

HEADER = ["Ngày tiếp nhận", "Tên người có ảnh hưởng", "Nền tảng", "Đường dẫn", "Loại vi phạm"]
LONG_NAME = "Ngọc " * 50  # 250 characters: more than an influencer's name may hold
ROWS = [
    ["05/10/2026", "Đen Vâu", "TikTok", "https://tiktok.com/@denvau/1", "Lừa đảo"],  # imported
    ["05/10/2026", "", "TikTok", "https://tiktok.com/@x/2", "Lừa đảo"],  # row 3: no influencer
    ["05/10/2026", "Khoa Pug", "TikTok", "https://tiktok.com/@khoapug/3", "Chuyện khác"],  # row 4
    ["05/10/2026", LONG_NAME, "TikTok", "https://tiktok.com/@ngoc/4", "Lừa đảo"],  # row 5: name too long
]
CODES = [(3, "no_influencer"), (4, "unknown_category"), (5, "bad_influencer")]
REASONS = {
    "vi": ["thiếu tên người có ảnh hưởng",
           "không rõ loại vi phạm 'Chuyện khác'",
           "tên người có ảnh hưởng không hợp lệ: tên người có ảnh hưởng dài quá 200 ký tự"],
    "en": ["the influencer's name is missing",
           "unknown category 'Chuyện khác'",
           "the influencer's name is not usable: the influencer's name is longer than 200 characters"],
}


def _file(tmp_path: Path, kind: str) -> Path:
    if kind == "csv":
        path = tmp_path / "hotline.csv"
        lines = [",".join(HEADER), *(",".join(row) for row in ROWS)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
        return path
    path = tmp_path / "hotline.xlsx"
    wb = openpyxl.Workbook()
    for row in (HEADER, *ROWS):
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_rejected_row_has_its_code_and_its_reason_in_the_language_asked(cli: Cli, tmp_path: Path, kind: str):
    path = _file(tmp_path, kind)
    for lang, imported, duplicates in (("vi", 1, 0), ("en", 0, 1)):  # the second run finds the first row stored
        result = cli("reports", "import", str(path), "--json", lang=lang)
        assert result.code == 1, result.err
        data = result.json()
        assert (data["imported"], data["duplicates"]) == (imported, duplicates)
        assert [(r["row"], r["code"]) for r in data["rejected"]] == CODES
        assert [r["reason"] for r in data["rejected"]] == REASONS[lang]
        assert all(list(r) == ["row", "code", "reason"] for r in data["rejected"])


def _refusal(path: Path) -> UserError:
    with pytest.raises(UserError) as refused:
        intake.analyse_file(path)
    return refused.value


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_file_that_cannot_be_imported_is_refused_with_its_own_code(cli: Cli, tmp_path: Path, lang: str):
    # The reader's refusal reaches the command line as it was raised: its code, its text in `--lang`.
    nope = tmp_path / "nope.xlsx"
    missing = cli("reports", "import", str(nope), "--json", lang=lang)
    assert missing.code == 2
    original = _refusal(nope)
    assert missing.json()["error"] == {"code": original.code, "message": original.text(lang)}
    assert original.code != "user_error" and "nope.xlsx" in original.text(lang)
    assert original.text("vi") != original.text("en")

    headless = tmp_path / "headless.csv"
    headless.write_text("a,b\n1,2\n", encoding="utf-8")
    refused = cli("reports", "import", str(headless), "--json", lang=lang)
    assert refused.code == 2
    error = refused.json()["error"]
    assert error["code"] == "no_header_row"
    assert ("không tìm thấy dòng tiêu đề" in error["message"]) == (lang == "vi")
