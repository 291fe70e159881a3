"""The queue's standing views (left panel): each is a filter with a live count.

Three views follow takedown requests (overdue, content back online, a re-check due): whether a
request is in one is decided by ``domain.takedowns`` as of now, not by a column SQL can read, so
their filter holds the cases ``services.takedowns.queue`` found (``view_filter``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from moderator_app.domain.enums import Status
from moderator_app.store.queries import UNASSIGNED, CaseFilter

if TYPE_CHECKING:  # the service is loaded when the views are first counted, not at start
    from moderator_app.services.takedowns import TakedownQueue

OPEN = tuple(s.value for s in Status if s.is_open)


@dataclass(frozen=True, slots=True)
class View:
    key: str
    title: str  # English source text, translated through Qt
    make: Callable[[str], CaseFilter]  # member id -> filter
    takedowns: str | None = None  # one of services.takedowns.QUEUE_KINDS: the cases of that takedown view
    tip: str = ""  # English source text, translated through Qt; else the label

    def label(self) -> str:
        return QCoreApplication.translate("Views", self.title)

    def tooltip(self) -> str:
        return QCoreApplication.translate("Views", self.tip) if self.tip else self.label()


VIEWS: tuple[View, ...] = (
    View("mine", QT_TRANSLATE_NOOP("Views", "My cases"), lambda me: CaseFilter(statuses=OPEN, assignee=me)),
    View("unassigned", QT_TRANSLATE_NOOP("Views", "Unassigned"),
         lambda me: CaseFilter(statuses=OPEN, assignee=UNASSIGNED)),
    View("urgent", QT_TRANSLATE_NOOP("Views", "Urgent"), lambda me: CaseFilter(statuses=OPEN, urgent=True)),
    View("triage", QT_TRANSLATE_NOOP("Views", "Triage"), lambda me: CaseFilter(statuses=("received", "triage"))),
    View("investigating", QT_TRANSLATE_NOOP("Views", "Investigating"),
         lambda me: CaseFilter(statuses=("investigating",))),
    View("awaiting", QT_TRANSLATE_NOOP("Views", "Awaiting reply"),
         lambda me: CaseFilter(statuses=("awaiting_reply",))),
    View("scheduled", QT_TRANSLATE_NOOP("Views", "Scheduled"),
         lambda me: CaseFilter(statuses=("scheduled", "appeal"))),
    View("decided", QT_TRANSLATE_NOOP("Views", "Decided / Monitoring"),
         lambda me: CaseFilter(statuses=("decided", "monitoring"))),
    View("closed", QT_TRANSLATE_NOOP("Views", "Closed"), lambda me: CaseFilter(statuses=("closed", "rejected"))),
    View("all", QT_TRANSLATE_NOOP("Views", "All"), lambda me: CaseFilter()),
    View("conflicts", QT_TRANSLATE_NOOP("Views", "Conflicts"), lambda me: CaseFilter(conflicts_only=True)),
    View("takedowns_overdue", QT_TRANSLATE_NOOP("Views", "Takedown requests overdue"), lambda me: CaseFilter(),
         takedowns="overdue",
         tip=QT_TRANSLATE_NOOP("Views", "Cases with a takedown request past its deadline and no answer recorded")),
    View("back_online", QT_TRANSLATE_NOOP("Views", "Content back online"), lambda me: CaseFilter(),
         takedowns="back_online",
         tip=QT_TRANSLATE_NOOP("Views", "Cases whose content the latest re-check found up again after the "
                                        "platform removed it")),
    View("rechecks_due", QT_TRANSLATE_NOOP("Views", "Re-checks due"), lambda me: CaseFilter(),
         takedowns="recheck_due",
         tip=QT_TRANSLATE_NOOP("Views", "Cases whose content is due to be looked at again, 7 or 30 days after "
                                        "the platform removed it")),
)
VIEW_BY_KEY = {v.key: v for v in VIEWS}


def view_filter(view: View, me: str, takedowns: TakedownQueue | None) -> CaseFilter:
    """The view's filter; a takedown view's holds the cases ``takedowns`` found (none without it)."""
    flt = view.make(me)
    if view.takedowns is None:
        return flt
    return replace(flt, case_ids=takedowns.cases(view.takedowns) if takedowns is not None else frozenset())
