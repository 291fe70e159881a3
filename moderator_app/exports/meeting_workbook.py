"""The meeting's workbook for secretaries: decisions, attendance, agenda, follow-ups (in that order)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from moderator_app.domain.clock import local_date, vn_now
from moderator_app.domain.enums import Category, Outcome, Role, Status
from moderator_app.domain.errors import NotFound
from moderator_app.domain.meetings import ATTENDANCE_LABELS, VOTE_LABELS, label
from moderator_app.store import meeting_queries as mq

from .xlsx import Col, Progress, Properties, Sheet, iso_date, write_workbook, yes_no

DECISION_COLUMNS = (
    Col("STT", "No.", "int", 6),
    Col("Hồ sơ", "Case", "text", 16),
    Col("Người có ảnh hưởng", "Influencer", "user", 28),
    Col("Tài khoản", "Accounts", "user", 34, wrap=True),
    Col("Loại vi phạm", "Category", "text", 30, wrap=True),
    Col("Tóm tắt", "Summary", "user", 50, wrap=True),
    Col("Hình thức xử lý", "Outcome", "text", 30, wrap=True),
    Col("Mức", "Level", "int", 7),
    Col("Tán thành", "For", "int", 10),
    Col("Không tán thành", "Against", "int", 10),
    Col("Không ý kiến", "Abstain", "int", 10),
    Col("Rút lui", "Recused", "int", 9),
    Col("Lý do", "Rationale", "user", 60, wrap=True),
    Col("Việc tiếp theo", "Follow-ups", "user", 50, wrap=True),
    Col("Hạn", "Deadline", "date", 12),
    Col("Công bố", "Published", "text", 10),
    Col("Ngày quyết định", "Decided on", "date", 12),
    Col("Phiên bản", "Version", "text", 36, wrap=True),
)
ATTENDANCE_COLUMNS = (
    Col("Thành viên", "Member", "user", 32),
    Col("Vai trò", "Role", "text", 18),
    Col("Biểu quyết", "Votes", "text", 11),
    Col("Điểm danh", "Attendance", "text", 18),
)
AGENDA_COLUMNS = (
    Col("STT", "No.", "int", 6),
    Col("Loại mục", "Item", "text", 22),
    Col("Hồ sơ", "Case", "text", 16),
    Col("Người có ảnh hưởng", "Influencer", "user", 28),
    Col("Loại vi phạm", "Category", "text", 30, wrap=True),
    Col("Trạng thái", "Status", "text", 16),
    Col("Đề xuất xử lý", "Recommended outcome", "text", 30, wrap=True),
    Col("Ý kiến thẩm định", "Recommendation", "user", 50, wrap=True),
    Col("Biểu quyết từng thành viên", "Members' votes", "user", 40, wrap=True),
    Col("Quyết định", "Decision", "text", 30, wrap=True),
)
FOLLOW_UP_COLUMNS = (
    Col("Hồ sơ", "Case", "text", 16),
    Col("Người có ảnh hưởng", "Influencer", "user", 28),
    Col("Việc cần làm", "Action", "user", 60, wrap=True),
    Col("Người phụ trách", "Owner", "user", 26),
    Col("Hạn", "Deadline", "date", 12),
    Col("Hoàn thành", "Done", "date", 12),
    Col("Hình thức xử lý", "Outcome", "text", 30, wrap=True),
)


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def _follow_up_text(d: mq.DecisionFull, lang: str) -> str:
    lines = []
    for f in d.follow_ups:
        text = f"• {f.action}"
        if f.owner_name:
            text += f" — {f.owner_name}"
        if f.due_on:
            text += f" ({iso_date(f.due_on).strftime('%d/%m/%Y')})"  # type: ignore[union-attr]
        lines.append(text)
    return "\n".join(lines)


def _version(d: mq.DecisionFull, by_id: dict[str, mq.DecisionFull], lang: str) -> str:
    notes = []
    if d.amends:
        original = by_id.get(d.amends)
        when = iso_date(original.decided_on).strftime("%d/%m/%Y") if original else ""  # type: ignore[union-attr]
        notes.append(_t(lang, f"Sửa đổi quyết định {d.amends} ({when})", f"Amends decision {d.amends} ({when})"))
    if d.amended_by:
        notes.append(_t(lang, "Đã được sửa đổi bởi ", "Superseded by ") + ", ".join(d.amended_by))
    if d.appeal_of:
        notes.append(_t(lang, f"Phúc xét quyết định {d.appeal_of}", f"Ruling on appeal of {d.appeal_of}"))
    if d.appealed_at is not None:
        notes.append(_t(lang, "Đã có đề nghị phúc xét", "Appealed"))
    if d.conflicted:
        notes.append(_t(lang, "Có thay đổi xung đột cần xử lý", "Conflicting changes to resolve"))
    return "\n".join(notes) or _t(lang, "Bản gốc", "Original")


def decision_rows(decisions: Sequence[mq.DecisionFull], lang: str) -> Iterator[list[Any]]:
    by_id = {d.id: d for d in decisions}
    for n, d in enumerate(decisions, start=1):
        outcome = Outcome(d.outcome)
        dues = sorted(f.due_on for f in d.follow_ups if f.due_on)
        yield [
            n, d.ref, d.influencer, d.accounts, Category(d.category).label(lang), d.summary, outcome.label(lang),
            outcome.level, d.votes_for, d.votes_against, d.votes_abstain, d.votes_recused, d.rationale,
            _follow_up_text(d, lang), iso_date(dues[0]) if dues else None, yes_no(d.published, lang),
            iso_date(d.decided_on), _version(d, by_id, lang),
        ]


def _attendance_rows(detail: mq.MeetingDetail, lang: str) -> list[list[Any]]:
    return [
        [a.name, Role(a.role).label(lang), yes_no(a.voting, lang),
         label(ATTENDANCE_LABELS, a.status, lang) if a.status else _t(lang, "Chưa ghi nhận", "Not recorded")]
        for a in detail.attendance
    ]


def _agenda_rows(detail: mq.MeetingDetail, lang: str) -> list[list[Any]]:
    rows = []
    for n, item in enumerate(detail.agenda, start=1):
        votes = "\n".join(f"{v.name}: {label(VOTE_LABELS, v.choice, lang)}" for v in detail.votes.get(item.id, ()))
        decision = item.decision
        if item.kind == "trigger":
            kind = _t(lang, "Đề xuất đình chỉ (tín nhiệm)", "Suspension proposal (credibility)")
        else:
            kind = _t(lang, "Hồ sơ", "Case")
        rows.append([
            n, kind, item.ref or None, item.influencer, Category(item.category).label(lang) if item.category else None,
            Status(item.case_status).label(lang) if item.case_status else None,
            Outcome(item.recommended_outcome).label(lang) if item.recommended_outcome else None,
            item.recommendation, votes,
            Outcome(decision.outcome).label(lang) if decision else _t(lang, "Chưa quyết định", "Not decided"),
        ])
    return rows


def _follow_up_rows(decisions: Sequence[mq.DecisionFull], lang: str) -> list[list[Any]]:
    rows = []
    for d in decisions:
        for f in d.follow_ups:
            done = local_date(f.done_at) if f.done_at else None
            rows.append([d.ref, d.influencer, f.action, f.owner_name, iso_date(f.due_on), done,
                         Outcome(d.outcome).label(lang)])
    return rows


def export_meeting(
    conn: sqlite3.Connection, meeting_id: str, path: Path, lang: str = "vi",
    progress: Progress | None = None, now: datetime | None = None,
) -> Path:
    """Write the workbook of one meeting; every decision version is listed, amendments marked."""
    detail = mq.meeting_detail(conn, meeting_id)
    if detail is None:
        raise NotFound(f"no meeting {meeting_id!r}", vi=f"không có cuộc họp {meeting_id!r}", code="no_meeting")
    decisions = mq.meeting_decisions(conn, meeting_id)
    attendance = _attendance_rows(detail, lang)
    agenda = _agenda_rows(detail, lang)
    follow_ups = _follow_up_rows(decisions, lang)
    m = detail.meeting
    day = iso_date(m.date).strftime("%d/%m/%Y")  # type: ignore[union-attr]
    sheets = [
        Sheet("Quyết định", "Decisions", DECISION_COLUMNS, decision_rows(decisions, lang), len(decisions)),
        Sheet("Điểm danh", "Attendance", ATTENDANCE_COLUMNS, attendance, len(attendance)),
        Sheet("Chương trình", "Agenda", AGENDA_COLUMNS, agenda, len(agenda)),
        Sheet("Việc tiếp theo", "Follow-ups", FOLLOW_UP_COLUMNS, follow_ups, len(follow_ups)),
    ]
    props = Properties(
        title=f"{m.title} — {day}",
        subject=_t(lang, "Quyết định của Ban tự giám sát", "Decisions of the self-monitoring committee"),
        keywords=_t(lang, "Niềm tin số; quyết định; biên bản", "Niem tin so; decisions; minutes"),
        description=_t(lang, f"Cuộc họp {m.id}, {day}" + (f", {m.place}" if m.place else ""),
                       f"Meeting {m.id}, {day}" + (f", {m.place}" if m.place else "")),
        lang=lang,
        created=now or vn_now().replace(microsecond=0),
    )
    return write_workbook(path, sheets, props, progress)
