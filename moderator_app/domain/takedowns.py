"""Takedown requests followed to the end: the rules, with no store and no clock of their own.

A request asks a platform to consider removing content (the alliance asks; it cannot order). Its
deadline is counted in hours from the moment it was sent, 24 when the case was urgent at that
moment and 48 otherwise (``domain.letters``, DOMAIN.md), never in working days, so midnight,
weekends and time zones change nothing: every time here is UTC milliseconds, and only what people
read is shown in Vietnam's time (``clock``).

* **Overdue**: no answer recorded yet and the deadline has passed. A request whose answer is
  recorded, even as "no answer" (the secretary stopped waiting), is no longer chased.
* **Late**: the platform answered (removed, refused, partly removed) after the deadline.
* **Re-checks**: after a removal (whole or partial) a member looks again 7 and 30 days on. A
  mark is done by any re-check on or after it; a re-check at day 31 does for both.
* **Back online**: the latest re-check since the removal found the content up. Whether it was
  ever seen back (``seen_back_online``) is what the platforms' record counts.
* **Asked again**: a later request of the same case to the same platform names one of the
  request's addresses, sent once the request was answered or its deadline had passed (content
  back online, or no answer, asked for once more). The later request is
  then the one chased; the earlier is no longer overdue, due for a re-check or back online, and
  its record stands (``asked_again``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .clock import date_text, datetime_text
from .enums import LabelledEnum
from .errors import UserError
from .letters import takedown_due_ms, takedown_hours
from .sla import DAY_MS, HOUR_MS

# A time given as "now" may be a little ahead of this computer's clock (another device's, a
# watch read by eye); beyond this it is a typing mistake.
FUTURE_TOLERANCE_MS = 5 * 60_000
RECHECK_DAYS = (7, 30)  # days after a removal when a member looks again
# What waits on a request, as the queue's views, the list's "Show" and an export's scope name it.
WAITING = ("overdue", "back_online", "recheck_due")
MAX_URLS = 200
MAX_URL = 2_000
MAX_REASON = 5_000


class Channel(LabelledEnum):
    """How a request was sent."""

    EMAIL = "email"
    FORM = "form"  # the platform's own reporting form
    LETTER = "letter"  # an official letter (công văn)

    @classmethod
    def _labels_table(cls) -> dict[str, tuple[str, str]]:
        return _CHANNEL_LABELS


class Result(LabelledEnum):
    """The platform's answer, as recorded by a member."""

    REMOVED = "removed"
    REFUSED = "refused"
    PARTIAL = "partial"
    NONE = "none"  # no answer came: recorded when the secretary stops waiting

    @classmethod
    def _labels_table(cls) -> dict[str, tuple[str, str]]:
        return _RESULT_LABELS


_CHANNEL_LABELS: dict[str, tuple[str, str]] = {
    "email": ("Thư điện tử", "E-mail"),
    "form": ("Biểu mẫu báo cáo của nền tảng", "The platform's reporting form"),
    "letter": ("Công văn", "Official letter"),
}
_RESULT_LABELS: dict[str, tuple[str, str]] = {
    "removed": ("Đã gỡ", "Removed"),
    "refused": ("Từ chối gỡ", "Refused"),
    "partial": ("Gỡ một phần", "Partly removed"),
    "none": ("Không trả lời", "No answer"),
}
# A request with nothing recorded yet.
AWAITING: tuple[str, str] = ("Chưa trả lời", "Awaiting an answer")
OVERDUE: tuple[str, str] = ("Quá hạn", "Overdue")
LATE: tuple[str, str] = ("Trả lời muộn", "Answered late")
BACK_ONLINE: tuple[str, str] = ("Nội dung xuất hiện lại", "Content back online")
ASKED_AGAIN: tuple[str, str] = ("Đã đề nghị lại", "Asked again")
STILL_UP: tuple[str, str] = ("Nội dung vẫn còn", "Content still up")
GONE: tuple[str, str] = ("Nội dung không còn", "Content gone")

ANSWERS = frozenset({Result.REMOVED, Result.REFUSED, Result.PARTIAL})  # the platform's own word
REMOVALS = frozenset({Result.REMOVED, Result.PARTIAL})


