"""Resolving a conflict: the values members wrote concurrently, who wrote each and when; choose one.

The choice is an ordinary change that has seen every concurrent value, so it syncs like any other
and clears the conflict on every member. A case's takedown requests answered twice at once are
listed too, each answer whole (the platform's answer, its reason, when it came, who recorded it);
keeping one records that answer again (``services.takedowns.answer``), over both.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain import takedowns as takedown_rules
from moderator_app.domain.clock import datetime_text
from moderator_app.domain.enums import Platform, Status
from moderator_app.domain.errors import UserError
from moderator_app.services import cases as case_service
from moderator_app.services import conflicts as conflict_queries
from moderator_app.services import takedowns as takedown_service
from moderator_app.services.history import FIELD_LABELS
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from . import plain_text
from .i18n import refusal_text
from .plain_text import plain_label
from .tab_order import LaidOutDialog


def _when(ms: int) -> str:
    return datetime_text(ms)


class ConflictDialog(LaidOutDialog):
    """One case's conflicting fields, and its takedown requests' concurrent answers; each lists its
    concurrent values, latest first. ``takedown``: that request's answers only (from the list of
    requests)."""

    def __init__(self, ws: Workspace, case_id: str, lang: str, parent: QWidget | None = None, *,
                 takedown: str | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id = case_id
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            case = queries.get_case(raw, case_id)
            self.choices = conflict_queries.case_choices(raw, case_id) if takedown is None else {}
            self.takedowns = [t for t in conflict_queries.takedown_conflicts(raw, case_id)
                              if takedown is None or t.takedown_id == takedown]
            self.decisions = {r[0]: r[1] for r in raw.execute(
                "SELECT id, outcome FROM decisions WHERE case_id = ?", (case_id,))}
        self.ref = case.ref if case else case_id
        self.setWindowTitle(self.tr("Resolve conflicts — {0}").format(self.ref))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Members changed these at the same time without seeing each other's change. "
                                    "Choose the value to keep; everyone will see your choice after the next sync."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.groups: dict[str, tuple[QButtonGroup, list[object]]] = {}
        for field, options in self.choices.items():
            box = QGroupBox(FIELD_LABELS.get(field, (field, field))[1 if lang == "en" else 0])
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(self)
            values: list[object] = []
            for option in options:
                if any(json.dumps(option.value) == json.dumps(v) for v in values):
                    continue  # the same value written twice: one choice
                text = self.tr("{0} — {1}, {2}").format(self._label(field, option.value),
                                                        option.author_name or option.author_id, _when(option.at))
                if option.displayed:
                    text += " " + self.tr("(shown now)")
                button = QRadioButton(text)
                button.setAccessibleName(text)
                group.addButton(button, len(values))
                box_layout.addWidget(button)
                values.append(option.value)
            if group.buttons():
                group.buttons()[0].setChecked(True)
            self.groups[field] = (group, values)
            layout.addWidget(box)
        self.answer_groups: dict[str, tuple[QButtonGroup, list[conflict_queries.TakedownAnswer]]] = {}
        for conflict in self.takedowns:
            layout.addWidget(self._answers_box(conflict))
        if not self.choices and not self.takedowns:
            layout.addWidget(plain_label(self.tr("This case has no conflicts to resolve.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resolve"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.choices or self.takedowns))
        buttons.accepted.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _answers_box(self, conflict: conflict_queries.TakedownConflict) -> QGroupBox:
        """One request: its concurrent answers, whole, the one shown now first."""
        box = QGroupBox(self.tr("{0}'s answer to the takedown request sent {1}").format(
            Platform(conflict.platform).label(self.lang), _when(conflict.sent_at)))
        box_layout = QVBoxLayout(box)
        group = QButtonGroup(self)
        kept: list[conflict_queries.TakedownAnswer] = []
        for answer in conflict.answers:
            if answer.result is None:
                continue  # not an answer (cannot be written; nothing to keep)
            if any((a.result, a.reason, a.answered_at) == (answer.result, answer.reason, answer.answered_at)
                   for a in kept):
                continue  # the same answer recorded twice: one choice
            text = self.answer_text(answer)
            button = QRadioButton(text)
            button.setAccessibleName(text)
            group.addButton(button, len(kept))
            box_layout.addWidget(button)
            kept.append(answer)
        if group.buttons():
            group.buttons()[0].setChecked(True)
        self.answer_groups[conflict.takedown_id] = (group, kept)
        return box

    def answer_text(self, answer: conflict_queries.TakedownAnswer) -> str:
        """One answer as read: the platform's word and reason, when it came, who recorded it and when."""
        said = takedown_rules.result_label(answer.result, self.lang)
        if answer.reason:
            said = self.tr("{0} (reason: {1})").format(said, answer.reason)
        received = _when(answer.answered_at) if answer.answered_at is not None else "—"
        # Two lines: what the platform said and when, then who recorded it (a radio button does not wrap).
        text = self.tr("{0}, received {1}\nrecorded by {2}, {3}").format(
            said, received, answer.author_name or answer.author_id, _when(answer.recorded_at))
        if answer.displayed:
            text += " " + self.tr("(shown now)")
        return text

    def chosen_answers(self) -> dict[str, conflict_queries.TakedownAnswer]:
        """For each request in conflict, the answer chosen to keep."""
        return {tid: answers[group.checkedId()] for tid, (group, answers) in self.answer_groups.items()
                if group.checkedId() >= 0}

    def _label(self, field: str, value: object) -> str:
        if value is None:
            return "—"
        if field == "status":
            return Status(str(value)).label(self.lang)
        if field == "decision":
            from moderator_app.domain.enums import Outcome

            outcome = self.decisions.get(str(value))
            return Outcome(outcome).label(self.lang) if outcome else str(value)
        return str(value)

    def chosen(self) -> dict[str, object]:
        return {field: values[group.checkedId()] for field, (group, values) in self.groups.items()
                if group.checkedId() >= 0}

    def resolve(self) -> None:
        try:
            for field, value in self.chosen().items():
                case_service.resolve_conflict(self.ws, self.case_id, field, value)
            for takedown_id, answer in self.chosen_answers().items():
                assert answer.result is not None
                # Recorded again, as it was: the answer now names every concurrent one as seen.
                takedown_service.answer(self.ws, takedown_id, answer.result, answer.reason, at=answer.answered_at)
        except UserError as exc:
            plain_text.warning(self, self.tr("Resolve conflicts"), refusal_text(exc))
            return
        self.accept()
