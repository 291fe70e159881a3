"""The case window's Indicators tab: what the case holds, and where else each is seen.

The indicators come from the case's reports and evidence (extracted in the background) and from
members' hands. Selecting one lists the other cases it is seen in; a double click opens one. A
member adds one extraction missed, or takes a wrong one off the case (it stays off).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Status
from moderator_app.domain.indicators import Kind
from moderator_app.domain.permissions import allowed_roles
from moderator_app.services import indicators as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import indicator_queries as iq
from moderator_app.store.database import raw_connection

from .background import Loader
from .detail_common import MUTED, local_day, show_error
from .dialogs import TextDialog, with_ok_cancel
from .plain_text import plain_label
from .rows_model import Column, RowsModel, current_row, refill, table_view
from .tab_order import LaidOutDialog

GUESS = ""  # the kind combo's "recognise it" choice
INDICATOR_WIDTH = 220


def seen_cases_model(parent: QWidget, lang: str) -> RowsModel[iq.SeenCase]:
    """The cases an indicator is seen in, as the case's tab and the Indicators window list them."""
    return RowsModel([
        Column(QCoreApplication.translate("SeenCases", "Case"), lambda s: s.ref),
        Column(QCoreApplication.translate("SeenCases", "Influencer"), lambda s: s.influencer_name),
        Column(QCoreApplication.translate("SeenCases", "Status"), lambda s: Status(s.status).label(lang)),
        Column(QCoreApplication.translate("SeenCases", "Opened"), lambda s: local_day(s.opened_at),
               sort_key=lambda s: s.opened_at),
        Column(QCoreApplication.translate("SeenCases", "Title"), lambda s: s.title),
    ], parent)


