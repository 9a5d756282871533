"""Bar charts of one pupil's absence: per week over the school year, by weekday, by subject."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from nurse_desk.domain.absence_patterns import AbsenceProfile
from nurse_desk.ui.absence.wording import weekday_short

BAR_COLOUR = QColor("#3b6ea8")
MAX_SUBJECTS = 7


def _chart_view(object_name: str) -> QChartView:
    chart = QChart()
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    view = QChartView(chart)
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(170)
    return view


def _fill(
    view: QChartView,
    title: str,
    categories: list[str],
    values: list[float],
    *,
    horizontal: bool = False,
    value_title: str = "",
) -> None:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    bars = QBarSet("")
    bars.setColor(BAR_COLOUR)
    bars.append([float(v) for v in values])
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.setBarWidth(0.7)
    series.append(bars)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(categories or [""])
    small = names.labelsFont()
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    names.setLabelsFont(small)  # room for "Kunst og håndverk" beside its bar
    amounts = _value_axis(max(values, default=0.0))
    amounts.setTitleText(value_title)
    category_side, value_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(names, category_side)
    chart.addAxis(amounts, value_side)
    series.attachAxis(names)
    series.attachAxis(amounts)


def _value_axis(top: float) -> QValueAxis:
    """Ticks on whole numbers (or halves up to one day), so a bar reads off its axis truly."""
    axis = QValueAxis()
    if top <= 1.0:
        axis.setRange(0, 1)
        axis.setTickCount(3)
        axis.setLabelFormat("%.1f")
        return axis
    upper = math.ceil(top)
    axis.setRange(0, upper)
    axis.setLabelFormat("%d")
    if upper <= 10:
        axis.setTickCount(upper + 1)
    else:
        axis.applyNiceNumbers()
    return axis


class AbsenceCharts:
    """Three chart views, refilled for each pupil; titles come from the caller (translated)."""

    def __init__(self) -> None:
        self.weeks = _chart_view("absence_weeks_chart")
        self.weekdays = _chart_view("absence_weekday_chart")
        self.subjects = _chart_view("absence_subject_chart")

    def show(self, profile: AbsenceProfile, titles: dict[str, str]) -> None:
        week_labels = [str(monday.isocalendar()[1]) for monday, _ in profile.weeks]
        _fill(
            self.weeks,
            titles["weeks"],
            week_labels,
            [amount for _, amount in profile.weeks],
            value_title=titles["days"],
        )
        _fill(
            self.weekdays,
            titles["weekdays"],
            [weekday_short(day) for day in range(5)],
            list(profile.weekdays),
            value_title=titles["days"],
        )
        # Most missed on top: a horizontal bar chart draws its first category at the bottom.
        top = list(profile.subjects[:MAX_SUBJECTS])[::-1]
        _fill(
            self.subjects,
            titles["subjects"],
            [name for name, _ in top],
            [lessons for _, lessons in top],
            horizontal=True,
            value_title=titles["lessons"],
        )

    def clear(self) -> None:
        for view in (self.weeks, self.weekdays, self.subjects):
            view.chart().removeAllSeries()
            for axis in view.chart().axes():
                view.chart().removeAxis(axis)
            view.chart().setTitle("")
