"""Meetings: agenda, attendance and quorum, votes and recusals, decisions, amendments, appeals.

Each ``*_in`` function works inside a caller's transaction (the demo strings many together);
the functions taking a ``Workspace`` are one user action each and check the local role first.

* Recording a decision needs the case on the meeting's agenda, a quorum, an outcome and a
  rationale; it moves the case to ``decided`` through the case's tracked ``decision`` and
  ``status`` fields, so two members deciding the same case offline meet in the conflict inbox.
* Until its meeting is finalized a decision can be corrected (``decision.updated``). After, it
  is read-only: a change is an amendment, a new decision that names the one it amends. Only its
  publication may still be set.
* The right of reply: a case goes on an agenda, and is decided, only after the influencer was
  asked for a reply (its status history holds ``awaiting_reply``), unless it is urgent, the
  outcome upholds nothing, or a reason for skipping the reply is recorded (``skip_reply_reason``
  in the ``agenda.added`` or ``decision.recorded`` payload). A service rule, like the workflow's:
  an event from another member is applied as it was decided there.
* An appeal, within 21 days of the decision, moves the case to ``appeal`` and back onto an
  agenda; the decision stays as it was, marked as appealed, and the ruling on appeal names it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Outcome, Role, Status
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.domain.hlc import wall_ms
from moderator_app.domain.meetings import (
    ATTENDANCE,
    ATTENDANCE_LABELS,
    NO_VOTE,
    RECUSED,
    VOTE_CHOICES,
    VOTE_LABELS,
    VOTING_ROLES,
    Quorum,
    appeal_deadline,
    count_quorum,
    label,
    parse_quorum,
)
from moderator_app.domain.workflow import MAX_SKIP_REPLY_REASON, check_transition, reply_requirement_met
from moderator_app.store.projection.fields import current_heads

from .cases import UNSET, CaseKey, find_case, resolve_member
from .transaction import Transaction
from .workspace import Workspace

ORGANISERS = (Role.CHAIR, Role.SECRETARY)
REVIEWERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER)
WRITERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER)
MAX_RATIONALE = 20_000
MAX_MINUTES = 200_000
MAX_TITLE = 300
MAX_ACTION = 2_000
MAX_TALLY = 10_000
MAX_PUBLIC_SUMMARY = 1_000
# A case's item on a meeting's agenda. A case is on few agendas and a meeting may hold thousands
# of cases: the unary plus keeps SQLite on the case's index instead of walking the meeting's items.
AGENDA_ITEM_OF_CASE = (
    "SELECT id FROM agenda_items WHERE +meeting_id = ? AND case_id = ? AND removed = 0 ORDER BY position, id LIMIT 1"
)


@dataclass(frozen=True, slots=True)
class FollowUpInput:
    action: str
    owner: str | None = None  # member id
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class NextMeeting:
    """Where ``add_to_next_meeting`` put the cases."""

    meeting_id: str
    title: str
    date: str
    added: tuple[str, ...]  # refs
    already: tuple[str, ...]  # refs that were on its agenda already


@dataclass(frozen=True, slots=True)
class Appeal:
    decision_id: str
    ref: str
    meeting_id: str | None  # the agenda the case went back onto, if any


class ReplyNotAsked(NotAllowed):
    """The right of reply was not given; the window offers to record a reason for skipping it."""


# --- finding things ----------------------------------------------------------------------------


def find_meeting(tx: Transaction, text: str) -> str:
    """A meeting by its id, or by its date (YYYY-MM-DD) when only one meeting falls on it."""
    key = text.strip()
    row = tx.one("SELECT id FROM meetings WHERE id = ?", (key.lower(),))
    if row is None:
        rows = tx.all("SELECT id FROM meetings WHERE date = ? ORDER BY id", (key,))
        if len(rows) > 1:
            raise UserError(f"{len(rows)} meetings fall on {key}; name one by its id (see `meeting list`)",
                            vi=f"có {len(rows)} cuộc họp vào ngày {key}; hãy chỉ rõ một cuộc họp bằng mã của nó "
                               "(xem `meeting list`)",
                            code="meeting_date_ambiguous")
        row = rows[0] if rows else None
    if row is None:
        raise NotFound(f"no meeting {key!r}; see `meeting list`",
                       vi=f"không có cuộc họp {key!r}; xem `meeting list`", code="no_meeting")
    return str(row[0])


def _item(tx: Transaction, item_id: str) -> tuple[str, str | None, bool]:
    """(meeting id, case id, removed) of an agenda item."""
    row = tx.one("SELECT meeting_id, case_id, removed FROM agenda_items WHERE id = ?", (item_id,))
    if row is None:
        raise NotFound(f"no agenda item {item_id!r}",
                       vi=f"không có mục {item_id!r} trong chương trình họp", code="no_agenda_item")
    return str(row[0]), row[1], bool(row[2])


def _member(tx: Transaction, text: str) -> str:
    member = resolve_member(tx, text)
    if member is None:
        raise UserError("name a member: an id, a name, or `me`",
                        vi="hãy nêu một thành viên: mã, tên, hoặc `me`", code="member_not_named")
    if tx.one("SELECT 1 FROM members WHERE id = ?", (member,)) is None:
        raise NotFound(f"no member {text!r} in the committee",
                       vi=f"không có thành viên {text!r} trong Ban", code="no_member")
    return member


def _require_open(tx: Transaction, meeting_id: str) -> None:
    if tx.scalar("SELECT finalized FROM meetings WHERE id = ?", (meeting_id,)):
        title = tx.scalar("SELECT title FROM meetings WHERE id = ?", (meeting_id,))
        raise NotAllowed(f"the meeting {title!r} is finalized: its record is read-only and a decision taken in it "
                         "can only be amended",
                         vi=f"cuộc họp {title!r} đã chốt biên bản: biên bản chỉ còn đọc và quyết định của cuộc họp "
                            "chỉ có thể được sửa đổi",
                         code="meeting_finalized")


def _choices(table: dict[str, tuple[str, str]], codes: tuple[str, ...], lang: str) -> str:
    """Choices a person types on the command line: each label with its code in brackets."""
    return ", ".join(f"{label(table, c, lang)} ({c})" for c in codes)


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise UserError("a meeting needs a title", vi="cuộc họp cần có tiêu đề", code="meeting_title_empty")
    if len(title) > MAX_TITLE:
        raise UserError(f"a meeting title can have at most {MAX_TITLE} characters",
                        vi=f"tiêu đề cuộc họp dài tối đa {MAX_TITLE} ký tự", code="meeting_title_too_long")
    return title


def _today() -> date:
    return local_date(wall_ms())


def clean_skip_reply_reason(text: str) -> str:
    """Why the committee goes on without the influencer's reply: one paragraph, kept in the history."""
    text = " ".join(text.split())
    if len(text) > MAX_SKIP_REPLY_REASON:
        raise UserError(f"the reason for skipping the reply can hold at most {MAX_SKIP_REPLY_REASON} characters",
                        vi=f"lý do bỏ qua bước phản hồi dài tối đa {MAX_SKIP_REPLY_REASON} ký tự",
                        code="skip_reply_reason_too_long")
    return text


