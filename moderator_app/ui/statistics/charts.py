"""Charts (QtCharts) drawn from the report's tables, with the number under the mouse as a tooltip.

A chart is built from an ``exports.quarterly.ReportTable``, the same table the dashboard lists
beside it and the workbook and the PDF print, so a bar and its row always agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QToolTip, QWidget

from moderator_app.domain.score import Band
from moderator_app.exports.quarterly import HOURS, PERCENT, ReportTable

from ..detail_common import BAND_COLORS, decimal_text, percent_text
from ..plain_text import as_text

SERIES_COLORS = ("#2462a6", "#e07b39", "#8a6d00", "#6a4c93", "#1b8a8f", "#c2185b", "#5d6d7e", "#1f1f1f")
DEADLINE_COLORS = ("#1e7b34", "#b3261e", "#c9a227")  # on time, late, still running
RECORD_COLORS = ("#1e7b34", "#e07b39", "#b3261e", "#c9a227")  # in time, late, no answer, not yet due
BAND_ORDER = [BAND_COLORS[b] for b in Band]


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _text(value: Any, fmt: str | None = None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return decimal_text(value) if fmt == HOURS else percent_text(value)
    return str(value)


def _shares(table: ReportTable) -> bool:
    """The series are shares (0 to 1), drawn as percentages."""
    return all(table.formats[c - 1] == PERCENT for c in table.series)


def row_label(table: ReportTable, index: int) -> str:
    return str(table.rows[index][table.labels - 1])


def axis_label(table: ReportTable, index: int) -> str:
    """A row's name on the chart's axis: months as 10/26 and weeks by number, so a year of them fits."""
    return table.axis[index] if table.axis else row_label(table, index)


def tooltip_text(table: ReportTable, column: int, index: int) -> str:
    """What the mouse over one bar, point or slice says: the row, the series and the number."""
    value = _text(table.rows[index][column - 1], table.formats[column - 1])
    return f"{row_label(table, index)} — {table.headers[column - 1]}: {value}"


def _show_tip(text: str, shown: bool) -> None:
    if shown:
        QToolTip.showText(QCursor.pos(), as_text(text))
    else:
        QToolTip.hideText()


def _value_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1.0, maximum))
    axis.applyNiceNumbers()
    if axis.max() <= 5:  # counts are whole: 0, 1, 2 rather than 0, 0, 0, 1 from "%d" of fractions
        axis.setTickCount(int(axis.max()) + 1)
    axis.setMinorTickCount(0)
    return axis


def build_chart(table: ReportTable, title: bool = True) -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    if title:
        chart.setTitle(table.title)
    if table.chart == "pie":
        _pie(chart, table)
    elif table.chart == "line":
        _line(chart, table)
    else:
        _bars(chart, table)
    chart.legend().setVisible(len(table.series) > 1 or table.chart == "pie")
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _bars(chart: QChart, table: ReportTable) -> None:
    horizontal = table.chart in ("hbar", "stacked")
    order = list(range(len(table.drawn)))
    if horizontal:
        order.reverse()  # a horizontal axis lists from the bottom: keep the table's first row on top
    if table.chart == "stacked":
        series: QBarSeries | QHorizontalBarSeries | QHorizontalStackedBarSeries = QHorizontalStackedBarSeries()
        colors = RECORD_COLORS if table.key == "takedowns" else DEADLINE_COLORS
    elif horizontal:
        series = QHorizontalBarSeries()
        colors = SERIES_COLORS
    else:
        series = QBarSeries()
        colors = SERIES_COLORS
    maximum = 0.0
    for n, col in enumerate(table.series):
        bar_set = QBarSet(table.headers[col - 1])
        bar_set.setColor(QColor(colors[n % len(colors)]))
        bar_set.setBorderColor(QColor(colors[n % len(colors)]))
        for i in order:
            bar_set.append(_number(table.rows[i][col - 1]))
        bar_set.hovered.connect(lambda shown, pos, c=col: _show_tip(tooltip_text(table, c, order[pos]), shown))
        series.append(bar_set)
    if table.chart == "stacked":
        maximum = max((sum(_number(r[c - 1]) for c in table.series) for r in table.drawn), default=0.0)
    else:
        maximum = max((_number(r[c - 1]) for r in table.drawn for c in table.series), default=0.0)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([axis_label(table, i) for i in order])
    if len(table.drawn) > 16 and not horizontal:
        categories.setLabelsAngle(-90)
    values = _value_axis(maximum)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)


def _line(chart: QChart, table: ReportTable) -> None:
    """A line per series; shares are drawn as percentages, and a row without a value (a share of
    nothing) has no point."""
    rows = table.drawn
    categories = QBarCategoryAxis()
    categories.append([axis_label(table, i) for i in range(len(rows))])
    if len(rows) > 16:
        categories.setLabelsAngle(-90)
    scale = 100.0 if _shares(table) else 1.0
    if scale != 1.0:
        values = QValueAxis()
        values.setLabelFormat("%d%%")
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setMinorTickCount(0)
    else:
        values = _value_axis(max((_number(r[c - 1]) for r in rows for c in table.series), default=0.0))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    for n, col in enumerate(table.series):
        line = QLineSeries()
        line.setName(table.headers[col - 1])
        line.setPointsVisible(True)
        if scale != 1.0:
            line.setMarkerSize(9)  # a share known in one quarter only is a point of its own
        pen = QPen(QColor(SERIES_COLORS[n % len(SERIES_COLORS)]))
        pen.setWidthF(2.0)
        line.setPen(pen)
        for i, row in enumerate(rows):
            if isinstance(row[col - 1], int | float):
                line.append(QPointF(i, _number(row[col - 1]) * scale))

        def hovered(point: QPointF, shown: bool, c: int = col) -> None:
            index = min(max(round(point.x()), 0), len(rows) - 1)
            _show_tip(tooltip_text(table, c, index), shown)

        line.hovered.connect(hovered)
        chart.addSeries(line)
        line.attachAxis(categories)
        line.attachAxis(values)


def _pie(chart: QChart, table: ReportTable) -> None:
    series = QPieSeries()
    col = table.series[0]
    colors = BAND_ORDER if table.key == "bands" else list(SERIES_COLORS)
    for i, row in enumerate(table.drawn):
        value = _number(row[col - 1])
        piece = QPieSlice(f"{row_label(table, i)} ({_text(row[col - 1])})", value)
        piece.setColor(QColor(colors[i % len(colors)]))
        piece.setLabelVisible(value > 0)

        def hovered(shown: bool, index: int = i, s: QPieSlice = piece) -> None:
            s.setExploded(shown)
            _show_tip(tooltip_text(table, col, index), shown)

        piece.hovered.connect(hovered)
        series.append(piece)
    series.setPieSize(0.7)
    chart.addSeries(series)


class ChartView(QChartView):
    """A chart view that replaces (and frees) its chart when the figures change."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible_name)
        self.setMinimumSize(QSize(360, 260))
        self.table: ReportTable | None = None
        self.legend_beside = False  # a wide, low chart keeps its height for the bars

    def show_table(self, table: ReportTable) -> None:
        self.table = table
        old = self.chart()
        chart = build_chart(table, title=False)
        if self.legend_beside:
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def chart_image(table: ReportTable, size: QSize | None = None, scale: float = 2.0) -> QImage:
    """The chart drawn into an image for the PDF: laid out at ``size`` (screen pixels, so its
    text reads well once the image fits the page) and painted ``scale`` times finer."""
    size = size or QSize(820, 380)
    chart = build_chart(table, title=False)
    scene = QGraphicsScene()
    scene.addItem(chart)
    area = QRectF(0, 0, size.width(), size.height())
    chart.setGeometry(area)
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), area)
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image
