"""The meeting's decision panel as a person uses it: votes by keyboard, a warning for members who
have not voted, follow-up fields wide enough to type in, buttons in sight."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from moderator_app.services import meetings as svc
from moderator_app.services.workspace import Workspace
from moderator_app.ui.meetings.window import MeetingsWindow, select_agenda_row

from .meeting_helpers import add_member, ready_case


@pytest.fixture
def window(qtbot, ws: Workspace):
    add_member(ws, "Trần Thu Hà", "secretary")
    add_member(ws, "Lê Quốc Bảo", "reviewer")
    ref = ready_case(ws, "Đen Vâu", 1, scheduled=True)
    meeting = svc.create_meeting(ws, "Phiên họp 01", date.today())
    svc.add_to_agenda(ws, meeting, ref)
    for name in ("Nguyễn Văn Chủ Tịch", "Trần Thu Hà", "Lê Quốc Bảo"):
        svc.set_attendance(ws, meeting, name, "present")
    w = MeetingsWindow(ws, "en")
    qtbot.addWidget(w)
    w.resize(1366, 700)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    select_agenda_row(w, 0)
    qtbot.waitUntil(lambda: w.votes_model.rowCount() == 3, timeout=3000)
    yield w
    w.close()


def _choices(w: MeetingsWindow) -> list[str]:
    return [r[2] for r in w.votes_model.rows]


def test_votes_by_keyboard_move_down_the_members(qtbot, window: MeetingsWindow) -> None:
    table = window.votes_table
    table.setFocus()
    table.setCurrentIndex(window.votes_model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: _choices(window)[0] == "for", timeout=3000)
    assert QApplication.focusWidget() is table
    assert table.currentIndex().row() == 1  # the next member is chosen
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: _choices(window)[1] == "against", timeout=3000)
    table.setCurrentIndex(window.votes_model.index(2, 1))
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: _choices(window) == ["for", "against", "recused"], timeout=3000)
    # The arrows move between members without changing a vote.
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentIndex().row() == 1 and _choices(window) == ["for", "against", "recused"]


def test_a_decision_with_members_not_voted_asks_first(qtbot, window: MeetingsWindow) -> None:
    window.votes_model.setData(window.votes_model.index(0, 1), "for")
    qtbot.waitUntil(lambda: _choices(window)[0] == "for", timeout=3000)
    silent = [r[1] for r in window.votes_model.rows[1:]]
    window.rationale.setPlainText("Quảng cáo không gắn nhãn")
    asked: list[list[str]] = []
    window.confirm_unvoted = lambda names: asked.append(names) or False
    window.record_decision()
    assert asked == [silent] and len(silent) == 2
    assert window.current_item().decision is None  # type: ignore[union-attr]
    window.confirm_unvoted = lambda names: True
    window.record_decision()
    qtbot.waitUntil(lambda: window.current_item().decision is not None, timeout=3000)  # type: ignore[union-attr]


def test_follow_up_fields_have_room_and_the_buttons_stay_in_sight(qtbot, window: MeetingsWindow) -> None:
    qtbot.wait(50)
    assert window.fu_action.width() >= 240
    assert window.fu_owner.width() >= window.fu_owner.fontMetrics().horizontalAdvance("Nguyễn Văn Chủ")
    button = window.record_button
    assert button.isVisible()
    top_left = button.mapTo(window, button.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + button.height() <= window.height()


def test_one_click_opens_a_vote_and_a_choice_commits_cleanly(qtbot, qtlog, window: MeetingsWindow) -> None:
    from PySide6.QtWidgets import QComboBox

    table = window.votes_table
    index = window.votes_model.index(1, 1)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.viewport().findChild(QComboBox) is not None, timeout=3000)
    combo = table.viewport().findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("abstain"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: _choices(window)[1] == "abstain", timeout=3000)
    qtbot.wait(50)
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_a_decided_case_preview_shows_its_decision(qtbot, window: MeetingsWindow) -> None:
    from moderator_app.store import queries
    from moderator_app.store.database import raw_connection
    from moderator_app.ui.preview import CasePreview

    window.tallies.setChecked(True)
    window.tally_spins["for"].setValue(3)
    window.outcome.setCurrentIndex(window.outcome.findData("reminder"))
    window.rationale.setPlainText("Lần đầu vi phạm, đã gỡ bài")
    window.record_decision()
    item = window.current_item()
    assert item is not None and item.decision is not None
    with window.ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), item.case_id)
    preview = CasePreview(window.ws, "en")
    qtbot.addWidget(preview)
    text = preview.render(detail)
    assert "Decision" in text and "Lần đầu vi phạm, đã gỡ bài" in text and "3 for" in text


def test_scrolling_past_the_outcome_never_changes_it(qtbot, window: MeetingsWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    before = window.outcome.currentIndex()
    window.votes_table.setFocus()
    centre = QPointF(window.outcome.rect().center())
    wheel = QWheelEvent(centre, QPointF(window.outcome.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.outcome, wheel)
    assert window.outcome.currentIndex() == before
    window.outcome.setFocus()
    QApplication.sendEvent(window.outcome, wheel)
    assert window.outcome.currentIndex() != before  # once chosen (focused), the wheel works as usual


def test_the_window_asks_why_the_reply_is_skipped(qtbot, window: MeetingsWindow, monkeypatch) -> None:
    ws = window.ws
    with monkeypatch.context() as m:  # scheduled without the reply, as an older version allowed
        m.setattr(svc, "check_right_of_reply", lambda *args, **kwargs: None)
        ref = ready_case(ws, "Khánh Vy", 9, asked=False, scheduled=True)
    window.reload()
    case_id = next(row[0] for row in window.ready_model.rows if row[1] == ref)
    window._drop_cases([case_id], 0)
    select_agenda_row(window, next(n for n, i in enumerate(window.agenda_model.items) if i.ref == ref))
    window.tallies.setChecked(True)
    window.tally_spins["for"].setValue(3)
    window.outcome.setCurrentIndex(window.outcome.findData("reminder"))
    window.rationale.setPlainText("Nhắc nhở lần đầu")
    asked: list[str] = []
    window.ask_skip_reply_reason = lambda refusal: asked.append(refusal) or None
    window.record_decision()
    assert asked and "Awaiting reply" in asked[0]
    assert window.current_item().decision is None  # type: ignore[union-attr]
    window.ask_skip_reply_reason = lambda refusal: "Không liên lạc được với người có ảnh hưởng"
    window.record_decision()
    qtbot.waitUntil(lambda: window.current_item().decision is not None, timeout=3000)  # type: ignore[union-attr]
