"""The queue's standing views (left panel): each is a filter with a live count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from moderator_app.domain.enums import Status
from moderator_app.store.queries import UNASSIGNED, CaseFilter

OPEN = tuple(s.value for s in Status if s.is_open)


@dataclass(frozen=True, slots=True)
class View:
    key: str
    title: str  # English source text, translated through Qt
    make: Callable[[str], CaseFilter]  # member id -> filter

    def label(self) -> str:
        return QCoreApplication.translate("Views", self.title)


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
)
VIEW_BY_KEY = {v.key: v for v in VIEWS}
