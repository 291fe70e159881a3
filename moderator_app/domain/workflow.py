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

# A reason is required to leave the queue this way (DOMAIN.md: out of scope, no evidence, ...).
NEEDS_REASON: frozenset[Status] = frozenset({S.REJECTED, S.CLOSED})


def allowed_next(current: Status) -> tuple[Status, ...]:
    """Statuses a member may move a case to by hand from ``current``."""
    return tuple(s for s in TRANSITIONS[current] if s not in DECISION_ONLY)


def check_transition(current: Status, new: Status, *, by_decision: bool = False) -> None:
    """Raise ``NotAllowed`` with a message naming the allowed moves."""
    if new == current:
        raise NotAllowed(f"the case is already {new.value}")
    if new not in TRANSITIONS[current] or (new in DECISION_ONLY and not by_decision):
        options = ", ".join(s.value for s in allowed_next(current)) or "none"
        hint = f" ({HOW_TO_REACH[new]})" if new in DECISION_ONLY else ""
        raise NotAllowed(
            f"a case cannot move from {current.value} to {new.value}{hint}; allowed: {options}"
        )
