"""Triage: changing cases' status, priority, urgency and assignee, notes, and merging duplicates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Outcome, Priority, Role, Status
from moderator_app.domain.errors import NotAllowed, NotFound, UserError, no_case
from moderator_app.domain.ids import normalize_ref
from moderator_app.domain.permissions import FIELD_ROLES
from moderator_app.domain.sla import MONITORING, TRACKS
from moderator_app.domain.text import fold
from moderator_app.domain.workflow import NEEDS_REASON, check_transition
from moderator_app.store.projection.fields import current_heads

from .transaction import Transaction
from .workspace import Workspace

WRITERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER)
MAX_NOTE = 20_000
MAX_TITLE = 300


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True, slots=True)
class CaseChanges:
    """What a triage action changes; ``UNSET``/``None`` fields are left alone."""

    status: Status | None = None
    priority: Priority | None = None
    urgent: bool | None = None
    assignee: Any = UNSET  # member id, or None to unassign
    title: str | None = None
    note: str | None = None
    reason: str | None = None
    track: Any = UNSET  # domain.sla.TRACKS: a removal request in 48 h or an informal resolution; None ends it


@dataclass(frozen=True, slots=True)
class CaseKey:
    id: str
    ref: str


def find_case(tx: Transaction, text: str) -> CaseKey:
    """A case by its reference (as people type it) or its id."""
    ref = normalize_ref(text)
    row = None
    if ref is not None:
        row = tx.one("SELECT id, ref FROM cases WHERE ref = ?", (ref,))
    if row is None:
        row = tx.one("SELECT id, ref FROM cases WHERE id = ?", (text.strip().lower(),))
    if row is None:
        raise no_case(text)
    return CaseKey(row[0], row[1])


def resolve_member(tx: Transaction, text: str | None) -> str | None:
    """``me``, ``none``, a member id or a member's name (ignoring case and diacritics)."""
    if text is None:
        return None
    t = text.strip()
    if t.lower() in ("none", ""):
        return None
    if t.lower() == "me":
        return tx.ws.identity.member_id
    row = tx.one("SELECT id FROM members WHERE id = ?", (t,))
    if row is None:
        rows = tx.all("SELECT id FROM members WHERE name_key = ?", (fold(t),))
        if len(rows) > 1:
            raise UserError(f"more than one member is called {t!r}; use the member id",
                            vi=f"có nhiều thành viên cùng tên {t!r}; hãy dùng mã thành viên",
                            code="ambiguous_member_name")
        row = rows[0] if rows else None
    if row is None:
        raise NotFound(f"no member {t!r}; see the committee's member list",
                       vi=f"không có thành viên {t!r}; xem danh sách thành viên của ban", code="no_member")
    return str(row[0])


def _field_change(tx: Transaction, case_id: str, field: str, old: Any, new: Any) -> dict[str, Any]:
    return {"from": old, "to": new, "base": current_heads(tx.proj, "case", case_id, field)}


def update_in(tx: Transaction, key: CaseKey, ch: CaseChanges) -> bool:
    """Apply one triage action to one case; returns whether anything changed."""
    row = tx.one("SELECT status, priority, urgent, assignee_id, title, track FROM cases WHERE id = ?", (key.id,))
    assert row is not None
    status, priority, urgent, assignee, title = Status(row[0]), int(row[1]), bool(row[2]), row[3], row[4]
    track = row[5]
    changes: dict[str, dict[str, Any]] = {}
    if ch.status is not None and ch.status != status:
        check_transition(status, ch.status)
        if ch.status in NEEDS_REASON and not (ch.reason or ch.note):
            raise UserError(f"say why {key.ref} is {ch.status.label('en')}: give a reason",
                            vi=f"hãy ghi lý do hồ sơ {key.ref} chuyển sang {ch.status.label('vi')}",
                            code="status_needs_reason")
        if ch.status == Status.SCHEDULED:
            from .meetings import check_right_of_reply  # a case set on the agenda by hand: the same rule

            check_right_of_reply(tx, key, ch.reason or "")
        if ch.status == Status.CLOSED and status in (Status.DECIDED, Status.MONITORING):
            _check_monitoring_over(tx, key)
        changes["status"] = _field_change(tx, key.id, "status", status.value, ch.status.value)
    if ch.priority is not None and ch.priority.level != priority:
        changes["priority"] = _field_change(tx, key.id, "priority", priority, ch.priority.level)
    if ch.urgent is not None and ch.urgent != urgent:
        changes["urgent"] = _field_change(tx, key.id, "urgent", urgent, ch.urgent)
    if ch.track is not UNSET and ch.track != track:
        if ch.track is not None and ch.track not in TRACKS:
            raise UserError(f"a case's track is one of {', '.join(TRACKS)}, or none",
                            vi=f"hướng xử lý của hồ sơ là một trong {', '.join(TRACKS)}, hoặc none (không có)",
                            code="track_unknown")
        changes["track"] = _field_change(tx, key.id, "track", track, ch.track)
    if ch.assignee is not UNSET and ch.assignee != assignee:
        changes["assignee"] = _field_change(tx, key.id, "assignee", assignee, ch.assignee)
    if ch.title is not None:
        new_title = " ".join(ch.title.split())
        if not new_title or len(new_title) > MAX_TITLE:
            raise UserError(f"a case title must have 1 to {MAX_TITLE} characters",
                            vi=f"tiêu đề hồ sơ phải có từ 1 đến {MAX_TITLE} ký tự", code="case_title_length")
        if new_title != title:
            changes["title"] = _field_change(tx, key.id, "title", title, new_title)
    wrote = False
    if changes:
        payload: dict[str, Any] = {"changes": changes}
        if ch.reason:
            payload["reason"] = ch.reason.strip()
        tx.emit("case.updated", key.id, payload, case_id=key.id)
        wrote = True
    if ch.note:
        add_note_in(tx, key, ch.note)
        wrote = True
    return wrote


