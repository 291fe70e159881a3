"""The meetings window driven as a person would: create, agenda, attendance, votes, decide,
finalize, amend, appeal, export; models checked by the model tester; pictures in both languages."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from moderator_app.domain.enums import Outcome, Status
from moderator_app.services import meetings as svc
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui.meetings import window as window_module
from moderator_app.ui.meetings.models import AGENDA_ITEM_MIME, CASE_IDS_MIME
from moderator_app.ui.meetings.window import MeetingsWindow, select_agenda_row

from .meeting_helpers import add_member, ready_case


@pytest.fixture
def messages(monkeypatch):
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


@pytest.fixture
def committee_ws(ws: Workspace):
    add_member(ws, "Trần Thu Hà", "secretary")
    add_member(ws, "Lê Quốc Bảo", "reviewer")
    add_member(ws, "Hồ Kim Ngân", "observer")
    return ws


def _status(ws: Workspace, ref: str) -> str:
    with ws.db.read() as conn:
        return raw_connection(conn).execute("SELECT status FROM cases WHERE ref = ?", (ref,)).fetchone()[0]


def _accept(monkeypatch, cls, fill) -> None:
    def exec_(self):
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)


def test_the_whole_flow_in_the_window(qtbot, qtmodeltester, committee_ws: Workspace, messages, monkeypatch,
                                      tmp_path: Path):
    ws = committee_ws
    first, second = ready_case(ws, "Đen Vâu", 1, scheduled=True), ready_case(ws, "Khánh Vy", 2, scheduled=True)
    window = MeetingsWindow(ws, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.empty_label.isVisible()

    # Create a meeting through its dialog.
    today = date.today()
    _accept(monkeypatch, window_module.MeetingDialog, lambda d: (
        d.title.setText("Phiên họp số 001"), d.place.setText("https://meet.example/abc"),
        d.date.setDate(d.date.date().addDays(0)), d.secretary.setCurrentIndex(d.secretary.findText("Trần Thu Hà"))))
    window.new_meeting()
    assert window.meeting_id is not None and window.detail is not None
    assert window.detail.meeting.secretary_name == "Trần Thu Hà"
    assert window.ready_model.rowCount() == 2

    # Drag both ready cases onto the agenda, then drag the second above the first.
    mime = window.ready_model.mimeData([window.ready_model.index(1), window.ready_model.index(0)])
    assert window.agenda_model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, QModelIndex()) is False
    assert [i.ref for i in window.agenda_model.items] == [second, first]
    assert _status(ws, first) == Status.SCHEDULED
    move = QMimeData()
    move.setData(AGENDA_ITEM_MIME, window.agenda_model.items[1].id.encode("ascii"))
    window.agenda_model.dropMimeData(move, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [i.ref for i in window.agenda_model.items] == [first, second]
    assert window.ready_model.rowCount() == 0
    for model in (window.meetings_model, window.ready_model, window.agenda_model, window.attendance_model):
        qtmodeltester.check(model)

    # Without quorum a decision is refused with a clear message.
    select_agenda_row(window, 0)
    assert window.current_item().ref == first  # type: ignore[union-attr]
    window.rationale.setPlainText("Không gắn nhãn quảng cáo")
    window.record_decision()
    assert messages and "no quorum" in messages[-1]
    assert "No quorum yet" in window.decision_state.text()

    # Attendance through the table: the quorum indicator goes live.
    model = window.attendance_model
    for row, a in enumerate(model.rows):
        if a.name in ("Nguyễn Văn Chủ Tịch", "Trần Thu Hà"):
            model.setData(model.index(row, model.CHOICE_COLUMN), "present")
    qtbot.waitUntil(lambda: window.quorum is not None and window.quorum.met, timeout=3000)
    assert "✓" in window.quorum_label.text() and "2 of 3 voting members present" in window.quorum_label.text()
    qtmodeltester.check(window.attendance_model)

    # Recommendation, per-member votes with a recusal, follow-up, decision.
    window.rec_outcome.setCurrentIndex(window.rec_outcome.findData("warning_amend"))
    window.rec_text.setPlainText("Đề nghị cảnh cáo")
    window.save_recommendation()
    assert window.outcome.currentData() == "warning_amend"  # the form starts from the recommendation
    votes = window.votes_model
    assert [r[1] for r in votes.rows] == ["Nguyễn Văn Chủ Tịch", "Trần Thu Hà"]
    votes.setData(votes.index(0, 1), "for")
    votes.setData(votes.index(1, 1), "recused")
    qtbot.waitUntil(lambda: [r[2] for r in window.votes_model.rows] == ["for", "recused"], timeout=3000)
    qtmodeltester.check(window.votes_model)
    window.rationale.setPlainText("Không gắn nhãn quảng cáo; đã được nhắc trước đó")
    window.fu_action.setText("Gửi văn bản yêu cầu gỡ bài")
    window.fu_owner.setCurrentIndex(window.fu_owner.findText("Trần Thu Hà"))
    window.add_follow_up()
    qtmodeltester.check(window.follow_model)
    window.record_decision()
    decision = window.current_item().decision  # type: ignore[union-attr]
    assert decision is not None and decision.outcome == "warning_amend"
    assert (decision.votes_for, decision.votes_recused, decision.vote_mode) == (1, 1, "members")
    assert decision.follow_ups[0].owner_name == "Trần Thu Hà"
    assert _status(ws, first) == Status.DECIDED
    assert "Decided on" in window.decision_state.text()

    # Tallies for the second item.
    select_agenda_row(window, 1)
    window.tallies.setChecked(True)
    window.tally_spins["for"].setValue(2)
    window.outcome.setCurrentIndex(window.outcome.findData("reminder"))
    window.rationale.setPlainText("Lần đầu vi phạm")
    window.record_decision()
    assert window.current_item().decision.vote_mode == "tally"  # type: ignore[union-attr]

    # Minutes and the generated summary.
    window.copy_summary()
    window.save_minutes()
    assert "Agenda: 2 items, 2 decided." in window.detail.meeting.minutes  # type: ignore[union-attr]

    # Finalize: read-only, amendment instead.
    window.finalize()
    assert window.detail.meeting.finalized  # type: ignore[union-attr]
    select_agenda_row(window, 0)
    assert window.amend_button.isVisibleTo(window) and not window.record_button.isVisibleTo(window)
    assert not window.agenda_model.editable and window.rationale.isReadOnly()
    _accept(monkeypatch, window_module.AmendDialog, lambda d: (
        d.outcome.setCurrentIndex(d.outcome.findData("public_correction")),
        d.rationale.setPlainText("Sửa đổi: cải chính công khai")))
    window.amend()
    item = window.current_item()
    assert item is not None and len(item.decisions) == 2
    assert item.decision.is_amendment and item.decision.outcome == "public_correction"  # type: ignore[union-attr]
    assert "amendment" in window.decision_state.text() and "Earlier version, amended" in window.decision_state.text()

    # Publication may still change after finalization.
    window.published.click()
    assert window.current_item().decision.published  # type: ignore[union-attr]

    # Appeal: back onto the next meeting's agenda.
    nxt = svc.create_meeting(ws, "Phiên họp số 002", today + timedelta(days=14))
    window.reload()
    select_agenda_row(window, 0)
    assert window.appeal_button.isVisibleTo(window)
    _accept(monkeypatch, window_module.AppealDialog, lambda d: d.reason.setPlainText("KOL khiếu nại"))
    window.appeal()
    assert "on the next meeting's agenda" in messages[-1]
    assert _status(ws, first) == Status.SCHEDULED
    with ws.db.read() as conn:
        detail = mq.meeting_detail(raw_connection(conn), nxt)
    assert detail is not None and [i.ref for i in detail.agenda] == [first]

    # Export off the GUI thread.
    out = tmp_path / "meeting.xlsx"
    task = window.export_meeting_to(out)
    assert task is not None
    with qtbot.waitSignal(task.signals.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [str(out)]
    assert load_workbook(out).sheetnames == ["Summary of decisions", "Decisions", "Attendance", "Agenda", "Follow-ups"]
    window.close()


def test_a_recused_member_cannot_vote_and_an_observer_is_not_offered(qtbot, committee_ws, messages):
    ws = committee_ws
    ref = ready_case(ws)
    meeting = svc.create_meeting(ws, "Họp", date.today())
    item = svc.add_to_agenda(ws, meeting, ref)
    for who in ("me", "Trần Thu Hà", "Hồ Kim Ngân"):
        svc.set_attendance(ws, meeting, who, "present")
    svc.recuse(ws, item, "Trần Thu Hà")
    window = MeetingsWindow(ws, "vi")
    qtbot.addWidget(window)
    names = [r[1] for r in window.votes_model.rows]
    assert "Hồ Kim Ngân" not in names  # observers do not vote
    with pytest.raises(Exception, match="recused"):
        svc.cast_vote(ws, item, "Trần Thu Hà", "for")
    row = names.index("Trần Thu Hà")
    assert window.votes_model.data(window.votes_model.index(row, 1)) == "Rút lui (xung đột lợi ích)"


def test_add_to_next_meeting_from_the_main_window(qtbot, ws: Workspace, messages):
    from moderator_app.ui.main_window import MainWindow
    from moderator_app.ui.meetings.queue_hooks import add_to_next_meeting, open_meetings_window

    ref = ready_case(ws)
    main = MainWindow(ws, "en")
    qtbot.addWidget(main)
    titles = [a.text() for a in main.menuBar().actions()]
    assert "&Meetings" in titles
    assert add_to_next_meeting(main, ws, []) is None and "Select one or more cases" in messages[-1]
    with ws.db.read() as conn:
        case_id = queries.find_case_id(raw_connection(conn), ref)
    assert add_to_next_meeting(main, ws, [case_id]) is None and "no upcoming meeting" in messages[-1]
    svc.create_meeting(ws, "Họp tới", date.today() + timedelta(days=3))
    result = add_to_next_meeting(main, ws, [case_id])
    assert result is not None and result.added == (ref,)
    meetings = open_meetings_window(main, ws, "en")
    qtbot.addWidget(meetings)
    assert [i.ref for i in meetings.agenda_model.items] == [ref]
    assert open_meetings_window(main, ws, "en") is meetings


def test_screenshots_in_both_languages(qtbot, committee_ws: Workspace, tmp_path: Path):
    ws = committee_ws
    ref = ready_case(ws, "Đen Vâu", 1)
    other = ready_case(ws, "Khánh Vy", 2)
    meeting = svc.create_meeting(ws, "Phiên họp số 001/2026", date.today(), "Phòng họp A", secretary="Trần Thu Hà")
    svc.add_to_agenda(ws, meeting, ref)
    for who in ("me", "Trần Thu Hà", "Lê Quốc Bảo"):
        svc.set_attendance(ws, meeting, who, "present")
    svc.record_decision(ws, meeting, ref, Outcome.WARNING_AMEND, "Không gắn nhãn", votes={"for": 3})
    assert other
    for lang in ("vi", "en"):
        window = MeetingsWindow(ws, lang)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            shot = tmp_path / f"meetings-{lang}-{tab}.png"
            assert window.grab().save(str(shot)) and shot.stat().st_size > 20_000
        window.close()


def test_case_ids_mime_from_the_ready_list(qtbot, committee_ws: Workspace):
    ref = ready_case(committee_ws, scheduled=True)
    window = MeetingsWindow(committee_ws, "en")
    qtbot.addWidget(window)
    data = window.ready_model.mimeData([window.ready_model.index(0)])
    ids = json.loads(bytes(data.data(CASE_IDS_MIME).data()).decode())
    with committee_ws.db.read() as conn:
        assert ids == [queries.find_case_id(raw_connection(conn), ref)]
