"""A case's whole file: what the case window shows and the printed record holds.

One read gathers the case, its reports, evidence, notes, annotations, related cases, deadlines,
decisions and appeals, its takedown requests, and its history, as plain frozen data the window and the PDF render.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from moderator_app.domain.clock import ms_from_date
from moderator_app.domain.sla import SLA_LABELS
from moderator_app.store import case_queries, indicator_queries, queries
from moderator_app.store.case_queries import AnnotationRow, CaseDecision, RelatedCase
from moderator_app.store.indicator_queries import CaseIndicator
from moderator_app.store.queries import CaseDetail

from . import takedowns
from .takedowns import TakedownView

APPEAL_WINDOW_DAYS = 21

DEADLINE_LABELS: dict[str, tuple[str, str]] = {
    **SLA_LABELS,
    "appeal_until": ("Hết hạn phúc xét", "Appeal window closes"),
    "follow_up": ("Việc cần làm", "Follow-up"),
}


@dataclass(frozen=True, slots=True)
class Deadline:
    code: str
    detail: str  # the follow-up's action, or ""
    due_ms: int  # UTC ms (a date-only deadline is its day's end in Vietnam)
    done: bool

    def label(self, lang: str) -> str:
        vi, en = DEADLINE_LABELS[self.code]
        return en if lang == "en" else vi


@dataclass(frozen=True, slots=True)
class AppealStep:
    """A move into or out of appeal, from the history."""

    at: int
    author_name: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True, slots=True)
class CaseFile:
    detail: CaseDetail
    annotations: tuple[AnnotationRow, ...]
    related: tuple[RelatedCase, ...]
    indicators: tuple[CaseIndicator, ...]
    decisions: tuple[CaseDecision, ...]
    deadlines: tuple[Deadline, ...]
    appeals: tuple[AppealStep, ...]
    names: dict[str, str]  # member id -> name
    refs: dict[str, str]  # case id -> reference, influencer id -> name (for history sentences)
    takedowns: tuple[TakedownView, ...] = ()  # the latest sent first

    @property
    def case_id(self) -> str:
        return self.detail.case.id


def _day_end_ms(iso: str) -> int:
    return ms_from_date(date.fromisoformat(iso) + timedelta(days=1)) - 1


def deadlines_of(detail: CaseDetail, decisions: list[CaseDecision], now_ms: int) -> list[Deadline]:
    """The case's countdown now, the appeal window after its latest decision, and follow-ups."""
    c = detail.case
    out = []
    if c.sla_kind and c.sla_due_at is not None:
        out.append(Deadline(c.sla_kind, "", c.sla_due_at, False))
    if decisions and c.status in ("decided", "monitoring"):
        latest = decisions[-1]
        until = date.fromisoformat(latest.decided_on) + timedelta(days=APPEAL_WINDOW_DAYS)
        out.append(Deadline("appeal_until", "", _day_end_ms(until.isoformat()), _day_end_ms(until.isoformat())
                            < now_ms))
    for d in decisions:
        for f in d.follow_ups:
            if f.due_on:
                out.append(Deadline("follow_up", f.action, _day_end_ms(f.due_on), f.done_at is not None))
    out.sort(key=lambda d: (d.due_ms, d.code, d.detail))
    return out


def appeals_of(detail: CaseDetail) -> list[AppealStep]:
    steps = []
    for h in detail.history:
        change: dict[str, Any] | None = h.payload.get("changes", {}).get("status")
        if change and "appeal" in (change.get("from"), change.get("to")):
            steps.append(AppealStep(h.at, h.author_name, str(change.get("from")), str(change.get("to")),
                                    str(h.payload.get("reason", ""))))
    return steps


def load_case_file(conn: sqlite3.Connection, case_id: str, now_ms: int) -> CaseFile | None:
    detail = queries.case_detail(conn, case_id)
    if detail is None:
        return None
    decisions = case_queries.decisions_of_case(conn, case_id)
    related = case_queries.related_cases(conn, case_id)
    refs = {r[0]: r[1] for r in conn.execute(
        "SELECT id, ref FROM cases WHERE id IN (SELECT json_extract(payload, '$.into') FROM events "
        "WHERE case_id = ? AND type = 'case.merged') OR id = ?", (case_id, detail.case.merged_into))}
    refs.update({r.case.id: r.case.ref for r in related})
    return CaseFile(
        detail=detail,
        annotations=tuple(case_queries.annotations_of(conn, case_id)),
        related=tuple(related),
        indicators=tuple(indicator_queries.of_case(conn, case_id)),
        decisions=tuple(decisions),
        deadlines=tuple(deadlines_of(detail, decisions, now_ms)),
        appeals=tuple(appeals_of(detail)),
        names=queries.member_names(conn),
        refs=refs,
        takedowns=tuple(takedowns.of_case(conn, case_id, now_ms)),
    )
