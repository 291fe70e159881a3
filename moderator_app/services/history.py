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
        "case": "merge" if event_type in ("case.merged", "case.unmerged") else "change",
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
        if p.get("undoes"):
            text = _t(("Hoàn tác: ", "Undone: "), lang) + text
        return text
    if t == "note.added":
        return _t(("Ghi chú: ", "Note: "), lang) + _shorten(p["body"])
    if t == "note.deleted":
        if p.get("undoes"):
            return _t(("Hoàn tác: xóa ghi chú vừa thêm", "Undone: the note just added was removed"), lang)
        return _t(("Xóa một ghi chú", "A note was deleted"), lang)
    if t == "case.merged":
        target = (refs or {}).get(p["into"], p["into"])
        return _t((f"Gộp vào hồ sơ {target}", f"Merged into case {target}"), lang)
    if t == "case.unmerged":
        source = (refs or {}).get(p["from"], p["from"])
        return _t((f"Hoàn tác gộp: tách khỏi hồ sơ {source}", f"Merge undone: separated from case {source}"), lang)
    if t == "agenda.added":
        return _t(("Đưa vào chương trình họp", "Put on a meeting agenda"), lang)
    return t


def _shorten(text: str, limit: int = 120) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
