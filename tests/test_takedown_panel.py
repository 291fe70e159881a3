"""The takedown requests in the window: the dialogs that record them, the case's tab, the window of
every request, and the request recorded after a takedown letter."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.sla import DAY_MS, HOUR_MS
from moderator_app.services import letters, reports
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries
from moderator_app.store import takedown_queries as tq
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import find_case_id
from moderator_app.ui.case_detail import CaseDetailWindow
from moderator_app.ui.case_takedowns import TakedownsPanel, TakedownsWindow
from moderator_app.ui.detail_common import WARNING
from moderator_app.ui.takedown_dialogs import AnswerDialog, RecheckDialog, RequestDialog

from .conftest import DATA
from .stats_fixtures import FAKE_PDF, SimClock, at
from .test_translations import vietnamese  # noqa: F401 - a fixture

URL = "https://www.tiktok.com/@denvau/video/1"
SCREENSHOT = DATA / "evidence" / "livestream-screenshot.png"


@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalogue, as the application installs it."""
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    yield


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[tuple[Workspace, SimClock]]:
    """A workspace whose events and "now" follow a simulated clock."""
    ws = Workspace.open(tmp_path / "ws", member_name="Thư ký Bình")
    clock = SimClock(ws)
    clock.set(2026, 12, 1, 8)
    yield ws, clock
    ws.close()


def _case(ws: Workspace, platform: Platform = Platform.TIKTOK, url: str = URL, name: str = "Đen Vâu") -> str:
    ref = reports.file_report(ws, reports.ReportInput(name, platform, Category.FRAUD, url=url,
                                                      description="Quảng cáo lừa đảo")).ref
    with ws.db.read() as conn:
        case_id = find_case_id(raw_connection(conn), ref)
    assert case_id is not None
    return case_id


def _window(qtbot, ws: Workspace, case_id: str) -> CaseDetailWindow:
    window = CaseDetailWindow(ws, "en", case_id)
    qtbot.addWidget(window)
    window.show()
    return window


