"""The review queue window: its model, keyboard triage, bulk actions, undo, filters, intake dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from moderator_app.domain.enums import Category, Platform, Status
from moderator_app.services import reports, saved_filters, triage
from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui import dialogs
from moderator_app.ui.import_dialog import ImportDialog
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.new_report import NewReportDialog
from moderator_app.ui.palette import Command, CommandPalette
from moderator_app.ui.queue_model import CASE_ID_ROLE, PAGE, Column, QueueModel

from .conftest import DATA

CASES = 700


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace made once; each test works on a copy."""
    root = tmp_path_factory.mktemp("demo") / "ws"
    ws = Workspace.open(root, member_name="Chủ tịch")
    generate(ws, cases=CASES, seed=3)
    ws.close()
    return root


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path):
    import shutil

    root = tmp_path / "demo"
    shutil.copytree(demo_template, root, ignore=shutil.ignore_patterns("moderator-app.lock"))
    ws = Workspace.open(root)
    yield ws
    ws.close()


def _triage_window(qtbot, ws: Workspace, lang: str) -> MainWindow:
    """The window shown and active, on the Triage view, the queue holding the keyboard."""
    w = MainWindow(ws, lang)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    w.select_view("triage")
    w.table.setFocus()
    return w


@pytest.fixture
def window(qtbot, demo_ws: Workspace):
    w = _triage_window(qtbot, demo_ws, "en")
    yield w
    w.close()


def _case(ws: Workspace, case_id: str) -> queries.CaseRow:
    with ws.db.read() as conn:
        row = queries.get_case(raw_connection(conn), case_id)
    assert row is not None
    return row


def _press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = window.queue_stack.currentWidget()  # the queue, or the page saying why it is empty
    target.setFocus()
    qtbot.keyClick(target, key, modifier)


def _select(window: MainWindow, rows: list[int]) -> None:
    window._select_rows(rows)


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive() and window._pending_selection is None, timeout=3000)


# --- the model ----------------------------------------------------------------------------------


def test_queue_model_passes_the_model_tester(qtmodeltester, demo_ws: Workspace):
    model = QueueModel(demo_ws, "vi")
    assert model.rowCount() == CASES
    qtmodeltester.check(model)
    model.set_filter(queries.CaseFilter(statuses=("received", "triage")))
    qtmodeltester.check(model)


