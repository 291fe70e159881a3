"""Text from outside is shown as text in the application's own chrome, never rendered as markup.

A captured page titled ``<img src="file:///etc/hosts"><b …>VERIFIED BY COMMITTEE</b>`` must not
draw a picture from this computer nor a fake banner in the viewer's status line; neither may an
influencer's name, a report's description, a member's name, a note or an evidence file's name,
wherever the windows show them. The sweep opens the windows on such data and reads what every
label and tooltip would display; the source rules keep new code on ``ui/plain_text.py``.
"""

from __future__ import annotations

import ast
import dataclasses
import html
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from moderator_app.domain.enums import Category, Platform, Status
from moderator_app.services import annotations as mark_service
from moderator_app.services import cases as case_service
from moderator_app.services import evidence as ev_service
from moderator_app.services import meetings as meeting_service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries
from moderator_app.store.database import raw_connection
from moderator_app.ui import plain_text
from moderator_app.ui.case_detail import CaseDetailWindow
from moderator_app.ui.evidence import EvidenceViewer
from moderator_app.ui.influencer_profile import ProfileWindow
from moderator_app.ui.main_window import MainWindow
from moderator_app.ui.meetings.window import MeetingsWindow
from moderator_app.ui.sync.notices import SyncNotice

from .meeting_helpers import add_member

IMG = '<img src="file:///etc/hosts">'
MARKER = "VERIFIED BY COMMITTEE"
HOSTILE = f'{IMG}<b style="color:red;font-size:30pt">{MARKER}</b>'
UI = Path(__file__).parents[1] / "moderator_app" / "ui"


# --- what a widget displays ------------------------------------------------------------------


