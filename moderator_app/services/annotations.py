"""Marks on evidence: add, edit (a new version of its fields), delete (a tombstone).

A mark's position is normalised (``domain.annotations``) before it is stored, and must fit its
evidence: rectangles and arrows on images, page rectangles on PDFs, spans on text and web
pages, time marks on video and audio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from moderator_app.domain import mime
from moderator_app.domain.annotations import MAX_QUOTE, check_kind_fits, clean_geometry, clean_text
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.permissions import allowed_roles
from moderator_app.domain.textspan import decode_text
from moderator_app.store import evidence_queries as eq
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.fields import current_heads

from .evidence import read_verified, resolve_evidence
from .workspace import Workspace


def _require(ws: Workspace, event_type: str, action: str) -> None:
    ws.require_role(*sorted(allowed_roles(event_type)), action=action)


def add_annotation(
    ws: Workspace,
    evidence_id: str,
    kind: str,
    geometry: dict[str, Any],
    label: str = "",
    comment: str = "",
) -> str:
    """Mark a region, span or moment of an evidence item; returns the mark's id."""
    _require(ws, "annotation.added", "annotating evidence")
    item = resolve_evidence(ws, evidence_id)
    if item.deleted:
        raise UserError(f"evidence {item.row.id} was removed; it can no longer be annotated",
                        vi=f"chứng cứ {item.row.id} đã được gỡ khỏi hồ sơ; không thể thêm chú thích nữa",
                        code="annotation_evidence_removed")
    if item.row.kind != "file":
        raise UserError("a link cannot be annotated; add a note to the case instead",
                        vi="không thể thêm chú thích cho một liên kết; hãy thêm ghi chú vào hồ sơ",
                        code="annotation_on_link")
    check_kind_fits(kind, mime.family(item.row.mime))
    geo = _fit_to_text(ws, item.row, clean_geometry(kind, geometry))
    lab, com = clean_text(label, comment)
    with ws.transaction() as tx:
        annotation_id = tx.new_id()
        tx.emit(
            "annotation.added",
            annotation_id,
            {"evidence": item.row.id, "on": item.row.name, "kind": kind, "geometry": geo, "label": lab,
             "comment": com},
            case_id=item.case_id,
        )
    return annotation_id


def _fit_to_text(ws: Workspace, row: eq.EvidenceRow, geo: dict[str, Any]) -> dict[str, Any]:
    """A span on a text file must lie within its text, and keeps the words it marks (``quote``).
    (Spans on web pages count the page's rendered text, which only the viewer knows.)"""
    if "start" not in geo or mime.family(row.mime) != "text":
        return geo
    text = decode_text(read_verified(ws, row))
    if geo["end"] > len(text):
        raise UserError(f"the span ends at character {geo['end']}, but {row.name} has {len(text)} characters",
                        vi=f"đoạn được chọn kết thúc ở ký tự thứ {geo['end']}, nhưng {row.name} chỉ có "
                           f"{len(text)} ký tự",
                        code="annotation_span_past_end")
    if "quote" not in geo:
        geo = {**geo, "quote": text[geo["start"]:geo["end"]][:MAX_QUOTE]}
    return geo


@dataclass(frozen=True, slots=True)
class _Mark:
    row: eq.AnnotationRow
    case_id: str
    evidence_name: str


def _mark(ws: Workspace, annotation_id: str) -> _Mark:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        found = eq.get_annotation(raw, annotation_id.strip().lower())
        if found is None or found[1]:
            raise NotFound(f"no annotation {annotation_id.strip()!r} (it may have been deleted)",
                           vi=f"không có chú thích {annotation_id.strip()!r} (có thể chú thích đã bị xóa)",
                           code="no_annotation")
        row = found[0]
        ev = eq.get_evidence(raw, row.evidence_id)
    assert ev is not None
    if ev.deleted:
        raise UserError("the evidence of this annotation was removed",
                        vi="chứng cứ của chú thích này đã được gỡ khỏi hồ sơ", code="annotation_evidence_removed")
    return _Mark(row, ev.case_id, ev.row.name)


def edit_annotation(
    ws: Workspace,
    annotation_id: str,
    *,
    geometry: dict[str, Any] | None = None,
    label: str | None = None,
    comment: str | None = None,
) -> bool:
    """Write a new version of a mark's changed fields; returns whether anything changed."""
    _require(ws, "annotation.edited", "editing an annotation")
    mark = _mark(ws, annotation_id)
    row = mark.row
    wanted: dict[str, Any] = {}
    if geometry is not None:
        ev = resolve_evidence(ws, row.evidence_id)
        wanted["geometry"] = _fit_to_text(ws, ev.row, clean_geometry(row.kind, geometry))
    if label is not None or comment is not None:
        lab, com = clean_text(row.label if label is None else label, row.comment if comment is None else comment)
        wanted["label"], wanted["comment"] = lab, com
    current = {"geometry": row.geometry, "label": row.label, "comment": row.comment}
    with ws.transaction() as tx:
        changes = {
            f: {"from": current[f], "to": v, "base": current_heads(tx.proj, "annotation", row.id, f)}
            for f, v in sorted(wanted.items())
            if v != current[f]
        }
        if not changes:
            return False
        tx.emit("annotation.edited", row.id,
                {"changes": changes, "on": mark.evidence_name, "label": wanted.get("label", row.label)},
                case_id=mark.case_id)
    return True


def delete_annotation(ws: Workspace, annotation_id: str) -> None:
    _require(ws, "annotation.deleted", "deleting an annotation")
    mark = _mark(ws, annotation_id)
    with ws.transaction() as tx:
        tx.emit("annotation.deleted", mark.row.id, {"on": mark.evidence_name, "label": mark.row.label},
                case_id=mark.case_id)