def reply_asked(tx: Transaction, case_id: str) -> bool:
    """Whether the case's status history holds ``awaiting_reply`` (the influencer was asked)."""
    return tx.one(
        "SELECT 1 FROM events WHERE case_id = ? AND (json_extract(payload, '$.changes.status.to') = 'awaiting_reply' "
        "OR json_extract(payload, '$.new_case.status') = 'awaiting_reply') LIMIT 1", (case_id,)) is not None


def _skip_reason_on_agenda(tx: Transaction, item_id: str) -> str:
    """The reason for skipping the reply recorded when the case was put on this agenda item."""
    return str(tx.scalar("SELECT json_extract(payload, '$.skip_reply_reason') FROM events "
                         "WHERE entity = ? AND type = 'agenda.added' LIMIT 1", (item_id,)) or "")


def check_right_of_reply(tx: Transaction, key: CaseKey, reason: str, outcome: Outcome | None = None) -> None:
    """Refuse to schedule or decide a case whose influencer was not asked for a reply, unless exempt."""
    urgent = bool(tx.scalar("SELECT urgent FROM cases WHERE id = ?", (key.id,)))
    if reply_requirement_met(asked=reply_asked(tx, key.id), urgent=urgent,
                             outcome=None if outcome is None else outcome.value, reason=reason):
        return
    deciding = outcome is not None
    vi_act, en_act = (("Ban quyết định", "the committee decides") if deciding
                      else ("hồ sơ được đưa vào chương trình họp", "the case goes on an agenda"))
    if deciding:
        vi_free = (f"; hồ sơ Khẩn cấp, hoặc hình thức xử lý {Outcome.NOT_UPHELD.label('vi')} hay "
                   f"{Outcome.INFORMALLY_RESOLVED.label('vi')}, thì không cần bước này")
        en_free = (f"; an urgent case, or an outcome of {Outcome.NOT_UPHELD.label('en')} or "
                   f"{Outcome.INFORMALLY_RESOLVED.label('en')}, needs neither")
    else:
        vi_free, en_free = "; hồ sơ Khẩn cấp thì không cần bước này", "; an urgent case needs neither"
    option = "--skip-reply-reason"
    awaiting_vi, awaiting_en = Status.AWAITING_REPLY.label("vi"), Status.AWAITING_REPLY.label("en")
    raise ReplyNotAsked(
        f"{key.ref} has not been through {awaiting_en}: the influencer has a right of reply (7 days) before "
        f"{en_act}. Move the case to {awaiting_en} and wait for the reply, or record a reason for skipping it "
        f"({option}){en_free}",
        vi=f"hồ sơ {key.ref} chưa qua bước {awaiting_vi}: người có ảnh hưởng có quyền phản hồi (7 ngày) trước khi "
           f"{vi_act}. Hãy chuyển hồ sơ sang {awaiting_vi} để người có ảnh hưởng trả lời, hoặc ghi lý do bỏ qua "
           f"bước này ({option}){vi_free}",
        code="right_of_reply")


# --- meetings ----------------------------------------------------------------------------------


def create_meeting_in(
    tx: Transaction, title: str, day: date, place: str = "", chair: str | None = None, secretary: str | None = None
) -> str:
    title = _clean_title(title)
    meeting_id = tx.new_id()
    tx.emit(
        "meeting.created",
        meeting_id,
        {"title": title, "date": day.isoformat(), "place": " ".join(place.split()), "chair": chair,
         "secretary": secretary},
    )
    return meeting_id


def create_meeting(
    ws: Workspace, title: str, day: date, place: str = "", chair: str | None = None, secretary: str | None = None
) -> str:
    """A new meeting; the chair defaults to the local member. ``chair``/``secretary`` name members."""
    ws.require_role(*ORGANISERS, action="creating a meeting")
    with ws.transaction() as tx:
        chair_id = _member(tx, chair) if chair else ws.identity.member_id
        secretary_id = _member(tx, secretary) if secretary else None
        return create_meeting_in(tx, title, day, place, chair=chair_id, secretary=secretary_id)


