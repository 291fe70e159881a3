"""The committee's activity in figures, computed from the store for one period.

One function, ``compute``, reads everything the dashboard, the quarterly workbook and its PDF
show, so the three always agree. It only reads: the dashboard runs it off the GUI thread on its
own connection. Every figure is defined in ``docs/statistics.md``.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from moderator_app.domain import sla
from moderator_app.domain.clock import iso_utc, local_date
from moderator_app.domain.enums import Category, Outcome, Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.letters import URGENT_TAKEDOWN_HOURS, LetterKind
from moderator_app.domain.platform_record import PlatformRecord, PlatformsRecord, platform_record, series_start_ms
from moderator_app.domain.score import Band
from moderator_app.domain.statistics import (
    Count,
    Deadline,
    OutcomeCount,
    Period,
    Statistics,
    buckets,
    day_counts,
    quarter_period,
)
from moderator_app.domain.working_calendar import LAW_CALENDAR, WorkingCalendar
from moderator_app.store import statistics_queries as Q
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.calendar_days import load_calendar

from .credibility import register
from .workspace import Workspace

SLA_ORDER = ("acknowledge", "triage", "urgent_removal", "complaint_removal", "influencer_reply",
             "informal_resolution", "to_decision", "publish_decision", "appeal_window", "monitoring")


def triage_deadline(facts: list[Q.TriageFacts], now_ms: int,
                    calendar: WorkingCalendar = LAW_CALENDAR) -> Deadline:
    """Cases triaged within 5 working days of opening (``domain.sla.TRIAGE``), by the committee's calendar."""
    on_time = late = pending = 0
    for f in facts:
        due = sla.due(sla.TRIAGE, f.opened_at, calendar)
        if f.triaged_at is not None:
            if f.triaged_at <= due:
                on_time += 1
            else:
                late += 1
        elif now_ms > due:
            late += 1
        else:
            pending += 1
    return Deadline(on_time, late, pending)


def takedown_deadline(facts: list[Q.UrgentFacts], now_ms: int) -> Deadline:
    """Urgent cases whose first takedown request went out within 24 hours of becoming urgent."""
    on_time = late = pending = 0
    for f in facts:
        due = f.urgent_since + URGENT_TAKEDOWN_HOURS * sla.HOUR_MS
        if f.takedown_at is not None:
            if f.takedown_at <= due:
                on_time += 1
            else:
                late += 1
        elif now_ms > due:
            late += 1
        else:
            pending += 1
    return Deadline(on_time, late, pending)


def compute_on(conn: sqlite3.Connection, period: Period, now_ms: int) -> Statistics:
    """Every figure for ``period`` from one read connection; ``now_ms`` is "now"."""
    start_ms, end_ms = period.start_ms, period.end_ms
    reports = Q.reports_by_day(conn, start_ms, end_ms)
    cases = Q.cases_by_day(conn, start_ms, end_ms)
    report_days = day_counts((r.day, r.count) for r in reports)
    case_days = day_counts((c.day, c.count) for c in cases)

    def by(attr: str, codes: list[str]) -> tuple[Count, ...]:
        r_counts: dict[str, int] = {}
        c_counts: dict[str, int] = {}
        for r in reports:
            r_counts[getattr(r, attr)] = r_counts.get(getattr(r, attr), 0) + r.count
        for c in cases:
            c_counts[getattr(c, attr)] = c_counts.get(getattr(c, attr), 0) + c.count
        extra = sorted((set(r_counts) | set(c_counts)) - set(codes))  # codes a newer version wrote
        return tuple(Count(code, r_counts.get(code, 0), c_counts.get(code, 0)) for code in [*codes, *extra])

    outcomes = dict(Q.outcomes_in_force(conn, period.start, period.end))
    outcome_rows = tuple(OutcomeCount(o.value, o.level, outcomes.get(o.value, 0)) for o in Outcome)
    overdue = dict(Q.overdue_now(conn, now_ms))
    bands_day = min(period.end, local_date(now_ms))
    band_counts: dict[str, int] = {}
    for entry in register(conn, bands_day, existing_only=True):  # who existed then, not who came later
        band_counts[entry.band.value] = band_counts.get(entry.band.value, 0) + 1
    letters = dict(Q.letters_sent(conn, start_ms, end_ms))
    return Statistics(
        period=period,
        as_of_ms=now_ms,
        reports=sum(report_days.values()),
        cases=sum(case_days.values()),
        decisions=sum(outcomes.values()),
        weeks=buckets(period, True, report_days, case_days),
        months=buckets(period, False, report_days, case_days),
        by_category=by("category", Category.codes()),
        by_platform=by("platform", Platform.codes()),
        triage=triage_deadline(Q.triage_facts(conn, start_ms, end_ms), now_ms, load_calendar(conn.cursor())),
        urgent_takedown=takedown_deadline(Q.urgent_facts(conn, start_ms, end_ms), now_ms),
        overdue=tuple((k, overdue[k]) for k in [*SLA_ORDER, *sorted(set(overdue) - set(SLA_ORDER))] if k in overdue),
        outcomes=outcome_rows,
        bands=tuple((b.value, band_counts.get(b.value, 0)) for b in Band),
        bands_as_of=bands_day,
        letters=tuple((k.value, letters.get(k.value, 0)) for k in LetterKind),
        platforms=platforms_on(conn, period, now_ms),
    )


