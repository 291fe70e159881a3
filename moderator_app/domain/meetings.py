"""Rules of the committee's meetings: who votes, what makes a quorum, how long an appeal may wait.

Pure functions over plain values, so the services, the window and the tests apply the same rule.

Quorum: by default more than half of the voting members must be present. Voting members are the
active members whose role is chair, secretary, reviewer or member; observers do not vote. A
workspace may set another rule (``ws.set_setting("quorum", ...)``): ``"majority"`` (the default),
an integer N (at least N voting members present), or a fraction ``"p/q"`` (at least p/q of the
voting members, rounded up). A committee of one voting member is quorate when that member is.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from .enums import Role
from .errors import NotAllowed, UserError

VOTING_ROLES: frozenset[Role] = frozenset({Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER})
ATTENDANCE = ("present", "absent", "excused")
VOTE_CHOICES = ("for", "against", "abstain")
RECUSED = "recused"
NO_VOTE = "none"  # a vote or recusal withdrawn
APPEAL_WINDOW_DAYS = 21

ATTENDANCE_LABELS: dict[str, tuple[str, str]] = {
    "present": ("Có mặt", "Present"),
    "absent": ("Vắng", "Absent"),
    "excused": ("Vắng có phép", "Excused"),
}
VOTE_LABELS: dict[str, tuple[str, str]] = {
    "for": ("Tán thành", "For"),
    "against": ("Không tán thành", "Against"),
    "abstain": ("Không ý kiến", "Abstain"),
    "recused": ("Rút lui (xung đột lợi ích)", "Recused (conflict of interest)"),
    "none": ("Chưa biểu quyết", "No vote"),
}


def label(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    vi, en = table.get(code, (code, code))
    return en if lang == "en" else vi


@dataclass(frozen=True, slots=True)
class QuorumRule:
    """How many voting members must be present: ``kind`` is majority, count or fraction."""

    kind: str = "majority"
    value: Fraction = Fraction(1, 2)

    def required(self, voting: int) -> int:
        if voting <= 0:
            return 1
        if self.kind == "count":
            return min(int(self.value), voting)
        if self.kind == "fraction":
            return max(1, math.ceil(self.value * voting))
        return voting // 2 + 1  # more than half

    def describe(self, lang: str) -> str:
        if self.kind == "count":
            n = int(self.value)
            return f"ít nhất {n} thành viên biểu quyết" if lang != "en" else f"at least {n} voting members"
        if self.kind == "fraction":
            f = f"{self.value.numerator}/{self.value.denominator}"
            return f"ít nhất {f} số thành viên biểu quyết" if lang != "en" else f"at least {f} of the voting members"
        return "quá nửa số thành viên biểu quyết" if lang != "en" else "more than half of the voting members"


def parse_quorum(setting: Any) -> QuorumRule:
    """Read the ``quorum`` setting; ``None`` means the default (more than half)."""
    if setting is None or (isinstance(setting, str) and setting.strip().lower() in ("", "majority")):
        return QuorumRule()
    if isinstance(setting, bool):
        raise _bad_quorum(setting)
    if isinstance(setting, int) or (isinstance(setting, str) and setting.strip().isdigit()):
        n = int(setting)
        if n < 1:
            raise UserError("the quorum setting must be at least 1 member",
                            vi="túc số phải có ít nhất 1 thành viên", code="quorum_too_small")
        return QuorumRule("count", Fraction(n))
    if isinstance(setting, str) and "/" in setting:
        try:
            value = Fraction(setting.strip())
        except (ValueError, ZeroDivisionError):
            value = Fraction(0)
        if 0 < value <= 1:
            return QuorumRule("fraction", value)
    raise _bad_quorum(setting)


def _bad_quorum(setting: Any) -> UserError:
    """The one refusal for a quorum setting that is none of the accepted forms."""
    return UserError(f"the quorum setting {setting!r} is not valid; use \"majority\", a number, or \"p/q\"",
                     vi=f"cài đặt túc số {setting!r} không hợp lệ; hãy dùng \"majority\" (quá nửa), một số, "
                        "hoặc \"p/q\"",
                     code="bad_quorum_setting")


@dataclass(frozen=True, slots=True)
class Quorum:
    """The live count a meeting shows and a decision needs."""

    present: int
    voting: int
    required: int
    rule: QuorumRule

    @property
    def met(self) -> bool:
        return self.present >= self.required

    def refusal(self) -> NotAllowed:
        """The refusal of a decision taken without a quorum, in both languages."""
        return NotAllowed(
            f"no quorum: {self.present} of {self.voting} voting members are present and {self.required} are "
            f"needed ({self.rule.describe('en')}); record who is present first",
            vi=f"chưa đủ túc số: {self.present}/{self.voting} thành viên biểu quyết có mặt, cần {self.required} "
               f"({self.rule.describe('vi')}); hãy điểm danh trước",
            code="no_quorum",
        )


def count_quorum(
    rule: QuorumRule,
    voting_members: Iterable[str],
    attendance: dict[str, str],
    local_member: str | None = None,
) -> Quorum:
    """Quorum from the voting roster and the attendance recorded (member id -> status).

    In a committee whose only voting member is the local one, that member is present unless
    recorded otherwise: a one-person workspace decides on its own.
    """
    voting = sorted(set(voting_members))
    present = sum(1 for m in voting if attendance.get(m) == "present")
    if voting == [local_member] and attendance.get(local_member) is None:
        present = 1
    return Quorum(present, len(voting), rule.required(len(voting)), rule)


def appeal_deadline(decided_on: date) -> date:
    """The last day an appeal against a decision taken on ``decided_on`` may be lodged."""
    return decided_on + timedelta(days=APPEAL_WINDOW_DAYS)