def monitoring_end(tx: Transaction, case_id: str) -> date | None:
    """The day a sanctioned case's monitoring ends (three months after its decision in force), or
    ``None`` when its decision sanctions nothing (level 0) or it has none."""
    row = tx.one("SELECT outcome, decided_on FROM decisions WHERE case_id = ? ORDER BY decided_on DESC, id DESC "
                 "LIMIT 1", (case_id,))
    if row is None or Outcome(row[0]).level < 1:
        return None
    return date.fromisoformat(row[1]) + timedelta(hours=MONITORING.hours)


def _check_monitoring_over(tx: Transaction, key: CaseKey) -> None:
    """A sanctioned case is closed once its monitoring period is over; earlier only by the chair,
    with the reason every closing needs (DOMAIN.md: decided → monitoring, 3 months → closed)."""
    end = monitoring_end(tx, key.id)
    today = local_date(tx.ws.clock.wall())
    if end is None or today >= end:
        return
    role = tx.scalar("SELECT role FROM members WHERE id = ?", (tx.author.member_id,))
    if role == Role.CHAIR.value:
        return
    shown = end.strftime("%d/%m/%Y")
    raise NotAllowed(
        f"{key.ref} is sanctioned and is monitored until {shown}; only the chair may close it earlier, "
        f"with a reason",
        vi=f"hồ sơ {key.ref} có hình thức xử lý và đang trong thời gian theo dõi đến {shown}; chỉ "
           f"{Role.CHAIR.label('vi')} mới được đóng sớm hơn, kèm lý do",
        code="monitoring_not_over")


def update_cases(ws: Workspace, refs: list[str], ch: CaseChanges) -> list[CaseKey]:
    """One triage action on one or many cases, all or nothing; returns the cases changed."""
    ws.require_role(*WRITERS, action="changing a case")
    with ws.transaction() as tx:
        return update_cases_in(tx, refs, ch)


def update_cases_in(tx: Transaction, refs: list[str], ch: CaseChanges) -> list[CaseKey]:
    """``update_cases`` inside an open transaction; ``assignee`` may be a name, ``me`` or an id."""
    changed: list[CaseKey] = []
    assignee = ch.assignee
    if isinstance(assignee, str):
        assignee = resolve_member(tx, assignee)
        ch = CaseChanges(ch.status, ch.priority, ch.urgent, assignee, ch.title, ch.note, ch.reason, ch.track)
    for text in refs:
        key = find_case(tx, text)
        if update_in(tx, key, ch):
            changed.append(key)
    return changed


def add_note_in(tx: Transaction, key: CaseKey, body: str) -> str:
    text = body.strip()
    if not text:
        raise UserError("the note is empty", vi="ghi chú đang để trống", code="note_empty")
    if len(text) > MAX_NOTE:
        raise UserError(f"a note can hold at most {MAX_NOTE} characters",
                        vi=f"ghi chú chứa tối đa {MAX_NOTE} ký tự", code="note_too_long")
    note_id = tx.new_id()
    tx.emit("note.added", note_id, {"body": text}, case_id=key.id)
    return note_id


def add_note(ws: Workspace, ref: str, body: str) -> str:
    ws.require_role(*WRITERS, action="adding a note")
    with ws.transaction() as tx:
        return add_note_in(tx, find_case(tx, ref), body)


