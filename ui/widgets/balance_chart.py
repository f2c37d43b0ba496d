"""The balance over the period as a line (Qt Charts), with the same facts in words beside it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QMargins,
    QPointF,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.i18n import current_language
from desktop.money import format_date, format_money
from desktop.services.transactions import BalanceHistory

translate = QCoreApplication.translate


def history_summary(history: BalanceHistory | None, language: str) -> str:
    """The chart in one sentence, for everyone and for screen readers."""
    if history is None or not history.points:
        return translate("BalanceChart", "No balance to show for this period.")
    first, last = history.points[0], history.points[-1]
    lowest, highest = history.lowest(), history.highest()
    assert lowest is not None
    assert highest is not None

    def money(amount: Decimal) -> str:
        return format_money(amount, history.currency, language)

    return translate(
        "BalanceChart",
        "Balance from {start} to {end}: {first} at the start, {last} at the end; lowest "
        "{lowest} on {lowest_day}, highest {highest} on {highest_day}.",
    ).format(
        start=format_date(first.day, language),
        end=format_date(last.day, language),
        first=money(first.balance),
        last=money(last.balance),
        lowest=money(lowest.balance),
        lowest_day=format_date(lowest.day, language),
        highest=money(highest.balance),
        highest_day=format_date(highest.day, language),
    )


def nice_scale(low: Decimal, high: Decimal, intervals: int = 4) -> tuple[float, float, int]:
    """Round axis ends and at most `intervals` + 1 ticks, 1, 2, 2.5 or 5 times a power of ten apart.

    Few ticks on purpose: Qt Charts shortens labels to "…" when they stand too close.
    """
    span = max(high - low, Decimal(1))
    power = Decimal(10) ** (len(str(int(span / intervals))) - 1)
    for step in (
        m * power for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
    ):
        start = (low / step).to_integral_value(rounding=ROUND_FLOOR) * step
        end = (high / step).to_integral_value(rounding=ROUND_CEILING) * step
        if end == start:
            end = start + step
        if (end - start) / step <= intervals:
            break
    return float(start), float(end), int((end - start) / step) + 1


def theme_for(palette: QPalette) -> QChart.ChartTheme:
    """A chart theme that matches the window: dark on dark palettes, light otherwise."""
    if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5:
        return QChart.ChartTheme.ChartThemeDark
    return QChart.ChartTheme.ChartThemeLight


class BalanceChart(QWidget):
    """`set_history()` draws a period's end-of-day balances; `clear()` empties the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChartBox")
        self._history: BalanceHistory | None = None
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.series = QLineSeries()
        self.chart.addSeries(self.series)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setTickCount(6)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)

        self.view = QChartView(self.chart, self)
        self.view.setObjectName("balanceChart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The chart is a picture: the sentence below says the same to the keyboard and readers.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # 13 lines high when there is room, down to 8 (large text, small screen) before the
        # sentence below would have to give way.
        self.view.setMinimumHeight(self.fontMetrics().height() * 8)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("balanceSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)
        self._apply_theme()
        self.retranslate()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.fontMetrics().height()
        return QSize(hint.width(), hint.height() + lines * 5)  # the view at 13 lines

    def set_history(self, history: BalanceHistory | None) -> None:
        self._history = history
        points = history.points if history else []
        # Plot coordinates are floats by nature; the money shown in words stays Decimal.
        self.series.replace(_points(points))
        if points:
            start = _moment(points[0].day, 0, 0)
            end = _moment(points[-1].day, 23, 59)
            self.x_axis.setRange(start, end)
            low, high, ticks = nice_scale(
                min(p.balance for p in points), max(p.balance for p in points)
            )
            self.y_axis.setRange(low, high)
            self.y_axis.setTickCount(ticks)
        self._describe()

    def clear(self) -> None:
        self.set_history(None)

    def point_count(self) -> int:
        return int(self.series.count())

    def summary(self) -> str:
        return self.summary_label.text()

    def _describe(self) -> None:
        language = current_language()
        text = history_summary(self._history, language)
        self.summary_label.setText(text)
        self.view.setAccessibleDescription(text)
        currency = self._history.currency if self._history else ""
        self.y_axis.setTitleText(currency)
        self.x_axis.setFormat("dd.MM.yyyy" if language == "sq" else "yyyy-MM-dd")

    def _apply_theme(self) -> None:
        palette = QApplication.palette(self)
        self.chart.setTheme(theme_for(palette))
        # Themes reset fonts: keep the customer's font size for labels.
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(self.font())
            axis.setTitleFont(self.font())
        # The window shows through: the chart sits on the page like any other widget.
        self.chart.setBackgroundVisible(False)

    def retranslate(self) -> None:
        self.view.setAccessibleName(translate("BalanceChart", "Balance over the period"))
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._apply_theme()
        super().changeEvent(event)


DAY_MS = 86_400_000


def _points(points: Sequence[Any]) -> list[QPointF]:
    """Noon of each day, so a point sits in the middle of its date on the axis.

    One local-time conversion for the first day, then whole days added: converting each of a
    year's 366 days through QDateTime took a visible ~15 ms on the GUI thread.
    """
    if not points:
        return []
    first: date = points[0].day
    origin = _moment(first, 12, 0).toMSecsSinceEpoch()
    return [
        QPointF(float(origin + (p.day - first).days * DAY_MS), float(p.balance)) for p in points
    ]


def _moment(day: date, hour: int, minute: int) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute))
