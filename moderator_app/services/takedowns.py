"""Takedown requests followed to the end: sent, answered, looked at again, chased.

Each request is a record of its own on its case (``takedown.requested``), linked to the takedown
letter it went with; the platform's answer (``takedown.answered``) and every re-check
(``takedown.rechecked``, with its screenshot kept as the case's evidence) are events too, so they
reach every member, and two members who record different answers at once find the request in the
conflict inbox. The rules (deadlines, overdue, late, re-checks, back online) are
``domain.takedowns``; this module reads the store, checks, and writes. See docs/takedowns.md.

Times given (``at``) are UTC milliseconds; a time ahead of the clock (beyond a few minutes), or an
answer or re-check dated before the request, is refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from moderator_app.domain import takedowns as rules
from moderator_app.domain.enums import Outcome, Platform, Status
from moderator_app.domain.errors import NotFound, UserError, no_case
from moderator_app.domain.permissions import allowed_roles
from moderator_app.store import takedown_queries as tq
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.fields import current_heads
from moderator_app.store.queries import find_case_id

from . import evidence as evidence_service
from .transaction import Transaction
from .workspace import Workspace

FIELDS = ("result", "reason", "answered_at")
NO_LETTER = ""  # ``request(letter=NO_LETTER)``: sent without a letter, even when one is waiting to be linked


@dataclass(frozen=True, slots=True)
class RecheckView:
    id: str
    at: int  # UTC ms
    still_up: bool
    evidence_id: str | None


@dataclass(frozen=True, slots=True)
class TakedownView:
    """A request as of ``now``: what the store holds and what the rules say of it."""

    id: str
    case_id: str
    ref: str
    platform: str
    urls: tuple[str, ...]
    via: str
    sent_at: int
    due_at: int
    urgent: bool
    letter_id: str | None
    requested_by: str
    result: str | None  # None: awaiting an answer
    reason: str
    answered_at: int | None
    answered_by: str | None
    rechecks: tuple[RecheckView, ...]
    overdue: bool
    late: bool
    hours_to_answer: float | None
    recheck_due: int | None  # 7 or 30 (days after the removal) when a re-check is due now
    back_online: bool  # the latest re-check since the removal found the content up
    seen_back_online: bool
    conflicted: bool  # different answers recorded at once: to be settled by answering again
    asked_again_in: str | None = None  # the later request that asks for the same content: it is chased now


@dataclass(frozen=True, slots=True)
class TakedownCounts:
    """What the queue's takedown view counts."""

    overdue: int
    back_online: int
    rechecks_due: int


def _view(row: tq.TakedownRow, now_ms: int) -> TakedownView:
    checks = [rules.Recheck(r.at, r.still_up) for r in row.rechecks]
    return TakedownView(
        id=row.id, case_id=row.case_id, ref=row.ref, platform=row.platform, urls=row.urls, via=row.via,
        sent_at=row.sent_at, due_at=row.due_at, urgent=row.urgent, letter_id=row.letter_id,
        requested_by=row.requested_by, result=row.result, reason=row.reason, answered_at=row.answered_at,
        answered_by=row.answered_by,
        rechecks=tuple(RecheckView(r.id, r.at, r.still_up, r.evidence_id) for r in row.rechecks),
        overdue=rules.is_overdue(row.result, row.due_at, now_ms),
        late=rules.is_late(row.result, row.due_at, row.answered_at),
        hours_to_answer=rules.hours_to_answer(row.result, row.sent_at, row.answered_at),
        recheck_due=rules.recheck_due(row.result, row.answered_at, checks, now_ms),
        back_online=rules.back_online(row.result, row.answered_at, checks),
        seen_back_online=rules.seen_back_online(row.result, row.answered_at, checks),
        conflicted=row.conflicted,
    )


def _require(ws: Workspace, event_type: str, action: str, action_vi: str) -> None:
    ws.require_role(*sorted(allowed_roles(event_type)), action=action, action_vi=action_vi)


def _moment(ws: Workspace, at: int | None) -> tuple[int, int]:
    """(the time given, or now; now), refusing a time in the future."""
    now = ws.clock.wall()
    when = now if at is None else int(at)
    rules.check_not_future(when, now)
    return when, now


def _platform(value: Platform | str) -> Platform:
    if isinstance(value, Platform):
        return value
    try:
        return Platform.parse(str(value))
    except ValueError:
        known = ", ".join(Platform.codes())
        raise UserError(f"unknown platform {value!r}; expected one of: {known}",
                        vi=f"không có nền tảng {value!r}; hãy chọn một trong: {known}",
                        code="unknown_takedown_platform") from None


