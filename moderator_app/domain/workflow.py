"""The case workflow of DOMAIN.md: which status may follow which.

Services check transitions before they write an event; an event that arrives from another
member is applied as it was decided there (its author's services checked it).
"""

from __future__ import annotations

from .enums import Status
from .errors import NotAllowed

S = Status

TRANSITIONS: dict[Status, tuple[Status, ...]] = {
    S.RECEIVED: (S.TRIAGE, S.REJECTED),
    S.TRIAGE: (S.INVESTIGATING, S.REJECTED, S.CLOSED, S.RECEIVED),
    S.INVESTIGATING: (S.AWAITING_REPLY, S.SCHEDULED, S.CLOSED, S.TRIAGE),
    S.AWAITING_REPLY: (S.INVESTIGATING, S.SCHEDULED, S.CLOSED),
    S.SCHEDULED: (S.DECIDED, S.INVESTIGATING),
    S.DECIDED: (S.MONITORING, S.CLOSED, S.APPEAL),
    S.MONITORING: (S.CLOSED, S.APPEAL),
    S.APPEAL: (S.SCHEDULED,),
    S.CLOSED: (S.TRIAGE,),
    S.REJECTED: (S.TRIAGE,),
}

# Statuses that only an act of their own may set, never a plain status change: a recorded decision
# (a meeting's act) and a lodged appeal (which checks the 21-day window and marks the decision).
DECISION_ONLY: frozenset[Status] = frozenset({S.DECIDED, S.APPEAL})
HOW_TO_REACH = {
    S.DECIDED: "a case becomes decided when a meeting records a decision",
    S.APPEAL: "a case goes to appeal when an appeal against its decision is lodged, within 21 days of it "
              "(`decision appeal`, or Appeal… in the meeting window)",
}

HOW_TO_REACH_VI = {
    S.DECIDED: "hồ sơ chuyển sang Đã quyết định khi cuộc họp ghi nhận quyết định",
    S.APPEAL: "hồ sơ chuyển sang Phúc xét khi có đề nghị phúc xét quyết định, trong vòng 21 ngày "
              "(`decision appeal`, hoặc Phúc xét… trong cửa sổ cuộc họp)",
}

# A reason is required to leave the queue this way (DOMAIN.md: out of scope, no evidence, ...).
NEEDS_REASON: frozenset[Status] = frozenset({S.REJECTED, S.CLOSED})


def allowed_next(current: Status) -> tuple[Status, ...]:
    """Statuses a member may move a case to by hand from ``current``."""
    return tuple(s for s in TRANSITIONS[current] if s not in DECISION_ONLY)


def check_transition(current: Status, new: Status, *, by_decision: bool = False) -> None:
    """Raise ``NotAllowed`` with a message naming the allowed moves."""
    if new == current:
        raise NotAllowed(f"the case is already {new.label('en')}", vi=f"hồ sơ đã ở trạng thái {new.label('vi')}",
                         code="status_unchanged")
    if new not in TRANSITIONS[current] or (new in DECISION_ONLY and not by_decision):
        nexts = allowed_next(current)
        options = ", ".join(s.label("en") for s in nexts) or "none"
        options_vi = ", ".join(s.label("vi") for s in nexts) or "không có"
        hint = f" ({HOW_TO_REACH[new]})" if new in DECISION_ONLY else ""
        hint_vi = f" ({HOW_TO_REACH_VI[new]})" if new in DECISION_ONLY else ""
        raise NotAllowed(
            f"a case cannot move from {current.label('en')} to {new.label('en')}{hint}; allowed: {options}",
            vi=f"hồ sơ không thể chuyển từ {current.label('vi')} sang {new.label('vi')}{hint_vi}; "
               f"được chuyển sang: {options_vi}",
            code="status_transition",
        )


# The right of reply (DOMAIN.md: the influencer has 7 days to answer before a meeting decides).
# An outcome that upholds nothing harms no one, so it needs no reply; nor does an urgent case
# (ongoing fraud, child harm), where waiting 7 days would let the harm go on.
NO_REPLY_NEEDED: frozenset[str] = frozenset({"not_upheld", "informally_resolved"})
MAX_SKIP_REPLY_REASON = 2_000


def reply_requirement_met(*, asked: bool, urgent: bool, outcome: str | None = None, reason: str = "") -> bool:
    """Whether a case may go on an agenda (``outcome`` None) or be decided without more.

    ``asked``: its status history holds ``awaiting_reply``; ``reason``: a recorded reason for
    skipping the reply (the committee's word, kept in the case history)."""
    return asked or urgent or bool(reason.strip()) or (outcome is not None and outcome in NO_REPLY_NEEDED)
