"""Importing a hotline's spreadsheet: the guessed column mapping (changeable) and every row's fate
before anything is written; then the import itself, off the GUI thread, all rows or none.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import to_datetime
from moderator_app.domain.errors import UserError
from moderator_app.domain.sla import VN_TZ
from moderator_app.exports.sheets import Sheet, as_text
from moderator_app.services import intake
from moderator_app.services.indicators import OpenLink, link_text, open_case_links
from moderator_app.services.workspace import Workspace

from . import plain_text, workers
from .i18n import refusal_text
from .plain_text import plain_label
from .save_dialog import ask_save_path
from .tab_order import LaidOutDialog
from .window_size import fit_resize

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
LINK_COLOR = QColor("#8a4b00")  # a lead, not a fault: the new report may belong to a known campaign
FATE_COLORS = {
    intake.Fate.IMPORTED: QColor("#1b5e20"),
    intake.Fate.ATTACHED: QColor("#0d47a1"),
    intake.Fate.DUPLICATE: QColor("#6d6d6d"),
    intake.Fate.REJECTED: QColor("#b3261e"),
}
MAPPED_FIELDS = [f for f in intake.Field if f != intake.Field.SERIAL]


def column_name(index: int) -> str:
    """Spreadsheet column letters: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class RowFateModel(QAbstractTableModel):
    """Every data row of the file with what happens (or happened) to it."""

    ROW, FATE, DETAIL, INFLUENCER, PLATFORM, CATEGORY, RECEIVED, DESCRIPTION, LINKS = range(9)
    RAW_FIELDS: ClassVar[dict[int, intake.Field]] = {
        INFLUENCER: intake.Field.INFLUENCER, PLATFORM: intake.Field.PLATFORM, CATEGORY: intake.Field.CATEGORY,
        RECEIVED: intake.Field.RECEIVED, DESCRIPTION: intake.Field.DESCRIPTION,
    }

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.plans: list[intake.RowPlan] = []
        self.mapping: intake.Mapping = {}
        self.fates: dict[int, intake.RowFate] = {}
        self.dry_run = True
        self._headers = [self.tr("Row"), self.tr("Result"), self.tr("Case or reason"), self.tr("Influencer"),
                         self.tr("Platform"), self.tr("Category"), self.tr("Received"), self.tr("Description"),
                         self.tr("Also in open cases")]
        self.links: dict[int, list[OpenLink]] = {}  # row number -> indicators open cases hold

    def set_rows(self, plans: list[intake.RowPlan], result: intake.ImportResult | None,
                 mapping: intake.Mapping | None = None, links: dict[int, list[OpenLink]] | None = None) -> None:
        self.beginResetModel()
        if links is not None:
            self.links = links
        self.mapping = mapping or {}
        self.plans = plans
        self.fates = {f.number: f for f in result.rows} if result else {}
        self.dry_run = result.dry_run if result else True
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plans)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def fate_text(self, fate: intake.RowFate | None) -> str:
        if fate is None:
            return ""
        return {
            intake.Fate.IMPORTED: self.tr("New case"),
            intake.Fate.ATTACHED: self.tr("Added to a case"),
            intake.Fate.DUPLICATE: self.tr("Duplicate"),
            intake.Fate.REJECTED: self.tr("Rejected"),
        }[fate.fate]

    def detail_text(self, fate: intake.RowFate | None) -> str:
        if fate is None:
            return ""
        if fate.fate == intake.Fate.REJECTED:
            return fate.reason(self.lang)
        if fate.same_as_row is not None:
            return self.tr("the case of row {0}").format(fate.same_as_row) if fate.fate == intake.Fate.ATTACHED \
                else self.tr("same as row {0}").format(fate.same_as_row)
        if fate.fate == intake.Fate.IMPORTED:
            return self.tr("will be opened") if self.dry_run else fate.ref or ""
        return fate.ref or ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.plans):
            return None
        plan = self.plans[index.row()]
        fate = self.fates.get(plan.number)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(plan, fate, col)
            if role == Qt.ItemDataRole.DisplayRole and col == self.DESCRIPTION:
                return " ".join(text.split())[:200]
            if role == Qt.ItemDataRole.ToolTipRole and col == self.LINKS:
                return text.replace("; ", "\n") or None
            return text if role != Qt.ItemDataRole.ToolTipRole or col in (self.DETAIL, self.DESCRIPTION) else None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.LINKS:
            return QBrush(LINK_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.FATE, self.DETAIL) and fate is not None:
            return QBrush(FATE_COLORS[fate.fate])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _raw(self, plan: intake.RowPlan, fld: intake.Field) -> str:
        """A rejected row's cell as the file has it, so the person sees what was wrong."""
        index = self.mapping.get(fld)
        if index is None or index >= len(plan.cells):
            return ""
        return " ".join(as_text(plan.cells[index]).split())

    def _text(self, plan: intake.RowPlan, fate: intake.RowFate | None, col: int) -> str:
        r = plan.report
        if r is None and col in self.RAW_FIELDS:
            return self._raw(plan, self.RAW_FIELDS[col])
        match col:
            case self.ROW:
                return str(plan.number)
            case self.FATE:
                return self.fate_text(fate)
            case self.DETAIL:
                return self.detail_text(fate)
            case self.INFLUENCER:
                return r.influencer if r else ""
            case self.PLATFORM:
                return r.platform.label(self.lang) if r else ""
            case self.CATEGORY:
                return r.category.label(self.lang) if r else ""
            case self.RECEIVED:
                if r and r.received_at:
                    return to_datetime(r.received_at).astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
                return ""
            case self.DESCRIPTION:
                return r.description if r else ""
            case self.LINKS:
                return "; ".join(link_text(link, self.lang) for link in self.links.get(plan.number, []))
        return ""


