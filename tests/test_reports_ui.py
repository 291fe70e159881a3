"""The Reports menu of the main window, the publish dialog, and the public summary in the meetings
window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Outcome
from moderator_app.services import meetings as svc
from moderator_app.services import public_register
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.meetings.window import MeetingsWindow, select_agenda_row
from moderator_app.ui.public_register_dialog import PublishDialog
from moderator_app.ui.statistics.window import StatisticsWindow

from .meeting_helpers import ready_case


def _decided(ws: Workspace, outcome: Outcome = Outcome.NAMED_NONCOMPLIANT, published: bool = False) -> tuple[str, str]:
    ref = ready_case(ws, "Đen Vâu", 1)
    meeting = svc.create_meeting(ws, "Phiên họp 001", local_date(ws.clock.wall()))  # the committee's today
    svc.add_to_agenda(ws, meeting, ref)
    decision = svc.record_decision(ws, meeting, ref, outcome, "Lý do nội bộ", published=published)
    return meeting, decision


def test_the_main_window_has_a_reports_menu(qtbot, ws: Workspace):
    window = MainWindow(ws, "en")
    qtbot.addWidget(window)
    menus = {m.title().replace("&", ""): m for m in window.menuBar().findChildren(QMenu)}
    actions = [a.text().replace("&", "") for a in menus["Reports"].actions()]
    assert actions == ["Statistics…", "Write a letter…", "Publish the public register…"]
    menus["Reports"].actions()[0].trigger()
    stats = window.findChildren(StatisticsWindow)
    assert len(stats) == 1 and stats[0].isVisible()
    qtbot.waitUntil(lambda: stats[0].stats is not None, timeout=10_000)
    menus["Reports"].actions()[0].trigger()  # raised again, not opened twice
    assert len(window.findChildren(StatisticsWindow)) == 1
    stats[0].close()


def test_the_publish_dialog_says_what_will_be_listed_and_publishes(qtbot, ws: Workspace, tmp_path: Path):
    _meeting, decision = _decided(ws)
    dialog = PublishDialog(ws, "en")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "0 published decision(s)" in text and "1 decision(s) naming an influencer" in text
    svc.set_published(ws, decision, True)
    dialog.update_summary()
    assert "1 published decision(s) in force; 1 influencer(s)" in dialog.summary.text()
    dialog.ask_folder = lambda: tmp_path / "site"
    assert dialog.publish() is True
    assert dialog.publication is not None and (tmp_path / "site" / "index.html").is_file()
    again = PublishDialog(ws, "en")
    qtbot.addWidget(again)
    assert "Last published" in again.summary.text()
    assert public_register.last_publication(ws) is not None


def test_the_public_summary_is_edited_in_the_meetings_window_even_after_finalization(qtbot, ws: Workspace):
    meeting, decision = _decided(ws, Outcome.WARNING_AMEND)
    svc.finalize(ws, meeting)
    window = MeetingsWindow(ws, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None)
    select_agenda_row(window, 0)
    assert window.public_summary.text() == "" and window.public_summary.isEnabled()
    window.public_summary.setText("Đen Vâu được yêu cầu gỡ bài.")
    window.public_summary.editingFinished.emit()
    with ws.db.read() as conn:
        d = mq.get_decision(raw_connection(conn), decision)
    assert d is not None and d.public_summary == "Đen Vâu được yêu cầu gỡ bài."
