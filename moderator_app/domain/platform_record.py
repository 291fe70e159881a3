"""The platforms' record: how each platform answered the takedown requests sent to it.

Platforms' own tools track only themselves; the committee's word with platforms and the
authorities rests on keeping every platform side by side. Pure Python, no store and no clock:
``store.statistics_queries.takedown_facts`` reads the requests, ``services.statistics`` puts the
result in the figures the dashboard, the quarterly workbook, its PDF and the public register
share. The rules (late, overdue, a removal, back online, hours to answer) are
``domain.takedowns``'s; only the counting is here. Every figure is defined in docs/statistics.md.

Each request sent falls in exactly one of four columns, so they add up to the requests sent:

* **answered in time**: the platform answered (removed, refused, partly removed) by the deadline;
* **late**: it answered after the deadline (``takedowns.is_late``);
* **no answer**: "no answer" was recorded, or nothing is recorded and the deadline has passed
  (``takedowns.is_overdue``): silence past the deadline counts against the platform whether or not
  the secretary has stopped waiting;
* **not yet due**: nothing recorded and the deadline still ahead.

*Refused* and *removed* (whole or partly) split the answered ones (in time + late) by what the
platform said; *median hours to removal* and *back online* are about the removals.

Everything is as of ``now_ms``: an answer or a re-check dated after it is not known yet (the
public register published as of an earlier day counts what was known that day).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from . import takedowns as rules
from .enums import Platform
from .statistics import Period, quarter_of, quarter_period

QUARTERS = 4  # quarters in the chart over time: a year, up to the period's last


@dataclass(frozen=True, slots=True)
class TakedownFacts:
    """What the record needs of one request (times in UTC ms)."""

    platform: str
    sent_at: int
    due_at: int
    result: str | None  # None: nothing recorded yet
    answered_at: int | None
    rechecks: tuple[rules.Recheck, ...] = ()


@dataclass(frozen=True, slots=True)
class PlatformRecord:
    """One platform's requests (or all of them: ``platform`` is ``""`` for the total)."""

    platform: str
    sent: int = 0
    in_time: int = 0
    late: int = 0
    no_answer: int = 0
    awaiting: int = 0  # nothing recorded, the deadline still ahead
    refused: int = 0
    removed: int = 0  # removed or partly removed
    median_hours: float | None = None  # from sending to the removal, to a tenth; None without a removal
    back_online: int = 0  # removals whose content a re-check since found up again

    @property
    def answered(self) -> int:
        return self.in_time + self.late

    @property
    def settled(self) -> int:
        """Requests whose outcome is known: answered, or past the deadline without an answer."""
        return self.in_time + self.late + self.no_answer

    @property
    def share_in_time(self) -> float | None:
        """Answered in time among the requests whose outcome is known; None when there are none."""
        return None if self.settled == 0 else self.in_time / self.settled


@dataclass(frozen=True, slots=True)
class QuarterRecord:
    """One quarter of the chart: its requests by platform (the last quarter cut to the period's end)."""

    quarter: str  # "2026Q4"
    start: date
    end: date
    rows: tuple[PlatformRecord, ...]  # one per platform of the whole series, in the same order
    total: PlatformRecord


@dataclass(frozen=True, slots=True)
class PlatformsRecord:
    """The period's record per platform, its total, and the quarters up to the period's end."""

    rows: tuple[PlatformRecord, ...] = ()  # platforms with a request sent in the period
    total: PlatformRecord = PlatformRecord("")
    quarters: tuple[QuarterRecord, ...] = ()

    @property
    def platforms(self) -> tuple[str, ...]:
        """The platforms the quarters list (every one with a request in any of them)."""
        return tuple(r.platform for r in self.quarters[0].rows) if self.quarters else ()


# --- one request ---------------------------------------------------------------------------------

IN_TIME, LATE, NO_ANSWER, AWAITING = "in_time", "late", "no_answer", "awaiting"


def known_answer(f: TakedownFacts, now_ms: int) -> tuple[str | None, int | None]:
    """(result, answered_at) as known at ``now_ms``: an answer dated later is not known yet."""
    if f.result is None or (f.answered_at is not None and f.answered_at > now_ms):
        return None, None
    return f.result, f.answered_at


