"""Resolving a conflict: the values members wrote concurrently, who wrote each and when; choose one.

The choice is an ordinary change that has seen every concurrent value, so it syncs like any other
and clears the conflict on every member.
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

from moderator_app.domain.clock import datetime_text
from moderator_app.domain.enums import Status
from moderator_app.domain.errors import UserError
from moderator_app.services import cases as case_service
from moderator_app.services import conflicts as conflict_queries
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
    """One case's conflicting fields; each lists its concurrent values, latest first."""

    def __init__(self, ws: Workspace, case_id: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id = case_id
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            case = queries.get_case(raw, case_id)
            self.choices = conflict_queries.case_choices(raw, case_id)
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
        if not self.choices:
            layout.addWidget(plain_label(self.tr("This case has no conflicts to resolve.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resolve"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.choices))
        buttons.accepted.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

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
        except UserError as exc:
            plain_text.warning(self, self.tr("Resolve conflicts"), refusal_text(exc))
            return
        self.accept()