def _tab_titles(window: CaseDetailWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _cell(panel: TakedownsPanel, row: int, title: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    column = [c.title for c in panel.model.columns].index(title)
    return panel.model.data(panel.model.index(row, column), role)


def _accepting(fill: Callable[[Any], None]) -> Callable[[QDialog], bool]:
    """A stand-in for ``QDialog.exec``: fill the dialog in as a person would, then press OK."""

    def run(dialog: QDialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    return run


def test_a_request_filled_in_the_dialog_is_recorded_and_shown_on_the_case(qtbot, qtmodeltester, clocked):
    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 5, 10)
    window = _window(qtbot, ws, case_id)
    panel = window.takedowns_panel
    assert "Takedowns" in _tab_titles(window) and panel.empty.isVisibleTo(panel)

    dialog = RequestDialog(ws, "en", case_id)
    qtbot.addWidget(dialog)
    # Filled in from the case: its platform, its reports' addresses there, e-mail without a letter, now.
    assert dialog.platform.currentData() == "tiktok" and dialog.urls() == [URL]
    assert dialog.letter.count() == 1 and dialog.letter.currentData() == service.NO_LETTER
    assert dialog.via.currentData() == "email" and dialog.sent_at.ms() == at(2026, 12, 5, 10)
    # Sent yesterday at 23:30, Vietnam time, through the platform's form, about two videos.
    dialog.sent_at.set_ms(at(2026, 12, 4, 23, 30))
    assert dialog.sent_at.text() == "04/12/2026 23:30"
    assert dialog.deadline_label.text().startswith("06/12/2026 23:30: 48 hours after sending")
    dialog.via.setCurrentIndex(dialog.via.findData("form"))
    dialog.set_urls([URL, "tiktok.com/@denvau/video/2"])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.view is not None

    [made] = service.list_takedowns(ws)
    assert made.id == dialog.view.id and made.via == "form" and made.letter_id is None
    assert made.sent_at == at(2026, 12, 4, 23, 30) and made.due_at == at(2026, 12, 6, 23, 30)
    assert made.urls == (URL, "https://tiktok.com/@denvau/video/2")
    # The case window follows the event: the tab counts it, the row says what it is.
    qtbot.waitUntil(lambda: "Takedowns (1)" in _tab_titles(window))
    qtmodeltester.check(panel.model)
    assert _cell(panel, 0, "Platform") == "TikTok"
    assert _cell(panel, 0, "Sent") == "04/12/2026 23:30"
    assert _cell(panel, 0, "Sent", Qt.ItemDataRole.ToolTipRole) == "04/12/2026 23:30 · The platform's reporting form"
    assert _cell(panel, 0, "Deadline") == "06/12/2026 23:30"
    assert _cell(panel, 0, "Deadline", Qt.ItemDataRole.ToolTipRole) == "48 hours after sending"
    assert _cell(panel, 0, "State") == "Awaiting an answer"
    assert "tiktok.com/@denvau/video/2" in panel.details.toPlainText()


def test_an_overdue_request_stands_out_and_its_answer_is_recorded(qtbot, clocked):
    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 5, 10)
    service.request(ws, case_id, Platform.TIKTOK, at=at(2026, 12, 1, 9))  # due on the 3rd at 09:00
    window = _window(qtbot, ws, case_id)
    panel = window.takedowns_panel
    assert _cell(panel, 0, "State") == "Overdue"
    assert _cell(panel, 0, "State", Qt.ItemDataRole.ForegroundRole).name() == WARNING
    assert _cell(panel, 0, "State", Qt.ItemDataRole.FontRole).bold()
    assert "Overdue: 1" in panel.counts.text()

    def fill(dialog: AnswerDialog) -> None:
        dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("refused"))
        assert not dialog.ok_button.isEnabled()  # a refusal needs its reason
        assert "Required for a refusal" in dialog.reason_hint.text()
        dialog.reason.setPlainText("Không vi phạm tiêu chuẩn cộng đồng")
        assert dialog.ok_button.isEnabled()
        dialog.answered_at.set_ms(at(2026, 12, 4, 10))

    panel.run_dialog = _accepting(fill)
    panel.table.selectRow(0)
    panel.record_answer()
    view = service.list_takedowns(ws)[0]
    assert view.result == "refused" and view.reason == "Không vi phạm tiêu chuẩn cộng đồng" and view.late
    assert not view.overdue and view.hours_to_answer == 73.0
    assert _cell(panel, 0, "State") == "Refused · answered late (73 h)"
    assert _cell(panel, 0, "State", Qt.ItemDataRole.FontRole) is None
    assert "Overdue" not in panel.counts.text()
    assert "Không vi phạm tiêu chuẩn cộng đồng" in panel.details.toPlainText()


