"""Who may make which kind of change (DOMAIN.md "Roles"), by event type.

Services check the local member's role before they write; sync checks the author's role again
when another member's events arrive, so a change a role does not allow is refused on every
member, not merely hidden. The most specific prefix of an event type decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .enums import Role

CHAIR = frozenset({Role.CHAIR})
ORGANISERS = frozenset({Role.CHAIR, Role.SECRETARY})
REVIEWERS = frozenset({Role.CHAIR, Role.SECRETARY, Role.REVIEWER})
WRITERS = frozenset({Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER})
EVERYONE = frozenset(Role)

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
    "evidence.accessed": EVERYONE,  # the chain of custody records every member who opens evidence
    "annotation.": REVIEWERS,
    "indicator.": WRITERS,  # extraction runs on the device of whoever added the report or evidence
    "indicator.marked": REVIEWERS,  # "not relevant" hides a number from every case's links
    "meeting.": ORGANISERS,
    "meeting.finalized": CHAIR,  # DOMAIN.md: the chair finalizes meetings
    "agenda.": ORGANISERS,
    "agenda.recommended": REVIEWERS,  # the reviewer's proposed outcome for an agenda item
    "attendance.": ORGANISERS,
    "decision.": ORGANISERS,
    "follow_up.": ORGANISERS,
    "vote.": WRITERS,
    "letter.": ORGANISERS,
    "register.": ORGANISERS,
    "calendar.": ORGANISERS,  # the committee's days off (the government's announced bridge days)
    "committee.profile_set": ORGANISERS,  # the documents' committee data: names, place, rules, platforms
    "privacy.erased": ORGANISERS,  # a person's request is handled by the secretariat or the chair
    "privacy.retention_set": CHAIR,  # how long personal data is kept is the chair's rule
    # Takedown requests (docs/takedowns.md): sending one and recording the platform's answer is the
    # secretariat's chase, which the reviewer investigating the case may do too (a platform's
    # reporting form, an answer received by e-mail); looking again whether the content is still up
    # is any member's work, like attaching the screenshot that shows it.
    "takedown.": REVIEWERS,
    "takedown.rechecked": WRITERS,
}


@lru_cache(maxsize=512)
def allowed_roles(event_type: str) -> frozenset[Role]:
    """Roles whose members may author ``event_type``; none for a type nobody may write.

    Cached: the table is fixed, and sync asks it for every event it applies."""
    best = ""
    for prefix in EVENT_ROLES:
        if event_type.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return EVENT_ROLES.get(best, frozenset())


# Fields of a change that fewer roles may write than its event type allows: which decision a case
# keeps (settling two recorded at once) is the meeting's business, as recording one is.
FIELD_ROLES: dict[tuple[str, str], frozenset[Role]] = {
    ("case.updated", "decision"): ORGANISERS,
}


# DOMAIN.md: ordinary members file and triage reports; investigating is the reviewers' work. So a
# member moves a case's status only while it is at the triage stage (accept, reject, close as
# informally resolved, send back); moving it on from investigation needs a reviewer or above.
TRIAGE_STAGE: frozenset[str] = frozenset({"received", "triage"})


def allowed_roles_of(event_type: str, payload: Mapping[str, Any]) -> frozenset[Role]:
    """Roles that may author this event with this payload: its type's, narrowed by its fields."""
    roles = allowed_roles(event_type)
    changes = payload.get("changes")
    if isinstance(changes, Mapping):
        for field in changes:
            narrower = FIELD_ROLES.get((event_type, str(field)))
            if narrower is not None:
                roles = roles & narrower
        status = changes.get("status")
        if event_type == "case.updated" and isinstance(status, Mapping) and status.get("from") not in TRIAGE_STAGE:
            roles = roles & REVIEWERS
    return roles


def role_names(roles: Iterable[Role], lang: str = "vi") -> str:
    """The roles by their labels in the member's language, in the roster's order, for a refusal
    ("Trưởng ban / Thư ký"); each code follows in brackets so the message can be looked up."""
    ordered = [r for r in Role if r in set(roles)]
    return " / ".join(f"{r.label(lang)} ({r.value})" for r in ordered) or ("không ai" if lang != "en" else "nobody")


def may_author(role: Role, event_type: str) -> bool:
    return role in allowed_roles(event_type)
