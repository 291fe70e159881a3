"""Annotations: normalised geometry, versions, tombstones, history, and convergence."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderator_app.domain.annotations import clean_geometry
from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.services import annotations as marks
from moderator_app.services import evidence as ev_service
from moderator_app.services import reports
from moderator_app.services.history import describe
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries as eq
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .conftest import DATA
from .helpers import all_events, deliver, snapshot

SAMPLES = DATA / "evidence"


def _setup(ws: Workspace) -> tuple[str, dict[str, str]]:
    filed = reports.file_report(ws, reports.ReportInput("Hà Linh Review", Platform.FACEBOOK, Category.UNDISCLOSED_AD,
                                                        url="https://facebook.com/halinh/posts/1"))
    items = ev_service.add_files(ws, filed.ref, sorted(SAMPLES.iterdir())).items
    return filed.case_id, {i.mime: i.id for i in items}


def _marks(ws: Workspace, evidence_id: str) -> list[queries.AnnotationRow]:
    with ws.db.read() as conn:
        return eq.evidence_annotations(raw_connection(conn), evidence_id)


def test_geometry_is_checked_and_made_canonical():
    assert clean_geometry("rect", {"x": 0.1234567891, "y": 0, "w": 0.5, "h": 1}) == {
        "x": 0.123457, "y": 0.0, "w": 0.5, "h": 1.0}
    assert clean_geometry("rect", {"x": 0.8, "y": 0.8, "w": 0.5, "h": 0.5}) == {"x": 0.8, "y": 0.8, "w": 0.2, "h": 0.2}
    assert clean_geometry("page_rect", {"page": 2, "x": 0, "y": 0, "w": 0.1, "h": 0.1})["page"] == 2
    assert clean_geometry("span", {"start": 3, "end": 9, "quote": "chốt đơn"}) == {
        "start": 3, "end": 9, "quote": "chốt đơn"}
    assert clean_geometry("time", {"ms": 61_000}) == {"ms": 61_000}
    for kind, bad in [
        ("rect", {"x": 1.5, "y": 0, "w": 0.1, "h": 0.1}),
        ("rect", {"x": 0, "y": 0, "w": 0, "h": 0.1}),
        ("rect", {"x": "a", "y": 0, "w": 0.1, "h": 0.1}),
        ("rect", {"x": float("nan"), "y": 0, "w": 0.1, "h": 0.1}),
        ("arrow", {"x1": 0.5, "y1": 0.5, "x2": 0.5, "y2": 0.5}),
        ("span", {"start": 5, "end": 5}),
        ("time", {"ms": -1}),
        ("page_rect", {"page": True, "x": 0, "y": 0, "w": 0.1, "h": 0.1}),
        ("circle", {}),
        ("rect", [0, 0, 1, 1]),
    ]:
        with pytest.raises(UserError):
            clean_geometry(kind, bad)


def test_a_mark_must_fit_its_evidence(ws: Workspace):
    _case, ids = _setup(ws)
    with pytest.raises(UserError, match="does not fit"):
        marks.add_annotation(ws, ids["image/png"], "span", {"start": 0, "end": 4})
    with pytest.raises(UserError, match="does not fit"):
        marks.add_annotation(ws, ids["application/pdf"], "rect", {"x": 0, "y": 0, "w": 0.5, "h": 0.5})
    assert marks.add_annotation(ws, ids["text/html"], "span", {"start": 0, "end": 4})
    with pytest.raises(NotFound):
        marks.add_annotation(ws, "nothing", "rect", {"x": 0, "y": 0, "w": 0.5, "h": 0.5})


def test_add_edit_delete_round_trip_and_history(ws: Workspace):
    case_id, ids = _setup(ws)
    png = ids["image/png"]
    geometry = {"x": 0.62, "y": 0.08, "w": 0.3, "h": 0.12}
    mark_id = marks.add_annotation(ws, png, "rect", geometry, "Không có nhãn #QC", "Góc phải trên")
    pdf_mark = marks.add_annotation(ws, ids["application/pdf"], "page_rect",
                                    {"page": 0, "x": 0.1, "y": 0.5, "w": 0.8, "h": 0.1}, "Số giấy phép")
    [row] = _marks(ws, png)
    assert row.geometry == geometry and row.label == "Không có nhãn #QC" and row.edits == 0
    assert marks.edit_annotation(ws, mark_id, label="Thiếu nhãn quảng cáo", geometry={**geometry, "w": 0.35})
    assert not marks.edit_annotation(ws, mark_id, label="Thiếu nhãn quảng cáo")  # nothing new: no event
    [row] = _marks(ws, png)
    assert row.label == "Thiếu nhãn quảng cáo" and row.geometry["w"] == 0.35 and row.comment == "Góc phải trên"
    assert row.edits == 1
    marks.delete_annotation(ws, pdf_mark)
    assert _marks(ws, ids["application/pdf"]) == []
    with pytest.raises(NotFound):
        marks.edit_annotation(ws, pdf_mark, label="x")
    with ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), case_id)
    assert detail is not None and [a.id for a in detail.annotations] == [mark_id]
    lines = [describe(h, "en", {}) for h in detail.history if h.type.startswith("annotation.")]
    assert lines == [
        "Annotation (rectangle) on livestream-screenshot.png «Không có nhãn #QC»",
        "Annotation (page region) on product-certificate.pdf «Số giấy phép»",
        "Annotation on livestream-screenshot.png edited «Thiếu nhãn quảng cáo»",
        "Annotation on product-certificate.pdf deleted «Số giấy phép»",
    ]
    assert verify(ws).ok


def test_marks_of_removed_evidence_disappear_with_it(ws: Workspace):
    case_id, ids = _setup(ws)
    marks.add_annotation(ws, ids["text/plain"], "span", {"start": 0, "end": 18, "quote": "[12/10/2026 21:02]"})
    ev_service.remove_evidence(ws, ids["text/plain"])
    with ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), case_id)
    assert detail is not None and detail.annotations == ()
    with pytest.raises(UserError, match="removed"):
        marks.add_annotation(ws, ids["text/plain"], "span", {"start": 0, "end": 4})


def test_concurrent_edits_converge_in_any_order(tmp_path: Path):
    a = Workspace.open(tmp_path / "a", member_name="An")
    b = Workspace.open(tmp_path / "b", member_name="Bình")
    c = Workspace.open(tmp_path / "c", member_name="Chi")
    try:
        _case, ids = _setup(a)
        mark_id = marks.add_annotation(a, ids["image/png"], "rect", {"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2}, "A")
        base = all_events(a)
        deliver(b, base)
        marks.edit_annotation(a, mark_id, label="label by An")
        marks.edit_annotation(b, mark_id, comment="comment by Bình", geometry={"x": 0.2, "y": 0.1, "w": 0.2, "h": 0.2})
        marks.edit_annotation(b, mark_id, label="label by Bình")
        ea, eb = all_events(a), all_events(b)
        deliver(a, eb)
        deliver(b, ea)
        deliver(c, [*base, *[e for e in eb if e not in base], *[e for e in ea if e not in base]])
        for w in (b, c):  # the bytes travel with the events (sync carries blobs)
            for sha in a.blobs:
                w.blobs.put_bytes(a.blobs.read_verified(sha))
        snaps = [snapshot(w) for w in (a, b, c)]
        assert snaps[0] == snaps[1] == snaps[2]
        [evidence] = [e for e in next(iter(snaps[0]["cases"].values()))["evidence"] if e["annotations"]]
        [mark] = evidence["annotations"]
        assert mark["comment"] == "comment by Bình" and mark["geometry"]["x"] == 0.2
        assert mark["label"] in ("label by An", "label by Bình") and mark["versions"] == 4
        for w in (a, b, c):
            assert verify(w).ok
    finally:
        for w in (a, b, c):
            w.close()


def test_a_span_on_a_text_file_lies_within_it_and_keeps_its_words(ws: Workspace):
    _case, ids = _setup(ws)
    text_id = ids["text/plain"]
    text = (SAMPLES / "chat-export.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
    before = len(all_events(ws))
    with pytest.raises(UserError, match=f"ends at character 99999, but chat-export.txt has {len(text)} characters"):
        marks.add_annotation(ws, text_id, "span", {"start": 0, "end": 99_999})
    assert len(all_events(ws)) == before
    mark = marks.add_annotation(ws, text_id, "span", {"start": 1, "end": 11})
    assert [m.geometry["quote"] for m in _marks(ws, text_id) if m.id == mark] == [text[1:11]]
    with pytest.raises(UserError, match="ends at character"):
        marks.edit_annotation(ws, mark, geometry={"start": 0, "end": len(text) + 1})
