"""Reporters' personal data: found, erased on request, and removed when the retention rules say.

Erasing is one signed ``privacy.erased`` event that travels like any other: it destroys the keys
the reporter's details are sealed under (``store.sealing``) and removes evidence files (a letter
to the reporter, or a closed case's evidence past its time), on every member. The signed history
stays whole, so ``verify`` still passes; what it held of the person can no longer be read.

After the transaction, the erasing member's database is scrubbed in place (``secure_delete``
during the erasure, then a checkpoint that empties the write-ahead log), so a backup made
afterwards holds nothing of what was erased; the files of removed evidence are deleted.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date

from moderator_app.domain.clock import local_date, ms_from_date
from moderator_app.domain.enums import Role
from moderator_app.domain.errors import UserError
from moderator_app.domain.text import fold
from moderator_app.store.database import raw_connection
from moderator_app.store.evidence_queries import purged_files

from .backups import list_backups
from .workspace import Workspace

log = logging.getLogger(__name__)

CLOSED_STATUSES = ("closed", "rejected")
MAX_REASON = 2000
RULES = ("reporters", "evidence")
_SEPARATORS = re.compile(r"\s*(?:·|;|,|\||/|\n)\s*")


@dataclass(frozen=True, slots=True)
class ReporterFound:
    """A report naming the person: its case, and whether its details are sealed (erasable for good)."""

    report_id: str
    case_id: str
    case_ref: str
    reporter: str
    received_at: int
    key_id: str | None  # None: filed before sealing, its details are in the signed history in clear


@dataclass(frozen=True, slots=True)
class EvidenceFound:
    evidence_id: str
    case_ref: str
    name: str
    size: int
    sha256: str
    why: str  # "letter": a letter to the reporter; "closed": a closed case's evidence past its time


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What an erasure will remove, shown before it is done."""

    reporters: tuple[ReporterFound, ...] = ()
    evidence: tuple[EvidenceFound, ...] = ()

    @property
    def keys(self) -> list[str]:
        return sorted({r.key_id for r in self.reporters if r.key_id})

    @property
    def unsealed(self) -> list[str]:
        """Reports filed before sealing: blanked everywhere, but their signed history keeps the text."""
        return sorted(r.report_id for r in self.reporters if not r.key_id)

    @property
    def cases(self) -> list[str]:
        return sorted({r.case_ref for r in self.reporters} | {e.case_ref for e in self.evidence})

    @property
    def empty(self) -> bool:
        return not self.reporters and not self.evidence


@dataclass(frozen=True, slots=True)
class Erased:
    event_id: str
    plan: ErasurePlan
    files_removed: int
    backups_before: int  # backups made before the erasure, which still hold what it removed


@dataclass(frozen=True, slots=True)
class RetentionRules:
    """Months after a case is closed that its reporters' details and its evidence files are kept;
    ``None``: kept until erased."""

    reporters_months: int | None = None
    evidence_months: int | None = None


@dataclass(frozen=True, slots=True)
class RetentionPlan:
    rules: RetentionRules
    reporters_before: date | None  # cases closed before this day lose their reporters' details
    evidence_before: date | None
    plan: ErasurePlan = field(default_factory=ErasurePlan)


# --- finding a person ------------------------------------------------------------------------

def _digits(text: str) -> str:
    """A phone number's digits, ``+84`` read as the leading 0."""
    digits = "".join(c for c in text if c.isdigit())
    if text.strip().startswith("+84") or (digits.startswith("84") and len(digits) == 11):
        digits = "0" + digits[2:]
    return digits


def matches_reporter(stored: str, query: str) -> bool:
    """Whether ``query`` (a name or a contact, as a member types it) names the reporter ``stored``.

    The whole value or one of its parts ("Nguyễn Văn An · 0912 345 678") must match, blind to
    case, diacritics and spacing; a phone number matches by its digits. A part of a name never
    matches ("An" does not erase every An).
    """
    q = fold(query)
    if not q or not stored:
        return False
    parts = [stored, *_SEPARATORS.split(stored)]
    if any(fold(p) == q for p in parts if p.strip()):
        return True
    q_digits = _digits(query)
    if len(q_digits) >= 8 and not any(c.isalpha() for c in q):
        return any(_digits(p) == q_digits for p in parts if not any(c.isalpha() for c in fold(p)))
    return False


