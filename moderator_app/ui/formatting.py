"""Short texts for the queue: how long ago, and how long until (or since) an SLA deadline."""

from __future__ import annotations

from moderator_app.domain.clock import local_date
from moderator_app.domain.sla import DAY_MS, HOUR_MS, SLA_LABELS, WORKING_DAY_KINDS
from moderator_app.domain.working_calendar import NOT_COUNTING
from moderator_app.store.queries import CaseRow

MINUTE_MS = 60_000


def span_text(ms: int, lang: str) -> str:
    """A duration in the largest unit that fits: 5 ph / 3 giờ / 2 ngày (5 min / 3 h / 2 d)."""
    ms = abs(ms)
    if ms < HOUR_MS:
        n, unit = max(1, ms // MINUTE_MS), ("phút", "min")
    elif ms < 2 * DAY_MS:
        n, unit = ms // HOUR_MS, ("giờ", "h")
    else:
        n, unit = ms // DAY_MS, ("ngày", "d")
    return f"{n} {unit[1] if lang == 'en' else unit[0]}"


def age_text(at_ms: int, now_ms: int, lang: str) -> str:
    if now_ms - at_ms > 60 * DAY_MS:
        return local_date(at_ms).strftime("%d/%m/%Y")
    text = span_text(now_ms - at_ms, lang)
    return f"{text} ago" if lang == "en" else f"{text} trước"


def sla_phrase(left_ms: int, lang: str) -> str:
    """"còn 2 ngày" / "quá hạn 3 giờ" (2 d left / overdue 3 h)."""
    span = span_text(left_ms, lang)
    if left_ms < 0:
        return f"overdue {span}" if lang == "en" else f"quá hạn {span}"
    return f"{span} left" if lang == "en" else f"còn {span}"


def sla_text(r: CaseRow, now_ms: int, lang: str, long: bool = False) -> str:
    if r.sla_due_at is None or r.sla_kind is None:
        return "—"
    text = sla_phrase(r.sla_due_at - now_ms, lang)
    if long:
        vi, en = SLA_LABELS[r.sla_kind]
        due = local_date(r.sla_due_at).strftime("%d/%m/%Y")
        label = en if lang == "en" else vi
        return f"{label}: {text} ({due})"
    return text


def sla_tooltip(r: CaseRow, now_ms: int, lang: str) -> str:
    """The deadline in full; one counted in working days says what it skips (holidays and Tết)."""
    text = sla_text(r, now_ms, lang, long=True)
    if r.sla_due_at is not None and r.sla_kind in WORKING_DAY_KINDS:
        vi, en = NOT_COUNTING
        counted = "counted in working days" if lang == "en" else "tính theo ngày làm việc"
        text += f"\n{counted}, {en if lang == 'en' else vi}"
    return text