def _result(value: rules.Result | str) -> rules.Result:
    if isinstance(value, rules.Result):
        return value
    try:
        return rules.Result.parse(str(value))
    except ValueError:
        known = ", ".join(rules.Result.codes())
        raise UserError(f"unknown answer {value!r}; expected one of: {known}",
                        vi=f"không có kết quả xử lý {value!r}; hãy chọn một trong: {known}",
                        code="unknown_takedown_result") from None


def _channel(value: rules.Channel | str | None) -> rules.Channel | None:
    if value is None or isinstance(value, rules.Channel):
        return value
    try:
        return rules.Channel.parse(str(value))
    except ValueError:
        known = ", ".join(rules.Channel.codes())
        raise UserError(f"unknown way of sending {value!r}; expected one of: {known}",
                        vi=f"không có cách gửi {value!r}; hãy chọn một trong: {known}",
                        code="unknown_takedown_channel") from None


def _urls(urls: Iterable[str]) -> list[str]:
    out: list[str] = []
    for url in urls:
        address = evidence_service.clean_url(url, "the content's address", "địa chỉ nội dung")
        if address and address not in out:
            out.append(address)
    if len(out) > rules.MAX_URLS:
        raise UserError(f"a takedown request can name at most {rules.MAX_URLS} addresses",
                        vi=f"mỗi đề nghị gỡ nội dung chỉ nêu được tối đa {rules.MAX_URLS} địa chỉ",
                        code="takedown_too_many_urls")
    return out


def _refuse_for_case(tx: Transaction, case_id: str, ref: str) -> None:
    """As for the letter (``letters._refuse_takedown``): a platform is never asked to act on content
    of a case the committee declined or decided breached nothing."""
    row = tx.one("SELECT c.status, d.outcome FROM cases c LEFT JOIN decisions d ON d.id = c.decision_id "
                 "WHERE c.id = ?", (case_id,))
    status, outcome = (row[0], row[1]) if row else (None, None)
    if status == Status.REJECTED.value or outcome == Outcome.NOT_UPHELD.value:
        what: Status | Outcome = Status.REJECTED if status == Status.REJECTED.value else Outcome.NOT_UPHELD
        raise UserError(
            f"{ref} is {what.label('en')}: no takedown request is recorded for it",
            vi=f"hồ sơ {ref} ở trạng thái {what.label('vi')}: không ghi đề nghị gỡ nội dung cho hồ sơ này",
            code="takedown_not_for_case")


def _letter_for(tx: Transaction, case_id: str, ref: str, platform: Platform, letter: str | None) -> str | None:
    """The takedown letter the request went with: the one named, else the case's latest takedown
    letter to this platform that no request is linked to yet; none for ``NO_LETTER``."""
    if letter == NO_LETTER:
        return None
    if letter is not None:
        wanted = letter.strip().lower()
        rows = tx.all("SELECT id FROM letters WHERE case_id = ? AND kind = 'takedown' AND (id = ? OR id LIKE ?) "
                      "ORDER BY id = ? DESC, id LIMIT 2",
                      (case_id, wanted, wanted.replace("%", "").replace("_", "") + "%", wanted))
        if not wanted or not rows or (len(rows) > 1 and rows[0][0] != wanted):
            raise NotFound(f"case {ref} has no takedown letter {letter!r}; `letters list` shows the letters",
                           vi=f"hồ sơ {ref} không có văn bản đề nghị gỡ nội dung {letter!r}; lệnh `letters list` "
                              "liệt kê các văn bản",
                           code="no_takedown_letter")
        return str(rows[0][0])
    names = {platform.label("vi"), platform.label("en")}
    return next((lid for lid, _sent, shown in tq.takedown_letters(tx.conn, case_id) if shown in names), None)


def request_in(tx: Transaction, case_id: str, ref: str, platform: Platform, urls: list[str],
               via: rules.Channel | None, sent: int, *, letter: str | None = None) -> str:
    """Write the ``takedown.requested`` event (the checks done): its deadline from the case's urgency
    when sent, its letter linked. Returns the request's id."""
    linked = _letter_for(tx, case_id, ref, platform, letter)
    initial, changes = tq.urgent_history(tx.conn, case_id)
    urgent = rules.urgent_at(initial, changes, sent)
    ident = tx.new_id()
    payload: dict[str, object] = {
        "platform": platform.value, "urls": urls,
        "via": (via or (rules.Channel.LETTER if linked else rules.Channel.EMAIL)).value,
        "sent_at": sent, "due_at": rules.due_at(sent, urgent), "urgent": urgent,
    }
    if linked is not None:
        payload["letter"] = linked
    tx.emit("takedown.requested", ident, payload, case_id=case_id)
    return ident