def merge_cases(ws: Workspace, refs: list[str]) -> CaseKey:
    """Merge duplicates into the oldest open one of them (the oldest, if none is open): reports
    move over, both keep their history. A new complaint never disappears into a closed case."""
    ws.require_role(*WRITERS, action="merging cases")
    with ws.transaction() as tx:
        return merge_in(tx, refs)


def merge_in(tx: Transaction, refs: list[str]) -> CaseKey:
    """``merge_cases`` inside an open transaction."""
    keys = {find_case(tx, r).id: None for r in refs}
    if len(keys) < 2:
        raise UserError("choose at least two different cases to merge",
                        vi="hãy chọn ít nhất hai hồ sơ khác nhau để gộp", code="merge_needs_two_cases")
    rows = tx.all(
        "SELECT id, ref, opened_at, merged_into, status FROM cases "
        f"WHERE id IN ({','.join('?' * len(keys))}) ORDER BY opened_at, id",
        tuple(keys),
    )
    for _, ref, _, merged_into, _ in rows:
        if merged_into is not None:
            raise NotAllowed(f"{ref} was already merged into another case",
                             vi=f"hồ sơ {ref} đã được gộp vào một hồ sơ khác", code="case_already_merged")
    target = next((r for r in rows if Status(r[4]).is_open), rows[0])
    target_id, target_ref = target[0], target[1]
    for cid, _, _, _, _ in rows:
        if cid == target_id:
            continue
        tx.emit("case.merged", cid, {"into": target_id}, case_id=cid)
        status = Status(tx.scalar("SELECT status FROM cases WHERE id = ?", (cid,)))
        if status.is_open:
            tx.emit(
                "case.updated",
                cid,
                {
                    "changes": {"status": _field_change(tx, cid, "status", status.value, Status.CLOSED.value)},
                    "closed_by_merge_into": target_ref,
                },
                case_id=cid,
            )
    return CaseKey(target_id, target_ref)


def conflict_choices(tx: Transaction, key: CaseKey, field: str) -> list[Any]:
    """The values concurrently written to a case's field, latest first."""
    from moderator_app.store.projection.fields import head_values

    values: list[Any] = []
    for _, _, value in head_values(tx.proj, "case", key.id, field):
        if value not in values:
            values.append(value)
    return values


def _field_name(field: str, lang: str) -> str:
    """A case field as people call it ("status", "trạng thái"), never its code."""
    from .history import FIELD_LABELS

    vi, en = FIELD_LABELS.get(field, (field, field))
    return (en if lang == "en" else vi).lower()


def _values(field: str, values: list[Any], lang: str) -> str:
    """Conflicting values as people read them: a status by its label."""
    if field == "status":
        return ", ".join(Status(str(v)).label(lang) if v in Status.codes() else str(v) for v in values)
    return ", ".join(map(str, values))


def resolve_conflict(ws: Workspace, ref: str, field: str, value: Any) -> None:
    """Settle concurrent writes by choosing one of them; the choice has seen them all. Which
    decision a case keeps is settled by the chair or the secretary, who record decisions."""
    if field == "decision":
        ws.require_role(*sorted(FIELD_ROLES[("case.updated", "decision")]),
                        action="settling which decision a case keeps")
    else:
        ws.require_role(*WRITERS, action="resolving a conflict")
    with ws.transaction() as tx:
        key = find_case(tx, ref)
        choices = conflict_choices(tx, key, field)
        if len(choices) < 2:
            raise UserError(f"{key.ref} has no conflicting {_field_name(field, 'en')} to resolve",
                            vi=f"hồ sơ {key.ref} không có xung đột nào về {_field_name(field, 'vi')} cần giải quyết",
                            code="no_conflict")
        if value not in choices:
            raise UserError(f"choose one of the conflicting values: {_values(field, choices, 'en')}",
                            vi=f"hãy chọn một trong các giá trị đang xung đột: {_values(field, choices, 'vi')}",
                            code="not_a_conflicting_value")
        column = {"status": "status", "decision": "decision_id"}.get(field)
        if column is None:
            raise UserError(f"the {_field_name(field, 'en')} of a case has no conflicts to resolve",
                            vi=f"{_field_name(field, 'vi')} của hồ sơ không có xung đột để giải quyết",
                            code="field_without_conflicts")
        current = tx.scalar(f"SELECT {column} FROM cases WHERE id = ?", (key.id,))
        payload: dict[str, Any] = {"changes": {field: _field_change(tx, key.id, field, current, value)},
                                   "resolves": True}
        if field == "decision":  # for the history: which decision the case keeps, in words
            payload["kept_outcome"] = tx.scalar("SELECT outcome FROM decisions WHERE id = ?", (value,))
        tx.emit("case.updated", key.id, payload, case_id=key.id)