def update_meeting(
    ws: Workspace,
    meeting: str,
    *,
    title: str | None = None,
    day: date | None = None,
    place: str | None = None,
    chair: Any = UNSET,
    secretary: Any = UNSET,
    minutes: str | None = None,
) -> bool:
    """Change a meeting's details or minutes (each a last-writer-wins field); False if nothing changed."""
    ws.require_role(*ORGANISERS, action="changing a meeting")
    with ws.transaction() as tx:
        meeting_id = find_meeting(tx, meeting)
        _require_open(tx, meeting_id)
        row = tx.one("SELECT title, date, place, chair_id, secretary_id, minutes FROM meetings WHERE id = ?",
                     (meeting_id,))
        assert row is not None
        current = dict(zip(("title", "date", "place", "chair", "secretary", "minutes"), row, strict=True))
        wanted: dict[str, Any] = {}
        if title is not None:
            wanted["title"] = _clean_title(title)
        if day is not None:
            wanted["date"] = day.isoformat()
        if place is not None:
            wanted["place"] = " ".join(place.split())
        if chair is not UNSET:
            wanted["chair"] = _member(tx, chair) if chair else None
        if secretary is not UNSET:
            wanted["secretary"] = _member(tx, secretary) if secretary else None
        if minutes is not None:
            if len(minutes) > MAX_MINUTES:
                raise UserError(f"the minutes can hold at most {MAX_MINUTES} characters",
                                vi=f"biên bản dài tối đa {MAX_MINUTES} ký tự", code="minutes_too_long")
            wanted["minutes"] = minutes.rstrip()
        changes = {
            f: {"from": current[f], "to": v, "base": current_heads(tx.proj, "meeting", meeting_id, f)}
            for f, v in wanted.items() if v != current[f]
        }
        if not changes:
            return False
        tx.emit("meeting.updated", meeting_id, {"changes": changes})
        return True


def finalize_in(tx: Transaction, meeting_id: str) -> None:
    _require_open(tx, meeting_id)
    tx.emit("meeting.finalized", meeting_id, {})


def finalize(ws: Workspace, meeting: str) -> None:
    """Close the meeting's record: its decisions become read-only (later changes are amendments)."""
    ws.require_role(Role.CHAIR, action="finalizing a meeting")  # DOMAIN.md: the chair finalizes meetings
    with ws.transaction() as tx:
        finalize_in(tx, find_meeting(tx, meeting))


# --- the agenda --------------------------------------------------------------------------------


def next_agenda_position(tx: Transaction, meeting_id: str) -> int:
    """The position after the meeting's last item (read from the meeting-and-position index)."""
    return int(tx.scalar("SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?",
                         (meeting_id,)))


def add_to_agenda_in(tx: Transaction, meeting_id: str, key: CaseKey, recommendation: str = "",
                     skip_reply_reason: str = "") -> str:
    """Put a case on the agenda; a case ready for decision moves to ``scheduled``.

    A case moving to ``scheduled`` needs the right of reply given (or a reason for skipping it);
    a case already scheduled, or back on appeal, was through that step before."""
    _require_open(tx, meeting_id)
    if tx.one(AGENDA_ITEM_OF_CASE, (meeting_id, key.id)):
        raise UserError(f"{key.ref} is already on this meeting's agenda",
                        vi=f"hồ sơ {key.ref} đã có trong chương trình cuộc họp này", code="already_on_agenda")
    status = Status(tx.scalar("SELECT status FROM cases WHERE id = ?", (key.id,)))
    reason = clean_skip_reply_reason(skip_reply_reason)
    if status != Status.SCHEDULED:
        check_transition(status, Status.SCHEDULED)
        if status != Status.APPEAL:
            check_right_of_reply(tx, key, reason)
    position = next_agenda_position(tx, meeting_id)
    item_id = tx.new_id()
    tx.emit(
        "agenda.added",
        item_id,
        {"meeting": meeting_id, "position": position, "kind": "case", "recommendation": recommendation.strip(),
         **({"skip_reply_reason": reason} if reason else {})},
        case_id=key.id,
    )
    if status != Status.SCHEDULED:
        tx.emit(
            "case.updated",
            key.id,
            {"changes": {"status": {"from": status.value, "to": Status.SCHEDULED.value,
                                    "base": current_heads(tx.proj, "case", key.id, "status")}}},
            case_id=key.id,
        )
    return item_id


def add_to_agenda(ws: Workspace, meeting: str, ref: str, recommendation: str = "", skip_reply_reason: str = "") -> str:
    """``skip_reply_reason``: why the influencer's reply is not awaited (see ``check_right_of_reply``)."""
    ws.require_role(*ORGANISERS, action="building an agenda")
    with ws.transaction() as tx:
        return add_to_agenda_in(tx, find_meeting(tx, meeting), find_case(tx, ref), recommendation, skip_reply_reason)


def add_trigger_to_agenda(ws: Workspace, meeting: str, influencer_id: str, note: str) -> str:
    """A credibility trigger (a proposal to suspend an influencer) as an agenda item of its own."""
    ws.require_role(*ORGANISERS, action="building an agenda")
    with ws.transaction() as tx:
        meeting_id = find_meeting(tx, meeting)
        _require_open(tx, meeting_id)
        if tx.one("SELECT 1 FROM influencers WHERE id = ?", (influencer_id,)) is None:
            raise NotFound(f"no influencer {influencer_id!r}",
                           vi=f"không có người có ảnh hưởng {influencer_id!r}", code="no_influencer")
        if tx.one("SELECT 1 FROM agenda_items WHERE meeting_id = ? AND influencer_id = ? AND kind = 'trigger' "
                  "AND removed = 0", (meeting_id, influencer_id)):
            raise UserError("this influencer's credibility trigger is already on the agenda",
                            vi="đề xuất tạm đình chỉ người có ảnh hưởng này (theo điểm tín nhiệm) đã có trong "
                               "chương trình họp",
                            code="trigger_already_on_agenda")
        position = next_agenda_position(tx, meeting_id)
        item_id = tx.new_id()
        tx.emit("agenda.added", item_id, {"meeting": meeting_id, "position": position, "kind": "trigger",
                                          "influencer": influencer_id, "recommendation": note.strip()})
        return item_id


