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
from PySide6.QtGui import QColor

from nurse_desk.domain.absence_patterns import AbsenceProfile
from nurse_desk.ui.absence.wording import weekday_short

BAR_COLOUR = QColor("#3b6ea8")
MAX_SUBJECTS = 7
MAX_STEPS = 6  # value-axis steps: more would crowd a chart 170 px high


class BarChart:
    """One chart view whose series and axes are made once and refilled for each pupil:
    rebuilding them re-laid out the whole chart on every click."""

    def __init__(self, object_name: str, *, horizontal: bool = False) -> None:
        chart = QChart()
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.view = QChartView(chart)
        self.view.setObjectName(object_name)
        # No antialiasing: the bars are upright rectangles (text is smoothed on its own).
        self.view.setMinimumHeight(170)
        self.bars = QBarSet("")
        self.bars.setColor(BAR_COLOUR)
        self.series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.setBarWidth(0.7)
        self.series.append(self.bars)
        chart.addSeries(self.series)
        self.names = QBarCategoryAxis()
        small = self.names.labelsFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        self.names.setLabelsFont(small)  # room for "Kunst og håndverk" beside its bar
        # Qt Charts cut a category it finds too long down to "…", every subject name included;
        # the chart makes room for the whole name instead.
        self.names.setTruncateLabels(False)
        self.amounts = QValueAxis()
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(self.names, category_side)
        chart.addAxis(self.amounts, value_side)
        self.series.attachAxis(self.names)
        self.series.attachAxis(self.amounts)

    def fill(
        self, title: str, categories: list[str], values: list[float], *, value_title: str = ""
    ) -> None:
        chart = self.view.chart()
        if chart.title() != title:
            chart.setTitle(title)
        amounts = [float(v) for v in values]
        if self.bars.count() == len(amounts):
            # the same number of bars (the weekdays, this school year's weeks): new heights
            # for the bars there are, rather than new bars laid out again
            for at, amount in enumerate(amounts):
                if self.bars.at(at) != amount:
                    self.bars.replace(at, amount)
        else:
            if self.bars.count():
                self.bars.remove(0, self.bars.count())
            self.bars.append(amounts)
        categories = categories or [""]
        if self.names.categories() != categories:
            self.names.setCategories(categories)
        _scale(self.amounts, max(values, default=0.0))
        if self.amounts.titleText() != value_title:
            self.amounts.setTitleText(value_title)

    def clear(self) -> None:
        self.fill("", [], [])


def _scale(axis: QValueAxis, top: float) -> None:
    """Ticks on whole numbers (or halves up to one day), so a bar reads off its axis truly."""
    if top <= 1.0:
        axis.setRange(0, 1)
        axis.setTickCount(3)
        axis.setLabelFormat("%.1f")
        return
    # A whole-number step of 1, 2, 5, 10, … with at most MAX_STEPS steps: Qt's own "nice
    # numbers" could put ticks on 2.5 and 7.5, which "%d" shows as a number twice over.
    step = 1
    while math.ceil(top / step) > MAX_STEPS:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    steps = math.ceil(top / step)
    axis.setRange(0, steps * step)
    axis.setLabelFormat("%d")
    axis.setTickCount(steps + 1)


class AbsenceCharts:
    """Three chart views, refilled for each pupil; titles come from the caller (translated)."""

    def __init__(self) -> None:
        self._weeks = BarChart("absence_weeks_chart")
        self._weekdays = BarChart("absence_weekday_chart")
        self._subjects = BarChart("absence_subject_chart", horizontal=True)
        self.weeks, self.weekdays, self.subjects = (
            chart.view for chart in (self._weeks, self._weekdays, self._subjects)
        )
        # A line of height per subject: Qt Charts leave out a name that would touch the next.
        line = self._subjects.names.labelsFont().pointSizeF() * 2.2
        self.subjects.setMinimumHeight(int(MAX_SUBJECTS * line + 90))

    def show(self, profile: AbsenceProfile, titles: dict[str, str]) -> None:
        week_labels = [str(monday.isocalendar()[1]) for monday, _ in profile.weeks]
        self._weeks.fill(
            titles["weeks"],
            week_labels,
            [amount for _, amount in profile.weeks],
            value_title=titles["days"],
        )
        self._weekdays.fill(
            titles["weekdays"],
            [weekday_short(day) for day in range(5)],
            list(profile.weekdays),
            value_title=titles["days"],
        )
        # Most missed on top: a horizontal bar chart draws its first category at the bottom.
        top = list(profile.subjects[:MAX_SUBJECTS])[::-1]
        self._subjects.fill(
            titles["subjects"],
            [name for name, _ in top],
            [lessons for _, lessons in top],
            value_title=titles["lessons"],
        )

    def clear(self) -> None:
        for chart in (self._weeks, self._weekdays, self._subjects):
            chart.clear()
