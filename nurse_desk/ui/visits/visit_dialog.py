"""Planning a home visit: why, when, where, notice, consent, who comes along, what to talk
about and what to look for. The foot of the dialog always says what still keeps the plan from
being ready (DOMAIN.md, "Home visits")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.home_visits import (
    MAX_MINUTES,
    Notice,
    NoticeMethod,
    Safety,
    VisitInitiator,
    VisitPlan,
    VisitPurpose,
    VisitReason,
    VisitRecord,
    consent_for_visit,
    fill_from_template,
    missing_for_ready,
)
from nurse_desk.domain.records import PupilRecord
from nurse_desk.services import consents, home_visits, visit_templates
from nurse_desk.services.home_visits import VisitContext
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.journal.wording import day_text, word
from nurse_desk.ui.messages import describe
from nurse_desk.ui.visits.plan_parts import CompanionsTable, LinesEdit, ValueChecklist
from nurse_desk.ui.visits.wording import missing_text, standard_observations, visit_word


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class VisitDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        vault: Vault,
        today: date,
        pupils: list[PupilRecord] | None = None,
        pupil_id: int | None = None,
        visit: VisitRecord | None = None,
    ) -> None:
        super().__init__(parent, objectName="visit_dialog")
        self._vault, self._today, self._visit = vault, today, visit
        self._context: VisitContext | None = None
        self._auto_address = ""
        self.saved: VisitRecord | None = None
        self.missing: tuple = ()  # what the readiness line shows as missing
        self.resize(860, 680)
        self._build(pupils or [])
        self._connect_signals()
        self.retranslate_ui()
        if visit is not None:
            self._load(visit.plan)
        elif pupil_id is not None:
            self.pupil.setCurrentIndex(max(self.pupil.findData(pupil_id), 0))
            self._on_pupil_changed()
        self._update_readiness()

    # -- layout ------------------------------------------------------------------------
    def _build(self, pupils: list[PupilRecord]) -> None:
        self.pupil = QComboBox(objectName="visit_pupil", editable=True)
        self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pupil in pupils:
            self.pupil.addItem(
                f"{pupil.family_name}, {pupil.given_name} ({pupil.class_name}, "
                f"{pupil.school_name})",
                pupil.id,
            )
        self.pupil.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.pupil.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.pupil_label = QLabel(objectName="visit_pupil_name")
        self.template = QComboBox(objectName="visit_template")
        self.fill_button = QPushButton(objectName="fill_template_button")
        self.day = QDateEdit(_qdate(self._today), objectName="visit_date", calendarPopup=True)
        self.start = QTimeEdit(QTime(10, 0), objectName="visit_time")
        self.minutes = QSpinBox(objectName="visit_minutes", minimum=5, maximum=MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.initiator = QComboBox(objectName="visit_initiator")
        for value in VisitInitiator:
            self.initiator.addItem(visit_word(value), value.value)
        self.initiator.setCurrentIndex(self.initiator.findData(VisitInitiator.NURSE.value))
        self.initiator_text = QLineEdit(objectName="visit_initiator_text")
        self.reasons = ValueChecklist(VisitReason, objectName="visit_reasons")
        self.reason_text = QLineEdit(objectName="visit_reason_text")
        self.purposes = ValueChecklist(VisitPurpose, objectName="visit_purposes")
        self.purpose_text = QLineEdit(objectName="visit_purpose_text")
        self.siblings = QListWidget(objectName="visit_siblings")
        self.siblings.setMaximumHeight(70)
        self.home_of = QComboBox(objectName="visit_home_of", editable=True)
        self.address = QLineEdit(objectName="visit_address")
        self.directions = LinesEdit(objectName="visit_directions")
        self.notice_given = QCheckBox(objectName="notice_given")
        self.notice_day = QDateEdit(
            _qdate(self._today), objectName="notice_date", calendarPopup=True
        )
        self.notice_method = QComboBox(objectName="notice_method")
        for value in NoticeMethod:
            self.notice_method.addItem(visit_word(value), value.value)
        self.notice_to = QComboBox(objectName="notice_to", editable=True)
        self.notice_told = LinesEdit(objectName="notice_told")
        self.consent_status = QLabel(objectName="consent_status", wordWrap=True)
        self.consent_button = QPushButton(objectName="record_consent_button")
        self.companions = CompanionsTable(self)
        self.pairs = QCheckBox(objectName="safety_pairs")
        self.call_whom = QLineEdit(objectName="safety_call")
        self.back_known = QCheckBox(objectName="safety_back_known")
        self.back_by = QTimeEdit(QTime(16, 0), objectName="safety_back", enabled=False)
        self.topics = LinesEdit(objectName="visit_topics")
        self.questions = LinesEdit(objectName="visit_questions")
        self.observations = LinesEdit(objectName="visit_observations")
        self.standard_button = QPushButton(objectName="add_standard_points_button")
        self.readiness = QLabel(objectName="readiness_label", wordWrap=True)
        self.template_button = QPushButton(objectName="save_template_button")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.tabs = QTabWidget(objectName="visit_tabs")
        for page in (self._plan_tab(), self._home_tab(), self._people_tab(), self._talk_tab()):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.readiness)
        layout.addWidget(self.buttons)
        self._load_templates()

    def _plan_tab(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        self._labels: dict[str, QLabel] = {}
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.fill_button)
        when = QHBoxLayout()
        for widget in (self.day, self.start, self.minutes):
            when.addWidget(widget)
        when.addStretch(1)
        initiator = QHBoxLayout()
        initiator.addWidget(self.initiator)
        initiator.addWidget(self.initiator_text, 1)
        pupil_row = QHBoxLayout()
        pupil_row.addWidget(self.pupil, 1)
        pupil_row.addWidget(self.pupil_label, 1)
        self.pupil_label.setVisible(self._visit is not None)
        self.pupil.setVisible(self._visit is None)
        for key, field, buddy in (
            ("pupil", pupil_row, self.pupil),
            ("siblings", self.siblings, self.siblings),
            ("template", template_row, self.template),
            ("when", when, self.day),
            ("initiator", initiator, self.initiator),
            ("reasons", self.reasons, self.reasons),
            ("reason_text", self.reason_text, self.reason_text),
            ("purposes", self.purposes, self.purposes),
            ("purpose_text", self.purpose_text, self.purpose_text),
        ):
            self._labels[key] = QLabel(buddy=buddy)
            form.addRow(self._labels[key], field)
        page.setLayout(form)
        return page

    def _home_tab(self) -> QWidget:
        page = QWidget()
        home = QFormLayout()
        for key, field in (
            ("home_of", self.home_of),
            ("address", self.address),
            ("directions", self.directions),
        ):
            self._labels[key] = QLabel(buddy=field)
            home.addRow(self._labels[key], field)
        self.notice_box = QGroupBox(objectName="notice_box")
        notice = QFormLayout(self.notice_box)
        given = QHBoxLayout()
        for widget in (self.notice_given, self.notice_day, self.notice_method):
            given.addWidget(widget)
        given.addStretch(1)
        notice.addRow(given)
        for key, field in (("notice_to", self.notice_to), ("notice_told", self.notice_told)):
            self._labels[key] = QLabel(buddy=field)
            notice.addRow(self._labels[key], field)
        self.consent_box = QGroupBox(objectName="consent_box")
        consent = QHBoxLayout(self.consent_box)
        consent.addWidget(self.consent_status, 1)
        consent.addWidget(self.consent_button)
        layout = QVBoxLayout(page)
        layout.addLayout(home)
        layout.addWidget(self.notice_box)
        layout.addWidget(self.consent_box)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        self.safety_box = QGroupBox(objectName="safety_box")
        safety = QFormLayout(self.safety_box)
        safety.addRow(self.pairs)
        back = QHBoxLayout()
        back.addWidget(self.back_known)
        back.addWidget(self.back_by)
        back.addStretch(1)
        self._labels["call_whom"] = QLabel(buddy=self.call_whom)
        safety.addRow(self._labels["call_whom"], self.call_whom)
        safety.addRow(back)
        layout = QVBoxLayout(page)
        self._labels["companions"] = QLabel(buddy=self.companions.table)
        layout.addWidget(self._labels["companions"])
        layout.addWidget(self.companions, 1)
        layout.addWidget(self.safety_box)
        return page

    def _talk_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for key, field in (
            ("topics", self.topics),
            ("questions", self.questions),
            ("observations", self.observations),
        ):
            self._labels[key] = QLabel()
            self._labels[key].setBuddy(field)
            layout.addWidget(self._labels[key])
            layout.addWidget(field, 1)
        layout.addWidget(self.standard_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.pupil.currentIndexChanged.connect(self._on_pupil_changed)
        self.fill_button.clicked.connect(self._on_fill_clicked)
        self.template_button.clicked.connect(self._on_save_template_clicked)
        self.standard_button.clicked.connect(
            lambda: self.observations.add_items(standard_observations())
        )
        self.consent_button.clicked.connect(self._on_record_consent_clicked)
        self.home_of.currentTextChanged.connect(self._on_home_of_changed)
        self.back_known.toggled.connect(self.back_by.setEnabled)
        for signal in (
            self.purposes.changed,
            self.purpose_text.textChanged,
            self.notice_given.toggled,
            self.notice_to.currentTextChanged,
            self.day.dateChanged,
        ):
            signal.connect(self._update_readiness)
        self.notice_given.toggled.connect(self._on_notice_toggled)
        self._on_notice_toggled(False)

    def retranslate_ui(self) -> None:
        title = self.tr("Home visit: %1").replace(
            "%1", self._visit.pupil_name if self._visit else ""
        )
        self.setWindowTitle(title if self._visit else self.tr("New home visit"))
        for index, text in enumerate(
            (
                self.tr("&Plan"),
                self.tr("&Home and notice"),
                self.tr("Pe&ople and safety"),
                self.tr("&Conversation and observation"),
            )
        ):
            self.tabs.setTabText(index, text)
        labels = {
            "pupil": self.tr("P&upil:"),
            "siblings": self.tr("Siblings seen too:"),
            "template": self.tr("Start from &template:"),
            "when": self.tr("&Date, time, minutes:"),
            "initiator": self.tr("&Initiated by:"),
            "reasons": self.tr("&Reasons:"),
            "reason_text": self.tr("Other reason:"),
            "purposes": self.tr("Pu&rposes:"),
            "purpose_text": self.tr("Other purpose:"),
            "home_of": self.tr("Home of (&guardian):"),
            "address": self.tr("&Address:"),
            "directions": self.tr("How to get &there:"),
            "notice_to": self.tr("Notice given &to:"),
            "notice_told": self.tr("What they were &told:"),
            "call_whom": self.tr("Who to &call:"),
            "companions": self.tr("Who comes along (professionals, interpreter):"),
            "topics": self.tr("Conversation &topics (one a line):"),
            "questions": self.tr("&Questions to ask (one a line):"),
            "observations": self.tr("O&bservation points (one a line):"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.fill_button.setText(self.tr("&Fill in"))
        self.initiator_text.setPlaceholderText(self.tr("Who, e.g. the class teacher"))
        self.minutes.setSuffix(self.tr(" min"))
        self.notice_box.setTitle(self.tr("Notice to the family"))
        self.notice_given.setText(self.tr("&Notice given on"))
        self.notice_told.setPlaceholderText(
            self.tr("The conversation, the questions, what you will look at")
        )
        self.consent_box.setTitle(self.tr("Consent to the visit"))
        self.consent_button.setText(self.tr("Record &consent…"))
        self.safety_box.setTitle(self.tr("Safety"))
        self.pairs.setText(self.tr("T&wo of us go together"))
        self.call_whom.setPlaceholderText(self.tr("Who knows where you are, and their phone"))
        self.back_known.setText(self.tr("E&xpected back by"))
        self.standard_button.setText(self.tr("Add the &standard observation points"))
        self.template_button.setText(self.tr("Save as te&mplate…"))
        self.reasons.retranslate_ui()
        self.purposes.retranslate_ui()
        self.companions.retranslate_ui()
        self._update_readiness()

    # -- reading and writing the form ------------------------------------------------------
    def _load_templates(self) -> None:
        self._templates = visit_templates.visit_templates(self._vault)
        self.template.clear()
        for template in self._templates:
            self.template.addItem(template.name, template.id)
        self.fill_button.setEnabled(bool(self._templates))

    def _load(self, plan: VisitPlan) -> None:
        self.pupil.setCurrentIndex(self.pupil.findData(plan.pupil_id))
        self.pupil_label.setText(f"<b>{self._visit.pupil_name}</b>" if self._visit else "")
        self._use_context(home_visits.visit_context(self._vault, plan.pupil_id))
        for row in range(self.siblings.count()):
            item = self.siblings.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in plan.sibling_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.day.setDate(_qdate(plan.planned_on))
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
            self.notice_day.setDate(_qdate(notice.given_on))
        if notice.method is not None:
            self.notice_method.setCurrentIndex(self.notice_method.findData(notice.method.value))
        self.notice_to.setCurrentText(notice.to_whom)
        self.notice_told.setPlainText(notice.told)
        self.companions.set_companions(plan.companions)
        self.pairs.setChecked(plan.safety.go_in_pairs)
        self.call_whom.setText(plan.safety.call_whom)
        self.back_known.setChecked(plan.safety.expected_back is not None)
        if plan.safety.expected_back is not None:
            back = plan.safety.expected_back
            self.back_by.setTime(QTime(back.hour, back.minute))
        self._set_lists(plan)

    def _set_lists(self, plan: VisitPlan) -> None:
        self.topics.set_items(plan.topics)
        self.questions.set_items(plan.questions)
        self.observations.set_items(plan.observation_points)

    def current_pupil_id(self) -> int | None:
        if self._visit is not None:
            return self._visit.plan.pupil_id
        data = self.pupil.currentData()
        return int(data) if data is not None else None

    def plan(self) -> VisitPlan | None:
        pupil_id = self.current_pupil_id()
        if pupil_id is None:
            return None
        start, back = self.start.time(), self.back_by.time()
        given = self.notice_given.isChecked()
        return VisitPlan(
            pupil_id=pupil_id,
            planned_on=self.day.date().toPython(),
            starts_at=time(start.hour(), start.minute()),
            minutes=self.minutes.value(),
            sibling_ids=tuple(
                self.siblings.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.siblings.count())
                if self.siblings.item(row).checkState() == Qt.CheckState.Checked
            ),
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

    # -- reacting ----------------------------------------------------------------------
    def _on_pupil_changed(self, *_args) -> None:
        pupil_id = self.current_pupil_id()
        if pupil_id is None or self._visit is not None:
            return
        self._use_context(home_visits.visit_context(self._vault, pupil_id))

    def _use_context(self, context: VisitContext) -> None:
        self._context = context
        guardians = [g.name for g in context.pupil.guardians]
        for combo in (self.home_of, self.notice_to):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(guardians)
            combo.blockSignals(False)
        self.siblings.clear()
        for sibling in context.siblings:
            item = QListWidgetItem(f"{sibling.full_name} ({sibling.class_name})")
            item.setData(Qt.ItemDataRole.UserRole, sibling.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.siblings.addItem(item)
        self._on_home_of_changed(self.home_of.currentText())
        self._update_readiness()

    def _on_home_of_changed(self, home_of: str) -> None:
        """The address is remembered per guardian; a typed address is never overwritten."""
        if self._context is None or self.address.text() not in ("", self._auto_address):
            return
        ids = [self._context.pupil.id, *(s.id for s in self._context.siblings)]
        self._auto_address = home_visits.remembered_address(self._vault, ids, home_of.strip())
        self.address.setText(self._auto_address)

    def _on_notice_toggled(self, given: bool) -> None:
        self.notice_day.setEnabled(given)
        self.notice_method.setEnabled(given)
        if given and not self.notice_to.currentText().strip() and self.notice_to.count():
            self.notice_to.setCurrentIndex(0)  # usually the guardian whose home it is

    def _consent(self):
        if self._context is None:
            return None
        return consent_for_visit(
            list(self._context.consents),
            self._context.pupil.birth_date,
            self._today,
            self.day.date().toPython(),
        )

    def _update_readiness(self, *_args) -> None:
        if not hasattr(self, "readiness"):
            return
        consent = self._consent()
        if consent is None:
            self.consent_status.setText(
                self.tr(
                    "No valid consent to a home visit on the day. Below 16 a guardian consents; "
                    "from 16 the pupil."
                )
            )
        else:
            self.consent_status.setText(
                self.tr("Consent given %1 by %2 (%3).")
                .replace("%1", day_text(consent.given_on))
                .replace("%2", word(consent.given_by))
                .replace("%3", word(consent.method).lower())
            )
        plan = self.plan()
        if plan is None:
            self.readiness.setText(self.tr("Choose the pupil first."))
            return
        missing = self.missing = missing_for_ready(plan, consent)
        if missing:
            self.readiness.setStyleSheet("color: #b00020; font-weight: 600;")
            self.readiness.setText(
                self.tr("Not ready yet. Still missing: %1.").replace("%1", missing_text(missing))
            )
        else:
            self.readiness.setStyleSheet("color: #1b5e20; font-weight: 600;")
            self.readiness.setText(
                self.tr("Notice, consent and purpose are in place: the plan can be marked ready.")
            )

    def _on_fill_clicked(self) -> None:
        plan = self.plan()
        index = self.template.currentIndex()
        if plan is None or index < 0:
            return
        filled = fill_from_template(plan, self._templates[index])
        self.reasons.set_checked(filled.reasons)
        self.purposes.set_checked(filled.purposes)
        self._set_lists(filled)

    def _on_save_template_clicked(self) -> None:
        plan = self.plan() or VisitPlan(0, self._today, time(10, 0))
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the template:")
        )
        if not ok or not name.strip():
            return
        try:
            visit_templates.save_visit_template(self._vault, name, replace(plan))
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Save as template"), describe(error))
            return
        self._load_templates()
        self.template.setCurrentIndex(self.template.findText(name.strip()))

    def _on_record_consent_clicked(self) -> None:
        if self._context is None:
            return
        dialog = ConsentDialog(self, pupil=self._context.pupil, today=self._today)
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(ConsentPurpose.HOME_VISIT.value))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            consents.record_consent(self._vault, dialog.consent())
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Consent"), describe(error))
        self._use_context(home_visits.visit_context(self._vault, self._context.pupil.id))

    def _on_save_clicked(self) -> None:
        plan = self.plan()
        if plan is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the pupil first."))
            return
        try:
            if self._visit is None:
                self.saved = home_visits.plan_visit(self._vault, plan, today=self._today)
            else:
                self.saved = home_visits.update_visit(
                    self._vault, self._visit.id, plan, today=self._today
                )
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), describe(error))
            return
        self.accept()

    @classmethod
    def plan_visit(
        cls,
        parent: QWidget | None,
        *,
        vault: Vault,
        today: date,
        pupils: list[PupilRecord] | None = None,
        pupil_id: int | None = None,
        visit: VisitRecord | None = None,
    ) -> VisitRecord | None:
        """Shows the dialog; the saved visit, or None if the nurse cancelled."""
        dialog = cls(
            parent, vault=vault, today=today, pupils=pupils, pupil_id=pupil_id, visit=visit
        )
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