class AddIndicatorDialog(LaidOutDialog):
    """A value as the member read it, and its kind (or let the application recognise it)."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an indicator"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Recognise it"), GUESS)
        for k in Kind:
            if k != Kind.IMAGE:
                self.kind.addItem(k.label(lang), k.value)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("e.g. 0912 345 678, STK 0123456789 Vietcombank, a link"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Where it was seen (optional)"))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Note"), self.note)
        with_ok_cancel(self, form)
        self.value.setFocus()


class CaseIndicatorsPanel(QWidget):
    caseRequested = Signal(str)
    networkRequested = Signal(str)  # the case id: the network around this case

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id = ""
        self.case_ref = ""
        self.loader = Loader(self._seen_loaded, lambda exc: show_error(self, exc), self)
        self.model: RowsModel[iq.CaseIndicator] = RowsModel([
            Column(self.tr("Kind"), lambda c: Kind(c.indicator.kind).label(self.lang)),
            Column(self.tr("Indicator"), lambda c: c.indicator.display or c.indicator.value,
                   tooltip=lambda c: c.indicator.value),
            Column(self.tr("Elsewhere"), self._elsewhere_text, sort_key=lambda c: (c.other_cases, c.other_influencers),
                   color=self._elsewhere_color, tooltip=self._elsewhere_tooltip),
            Column(self.tr("Found in"), self._origin_text),
        ], self)
        self.table = table_view(self.model, self.tr("The case's indicators"), sortable=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._load_seen())
        self.seen_model = seen_cases_model(self, lang)
        self.seen_table = table_view(self.seen_model, self.tr("Other cases with this indicator"), sortable=True)
        self.seen_table.doubleClicked.connect(lambda _i: self._open_seen())
        self.seen_title = plain_label()
        self.seen_title.setWordWrap(True)
        self.empty = plain_label(self.tr(
            "No indicators yet. Phone numbers, bank accounts, links, accounts and images are drawn from the "
            "case's reports and evidence in the background; add one by hand if it was missed."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}")

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_clicked)
        self.remove_button = QPushButton(self.tr("Take off the case…"))
        self.remove_button.clicked.connect(self.remove_clicked)
        self.network_button = QPushButton(self.tr("Network…"))
        self.network_button.setToolTip(self.tr("Influencers and cases linked to this case by shared indicators"))
        self.network_button.clicked.connect(lambda: self.networkRequested.emit(self.case_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.network_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.seen_title)
        bottom_layout.addWidget(self.seen_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _elsewhere_text(self, c: iq.CaseIndicator) -> str:
        if not c.indicator.relevant:
            return self.tr("not relevant")
        if not c.other_cases:
            return self.tr("only here")
        return self._counts_text(c)

    def _counts_text(self, c: iq.CaseIndicator) -> str:
        return self.tr("%n other case(s)", "", c.other_cases) + " · " + self.tr(
            "%n other influencer(s)", "", c.other_influencers)

    def _elsewhere_color(self, c: iq.CaseIndicator) -> str | None:
        if not c.indicator.relevant:
            return MUTED
        return "#b3261e" if c.other_influencers else None

    def _elsewhere_tooltip(self, c: iq.CaseIndicator) -> str:
        if c.indicator.relevant:
            return self._elsewhere_text(c)
        reason = c.indicator.marked_reason
        return self.tr("Marked not relevant") + (f": {reason}" if reason else "")

    def _origin_text(self, c: iq.CaseIndicator) -> str:
        names = {"report": self.tr("report"), "evidence": self.tr("evidence"), "manual": self.tr("by hand")}
        return ", ".join(names.get(o, o) for o in c.origins)

    def _can(self, event_type: str) -> bool:
        return self.ws.role() in allowed_roles(event_type)

    def show_case(self, case_id: str, ref: str, rows: tuple[iq.CaseIndicator, ...]) -> None:
        keep = current_row(self.table)
        self.case_id, self.case_ref = case_id, ref
        refill(self.table, rows, max_width=300)
        # A long link gives way to the columns after it (its tooltip holds it whole).
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), INDICATOR_WIDTH))
        self.empty.setVisible(not rows)
        self.add_button.setEnabled(self._can("indicator.added"))
        if rows:
            index = next((i for i, r in enumerate(self.model.rows)
                          if keep is not None and r.indicator.id == keep.indicator.id), 0)
            self.table.selectRow(index)
        self._load_seen()

    def _load_seen(self) -> None:
        row: iq.CaseIndicator | None = current_row(self.table)
        self.remove_button.setEnabled(row is not None and self._can("indicator.removed"))
        if row is None:
            self.seen_title.setText("")
            refill(self.seen_table, [])
            return
        shown = row.indicator.display or row.indicator.value
        if row.other_cases:
            self.seen_title.setText(self.tr("{0} is also seen in: {1}").format(shown, self._counts_text(row)))
        else:
            self.seen_title.setText(self.tr("{0} is not seen in any other case.").format(shown))
        ident, case_id = row.indicator.id, self.case_id

        def read() -> list[iq.SeenCase]:
            with self.ws.db.read() as conn:
                return iq.seen_in(raw_connection(conn), ident, exclude_case=case_id)
        self.loader.start(read)

    def _seen_loaded(self, rows: list[iq.SeenCase]) -> None:
        refill(self.seen_table, rows, max_width=300)

    def _open_seen(self) -> None:
        row = current_row(self.seen_table)
        if row is not None:
            self.caseRequested.emit(row.case_id)

    def add_clicked(self) -> None:
        dialog = AddIndicatorDialog(self, self.lang)
        if not dialog.exec():
            return
        kind = dialog.kind.currentData() or None
        try:
            service.add_indicator(self.ws, self.case_id, dialog.value.text(), kind, dialog.note.text())
        except Exception as exc:  # a refusal (not a valid number...) is shown, the case unchanged
            show_error(self, exc)

    def remove_clicked(self) -> None:
        row: iq.CaseIndicator | None = current_row(self.table)
        if row is None:
            return
        shown = row.indicator.display or row.indicator.value
        dialog = TextDialog(self, self.tr("Take an indicator off the case"),
                            self.tr("Why is {0} not an indicator of this case? (kept in the history)").format(shown))
        if not dialog.exec():
            return
        try:
            service.remove_indicator(self.ws, self.case_id, row.indicator.value, row.indicator.kind, dialog.text())
        except Exception as exc:
            show_error(self, exc)