def displayed(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters a label, tooltip or message box in ``fmt`` shows for ``text``."""
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _model_tooltips(model: QAbstractItemModel) -> Iterator[str]:
    """The tooltips of a view's first rows (lists and tables: no view here shows a tree of data)."""
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, the method is not callable from Python
        columns = 1
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        for col in range(columns):
            tip = model.data(model.index(row, col, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, what is displayed) for every label, widget tooltip and item tooltip under ``window``."""
    for w in [window, *window.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()}".strip()
        if isinstance(w, QLabel) and w.text():
            yield f"label {where}", displayed(w.text(), w.textFormat())
        if w.toolTip():
            yield f"tooltip of {where}", displayed(w.toolTip())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for tip in _model_tooltips(w.model()):
                yield f"item tooltip in {where}", displayed(tip)


def assert_no_markup_rendered(window: QWidget) -> int:
    """Every place showing the hostile marker shows the markup around it literally; returns how
    many places showed it (so a sweep that found nothing is noticed)."""
    seen = 0
    for where, text in shown_texts(window):
        if MARKER in text:
            seen += 1
            assert IMG in text, f"{where} renders outside text as markup: {text!r}"
    return seen


# --- a workspace full of hostile text ----------------------------------------------------------


@dataclasses.dataclass
class Hostile:
    ws: Workspace
    case_id: str
    ref: str
    page_id: str
    link_id: str
    influencer_id: str
    meeting_id: str


@pytest.fixture
def hostile(ws: Workspace, tmp_path: Path) -> Hostile:
    """Everything a stranger or another member can name: influencer, description, reporter, note,
    evidence file name and page title, a member's name, a meeting's title and place."""
    member = add_member(ws, HOSTILE, "reviewer")
    filed = reports.file_report(ws, reports.ReportInput(
        HOSTILE, Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@x/video/1",
        description=HOSTILE, reporter=HOSTILE))
    case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(assignee=member, title=HOSTILE))
    case_service.add_note(ws, filed.ref, HOSTILE)
    page = tmp_path / "page.html"
    # The title's text is the markup (written with entities, as a page that shows it must).
    page.write_text(f"<!doctype html><html><head><title>{html.escape(HOSTILE)}</title></head><body>"
                    "<p>Trang lưu lại</p></body></html>", encoding="utf-8")
    # A file name arrives from another member's event exactly as they wrote it; here it is set on
    # the staged file, since no file on disk can carry "/" in its name.
    staged = [dataclasses.replace(s, name=HOSTILE) for s in ev_service.stage_files(ws, [page])]
    page_id = ev_service.record_files(ws, filed.ref, staged, note=HOSTILE).items[0].id
    _ref, link_id = ev_service.add_link(ws, filed.ref, "https://zalo.me/g/abc", description=HOSTILE)
    meeting_id = meeting_service.create_meeting(ws, HOSTILE, date.today(), place=HOSTILE)
    with ws.db.read() as conn:
        influencer_id = influencer_queries.find_influencer_id(raw_connection(conn), HOSTILE)
    return Hostile(ws, filed.case_id, filed.ref, page_id, link_id, influencer_id, meeting_id)


def _show(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    return window


# --- the sweep -----------------------------------------------------------------------------------


def test_the_viewer_shows_a_hostile_page_title_and_file_name_as_text(qtbot, hostile: Hostile):
    viewer = EvidenceViewer(hostile.ws, hostile.case_id, "en", evidence_id=hostile.page_id)
    viewer.show_error = lambda _message: None
    _show(qtbot, viewer)
    qtbot.waitUntil(lambda: not viewer.loading and "Page title" in viewer.status.text(), timeout=5000)
    # The status line (the reported defect) says the title with its tags, as text.
    assert viewer.status.textFormat() == Qt.TextFormat.PlainText
    assert displayed(viewer.status.text(), viewer.status.textFormat()) == f"Page title: {HOSTILE}"
    assert assert_no_markup_rendered(viewer) >= 4  # title, facts, status, strip tooltip
    viewer.select(hostile.link_id)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=5000)
    assert assert_no_markup_rendered(viewer) >= 2  # the link's note on the info page and in the strip
    viewer.close()


def test_a_mark_with_hostile_words_is_shown_as_text(qtbot, ws: Workspace, tmp_path: Path):
    filed = reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD))
    text = tmp_path / "chat.txt"
    text.write_text("Mã giảm giá 50% chỉ hôm nay\n", encoding="utf-8")
    evidence_id = ev_service.add_files(ws, filed.ref, [text]).items[0].id
    mark_service.add_annotation(ws, evidence_id, "span", {"start": 0, "end": 3}, HOSTILE, HOSTILE)
    viewer = EvidenceViewer(ws, filed.case_id, "en", evidence_id=evidence_id)
    _show(qtbot, viewer)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=5000)
    assert assert_no_markup_rendered(viewer) >= 1  # the marks list's tooltip
    viewer.close()


def test_the_case_window_shows_hostile_report_and_names_as_text(qtbot, hostile: Hostile):
    window = _show(qtbot, CaseDetailWindow(hostile.ws, "en", hostile.case_id))
    assert assert_no_markup_rendered(window) >= 2  # heading, facts, the evidence strip's tooltip…


def test_the_main_window_shows_hostile_names_as_text(qtbot, hostile: Hostile):
    window = MainWindow(hostile.ws, "en", remember_layout=False, sync_rounds=False)
    _show(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: MARKER in window.preview.browser.toPlainText(), timeout=5000)
    assert IMG in window.preview.browser.toPlainText()
    assert assert_no_markup_rendered(window) >= 1  # the queue's tooltips


def test_the_profile_shows_a_hostile_influencer_name_as_text(qtbot, hostile: Hostile):
    window = _show(qtbot, ProfileWindow(hostile.ws, "en", hostile.influencer_id, as_of=date.today()))
    qtbot.waitUntil(lambda: window.data is not None and not window.loading, timeout=5000)
    assert assert_no_markup_rendered(window) >= 1  # the name in the header


def test_the_meetings_window_shows_hostile_titles_and_names_as_text(qtbot, hostile: Hostile):
    for status in (Status.TRIAGE, Status.INVESTIGATING, Status.AWAITING_REPLY):  # the right of reply
        case_service.update_cases(hostile.ws, [hostile.ref], case_service.CaseChanges(status=status))
    meeting_service.add_to_agenda(hostile.ws, hostile.meeting_id, hostile.ref)
    window = _show(qtbot, MeetingsWindow(hostile.ws, "en"))
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    assert assert_no_markup_rendered(window) >= 2  # the meeting's title, its place and chair line…


# --- message boxes and tooltips --------------------------------------------------------------


def test_message_boxes_show_outside_text_as_text(qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: said.append(text))
    plain_text.warning(None, "Evidence", HOSTILE)
    plain_text.question(None, "Open", f"Open “{HOSTILE}”?")
    plain_text.warning(None, "Evidence", "Nothing to escape here")
    assert [displayed(t) for t in said] == [HOSTILE, f"Open “{HOSTILE}”?", "Nothing to escape here"]
    assert said[2] == "Nothing to escape here"  # plain text is left as it is
    box = plain_text.message_box(QMessageBox.Icon.Warning, "Restore", HOSTILE)
    box.setInformativeText(HOSTILE)
    labels = [lab for lab in box.findChildren(QLabel) if lab.text()]
    assert labels and all(displayed(lab.text(), lab.textFormat()) == HOSTILE for lab in labels)
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = SyncNotice(parent, f"Rejected {HOSTILE}.bundle")
    assert notice.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("text", [HOSTILE, f"  {HOSTILE}", "a <b>bold</b> claim", "&lt;b&gt;", "line\n<i>x</i>",
                                  "", "Plain, with “quotes” & ampersands", "<qt>x</qt>", "<!DOCTYPE html><p>x"])
def test_as_text_always_displays_the_same_characters(text: str):
    assert displayed(plain_text.as_text(text)).strip() == text.strip()


# --- the rules in the source -------------------------------------------------------------------


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            yield node


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}" if isinstance(func.value, (ast.Name, ast.Attribute)) \
            else f"?.{func.attr}"
    return "?"


def _safe_text_arg(arg: ast.expr) -> bool:
    """A literal, a bare translation (``tr("…")`` without ``.format``), or ``as_text(…)``."""
    if isinstance(arg, ast.Constant):
        return True
    if isinstance(arg, ast.IfExp):
        return _safe_text_arg(arg.body) and _safe_text_arg(arg.orelse)
    if isinstance(arg, ast.Call):
        return _name(arg.func).split(".")[-1] in ("tr", "translate", "as_text")
    return False


def rule_offenders(root: Path) -> list[str]:
    """Labels come from ``plain_label``/``rich_label``; message boxes, tooltips and dialog prompts
    that may carry data go through ``as_text`` (or the ``plain_text`` message functions)."""
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "plain_text.py":
            continue
        rel = path.relative_to(root)
        for call in _calls(path):
            name = _name(call.func)
            short = name.split(".")[-1]
            where = f"{rel}:{call.lineno} {name}"
            if name == "QLabel" or name == "QMessageBox":
                offenders.append(f"{where}: use plain_text.plain_label/rich_label/message_box")
            elif name in ("QMessageBox.warning", "QMessageBox.information", "QMessageBox.critical",
                          "QMessageBox.question"):
                if len(call.args) < 3 or not _safe_text_arg(call.args[2]):
                    offenders.append(f"{where}: use plain_text.{short} (or as_text on the text)")
            elif short == "setTextFormat" and not (call.args and _name(call.args[0]).endswith(".PlainText")):
                offenders.append(f"{where}: make the label with plain_label or rich_label")
            elif short == "setToolTip" or name == "QToolTip.showText":
                arg = call.args[-1] if call.args else None
                if arg is not None and not _safe_text_arg(arg):
                    offenders.append(f"{where}: wrap the tooltip in as_text")
            elif name == "QInputDialog.getText" and len(call.args) >= 3 and not _safe_text_arg(call.args[2]):
                offenders.append(f"{where}: wrap the prompt in as_text")
            elif name == "QProgressDialog" and call.args and not _safe_text_arg(call.args[0]):
                offenders.append(f"{where}: wrap the label in as_text")
    return offenders


def test_the_ui_follows_the_plain_text_rules():
    assert rule_offenders(UI) == []


def test_the_rule_checker_catches_what_it_is_for(tmp_path: Path):
    """The source rules above would notice a bare QLabel, a raw message box and a data tooltip."""
    bad = tmp_path / "ui"
    bad.mkdir()
    (bad / "bad.py").write_text(
        "def f(self, name):\n"
        "    QLabel(name)\n"
        "    QMessageBox.warning(self, 'x', name)\n"
        "    self.setToolTip(name)\n"
        "    self.setToolTip(self.tr('Saved {0}').format(name))\n"
        "    self.setToolTip(as_text(name))\n"
        "    self.setToolTip(self.tr('Static'))\n",
        encoding="utf-8")
    report = "\n".join(rule_offenders(bad))
    assert "bad.py:2 QLabel" in report and "bad.py:3 QMessageBox.warning" in report
    assert "bad.py:4 self.setToolTip" in report and "bad.py:5 self.setToolTip" in report
    assert "bad.py:6" not in report and "bad.py:7" not in report
