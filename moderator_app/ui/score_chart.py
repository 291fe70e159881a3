"""The score over time (QtCharts): the line, the bands behind it, and a dot on each decision."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from moderator_app.domain.score import DEFAULT, Band

from .detail_common import BAND_BACKGROUNDS, BAND_COLORS

LINE_COLOR = "#1f3b57"


def _ms(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


def band_ranges() -> list[tuple[float, float, Band]]:
    """(low, high, band) for each band, from the score parameters."""
    out = []
    high = 100.0
    for threshold, band in DEFAULT.bands:
        out.append((threshold, high, band))
        high = threshold
    return out


class ScoreChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Score over time"))
        self.setMinimumHeight(220)
        self.points: list[tuple[date, float]] = []
        self._bounds: list[QLineSeries] = []  # an area's edge lines are not owned by its chart
        self.set_series([], [])

    def set_series(self, points: Sequence[tuple[date, float]], decision_days: Sequence[date]) -> None:
        """Draw ``points`` (date, score); mark the days decisions were taken."""
        self.points = list(points)
        bounds: list[QLineSeries] = []
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM/yyyy")
        x_axis.setTitleText(self.tr("Date"))
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Score"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if self.points:
            start, end = _ms(self.points[0][0]), _ms(self.points[-1][0])
            if end <= start:
                end = start + 86_400_000
            for low, high, band in band_ranges():
                upper, lower = QLineSeries(), QLineSeries()
                for x in (start, end):
                    upper.append(QPointF(x, high))
                    lower.append(QPointF(x, low))
                bounds += [upper, lower]
                area = QAreaSeries(upper, lower)
                area.setName(band.label())
                area.setBrush(QBrush(QColor(BAND_BACKGROUNDS[band])))
                area.setPen(QPen(Qt.PenStyle.NoPen))
                chart.addSeries(area)
                area.attachAxis(x_axis)
                area.attachAxis(y_axis)
            line = QLineSeries()
            line.setName(self.tr("Score"))
            for day, value in self.points:
                line.append(QPointF(_ms(day), value))
            pen = QPen(QColor(LINE_COLOR))
            pen.setWidthF(2.2)
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            by_day = dict(self.points)
            dots = QScatterSeries()
            dots.setName(self.tr("Decisions"))
            dots.setMarkerSize(8)
            dots.setColor(QColor(BAND_COLORS[Band.NOT_CREDIBLE]))
            dots.setBorderColor(QColor("#ffffff"))
            for day in sorted(set(decision_days)):
                if day in by_day:
                    dots.append(QPointF(_ms(day), by_day[day]))
            chart.addSeries(dots)
            dots.attachAxis(x_axis)
            dots.attachAxis(y_axis)
            x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end)))
            x_axis.setTickCount(7)
        self.setChart(chart)
        self._bounds = bounds