def find_reporter(ws: Workspace, text: str) -> ErasurePlan:
    """Every report naming the person, and the letters sent to them, as an erasure would remove."""
    if not fold(text):
        raise UserError("give the reporter's name or contact, as stored in the reports",
                        vi="hãy nhập tên hoặc thông tin liên hệ của người phản ánh, như đã lưu trong phản ánh",
                        code="reporter_needed")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        found = tuple(
            ReporterFound(r[0], r[1], r[2], r[3], r[4], r[5])
            for r in raw.execute(
                "SELECT r.id, r.case_id, c.ref, r.reporter, r.received_at, r.sealed_key FROM reports r "
                "JOIN cases c ON c.id = r.case_id WHERE r.reporter != '' ORDER BY r.received_at, r.id")
            if matches_reporter(r[3], text)
        )
        evidence = _letters_to(raw, {r.key_id for r in found if r.key_id})
    return ErasurePlan(found, evidence)


def _letters_to(raw: sqlite3.Connection, keys: set[str]) -> tuple[EvidenceFound, ...]:
    """The PDFs of letters sealed under ``keys`` (letters to those reporters), still on file."""
    out = []
    for key in sorted(keys):
        out += [EvidenceFound(r[0], r[1], r[2], r[3] or 0, r[4], "letter") for r in raw.execute(
            "SELECT e.id, c.ref, e.name, e.size, e.sha256 FROM letters l JOIN evidence e ON e.id = l.evidence_id "
            "JOIN cases c ON c.id = e.case_id WHERE l.sealed_key = ? AND e.purged_at IS NULL AND e.sha256 IS NOT NULL",
            (key,))]
    return tuple(out)


# --- erasing -----------------------------------------------------------------------------------

def erase(ws: Workspace, plan: ErasurePlan, reason: str, rule: str = "request") -> Erased:
    """Erase what ``plan`` found, for ``reason``, on every member (``privacy.erased``)."""
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("give the reason for the erasure (the request, its date): it is kept in the history",
                        vi="hãy ghi lý do xóa (yêu cầu nào, ngày nào): lý do được lưu trong lịch sử",
                        code="erasure_reason_needed")
    if len(reason) > MAX_REASON:
        raise UserError(f"the reason is longer than {MAX_REASON} characters",
                        vi=f"lý do dài quá {MAX_REASON} ký tự", code="erasure_reason_too_long")
    if plan.empty:
        raise UserError("there is nothing to erase", vi="không có gì để xóa", code="nothing_to_erase")
    if rule == "retention":
        ws.require_role(Role.CHAIR, action="applying the retention rules", action_vi="áp dụng quy tắc lưu giữ")
    else:
        ws.require_role(Role.CHAIR, Role.SECRETARY, action="erasing personal data", action_vi="xóa dữ liệu cá nhân")
    payload: dict[str, object] = {"reason": reason, "rule": rule}
    if plan.keys:
        payload["keys"] = plan.keys
    if plan.unsealed:
        payload["reports"] = plan.unsealed
    if plan.evidence:
        payload["evidence"] = sorted({e.evidence_id for e in plan.evidence})
    with ws.transaction() as tx:
        event = tx.emit("privacy.erased", tx.new_id(), payload)
    try:
        removed = remove_purged_files(ws)
    except OSError as exc:  # the erasure stands; the files go at the next sync round's sweep
        log.warning("could not delete the files an erasure removed: %s", exc)
        removed = 0
    scrub(ws)
    return Erased(event.id, plan, removed, len(list_backups(ws.paths)))


def scrub(ws: Workspace) -> None:
    """Empty the write-ahead log, so no earlier page image of erased rows stays in the data folder.

    A reader in the middle of a query holds the log back: try again a few times, then leave it to
    the next checkpoint (SQLite's own, or the next round's) and say so in the log."""
    for attempt in range(5):
        if ws.db.checkpoint():
            return
        time.sleep(0.05 * (attempt + 1))
    log.warning("the write-ahead log could not be emptied after an erasure: a reader held it")


def remove_purged_files(ws: Workspace) -> int:
    """Delete the files of evidence removed by an erasure, unless another item still holds the
    same bytes (the same screenshot in an open case). Run after every transaction that may carry
    ``privacy.erased`` (a local erasure, a sync round); the count deleted."""
    with ws.db.read() as conn:
        shas = sorted(purged_files(raw_connection(conn)))
    store = ws.blobs
    removed = 0
    for sha in shas:
        try:
            path = store.path_for(sha)
        except ValueError:
            continue
        if path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


# --- retention -------------------------------------------------------------------------------

def retention_rules(ws: Workspace) -> RetentionRules:
    with ws.db.read() as conn:
        rows = dict(raw_connection(conn).execute(
            "SELECT key, value FROM committee_profile WHERE key IN ('retention.reporters', 'retention.evidence')"))
    return RetentionRules(_months(rows.get("retention.reporters")), _months(rows.get("retention.evidence")))


def _months(value: str | None) -> int | None:
    if value is None or value == "null":
        return None
    try:
        months = int(value)
    except ValueError:
        return None
    return months if months > 0 else None


