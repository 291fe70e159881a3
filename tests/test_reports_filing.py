"""Filing a report: the files that come with it, an urgent report joining an open case, and text
stored composed however it was typed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform, Priority
from moderator_app.domain.errors import UserError
from moderator_app.services import evidence, reports
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

URL = "https://www.tiktok.com/@khoapug/video/7421"


def _report(description: str = "Lừa đảo đầu tư", urgent: bool = False, name: str = "Khoa Pug") -> reports.ReportInput:
    return reports.ReportInput(name, Platform.TIKTOK, Category.FRAUD, url=URL, description=description, urgent=urgent)


def _detail(ws: Workspace, case_id: str) -> queries.CaseDetail:
    with ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), case_id)
    assert detail is not None
    return detail


def _count(ws: Workspace, table: str) -> int:
    with ws.db.read() as conn:
        return int(raw_connection(conn).execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _blobs(ws: Workspace) -> list[Path]:
    return [p for p in ws.blobs.root.rglob("*") if p.is_file()] if ws.blobs.root.exists() else []


def test_an_urgent_report_makes_the_open_case_it_joins_urgent(ws: Workspace):
    first = reports.file_report(ws, _report())
    assert not _detail(ws, first.case_id).case.urgent
    second = reports.file_report(ws, _report("Nạn nhân đang mất tiền ngay lúc này", urgent=True))
    assert second.attached and second.case_id == first.case_id
    case = _detail(ws, first.case_id).case
    assert case.urgent and case.reports == 2
    assert case.priority == Priority.NORMAL.level  # the members' call, not the reporter's
    # Already urgent: a third urgent report changes nothing more than the report count.
    reports.file_report(ws, _report("Thêm một nạn nhân", urgent=True))
    with ws.db.read() as conn:
        updates = raw_connection(conn).execute("SELECT count(*) FROM events WHERE type = 'case.updated'").fetchone()
    assert updates[0] == 1
    assert verify(ws).ok


def test_files_filed_with_a_report_become_evidence_of_its_case(ws: Workspace, tmp_path: Path):
    shot = tmp_path / "chup-man-hinh.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(200)))
    filed = reports.file_report(ws, _report(), files=[shot])
    detail = _detail(ws, filed.case_id)
    assert [(e.name, e.report_id, e.mime) for e in detail.evidence] == [("chup-man-hinh.png", filed.report_id,
                                                                         "image/png")]
    assert ws.blobs.path_for(detail.evidence[0].sha256).read_bytes() == shot.read_bytes()
    # The same file with a second report about the same post: the case keeps it once.
    again = reports.file_report(ws, _report("Một người khác cũng báo"), files=[shot])
    assert again.attached and len(_detail(ws, filed.case_id).evidence) == 1
    assert verify(ws).ok


@pytest.mark.parametrize("bad", ["missing.pdf", "empty.png", "a-folder"])
def test_a_file_that_cannot_be_kept_files_nothing(ws: Workspace, tmp_path: Path, bad: str):
    good = tmp_path / "bang-chung.txt"
    good.write_text("nội dung", encoding="utf-8")
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "a-folder").mkdir()
    with pytest.raises(UserError, match=bad):
        reports.file_report(ws, _report(), files=[good, tmp_path / bad])
    assert (_count(ws, "reports"), _count(ws, "cases"), _count(ws, "evidence")) == (0, 0, 0)
    assert _blobs(ws) == []


def test_a_refused_report_takes_its_copied_files_back_out(ws: Workspace, tmp_path: Path):
    good = tmp_path / "bang-chung.txt"
    good.write_text("nội dung", encoding="utf-8")
    with pytest.raises(UserError, match="web address"):
        reports.file_report(ws, reports.ReportInput("Khoa Pug", Platform.TIKTOK, Category.FRAUD,
                                                    url="javascript:alert(1)"), files=[good])
    staged = evidence.stage_files(ws, [good])
    with pytest.raises(UserError, match="web address"):
        reports.file_report_staged(ws, reports.ReportInput("Khoa Pug", Platform.TIKTOK, Category.FRAUD,
                                                           url="javascript:alert(1)"), staged)
    assert _count(ws, "reports") == 0 and _blobs(ws) == []


def test_text_typed_decomposed_is_stored_composed(ws: Workspace):
    name = unicodedata.normalize("NFD", "Đen Vâu")
    description = unicodedata.normalize("NFD", "Quảng cáo thực phẩm chức năng")
    assert name != "Đen Vâu"
    filed = reports.file_report(ws, _report(description, name=name))
    detail = _detail(ws, filed.case_id)
    assert detail.case.influencer == "Đen Vâu"
    assert detail.reports[0].description == "Quảng cáo thực phẩm chức năng"
    with ws.db.read() as conn:
        payloads = [r[0] for r in raw_connection(conn).execute("SELECT payload FROM events")]
    assert all(unicodedata.is_normalized("NFC", p) for p in payloads)
    # The same person typed composed is the same influencer, and finds the same open case.
    again = reports.file_report(ws, _report("Một báo cáo khác", name="Đen Vâu"))
    assert again.attached and again.case_id == filed.case_id
    assert verify(ws).ok
