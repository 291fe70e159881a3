"""The minutes of a meeting: attendance, quorum, each present member's vote (or "not voted"), the
decision and its follow-ups, signed by the chair and the secretary, in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Outcome
from moderator_app.services import meetings as svc
from moderator_app.services.minutes import minutes_document
from moderator_app.services.workspace import Workspace

from .letter_helpers import flat, pdf_pages
from .meeting_helpers import add_member, ready_case


@pytest.fixture
def meeting(ws: Workspace) -> tuple[Workspace, str, str]:
    add_member(ws, "Trần Thu Hà", "secretary")
    add_member(ws, "Lê Quốc Bảo", "reviewer")
    add_member(ws, "Phạm Ngọc Anh", "member")
    ref = ready_case(ws, "Đen Vâu", 1, scheduled=True)
    meeting = svc.create_meeting(ws, "Phiên họp số 007/2026", date(2026, 11, 20), "Phòng họp Hiệp hội",
                                 secretary="Trần Thu Hà")
    svc.add_to_agenda(ws, meeting, ref, recommendation="Đề nghị cảnh cáo")
    for name, status in (("Nguyễn Văn Chủ Tịch", "present"), ("Trần Thu Hà", "present"), ("Lê Quốc Bảo", "present"),
                         ("Phạm Ngọc Anh", "excused")):
        svc.set_attendance(ws, meeting, name, status)
    from moderator_app.store import meeting_queries as mq
    from moderator_app.store.database import raw_connection

    with ws.db.read() as conn:
        item = mq.meeting_detail(raw_connection(conn), meeting).agenda[0].id
    svc.cast_vote(ws, item, "Nguyễn Văn Chủ Tịch", "for")
    svc.cast_vote(ws, item, "Trần Thu Hà", "against")
    svc.record_decision(ws, meeting, ref, Outcome.WARNING_AMEND, "Không gắn nhãn quảng cáo",
                        follow_ups=[svc.FollowUpInput("Gửi văn bản cảnh cáo", None, date(2026, 11, 27))])
    return ws, meeting, ref


def test_the_minutes_hold_the_record(meeting) -> None:
    ws, meeting_id, ref = meeting
    vi = minutes_document(ws, meeting_id, "vi")
    text = flat(vi.markdown)
    assert vi.title == "BIÊN BẢN HỌP" and vi.subject == "Phiên họp số 007/2026"
    assert "Phòng họp Hiệp hội" in text and "Trần Thu Hà" in text
    assert "Vắng có phép** (1): Phạm Ngọc Anh" in text
    assert "Có mặt 3/" in text and "đủ túc số" in text
    assert f"Hồ sơ {ref}" in text and "Đề nghị cảnh cáo" in text
    assert "Tán thành: Nguyễn Văn Chủ Tịch" in text and "Không tán thành: Trần Thu Hà" in text
    assert "Chưa biểu quyết: Lê Quốc Bảo" in text  # a present member who did not vote is named
    assert Outcome.WARNING_AMEND.label("vi") in text and "Gửi văn bản cảnh cáo" in text and "27/11/2026" in text
    assert vi.meta.second_signer == ("THƯ KÝ", "Trần Thu Hà") and vi.meta.signer_title == "CHỦ TRÌ"
    assert "Dự thảo" in text  # not finalized yet
    en = flat(minutes_document(ws, meeting_id, "en").markdown)
    assert "For: Nguyễn Văn Chủ Tịch" in en and "No vote: Lê Quốc Bảo" in en and "Excused" in en


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_command_line_writes_the_minutes_to_sign(meeting, tmp_path: Path, lang: str) -> None:
    import io

    from moderator_app.cli import build_parser, run
    from moderator_app.cli.common import Output

    ws, meeting_id, ref = meeting
    svc.finalize(ws, meeting_id)
    ws.close()
    target = tmp_path / f"minutes-{lang}.pdf"
    args = build_parser().parse_args(["--data-dir", str(ws.root), "--lang", lang, "meeting", "minutes", meeting_id,
                                      "-o", str(target)])
    assert run(args, Output(stdout=io.StringIO(), stderr=io.StringIO())) == 0
    whole = flat(" ".join(pdf_pages(target)))
    if lang == "vi":
        for words in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN TỰ GIÁM SÁT", "BIÊN BẢN HỌP",
                      "Hà Nội, ngày 20 tháng 11", "THƯ KÝ", "CHỦ TRÌ", "Trần Thu Hà", ref):
            assert words in whole, words
        assert "Dự thảo" not in whole
    else:
        for words in ("SOCIALIST REPUBLIC OF VIETNAM", "MINUTES OF THE MEETING", "SECRETARY", "CHAIR", ref):
            assert words in whole, words


def test_a_finalized_meetings_minutes_take_one_number_of_the_register(meeting, qapp, tmp_path: Path) -> None:
    from moderator_app.services import documents
    from moderator_app.services.minutes import issue_minutes
    from moderator_app.ui.minutes_pdf import render_minutes_pdf

    ws, meeting_id, _ref = meeting
    draft = minutes_document(ws, meeting_id, "vi")
    issue_minutes(ws, draft, render_minutes_pdf(draft)[0], tmp_path / "du-thao.pdf")
    assert not [e for e in documents.register(ws) if e.kind == "minutes"]  # a draft is not registered
    svc.finalize(ws, meeting_id)
    for name in ("bien-ban.pdf", "bien-ban-in-lai.pdf"):
        final = minutes_document(ws, meeting_id, "vi")
        assert final.meta.number_line() == "Số: 1/BB-BTGS"
        issue_minutes(ws, final, render_minutes_pdf(final)[0], tmp_path / name)
    entries = [e for e in documents.register(ws) if e.kind == "minutes"]
    assert [(e.number, e.recipient, e.file) for e in entries] == [
        ("1/BB-BTGS", "Phiên họp số 007/2026", "bien-ban.pdf")]
    assert "Số: 1/BB-BTGS" in flat(" ".join(pdf_pages(tmp_path / "bien-ban-in-lai.pdf")))