@pytest.mark.parametrize("sort", ["sla", "influencer", "priority", "status", "activity"])
def test_scrolling_by_keyset_lists_every_case_once_in_sql_order(demo_ws: Workspace, sort: str):
    model = QueueModel(demo_ws, "en")
    for desc in (False, True):
        model.set_sort(sort, desc)
        ids = [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(CASES)]
        with demo_ws.db.read() as conn:
            expected = [r.id for r in queries.list_cases(raw_connection(conn), queries.CaseFilter(), sort, desc,
                                                         CASES, 0)]
        assert ids == expected
        assert model.fetches == -(-CASES // PAGE)  # one query per window, nothing twice


def test_jumping_to_the_end_reads_one_window_backwards(demo_ws: Workspace):
    model = QueueModel(demo_ws, "en")
    model.set_sort("influencer", False)
    last = model.data(model.index(CASES - 1, 0), CASE_ID_ROLE)
    assert model.fetches == 1 and model.cached_pages() == 1
    middle = model.data(model.index(CASES // 2, 0), CASE_ID_ROLE)
    with demo_ws.db.read() as conn:
        rows = queries.list_cases(raw_connection(conn), queries.CaseFilter(), "influencer", False, CASES, 0)
    assert (last, middle) == (rows[-1].id, rows[CASES // 2].id)
    # scrolling back up from the end continues by keyset
    before = model.data(model.index(CASES - PAGE - 1, 0), CASE_ID_ROLE)
    assert before == rows[CASES - PAGE - 1].id


def test_a_search_refreshes_in_the_background_and_the_newest_wins(qtbot, demo_ws: Workspace):
    model = QueueModel(demo_ws, "en")
    with demo_ws.db.read() as conn:
        name = raw_connection(conn).execute("SELECT name FROM influencers ORDER BY id LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.set_filter_in_background(queries.CaseFilter(search="zzzz nothing"))
        model.set_filter_in_background(queries.CaseFilter(search=name))  # replaces the first
    assert model.flt.search == name and 0 < model.rowCount() < CASES
    assert model.fetches == 0 and model.row_at(0) is not None  # the first window came with it
    model.set_filter_in_background(queries.CaseFilter(search="zzzz nothing"))
    model.set_filter(queries.CaseFilter())  # a filter chosen meanwhile wins over the search on its way
    assert model.wait_idle()
    qtbot.wait(50)
    assert model.flt == queries.CaseFilter() and model.rowCount() == CASES
    model.set_filter_in_background(queries.CaseFilter(search=name))
    model.refresh()  # new events while the search is on its way: it is applied at once
    assert model.flt.search == name
    model.close()


def test_rows_show_labels_and_overdue_deadlines(demo_ws: Workspace):
    model = QueueModel(demo_ws, "vi", flt=queries.CaseFilter(statuses=("received", "triage")))
    model.set_sort("sla", False)
    row = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 2)
    assert model.data(model.index(0, Column.STATUS)) == Status(row.status).label("vi")
    if row.sla_due_at < model.now_ms:
        assert model.data(model.index(0, Column.SLA)).startswith("quá hạn")
        assert model.data(model.index(0, Column.SLA), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(Column.URGENT, Qt.Orientation.Horizontal) == "⚑"


# --- the window ------------------------------------------------------------------------------


def test_window_opens_on_an_empty_workspace(qtbot, ws: Workspace):
    w = MainWindow(ws, "vi")
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    assert w.model.rowCount() == 0 and w.preview.case_id is None
    _press(qtbot, w, Qt.Key.Key_A)  # nothing selected: nothing happens, no error
    assert w.statusBar().currentMessage()
    w.close()


def test_window_on_the_demo_counts_views_and_previews(qtbot, window: MainWindow, tmp_path: Path):
    qtbot.waitUntil(lambda: "(" in window.views.item(0).text(), timeout=5000)
    texts = [window.views.item(i).text() for i in range(window.views.count())]
    assert any(t.startswith("All  (700)") for t in texts)
    assert window.preview.case_id == window.current_case_id() is not None
    window.select_view("all")
    assert window.model.rowCount() == CASES
    shot = tmp_path / "queue.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_keyboard_triage_claim_priority_urgent_and_submit_next(qtbot, window: MainWindow):
    ws = window.ws
    first, second = window.model.case_id_at(0), window.model.case_id_at(1)
    assert window.current_case_id() == first
    level = 4 if _case(ws, first).priority != 4 else 1
    _press(qtbot, window, Qt.Key.Key_4 if level == 4 else Qt.Key.Key_1)  # Submit & next moves on
    _settle(qtbot, window)
    assert _case(ws, first).priority == level
    assert window.current_case_id() == second
    _press(qtbot, window, Qt.Key.Key_K)
    assert window.current_case_id() == first
    _press(qtbot, window, Qt.Key.Key_J)
    assert window.current_case_id() == second
    _press(qtbot, window, Qt.Key.Key_Up)  # the arrows move as J and K do
    assert window.current_case_id() == first
    _press(qtbot, window, Qt.Key.Key_Down)
    assert window.current_case_id() == second
    _press(qtbot, window, Qt.Key.Key_U)
    _settle(qtbot, window)
    assert _case(ws, second).urgent is not None
    urgent_now = _case(ws, second).urgent
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the urgent toggle
    _settle(qtbot, window)
    assert _case(ws, second).urgent is (not urgent_now)
    assert window.current_case_id() == second  # undo selects what it changed
    _press(qtbot, window, Qt.Key.Key_A)  # assign to me
    _settle(qtbot, window)
    assert _case(ws, second).assignee_id == ws.identity.member_id


def test_submit_and_next_can_be_turned_off(qtbot, window: MainWindow):
    window.act_submit_next.setChecked(False)
    first = window.current_case_id()
    _press(qtbot, window, Qt.Key.Key_3)
    _settle(qtbot, window)
    assert window.current_case_id() == first
    assert window.ws.setting("queue.submit_and_next") is False


def test_bulk_assign_is_one_undoable_action(qtbot, window: MainWindow):
    ws = window.ws
    window.select_view("all")
    me = ws.identity.member_id
    rows = [r for r in range(window.model.rowCount())
            if window.model.data(window.model.index(r, 0), Qt.ItemDataRole.UserRole + 2).assignee_id != me][:3]
    _select(window, rows)
    ids = window.selected_case_ids()
    before = {i: _case(ws, i).assignee_id for i in ids}
    assert len(ids) == 3 and window.preview.case_ids == tuple(ids)
    assert "3 cases selected" in window.preview.browser.toPlainText()
    _press(qtbot, window, Qt.Key.Key_A)
    _settle(qtbot, window)
    assert {_case(ws, i).assignee_id for i in ids} == {ws.identity.member_id}
    assert len(window.triage.undo_stack) == 1 and window.act_undo.isEnabled()
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    assert {i: _case(ws, i).assignee_id for i in ids} == before
    assert not window.act_undo.isEnabled()


def test_reject_with_a_shared_reason_and_note(qtbot, window: MainWindow, monkeypatch):
    ws = window.ws
    window.act_submit_next.setChecked(False)

    def answer(text: str):
        def exec_(self: dialogs.TextDialog) -> int:
            assert self.buttons.button(self.buttons.StandardButton.Ok).isEnabled() is False
            self.edit.setPlainText(text)
            return QDialog.DialogCode.Accepted
        return exec_

    filed = [reports.file_report(ws, reports.ReportInput(
        "Kênh Thử Nghiệm", Platform.TIKTOK, Category.OFFENSIVE, url=f"https://www.tiktok.com/@thu/video/{n}"))
        for n in (1, 2)]
    window.refresh()
    rows = [window.model.row_of(f.case_id, near=0) for f in filed]
    if None in rows:
        window.search.setText("kenh thu nghiem")
        window._search_done()
        rows = [window.model.row_of(f.case_id, near=0) for f in filed]
    _select(window, rows)
    ids = window.selected_case_ids()
    assert set(ids) == {f.case_id for f in filed}
    monkeypatch.setattr(dialogs.TextDialog, "exec", answer("Ngoài phạm vi"))
    _press(qtbot, window, Qt.Key.Key_R)
    _settle(qtbot, window)
    assert {_case(ws, i).status for i in ids} == {"rejected"}
    monkeypatch.setattr(dialogs.TextDialog, "exec", answer("Đã gọi cho KOL"))
    window.select_view("closed")
    window._select_rows([window.model.row_of(ids[0], near=0) or 0])
    _press(qtbot, window, Qt.Key.Key_N)
    _settle(qtbot, window)
    with ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), window.current_case_id())
    assert detail is not None and detail.notes[-1].body == "Đã gọi cho KOL"
    assert "Đã gọi cho KOL" in window.preview.browser.toPlainText()


def test_move_menu_offers_only_allowed_transitions(qtbot, window: MainWindow):
    window._select_rows([0])
    status = Status(_case(window.ws, window.current_case_id()).status)
    window._fill_move_menu()
    offered = [a.text() for a in window.move_menu.actions()]
    assert offered == [s.label("en") for s in triage.common_next_statuses([status])]
    assert Status.DECIDED.label("en") not in offered


def test_merge_from_the_keyboard(qtbot, window: MainWindow, monkeypatch):
    ws = window.ws
    window.act_submit_next.setChecked(False)
    _select(window, [0, 1])
    ids = window.selected_case_ids()
    monkeypatch.setattr(dialogs.MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    _press(qtbot, window, Qt.Key.Key_M)
    _settle(qtbot, window)
    rows = [_case(ws, i) for i in ids]
    kept = [r for r in rows if r.merged_into is None]
    assert len(kept) == 1 and all(r.merged_into == kept[0].id for r in rows if r is not kept[0])
    assert window.current_case_id() == kept[0].id or window.model.row_of(kept[0].id, near=0) is None
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    assert all(_case(ws, i).merged_into is None for i in ids)


def test_enter_opens_the_case_window_with_its_history(qtbot, window: MainWindow):
    _press(qtbot, window, Qt.Key.Key_Return)
    case_id = window.current_case_id()
    opened = window.details.cases.get(case_id)
    assert opened is not None and opened.isVisible()
    qtbot.waitUntil(lambda: opened.file is not None, timeout=5000)
    assert opened.file.detail.case.id == case_id
    assert any(e.type == "report.filed" for e in opened.file.detail.history)


@pytest.mark.parametrize("pressed", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_opens_the_case_in_vietnamese_too(qtbot, qapp, demo_ws: Workspace, pressed: Qt.Key):
    """Qt's Vietnamese names the Return key "Enter": shortcuts are read by their English names."""
    from PySide6.QtCore import QLocale

    from moderator_app.ui.i18n import install_translations, remove_translations

    locale = QLocale()
    install_translations(qapp, "vi")
    try:
        w = _triage_window(qtbot, demo_ws, "vi")
        _press(qtbot, w, pressed)
        opened = w.details.cases.get(w.current_case_id() or "")
        assert opened is not None and opened.isVisible()
        w.close()
    finally:
        remove_translations(qapp)
        QLocale.setDefault(locale)


def test_slash_focuses_search_and_search_ignores_diacritics(qtbot, window: MainWindow):
    name = window.model.data(window.model.index(0, Column.INFLUENCER))
    _press(qtbot, window, Qt.Key.Key_Slash)
    assert window.search.hasFocus()
    from moderator_app.domain.text import fold

    qtbot.keyClicks(window.search, fold(name))
    qtbot.waitUntil(lambda: window.model.flt.search == fold(name), timeout=2000)
    assert window.model.rowCount() >= 1
    qtbot.keyClick(window.search, Qt.Key.Key_A)  # typing a letter in search does not assign
    assert window.triage.undo_stack == []


def test_filter_bar_narrows_the_view_and_a_saved_filter_restores_it(qtbot, window: MainWindow, monkeypatch):
    window.select_view("all")
    window.filter_bar.platform.set_values(("tiktok",))
    with window.ws.db.read() as conn:
        expected = queries.count_cases(raw_connection(conn), queries.CaseFilter(platforms=("tiktok",)))
    assert window.model.rowCount() == expected
    window.filter_bar.status.set_values(("closed",))
    with window.ws.db.read() as conn:
        expected = queries.count_cases(raw_connection(conn), queries.CaseFilter(platforms=("tiktok",),
                                                                                statuses=("closed",)))
    assert window.model.rowCount() == expected
    window.table.sortByColumn(Column.INFLUENCER, Qt.SortOrder.DescendingOrder)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("TikTok đã đóng", True))
    window.save_filter()
    saved = saved_filters.load(window.ws)
    assert [f.name for f in saved] == ["TikTok đã đóng"]
    assert saved[0].choice.platforms == ("tiktok",) and saved[0].sort == "influencer" and saved[0].desc
    window.filter_bar.clear()
    window.select_view("triage")
    assert window.model.rowCount() != expected
    item = next(window.views.item(i) for i in range(window.views.count())
                if window.views.item(i).text().startswith("TikTok đã đóng"))
    window.views.setCurrentItem(item)
    assert window.model.rowCount() == expected
    assert window.filter_bar.choice().platforms == ("tiktok",)
    assert (window.model.sort_key, window.model.desc) == ("influencer", True)
    assert window.saved_name == "TikTok đã đóng"


def test_window_geometry_and_columns_are_remembered(qtbot, demo_ws: Workspace):
    w = MainWindow(demo_ws, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(800, 501)  # the offscreen screen is 800×600; restoreGeometry keeps windows inside it
    assert w.size().height() == 501
    w.table.setColumnWidth(Column.CATEGORY, 333)
    w.table.horizontalHeader().moveSection(Column.STATUS, 1)
    w.select_view("closed")
    w.close()
    again = MainWindow(demo_ws, "en")
    qtbot.addWidget(again)
    assert again.table.columnWidth(Column.CATEGORY) == 333
    assert again.table.horizontalHeader().visualIndex(Column.STATUS) == 1
    assert again.current_view_key() == "closed"
    assert again.size().height() == 501
    again.close()


def test_help_lists_the_keyboard_shortcuts(qtbot, window: MainWindow):
    from moderator_app.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window, window.menus)
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    for key in ("J", "K", "Down", "Up", "A", "1", "4", "U", "N", "M", "R", "/", "Ctrl+K", "Ctrl+Z",
                "Return, Enter"):
        assert any(key == k or key in k.split(", ") for k in keys), key


def test_command_palette_finds_commands_without_diacritics(qtbot):
    ran: list[str] = []
    palette = CommandPalette(None, [
        Command("Giao cho tôi", lambda: ran.append("claim"), "A", "Hồ sơ"),
        Command("Thêm ghi chú", lambda: ran.append("note"), "N", "Hồ sơ"),
    ])
    qtbot.addWidget(palette)
    palette.edit.setText("giao toi")
    assert palette.list.count() == 1
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    palette.run_chosen()
    assert ran == ["claim"]


def test_palette_runs_window_commands(qtbot, window: MainWindow, monkeypatch):
    def pick(self: CommandPalette) -> int:
        self.edit.setText("assign to me")
        self._accept_current()
        return 1

    monkeypatch.setattr(CommandPalette, "exec", pick)
    case_id = window.current_case_id()
    window.command_palette()
    _settle(qtbot, window)
    assert _case(window.ws, case_id).assignee_id == window.ws.identity.member_id


@pytest.mark.parametrize("typed", ["code", "year space code"])
def test_palette_opens_a_case_by_its_short_reference(qtbot, window: MainWindow, monkeypatch, typed: str):
    target = window.model.data(window.model.index(3, Column.REF))
    year, code = target.split("-", 1)
    text = code.lower() if typed == "code" else f"{year} {code.lower()}"

    def pick(self: CommandPalette) -> int:
        self.edit.setText(text)
        self._accept_current()
        return 1

    monkeypatch.setattr(CommandPalette, "exec", pick)
    window.command_palette()
    _settle(qtbot, window)
    with window.ws.db.read() as conn:
        case_id = queries.find_case_id(raw_connection(conn), target)
    opened = window.details.cases.get(case_id or "")
    assert opened is not None and opened.isVisible()


# --- intake -------------------------------------------------------------------------------------


def test_new_report_dialog_completes_influencers_and_files(qtbot, ws: Workspace, tmp_path):
    reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD, url="tiktok.com/@envu/1"))
    dialog = NewReportDialog(ws, "en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.influencer, "den v")
    assert dialog.completions.stringList() == ["Đen Vâu"]
    dialog.influencer.setText("Đen Vâu")
    assert not dialog.submit.isEnabled()
    dialog.url.setText("https://www.youtube.com/@envu/video/9")
    assert dialog.platform.currentData() == "youtube"
    dialog.category.setCurrentIndex(dialog.category.findData("undisclosed_ad"))
    dialog.description.setPlainText("Quảng cáo không gắn nhãn")
    shot = tmp_path / "anh-chup.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    note = tmp_path / "ghi-chu.txt"
    note.write_text("lời khai của người xem", encoding="utf-8")
    dialog.add_files([shot, note, shot])
    assert dialog.files.count() == 2
    assert dialog.submit.isEnabled()
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.filed is not None, timeout=10_000)
    assert not dialog.filed.attached
    with ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), dialog.filed.case_id)
    assert detail is not None and detail.reports[0].handle == "@envu"
    report_id = detail.reports[0].id
    kept = {e.name: e for e in detail.evidence}
    assert set(kept) == {"anh-chup.png", "ghi-chu.txt"}
    assert all(e.report_id == report_id for e in kept.values())
    assert ws.blobs.path_for(kept["ghi-chu.txt"].sha256).read_text(encoding="utf-8") == "lời khai của người xem"


def test_new_report_dialog_files_nothing_when_a_file_cannot_be_kept(qtbot, ws: Workspace, tmp_path):
    good = tmp_path / "bang-chung.txt"
    good.write_text("nội dung", encoding="utf-8")
    empty = tmp_path / "rong.png"
    empty.write_bytes(b"")
    dialog = NewReportDialog(ws, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.influencer.setText("Khoa Pug")
    dialog.platform.setCurrentIndex(dialog.platform.findData("tiktok"))
    dialog.category.setCurrentIndex(dialog.category.findData("fraud"))
    dialog.add_files([good, empty])
    assert dialog.submit.isEnabled()
    dialog.submit.click()
    qtbot.waitUntil(lambda: "rong.png" in dialog.error.text(), timeout=10_000)
    assert dialog.error.isVisible() and "empty" in dialog.error.text()
    assert dialog.filed is None and dialog.isVisible() and dialog.submit.isEnabled()
    with ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM reports").fetchone()[0] == 0
    assert not [p for p in ws.blobs.root.rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", ["hotline-2026-10.csv", "hotline-2026-10.xlsx"])
def test_import_preview_shows_every_rows_fate_then_imports(qtbot, qtmodeltester, ws: Workspace, name: str):
    dialog = ImportDialog(ws, "en", path=str(DATA / name))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 40
    fates = {model.data(model.index(r, 0)): (model.data(model.index(r, 1)), model.data(model.index(r, 2)))
             for r in range(model.rowCount())}
    offset = 3 if name.endswith("xlsx") else 1
    assert fates[str(4 + offset)] == ("Rejected", "the influencer's name is missing")
    assert fates[str(6 + offset)][0] == "Rejected" and "32/13/2026" in fates[str(6 + offset)][1]
    assert fates[str(10 + offset)] == ("Rejected", "the platform 'Myspace' does not match the link (TikTok)")
    assert fates[str(12 + offset)] == ("Duplicate", f"same as row {11 + offset}")
    assert fates[str(8 + offset)] == ("New case", "will be opened")
    assert all(combo.currentIndex() > 0 for fld, combo in dialog.combos.items()
               if fld.value in ("received", "influencer", "platform", "url", "category"))
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 36 report(s)"
    assert "36 new cases" in dialog.summary.text()
    with ws.db.read() as conn:
        assert queries.count_cases(raw_connection(conn), queries.CaseFilter()) == 0  # nothing written yet

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported, timeout=10_000)
    assert dialog.wait_idle()
    with ws.db.read() as conn:
        assert queries.count_cases(raw_connection(conn), queries.CaseFilter()) == 36
    new_case = model.data(model.index(7, 2))  # serial 8: the row with the formula-looking text
    assert model.data(model.index(7, 0)) == str(8 + offset)
    assert new_case and new_case.startswith("20")  # a real reference after the import
    assert not dialog.import_button.isEnabled()


def test_import_dialog_mapping_can_be_changed(qtbot, ws: Workspace):
    from moderator_app.services.intake import Field

    dialog = ImportDialog(ws, "en", path=str(DATA / "hotline-2026-10.csv"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    combo = dialog.combos[Field.INFLUENCER]
    combo.setCurrentIndex(0)  # "(not in the file)"
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: "Choose the column" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    assert "40 data rows" in dialog.file_label.text()  # the file's rows, whatever is mapped
    combo.setCurrentIndex(combo.findData(4))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.result is not None and "36 new cases" in dialog.summary.text(), timeout=10_000)


def test_an_import_in_the_background_refreshes_the_window(qtbot, window: MainWindow):
    before = window.model.rowCount()
    dialog = ImportDialog(window.ws, "en", window, path=str(DATA / "hotline-2026-10.csv"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.imported, timeout=10_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 36, timeout=5000)



def test_screenshot_command_writes_a_png(tmp_path: Path):
    import os
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "w"), "--lang", "en",
         "--screenshot", str(out), "--view", "all"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (tmp_path / "w" / "window.ini").exists()  # a screenshot leaves the layout alone


def test_no_two_actions_of_the_window_share_a_shortcut(qtbot, ws: Workspace):
    """Qt runs neither action of an ambiguous shortcut, so a shared key silently does nothing."""
    from PySide6.QtGui import QAction, QKeySequence

    w = MainWindow(ws, "vi", remember_layout=False)
    qtbot.addWidget(w)
    owners: dict[str, str] = {}
    for action in w.findChildren(QAction):
        for seq in action.shortcuts():
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in owners or owners[key] == action.text(), (key, owners.get(key), action.text())
            owners[key] = action.text()
    assert owners, "the window has shortcuts"


@pytest.mark.parametrize("shot, view", [("shot.png", "bogus"), ("missing/shot.png", "all"), (".", None)],
                         ids=["unknown view", "missing folder", "a folder"])
def test_screenshot_bad_usage_exits_2_with_one_line_and_opens_nothing(tmp_path: Path, capsys, shot: str,
                                                                      view: str | None):
    from moderator_app.app import main

    argv = ["--data-dir", str(tmp_path / "w"), "--screenshot", str(tmp_path / shot)]
    assert main(argv + (["--view", view] if view else [])) == 2
    err = capsys.readouterr().err
    assert err.startswith("moderator-app: error: ") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "w").exists()  # no workspace was created


@pytest.mark.parametrize("points", [14, 20])
def test_at_a_large_font_the_window_still_fits_a_common_screen(qtbot, ws: Workspace, points: int):
    """The filter bar wraps instead of widening the window; the view names are shown whole."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    bigger = app.font()
    bigger.setPointSize(points)
    app.setFont(bigger)
    try:
        window = MainWindow(ws, "vi", remember_layout=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert window.minimumSizeHint().width() <= 1366
        bar = window.filter_bar
        assert bar.height() > bar.status.height() * 1.5  # wrapped onto a second line
        if points == 14:  # every view's name whole: on one line, or wrapped onto two
            from PySide6.QtCore import QRect

            fm = window.views.fontMetrics()
            width = window.views.viewport().width() - 12
            for i in range(window.views.count()):
                item = window.views.item(i)
                need = fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()).height()
                assert need <= window.views.visualItemRect(item).height(), item.text()
    finally:
        app.setFont(before)


def test_a_font_size_chosen_in_settings_refits_the_queue_at_once(qtbot, ws: Workspace, monkeypatch):
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from moderator_app.services import preferences
    from moderator_app.ui.app import apply_preferences
    from moderator_app.ui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_font, before_palette, before_sheet = app.font(), app.palette(), app.styleSheet()
    apply_preferences(app, ws)  # as the application starts: the look applied before the window opens
    window = MainWindow(ws, "vi", remember_layout=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    ref_width = window.table.columnWidth(Column.REF)
    try:
        preferences.save(ws, replace(preferences.load(ws), font_size=18))
        monkeypatch.setattr(SettingsDialog, "exec", lambda self: True)
        window.open_settings()
        fm = window.table.fontMetrics()
        assert window.table.columnWidth(Column.REF) > ref_width
        assert window.table.columnWidth(Column.REF) >= fm.horizontalAdvance("2026-WWWWW")
        assert window.table.verticalHeader().defaultSectionSize() >= fm.height()
        assert window.table.font().pointSize() == 18  # the open window's widgets took the new size
    finally:
        app.setStyleSheet("")
        app.setFont(before_font)
        app.setPalette(before_palette)
        app.setStyleSheet(before_sheet)


def test_the_reports_menu_writes_a_letter_for_the_current_case_by_its_reference(window: MainWindow, monkeypatch):
    from PySide6.QtGui import QAction

    from moderator_app.ui.letters import hooks

    seen: list[str | None] = []
    monkeypatch.setattr(hooks, "write_letter", lambda _w, _ws, _lang, ref: seen.append(ref))
    action = next(a for a in window.findChildren(QAction) if a.text().replace("&", "").startswith("Write a letter"))
    action.trigger()
    assert seen == [window.model.data(window.model.index(window.table.currentIndex().row(), Column.REF))]
    assert seen[0] is not None and seen[0].startswith("20")
