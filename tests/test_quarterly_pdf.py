"""The quarterly report as the board receives it: a PDF in the administrative layout with a
summary paragraph, the tables and charts, signed for the committee by its chair."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from moderator_app.cli import build_parser, run
from moderator_app.cli.common import Output
from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace

from .letter_helpers import flat, pdf_pages


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_report_quarterly_writes_the_report_to_send(qapp, tmp_path: Path, lang: str) -> None:
    root = tmp_path / "ws"
    ws = Workspace.open(root, member_name="Nguyễn Thu Hà")
    generate(ws, cases=150, seed=4)
    ws.close()
    target = tmp_path / f"report-{lang}.pdf"
    out = io.StringIO()
    args = build_parser().parse_args(["--data-dir", str(root), "--lang", lang, "report", "quarterly",
                                      "--quarter", "2026Q4", "-o", str(target), "--json"])
    assert run(args, Output(stdout=out, stderr=io.StringIO())) == 0
    pages = pdf_pages(target)
    assert len(pages) >= 2
    first, whole = flat(pages[0]), flat(" ".join(pages))
    if lang == "vi":
        for words in ("BAN TỰ GIÁM SÁT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
                      "Kết quả hoạt động tự giám sát Quý IV/2026", "Trong Quý IV/2026, Ban tiếp nhận"):
            assert words in first, words
        for words in ("Tháng 10/2026", "Nơi nhận", "Ban Điều hành Liên minh", "TM. BAN TỰ GIÁM SÁT", "TRƯỞNG BAN",
                      "Nguyễn Thu Hà"):
            assert words in whole, words
    else:
        for words in ("REPORT", "Self-monitoring activity, Q4 2026", "In Q4 2026 the committee received"):
            assert words in first, words
        assert "CHAIR" in whole and "Nguyễn Thu Hà" in whole
    assert "root" not in whole.split()  # signed by the roster's chair, never a login name


def test_no_section_heading_ends_a_page_without_its_chart(qapp, tmp_path: Path, monkeypatch) -> None:
    """A heading left at the foot of a page, its chart on the next, reads as a broken report: such
    a section starts the next page. The document is laid out again until no heading is left alone."""
    from moderator_app.ui.statistics import report_pdf

    found: list[set[int]] = []
    real = report_pdf.headings_to_move

    def recording(doc):  # type: ignore[no-untyped-def]
        found.append(real(doc))
        return found[-1]

    monkeypatch.setattr(report_pdf, "headings_to_move", recording)
    root = tmp_path / "ws"
    ws = Workspace.open(root, member_name="Nguyễn Thu Hà")
    generate(ws, cases=600, seed=4)
    ws.close()
    target = tmp_path / "report.pdf"
    args = build_parser().parse_args(["--data-dir", str(root), "--lang", "vi", "report", "quarterly",
                                      "--quarter", "2026Q4", "-o", str(target)])
    assert run(args, Output(stdout=io.StringIO(), stderr=io.StringIO())) == 0
    assert len(found) >= 2 and found[0] and found[-1] == set()  # some moved; none left alone at the end
    pages = [flat(p) for p in pdf_pages(target)]
    for n in set().union(*found):
        page = next(p for p in pages if f" {n}. " in f" {p}")
        assert page.split(f"{n}. ")[0].strip() == "" or page.index(f"{n}. ") < 40, (n, page[:80])