class ImportDialog(LaidOutDialog):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.layout_: intake.Layout | None = None
        self.plans: list[intake.RowPlan] = []
        self.result: intake.ImportResult | None = None
        self.task: workers.Task | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import reports"))
        fit_resize(self, 1100, 720)

        self.file_label = plain_label(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.mapping_box = QGroupBox(self.tr("Columns (guessed from the header; change any that is wrong)"), self)
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.combos: dict[intake.Field, QComboBox] = {}
        for i, fld in enumerate(MAPPED_FIELDS):
            label = plain_label(intake.FIELD_LABELS[fld][1 if lang == "en" else 0] + ":", self.mapping_box)
            combo = QComboBox(self.mapping_box)
            combo.setAccessibleName(label.text().rstrip(":"))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.activated.connect(lambda _i: self._mapping_changed())
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, i // 4, (i % 4) * 2)
            self.mapping_grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
            self.combos[fld] = combo
        self.mapping_box.setEnabled(False)

        self.model = RowFateModel(lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file and what happens to each"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        for col, width in ((0, 50), (1, 110), (2, 330), (3, 160), (4, 90), (5, 190), (6, 120)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_errors = self.buttons.addButton(self.tr("Save rejected rows…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_errors.clicked.connect(self.save_rejected)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.clicked.connect(self._close_or_cancel)
        self.import_button.setEnabled(False)
        self.save_errors.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if path:
            self.load(Path(path))

    # --- choosing and analysing ------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import reports"), "",
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path, mapping: intake.Mapping | None = None) -> None:
        """Read and analyse ``path`` off the GUI thread, then show the preview (nothing written)."""
        self.path = path
        self.imported = False
        self.file_label.setText(self.tr("Reading {0}…").format(path.name))
        ws = self.ws
        sheet, layout = (self.sheet, self.layout_) if mapping is not None else (None, None)

        def work(progress: Any, cancelled: Any) -> tuple[Sheet, intake.Layout, list[intake.RowPlan], Any]:
            s = sheet or intake.read_sheet(path)
            lay = layout or intake.find_layout(s)
            if mapping is not None:
                lay = intake.Layout(lay.header_index, mapping)
            missing = intake.missing_fields(lay.mapping)
            plans = intake.analyse(s, lay) if not missing else []
            result = intake.run_import(ws, plans, dry_run=True, progress=progress, cancelled=cancelled) \
                if plans else None
            texts = [f"{p.report.url}\n{p.report.description}" if p.report else "" for p in plans]
            found = open_case_links(ws, texts)
            links = {p.number: found[i] for i, p in enumerate(plans) if found[i]}
            return s, lay, plans, (result, links)

        self._start(work, self._analysed)

    def _analysed(self, value: tuple[Sheet, intake.Layout, list[intake.RowPlan], Any]) -> None:
        self._stop()
        self.sheet, self.layout_, self.plans, (self.result, links) = value
        self._show_mapping()
        self.model.set_rows(self.plans, self.result, self.layout_.mapping, links)
        header_row = self.layout_.header_row(self.sheet).number
        data_rows = sum(1 for r in self.sheet.rows if r.number > header_row)  # mapped or not yet
        self.file_label.setText(self.tr("{0}: header on row {1}, {2} data rows. Nothing is written until you "
                                        "press Import.").format(self.sheet.source, header_row, data_rows))
        self._show_summary()

    def _show_mapping(self) -> None:
        assert self.sheet is not None and self.layout_ is not None
        header = self.layout_.header_row(self.sheet).cells
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for i in range(max(len(header), self.sheet.width)):
                title = as_text(header[i]) if i < len(header) else ""
                combo.addItem(f"{column_name(i)} · {title}" if title else column_name(i), i)
            combo.setCurrentIndex(max(0, combo.findData(self.layout_.mapping.get(fld, -1))))
            combo.blockSignals(False)
        self.mapping_box.setEnabled(True)

    def current_mapping(self) -> intake.Mapping:
        mapping: intake.Mapping = {}
        for fld, combo in self.combos.items():
            col = combo.currentData()
            if isinstance(col, int) and col >= 0:
                mapping[fld] = col
        if self.layout_ is not None and intake.Field.SERIAL in self.layout_.mapping:
            mapping[intake.Field.SERIAL] = self.layout_.mapping[intake.Field.SERIAL]
        return mapping

    def _mapping_changed(self) -> None:
        if self.path is not None and not self.imported:
            self.load(self.path, self.current_mapping())

    def _show_summary(self) -> None:
        missing = intake.missing_fields(self.layout_.mapping) if self.layout_ else []
        if missing:
            names = ", ".join(intake.FIELD_LABELS[f][1 if self.lang == "en" else 0] for f in missing)
            self.summary.setText(self.tr("Choose the column for: {0}").format(names))
            self.summary.setStyleSheet("color: #b3261e")
            self.import_button.setEnabled(False)
            self.save_errors.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        r = self.result
        if r is None:
            self.summary.setText(self.tr("The file has no data rows."))
            self.import_button.setEnabled(False)
            return
        counts = [r.count(intake.Fate.IMPORTED), r.count(intake.Fate.ATTACHED), r.count(intake.Fate.DUPLICATE),
                  len(r.rejected)]
        if r.dry_run:
            text = self.tr("{0} rows: {1} new cases, {2} added to open cases, {3} duplicates (already stored, "
                           "skipped), {4} rejected.").format(len(r.rows), *counts)
        else:
            text = self.tr("Imported. {0} rows: {1} new cases, {2} added to open cases, {3} duplicates skipped, "
                           "{4} rejected.").format(len(r.rows), *counts)
        linked = len(self.model.links)
        if linked:
            text += " " + self.tr("Sharing a phone number, account or link with open cases: %n row(s) (see the "
                                  "last column).", "", linked)
        self.summary.setText(text)
        to_write = counts[0] + counts[1]
        self.import_button.setText(self.tr("Import %n report(s)", "", to_write))
        self.import_button.setEnabled(r.dry_run and to_write > 0)
        self.save_errors.setEnabled(bool(r.rejected))

    # --- importing ------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.plans or self.imported:
            return
        plans = list(self.plans)
        ws = self.ws

        def work(progress: Any, cancelled: Any) -> intake.ImportResult:
            return intake.run_import(ws, plans, progress=progress, cancelled=cancelled)

        self._start(work, self._imported)

    def _imported(self, result: intake.ImportResult) -> None:
        self._stop()
        self.imported = True
        self.result = result
        self.model.set_rows(self.plans, result, self.layout_.mapping if self.layout_ else None)
        self._show_summary()
        self.mapping_box.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))

    def save_rejected(self) -> None:
        if self.sheet is None or self.layout_ is None or self.path is None:
            return
        default = str(self.path.with_name(self.path.stem + "-errors.csv"))
        path = ask_save_path(self, self.tr("Save rejected rows"), default,
                             self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"))
        if path is None:
            return
        try:
            n = intake.write_errors(path, self.sheet, self.layout_, self.plans, self.lang)
        except UserError as exc:
            plain_text.warning(self, self.tr("Save rejected rows"), refusal_text(exc))
            return
        self.summary.setText(self.summary.text() + " " + self.tr("%n rejected row(s) saved.", "", n))

    # --- background work ------------------------------------------------------------------------------

    def _start(self, work: workers.Work, done: Any) -> None:
        self.import_button.setEnabled(False)
        self.mapping_box.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setText(self.tr("Cancel"))
        self.task = workers.start(work, done, self._failed, self._progress)

    def _stop(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setText(self.tr("Close"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        if self.sheet is not None:
            self.mapping_box.setEnabled(True)
        if isinstance(exc, UserError):
            self.summary.setStyleSheet("color: #b3261e")
            self.summary.setText(refusal_text(exc))
            self.file_label.setText(self.path.name if self.path else "")
        else:
            plain_text.critical(self, self.tr("Import reports"),
                                self.tr("Something went wrong; nothing was imported. The details are in the log."))
        self._show_summary_buttons_after_failure()

    def _show_summary_buttons_after_failure(self) -> None:
        r = self.result
        self.import_button.setEnabled(bool(r and r.dry_run and not self.imported and self.plans))

    def _close_or_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        if self.imported:
            self.accept()
        else:
            self.reject()

    def wait_idle(self, timeout_s: float = 30) -> bool:
        """For tests and shutdown: wait until background work has finished."""
        return self.task is None or self.task.finished.wait(timeout_s)

    def done(self, code: int) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.finished.wait(30)
        super().done(code)