def request(
    ws: Workspace,
    case_ref: str,
    platform: Platform | str,
    urls: Sequence[str] = (),
    via: rules.Channel | str | None = None,
    at: int | None = None,
    *,
    letter: str | None = None,
) -> TakedownView:
    """Record a takedown request sent to ``platform`` at ``at`` (default now) about the case's content.

    Without ``urls``, the addresses the case's reports give on that platform. The deadline is 24
    or 48 hours after sending as the case was urgent then. ``via`` defaults to an official letter
    when the case has a takedown letter to that platform not yet linked to a request (it is
    linked), else e-mail; ``letter`` names the letter (its id or a unique beginning), or
    ``NO_LETTER`` for none."""
    _require(ws, "takedown.requested", "recording a takedown request", "ghi đề nghị gỡ nội dung")
    chosen = _platform(platform)
    channel = _channel(via)
    sent, _now = _moment(ws, at)
    addresses = _urls(urls)
    with ws.transaction() as tx:
        key = evidence_service.live_case(tx, case_ref)
        _refuse_for_case(tx, key.id, key.ref)
        if not addresses:
            addresses = _urls(tq.report_urls(tx.conn, key.id, chosen.value))
        if not addresses:
            raise UserError(
                f"case {key.ref} has no address of content on {chosen.label('en')}: give it with --url",
                vi=f"hồ sơ {key.ref} chưa có địa chỉ nội dung nào trên {chosen.label('vi')}: hãy nhập bằng --url",
                code="takedown_no_url")
        ident = request_in(tx, key.id, key.ref, chosen, addresses, channel, sent, letter=letter)
    return get(ws, ident)


def _resolve(conn: sqlite3.Connection, text: str) -> tuple[str, str, int, str]:
    """(id, case id, sent_at, case ref) of the request ``text`` names: its id or a unique beginning."""
    ids = tq.find_takedown_ids(conn, text)
    shown = text.strip()
    if len(ids) > 1:
        raise UserError(f"{shown!r} is the beginning of several takedown requests' ids; give more of it",
                        vi=f"{shown!r} là phần đầu mã của nhiều đề nghị gỡ nội dung; hãy nhập dài hơn",
                        code="takedown_id_ambiguous")
    if not ids:
        raise NotFound(f"no takedown request {shown!r}; `takedown list` shows them",
                       vi=f"không có đề nghị gỡ nội dung {shown!r}; lệnh `takedown list` liệt kê các đề nghị",
                       code="no_takedown")
    row = conn.execute("SELECT t.id, t.case_id, t.sent_at, c.ref FROM takedowns t JOIN cases c ON c.id = t.case_id "
                       "WHERE t.id = ?", (ids[0],)).fetchone()
    assert row is not None
    return str(row[0]), str(row[1]), int(row[2]), str(row[3])


def answer_in(tx: Transaction, ident: str, case_id: str, result: rules.Result, reason: str, when: int) -> None:
    """Write the ``takedown.answered`` event over every value recorded so far (which settles a conflict)."""
    current = tx.one("SELECT result, reason, answered_at FROM takedowns WHERE id = ?", (ident,))
    assert current is not None
    wanted = {"result": result.value, "reason": reason, "answered_at": when}
    changes = {}
    settles = False
    for field, old in zip(FIELDS, current, strict=True):
        base = current_heads(tx.proj, "takedown", ident, field)
        settles = settles or len(base) > 1
        changes[field] = {"from": old, "to": wanted[field], "base": base}
    payload: dict[str, object] = {"changes": changes}
    if settles:
        payload["resolves"] = True
    tx.emit("takedown.answered", ident, payload, case_id=case_id)


