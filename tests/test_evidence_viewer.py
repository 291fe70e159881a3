"""The evidence viewer, offscreen: every sample in its view, marks drawn and reopened, safety."""

from __future__ import annotations

import http.server
import struct
import threading
import wave
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage, QImageReader
from PySide6.QtTest import QTest

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import annotations as mark_service
from moderator_app.services import evidence as ev_service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries as eq
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui.evidence import EvidenceViewer
from moderator_app.ui.evidence.canvas import Canvas
from moderator_app.ui.evidence.html_pane import HtmlPane, SafeBrowser
from moderator_app.ui.evidence.image_pane import ImagePane
from moderator_app.ui.evidence.info_pane import InfoPane
from moderator_app.ui.evidence.loader import Loaded
from moderator_app.ui.evidence.marks_panel import AnnotationListModel
from moderator_app.ui.evidence.media_pane import MediaPane, multimedia_problem
from moderator_app.ui.evidence.pdf_pane import PdfPane
from moderator_app.ui.evidence.strip import EvidenceListModel
from moderator_app.ui.evidence.text_pane import TextPane

from .conftest import DATA

SAMPLES = DATA / "evidence"


@pytest.fixture
def case(ws: Workspace) -> tuple[str, dict[str, str]]:
    filed = reports.file_report(ws, reports.ReportInput("Hà Linh Review", Platform.TIKTOK, Category.UNDISCLOSED_AD,
                                                        url="https://www.tiktok.com/@halinh/live/1"))
    items = ev_service.add_files(ws, filed.ref, sorted(SAMPLES.iterdir()), source_url="https://tiktok.com/@halinh").items
    _ref, link = ev_service.add_link(ws, filed.ref, "https://zalo.me/g/abc", description="Nhóm Zalo chốt đơn")
    ids = {i.name: i.id for i in items}
    ids["link"] = link
    return filed.case_id, ids


@pytest.fixture
def viewer(qtbot, ws: Workspace, case) -> Iterator[EvidenceViewer]:
    v = EvidenceViewer(ws, case[0], "en")
    v.errors = []  # type: ignore[attr-defined]
    v.show_error = v.errors.append  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    v.resize(1280, 820)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close()


def open_item(qtbot, v: EvidenceViewer, evidence_id: str) -> None:
    v.select(evidence_id)
    qtbot.waitUntil(lambda: not v.loading, timeout=5000)


