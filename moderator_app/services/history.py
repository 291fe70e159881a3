"""Case history in words: each event of the log described in Vietnamese or English.

The same structured facts feed ``case show --json`` (codes, for programs) and these sentences
(labels, for people), so the history view, the command line and the printed case file agree.
"""

from __future__ import annotations

from typing import Any

from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Status
from moderator_app.store.queries import HistoryEntry

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "status": ("Trạng thái", "Status"),
    "priority": ("Mức ưu tiên", "Priority"),
    "urgent": ("Khẩn cấp", "Urgent"),
    "assignee": ("Người phụ trách", "Assignee"),
    "title": ("Tiêu đề", "Title"),
    "category": ("Loại vi phạm", "Category"),
    "platform": ("Nền tảng", "Platform"),
    "decision": ("Quyết định", "Decision"),
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "report": ("Phản ánh", "Reports"),
    "change": ("Thay đổi", "Changes"),
    "note": ("Ghi chú", "Notes"),
    "evidence": ("Chứng cứ", "Evidence"),
    "annotation": ("Chú thích", "Annotations"),
    "decision": ("Quyết định", "Decisions"),
    "meeting": ("Cuộc họp", "Meetings"),
    "merge": ("Gộp hồ sơ", "Merges"),
    "other": ("Khác", "Other"),
}


def kind_of(event_type: str) -> str:
    """The filter group an event type belongs to in the history view."""
    prefix = event_type.split(".", 1)[0]
    return {
        "report": "report",
        "case": "merge" if event_type == "case.merged" else "change",
        "note": "note",
        "evidence": "evidence",
        "annotation": "annotation",
        "decision": "decision",
        "agenda": "meeting",
        "meeting": "meeting",
    }.get(prefix, "other")


def _t(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def value_label(field: str, value: Any, lang: str, names: dict[str, str]) -> str:
    if value is None or value == "":
        return "—"
    match field:
        case "status":
            return Status(value).label(lang)
        case "priority":
            return Priority.from_level(int(value)).label(lang)
        case "urgent":
            return _t(("có", "yes"), lang) if value else _t(("không", "no"), lang)
        case "assignee":
            return names.get(str(value), str(value))
        case "category":
            return Category(value).label(lang)
        case "platform":
            return Platform(value).label(lang)
    return str(value)


def changes_of(entry: HistoryEntry) -> list[dict[str, Any]]:
    """Field changes an event made (``from``/``to`` as the author saw them)."""
    changes = entry.payload.get("changes", {})
    return [{"field": f, "from": c.get("from"), "to": c.get("to")} for f, c in sorted(changes.items())]


def describe(entry: HistoryEntry, lang: str, names: dict[str, str], refs: dict[str, str] | None = None) -> str:
    p = entry.payload
    t = entry.type
    if t == "report.filed":
        platform = Platform(p["platform"]).label(lang)
        category = Category(p["category"]).label(lang)
        if "new_case" in p:
            return _t((f"Mở hồ sơ từ phản ánh ({platform}, {category})",
                       f"Case opened from a report ({platform}, {category})"), lang)
        return _t((f"Thêm phản ánh ({platform}, {category})", f"Report added ({platform}, {category})"), lang)
    if t in ("case.updated", "decision.recorded"):
        parts = []
        for ch in changes_of(entry):
            if ch["field"] == "decision":
                continue
            label = _t(FIELD_LABELS.get(ch["field"], (ch["field"], ch["field"])), lang)
            old = value_label(ch["field"], ch["from"], lang, names)
            new = value_label(ch["field"], ch["to"], lang, names)
            parts.append(f"{label}: {old} → {new}")
        text = "; ".join(parts)
        if t == "decision.recorded":
            outcome = Outcome(p["outcome"]).label(lang)
            text = _t((f"Quyết định: {outcome}", f"Decision: {outcome}"), lang) + (f" ({text})" if text else "")
        if p.get("reason"):
            text += _t((f" — lý do: {p['reason']}", f" — reason: {p['reason']}"), lang)
        return text
    if t == "note.added":
        return _t(("Ghi chú: ", "Note: "), lang) + _shorten(p["body"])
    if t == "note.deleted":
        return _t(("Xóa một ghi chú", "A note was deleted"), lang)
    if t == "case.merged":
        target = (refs or {}).get(p["into"], p["into"])
        return _t((f"Gộp vào hồ sơ {target}", f"Merged into case {target}"), lang)
    if t.startswith(("evidence.", "annotation.")):
        return describe_evidence(entry, lang)
    if t == "agenda.added":
        return _t(("Đưa vào chương trình họp", "Put on a meeting agenda"), lang)
    return t


def describe_evidence(entry: HistoryEntry, lang: str) -> str:
    """Evidence and annotation events in words."""
    from moderator_app.domain import mime
    from moderator_app.domain.annotations import kind_label

    p = entry.payload
    t = entry.type
    name = p.get("name") or p.get("url") or ""
    on = p.get("on") or ""
    if t == "evidence.added":
        kind = mime.describe(p.get("mime"), lang)
        text = _t((f"Thêm chứng cứ: {name} ({kind})", f"Evidence added: {name} ({kind})"), lang)
        if p.get("claimed_mime"):
            claimed = mime.describe(p["claimed_mime"], lang)
            text += _t((f" — tên tệp ghi là {claimed} nhưng nội dung là {kind}",
                        f" — the name says {claimed} but the content is {kind}"), lang)
        return text
    if t == "evidence.link_added":
        return _t((f"Thêm liên kết chứng cứ: {p.get('url', '')}", f"Link added as evidence: {p.get('url', '')}"), lang)
    if t == "evidence.removed":
        text = _t((f"Gỡ chứng cứ: {name}", f"Evidence removed: {name}"), lang)
        if p.get("reason"):
            text += _t((f" — lý do: {p['reason']}", f" — reason: {p['reason']}"), lang)
        return text
    if t == "evidence.integrity_failed":
        sha = str(p.get("sha256", ""))[:12]
        return _t((f"Cảnh báo toàn vẹn: tệp {name} bị hỏng khi mở (SHA-256 {sha}…)",
                   f"Integrity warning: the file {name} was found damaged when opened (SHA-256 {sha}…)"), lang)
    label = p.get("label") or ""
    quoted = f" «{_shorten(label, 60)}»" if label else ""
    if t == "annotation.added":
        kind = kind_label(p.get("kind", ""), lang).lower()
        return _t((f"Chú thích ({kind}) trên {on}{quoted}", f"Annotation ({kind}) on {on}{quoted}"), lang)
    if t == "annotation.edited":
        return _t((f"Sửa chú thích trên {on}{quoted}", f"Annotation on {on} edited{quoted}"), lang)
    if t == "annotation.deleted":
        return _t((f"Xóa chú thích trên {on}{quoted}", f"Annotation on {on} deleted{quoted}"), lang)
    return t


def _shorten(text: str, limit: int = 120) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