def label(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def state_label(result: str | None, overdue: bool, late: bool, asked_again: bool, lang: str,
                hours: str = "") -> str:
    """A request's state as read: "overdue", "awaiting an answer", or the answer with "answered
    late" and ``hours`` (the hours it took, written by the caller); "asked again" when a later
    request asks for the same content."""
    if result is None:
        text = label(OVERDUE if overdue else AWAITING, lang)
    else:
        text = Result(result).label(lang)
        if late:
            text += " · " + label(LATE, lang).lower()
        if hours:
            text += f" ({hours})"
    if asked_again:
        text += " · " + label(ASKED_AGAIN, lang).lower()
    return text


def found_label(still_up: bool, lang: str) -> str:
    """What a re-check found, as it reads inside a sentence: "content still up", "content gone"."""
    return label(STILL_UP if still_up else GONE, lang).lower()


def seen_on(at_ms: int, still_up: bool, lang: str) -> str:
    """A re-check in a cell: "13/12/2026: content gone"."""
    return f"{date_text(at_ms)}: {found_label(still_up, lang)}"


def result_label(result: str | None, lang: str) -> str:
    """The answer's label; "awaiting an answer" when none is recorded."""
    return label(AWAITING, lang) if result is None else Result(result).label(lang)


@dataclass(frozen=True, slots=True)
class Recheck:
    at: int  # UTC ms
    still_up: bool


# --- the deadline ------------------------------------------------------------------------------


def deadline_hours(urgent: bool) -> int:
    return takedown_hours(urgent)


def due_at(sent_ms: int, urgent: bool) -> int:
    """24 or 48 hours after sending, whatever the clock on the wall says at midnight."""
    return takedown_due_ms(sent_ms, urgent)


def urgent_at(initial: bool, changes: Iterable[tuple[int, bool]], at_ms: int) -> bool:
    """The case's urgent flag at ``at_ms``: its first value, then each change (time, value) made by
    then, in the order they were made."""
    value = initial
    for when, flag in changes:
        if when <= at_ms:
            value = flag
    return value


# --- the answer ----------------------------------------------------------------------------------


# The codes themselves (``Result`` is a string enum, so a member is its code too): judging a
# committee's every request for the queue asks these tens of thousands of times.
_ANSWER_CODES = frozenset(r.value for r in ANSWERS)
_REMOVAL_CODES = frozenset(r.value for r in REMOVALS)


def is_answered(result: str | None) -> bool:
    """The platform said something (removed, refused, partly removed)."""
    return result in _ANSWER_CODES


def is_removal(result: str | None) -> bool:
    return result in _REMOVAL_CODES


def is_overdue(result: str | None, due_ms: int, now_ms: int) -> bool:
    """Nothing recorded yet and the deadline has passed."""
    return result is None and now_ms > due_ms


def is_late(result: str | None, due_ms: int, answered_ms: int | None) -> bool:
    """The platform answered, after the deadline."""
    return is_answered(result) and answered_ms is not None and answered_ms > due_ms


def hours_to_answer(result: str | None, sent_ms: int, answered_ms: int | None) -> float | None:
    """Hours from sending to the platform's answer, to a tenth; none without an answer."""
    if not is_answered(result) or answered_ms is None:
        return None
    return round((answered_ms - sent_ms) / HOUR_MS, 1)


# --- re-checks -----------------------------------------------------------------------------------


def recheck_marks(answered_ms: int) -> list[tuple[int, int]]:
    """(days, when) of each re-check due after a removal answered at ``answered_ms``."""
    return [(days, answered_ms + days * DAY_MS) for days in RECHECK_DAYS]


def recheck_due(result: str | None, answered_ms: int | None, rechecks: Sequence[Recheck], now_ms: int) -> int | None:
    """The re-check due now (7 or 30 days after the removal), or none.

    The latest mark reached counts: a missed 7-day re-check is not asked for once the 30-day one
    is due. A mark is done by any re-check on or after it."""
    if not is_removal(result) or answered_ms is None:
        return None
    due = None
    for days, when in recheck_marks(answered_ms):
        if when <= now_ms:
            due = None if any(r.at >= when for r in rechecks) else days
    return due


def _since_removal(result: str | None, answered_ms: int | None, rechecks: Sequence[Recheck]) -> list[Recheck]:
    if not is_removal(result) or answered_ms is None:
        return []
    return sorted((r for r in rechecks if r.at >= answered_ms), key=lambda r: (r.at, r.still_up))


def back_online(result: str | None, answered_ms: int | None, rechecks: Sequence[Recheck]) -> bool:
    """The latest re-check since the removal found the content up: something to act on now."""
    after = _since_removal(result, answered_ms, rechecks)
    return bool(after) and after[-1].still_up


def asked_again(ident: str, platform: str, since_ms: int, urls: Sequence[str],
                others: Iterable[tuple[str, str, int, Sequence[str]]]) -> str | None:
    """The earliest later request (id, platform, sent, urls) of the same case that asks the same
    platform again for one of this request's addresses, sent once this one was answered or its
    deadline had passed (``since_ms``, see ``follow_up_from``), if any. Two sent side by side (by
    e-mail and through the form) are both chased; a follow-up takes over from the request it follows."""
    later = sorted((sent, other) for other, p, sent, u in others
                   if other != ident and p == platform and sent >= since_ms and set(u) & set(urls))
    return later[0][1] if later else None


def follow_up_from(due_ms: int, answered_ms: int | None) -> int:
    """From when a request for the same content is a follow-up: the answer, or the deadline if sooner."""
    return due_ms if answered_ms is None else min(due_ms, answered_ms)


def seen_back_online(result: str | None, answered_ms: int | None, rechecks: Sequence[Recheck]) -> bool:
    """A re-check since the removal ever found the content up (the platforms' record)."""
    return any(r.still_up for r in _since_removal(result, answered_ms, rechecks))


# --- refusals ------------------------------------------------------------------------------------


def check_not_future(at_ms: int, now_ms: int) -> None:
    """A request, an answer or a re-check is recorded once it has happened."""
    if at_ms > now_ms + FUTURE_TOLERANCE_MS:
        raise UserError(
            f"the time given ({datetime_text(at_ms)} Vietnam time) is in the future (it is now "
            f"{datetime_text(now_ms)}): a takedown request, an answer or a re-check is recorded once it has happened",
            vi=f"thời điểm đã nhập ({datetime_text(at_ms)} giờ Việt Nam) nằm trong tương lai (bây giờ là "
               f"{datetime_text(now_ms)}): đề nghị gỡ nội dung, kết quả xử lý hay lần kiểm tra lại chỉ được ghi "
               "sau khi đã diễn ra",
            code="takedown_time_in_future")


def check_answer_after_request(answered_ms: int, sent_ms: int) -> None:
    if answered_ms < sent_ms:
        raise UserError(
            f"the answer ({datetime_text(answered_ms)}) is dated before the request was sent "
            f"({datetime_text(sent_ms)}, Vietnam time): check the time of the answer",
            vi=f"kết quả xử lý ({datetime_text(answered_ms)}) có thời điểm trước khi gửi đề nghị gỡ nội dung "
               f"({datetime_text(sent_ms)}, giờ Việt Nam): hãy kiểm tra lại thời điểm nhận kết quả",
            code="takedown_answer_before_request")


def check_recheck_after_request(at_ms: int, sent_ms: int) -> None:
    if at_ms < sent_ms:
        raise UserError(
            f"the re-check ({datetime_text(at_ms)}) is dated before the request was sent "
            f"({datetime_text(sent_ms)}, Vietnam time): check the time of the re-check",
            vi=f"lần kiểm tra lại ({datetime_text(at_ms)}) có thời điểm trước khi gửi đề nghị gỡ nội dung "
               f"({datetime_text(sent_ms)}, giờ Việt Nam): hãy kiểm tra lại thời điểm",
            code="takedown_recheck_before_request")


# --- the queue's reminders, as time passes -------------------------------------------------------


def next_change(result: str | None, due_ms: int, answered_ms: int | None, rechecks: Sequence[Recheck],
                now_ms: int) -> int | None:
    """The first moment after ``now_ms`` at which, with nothing more recorded, the request's place in
    the queue's reminders changes (it falls overdue, a re-check falls due); none if it never will.

    Worked out from the rules above at the only moments they can turn (the deadline, each re-check
    mark), so a window can wait for it instead of asking again and again."""

    if result is not None and not is_removal(result):
        return None  # answered without a removal: never overdue, no re-check asked

    def state(at_ms: int) -> tuple[bool, int | None]:
        return is_overdue(result, due_ms, at_ms), recheck_due(result, answered_ms, rechecks, at_ms)

    now = state(now_ms)
    turns = {due_ms, due_ms + 1}
    if answered_ms is not None:
        turns.update(when + step for _days, when in recheck_marks(answered_ms) for step in (0, 1))
    return next((t for t in sorted(turns) if t > now_ms and state(t) != now), None)