def column(f: TakedownFacts, now_ms: int) -> str:
    """Which of the four columns a request falls in at ``now_ms``."""
    result, answered = known_answer(f, now_ms)
    if rules.is_answered(result):
        return LATE if rules.is_late(result, f.due_at, answered) else IN_TIME
    if result is not None or rules.is_overdue(result, f.due_at, now_ms):
        return NO_ANSWER
    return AWAITING


def _record(platform: str, facts: Sequence[TakedownFacts], now_ms: int) -> PlatformRecord:
    counts = {IN_TIME: 0, LATE: 0, NO_ANSWER: 0, AWAITING: 0}
    refused = removed = back = 0
    hours: list[float] = []
    for f in facts:
        counts[column(f, now_ms)] += 1
        result, answered = known_answer(f, now_ms)
        if result == rules.Result.REFUSED.value:
            refused += 1
        if rules.is_removal(result):
            removed += 1
            took = rules.hours_to_answer(result, f.sent_at, answered)
            if took is not None:
                hours.append(took)
            seen = [r for r in f.rechecks if r.at <= now_ms]
            back += rules.seen_back_online(result, answered, seen)
    return PlatformRecord(
        platform, sent=len(facts), in_time=counts[IN_TIME], late=counts[LATE], no_answer=counts[NO_ANSWER],
        awaiting=counts[AWAITING], refused=refused, removed=removed, median_hours=median_hours(hours),
        back_online=back)


def median_hours(hours: Sequence[float]) -> float | None:
    """The median of hours given to a tenth, to a tenth: between two middle values, halfway,
    a twentieth rounded up (21.25 → 21.3), counted in whole tenths so no binary fraction decides."""
    if not hours:
        return None
    tenths = sorted(round(h * 10) for h in hours)
    mid = len(tenths) // 2
    value = tenths[mid] if len(tenths) % 2 else (tenths[mid - 1] + tenths[mid] + 1) // 2
    return value / 10


def _order(codes: Iterable[str]) -> list[str]:
    """The platforms' order everywhere: as ``Platform`` lists them, then codes a newer version wrote."""
    present = set(codes)
    known = [c for c in Platform.codes() if c in present]
    return known + sorted(present - set(known))


def _rows(facts: Sequence[TakedownFacts], platforms: Sequence[str], now_ms: int
          ) -> tuple[tuple[PlatformRecord, ...], PlatformRecord]:
    by: dict[str, list[TakedownFacts]] = {p: [] for p in platforms}
    for f in facts:
        by.setdefault(f.platform, []).append(f)
    return tuple(_record(p, by[p], now_ms) for p in platforms), _record("", facts, now_ms)


def _within(facts: Iterable[TakedownFacts], start_ms: int, end_ms: int) -> list[TakedownFacts]:
    return [f for f in facts if start_ms <= f.sent_at < end_ms]


def quarter_spans(period: Period, count: int = QUARTERS) -> list[tuple[str, Period]]:
    """The ``count`` quarters up to the one holding the period's last day, the earliest first; the
    last ends on the period's last day (a quarter so far), as the period's months do."""
    spans: list[tuple[str, Period]] = []
    day = period.end
    for _ in range(count):
        key, whole = quarter_period(quarter_of(day))
        spans.append((key, Period(whole.start, min(whole.end, period.end))))
        day = whole.start - timedelta(days=1)
    return spans[::-1]


def series_start_ms(period: Period, count: int = QUARTERS) -> int:
    """The first moment the record reads requests from: the period's start or its first quarter's."""
    return min(period.start_ms, quarter_spans(period, count)[0][1].start_ms)


def platform_record(facts: Iterable[TakedownFacts], period: Period, now_ms: int,
                    quarters: int = QUARTERS) -> PlatformsRecord:
    """Each platform's record for the requests sent in ``period`` (days in Vietnam's time), as of
    ``now_ms``, with a total, and the same for each of the ``quarters`` quarters up to the period's
    end. Platforms with no request sent are left out (of the quarters: with none in any of them)."""
    every = list(facts)
    sent = _within(every, period.start_ms, period.end_ms)
    rows, total = _rows(sent, _order(f.platform for f in sent), now_ms)
    spans = [(key, span, _within(every, span.start_ms, span.end_ms)) for key, span in quarter_spans(period, quarters)]
    platforms = _order(f.platform for _key, _span, part in spans for f in part)
    series = []
    for key, span, part in spans:
        q_rows, q_total = _rows(part, platforms, now_ms)
        series.append(QuarterRecord(key, span.start, span.end, q_rows, q_total))
    return PlatformsRecord(rows, total, tuple(series))
