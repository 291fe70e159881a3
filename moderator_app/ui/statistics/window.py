"""The statistics dashboard: the committee's activity over a chosen period, in charts and tables.

The figures are computed off the GUI thread (``services.statistics.compute``); each chart sits
beside the table of the numbers it draws, and says the number under the mouse. The quarterly
report is exported from here as a workbook or a PDF.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.clock import local_date
from moderator_app.domain.errors import UserError
from moderator_app.domain.formats import period_key_label
from moderator_app.domain.statistics import Period, Statistics, quarter_of, quarter_period
from moderator_app.exports.quarterly import HOURS, ReportTable, report_tables
from moderator_app.services import statistics
from moderator_app.services.workspace import Workspace

from ..background import Loader
from ..detail_common import MUTED, WARNING, decimal_text, percent_text, show_error
from ..dialogs import with_ok_cancel
from ..i18n import refusal_text
from ..plain_text import plain_label, rich_label
from ..rows_model import Column, RowsModel, fit_columns, table_view
from ..save_dialog import ask_save_path
from ..tab_order import LaidOutDialog
from ..wheel_guard import guard_wheel
from ..window_size import fit_resize
from .charts import ChartView

PRESETS = ("quarter", "last_quarter", "year", "twelve_months", "custom")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def preset_period(key: str, today: date) -> Period | None:
    """The period a preset names, seen from ``today`` (None for "custom")."""
    this_quarter = statistics.default_period(today)
    if key == "quarter":
        return this_quarter
    if key == "last_quarter":
        end = this_quarter.start - timedelta(days=1)
        return quarter_period(quarter_of(end))[1]
    if key == "year":
        return Period(date(today.year, 1, 1), today)
    if key == "twelve_months":
        return Period(today - timedelta(days=364), today)
    return None


def _cell_text(value: Any, fmt: str | None) -> str:
    if value is None:  # a share of nothing
        return "—"
    if isinstance(value, float):
        return decimal_text(value) if fmt == HOURS else percent_text(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)  # 1.066 in Vietnamese, as the cards write it
    return str(value)


WIDE = 6  # a table with more columns than this writes its long headers on two lines


def two_lines(header: str, longest: int = 12) -> str:
    """A long header broken at the space nearest its middle, so a wide table fits beside its chart."""
    if len(header) <= longest or " " not in header:
        return header
    if " (" in header:  # "Removed (all or part)": the words, then what qualifies them
        cut = header.index(" (")
    else:
        middle = len(header) / 2
        cut = min((i for i, c in enumerate(header) if c == " "), key=lambda i: abs(i - middle))
    return header[:cut] + "\n" + header[cut + 1:]


@dataclass
class Panel:
    """One figure of the dashboard: its chart and the table of its numbers."""

    chart: ChartView
    table: QTableView
    model: RowsModel[tuple[Any, ...]]


class StatisticsWindow(QMainWindow):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.stats: Statistics | None = None
        self.tables: dict[str, ReportTable] = {}
        self.panels: dict[str, Panel] = {}
        self.loader = Loader(self._loaded, self._failed, self)
        self.report_loader = Loader(self._report_ready, self._failed, self)
        self._pending_report: tuple[str, str, Path] | None = None
        self.last_report: Path | None = None
        # Questions asked of the person; tests replace them.
        self.ask_report: Callable[[], tuple[str, str, Path] | None] = self._ask_report
        self._refresh_timer = QTimer(self, singleShot=True, interval=1000)
        self._refresh_timer.timeout.connect(self.refresh)
        self.setWindowTitle(self.tr("Statistics"))
        fit_resize(self, 1280, 860)
        self._build()
        guard_wheel(self)
        self._apply_preset()
        ws.subscribe(self._on_events)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        for key, text in zip(PRESETS, (self.tr("This quarter"), self.tr("Last quarter"), self.tr("This year"),
                                       self.tr("Last 12 months"), self.tr("Chosen dates")), strict=True):
            self.preset.addItem(text, key)
        self.preset.activated.connect(lambda _i: self._apply_preset())
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(self.tr("Quarterly report…"))
        self.report_button.setToolTip(self.tr("Export the quarterly activity report as an Excel workbook or a PDF"))
        self.report_button.clicked.connect(self.choose_report)
        self.state = rich_label()
        self.state.setStyleSheet(f"color: {MUTED}")
        top = QHBoxLayout()
        for w in (plain_label(self.tr("Period")), self.preset, plain_label(self.tr("from")), self.date_from,
                  plain_label(self.tr("to")), self.date_to, self.refresh_button):
            top.addWidget(w)
        top.addWidget(self.state, 1)
        top.addWidget(self.report_button)

        cards = QGridLayout()
        cards.setHorizontalSpacing(10)
        self.cards: dict[str, QLabel] = {}
        for i, (key, title) in enumerate((
            ("reports", self.tr("Reports received")),
            ("cases", self.tr("Cases opened")),
            ("decisions", self.tr("Decisions")),
            ("triage", self.tr("Triaged within 5 working days")),
            ("takedown", self.tr("Urgent takedown requests within 24 h")),
            ("overdue", self.tr("Overdue cases now")),
        )):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setStyleSheet("QFrame { background: #f4f7fa; border-radius: 6px; }")
            v = QVBoxLayout(frame)
            v.setContentsMargins(10, 6, 10, 6)
            caption = plain_label(title)
            caption.setWordWrap(True)
            caption.setStyleSheet(f"color: {MUTED}; background: transparent")
            value = plain_label("—")
            value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f4e79; background: transparent")
            value.setAccessibleName(title)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail = plain_label("")
            detail.setStyleSheet(f"color: {MUTED}; background: transparent")
            detail.setWordWrap(True)
            v.addWidget(caption)
            v.addWidget(value)
            v.addWidget(detail)
            self.cards[key] = value
            self.cards[key + "_detail"] = detail
            cards.addWidget(frame, 0, i)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Figures"))
        self.per_week = QRadioButton(self.tr("Per week"))
        self.per_month = QRadioButton(self.tr("Per month"))
        activity = self._switched(self.tr("Reports and cases"), self.per_month, self.per_week, self._show_activity,
                                  self._panel("activity", self.tr("Reports and cases over time")))
        self.tabs.addTab(activity, self.tr("Activity"))
        self.tabs.addTab(self._panel("categories", self.tr("By category")), self.tr("Categories"))
        self.tabs.addTab(self._panel("platforms", self.tr("By platform")), self.tr("Platforms"))
        deadlines = QWidget()
        dv = QVBoxLayout(deadlines)
        dv.addWidget(self._panel("deadlines", self.tr("Deadlines kept"), 600), 1)
        dv.addWidget(self._panel("overdue", self.tr("Cases overdue now")), 1)
        self.tabs.addTab(deadlines, self.tr("Deadlines"))
        self.tabs.addTab(self._panel("outcomes", self.tr("Decisions by outcome")), self.tr("Outcomes"))
        self.tabs.addTab(self._panel("bands", self.tr("Influencers by credibility band")), self.tr("Credibility"))
        self.tabs.addTab(self._record_tab(), self.tr("Platforms' record"))
        self.tabs.addTab(self._quarters_tab(), self.tr("Takedowns by quarter"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def _record_tab(self) -> QWidget:
        """The platforms' record: how each platform answered the takedown requests sent in the period."""
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.record_empty = plain_label(self.tr("No takedown request was sent to a platform in this period."))
        self.record_empty.setStyleSheet(f"color: {MUTED}")
        self.record_empty.setWordWrap(True)
        self.record_empty.hide()
        self.record_note = plain_label("")
        self.record_note.setStyleSheet(f"color: {MUTED}")
        self.record_note.setWordWrap(True)
        self.record_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.record_note.setMinimumWidth(220)
        v.addWidget(self.record_empty)
        v.addWidget(self._panel("takedowns", self.tr("Takedown requests by platform"), chart_height=250,
                                aside=self.record_note), 1)
        return tab

    def _quarters_tab(self) -> QWidget:
        """The platforms over the last quarters: the share answered in time, or the requests sent.
        A tab of its own, so its chart has the height the others have."""
        self.quarters_sent = QRadioButton(self.tr("Requests sent"))
        self.quarters_share = QRadioButton(self.tr("Share answered in time"))
        return self._switched(self.tr("By quarter"), self.quarters_share, self.quarters_sent, self._show_quarters,
                              self._panel("quarters", self.tr("Takedown requests by quarter"), chart_height=330))

    def _switched(self, label: str, first: QRadioButton, second: QRadioButton, show: Callable[[], None],
                  panel: QWidget) -> QWidget:
        """A tab whose panel shows one of two views of its figures, ``first`` chosen to begin with."""
        tab = QWidget()
        v = QVBoxLayout(tab)
        switch = QHBoxLayout()
        first.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(first)
        group.addButton(second)
        second.toggled.connect(lambda _c: show())
        switch.addWidget(plain_label(label))
        switch.addWidget(first)
        switch.addWidget(second)
        switch.addStretch(1)
        v.addLayout(switch)
        v.addWidget(panel, 1)
        return tab

    def _panel(self, key: str, name: str, table_width: int = 460, chart_height: int = 0,
               aside: QWidget | None = None) -> QWidget:
        """A chart beside its table; with ``chart_height``, the chart above a table of many columns
        (its legend then beside it), and ``aside`` to the table's right, in the room it leaves."""
        chart = ChartView(self.tr("Chart: {0}").format(name))
        model: RowsModel[tuple[Any, ...]] = RowsModel([], self)
        table = table_view(model, self.tr("Table: {0}").format(name), stretch_last=False)
        splitter = QSplitter(Qt.Orientation.Vertical if chart_height else Qt.Orientation.Horizontal)
        splitter.addWidget(chart)
        if aside is not None:
            lower = QWidget()
            row = QHBoxLayout(lower)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(table, 3)
            row.addWidget(aside, 1)
            splitter.addWidget(lower)
        else:
            splitter.addWidget(table)
        if chart_height:
            chart.setMinimumHeight(160)
            chart.legend_beside = True
            splitter.setChildrenCollapsible(False)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 1)
            splitter.setSizes([chart_height, 500 - chart_height])
        else:
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([1240 - table_width, table_width])
        self.panels[key] = Panel(chart, table, model)
        return splitter

    # --- the period ---------------------------------------------------------------------------

    def today(self) -> date:
        return local_date(self.ws.clock.wall())

    def period(self) -> Period:
        return Period(_pydate(self.date_from.date()), _pydate(self.date_to.date()))

    def set_period(self, period: Period) -> None:
        """Show ``period`` (chosen dates) and compute its figures."""
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self._set_dates(period)
        self.refresh()

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _apply_preset(self) -> None:
        period = preset_period(str(self.preset.currentData()), self.today())
        if period is not None:
            self._set_dates(period)
            self.refresh()

    def _dates_edited(self) -> None:
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        QTimer.singleShot(0, self.refresh)

    # --- computing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            period = self.period()
        except UserError as exc:
            self.state.setText(f"<span style='color:{WARNING}'>{html.escape(refusal_text(exc))}</span>")
            return
        self.state.setText(html.escape(self.tr("Computing…")))
        ws = self.ws
        self.loader.start(lambda: statistics.compute(ws, period))

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _failed(self, exc: Exception) -> None:
        self.state.setText("")
        show_error(self, exc)

    def _loaded(self, stats: Statistics) -> None:
        self.stats = stats
        self.tables = {t.key: t for t in report_tables(stats, self.lang)}
        self.state.setText(html.escape(self.tr("{0} · figures as of now").format(stats.period.label())))
        self._fill_cards(stats)
        self._show_activity()
        for key in ("categories", "platforms", "deadlines", "overdue", "outcomes", "bands", "takedowns"):
            self._show(key, self.tables[key])
        self._show_quarters()
        empty = stats.platforms.total.sent == 0
        self.record_empty.setVisible(empty)
        self.record_note.setText("" if empty else self.tables["takedowns"].note)
        self.record_note.setVisible(not empty)

    def _fill_cards(self, s: Statistics) -> None:
        def share(value: float | None) -> str:
            return "—" if value is None else percent_text(value, 0)

        def count(n: int) -> str:
            return QLocale().toString(n)  # the interface locale's grouping: 1.234 / 1,234

        self.cards["reports"].setText(count(s.reports))
        self.cards["cases"].setText(count(s.cases))
        self.cards["decisions"].setText(count(s.decisions))
        self.cards["triage"].setText(share(s.triage.share))
        self.cards["takedown"].setText(share(s.urgent_takedown.share))
        self.cards["overdue"].setText(count(s.overdue_total))
        for key, d in (("triage", s.triage), ("takedown", s.urgent_takedown)):
            self.cards[key + "_detail"].setText(self.tr("{0} on time, {1} late, {2} still running").format(
                count(d.on_time), count(d.late), count(d.pending)))
        self.cards["reports_detail"].setText(self.tr("{0} days").format(s.period.days))
        self.cards["cases_detail"].setText(self.tr("not counting merged duplicates"))
        self.cards["decisions_detail"].setText(self.tr("in force, by meeting date"))
        self.cards["overdue_detail"].setText(self.tr("open cases past their deadline"))

    def _show_activity(self) -> None:
        if self.stats is None:
            return
        self._show("activity", self.tables["weeks" if self.per_week.isChecked() else "months"])

    def _show_quarters(self) -> None:
        if self.stats is None:
            return
        key = "takedown_quarters" if self.quarters_sent.isChecked() else "takedown_shares"
        self._show("quarters", self.tables[key])

    def _show(self, key: str, table: ReportTable) -> None:
        panel = self.panels[key]
        panel.chart.show_table(table)
        wide = len(table.headers) > WIDE
        columns = [
            Column(two_lines(header) if wide else header, (lambda r, i=i, f=table.formats[i]: _cell_text(r[i], f)),
                   align_right=any(row[i] is None or isinstance(row[i], int | float) for row in table.rows))
            for i, header in enumerate(table.headers)
        ]
        panel.model.beginResetModel()
        panel.model.columns = columns
        panel.model.rows = list(table.rows)
        panel.model.endResetModel()
        fit_columns(panel.table, 240)

    # --- the quarterly report -----------------------------------------------------------------

    def _ask_report(self) -> tuple[str, str, Path] | None:
        dialog = QuarterDialog(self.today(), self, self.lang)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        quarter, fmt = dialog.choice()
        suffix = ".xlsx" if fmt == "xlsx" else ".pdf"
        path = ask_save_path(
            self, self.tr("Save the quarterly report"), f"quarterly-{quarter}{suffix}",
            self.tr("Excel workbooks (*.xlsx)") if fmt == "xlsx" else self.tr("PDF files (*.pdf)"))
        return None if path is None else (quarter, fmt, path)

    def choose_report(self) -> None:
        choice = self.ask_report()
        if choice is not None:
            self.export_report(*choice)

    def export_report(self, quarter: str, fmt: str, path: Path) -> None:
        """Compute the quarter's figures off the GUI thread, then write the workbook or the PDF."""
        ws, lang = self.ws, self.lang
        self._pending_report = (quarter, fmt, path)
        self.state.setText(html.escape(self.tr("Preparing the quarterly report…")))
        if fmt == "xlsx":
            self.report_loader.start(lambda: statistics.quarterly_report(ws, quarter, path, lang))
        else:
            period = quarter_period(quarter)[1]
            self.report_loader.start(lambda: statistics.compute(ws, period))

    def _report_ready(self, stats: Statistics) -> None:
        assert self._pending_report is not None
        quarter, fmt, path = self._pending_report
        self._pending_report = None
        try:
            if fmt == "pdf":
                from .report_pdf import render_quarterly_pdf

                statistics.save_report_pdf(self.ws, render_quarterly_pdf(self.ws, stats, quarter, self.lang), path)
        except UserError as exc:
            self.state.setText("")
            show_error(self, exc)
            return
        self.last_report = path
        self.state.setText(html.escape(self.tr("Saved {0}").format(str(path))))

    # --- staying current ----------------------------------------------------------------------

    def _on_events(self, _events: list[object]) -> None:
        self._refresh_timer.start()  # once things settle: a sync brings many transactions at once

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)


class QuarterDialog(LaidOutDialog):
    """Which quarter, and as a workbook or a PDF."""

    def __init__(self, today: date, parent: QWidget | None = None, lang: str = "vi") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quarterly report"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Quarter"))
        day = today
        for _ in range(8):
            q = quarter_of(day)
            self.quarter.addItem(period_key_label(q, lang), q)  # Quý IV/2026 / Q4 2026
            day = quarter_period(q)[1].start - timedelta(days=1)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Excel workbook with charts"), "xlsx")
        self.format.addItem(self.tr("PDF"), "pdf")
        form = QFormLayout()
        form.addRow(self.tr("&Quarter"), self.quarter)
        form.addRow(self.tr("&Format"), self.format)
        with_ok_cancel(self, form)

    def choice(self) -> tuple[str, str]:
        return str(self.quarter.currentData()), str(self.format.currentData())
