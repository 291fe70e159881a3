"""Who may make which kind of change (DOMAIN.md "Roles"), by event type.

Services check the local member's role before they write; sync checks the author's role again
when another member's events arrive, so a change a role does not allow is refused on every
member, not merely hidden. The most specific prefix of an event type decides.
"""

from __future__ import annotations

from .enums import Role

CHAIR = frozenset({Role.CHAIR})
ORGANISERS = frozenset({Role.CHAIR, Role.SECRETARY})
REVIEWERS = frozenset({Role.CHAIR, Role.SECRETARY, Role.REVIEWER})
WRITERS = frozenset({Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER})

EVENT_ROLES: dict[str, frozenset[Role]] = {
    "roster.": CHAIR,
    "member.": CHAIR,
    "device.": CHAIR,
    "influencer.": WRITERS,
    "influencer.merged": REVIEWERS,
    "influencer.assessed": ORGANISERS,
    "report.": WRITERS,
    "case.": WRITERS,
    "note.": WRITERS,
    "evidence.": WRITERS,
    "annotation.": REVIEWERS,
    "meeting.": ORGANISERS,
    "agenda.": ORGANISERS,
    "agenda.recommended": REVIEWERS,  # the reviewer's proposed outcome for an agenda item
    "attendance.": ORGANISERS,
    "decision.": ORGANISERS,
    "follow_up.": ORGANISERS,
    "vote.": WRITERS,
    "letter.": ORGANISERS,
    "register.": ORGANISERS,
}


def allowed_roles(event_type: str) -> frozenset[Role]:
    """Roles whose members may author ``event_type``; none for a type nobody may write."""
    best = ""
    for prefix in EVENT_ROLES:
        if event_type.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return EVENT_ROLES.get(best, frozenset())


def may_author(role: Role, event_type: str) -> bool:
    return role in allowed_roles(event_type)
