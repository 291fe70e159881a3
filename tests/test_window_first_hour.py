"""The first hour in a window: where the keyboard starts, Esc, Tab order, the palette's reach,
and windows that fit the screen they open on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.ui.case_detail import CaseDetailWindow
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.new_report import NewReportDialog
from moderator_app.ui.palette import CommandPalette, menu_commands
from moderator_app.ui.shortcuts_dialog import shortcut_text
from moderator_app.ui.tab_order import focus_chain, layout_order
from moderator_app.ui.window_size import SHARE, fit_resize


@pytest.fixture
def ws(tmp_path: Path):
    ws = Workspace.open(tmp_path / "ws", member_name="Thư ký")
    for i in range(3):
        reports.file_report(ws, reports.ReportInput(
            influencer=f"Người thứ {i}", platform=Platform.TIKTOK, category=Category.FRAUD,
            description="Bán khoá học làm giàu", url=f"https://www.tiktok.com/@a{i}/video/{i}"))
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, ws: Workspace):
    w = MainWindow(ws, "en", remember_layout=False, sync_rounds=False)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.close()


def test_the_window_opens_with_the_queue_in_hand(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.table
    assert window.search.text() == ""


def test_esc_leaves_the_search_box_for_the_queue(window: MainWindow, qtbot) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search, "tiktok")
    assert QApplication.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    assert window.search.text() == "tiktok"  # what was typed is kept


@pytest.mark.parametrize("key", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                 (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_the_case_window_closes_with_esc_and_ctrl_w(qtbot, window: MainWindow, key) -> None:
    case_id = window.current_case_id()
    assert case_id is not None
    detail = CaseDetailWindow(window.ws, "en", case_id)
    qtbot.addWidget(detail)
    with qtbot.waitActive(detail):
        detail.show()
        detail.activateWindow()
    qtbot.keyClick(detail, key[0], key[1])
    assert not detail.isVisible()


def test_a_comment_being_written_is_not_lost_to_esc(qtbot, window: MainWindow) -> None:
    detail = CaseDetailWindow(window.ws, "en", window.current_case_id())
    qtbot.addWidget(detail)
    with qtbot.waitActive(detail):
        detail.show()
        detail.activateWindow()
    detail.note_edit.setPlainText("Cần xem lại đoạn 02:15")
    asked: list[bool] = []
    detail.confirm_discard_comment = lambda: asked.append(True) or False
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert asked and detail.isVisible()
    assert detail.note_edit.toPlainText() == "Cần xem lại đoạn 02:15"
    detail.confirm_discard_comment = lambda: True
    detail.close()
    assert not detail.isVisible()


def test_new_report_tab_order_follows_the_form(qtbot, ws: Workspace) -> None:
    dialog = NewReportDialog(ws, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    chain = focus_chain(dialog)
    assert chain[:4] == [dialog.influencer, dialog.url, dialog.platform, dialog.handle]
    assert chain == layout_order(dialog)
    # A link typed after Tab from the influencer lands in the link field.
    dialog.influencer.setFocus()
    qtbot.keyClick(dialog.influencer, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.url


def test_every_dialog_follows_its_layout() -> None:
    """A source rule: every dialog is a LaidOutDialog, whose Tab order is set from its layout."""
    import re

    root = Path(__file__).resolve().parent.parent / "moderator_app" / "ui"
    direct = [f"{p.relative_to(root)}: {m}" for p in root.rglob("*.py") if p.name != "tab_order.py"
              for m in re.findall(r"^class (\w+)\(QDialog\)", p.read_text("utf-8"), re.M)]
    assert not direct, f"dialogs that keep Qt's creation order for Tab: {direct}"


def _menu_actions(window: MainWindow) -> list[tuple[str, str]]:
    found = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for act in menu.actions():
            if act.isSeparator() or not act.isVisible():
                continue
            if act.menu() is not None:
                walk(act.menu())
            elif act.isEnabled():
                found.append((act.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip(),
                              shortcut_text(act)))

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_the_palette_reaches_every_menu_action(window: MainWindow, monkeypatch) -> None:
    listed: list[tuple[str, str]] = []

    def capture(self: CommandPalette) -> int:
        listed.extend((c.title, c.shortcut) for c in self.commands)
        return 0

    monkeypatch.setattr(CommandPalette, "exec", capture)
    window.command_palette()
    in_menus = _menu_actions(window)
    assert len(in_menus) > 40
    missing = [a for a in in_menus if a not in listed]
    assert not missing, f"menu actions the palette cannot reach: {missing}"
    titles = {t for t, _ in listed}
    for wanted in ("Meetings", "Statistics", "Backups", "Settings", "Sync settings", "letter"):
        assert any(wanted.lower() in t.lower() for t in titles), wanted


def test_the_palette_shows_shortcuts_in_their_own_column(qtbot, window: MainWindow) -> None:
    palette = CommandPalette(window, menu_commands(window.menuBar(), shortcut_text))
    qtbot.addWidget(palette)
    palette.edit.setText("palette")
    item = palette.list.topLevelItem(0)
    assert palette.list.columnCount() == 2
    assert "palette" in item.text(0).lower()
    assert item.text(1) == "Ctrl+K"


def test_big_windows_fit_a_small_screen(qtbot, window: MainWindow) -> None:
    room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    detail = CaseDetailWindow(window.ws, "en", window.current_case_id())
    qtbot.addWidget(detail)
    assert detail.width() <= max(1240, room.width() * SHARE // 100)
    fit_resize(detail, room.width() * 2, room.height() * 2)
    assert detail.width() <= room.width() * SHARE // 100
    assert detail.height() <= room.height() * SHARE // 100
    fit_resize(detail, 300, 200)
    assert (detail.width(), detail.height()) == (300, 200)


def test_the_font_size_box_offers_only_sizes_it_accepts(qtbot, ws: Workspace) -> None:
    from moderator_app.services import preferences as P
    from moderator_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    box = dialog.font_size
    assert box.value() == box.minimum() and box.text() == "As the system"
    box.stepUp()
    assert box.value() == P.FONT_SIZES.start  # the step after "As the system" is the smallest size
    box.setValue(14)
    dialog.accept()
    assert P.load(ws).font_size == 14
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    assert dialog.font_size.value() == 14
    dialog.font_size.setValue(dialog.font_size.minimum())
    dialog.accept()
    assert P.load(ws).font_size == 0


@pytest.mark.parametrize(("typed", "chosen", "saved"), [
    ("rejected", "CSV files (*.csv)", "rejected.csv"),
    ("rejected", "Excel workbooks (*.xlsx)", "rejected.xlsx"),
    ("rejected.CSV", "CSV files (*.csv)", "rejected.CSV"),
    ("bien-ban.v2", "PDF files (*.pdf)", "bien-ban.v2.pdf"),
    ("anh", "", "anh.png"),
])
def test_a_saved_file_gets_the_extension_of_its_type(typed: str, chosen: str, saved: str) -> None:
    from moderator_app.ui.save_dialog import with_extension

    filters = "PNG image (*.png)" if not chosen else "CSV files (*.csv);;Excel workbooks (*.xlsx);;PDF files (*.pdf)"
    assert with_extension(f"/tmp/{typed}", chosen, filters).name == saved


def test_a_search_that_finds_nothing_says_so_and_offers_all_views(qtbot, window: MainWindow) -> None:
    window.select_view("urgent")
    window.search.setText("Người thứ 1")
    window._search_done()
    qtbot.waitUntil(lambda: window.queue_stack.currentWidget() is window.empty_page, timeout=3000)
    assert "Người thứ 1" in window.empty_text.text() and "Urgent" in window.empty_text.text()
    assert window.empty_all.isVisibleTo(window)
    window.empty_all.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.view_key == "all" and window.search.text() == "Người thứ 1"
    assert window.queue_stack.currentWidget() is window.table


def test_the_queue_as_shown_exports_to_a_workbook(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    window.select_view("all")
    window.search.setText("Người thứ 2")
    window._search_done()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    target = tmp_path / "cases.xlsx"
    task = window.export_cases(target)
    assert task is not None
    qtbot.waitUntil(lambda: target.exists() and "Wrote" in window.statusBar().currentMessage(), timeout=10000)
    sheet = load_workbook(target).worksheets[0]
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("Người thứ 2" in v for v in values)
    assert not any("Người thứ 1" in v for v in values)


def test_the_evidence_tab_attaches_and_opens_only_what_exists(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    detail = CaseDetailWindow(window.ws, "en", window.current_case_id())
    qtbot.addWidget(detail)
    assert detail.attach_evidence_button.isEnabled()
    assert not detail.open_evidence_button.isEnabled()  # nothing to open: the button says so
    picture = tmp_path / "chup-man-hinh.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(picture))
    detail.attacher.attach(detail.case_id, [picture])
    qtbot.waitUntil(lambda: len(detail.evidence_model.rows) == 1, timeout=10000)
    assert detail.open_evidence_button.isEnabled()
    opened: list[str] = []
    detail.evidenceRequested.connect(lambda _case, ev: opened.append(ev))
    detail.open_evidence_button.click()
    assert opened == [detail.evidence_model.rows[0].id]


@pytest.mark.parametrize("width", [1366, 1100])
def test_triage_buttons_show_their_labels_whole(qtbot, window: MainWindow, width: int) -> None:
    window.resize(width, 700)
    qtbot.wait(50)
    buttons = window.preview._buttons
    assert buttons
    cut = [b.text() for b in buttons if b.isVisible() and b.width() < b.sizeHint().width()]
    assert not cut, f"labels cut short at {width} px: {cut}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_pdf_toolbar_fits_beside_the_marks_panel(qapp, lang: str) -> None:
    """At 1366×768 the viewer gives its page about 850 px: the PDF tools fit, with no overflow arrow."""
    from PySide6.QtWidgets import QToolBar

    from moderator_app.ui.evidence.pdf_pane import PdfPane
    from moderator_app.ui.i18n import install_translations, remove_translations

    install_translations(qapp, lang)
    try:
        pane = PdfPane()
        bar = pane.findChild(QToolBar)
        assert bar.sizeHint().width() <= 760
        pane.deleteLater()
    finally:
        remove_translations(qapp)


def test_a_new_workspace_asks_who_you_are(qtbot, tmp_path: Path) -> None:
    from moderator_app.ui.welcome import WelcomeDialog, needs_welcome

    ws = Workspace.open(tmp_path / "new")  # as `--data-dir NEW` opens it: no name given
    try:
        assert needs_welcome(ws)
        dialog = WelcomeDialog(ws)
        qtbot.addWidget(dialog)
        dialog.ask_name = lambda: None  # closing the question keeps the welcome open
        dialog._alone()
        assert dialog.choice is None
        dialog.ask_name = lambda: "  Nguyễn   Thu Hà "
        dialog._alone()
        assert dialog.choice == "alone"
        assert ws.identity.member_name == "Nguyễn Thu Hà"
        reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD))
        from moderator_app.store.database import raw_connection

        with ws.db.read() as conn:
            names = [r[0] for r in raw_connection(conn).execute("SELECT name FROM members")]
        assert names == ["Nguyễn Thu Hà"]
    finally:
        ws.close()


def test_the_window_welcomes_a_new_data_dir() -> None:
    """`--data-dir` used to skip the welcome: the login name ("root") became the chair unasked."""
    import inspect

    from moderator_app.ui import app

    source = inspect.getsource(app.run_gui)
    assert "if interactive and not args.demo:" in source and "not args.data_dir and" not in source


def test_at_14_points_the_side_panels_give_way_and_no_label_is_cut(qtbot, qapp, ws: Workspace) -> None:
    font = qapp.font()
    big = qapp.font()
    big.setPointSize(14)
    qapp.setFont(big)
    try:
        w = MainWindow(ws, "vi", remember_layout=False, sync_rounds=False)
        qtbot.addWidget(w)
        w.resize(1256, 706)  # the first size on a 1366×768 screen
        w._fit_panels()
        w.show()
        qtbot.wait(50)
        _left, queue, _right = w.body.sizes()
        assert queue >= 0.4 * sum(w.body.sizes()), w.body.sizes()
        buttons = [*w.preview._buttons, w.preview.evidence.attach_button, w.preview.evidence.open_button]
        cut = [b.text() for b in buttons if b.isVisible() and b.width() < b.sizeHint().width()]
        assert not cut, cut
        w.close()
    finally:
        qapp.setFont(font)
