"""Completed corrections: the influencer did what a decision asked (the score halves its penalty).

``decisions.corrected_on`` is a plain last-writer-wins field, so a correction recorded by
mistake can be withdrawn (set back to none) and concurrent records settle the same everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator_app.domain.hlc import physical_ms

from . import handles
from .cases import touch
from .fields import apply_changes

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector


@handles("decision.corrected")
def decision_corrected(proj: Projector, ev: Event) -> None:
    apply_changes(proj, "decision", ev.entity, ev, ev.payload["changes"], case_id=ev.case_id)
    if ev.case_id is not None:
        touch(proj, ev.case_id, physical_ms(ev.hlc))