def set_retention(ws: Workspace, what: str, months: int | None) -> None:
    """The committee's rule for ``what`` (``reporters`` or ``evidence``): kept ``months`` after a
    case is closed, or until erased (``None``). The chair's rule; it syncs."""
    if what not in RULES:
        raise UserError(f"unknown retention rule {what!r}: reporters or evidence",
                        vi=f"không có quy tắc lưu giữ {what!r}: reporters hoặc evidence", code="unknown_retention_rule")
    if months is not None and not 1 <= months <= 1200:
        raise UserError("a retention period is between 1 and 1200 months",
                        vi="thời hạn lưu giữ phải từ 1 đến 1200 tháng", code="retention_out_of_range")
    ws.require_role(Role.CHAIR, action="setting the retention rules", action_vi="đặt quy tắc lưu giữ")
    if getattr(retention_rules(ws), f"{what}_months") == months:
        return
    with ws.transaction() as tx:
        tx.emit("privacy.retention_set", what, {"months": months})


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


# What the retention rules remove: reporters' details and evidence files of cases closed (or
# rejected) before a day; the plan lists them, ``retention_due`` stops at the first.
_CLOSED_BEFORE = f"c.status IN ({','.join('?' * len(CLOSED_STATUSES))}) AND c.status_since < ?"
_REPORTERS_DUE = f"FROM reports r JOIN cases c ON c.id = r.case_id WHERE r.reporter != '' AND {_CLOSED_BEFORE}"
_EVIDENCE_DUE = ("FROM evidence e JOIN cases c ON c.id = e.case_id WHERE e.kind = 'file' AND e.purged_at IS NULL "
                 f"AND e.sha256 IS NOT NULL AND {_CLOSED_BEFORE}")


def _cutoffs(ws: Workspace, now_ms: int | None) -> tuple[RetentionRules, date | None, date | None]:
    """The rules, and the days before which a closed case's reporters' details and evidence go."""
    rules = retention_rules(ws)
    today = local_date(now_ms if now_ms is not None else ws.clock.wall())
    return (rules, months_before(today, rules.reporters_months) if rules.reporters_months else None,
            months_before(today, rules.evidence_months) if rules.evidence_months else None)


def retention_plan(ws: Workspace, now_ms: int | None = None) -> RetentionPlan:
    """What the retention rules remove now: the reporters' details of cases closed longer ago than
    the rule says, and the evidence files of such cases."""
    rules, rep_day, ev_day = _cutoffs(ws, now_ms)
    reporters: tuple[ReporterFound, ...] = ()
    evidence: list[EvidenceFound] = []
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        if rep_day is not None:
            reporters = tuple(ReporterFound(*r) for r in raw.execute(
                f"SELECT r.id, r.case_id, c.ref, r.reporter, r.received_at, r.sealed_key {_REPORTERS_DUE} "
                "ORDER BY c.status_since, r.id", (*CLOSED_STATUSES, ms_from_date(rep_day))))
            evidence += _letters_to(raw, {r.key_id for r in reporters if r.key_id})
        if ev_day is not None:
            seen = {e.evidence_id for e in evidence}
            evidence += [EvidenceFound(r[0], r[1], r[2], r[3] or 0, r[4], "closed") for r in raw.execute(
                f"SELECT e.id, c.ref, e.name, e.size, e.sha256 {_EVIDENCE_DUE} ORDER BY c.status_since, e.id",
                (*CLOSED_STATUSES, ms_from_date(ev_day))) if r[0] not in seen]
    return RetentionPlan(rules, rep_day, ev_day, ErasurePlan(reporters, tuple(evidence)))


def retention_due(ws: Workspace, now_ms: int | None = None) -> bool:
    """Whether the retention rules have anything to remove now: the first item found is enough
    (the window asks at start, so it must not list a million cases to say yes)."""
    _rules, rep_day, ev_day = _cutoffs(ws, now_ms)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        return any(day is not None and raw.execute(f"SELECT 1 {due} LIMIT 1",
                                                   (*CLOSED_STATUSES, ms_from_date(day))).fetchone()
                   for due, day in ((_REPORTERS_DUE, rep_day), (_EVIDENCE_DUE, ev_day)))


def apply_retention(ws: Workspace, plan: RetentionPlan) -> Erased:
    """Remove what ``plan`` lists (the chair has seen it), as one erasure under the retention rules."""
    parts = []
    if plan.reporters_before is not None:
        parts.append(f"reporters' details of cases closed before {plan.reporters_before.isoformat()} "
                     f"({plan.rules.reporters_months} months)")
    if plan.evidence_before is not None:
        parts.append(f"evidence files of cases closed before {plan.evidence_before.isoformat()} "
                     f"({plan.rules.evidence_months} months)")
    return erase(ws, plan.plan, "; ".join(parts) or "retention", rule="retention")