def answer(
    ws: Workspace,
    takedown: str,
    result: rules.Result | str,
    reason: str = "",
    at: int | None = None,
) -> TakedownView:
    """Record the platform's answer, received at ``at`` (default now).

    The answer replaces what was recorded before (a refusal followed by a removal) and, having
    seen every value recorded, settles a conflict between two members' answers."""
    _require(ws, "takedown.answered", "recording a platform's answer", "ghi kết quả xử lý của nền tảng")
    chosen = _result(result)
    text = " ".join((reason or "").split())
    if len(text) > rules.MAX_REASON:
        raise UserError(f"the reason can hold at most {rules.MAX_REASON} characters",
                        vi=f"lý do chỉ được dài tối đa {rules.MAX_REASON} ký tự", code="takedown_reason_too_long")
    when, _now = _moment(ws, at)
    with ws.transaction() as tx:
        ident, case_id, sent, _ref = _resolve(tx.conn, takedown)
        rules.check_answer_after_request(when, sent)
        answer_in(tx, ident, case_id, chosen, text, when)
    return get(ws, ident)


def recheck_in(tx: Transaction, ident: str, case_id: str, when: int, still_up: bool,
               evidence_id: str | None = None) -> None:
    """Write the ``takedown.rechecked`` event, linked to its screenshot when there is one."""
    payload: dict[str, object] = {"takedown": ident, "at": when, "still_up": bool(still_up)}
    if evidence_id is not None:
        payload["evidence"] = evidence_id
    tx.emit("takedown.rechecked", tx.new_id(), payload, case_id=case_id)


def recheck(
    ws: Workspace,
    takedown: str,
    still_up: bool,
    evidence: Path | None = None,
    at: int | None = None,
    lang: str = "vi",
) -> TakedownView:
    """Record that a member looked again at ``at`` (default now): the content still up or not, with
    a screenshot (``evidence``) attached to the case as evidence and linked to the re-check."""
    _require(ws, "takedown.rechecked", "recording a re-check", "ghi lần kiểm tra lại")
    if evidence is not None:
        _require(ws, "evidence.added", "attaching evidence", "đính kèm chứng cứ")
    when, _now = _moment(ws, at)
    with ws.db.read() as conn:  # before a file is copied: a refused re-check leaves nothing behind
        _ident, _case, sent, _ref = _resolve(raw_connection(conn), takedown)
    rules.check_recheck_after_request(when, sent)
    staged = evidence_service.stage_files(ws, [evidence]) if evidence is not None else []
    try:
        with ws.transaction() as tx:
            ident, case_id, sent, _ref = _resolve(tx.conn, takedown)
            rules.check_recheck_after_request(when, sent)
            evidence_id = None
            if staged:
                row = tx.one("SELECT platform, urls FROM takedowns WHERE id = ?", (ident,))
                assert row is not None
                key = evidence_service.live_case(tx, case_id)
                seen = rules.found_label(still_up, lang)
                platform = Platform(row[0]).label(lang)
                note = (f"Re-check of content on {platform}: {seen}" if lang == "en"
                        else f"Kiểm tra lại nội dung trên {platform}: {seen}")
                urls = json.loads(row[1] or "[]")
                item = evidence_service.record_staged_in(
                    tx, key, staged, note=note, url=urls[0] if len(urls) == 1 else "", captured_at=when)[0]
                evidence_id = item.id
            recheck_in(tx, ident, case_id, when, still_up, evidence_id)
    except BaseException:
        evidence_service.discard(ws, staged)
        raise
    return get(ws, ident)


# --- reading -------------------------------------------------------------------------------------


def get(ws: Workspace, takedown: str, now_ms: int | None = None) -> TakedownView:
    """One request by its id or a unique beginning of it."""
    now = ws.clock.wall() if now_ms is None else now_ms
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        ident, case_id, _sent, _ref = _resolve(raw, takedown)
        rows = tq.takedowns(raw, case_id=case_id)
    return next(v for v in _views(rows, now) if v.id == ident)


def of_case(conn: sqlite3.Connection, case_id: str, now_ms: int) -> list[TakedownView]:
    """A case's requests as of ``now_ms``, the latest sent first (its file, printed or shown)."""
    return _views(tq.takedowns(conn, case_id=case_id), now_ms)


def _views(rows: list[tq.TakedownRow], now_ms: int) -> list[TakedownView]:
    """Each request as of ``now_ms``; one whose content its case asked the platform for again is
    no longer chased (``rules.asked_again``): the later request is."""
    views = [_view(r, now_ms) for r in rows]
    by_case: dict[str, list[tuple[str, str, int, tuple[str, ...]]]] = {}
    for v in views:
        by_case.setdefault(v.case_id, []).append((v.id, v.platform, v.sent_at, v.urls))
    out = []
    for v in views:
        since = rules.follow_up_from(v.due_at, v.answered_at)
        later = rules.asked_again(v.id, v.platform, since, v.urls, by_case[v.case_id])
        out.append(v if later is None else replace(v, asked_again_in=later, overdue=False, recheck_due=None,
                                                   back_online=False))
    return out


