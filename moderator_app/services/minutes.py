"""The minutes of a meeting (biên bản họp) as a document the chair and the secretary sign.

``minutes_document`` gathers what the record holds: when and where, who chaired and who took
the minutes, who was present, absent or excused, the quorum, every agenda item with each member's
vote (Tán thành / Không tán thành / Không ý kiến / Rút lui, or "chưa biểu quyết") or the tallies,
the decision and its follow-ups, then the secretary's own notes. The window and
``moderator-app meeting minutes`` render it with the administrative layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from moderator_app.domain.clock import local_date
from moderator_app.domain.documents import DocumentMeta
from moderator_app.domain.enums import Category, Outcome
from moderator_app.domain.errors import NotFound
from moderator_app.domain.letters import day_text, escape_markdown
from moderator_app.domain.meetings import ATTENDANCE_LABELS, VOTE_LABELS, label
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection

from . import documents
from .exports import resolve_meeting
from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class Minutes:
    meeting_id: str
    title: str  # BIÊN BẢN HỌP / MINUTES OF THE MEETING
    subject: str  # the meeting's own title
    markdown: str
    meta: DocumentMeta
    finalized: bool


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def minutes_document(ws: Workspace, meeting: str, lang: str) -> Minutes:
    """The minutes of ``meeting`` (an id, or a date with one meeting) in ``lang``."""
    meeting_id = resolve_meeting(ws, meeting)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = mq.meeting_detail(raw, meeting_id)
        if detail is None:
            raise NotFound(f"no meeting {meeting!r}", vi=f"không có cuộc họp {meeting!r}", code="no_meeting")
        quorum = mq.meeting_quorum(raw, meeting_id, ws.identity.member_id)
    m = detail.meeting
    e = escape_markdown
    held = date.fromisoformat(m.date)
    lines: list[str] = []
    lines.append(_t(lang, f"**Thời gian:** ngày {day_text(held)}", f"**Date:** {day_text(held)}"))
    if m.place:
        lines.append(_t(lang, f"**Địa điểm:** {e(m.place)}", f"**Place:** {e(m.place)}"))
    lines.append(_t(lang, f"**Chủ trì:** {e(m.chair_name or '—')}", f"**Chair:** {e(m.chair_name or '—')}"))
    lines.append(_t(lang, f"**Thư ký:** {e(m.secretary_name or '—')}", f"**Secretary:** {e(m.secretary_name or '—')}"))
    lines = ["  \n".join(lines), ""]
    lines.append("**" + _t(lang, "I. THÀNH PHẦN", "I. ATTENDANCE") + "**")
    lines.append("")
    for status in ("present", "absent", "excused"):
        who = [e(a.name) for a in detail.attendance if a.status == status]
        lines.append(f"- **{label(ATTENDANCE_LABELS, status, lang)}** ({len(who)}): {', '.join(who) or '—'}")
    verdict = _t(lang, "đủ túc số", "the quorum is met") if quorum.met else _t(lang, "không đủ túc số", "no quorum")
    lines.append("")
    lines.append(_t(lang, f"Có mặt {quorum.present}/{quorum.voting} thành viên có quyền biểu quyết (cần ít nhất "
                          f"{quorum.required}): {verdict}.",
                    f"{quorum.present} of {quorum.voting} voting members present ({quorum.required} needed): "
                    f"{verdict}."))
    lines.append("")
    lines.append("**" + _t(lang, "II. NỘI DUNG VÀ KẾT QUẢ", "II. BUSINESS AND DECISIONS") + "**")
    lines.append("")
    voting_present = [a for a in detail.attendance if a.voting and a.status == "present"]
    for n, item in enumerate(detail.agenda, start=1):
        if item.kind == "trigger":
            lines.append(f"**{n}. " + _t(lang, f"Đề xuất tạm đình chỉ: {e(item.influencer)}",
                                         f"Suspension proposal: {e(item.influencer)}") + "**")
            lines.append("")
            if item.recommendation:
                lines.append(e(item.recommendation))
            continue
        category = Category(item.category).label(lang)
        lines.append(f"**{n}. " + _t(lang, f"Hồ sơ {item.ref} — {e(item.influencer)}",
                                     f"Case {item.ref} — {e(item.influencer)}") + "**")
        lines.append("")
        lines.append(_t(lang, f"Nội dung phản ánh: có dấu hiệu {category.lower()}.",
                        f"Reported: indications of {category.lower()}."))
        if item.recommendation:
            lines.append("")
            lines.append(_t(lang, f"Đề xuất của thẩm định viên: {e(item.recommendation)}",
                            f"The reviewer's recommendation: {e(item.recommendation)}"))
        decision = item.decision
        lines.append("")
        if decision is None:
            lines.append(_t(lang, "*Chưa có quyết định.*", "*Not decided.*"))
            continue
        if decision.vote_mode == "tally":
            lines.append(_t(lang, f"Biểu quyết: {decision.votes_for} tán thành, {decision.votes_against} không tán "
                                  f"thành, {decision.votes_abstain} không ý kiến, {decision.votes_recused} rút lui.",
                            f"Votes: {decision.votes_for} for, {decision.votes_against} against, "
                            f"{decision.votes_abstain} abstaining, {decision.votes_recused} recused."))
        else:
            cast = {v.member_id: v.choice for v in detail.votes.get(item.id, ())}
            lines.append(_t(lang, "Biểu quyết của từng thành viên:", "Each member's vote:"))
            lines.append("")
            for choice in ("for", "against", "abstain", "recused", "none"):
                names = [e(a.name) for a in voting_present if cast.get(a.member_id, "none") == choice]
                if names or choice != "none":
                    lines.append(f"- {label(VOTE_LABELS, choice, lang)}: {', '.join(names) or '—'}")
        lines.append("")
        amended = _t(lang, " (quyết định sửa đổi)", " (amended decision)") if decision.is_amendment else ""
        lines.append(_t(lang, f"**Quyết định:** {Outcome(decision.outcome).label(lang)}{amended}.",
                        f"**Decision:** {Outcome(decision.outcome).label(lang)}{amended}."))
        if decision.rationale.strip():
            lines.append("")
            lines.append(_t(lang, f"Lý do: {e(decision.rationale)}", f"Rationale: {e(decision.rationale)}"))
        if decision.follow_ups:
            lines.append("")
            lines.append(_t(lang, "Việc cần làm:", "Follow-ups:"))
            lines.append("")
            for f in decision.follow_ups:
                owner = f" — {e(f.owner_name)}" if f.owner_name else ""
                due = _t(lang, f", hạn {day_text(date.fromisoformat(f.due_on))}",
                         f", by {day_text(date.fromisoformat(f.due_on))}") if f.due_on else ""
                lines.append(f"- {e(f.action)}{owner}{due}")
        lines.append("")
    if m.minutes.strip():
        lines.append("**" + _t(lang, "III. GHI CHÉP CỦA THƯ KÝ", "III. THE SECRETARY'S NOTES") + "**")
        lines.append("")
        lines.append(e(m.minutes))
        lines.append("")
    if not m.finalized:
        lines.append(_t(lang, "*Dự thảo: biên bản chưa được Trưởng ban chốt.*",
                        "*Draft: the chair has not finalized these minutes.*"))
    profile = documents.profile(ws)
    today = local_date(ws.clock.wall())
    number = None
    if m.finalized:  # only the minutes of a finalized meeting go into the register
        with ws.db.read() as conn:
            row = raw_connection(conn).execute(
                "SELECT doc_year, doc_series, doc_seq FROM minutes_issued WHERE meeting_id = ?", (meeting_id,)
            ).fetchone()
            if row is None:
                year = held.year
                row = (year, "BB", documents.next_number(raw_connection(conn), year, "BB"))
        number = (int(row[0]), str(row[1]), int(row[2]))
    chair_title = _t(lang, "CHỦ TRÌ", "CHAIR")
    secretary_title = _t(lang, "THƯ KÝ", "SECRETARY")
    meta = DocumentMeta(profile, lang, held if m.finalized else today, number, "", (), "", chair_title,
                        m.chair_name or documents.chair_name(ws), (secretary_title, m.secretary_name or ""))
    return Minutes(meeting_id, _t(lang, "BIÊN BẢN HỌP", "MINUTES OF THE MEETING"), m.title, "\n".join(lines), meta,
                   m.finalized)


def issue_minutes(ws: Workspace, minutes: Minutes, pdf: bytes, target: Path) -> Path:
    """Save the minutes' PDF; the first time a finalized meeting's minutes are issued, record their
    number in the register of outgoing documents (``meeting.minutes_issued``, synced)."""
    import hashlib

    from moderator_app.domain.permissions import allowed_roles
    from moderator_app.store.atomic import write_atomic

    from .files import check_pdf_target

    target = check_pdf_target(target)
    write_atomic(target, pdf)
    if not minutes.finalized or minutes.meta.number is None or ws.role() not in allowed_roles("meeting.minutes_issued"):
        return target
    year, series, seq = minutes.meta.number
    with ws.transaction() as tx:
        if tx.one("SELECT 1 FROM minutes_issued WHERE meeting_id = ?", (minutes.meeting_id,)) is None:
            tx.emit("meeting.minutes_issued", minutes.meeting_id, {
                "number": {"year": year, "series": series, "seq": seq},
                "sha256": hashlib.sha256(pdf).hexdigest(), "file_name": target.name[:300], "lang": minutes.meta.lang})
    return target
