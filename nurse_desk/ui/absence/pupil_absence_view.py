"""One pupil's absence: the charts, the flags explained, and acting on a flag in one click."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.absence_patterns import AbsenceFlag
from nurse_desk.services import absence
from nurse_desk.services.absence import PupilAbsenceView
from nurse_desk.ui.absence.absence_charts import AbsenceCharts
from nurse_desk.ui.absence.acknowledge_dialog import AcknowledgeDialog
from nurse_desk.ui.absence.wording import (
    flag_sentence,
    number,
    pattern_name,
    short_date,
)
from nurse_desk.ui.common.attempt import attempt
from nurse_desk.ui.common.kept_over_lock import PendingPlace
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.vault_session import VaultSession

FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
FOLLOW_UP_AFTER_DAYS = 7


class PupilAbsenceWidget(WidthFreePage, LanguageAware, QWidget):
    back_requested = Signal()
    pupil_page_requested = Signal(int)  # pupil id: open the pupil's page (journal)
    flags_changed = Signal()  # an acknowledgement: the list may need refreshing

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self.view: PupilAbsenceView | None = None
        self.today = date.today
        self.include_excused = True
        self.subject_shares: Mapping[str, Mapping[str, float]] = {}  # by school, from the list
        self.back_button = QPushButton(objectName="absence_back_button")
        self.header = QLabel(objectName="absence_pupil_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.open_pupil_button = QPushButton(objectName="absence_open_pupil_button")
        self.charts = AbsenceCharts()
        self.flags = QListWidget(objectName="absence_flag_list")
        self.flags.setWordWrap(True)
        self.flags.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        self.acknowledge_button = QPushButton(objectName="acknowledge_flag_button")
        self.follow_up_button = QPushButton(objectName="flag_follow_up_button")
        self.note_button = QPushButton(objectName="flag_note_button")
        self._flags_label = QLabel(objectName="absence_flags_label")
        self._build_layout()
        self._connect_signals()
        self.retranslate_ui()
        self._update_buttons()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.header, 1)
        top.addWidget(self.open_pupil_button, 0, Qt.AlignmentFlag.AlignTop)
        # The charts scroll in a small window rather than forcing the whole window to grow.
        chart_area = QWidget(objectName="absence_charts")
        chart_area.setMinimumHeight(380)
        charts = QGridLayout(chart_area)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.charts.weeks, 0, 0, 1, 2)
        charts.addWidget(self.charts.weekdays, 1, 0)
        charts.addWidget(self.charts.subjects, 1, 1)
        charts.setRowStretch(0, 1)
        charts.setRowStretch(1, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.acknowledge_button, self.follow_up_button, self.note_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self._flags_label)
        layout.addWidget(self.flags)
        layout.addLayout(actions)
        scroller = QScrollArea(objectName="absence_charts_scroller")
        scroller.setWidget(chart_area)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setMinimumHeight(80)
        layout.addWidget(scroller, 1)
        self.setFocusProxy(self.flags)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit)
        self.open_pupil_button.clicked.connect(self._on_open_pupil_clicked)
        self.flags.currentRowChanged.connect(self._update_buttons)
        self.acknowledge_button.clicked.connect(self._on_acknowledge_clicked)
        self.follow_up_button.clicked.connect(self._on_follow_up_clicked)
        self.note_button.clicked.connect(self._on_note_clicked)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← &Absence"))
        self.back_button.setToolTip(self.tr("Back to the flagged pupils (Alt+Left)"))
        self.open_pupil_button.setText(self.tr("Open pupil's &page"))
        self._flags_label.setText(self.tr("Patterns found (reported and excused absence counts)"))
        self.acknowledge_button.setText(self.tr("Ac&knowledge…"))
        self.acknowledge_button.setToolTip(
            self.tr("Hide this flag until the pattern changes; you give a short reason")
        )
        self.follow_up_button.setText(self.tr("Create &follow-up"))
        self.follow_up_button.setToolTip(
            self.tr("A follow-up to check the absence in a week, then the pupil's page")
        )
        self.note_button.setText(self.tr("Write conversation &note"))
        self.note_button.setToolTip(
            self.tr("A draft note about absence with this pattern, then the pupil's page")
        )
        if self.view is not None:
            self._show()

    # -- showing ---------------------------------------------------------------------------
    def show_pupil(self, pupil_id: int, school_name: str = "", *, log_access: bool = True) -> None:
        """`school_name` picks the subject shares the list's analysis used (else summed anew).
        Opening is logged in the access log; a reload after acting on the open view is not."""
        vault = self._session.vault
        if vault is None:
            return
        self.view = absence.pupil_absence(
            vault,
            pupil_id,
            today=self.today(),
            include_excused=self.include_excused,
            shares=self.subject_shares.get(school_name),
            log_access=log_access,
        )
        if school_name and school_name not in self.subject_shares:
            # summed for this school just now: the next pupil of the school uses them
            self.subject_shares = {**self.subject_shares, school_name: self.view.subject_shares}
        self._show()

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        pupil, summary = view.pupil, view.absence
        facts = placed(  # %n: "in 1 episode", "in 3 episodes"
            self.tr(
                "Absent %1 of %2 school days (%3 %) since %4, in %n episodes.",
                "",
                summary.episodes,
            ),
            number(summary.absent_days),
            str(summary.school_days),
            number(summary.percent),
            short_date(view.school_year_start),
        )
        self.header.setText(
            f"<span style='font-size:16pt; font-weight:600'>{escape(pupil.full_name)}</span>"
            f"<br>{escape(pupil.school_name)}, {escape(pupil.class_name)} · {escape(facts)}"
        )
        self._show_flags()
        self.charts.show(
            view.profile,
            {
                "weeks": self.tr("Absent days per week"),
                "weekdays": self.tr("By weekday"),
                "subjects": self.tr("Missed lessons by subject"),
                "days": self.tr("days"),
                "lessons": self.tr("lessons"),
            },
        )

    def _show_flags(self) -> None:
        self.flags.clear()
        view = self.view
        if view is None:
            return
        for flag in view.absence.flags:
            text = f"{pattern_name(flag.kind)}: {flag_sentence(flag)}"
            item = QListWidgetItem()
            if flag.kind.value in view.acknowledged:
                text += " " + self.tr("(acknowledged)")
                item.setForeground(QBrush(QColor("#777777")))
            item.setText(text)
            item.setData(FLAG_ROLE, flag)
            self.flags.addItem(item)
        if not view.absence.flags:
            self.flags.addItem(self.tr("No worrying pattern with the current thresholds."))
        self.flags.setCurrentRow(0)
        self._update_buttons()

    def current_flag(self) -> AbsenceFlag | None:
        item = self.flags.currentItem()
        return item.data(FLAG_ROLE) if item is not None else None

    def _update_buttons(self, *_args) -> None:
        has_flag = self.current_flag() is not None
        for button in (self.acknowledge_button, self.follow_up_button, self.note_button):
            button.setEnabled(has_flag)
        self.open_pupil_button.setEnabled(self.view is not None)

    def clear_pupil_data(self) -> None:
        self.view = None
        self.flags.clear()
        self.header.clear()
        self.charts.clear()
        self._update_buttons()

    # -- acting ----------------------------------------------------------------------------
    def _on_open_pupil_clicked(self) -> None:
        if self.view is not None:
            self.pupil_page_requested.emit(self.view.pupil.id)

    def _on_acknowledge_clicked(self) -> None:
        vault, flag = self._session.vault, self.current_flag()
        if vault is None or flag is None:
            return
        # One kept reason per kind of flag: a changed pattern is still the same flag to her.
        pupil, form = flag.pupil_id, f"acknowledgement_{flag.kind.value}"
        place = PendingPlace(vault, pupil, form, pupil)
        reason = AcknowledgeDialog.ask(self, sentence=flag_sentence(flag), place=place)
        if reason is None:
            return
        if self._act(lambda: absence.acknowledge_flag(vault, flag, reason)):
            school = self.view.pupil.school_name if self.view else ""
            self.show_pupil(flag.pupil_id, school, log_access=False)
            self.flags_changed.emit()

    def _on_follow_up_clicked(self) -> None:
        vault, flag = self._session.vault, self.current_flag()
        if vault is None or flag is None:
            return
        existing = absence.open_follow_up_for_flag(vault, flag)
        if existing is not None:  # pressed again: point to the follow-up made before
            QMessageBox.information(
                self,
                self.tr("Absence"),
                placed(
                    self.tr("This pattern already has an open follow-up, due %1:\n%2"),
                    short_date(existing.due_on),
                    existing.description,
                ),
            )
            self.pupil_page_requested.emit(flag.pupil_id)
            return
        due = self.today() + timedelta(days=FOLLOW_UP_AFTER_DAYS)
        description = f"{pattern_name(flag.kind)}: {flag_sentence(flag)}"
        if self._act(
            lambda: absence.follow_up_from_flag(vault, flag, description=description, due_on=due)
        ):
            self.pupil_page_requested.emit(flag.pupil_id)

    def _on_note_clicked(self) -> None:
        vault, flag = self._session.vault, self.current_flag()
        if vault is None or flag is None:
            return
        text = placed(self.tr("Absence pattern: %1"), flag_sentence(flag))
        if self._act(lambda: absence.note_draft_from_flag(vault, flag, text=text)):
            self.pupil_page_requested.emit(flag.pupil_id)

    def _act(self, action) -> bool:
        return attempt(self, self.tr("Absence"), action)