def list_takedowns(
    ws: Workspace,
    *,
    overdue: bool = False,
    platform: Platform | str | None = None,
    case_ref: str | None = None,
    back_online: bool = False,
    recheck_due: bool = False,
    now_ms: int | None = None,
) -> list[TakedownView]:
    """Requests, the latest sent first; each filter narrows (overdue, content back online, a
    re-check due, one platform, one case)."""
    now = ws.clock.wall() if now_ms is None else now_ms
    chosen = None if platform is None else _platform(platform).value
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_id = None
        if case_ref is not None:
            case_id = find_case_id(raw, case_ref)
            if case_id is None:
                raise no_case(case_ref)
        rows = tq.takedowns(raw, platform=chosen, case_id=case_id)
    kinds = [k for k, wanted in zip(rules.WAITING, (overdue, back_online, recheck_due), strict=True) if wanted]
    return [v for v in _views(rows, now) if all(waits(v, k) for k in kinds)]


def waits(v: TakedownView, kind: str | None) -> bool:
    """Whether the request is among those ``kind`` (one of ``rules.WAITING``; None or "": any) lists."""
    if not kind:
        return True
    if kind == "overdue":
        return v.overdue
    if kind == "back_online":
        return v.back_online
    if kind == "recheck_due":
        return v.recheck_due is not None
    raise ValueError(f"unknown takedown view {kind!r}; expected one of: {', '.join(rules.WAITING)}")


def counts(ws: Workspace, now_ms: int | None = None) -> TakedownCounts:
    """The queue's takedown view: requests overdue, content seen back online, re-checks due."""
    views = list_takedowns(ws, now_ms=now_ms)
    return TakedownCounts(
        overdue=sum(v.overdue for v in views),
        back_online=sum(v.back_online for v in views),
        rechecks_due=sum(v.recheck_due is not None for v in views),
    )


def overdue_count(ws: Workspace, now_ms: int | None = None) -> int:
    return counts(ws, now_ms).overdue


def back_online_count(ws: Workspace, now_ms: int | None = None) -> int:
    return counts(ws, now_ms).back_online


def rechecks_due_count(ws: Workspace, now_ms: int | None = None) -> int:
    return counts(ws, now_ms).rechecks_due


# --- the queue's takedown views ------------------------------------------------------------------

QUEUE_KINDS = rules.WAITING


@dataclass(frozen=True, slots=True)
class TakedownQueue:
    """The queue's takedown views as of one moment: the cases each lists, the requests each counts,
    and when that next changes with nothing recorded (a deadline passing, a re-check falling due)."""

    overdue: frozenset[str]  # case ids
    back_online: frozenset[str]
    recheck_due: frozenset[str]
    counts: TakedownCounts  # requests, not cases: a case may have several
    next_change: int | None  # UTC ms; None: nothing changes until something is recorded

    def cases(self, kind: str) -> frozenset[str]:
        """The cases the view ``kind`` (one of ``QUEUE_KINDS``) lists."""
        if kind not in QUEUE_KINDS:
            raise ValueError(f"unknown takedown view {kind!r}; expected one of: {', '.join(QUEUE_KINDS)}")
        found: frozenset[str] = getattr(self, kind)
        return found


def queue(ws: Workspace, now_ms: int | None = None) -> TakedownQueue:
    """What the queue's takedown views list and count at ``now_ms`` (default now): every request read
    once (a committee sends thousands at most) and judged by ``domain.takedowns`` alone."""
    now = ws.clock.wall() if now_ms is None else now_ms
    views = list_takedowns(ws, now_ms=now)
    turns = [rules.next_change(v.result, v.due_at, v.answered_at, [rules.Recheck(r.at, r.still_up) for r in v.rechecks],
                               now) for v in views]
    overdue, back, due = ([v for v in views if waits(v, kind)] for kind in rules.WAITING)
    return TakedownQueue(
        overdue=frozenset(v.case_id for v in overdue),
        back_online=frozenset(v.case_id for v in back),
        recheck_due=frozenset(v.case_id for v in due),
        counts=TakedownCounts(overdue=len(overdue), back_online=len(back), rechecks_due=len(due)),
        next_change=min((t for t in turns if t is not None), default=None),
    )