def test_a_recheck_with_a_screenshot_attaches_it_to_the_case(qtbot, clocked, tmp_path: Path):
    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 2, 9)
    request = service.request(ws, case_id, Platform.TIKTOK, at=at(2026, 12, 1, 22))
    service.answer(ws, request.id, "removed", at=at(2026, 12, 2, 8))
    clock.set(2026, 12, 9, 9)  # 7 days after the removal: a re-check is due
    window = _window(qtbot, ws, case_id)
    panel = window.takedowns_panel
    assert _cell(panel, 0, "Re-checks") == "re-check due (7 days)"
    shot = tmp_path / "kiem-tra-lai.png"
    shutil.copy(SCREENSHOT, shot)

    def fill(dialog: RecheckDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # still up or not: to be said first
        dialog.gone.setChecked(True)
        dialog.ask_file = lambda: shot
        dialog._choose()
        assert dialog.screenshot_path() == shot

    panel.run_dialog = _accepting(fill)
    panel.recheck()
    [check] = service.get(ws, request.id).rechecks
    assert not check.still_up and check.at == at(2026, 12, 9, 9) and check.evidence_id is not None
    with ws.db.read() as conn:
        kept = evidence_queries.case_evidence(raw_connection(conn), case_id)
    assert [e.id for e in kept] == [check.evidence_id] and kept[0].url == URL
    qtbot.waitUntil(lambda: "Evidence (1)" in _tab_titles(window))
    assert _cell(panel, 0, "Re-checks") == "09/12/2026: content gone"
    assert panel.rechecks_model.rowCount() == 1
    assert panel.rechecks_model.data(panel.rechecks_model.index(0, 2)) == "kiem-tra-lai.png"
    # The screenshot opens in the evidence viewer, through the case window.
    with qtbot.waitSignal(window.evidenceRequested) as opened:
        panel.open_evidence()
    assert opened.args == [case_id, check.evidence_id]


def test_a_time_in_the_future_is_refused_and_changes_nothing(qtbot, clocked):
    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 5, 10)
    dialog = RequestDialog(ws, "en", case_id)
    qtbot.addWidget(dialog)
    dialog.sent_at.set_ms(at(2026, 12, 6, 10))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.view is None
    assert dialog.error.isVisibleTo(dialog) and "is in the future" in dialog.error.text()
    assert service.list_takedowns(ws) == []
    # Nor is an answer from tomorrow recorded.
    made = service.request(ws, case_id, Platform.TIKTOK)
    answer = AnswerDialog(ws, "en", made)
    qtbot.addWidget(answer)
    answer.answered_at.set_ms(at(2026, 12, 6, 10))
    answer.accept()
    assert answer.result() != QDialog.DialogCode.Accepted and "is in the future" in answer.error.text()
    assert service.get(ws, made.id).result is None


@pytest.mark.usefixtures("vietnamese")
def test_refusals_speak_the_interface_language(qtbot, clocked, tmp_path: Path):
    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 5, 10)
    made = service.request(ws, case_id, Platform.TIKTOK, at=at(2026, 12, 5, 9))
    shot = tmp_path / "anh.png"
    shutil.copy(SCREENSHOT, shot)
    dialog = RecheckDialog(ws, "vi", made)
    qtbot.addWidget(dialog)
    dialog.still_up.setChecked(True)
    dialog.set_screenshot(shot)
    dialog.checked_at.set_ms(at(2026, 12, 4, 9))  # before the request was sent
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "trước khi gửi đề nghị gỡ nội dung" in dialog.error.text()
    assert not service.get(ws, made.id).rechecks
    with ws.db.read() as conn:
        assert evidence_queries.case_evidence(raw_connection(conn), case_id) == []  # no screenshot kept


def test_the_window_of_every_request_filters_by_platform_and_overdue(qtbot, qtmodeltester, clocked):
    ws, clock = clocked
    first = _case(ws)
    second = _case(ws, Platform.FACEBOOK, "https://facebook.com/hoaminzy/posts/1", name="Hòa Minzy")
    clock.set(2026, 12, 5, 10)
    late = service.request(ws, first, Platform.TIKTOK, at=at(2026, 12, 1, 9))
    waiting = service.request(ws, second, Platform.FACEBOOK, at=at(2026, 12, 5, 9))
    answered = service.request(ws, first, Platform.TIKTOK, at=at(2026, 12, 2, 9))
    service.answer(ws, answered.id, "removed", at=at(2026, 12, 2, 20))
    window = TakedownsWindow(ws, "en")
    qtbot.addWidget(window)
    window.show()
    panel = window.panel
    qtmodeltester.check(panel.model)
    assert [v.id for v in panel.model.rows] == [waiting.id, answered.id, late.id]  # the latest sent first
    assert _cell(panel, 0, "Case") == waiting.ref and _cell(panel, 1, "State") == "Removed (11 h)"
    assert panel.counts.text() == "Overdue: 1"
    panel.platform_filter.setCurrentIndex(panel.platform_filter.findData("facebook"))
    assert [v.id for v in panel.model.rows] == [waiting.id]
    window.show_only("overdue")
    assert panel.model.rows == [] and panel.empty.isVisibleTo(panel)
    panel.platform_filter.setCurrentIndex(0)  # every platform
    assert [v.id for v in panel.model.rows] == [late.id]
    assert not panel.new_button.isVisibleTo(panel)  # a request is made from its case
    with qtbot.waitSignal(window.caseRequested) as opened:
        panel.open_case()
    assert opened.args == [first]
    window.show_only(None)
    assert len(panel.model.rows) == 3
    with pytest.raises(ValueError):
        window.show_only("urgent")
    # A request recorded elsewhere appears.
    service.request(ws, second, Platform.FACEBOOK)
    qtbot.waitUntil(lambda: len(panel.model.rows) == 4)
    window.close()


