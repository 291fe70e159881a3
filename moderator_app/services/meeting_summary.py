"""The generated summary of a meeting: who came, what was decided, what must follow.

Plain text in Vietnamese or English, built from the meeting's record alone (no clock), so every
member who holds the same events generates the same summary. The secretary pastes it into the
minutes or reads it beside them.
"""

from __future__ import annotations

from datetime import date

from moderator_app.domain.enums import Category, Outcome
from moderator_app.domain.meetings import ATTENDANCE_LABELS, Quorum, label
from moderator_app.store.meeting_queries import MeetingDetail


def _d(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def meeting_summary(detail: MeetingDetail, quorum: Quorum, lang: str = "vi") -> str:
    def t(vi: str, en: str) -> str:
        return en if lang == "en" else vi

    m = detail.meeting
    lines = [f"{m.title} — {_d(m.date)}" + (f", {m.place}" if m.place else "")]
    roles = []
    if m.chair_name:
        roles.append(t("Chủ trì", "Chair") + f": {m.chair_name}")
    if m.secretary_name:
        roles.append(t("Thư ký", "Secretary") + f": {m.secretary_name}")
    if roles:
        lines.append(" · ".join(roles))
    verdict = t("đủ túc số", "quorum met") if quorum.met else t("không đủ túc số", "no quorum")
    lines.append(t(
        f"Có mặt {quorum.present}/{quorum.voting} thành viên biểu quyết (cần {quorum.required}): {verdict}.",
        f"Present: {quorum.present} of {quorum.voting} voting members ({quorum.required} needed): {verdict}.",
    ))
    for status in ("absent", "excused"):
        who = [a.name for a in detail.attendance if a.status == status]
        if who:
            lines.append(f"{label(ATTENDANCE_LABELS, status, lang)}: {', '.join(who)}")
    lines.append("")
    decided = sum(1 for i in detail.agenda if i.decision is not None)
    lines.append(t(f"Chương trình: {len(detail.agenda)} mục, {decided} đã quyết định.",
                   f"Agenda: {len(detail.agenda)} items, {decided} decided."))
    for n, item in enumerate(detail.agenda, start=1):
        if item.kind == "trigger":
            lines.append(f"{n}. " + t(f"Đề xuất đình chỉ {item.influencer}", f"Suspension proposal: {item.influencer}")
                         + (f" — {item.recommendation}" if item.recommendation else ""))
            continue
        head = f"{n}. {item.ref} — {item.influencer} ({Category(item.category).label(lang)})"
        d = item.decision
        if d is None:
            lines.append(head + ": " + t("chưa quyết định", "not decided"))
            continue
        votes = t(f"biểu quyết {d.votes_for}–{d.votes_against}–{d.votes_abstain}",
                  f"votes {d.votes_for}–{d.votes_against}–{d.votes_abstain}")
        if d.votes_recused:
            votes += t(f", {d.votes_recused} rút lui", f", {d.votes_recused} recused")
        published = t("công bố", "published") if d.published else t("không công bố", "not published")
        amended = t(" (bản sửa đổi)", " (amended)") if d.is_amendment else ""
        lines.append(f"{head}: {Outcome(d.outcome).label(lang)}{amended}; {votes}; {published}.")
        for f in d.follow_ups:
            owner = f" — {f.owner_name}" if f.owner_name else ""
            due = t(f", hạn {_d(f.due_on)}", f", due {_d(f.due_on)}") if f.due_on else ""
            lines.append(f"   → {f.action}{owner}{due}")
    return "\n".join(lines)