def add_to_next_meeting(ws: Workspace, refs: list[str], today: date | None = None) -> NextMeeting:
    """"Add to next meeting" from the queue: the earliest open meeting dated today or later."""
    ws.require_role(*ORGANISERS, action="building an agenda")
    day = (today or _today()).isoformat()
    with ws.transaction() as tx:
        row = tx.one("SELECT id, title, date FROM meetings WHERE finalized = 0 AND date >= ? ORDER BY date, id "
                     "LIMIT 1", (day,))
        if row is None:
            raise UserError("there is no upcoming meeting to add cases to; create a meeting first",
                            vi="chưa có cuộc họp sắp tới để đưa hồ sơ vào; hãy tạo cuộc họp trước",
                            code="no_upcoming_meeting")
        meeting_id = str(row[0])
        added: list[str] = []
        already: list[str] = []
        for text in dict.fromkeys(refs):
            key = find_case(tx, text)
            if tx.one(AGENDA_ITEM_OF_CASE, (meeting_id, key.id)):
                already.append(key.ref)
                continue
            add_to_agenda_in(tx, meeting_id, key)
            added.append(key.ref)
        return NextMeeting(meeting_id, row[1], row[2], tuple(added), tuple(already))


def remove_from_agenda(ws: Workspace, item_id: str) -> None:
    """Take an item off the agenda (the case stays ready for another meeting)."""
    ws.require_role(*ORGANISERS, action="changing an agenda")
    with ws.transaction() as tx:
        meeting_id, case_id, removed = _item(tx, item_id)
        _require_open(tx, meeting_id)
        if removed:
            return
        if tx.one("SELECT 1 FROM decisions WHERE agenda_item_id = ?", (item_id,)):
            raise NotAllowed("this item has a decision; an item that was decided stays on the agenda",
                             vi="mục này đã có quyết định; mục đã được quyết định vẫn ở lại trong chương trình họp",
                             code="agenda_item_decided")
        tx.emit("agenda.removed", item_id, {"meeting": meeting_id}, case_id=case_id)


def reorder_agenda(ws: Workspace, meeting: str, item_ids: list[str]) -> bool:
    """Put the agenda in the order given (every item, once); False if it was in that order."""
    ws.require_role(*ORGANISERS, action="reordering an agenda")
    with ws.transaction() as tx:
        meeting_id = find_meeting(tx, meeting)
        _require_open(tx, meeting_id)
        rows = tx.all("SELECT id, position FROM agenda_items WHERE meeting_id = ? AND removed = 0 "
                      "ORDER BY position, id", (meeting_id,))
        if sorted(item_ids) != sorted(r[0] for r in rows) or len(set(item_ids)) != len(item_ids):
            raise UserError("give every item of the agenda once, in the new order",
                            vi="hãy nêu mọi mục của chương trình họp, mỗi mục một lần, theo thứ tự mới",
                            code="agenda_order_incomplete")
        current = dict(rows)
        positions = {
            item: {"from": current[item], "to": n, "base": current_heads(tx.proj, "agenda", item, "position")}
            for n, item in enumerate(item_ids, start=1) if current[item] != n
        }
        if not positions:
            return False
        tx.emit("agenda.reordered", meeting_id, {"positions": positions})
        return True