def test_a_member_may_recheck_but_not_request_or_answer(qtbot, clocked, monkeypatch):
    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 5, 10)
    service.request(ws, case_id, Platform.TIKTOK)
    monkeypatch.setattr(ws, "role", lambda: Role.MEMBER)
    window = _window(qtbot, ws, case_id)
    panel = window.takedowns_panel
    assert not panel.new_button.isEnabled() and not panel.answer_button.isEnabled()
    assert panel.new_button.toolTip().endswith("your role is Member.")
    assert "the chair, the secretary or a reviewer" in panel.answer_button.toolTip()
    assert panel.recheck_button.isEnabled() and panel.recheck_button.toolTip() == ""
    assert not window.takedown_action.isEnabled()
    monkeypatch.setattr(ws, "role", lambda: Role.OBSERVER)
    panel.reload()
    assert not panel.recheck_button.isEnabled() and "observers" in panel.recheck_button.toolTip()


def test_a_takedown_letter_offers_to_record_the_request_it_goes_with(qtbot, clocked, tmp_path: Path):
    from moderator_app.ui.letters import hooks
    from moderator_app.ui.letters.dialog import LetterDialog

    ws, clock = clocked
    case_id = _case(ws)
    clock.set(2026, 12, 5, 10)
    with ws.db.read() as conn:
        ref = raw_connection(conn).execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    letter = LetterDialog(ws, "en", ref, LetterKind.COMPLAINT)
    qtbot.addWidget(letter)
    assert letter.record_request.isHidden()  # a notice of complaint goes to the influencer
    letter.kind_combo.setCurrentIndex(letter.kind_combo.findData("takedown"))
    letter.reload()
    assert not letter.record_request.isHidden() and not letter.record_request.isChecked()
    letter.record_request.setChecked(True)
    letter.ask_path = lambda suggested: tmp_path / suggested
    with qtbot.waitSignal(letter.takedownSent) as sent:
        assert letter.save()
    assert letter.sent is not None and sent.args == [case_id, letter.sent.id]

    # The main window and the case window open the request dialog with the letter chosen.
    host = QMainWindow()
    qtbot.addWidget(host)
    hooks.record_takedown(host, ws, "en", case_id, letter.sent.id)
    [dialog] = host.findChildren(RequestDialog)
    assert dialog.isVisible() and dialog.letter.currentData() == letter.sent.id
    assert dialog.platform.currentData() == "tiktok" and dialog.via.currentData() == "letter"
    assert dialog.letter.currentText().startswith("1/CV-")
    clock.now += HOUR_MS
    dialog.accept()
    [made] = service.list_takedowns(ws)
    assert made.letter_id == letter.sent.id and made.via == "letter"
    # The case's tab names the letter and opens its PDF in the evidence viewer.
    window = _window(qtbot, ws, case_id)
    panel = window.takedowns_panel
    assert _cell(panel, 0, "Letter").startswith("1/CV-")
    assert panel.letter_button.isEnabled()
    with qtbot.waitSignal(panel.evidenceRequested) as opened:
        panel.open_letter()
    assert opened.args == [case_id, letter.sent.evidence_id]
    # Another takedown letter waits to be linked; choosing no letter records none, and it still waits.
    other = letters.prepare_letter(ws, LetterKind.TAKEDOWN, ref, "vi")
    waiting = letters.send_letter(ws, other, FAKE_PDF, tmp_path / "de-nghi-2.pdf")
    again = RequestDialog(ws, "en", case_id)
    qtbot.addWidget(again)
    assert again.letter.currentData() == waiting.id and again.via.currentData() == "letter"
    again.letter.setCurrentIndex(again.letter.findData(service.NO_LETTER))
    again.via.setCurrentIndex(again.via.findData("email"))
    clock.now += DAY_MS
    again.accept()
    latest = service.list_takedowns(ws)[0]
    assert latest.letter_id is None and latest.via == "email"
    with ws.db.read() as conn:
        assert [lid for lid, _at, _p in tq.takedown_letters(raw_connection(conn), case_id)] == [waiting.id]