def platforms_on(conn: sqlite3.Connection, period: Period, now_ms: int) -> PlatformsRecord:
    """The platforms' record for ``period`` and the quarters up to its end, as of ``now_ms``."""
    return platform_record(Q.takedown_facts(conn, series_start_ms(period), period.end_ms), period, now_ms)


def compute(ws: Workspace, period: Period, now_ms: int | None = None) -> Statistics:
    """The figures for ``period`` as of now (the workspace clock), or as of ``now_ms``."""
    now = ws.clock.wall() if now_ms is None else now_ms
    with ws.db.read() as conn:
        return compute_on(raw_connection(conn), period, now)


def default_period(today: date) -> Period:
    """The dashboard opens on the quarter so far."""
    start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return Period(start, today)


def quarterly_report(ws: Workspace, quarter: str, path: Path, lang: str, now_ms: int | None = None) -> Statistics:
    """Write the quarterly activity workbook for ``quarter`` (``2026Q4``); returns its figures."""
    from moderator_app.exports.quarterly import export_quarterly

    from .exports import EXPORTERS
    from .letters import committee_name

    ws.require_role(*EXPORTERS, action="exporting the quarterly report")
    label, period = quarter_period(quarter)
    stats = compute(ws, period, now_ms)
    export_quarterly(stats, label, path, lang, committee_name(ws))
    return stats


def _deadline_json(d: Deadline) -> dict[str, Any]:
    return {"on_time": d.on_time, "late": d.late, "pending": d.pending,
            "share": None if d.share is None else round(d.share, 4)}


def platform_json(r: PlatformRecord) -> dict[str, Any]:
    """One platform's record (or the total's) as codes and numbers."""
    return {"sent": r.sent, "answered_in_time": r.in_time, "late": r.late, "no_answer": r.no_answer,
            "not_yet_due": r.awaiting, "refused": r.refused, "removed": r.removed,
            "median_hours_to_removal": r.median_hours, "back_online": r.back_online,
            "share_in_time": None if r.share_in_time is None else round(r.share_in_time, 4)}


def platforms_json(p: PlatformsRecord) -> dict[str, Any]:
    """``platforms`` (one entry per platform), ``platforms_total`` and ``platform_quarters``."""
    return {
        "platforms": [{"platform": r.platform, **platform_json(r)} for r in p.rows],
        "platforms_total": platform_json(p.total),
        "platform_quarters": [
            {"quarter": q.quarter, "from": q.start.isoformat(), "to": q.end.isoformat(),
             "platforms": {r.platform: {"sent": r.sent, "answered_in_time": r.in_time,
                                        "share_in_time": None if r.share_in_time is None else round(r.share_in_time, 4)}
                           for r in q.rows},
             "sent": q.total.sent, "answered_in_time": q.total.in_time,
             "share_in_time": None if q.total.share_in_time is None else round(q.total.share_in_time, 4)}
            for q in p.quarters],
    }


def figures_json(s: Statistics) -> dict[str, Any]:
    """The figures as codes and numbers (for ``report quarterly --json``)."""
    return {
        "period": {"start": s.period.start.isoformat(), "end": s.period.end.isoformat()},
        "as_of": iso_utc(s.as_of_ms),
        "reports": s.reports,
        "cases": s.cases,
        "decisions": s.decisions,
        "months": [{"month": b.key, "reports": b.reports, "cases": b.cases} for b in s.months],
        "weeks": [{"week": b.key, "from": b.start.isoformat(), "to": b.end.isoformat(), "reports": b.reports,
                   "cases": b.cases} for b in s.weeks],
        "by_category": {c.code: {"reports": c.reports, "cases": c.cases} for c in s.by_category},
        "by_platform": {c.code: {"reports": c.reports, "cases": c.cases} for c in s.by_platform},
        "triage": _deadline_json(s.triage),
        "urgent_takedown": _deadline_json(s.urgent_takedown),
        "overdue": dict(s.overdue),
        "outcomes": {o.outcome: o.count for o in s.outcomes},
        "levels": {str(level): n for level, n in s.levels()},
        "bands": dict(s.bands),
        "bands_as_of": s.bands_as_of.isoformat(),
        "letters": dict(s.letters),
        **platforms_json(s.platforms),
    }


def save_report_pdf(ws: Workspace, pdf: bytes, path: Path) -> Path:
    """Save the quarterly report's PDF (rendered by the window) where the person chose."""
    from moderator_app.store.atomic import write_atomic

    from .exports import EXPORTERS
    from .files import check_pdf_target

    ws.require_role(*EXPORTERS, action="exporting the quarterly report")
    target = check_pdf_target(path)
    if not pdf.startswith(b"%PDF"):
        raise UserError("the report was not rendered as a PDF", vi="báo cáo chưa được xuất ra dạng PDF",
                        code="report_not_pdf")
    write_atomic(target, pdf)
    return target
