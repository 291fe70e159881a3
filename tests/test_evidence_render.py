"""A marked picture shows the evidence under every mark: in the viewer's export and from
`evidence render`, which write the same picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import annotations as annotation_service
from moderator_app.services import evidence as evidence_service
from moderator_app.services import reports
from moderator_app.services.workspace import Workspace

from .conftest import DATA

WHITE = QColor("white")
RECTS = [{"x": 0.05, "y": 0.2, "w": 0.25, "h": 0.5}, {"x": 0.4, "y": 0.2, "w": 0.25, "h": 0.5},
         {"x": 0.7, "y": 0.3, "w": 0.25, "h": 0.5}]


@pytest.fixture
def marked(qapp, ws: Workspace, tmp_path: Path) -> tuple[Workspace, str]:
    filed = reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD,
                                                        url="https://www.tiktok.com/@x/video/1"))
    picture = tmp_path / "chup-man-hinh.png"
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    assert image.save(str(picture))
    evidence_id = evidence_service.add_files(ws, filed.ref, [picture]).items[0].id
    for i, rect in enumerate(RECTS, start=1):
        annotation_service.add_annotation(ws, evidence_id, "rect", rect, f"Dấu {i}: số tài khoản lừa đảo")
    return ws, evidence_id


def _centre(image: QImage, rect: dict[str, float]) -> QColor:
    x = int((rect["x"] + rect["w"] / 2) * image.width())
    y = int((rect["y"] + rect["h"] * 0.75) * image.height())
    return image.pixelColor(x, y)


def test_every_mark_leaves_the_evidence_visible(marked) -> None:
    from moderator_app.ui.evidence.marked_export import marked_picture

    ws, evidence_id = marked
    image = marked_picture(ws, evidence_id)
    assert (image.width(), image.height()) == (600, 300)
    for rect in RECTS:
        assert _centre(image, rect) == WHITE, f"the evidence under {rect} is hidden"
    left_edge = image.pixelColor(int(RECTS[1]["x"] * 600), int((RECTS[1]["y"] + RECTS[1]["h"] / 2) * 300))
    assert left_edge.red() > 150 and left_edge.green() < 120  # the outline itself is drawn


def test_the_command_line_writes_the_viewers_picture(qtbot, marked, tmp_path: Path) -> None:
    from moderator_app.cli import build_parser, run
    from moderator_app.cli.common import Output
    from moderator_app.ui.evidence.viewer import EvidenceViewer

    ws, evidence_id = marked
    with ws.db.read() as conn:
        from moderator_app.store import evidence_queries
        from moderator_app.store.database import raw_connection

        case_id = evidence_queries.get_evidence(raw_connection(conn), evidence_id).case_id
    viewer = EvidenceViewer(ws, case_id, "en", evidence_id=evidence_id)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.current_pane().annotated_image(viewer.marks) is not None, timeout=5000)
    from_window = viewer.export_annotated(tmp_path / "window.png")
    assert from_window is not None
    ws.close()
    import io

    args = build_parser().parse_args(["--data-dir", str(ws.root), "--lang", "en", "evidence", "render",
                                      evidence_id[:8], "-o", str(tmp_path / "cli.png")])
    assert run(args, Output(stdout=io.StringIO(), stderr=io.StringIO())) == 0
    assert QImage(str(tmp_path / "cli.png")) == QImage(str(tmp_path / "window.png"))


def test_a_pdf_page_renders_with_its_region_marks(qapp, ws: Workspace) -> None:
    from moderator_app.ui.evidence.marked_export import marked_picture

    filed = reports.file_report(ws, reports.ReportInput("Khánh Vy", Platform.FACEBOOK, Category.FALSE_CLAIM))
    pdf = DATA / "evidence" / "product-certificate.pdf"
    evidence_id = evidence_service.add_files(ws, filed.ref, [pdf]).items[0].id
    annotation_service.add_annotation(ws, evidence_id, "page_rect", {"page": 0, "x": 0.1, "y": 0.1, "w": 0.5, "h": 0.2},
                                      "Dấu đóng giả")
    image = marked_picture(ws, evidence_id, page=1)
    assert image.width() > 800  # 144 dpi
    from moderator_app.domain.errors import UserError

    with pytest.raises(UserError) as refused:
        marked_picture(ws, evidence_id, page=99)
    assert refused.value.code == "pdf_page_out_of_range" and "trang" in refused.value.text("vi")


def test_a_mark_being_made_is_kept_when_another_is_drawn_or_the_viewer_closes(qtbot, marked) -> None:
    from moderator_app.store import evidence_queries
    from moderator_app.store.database import raw_connection
    from moderator_app.ui.evidence.viewer import EvidenceViewer

    ws, evidence_id = marked
    with ws.db.read() as conn:
        case_id = evidence_queries.get_evidence(raw_connection(conn), evidence_id).case_id
    viewer = EvidenceViewer(ws, case_id, "en", evidence_id=evidence_id)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: len(viewer.marks) == 3 and getattr(viewer.current_pane(), "family", "") == "image",
                    timeout=5000)
    pane = viewer.current_pane()
    pane.canvas.drawn.emit("rect", {"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2})
    viewer.marks_panel.label_edit.setText("Mã QR chuyển tiền")
    pane.set_tool("arrow")  # another tool chosen before Enter
    pane.canvas.drawn.emit("arrow", {"x1": 0.5, "y1": 0.5, "x2": 0.6, "y2": 0.6})
    qtbot.waitUntil(lambda: len(viewer.marks) == 4, timeout=3000)
    assert viewer.marks[-1].label == "Mã QR chuyển tiền" and viewer.marks[-1].kind == "rect"
    viewer.marks_panel.label_edit.setText("Mũi tên tới số tài khoản")
    viewer.close()
    with ws.db.read() as conn:
        labels = [m.label for m in evidence_queries.evidence_annotations(raw_connection(conn), evidence_id)]
    assert labels[-2:] == ["Mã QR chuyển tiền", "Mũi tên tới số tài khoản"]