def drag(canvas: Canvas, start: QPointF, end: QPointF) -> None:
    """Drag with the mouse between two points of the picture (scene coordinates)."""
    p1, p2 = canvas.mapFromScene(start), canvas.mapFromScene(end)
    QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)
    QTest.mouseMove(canvas.viewport(), QPoint((p1.x() + p2.x()) // 2, (p1.y() + p2.y()) // 2))
    QTest.mouseMove(canvas.viewport(), p2)
    QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p2)


def marks_of(ws: Workspace, evidence_id: str) -> list[queries.AnnotationRow]:
    with ws.db.read() as conn:
        return eq.evidence_annotations(raw_connection(conn), evidence_id)


# --- each sample in its view ------------------------------------------------------------------


def test_each_sample_opens_in_its_viewer(qtbot, viewer: EvidenceViewer, case, tmp_path: Path):
    _case_id, ids = case
    expected = {
        "livestream-screenshot.png": ImagePane,
        "product-certificate.pdf": PdfPane,
        "chat-export.txt": TextPane,
        "captured-page.html": HtmlPane,
        "link": InfoPane,
    }
    for name, pane_type in expected.items():
        open_item(qtbot, viewer, ids[name])
        pane = viewer.current_pane()
        assert isinstance(pane, pane_type), name
        assert not viewer.banner.isVisible(), name
        shot = tmp_path / f"{name}.png"
        assert viewer.grab().save(str(shot))
    image = viewer.panes["image"]
    assert isinstance(image, ImagePane) and image.image is not None and image.image.size().toTuple() == (720, 1280)
    pdf = viewer.panes["pdf"]
    assert isinstance(pdf, PdfPane) and pdf.page_count() == 2
    text = viewer.panes["text"]
    assert isinstance(text, TextPane) and "Hàng xách tay không cần giấy tờ" in text.plain
    html_pane = viewer.panes["html"]
    assert isinstance(html_pane, HtmlPane)
    assert "Lợi nhuận 30%/tháng" in html_pane.plain and "alert" not in html_pane.plain
    assert "zalo.me/g/abc" in viewer.info.body.text()


def test_keyboard_moves_between_items(qtbot, viewer: EvidenceViewer):
    names = [r.name or r.url for r in viewer.model.rows]
    assert viewer.current is not None and viewer.current.id == viewer.model.rows[0].id
    QTest.keyClick(viewer, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert viewer.current.id == viewer.model.rows[1].id
    QTest.keyClick(viewer, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert viewer.current.id == viewer.model.rows[2].id
    QTest.keyClick(viewer, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert viewer.current.id == viewer.model.rows[1].id
    viewer.strip.setFocus()
    QTest.keyClick(viewer.strip, Qt.Key.Key_Right)
    assert viewer.current.id == viewer.model.rows[2].id
    assert viewer.title.text().count("3/5") == 1 and names[2] in viewer.title.text()
    qtbot.waitUntil(lambda: not viewer.loading)


def test_the_item_models_pass_the_model_tester(qtmodeltester, viewer: EvidenceViewer, qtbot, case):
    viewer.model.wait_for_thumbnails()
    qtmodeltester.check(viewer.model)
    model = AnnotationListModel("vi")
    mark_service.add_annotation(viewer.ws, case[1]["chat-export.txt"], "span", {"start": 0, "end": 5})
    model.set_rows(marks_of(viewer.ws, case[1]["chat-export.txt"]))
    qtmodeltester.check(model)


# --- marks: draw, store, reopen -------------------------------------------------------------


def test_a_rectangle_drawn_on_an_image_comes_back_on_the_same_pixels(qtbot, ws: Workspace, case, viewer):
    png = case[1]["livestream-screenshot.png"]
    open_item(qtbot, viewer, png)
    pane = viewer.current_pane()
    assert isinstance(pane, ImagePane)
    pane.set_tool("rect")
    drag(pane.canvas, QPointF(400, 100), QPointF(700, 300))
    assert viewer.pending is not None and viewer.pending[0] == "rect"
    viewer.marks_panel.label_edit.setText("Không gắn nhãn #QC")
    viewer.marks_panel.comment_edit.setPlainText("Góc phải trên")
    QTest.mouseClick(viewer.marks_panel.save_button, Qt.MouseButton.LeftButton)
    assert viewer.errors == []  # type: ignore[attr-defined]
    [mark] = marks_of(ws, png)
    g = mark.geometry
    scale = 1 / pane.canvas.transform().m11()  # scene units per screen pixel: the mouse's precision
    assert g["x"] * 720 == pytest.approx(400, abs=scale + 1) and g["y"] * 1280 == pytest.approx(100, abs=scale + 1)
    assert g["w"] * 720 == pytest.approx(300, abs=2 * scale + 1)
    assert g["h"] * 1280 == pytest.approx(200, abs=2 * scale + 1)
    assert mark.label == "Không gắn nhãn #QC" and mark.comment == "Góc phải trên"
    stored = (g["x"] * 720, g["y"] * 1280, g["w"] * 720, g["h"] * 1280)
    viewer.close()

    again = EvidenceViewer(ws, case[0], "en", evidence_id=png)
    qtbot.addWidget(again)
    again.resize(900, 700)
    again.show()
    qtbot.waitUntil(lambda: not again.loading)
    canvas = again.current_pane().canvas  # type: ignore[attr-defined]
    assert again.marks_panel.model.rowCount() == 1
    for zoom in (None, 3.0):
        if zoom:
            canvas.rotate_by(90)
            canvas.zoom_by(zoom)
        rect = canvas._mark_rects[mark.id]
        assert rect.getRect() == pytest.approx(stored, abs=1e-3)
    # A click in the list jumps to the region: it is in view and fills a good part of it.
    again.marks_panel.list.setCurrentIndex(again.marks_panel.model.index(0, 0))
    again.focus_mark(mark.id)
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas._mark_rects[mark.id])
    assert canvas._mark_rects[mark.id].width() * canvas.zoom() > 150
    again.close()


def test_arrows_and_highlights_and_editing_words(qtbot, ws: Workspace, case, viewer):
    png = case[1]["livestream-screenshot.png"]
    open_item(qtbot, viewer, png)
    pane = viewer.current_pane()
    assert isinstance(pane, ImagePane)
    for tool, label in (("arrow", "Mã giảm giá"), ("highlight", "Cam kết 100%")):
        pane.set_tool(tool)
        drag(pane.canvas, QPointF(100, 900), QPointF(350, 600))
        viewer.marks_panel.label_edit.setText(label)
        viewer.marks_panel.save_button.click()
    marks = marks_of(ws, png)
    assert [(m.kind, m.label) for m in marks] == [("arrow", "Mã giảm giá"), ("highlight", "Cam kết 100%")]
    assert marks[0].geometry["x2"] > marks[0].geometry["x1"]
    # Select the first in the list, change its words.
    viewer.marks_panel.list.clicked.emit(viewer.marks_panel.model.index(0, 0))
    assert viewer.selected_mark == marks[0].id
    viewer.marks_panel.label_edit.setText("Mã giảm giá lừa đảo")
    viewer.marks_panel.save_button.click()
    assert marks_of(ws, png)[0].label == "Mã giảm giá lừa đảo"
    viewer.confirm = lambda *_: True
    viewer.marks_panel.delete_button.click()
    assert [m.kind for m in marks_of(ws, png)] == ["highlight"]
    # Discarding a drawn mark stores nothing.
    pane.set_tool("rect")
    drag(pane.canvas, QPointF(50, 50), QPointF(200, 200))
    viewer.marks_panel.discard_button.click()
    assert viewer.pending is None and len(marks_of(ws, png)) == 1


def test_the_annotated_image_has_the_marks_drawn(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    png = case[1]["livestream-screenshot.png"]
    mark_service.add_annotation(ws, png, "rect", {"x": 0.1, "y": 0.5, "w": 0.5, "h": 0.2}, "Giá 299k")
    open_item(qtbot, viewer, png)
    out = viewer.export_annotated(tmp_path / "marked.png")
    assert out is not None
    image = QImage(str(out))
    assert image.size().toTuple() == (720, 1280)
    edge = QColor(image.pixel(72 + 180, 640))  # on the top edge of the rectangle
    assert edge.red() > 180 and edge.green() < 100
    original = QImage(str(SAMPLES / "livestream-screenshot.png"))
    assert QColor(image.pixel(360, 1100)) == QColor(original.pixel(360, 1100))  # elsewhere unchanged


def test_pdf_pages_regions_and_text_selection(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    pdf_id = case[1]["product-certificate.pdf"]
    open_item(qtbot, viewer, pdf_id)
    pane = viewer.current_pane()
    assert isinstance(pane, PdfPane)
    qtbot.waitUntil(lambda: not pane.rendering)  # pages are drawn off the GUI thread
    assert pane.rendered_scale > 0
    text = pane.select_between(QPointF(20, 75), QPointF(150, 100))
    assert text.startswith("Tên sản phẩm: Kem dưỡng da ban đêm")
    pane.copy_selection()
    assert QGuiApplication.clipboard().text().startswith("Tên sản phẩm")
    pane.set_tool("text")
    drag(pane.canvas, QPointF(18, 114), QPointF(250, 114))
    assert pane.selected_text == "Số công bố: 000123/26/CBMP-HCM"
    pane.go_to(1)
    assert pane.page == 1 and pane.page_box.value() == 2
    pane.set_tool("rect")
    drag(pane.canvas, QPointF(10, 10), QPointF(300, 60))
    assert viewer.pending is not None and viewer.pending[0] == "page_rect" and viewer.pending[1]["page"] == 1
    viewer.marks_panel.label_edit.setText("Thành phần")
    viewer.marks_panel.save_button.click()
    [mark] = marks_of(ws, pdf_id)
    assert mark.kind == "page_rect" and mark.geometry["page"] == 1
    assert mark.geometry["x"] == pytest.approx(10 / 595, abs=0.01)
    pane.go_to(0)
    assert mark.id not in pane.canvas._mark_rects  # marks of page 2 are not drawn on page 1
    viewer.focus_mark(mark.id)  # a click in the list goes to the mark's page
    assert pane.page == 1 and mark.id in pane.canvas._mark_rects  # on the blank sheet already
    qtbot.waitUntil(lambda: not pane.rendering)
    assert mark.id in pane.canvas._mark_rects  # and on the drawn page
    page = viewer.export_annotated(tmp_path / "page.png")
    assert page is not None and QImage(str(page)).width() == 1190


def test_text_spans_find_and_emoji_offsets(qtbot, ws: Workspace, case, viewer):
    txt = case[1]["chat-export.txt"]
    open_item(qtbot, viewer, txt)
    pane = viewer.current_pane()
    assert isinstance(pane, TextPane)
    pane.find_box.setText("khong can giay to")  # without diacritics
    assert len(pane._found) == 1 and pane.found_label.text() == "1 of 1"
    pane.find_box.setText("ha linh")
    assert pane.found_label.text() == "1 of 2"
    pane.find_next()
    assert pane.found_label.text() == "2 of 2"
    assert pane.editor.textCursor().selectedText() == "Hà Linh"
    pane.find_box.clear()
    start = pane.plain.index("Hàng xách tay")
    end = start + len("Hàng xách tay không cần giấy tờ")
    pane.select_span(start, end)
    pane.mark_selection()
    viewer.marks_panel.label_edit.setText("Hàng không giấy tờ")
    viewer.marks_panel.save_button.click()
    [mark] = marks_of(ws, txt)
    assert mark.geometry == {"start": start, "end": end, "quote": "Hàng xách tay không cần giấy tờ"}
    # A span after an emoji (two UTF-16 units, one character) is still counted in characters.
    text = (SAMPLES / "chat-export.txt").read_text(encoding="utf-8")
    assert text[mark.geometry["start"]:mark.geometry["end"]] == "Hàng xách tay không cần giấy tờ"
    emoji = pane.plain.index("😘")
    pane.select_span(emoji, emoji + 1)
    assert pane.selection_span() == {"start": emoji, "end": emoji + 1, "quote": "😘"}
    pane.focus_mark(mark)
    cursor = pane.editor.textCursor()
    assert cursor.position() == pane._map.to_utf16(start)


# --- safety -----------------------------------------------------------------------------------


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

    def log_message(self, *_args: object) -> None:
        return


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    _Counter.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_captured_page_never_loads_remote_resources_nor_runs_scripts(qtbot, local_server: str, tmp_path: Path):
    red_dot = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0g"
               "AAAABJRU5ErkJggg==")
    page = (SAMPLES / "captured-page.html").read_text(encoding="utf-8").replace(
        "</body>",
        f"<img src='{local_server}/pixel.gif?who=reviewer'>"
        f"<link rel='stylesheet' href='{local_server}/style.css'>"
        f"<div style=\"background-image: url('{local_server}/bg.png')\">x</div>"
        f"<img src='img/local.png'><img src='file:///etc/hostname'><img src='{red_dot}'>"
        f"<script src='{local_server}/app.js'></script></body>",
    )
    pane = HtmlPane()
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.load(Loaded(1, "e", "html", text=page))
    pane.browser.viewport().repaint()
    qtbot.wait(300)
    assert _Counter.hits == []
    blocked = pane.browser.blocked
    assert "http://tracker.example/pixel.gif" in blocked
    assert f"{local_server}/pixel.gif?who=reviewer" in blocked
    assert "img/local.png" in blocked, blocked
    assert any(u.startswith("file:") for u in blocked), blocked
    assert len(pane.browser.served) == 1  # the embedded data: image is shown
    assert "alert" not in pane.plain and "this must never run" not in pane.plain
    assert f"{len(blocked)} outside resource(s)" in pane.banner.text()
    assert not pane.browser.openLinks() and not pane.browser.openExternalLinks()


def test_the_safe_browser_refuses_every_scheme_but_data(qtbot):
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    for url in ("http://a.example/x.png", "https://a.example/x.css", "ftp://a.example/x", "file:///etc/passwd",
                "qrc:/icon.png", "x.png", "//a.example/x.png"):
        assert browser.loadResource(2, QUrl(url)) is None
    assert browser.loadResource(3, QUrl("data:text/css,p%7Bcolor:red%7D")) == "p{color:red}"


def test_a_damaged_file_is_not_shown_and_is_recorded(qtbot, ws: Workspace, case, viewer):
    png_id = case[1]["livestream-screenshot.png"]
    with ws.db.read() as conn:
        item = eq.get_evidence(raw_connection(conn), png_id)
    assert item is not None and item.row.sha256
    path = ws.blobs.path_for(item.row.sha256)
    path.write_bytes(path.read_bytes()[:-4] + b"XXXX")
    open_item(qtbot, viewer, png_id)
    assert viewer.current_pane() is viewer.info
    assert "damaged" in viewer.info.headline.text() and item.row.sha256 in viewer.info.body.text()
    assert viewer.banner.isVisible() and "recorded in the case history" in viewer.banner.text()
    with ws.db.read() as conn:
        history = queries.case_history(raw_connection(conn), case[0])
    assert [h.type for h in history].count("evidence.integrity_failed") == 1
    assert not viewer.save_button.isEnabled() and not viewer.export_button.isEnabled()


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x00" * width * 3
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * 4)) + chunk(b"IEND", b""))


def test_a_decompression_bomb_is_refused_with_a_message(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(40_000, 40_000))  # 6.4 GB of pixels, 200 KB on disk
    attached = ev_service.add_files(ws, case[0], [bomb])
    viewer.reload(select=attached.items[0].id)
    qtbot.waitUntil(lambda: not viewer.loading)
    assert viewer.current_pane() is viewer.info
    assert "decompression bomb" in viewer.info.body.text()
    assert QImageReader.allocationLimit() > 0  # Qt's limit is still on


def test_big_images_get_a_pyramid(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    big = QImage(6000, 4000, QImage.Format.Format_RGB32)
    big.fill(QColor("#336699"))
    path = tmp_path / "big.png"
    assert big.save(str(path))
    attached = ev_service.add_files(ws, case[0], [path])
    viewer.reload(select=attached.items[0].id)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    assert viewer.last_result is not None
    assert [im.width() for im in viewer.last_result.levels] == [3000, 1500]
    pane = viewer.current_pane()
    assert isinstance(pane, ImagePane) and pane.canvas.zoom() < 0.3


def test_sensitive_mode_blurs_until_clicked(qtbot, ws: Workspace, case, viewer):
    png = case[1]["livestream-screenshot.png"]
    viewer.sensitive.setChecked(True)
    assert ws.setting("sensitive_blur") is True
    open_item(qtbot, viewer, png)
    pane = viewer.current_pane()
    assert isinstance(pane, ImagePane)
    assert pane.canvas.veiled and pane.canvas.reveal_button.isVisible()
    viewer.model.thumbnail(viewer.model.rows[2])  # asked for now, not only when the strip paints it
    viewer.model.wait_for_thumbnails()
    qtbot.waitUntil(lambda: viewer.model._thumbs.get(viewer.model.rows[2].sha256 or "") is not None,
                    timeout=20_000)
    key = viewer.model.key(viewer.model.rows[2])
    assert viewer.model.thumbnail(viewer.model.rows[2]) is viewer.model._veiled[key]
    pane.canvas.reveal_button.click()
    assert not pane.canvas.veiled and not viewer.model.veiled(png)
    assert viewer.model.thumbnail(viewer.model.rows[2]) is viewer.model._thumbs[key]
    # A new viewer remembers the setting.
    other = EvidenceViewer(ws, case[0], "en")
    qtbot.addWidget(other)
    assert other.sensitive.isChecked()
    other.close()


def test_dropping_files_attaches_them(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    note = tmp_path / "ghi-chu.txt"
    note.write_text("Khách hàng phản ánh", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(note)), QUrl("https://example.com/not-a-file")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    viewer.dropEvent(event)
    qtbot.waitUntil(lambda: len(viewer.model.rows) == 6, timeout=5000)
    assert viewer.current is not None and viewer.current.name == "ghi-chu.txt"
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    viewer.attacher.attach(case[0], [empty])
    qtbot.waitUntil(lambda: bool(viewer.errors), timeout=5000)  # type: ignore[attr-defined]
    assert "is empty" in viewer.errors[0]  # type: ignore[attr-defined]
    assert len(viewer.model.rows) == 6


# --- media ------------------------------------------------------------------------------------


def _wav(path: Path, seconds: float = 2.0) -> Path:
    rate = 8000
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x00" * int(rate * seconds))
    return path


def test_media_falls_back_to_the_system_player_after_confirmation(qtbot, ws: Workspace, case, viewer,
                                                                  tmp_path: Path, monkeypatch):
    monkeypatch.setattr("moderator_app.ui.evidence.media_pane.multimedia_problem", lambda: "no backend here")
    attached = ev_service.add_files(ws, case[0], [_wav(tmp_path / "livestream-audio.wav")])
    viewer.reload(select=attached.items[0].id)
    qtbot.waitUntil(lambda: not viewer.loading)
    pane = viewer.current_pane()
    assert isinstance(pane, MediaPane) and pane.stack.currentIndex() == 0
    assert "livestream-audio.wav" in pane.facts.text()
    opened: list[QUrl] = []
    viewer.open_url = lambda url: opened.append(url) or True
    viewer.confirm = lambda *_: False
    assert viewer.open_externally() is None and opened == []
    viewer.confirm = lambda *_: True
    copy = viewer.open_externally()
    assert copy is not None and copy.read_bytes() == (tmp_path / "livestream-audio.wav").read_bytes()
    assert opened == [QUrl.fromLocalFile(str(copy))]


@pytest.mark.skipif(multimedia_problem() is not None,
                    reason=f"QtMultimedia cannot be loaded here ({multimedia_problem()}); on Debian it needs "
                           "libpulse0")
def test_audio_plays_and_a_moment_can_be_marked(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    attached = ev_service.add_files(ws, case[0], [_wav(tmp_path / "call.wav", 3.0)])
    evidence_id = attached.items[0].id
    viewer.reload(select=evidence_id)
    qtbot.waitUntil(lambda: not viewer.loading)
    pane = viewer.current_pane()
    assert isinstance(pane, MediaPane) and pane.player is not None
    qtbot.waitUntil(lambda: pane._duration > 0, timeout=10_000)
    assert pane._duration == pytest.approx(3000, abs=100)
    pane.seek(1500)
    qtbot.waitUntil(lambda: pane.player.position() >= 1000, timeout=5000)
    pane.mark_now()
    viewer.marks_panel.label_edit.setText("Lời mời chào")
    viewer.marks_panel.save_button.click()
    [mark] = marks_of(ws, evidence_id)
    assert mark.kind == "time" and mark.geometry["ms"] == pytest.approx(1500, abs=200)
    pane.seek(0)
    viewer.focus_mark(mark.id)
    qtbot.waitUntil(lambda: abs(pane.player.position() - mark.geometry["ms"]) < 200, timeout=5000)
    viewer.select(case[1]["chat-export.txt"])  # moving on stops the player
    from PySide6.QtMultimedia import QMediaPlayer

    assert pane.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState


@pytest.mark.skipif(multimedia_problem() is not None,
                    reason=f"QtMultimedia cannot be loaded here ({multimedia_problem()}); on Debian it needs "
                           "libpulse0")
def test_sealed_evidence_is_shown_and_played_from_the_sealed_file(qtbot, ws: Workspace, case, viewer,
                                                                  tmp_path: Path, monkeypatch):
    """An encrypted workspace's files: the picture decoded and the recording played (and sought in)
    straight from the sealed file, with no decrypted copy written anywhere."""
    import os

    from moderator_app.store.blobs import BlobStore, evidence_key
    from moderator_app.ui.evidence.blob_device import BlobDevice

    sealed = BlobStore(ws.paths.blobs, evidence_key(os.urandom(32)))
    monkeypatch.setattr(Workspace, "blobs", property(lambda _ws: sealed))
    viewer.model.blobs = sealed
    audio = ev_service.add_files(ws, case[0], [_wav(tmp_path / "cuoc-goi.wav", 3.0)]).items[0]
    shot = tmp_path / "anh-chup.png"
    shot.write_bytes((SAMPLES / "livestream-screenshot.png").read_bytes() + b"\x00")  # not the one stored in clear
    picture = ev_service.add_files(ws, case[0], [shot]).items[0]
    for item in (audio, picture):
        sha = ev_service.resolve_evidence(ws, item.id).row.sha256
        assert sha is not None and sealed.is_sealed(sha)
    before = {p for p in tmp_path.rglob("*")}
    viewer.reload(select=picture.id)
    qtbot.waitUntil(lambda: not viewer.loading)
    image = viewer.current_pane()
    assert isinstance(image, ImagePane) and image.image is not None and image.image.size().toTuple() == (720, 1280)
    viewer.select(audio.id)
    qtbot.waitUntil(lambda: not viewer.loading)
    pane = viewer.current_pane()
    assert isinstance(pane, MediaPane) and isinstance(pane._device, BlobDevice)
    qtbot.waitUntil(lambda: pane._duration > 0, timeout=10_000)
    assert pane._duration == pytest.approx(3000, abs=100)
    pane.seek(2000)
    qtbot.waitUntil(lambda: pane.player.position() >= 1500, timeout=5000)
    assert {p for p in tmp_path.rglob("*")} == before  # nothing decrypted to disk
    viewer.select(picture.id)  # moving on closes the device
    qtbot.waitUntil(lambda: not viewer.loading)
    assert pane._device is None


def test_a_list_model_of_no_items(qtmodeltester, ws: Workspace):
    model = EvidenceListModel(ws.blobs, "en")
    qtmodeltester.check(model)
    model.shutdown()


def test_opening_and_saving_a_copy_are_in_the_case_history(qtbot, ws: Workspace, case, viewer, tmp_path: Path):
    png = case[1]["livestream-screenshot.png"]
    open_item(qtbot, viewer, png)
    open_item(qtbot, viewer, case[1]["link"])
    open_item(qtbot, viewer, png)  # the same viewing: one line
    assert viewer.save_copy(tmp_path / "ban-sao.png") is not None
    with ws.db.read() as conn:
        history = queries.case_history(raw_connection(conn), case[0])
    accesses = [(h.entity, h.payload["action"], h.payload.get("to")) for h in history if h.type == "evidence.accessed"]
    assert (png, "opened", None) in accesses and (png, "copy_saved", "ban-sao.png") in accesses
    assert sum(1 for a in accesses if a[:2] == (png, "opened")) == 1
    assert not any(a[0] == case[1]["link"] for a in accesses)  # a link is not evidence taken out


def test_the_text_found_is_shown_beside_the_item_with_its_indicators(qtbot, ws: Workspace, tmp_path):
    from moderator_app.services import indicators

    filed = reports.file_report(ws, reports.ReportInput("Hà Linh Review", Platform.TIKTOK, Category.FRAUD))
    chat = tmp_path / "tin-nhan.txt"
    chat.write_text("Khách: cho em xin STK\nShop: STK 0123 456 789 Vietcombank, Zalo 0912.345.678\n",
                    encoding="utf-8")
    item = ev_service.add_files(ws, filed.ref, [chat]).items[0].id
    v = EvidenceViewer(ws, filed.case_id, "en")
    qtbot.addWidget(v)
    v.show()
    open_item(qtbot, v, item)
    v.side_tabs.setCurrentWidget(v.text_found)
    panel = v.text_found
    qtbot.waitUntil(panel.read_button.isVisible)  # not read yet: the member may ask
    with qtbot.waitSignal(panel.shown, timeout=10_000):
        panel.read_now()
    assert "STK 0123 456 789" in panel.text.toPlainText()
    assert "The file's text" in panel.state.text()
    assert "0912 345 678" in panel.found.text() and "Vietcombank" in panel.found.text()
    # The indicators are highlighted where they are in the text.
    start = panel.text.toPlainText().index("0912.345.678")
    cursor = panel.text.textCursor()
    cursor.setPosition(start + 1)
    assert cursor.charFormat().background().color().name() == "#ffe08a"
    assert indicators.pending_count(ws) == 1  # the report itself still waits for the background run
    v.close()
