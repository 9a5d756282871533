"""The fields of a home-visit plan on four tabs, and the plan they make. The dialog around it
chooses the pupil, shows readiness and saves."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.home_visits import (
    MAX_MINUTES,
    Notice,
    NoticeMethod,
    Safety,
    VisitInitiator,
    VisitPlan,
    VisitPurpose,
    VisitReason,
)
from nurse_desk.domain.households import HouseholdLink
from nurse_desk.domain.journal import MAX_SHORT
from nurse_desk.services.home_visits import Sibling
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.date_fields import DateField, OptionalTimeField, TimeField
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.visits.plan_parts import CompanionsTable, LinesEdit, ValueChecklist
from nurse_desk.ui.visits.read_only import clear_hints, show_read_only
from nurse_desk.ui.visits.wording import household_word, standard_observations, visit_word


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _combo(name: str, values) -> QComboBox:
    combo = QComboBox(objectName=name)
    for value in values:
        combo.addItem(visit_word(value), value.value)  # Qt hands StrEnum data back as str
    return combo


class VisitForm(LanguageAware, QTabWidget):
    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent, objectName="visit_tabs")
        self._labels: dict[str, QLabel] = {}
        self.read_only = False  # a visit that has taken place: see set_read_only
        self.day = DateField(qdate(today), objectName="visit_date", calendarPopup=True)
        self.start = OptionalTimeField(objectName="visit_time")  # no hour chosen for her
        self.minutes = QSpinBox(objectName="visit_minutes", minimum=5, maximum=MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.initiator = _combo("visit_initiator", VisitInitiator)
        self.initiator.setCurrentIndex(self.initiator.findData(VisitInitiator.NURSE.value))
        self.initiator_text = QLineEdit(objectName="visit_initiator_text")
        self.reasons = ValueChecklist(VisitReason, objectName="visit_reasons")
        self.reason_text = QLineEdit(objectName="visit_reason_text")
        self.purposes = ValueChecklist(VisitPurpose, objectName="visit_purposes")
        self.purpose_text = QLineEdit(objectName="visit_purpose_text")
        self.siblings = QListWidget(objectName="visit_siblings")
        self.siblings.setMaximumHeight(90)
        self.no_siblings = QLabel(objectName="no_siblings", wordWrap=True)
        self.no_siblings.hide()
        self.home_of = QComboBox(objectName="visit_home_of", editable=True)
        self.address = QLineEdit(objectName="visit_address")
        self.directions = LinesEdit(objectName="visit_directions")
        self.notice_given = QCheckBox(objectName="notice_given")
        self.notice_day = DateField(qdate(today), objectName="notice_date", calendarPopup=True)
        self.notice_method = _combo("notice_method", NoticeMethod)
        self.notice_to = QComboBox(objectName="notice_to", editable=True)
        self.notice_told = LinesEdit(objectName="notice_told")
        self.consent_status = QLabel(objectName="consent_status", wordWrap=True)
        self.consent_status.setTextFormat(Qt.TextFormat.PlainText)  # it names a guardian
        self.consent_button = QPushButton(objectName="record_consent_button")
        self.companions = CompanionsTable(self)
        self.pairs = QCheckBox(objectName="safety_pairs")
        self.call_whom = QLineEdit(objectName="safety_call")
        self.back_known = QCheckBox(objectName="safety_back_known")
        self.back_by = TimeField(QTime(16, 0), objectName="safety_back", enabled=False)
        self.topics = LinesEdit(objectName="visit_topics")
        self.questions = LinesEdit(objectName="visit_questions")
        self.observations = LinesEdit(objectName="visit_observations")
        self.standard_button = QPushButton(objectName="add_standard_points_button")
        # The plan's short texts are refused past MAX_SHORT only at Save: the fields stop her
        # there as she types, so she never loses the end of an address to a refusal.
        for field in (
            self.initiator_text,
            self.reason_text,
            self.purpose_text,
            self.address,
            self.call_whom,
            self.home_of.lineEdit(),
            self.notice_to.lineEdit(),
        ):
            cap(field, MAX_SHORT)
        self.plan_form = QFormLayout()  # the dialog puts the pupil and the template on top
        for page in (self._plan_tab(), self._home_tab(), self._people_tab(), self._talk_tab()):
            self.addTab(page, "")
        self.standard_button.clicked.connect(
            lambda: self.observations.add_items(standard_observations())
        )
        self.back_known.toggled.connect(self.back_by.setEnabled)
        self.notice_given.toggled.connect(self._on_notice_toggled)
        self._on_notice_toggled(False)
        self.retranslate_ui()

    # -- layout ------------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, field, buddy: QWidget | None = None) -> None:
        self._labels[key] = QLabel(buddy=buddy or field)
        form.addRow(self._labels[key], field)

    def _plan_tab(self) -> QWidget:
        when = QHBoxLayout()
        for widget in (self.day, self.start, self.minutes):
            when.addWidget(widget)
        when.addStretch(1)
        initiator = QHBoxLayout()
        initiator.addWidget(self.initiator)
        initiator.addWidget(self.initiator_text, 1)
        form = self.plan_form
        siblings = QVBoxLayout()
        siblings.addWidget(self.siblings)
        siblings.addWidget(self.no_siblings)
        self._row(form, "siblings", siblings, self.siblings)
        self._row(form, "when", when, self.day)
        self._row(form, "initiator", initiator, self.initiator)
        for key in ("reasons", "reason_text", "purposes", "purpose_text"):
            self._row(form, key, getattr(self, key))
        page = QWidget()
        page.setLayout(form)
        return page

    def _home_tab(self) -> QWidget:
        home = QFormLayout()
        for key in ("home_of", "address", "directions"):
            self._row(home, key, getattr(self, key))
        self.notice_box = QGroupBox(objectName="notice_box")
        notice = QFormLayout(self.notice_box)
        given = QHBoxLayout()
        for widget in (self.notice_given, self.notice_day, self.notice_method):
            given.addWidget(widget)
        given.addStretch(1)
        notice.addRow(given)
        self._row(notice, "notice_to", self.notice_to)
        self._row(notice, "notice_told", self.notice_told)
        self.consent_box = QGroupBox(objectName="consent_box")
        consent = QHBoxLayout(self.consent_box)
        consent.addWidget(self.consent_status, 1)
        consent.addWidget(self.consent_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(home)
        layout.addWidget(self.notice_box)
        layout.addWidget(self.consent_box)
        return page

    def _people_tab(self) -> QWidget:
        self.safety_box = QGroupBox(objectName="safety_box")
        safety = QFormLayout(self.safety_box)
        safety.addRow(self.pairs)
        self._row(safety, "call_whom", self.call_whom)
        back = QHBoxLayout()
        back.addWidget(self.back_known)
        back.addWidget(self.back_by)
        back.addStretch(1)
        safety.addRow(back)
        page = QWidget()
        layout = QVBoxLayout(page)
        self._labels["companions"] = QLabel(buddy=self.companions.table)
        layout.addWidget(self._labels["companions"])
        layout.addWidget(self.companions, 1)
        layout.addWidget(self.safety_box)
        return page

    def _talk_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for key in ("topics", "questions", "observations"):
            field = getattr(self, key)
            self._labels[key] = QLabel(buddy=field)
            layout.addWidget(self._labels[key])
            layout.addWidget(field, 1)
        layout.addWidget(self.standard_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def retranslate_ui(self) -> None:
        tabs = (
            self.tr("&Plan"),
            self.tr("&Home and notice"),
            self.tr("Pe&ople and safety"),
            self.tr("&Conversation and observation"),
        )
        for index, text in enumerate(tabs):
            self.setTabText(index, text)
        labels = {
            "siblings": self.tr("Siblings seen too (tick):"),
            "when": self.tr("&Date, time, minutes:"),
            "initiator": self.tr("&Initiated by:"),
            "reasons": self.tr("&Reasons:"),
            "reason_text": self.tr("Other reason:"),
            "purposes": self.tr("Purpo&ses:"),
            "purpose_text": self.tr("Other purpose:"),
            "home_of": self.tr("Home of (&guardian):"),
            "address": self.tr("&Address:"),
            "directions": self.tr("How to get &there:"),
            "notice_to": self.tr("Notice gi&ven to:"),
            "notice_told": self.tr("&What they were told:"),
            "call_whom": self.tr("Who &to call:"),
            "companions": self.tr("Who comes along (professionals, interpreter):"),
            "topics": self.tr("Conversation &topics (one a line):"),
            "questions": self.tr("&Questions to ask (one a line):"),
            "observations": self.tr("O&bservation points (one a line):"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.siblings.setToolTip(
            self.tr(
                "Children in the same home: a guardian with the same phone number, or a home "
                "visit at the same address. Tick those who belong to this visit."
            )
        )
        self.no_siblings.setText(
            self.tr("No brother or sister found with the same guardian phone or address.")
        )
        self.initiator_text.setPlaceholderText(self.tr("Who, e.g. the class teacher"))
        self.minutes.setSuffix(self.tr(" min"))
        self.notice_box.setTitle(self.tr("Notice to the family"))
        self.notice_given.setText(self.tr("&Notice given on"))
        self.notice_told.setPlaceholderText(
            self.tr("The conversation, the questions, what you will look at")
        )
        self.consent_box.setTitle(self.tr("Consent to the visit"))
        self.consent_button.setText(self.tr("&Record consent…"))
        self.safety_box.setTitle(self.tr("Safety"))
        self.pairs.setText(self.tr("T&wo of us go together"))
        self.call_whom.setPlaceholderText(self.tr("Who knows where you are, and their phone"))
        self.back_known.setText(self.tr("E&xpected back by"))
        self.standard_button.setText(self.tr("Add the &standard observation points"))
        for combo, values in ((self.initiator, VisitInitiator), (self.notice_method, NoticeMethod)):
            for index, value in enumerate(values):
                combo.setItemText(index, visit_word(value))
        self.reasons.retranslate_ui()
        self.purposes.retranslate_ui()
        self.companions.retranslate_ui()
        if self.read_only:
            clear_hints(self)

    # -- the family's people -------------------------------------------------------------
    def set_family(
        self, guardians: list[str], siblings: list[Sibling], *, keep_ticked: bool = False
    ) -> None:
        """The guardians for the home and the notice; the children offered as siblings, each
        with why, none ticked (but those already ticked, when the same pupil's family is read
        again)."""
        for combo in (self.home_of, self.notice_to):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(guardians)
            combo.blockSignals(False)
        ticked = set(self.sibling_ids()) if keep_ticked else set()
        self.siblings.clear()
        for sibling in siblings:
            pupil = sibling.pupil
            why = "; ".join(household_word(link) for link in HouseholdLink if link in sibling.links)
            item = QListWidgetItem(
                f"{pupil.full_name} ({pupil.class_name}, {pupil.school_name}) – {why}"
            )
            item.setData(Qt.ItemDataRole.UserRole, pupil.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = pupil.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.siblings.addItem(item)
        self.siblings.setVisible(bool(siblings))  # an empty box says less than the words
        self.no_siblings.setVisible(not siblings)

    def sibling_ids(self) -> tuple[int, ...]:
        return tuple(
            self.siblings.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.siblings.count())
            if self.siblings.item(row).checkState() == Qt.CheckState.Checked
        )

    def _on_notice_toggled(self, given: bool) -> None:
        self.notice_day.setEnabled(given)
        self.notice_method.setEnabled(given)
        if given and not self.notice_to.currentText().strip() and self.notice_to.count():
            self.notice_to.setCurrentIndex(0)  # usually the guardian whose home it is

    def set_read_only(self) -> None:
        """A visit that has taken place: see read_only.py."""
        self.read_only = True
        show_read_only(self)

    # -- the plan in and out -------------------------------------------------------------
    def load(self, plan: VisitPlan) -> None:
        for row in range(self.siblings.count()):
            item = self.siblings.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in plan.sibling_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.day.setDate(qdate(plan.planned_on))
        self.start.setTime(QTime(plan.starts_at.hour, plan.starts_at.minute))
        self.minutes.setValue(plan.minutes)
        self.initiator.setCurrentIndex(self.initiator.findData(plan.initiator.value))
        self.initiator_text.setText(plan.initiator_text)
        self.reasons.set_checked(plan.reasons)
        self.reason_text.setText(plan.reason_text)
        self.purposes.set_checked(plan.purposes)
        self.purpose_text.setText(plan.purpose_text)
        self.home_of.setCurrentText(plan.home_of)
        self.address.setText(plan.address)
        self.directions.setPlainText(plan.directions)
        notice = plan.notice
        self.notice_given.setChecked(notice.given_on is not None)
        if notice.given_on is not None:
            self.notice_day.setDate(qdate(notice.given_on))
        if notice.method is not None:
            self.notice_method.setCurrentIndex(self.notice_method.findData(notice.method.value))
        self.notice_to.setCurrentText(notice.to_whom)
        self.notice_told.setPlainText(notice.told)
        self.companions.set_companions(plan.companions)
        safety = plan.safety
        self.pairs.setChecked(safety.go_in_pairs)
        self.call_whom.setText(safety.call_whom)
        self.back_known.setChecked(safety.expected_back is not None)
        if safety.expected_back is not None:
            self.back_by.setTime(QTime(safety.expected_back.hour, safety.expected_back.minute))
        self.set_lists(plan)

    def set_lists(self, plan: VisitPlan) -> None:
        """Reasons, purposes and the three lists: what a template fills."""
        self.reasons.set_checked(plan.reasons)
        self.purposes.set_checked(plan.purposes)
        self.topics.set_items(plan.topics)
        self.questions.set_items(plan.questions)
        self.observations.set_items(plan.observation_points)

    def plan(self, pupil_id: int) -> VisitPlan:
        start, back = self.start.time(), self.back_by.time()
        given = self.notice_given.isChecked()
        return VisitPlan(
            pupil_id=pupil_id,
            planned_on=self.day.date().toPython(),
            starts_at=time(start.hour(), start.minute()),
            minutes=self.minutes.value(),
            sibling_ids=self.sibling_ids(),
            reasons=self.reasons.checked(),
            reason_text=self.reason_text.text().strip(),
            initiator=VisitInitiator(self.initiator.currentData()),
            initiator_text=self.initiator_text.text().strip(),
            purposes=self.purposes.checked(),
            purpose_text=self.purpose_text.text().strip(),
            home_of=self.home_of.currentText().strip(),
            address=self.address.text().strip(),
            directions=self.directions.toPlainText().strip(),
            notice=Notice(
                self.notice_day.date().toPython() if given else None,
                NoticeMethod(self.notice_method.currentData()) if given else None,
                self.notice_to.currentText().strip(),
                self.notice_told.toPlainText().strip(),
            ),
            companions=self.companions.companions(),
            topics=self.topics.items(),
            questions=self.questions.items(),
            observation_points=self.observations.items(),
            safety=Safety(
                self.pairs.isChecked(),
                self.call_whom.text().strip(),
                time(back.hour(), back.minute()) if self.back_known.isChecked() else None,
            ),
        )