def move_agenda_item(ws: Workspace, item_id: str, to_index: int) -> bool:
    """Move one item to ``to_index`` (0-based) of its agenda."""
    from moderator_app.store.database import raw_connection

    with ws.db.read() as conn:
        raw = raw_connection(conn)
        row = raw.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound(f"no agenda item {item_id!r}",
                           vi=f"không có mục {item_id!r} trong chương trình họp", code="no_agenda_item")
        order = [r[0] for r in raw.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? AND removed = 0 ORDER BY position, id", (row[0],))]
    order.remove(item_id)
    order.insert(max(0, min(to_index, len(order))), item_id)
    return reorder_agenda(ws, row[0], order)


def recommend(ws: Workspace, item_id: str, text: str, outcome: Outcome | None = None) -> bool:
    """The reviewer's recommendation for an agenda item: words and, optionally, an outcome."""
    ws.require_role(*REVIEWERS, action="recommending an outcome")
    with ws.transaction() as tx:
        meeting_id, case_id, removed = _item(tx, item_id)
        _require_open(tx, meeting_id)
        if removed:
            raise NotAllowed("the item was taken off the agenda",
                             vi="mục này đã được đưa ra khỏi chương trình họp", code="agenda_item_removed")
        row = tx.one("SELECT recommendation, recommended_outcome FROM agenda_items WHERE id = ?", (item_id,))
        assert row is not None
        text = text.strip()
        if len(text) > MAX_RATIONALE:
            raise UserError(f"a recommendation can hold at most {MAX_RATIONALE} characters",
                            vi=f"đề xuất dài tối đa {MAX_RATIONALE} ký tự", code="recommendation_too_long")
        wanted = {"recommendation": text, "recommended_outcome": outcome.value if outcome else None}
        current = {"recommendation": row[0], "recommended_outcome": row[1]}
        changes = {
            f: {"from": current[f], "to": v, "base": current_heads(tx.proj, "agenda", item_id, f)}
            for f, v in wanted.items() if v != current[f]
        }
        if not changes:
            return False
        tx.emit("agenda.recommended", item_id, {"meeting": meeting_id, "changes": changes}, case_id=case_id)
        return True


# --- attendance, quorum and votes --------------------------------------------------------------


def set_attendance_in(tx: Transaction, meeting_id: str, member_id: str, status: str) -> None:
    if status not in ATTENDANCE:
        raise UserError(f"attendance is one of {_choices(ATTENDANCE_LABELS, ATTENDANCE, 'en')}",
                        vi=f"điểm danh là một trong: {_choices(ATTENDANCE_LABELS, ATTENDANCE, 'vi')}",
                        code="bad_attendance")
    _require_open(tx, meeting_id)
    tx.emit("attendance.set", meeting_id, {"member": member_id, "status": status})


def set_attendance(ws: Workspace, meeting: str, member: str, status: str) -> str:
    """Record a member as present, absent or excused; returns the member id."""
    ws.require_role(*ORGANISERS, action="recording attendance")
    with ws.transaction() as tx:
        meeting_id = find_meeting(tx, meeting)
        member_id = _member(tx, member)
        set_attendance_in(tx, meeting_id, member_id, status)
        return member_id


def quorum_in(tx: Transaction, meeting_id: str) -> Quorum:
    raw = tx.scalar("SELECT value FROM settings WHERE key = 'quorum'")
    rule = parse_quorum(None if raw is None else json.loads(raw))
    codes = sorted(r.value for r in VOTING_ROLES)
    voting = [r[0] for r in tx.all(
        f"SELECT id FROM members WHERE active = 1 AND role IN ({','.join('?' * len(codes))})", tuple(codes))]
    status = {r[0]: r[1] for r in tx.all("SELECT member_id, status FROM attendance WHERE meeting_id = ?",
                                         (meeting_id,))}
    return count_quorum(rule, voting, status, tx.ws.identity.member_id)


def meeting_quorum(ws: Workspace, meeting_id: str) -> Quorum:
    """The live quorum of a meeting, read without taking the write lock."""
    from moderator_app.store import meeting_queries
    from moderator_app.store.database import raw_connection

    with ws.db.read() as conn:
        return meeting_queries.meeting_quorum(raw_connection(conn), meeting_id, ws.identity.member_id)


def _is_voting(tx: Transaction, member_id: str) -> bool:
    row = tx.one("SELECT role, active FROM members WHERE id = ?", (member_id,))
    return row is not None and bool(row[1]) and Role(row[0]) in VOTING_ROLES


def _present(tx: Transaction, meeting_id: str, member_id: str) -> bool:
    status = tx.scalar("SELECT status FROM attendance WHERE meeting_id = ? AND member_id = ?",
                       (meeting_id, member_id))
    if status is None and member_id == tx.ws.identity.member_id:
        return quorum_in(tx, meeting_id).voting == 1  # a committee of one
    return status == "present"


def _member_name(tx: Transaction, member_id: str) -> str:
    return str(tx.scalar("SELECT name FROM members WHERE id = ?", (member_id,)) or member_id)


def _vote_in(tx: Transaction, item_id: str, member_id: str, choice: str) -> None:
    meeting_id, case_id, removed = _item(tx, item_id)
    _require_open(tx, meeting_id)
    if removed:
        raise NotAllowed("the item was taken off the agenda",
                         vi="mục này đã được đưa ra khỏi chương trình họp", code="agenda_item_removed")
    if member_id != tx.ws.identity.member_id:
        tx.ws.require_role(*ORGANISERS, action="recording another member's vote")
    if not _is_voting(tx, member_id):
        name = _member_name(tx, member_id)
        raise NotAllowed(f"{name} is not a voting member (the role {Role.OBSERVER.label('en')} does not vote)",
                         vi=f"{name} không phải thành viên biểu quyết (vai trò {Role.OBSERVER.label('vi')} không "
                            "có quyền biểu quyết)",
                         code="not_a_voting_member")
    current = tx.scalar("SELECT choice FROM votes WHERE agenda_item_id = ? AND member_id = ?", (item_id, member_id))
    if choice in VOTE_CHOICES:
        if current == RECUSED:
            name = _member_name(tx, member_id)
            raise NotAllowed(f"{name} is recused from this item for a conflict of interest "
                             "and cannot vote on it; withdraw the recusal first",
                             vi=f"{name} đã rút lui khỏi mục này vì xung đột lợi ích nên không thể biểu quyết; "
                                "hãy hủy việc rút lui trước",
                             code="recused_cannot_vote")
        if not _present(tx, meeting_id, member_id):
            name = _member_name(tx, member_id)
            raise NotAllowed(f"{name} is not recorded as present; only members present vote",
                             vi=f"{name} chưa được ghi là có mặt; chỉ thành viên có mặt mới biểu quyết",
                             code="voter_not_present")
    if current == choice or (current is None and choice == NO_VOTE):
        return
    tx.emit("vote.cast", item_id, {"meeting": meeting_id, "member": member_id, "choice": choice}, case_id=case_id)


def cast_vote(ws: Workspace, item_id: str, member: str, choice: str) -> None:
    """A member's vote on an agenda item: for, against, abstain, or none (withdrawn).

    Members vote for themselves; the chair or secretary records votes for anyone present.
    """
    if choice not in (*VOTE_CHOICES, NO_VOTE):
        raise UserError(f"a vote is one of {_choices(VOTE_LABELS, VOTE_CHOICES, 'en')} "
                        f"(or {_choices(VOTE_LABELS, (NO_VOTE,), 'en')} to withdraw it)",
                        vi=f"biểu quyết là một trong: {_choices(VOTE_LABELS, VOTE_CHOICES, 'vi')} "
                           f"(hoặc {_choices(VOTE_LABELS, (NO_VOTE,), 'vi')} để rút lại phiếu)",
                        code="bad_vote_choice")
    ws.require_role(*WRITERS, action="voting")
    with ws.transaction() as tx:
        _vote_in(tx, item_id, _member(tx, member), choice)


def recuse(ws: Workspace, item_id: str, member: str, recused: bool = True) -> None:
    """Record (or withdraw) a member's recusal from one item for a conflict of interest."""
    ws.require_role(*WRITERS, action="recording a recusal")
    with ws.transaction() as tx:
        member_id = _member(tx, member)
        current = tx.scalar("SELECT choice FROM votes WHERE agenda_item_id = ? AND member_id = ?",
                            (item_id, member_id))
        if not recused and current != RECUSED:
            return
        _vote_in(tx, item_id, member_id, RECUSED if recused else NO_VOTE)


# --- decisions ---------------------------------------------------------------------------------


def _clean_rationale(rationale: str) -> str:
    rationale = rationale.strip()
    if not rationale:
        raise UserError("a decision needs its rationale", vi="quyết định cần có lý do", code="rationale_missing")
    if len(rationale) > MAX_RATIONALE:
        raise UserError(f"the rationale is longer than {MAX_RATIONALE} characters",
                        vi=f"lý do dài quá {MAX_RATIONALE} ký tự", code="rationale_too_long")
    return rationale


def clean_public_summary(text: str) -> str:
    """The public register's sentence about a decision: one paragraph, at most 1,000 characters."""
    text = " ".join(text.split())
    if len(text) > MAX_PUBLIC_SUMMARY:
        raise UserError(f"the public summary can hold at most {MAX_PUBLIC_SUMMARY} characters",
                        vi=f"tóm tắt công khai dài tối đa {MAX_PUBLIC_SUMMARY} ký tự", code="public_summary_too_long")
    return text


def _tally(tx: Transaction, item_id: str | None, votes: dict[str, int] | None) -> tuple[dict[str, int], str]:
    """The vote counts a decision records: the tallies given, or the members' recorded votes."""
    recorded: dict[str, str] = {}
    if item_id is not None:
        recorded = {r[0]: r[1] for r in tx.all(
            "SELECT member_id, choice FROM votes WHERE agenda_item_id = ? AND choice != 'none'", (item_id,))}
    recused = sum(1 for c in recorded.values() if c == RECUSED)
    if votes is not None:
        counts = {}
        for key in VOTE_CHOICES:
            value = votes.get(key, 0)
            if not isinstance(value, int) or value < 0 or value > MAX_TALLY:
                raise UserError(f"the number of votes “{label(VOTE_LABELS, key, 'en')}” must be a whole number "
                                f"from 0 to {MAX_TALLY}",
                                vi=f"số phiếu “{label(VOTE_LABELS, key, 'vi')}” phải là số nguyên từ 0 đến {MAX_TALLY}",
                                code="bad_vote_tally")
            counts[key] = value
        counts["recused"] = int(votes.get("recused", recused))
        return counts, "tally"
    counts = {k: sum(1 for c in recorded.values() if c == k) for k in VOTE_CHOICES}
    counts["recused"] = recused
    return counts, "members"


def _follow_up_payload(tx: Transaction, follow_ups: list[FollowUpInput] | None) -> list[dict[str, Any]]:
    out = []
    for f in follow_ups or []:
        action = " ".join(f.action.split())
        if not action:
            raise UserError("a follow-up action needs a description",
                            vi="việc cần làm tiếp cần có mô tả", code="follow_up_empty")
        if len(action) > MAX_ACTION:
            raise UserError(f"a follow-up action can hold at most {MAX_ACTION} characters",
                            vi=f"việc cần làm tiếp dài tối đa {MAX_ACTION} ký tự", code="follow_up_too_long")
        if f.owner is not None and tx.one("SELECT 1 FROM members WHERE id = ?", (f.owner,)) is None:
            raise NotFound(f"no member {f.owner!r} to own the follow-up",
                           vi=f"không có thành viên {f.owner!r} để phụ trách việc cần làm tiếp",
                           code="follow_up_owner_unknown")
        out.append({"id": tx.new_id(), "action": action, "owner": f.owner,
                    "due_on": f.due_on.isoformat() if f.due_on else None})
    return out


def record_decision_in(
    tx: Transaction,
    meeting_id: str,
    key: CaseKey,
    outcome: Outcome,
    rationale: str,
    votes: dict[str, int] | None = None,
    published: bool = False,
    follow_ups: list[FollowUpInput] | None = None,
    public_summary: str = "",
    skip_reply_reason: str = "",
) -> str:
    _require_open(tx, meeting_id)
    rationale = _clean_rationale(rationale)
    summary = clean_public_summary(public_summary)
    reason = clean_skip_reply_reason(skip_reply_reason)
    item = tx.one(AGENDA_ITEM_OF_CASE, (meeting_id, key.id))
    if item is None:
        raise UserError(f"{key.ref} is not on this meeting's agenda; add it first (`meeting add-case`)",
                        vi=f"hồ sơ {key.ref} chưa có trong chương trình cuộc họp này; hãy đưa vào trước "
                           "(`meeting add-case`)",
                        code="not_on_agenda")
    item_id = str(item[0])
    if tx.one("SELECT 1 FROM decisions WHERE agenda_item_id = ?", (item_id,)):
        raise UserError(f"{key.ref} already has a decision in this meeting; correct that decision instead",
                        vi=f"hồ sơ {key.ref} đã có quyết định trong cuộc họp này; hãy sửa quyết định đó",
                        code="already_decided")
    quorum = quorum_in(tx, meeting_id)
    if not quorum.met:
        raise quorum.refusal()
    row = tx.one("SELECT status, decision_id, influencer_id, category FROM cases WHERE id = ?", (key.id,))
    assert row is not None
    status = Status(row[0])
    check_transition(status, Status.DECIDED, by_decision=True)
    if row[1] is None:  # a ruling on appeal follows a first decision, which went through the reply
        check_right_of_reply(tx, key, reason or _skip_reason_on_agenda(tx, item_id), outcome)
    counts, mode = _tally(tx, item_id, votes)
    decision_id = tx.new_id()
    payload: dict[str, Any] = {
        "meeting": meeting_id,
        "agenda_item": item_id,
        "influencer": row[2],
        "category": row[3],
        "outcome": outcome.value,
        "rationale": rationale,
        "votes": counts,
        "vote_mode": mode,
        "published": published,
        "follow_ups": _follow_up_payload(tx, follow_ups),
        **({"public_summary": summary} if summary else {}),
        **({"skip_reply_reason": reason} if reason else {}),
        "changes": {
            "decision": {"from": row[1], "to": decision_id,
                         "base": current_heads(tx.proj, "case", key.id, "decision")},
            "status": {"from": status.value, "to": Status.DECIDED.value,
                       "base": current_heads(tx.proj, "case", key.id, "status")},
        },
    }
    if row[1] is not None:
        payload["appeal_of"] = row[1]  # the decision this one rules on again
    tx.emit("decision.recorded", decision_id, payload, case_id=key.id)
    return decision_id


def record_decision(
    ws: Workspace, meeting: str, ref: str, outcome: Outcome, rationale: str,
    votes: dict[str, int] | None = None, published: bool = False, follow_ups: list[FollowUpInput] | None = None,
    public_summary: str = "", skip_reply_reason: str = "",
) -> str:
    """Decide an agenda item. ``votes`` are tallies; without them the members' recorded votes count.

    ``skip_reply_reason``: why the committee decides without the influencer's reply."""
    ws.require_role(*ORGANISERS, action="recording a decision")
    with ws.transaction() as tx:
        return record_decision_in(tx, find_meeting(tx, meeting), find_case(tx, ref), outcome, rationale,
                                  votes, published, follow_ups, public_summary, skip_reply_reason)


def _decision_row(tx: Transaction, decision_id: str) -> tuple[Any, ...]:
    row = tx.one(
        "SELECT d.meeting_id, d.case_id, d.outcome, d.rationale, d.published, d.votes_for, d.votes_against, "
        "d.votes_abstain, d.votes_recused, d.vote_mode, d.agenda_item_id, d.influencer_id, d.category, m.finalized, "
        "d.public_summary FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?",
        (decision_id,),
    )
    if row is None:
        raise NotFound(f"no decision {decision_id!r}", vi=f"không có quyết định {decision_id!r}", code="no_decision")
    return row


def update_decision(
    ws: Workspace,
    decision_id: str,
    *,
    outcome: Outcome | None = None,
    rationale: str | None = None,
    published: bool | None = None,
    votes: dict[str, int] | None = None,
    recount: bool = False,
    public_summary: str | None = None,
) -> bool:
    """Correct a decision before its meeting is finalized (publication and the public summary may
    change at any time).

    ``votes`` replaces the tallies; ``recount`` takes the members' recorded votes again.
    """
    ws.require_role(*ORGANISERS, action="changing a decision")
    with ws.transaction() as tx:
        row = _decision_row(tx, decision_id)
        finalized = bool(row[13])
        current = {"outcome": row[2], "rationale": row[3], "published": bool(row[4]), "votes_for": row[5],
                   "votes_against": row[6], "votes_abstain": row[7], "votes_recused": row[8], "vote_mode": row[9],
                   "public_summary": row[14] or ""}
        wanted: dict[str, Any] = {}
        if outcome is not None:
            wanted["outcome"] = outcome.value
        if rationale is not None:
            wanted["rationale"] = _clean_rationale(rationale)
        if votes is not None or recount:
            counts, mode = _tally(tx, row[10], votes)
            wanted.update({"votes_for": counts["for"], "votes_against": counts["against"],
                           "votes_abstain": counts["abstain"], "votes_recused": counts["recused"], "vote_mode": mode})
        if published is not None:
            wanted["published"] = published
        if public_summary is not None:
            wanted["public_summary"] = clean_public_summary(public_summary)
        changes = {}
        for f, v in wanted.items():
            base = current_heads(tx.proj, "decision", decision_id, f)
            # Choosing a value for a field with concurrent versions settles it, even the one shown.
            if v != current[f] or len(base) > 1:
                changes[f] = {"from": current[f], "to": v, "base": base}
        if finalized and set(changes) - {"published", "public_summary"}:
            raise NotAllowed("the meeting is finalized: this decision is read-only; record an amendment instead",
                             vi="cuộc họp đã chốt biên bản: quyết định này chỉ còn đọc; hãy ghi một quyết định "
                                "sửa đổi",
                             code="decision_read_only")
        if not changes:
            return False
        tx.emit("decision.updated", decision_id, {"meeting": row[0], "changes": changes}, case_id=row[1])
        return True


def set_published(ws: Workspace, decision_id: str, published: bool = True) -> bool:
    """Mark a decision published (or not); allowed after finalization too."""
    return update_decision(ws, decision_id, published=published)


def set_public_summary(ws: Workspace, decision_id: str, summary: str) -> bool:
    """The public register's sentence about a decision; allowed after finalization too."""
    return update_decision(ws, decision_id, public_summary=summary)


def amend_decision(
    ws: Workspace,
    decision_id: str,
    outcome: Outcome,
    rationale: str,
    votes: dict[str, int] | None = None,
    published: bool | None = None,
    follow_ups: list[FollowUpInput] | None = None,
    public_summary: str = "",
) -> str:
    """Change a finalized decision: a new decision that names the one it amends.

    The original stays as it was, shown as amended. The amendment keeps the original's meeting
    and date. Two members amending the same decision offline meet in the conflict inbox. The
    original's public summary is not carried over: it described the outcome that changed.
    """
    ws.require_role(*ORGANISERS, action="amending a decision")
    with ws.transaction() as tx:
        row = _decision_row(tx, decision_id)
        if not row[13]:
            raise NotAllowed("the meeting is not finalized yet: correct the decision itself instead of amending it",
                             vi="cuộc họp chưa chốt biên bản: hãy sửa chính quyết định thay vì ghi quyết định sửa đổi",
                             code="meeting_not_finalized")
        later = tx.scalar("SELECT id FROM decisions WHERE amends = ? ORDER BY recorded_at, id LIMIT 1",
                          (decision_id,))
        if later is not None:
            raise NotAllowed(f"this decision was already amended by {later}; amend the latest version",
                             vi=f"quyết định này đã được sửa đổi bằng {later}; hãy sửa đổi bản mới nhất",
                             code="decision_already_amended")
        rationale = _clean_rationale(rationale)
        summary = clean_public_summary(public_summary)
        case_id = row[1]
        case_decision = tx.scalar("SELECT decision_id FROM cases WHERE id = ?", (case_id,))
        if votes is None:
            counts = {"for": row[5], "against": row[6], "abstain": row[7], "recused": row[8]}
            mode = row[9]
        else:
            counts, mode = _tally(tx, None, votes)
            counts["recused"] = int(votes.get("recused", row[8]))
        new_id = tx.new_id()
        changes: dict[str, Any] = {}
        if case_decision == decision_id:  # amending the decision in force moves the case to the amendment
            changes["decision"] = {"from": decision_id, "to": new_id,
                                   "base": current_heads(tx.proj, "case", case_id, "decision")}
        tx.emit(
            "decision.recorded",
            new_id,
            {
                "meeting": row[0],
                "agenda_item": row[10],
                "influencer": row[11],
                "category": row[12],
                "outcome": outcome.value,
                "rationale": rationale,
                "votes": counts,
                "vote_mode": mode,
                "published": bool(row[4]) if published is None else published,
                "follow_ups": _follow_up_payload(tx, follow_ups),
                **({"public_summary": summary} if summary else {}),
                "amends": decision_id,
                "changes": changes,
            },
            case_id=case_id,
        )
        return new_id


# --- appeals -----------------------------------------------------------------------------------


def appeal(ws: Workspace, ref: str, reason: str, meeting: str | None = None, today: date | None = None) -> Appeal:
    """Lodge an appeal against a case's decision, within 21 days of it.

    The case moves to ``appeal`` and onto the agenda of ``meeting`` (or the next open meeting, if
    there is one); the decision is kept as it was, marked as appealed.
    """
    ws.require_role(*ORGANISERS, action="recording an appeal")
    with ws.transaction() as tx:
        return appeal_in(tx, find_case(tx, ref), reason, today or _today(), meeting)


def appeal_in(tx: Transaction, key: CaseKey, reason: str, day: date, meeting: str | None = None,
              schedule: bool = True) -> Appeal:
    """``appeal`` inside a caller's transaction; ``schedule=False`` leaves the agenda to the caller."""
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("say who appeals and on what grounds",
                        vi="hãy nêu ai đề nghị phúc xét và căn cứ nào", code="appeal_grounds_missing")
    row = tx.one("SELECT c.status, c.decision_id, d.decided_on, d.appealed_at FROM cases c "
                 "LEFT JOIN decisions d ON d.id = c.decision_id WHERE c.id = ?", (key.id,))
    assert row is not None
    status, decision_id, decided_on = Status(row[0]), row[1], row[2]
    if decision_id is None or decided_on is None:
        raise NotAllowed(f"{key.ref} has no decision to appeal",
                         vi=f"hồ sơ {key.ref} chưa có quyết định để phúc xét", code="nothing_to_appeal")
    if row[3] is not None:
        raise NotAllowed(f"the decision on {key.ref} was already appealed",
                         vi=f"quyết định về hồ sơ {key.ref} đã được đề nghị phúc xét", code="already_appealed")
    deadline = appeal_deadline(date.fromisoformat(decided_on))
    if day > deadline:
        closed = deadline.strftime("%d/%m/%Y")
        decided = date.fromisoformat(decided_on).strftime("%d/%m/%Y")
        raise NotAllowed(
            f"the appeal window for {key.ref} closed on {closed} (21 days after the decision of {decided})",
            vi=f"thời hạn phúc xét hồ sơ {key.ref} đã hết vào ngày {closed} (21 ngày sau quyết định ngày {decided})",
            code="appeal_window_closed",
        )
    check_transition(status, Status.APPEAL, by_decision=True)
    tx.emit(
        "decision.appealed",
        decision_id,
        {"reason": reason, "changes": {"status": {
            "from": status.value, "to": Status.APPEAL.value,
            "base": current_heads(tx.proj, "case", key.id, "status")}}},
        case_id=key.id,
    )
    meeting_id = None
    if meeting is not None:
        meeting_id = find_meeting(tx, meeting)
    elif schedule:
        nxt = tx.one("SELECT id FROM meetings WHERE finalized = 0 AND date >= ? ORDER BY date, id LIMIT 1",
                     (day.isoformat(),))
        meeting_id = None if nxt is None else str(nxt[0])
    if meeting_id is not None:
        add_to_agenda_in(tx, meeting_id, key, "")
    return Appeal(decision_id, key.ref, meeting_id)