def test_a_request_asked_for_again_says_so_and_leaves_the_chase(qtbot, clocked):
    ws, clock = clocked
    case_id = _case(ws)
    with ws.db.read() as conn:
        ref = raw_connection(conn).execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    clock.set(2026, 12, 2, 9)
    first = service.request(ws, ref, Platform.TIKTOK, at=at(2026, 12, 1, 22))
    service.answer(ws, first.id, "removed", at=at(2026, 12, 2, 8))
    clock.set(2026, 12, 10, 9)
    service.recheck(ws, first.id, still_up=True)
    window = _window(qtbot, ws, case_id)
    panel = window.takedowns_panel
    assert _cell(panel, 0, "State") == "Removed (10 h)" and _cell(panel, 0, "Re-checks").endswith("content back online")
    clock.set(2026, 12, 10, 11)
    again = service.request(ws, ref, Platform.TIKTOK, via="letter")
    qtbot.waitUntil(lambda: len(panel.model.rows) == 2)
    assert [v.id for v in panel.model.rows] == [again.id, first.id]
    assert _cell(panel, 1, "State") == "Removed (10 h) · asked again"
    assert "asked for again by a later request" in str(_cell(panel, 1, "State", Qt.ItemDataRole.ToolTipRole))
    assert not str(_cell(panel, 1, "Re-checks")).endswith("content back online")


def test_the_printed_case_file_records_every_request_answer_and_recheck(qtbot, clocked):
    """The case file is the committee's record on paper: each request sent (when, how), its
    deadline, the platform's answer with its reason, whether it was late or asked again, and every
    re-check."""
    ws, clock = clocked
    case_id = _case(ws)
    with ws.db.read() as conn:
        ref = raw_connection(conn).execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    clock.set(2026, 12, 6, 9)
    first = service.request(ws, ref, Platform.TIKTOK, via="form", at=at(2026, 12, 1, 9))
    service.answer(ws, first.id, "refused", "Không vi phạm tiêu chuẩn cộng đồng", at=at(2026, 12, 4, 10))
    second = service.request(ws, ref, Platform.TIKTOK, via="letter", at=at(2026, 12, 5, 9))
    service.answer(ws, second.id, "removed", at=at(2026, 12, 5, 20))
    clock.set(2026, 12, 6, 10)
    service.recheck(ws, second.id, still_up=False)
    html = _window(qtbot, ws, case_id).case_file_html()
    section = html[html.index("Takedown requests (2)"):html.index("Deadlines</h2>")]
    assert section.index("05/12/2026 09:00") < section.index("01/12/2026 09:00")  # the latest first
    assert "Official letter" in section and "The platform&#x27;s reporting form" in section
    assert "Refused · 04/12/2026 10:00 (answered late, asked again, 73 h)<br>Không vi phạm tiêu chuẩn" in section
    assert "Removed · 05/12/2026 20:00 (11 h)" in section
    assert "06/12/2026 10:00: content gone" in section and URL in section
