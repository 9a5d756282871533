"""Planning a home visit: the pupil, a template to start from, the plan's four tabs, and at the
foot a line that always says what still keeps the plan from being ready (docs/CARE-RULES.md,
"Home visits": announced in advance, with consent, with a clear purpose).

A new plan starts with no pupil, no template and no time chosen, unless it was opened from a
pupil's page (then that pupil is chosen): nothing about a child is filled in by accident.

A visit that has taken place (done or documented) opens read-only: its plan is what the nurse
went in with, and stays so; she can still read it, from the Home visits page or the pupil's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.consent_rules import SWEDEN
from nurse_desk.domain.home_visits import (
    VisitPlan,
    VisitRecord,
    consent_for_visit,
    fill_from_template,
    missing_for_ready,
)
from nurse_desk.domain.phone_numbers import InvalidPhone
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.words import in_sentence
from nurse_desk.services import consents, home_visits, visit_templates
from nurse_desk.services.home_visits import VisitContext
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.date_fields import dates_read
from nurse_desk.ui.common.kept_over_lock import PendingPlace
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.pupil_choice import choose_typed_pupil, pupil_in_field
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.journal.wording import day_text, word
from nurse_desk.ui.messages import describe
from nurse_desk.ui.visits.plan_over_lock import keep_plan_before_lock
from nurse_desk.ui.visits.template_names import template_name
from nurse_desk.ui.visits.visit_form import VisitForm
from nurse_desk.ui.visits.wording import missing_text, visit_word

_NOT_READY_STYLE = "color: #b00020; font-weight: 600;"
_READY_STYLE = "color: #1b5e20; font-weight: 600;"
_PROTECTED_STYLE = "color: white; background: #b00020; padding: 4px; font-weight: 600;"


class VisitDialog(AsksBeforeClosing, LanguageAware, QDialog):
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
        self.read_only = visit is not None and not visit.is_editable
        self._context: VisitContext | None = None
        self._auto_address = ""
        self.saved: VisitRecord | None = None
        self.missing: tuple = ()  # what the readiness line shows as missing
        resize_to_fit(self, 860, 680)  # a 1024 x 700 screen shows its buttons
        self.form = VisitForm(self, today=today)
        self._build(pupils or [])
        self._connect_signals()
        self.retranslate_ui()
        if visit is not None:
            plan = visit.plan
            self._use_context(
                home_visits.visit_context(vault, plan.pupil_id, chosen=plan.sibling_ids)
            )
            self.form.load(visit.plan)
            if self.read_only:
                self._show_read_only()
        elif pupil_id is not None:
            # From no pupil (-1) to hers: currentIndexChanged reads her household, once.
            self.pupil.setCurrentIndex(max(self.pupil.findData(pupil_id), 0))
        self._update_readiness()
        self._as_opened = self._typed()

    def _build(self, pupils: list[PupilRecord]) -> None:
        self.pupil = QComboBox(objectName="visit_pupil", editable=True)
        self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pupil in pupils:
            label = f"{pupil.family_name}, {pupil.given_name} ({pupil.class_name}, "
            self.pupil.addItem(f"{label}{pupil.school_name})", pupil.id)
        self.pupil.setCurrentIndex(-1)
        self.pupil.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.pupil.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.pupil_name = QLabel(objectName="visit_pupil_name")
        self.pupil_name.setText(f"<b>{self._visit.pupil_name}</b>" if self._visit else "")
        self.pupil.setVisible(self._visit is None)
        self.pupil_name.setVisible(self._visit is not None)
        pupil_row = QHBoxLayout()
        pupil_row.addWidget(self.pupil, 1)
        pupil_row.addWidget(self.pupil_name, 1)
        self.template = QComboBox(objectName="visit_template")
        self.fill_button = QPushButton(objectName="fill_template_button")
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.fill_button)
        self._pupil_label = QLabel(buddy=self.pupil)
        self._template_label = QLabel(buddy=self.template)
        self.form.plan_form.insertRow(0, self._pupil_label, pupil_row)
        self.form.plan_form.insertRow(2, self._template_label, template_row)
        self.readiness = QLabel(objectName="readiness_label", wordWrap=True)
        self.protected_warning = QLabel(objectName="protected_warning", wordWrap=True)
        self.protected_warning.setStyleSheet(_PROTECTED_STYLE)
        self.protected_warning.setVisible(False)
        self.template_button = QPushButton(objectName="save_template_button")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.protected_warning)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.readiness)
        layout.addWidget(self.buttons)
        self._load_templates()

    def _show_read_only(self) -> None:
        """Only Close: no template to fill, nothing to save."""
        self.form.set_read_only()
        self.form.plan_form.setRowVisible(self._template_label, False)
        self.template_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _connect_signals(self) -> None:
        form = self.form
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.request_close)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, activated=self._on_save_clicked)
        self.template.currentIndexChanged.connect(
            lambda index: self.fill_button.setEnabled(index >= 0)
        )
        self.pupil.currentIndexChanged.connect(self._on_pupil_changed)
        self.fill_button.clicked.connect(self._on_fill_clicked)
        self.template_button.clicked.connect(self._on_save_template_clicked)
        form.consent_button.clicked.connect(self._on_record_consent_clicked)
        form.home_of.currentTextChanged.connect(self._on_home_of_changed)
        for signal in (
            form.purposes.changed,
            form.purpose_text.textChanged,
            form.notice_given.toggled,
            form.notice_to.currentTextChanged,
            form.day.dateChanged,
            form.start.timeChanged,
        ):
            signal.connect(self._update_readiness)

    def retranslate_ui(self) -> None:
        if self._visit is not None:
            self.setWindowTitle(placed(self.tr("Home visit: %1"), self._visit.pupil_name))
        else:
            self.setWindowTitle(self.tr("New home visit"))
        self._pupil_label.setText(self.tr("P&upil:"))
        self._template_label.setText(self.tr("Start from &template:"))
        self.pupil.lineEdit().setPlaceholderText(self.tr("Type part of a name or class…"))
        self.template.setPlaceholderText(self.tr("Choose a template…"))
        self.fill_button.setText(self.tr("&Fill in"))
        self.template_button.setText(self.tr("Save as te&mplate…"))
        self.protected_warning.setText(
            self.tr(
                "Protected identity: this family's address is secret. Think twice before "
                "visiting the home (meeting at school or elsewhere may be safer), tell no one "
                "where you go beyond those who must know, and write the address on nothing "
                "that leaves the app: the sheet will leave it out."
            )
        )
        self._update_readiness()

    def _load_templates(self) -> None:
        self._templates = visit_templates.visit_templates(self._vault)
        self.template.clear()
        for template in self._templates:
            self.template.addItem(template_name(template.name), template.id)
        self.template.setCurrentIndex(-1)  # the nurse picks one; none is right by default
        self.fill_button.setEnabled(False)

    def current_pupil_id(self) -> int | None:
        if self._visit is not None:
            return self._visit.plan.pupil_id
        return pupil_in_field(self.pupil)

    def plan(self) -> VisitPlan | None:
        pupil_id = self.current_pupil_id()
        return None if pupil_id is None else self.form.plan(pupil_id)

    # -- reacting ----------------------------------------------------------------------
    def _on_pupil_changed(self, *_args) -> None:
        pupil_id = self.current_pupil_id()
        if pupil_id is not None and self._visit is None:
            self._use_context(home_visits.visit_context(self._vault, pupil_id))

    def is_protected_home(self) -> bool:
        context = self._context
        return context is not None and any(
            p.protected_identity for p in (context.pupil, *(s.pupil for s in context.siblings))
        )

    def _use_context(self, context: VisitContext) -> None:
        same_pupil = self._context is not None and self._context.pupil.id == context.pupil.id
        self._context = context
        self.protected_warning.setVisible(self.is_protected_home())
        guardians = [g.name for g in context.pupil.guardians]
        self.form.set_family(guardians, list(context.siblings), keep_ticked=same_pupil)
        self._on_home_of_changed(self.form.home_of.currentText())
        self._update_readiness()

    def _on_home_of_changed(self, home_of: str) -> None:
        """The address is remembered per guardian; a typed address is never overwritten."""
        address = self.form.address
        if self._context is None or address.text() not in ("", self._auto_address):
            return
        if self.is_protected_home():
            return  # a secret address is not put on screen unasked: the nurse types it
        ids = [self._context.pupil.id, *(s.pupil.id for s in self._context.siblings)]
        self._auto_address = home_visits.remembered_address(self._vault, ids, home_of.strip())
        address.setText(self._auto_address)

    def _consent(self):
        if self._context is None:
            return None
        return consent_for_visit(
            list(self._context.consents),
            self._context.pupil.birth_date,
            self._today,
            self.form.day.date().toPython(),
            country=self._context.country,
        )

    def _update_readiness(self, *_args) -> None:
        if not hasattr(self, "readiness"):
            return  # still being built
        consent = self._consent()
        self.form.consent_status.setText(self._consent_text(consent))
        if self.read_only and self._visit is not None:
            self.readiness.setStyleSheet("")
            self.readiness.setText(
                placed(
                    self.tr(
                        "This visit has taken place (status: %1): its plan is shown as it was, "
                        "and can no longer be changed."
                    ),
                    visit_word(self._visit.status).lower(),
                )
            )
            return
        plan = self.plan()
        if plan is None:
            self.missing = ()
            self.readiness.setStyleSheet("")
            self.readiness.setText(self.tr("Choose the pupil first."))
            return
        self.missing = missing_for_ready(plan, consent)
        timed = self.form.start.is_chosen()
        ready = timed and not self.missing
        self.readiness.setStyleSheet(_READY_STYLE if ready else _NOT_READY_STYLE)
        if self.missing:
            text = self.tr("Not ready yet. Still missing: %1.")
            text = placed(text, missing_text(self.missing))
        else:
            text = self.tr(
                "Notice, consent and purpose are in place: the plan can be marked ready."
            )
        if not timed:
            text = self.tr("Choose the time of the visit.") + " " + text
        self.readiness.setText(text)

    def _consent_text(self, consent) -> str:
        # No pupil yet (a new plan, or while the dialog is being built): no country to name.
        sweden = self._context is not None and self._context.country == SWEDEN
        if consent is None and sweden:
            return self.tr(
                "No valid consent to a home visit on the day. The guardians consent, or the "
                "pupil alone once you have judged her or him mature enough to decide."
            )
        if consent is None:
            return self.tr(
                "No valid consent to a home visit on the day. Below 16 a guardian consents; "
                "from 16 the pupil."
            )
        # As the printed sheet says it: "… by a guardian (Anne Aasen), oral."
        giver = in_sentence(word(consent.given_by))
        if consent.guardian_name:
            giver += f" ({consent.guardian_name})"
        return placed(
            self.tr("Consent given %1 by %2, %3."),
            day_text(consent.given_on),
            giver,
            word(consent.method).lower(),
        )

    def _on_fill_clicked(self) -> None:
        index = self.template.currentIndex()
        if index < 0:
            return
        plan = self.form.plan(self.current_pupil_id() or 0)
        self.form.set_lists(fill_from_template(plan, self._templates[index]))

    def _on_save_template_clicked(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the template:")
        )
        if not ok or not name.strip():
            return
        plan = self.form.plan(self.current_pupil_id() or 0)
        try:
            visit_templates.save_visit_template(self._vault, name, plan)
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Save as template"), describe(error))
            return
        self._load_templates()
        self.template.setCurrentIndex(self.template.findText(name.strip()))

    def _on_record_consent_clicked(self) -> None:
        if self._context is None:
            return
        pupil = self._context.pupil
        dialog = ConsentDialog(
            self,
            pupil=pupil,
            today=self._today,
            country=self._context.country,
            purpose=ConsentPurpose.HOME_VISIT,
            place=PendingPlace(self._vault, pupil.id, "consent", pupil.id),
            save=lambda typed: consents.record_consent(self._vault, typed),
        )  # a refusal is said in the dialog, which stays open with what she filled in
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = self.form.sibling_ids()  # kept ticked through the refresh
        self._use_context(
            home_visits.visit_context(self._vault, self._context.pupil.id, chosen=chosen)
        )

    def _on_save_clicked(self) -> None:
        if self.read_only or not dates_read(self):  # an unread typed date says so at its field
            return
        if self._visit is None and not choose_typed_pupil(self.pupil):
            if self.pupil.currentText().strip():
                words = self.tr("Choose a pupil from the list.")
            else:
                words = self.tr("Choose the pupil first.")
            QMessageBox.warning(self, self.windowTitle(), words)
            self.pupil.setFocus()
            return
        plan = self.plan()
        if plan is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the pupil first."))
            self.pupil.setFocus()
            return
        if not self.form.start.is_chosen():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the time of the visit."))
            self.form.setCurrentIndex(0)
            self.form.start.setFocus()
            return
        known = tuple(c.phone for c in self._visit.plan.companions) if self._visit else ()
        if not self.form.companions.check_rows(known):
            self._show_companions()
            return
        if self._visit is None and self.is_protected_home() and not self._confirm_protected():
            return
        try:
            if self._visit is None:
                self.saved = home_visits.plan_visit(self._vault, plan, today=self._today)
            else:
                self.saved = home_visits.update_visit(
                    self._vault, self._visit.id, plan, today=self._today
                )
        except InvalidPhone as problem:  # checked above; a guard for a number it let pass
            self.form.companions.show_phone_problem(problem)
            self._show_companions()
            return
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), describe(error))
            return
        self.accept()

    def _show_companions(self) -> None:
        """The tab with who comes along, where a phone's problem is said."""
        form = self.form
        tab = next(i for i in range(form.count()) if form.widget(i).isAncestorOf(form.companions))
        form.setCurrentIndex(tab)
        form.companions.table.setFocus()

    def _confirm_protected(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.windowTitle(),
            self.tr("This pupil has protected identity. Plan a visit to the home all the same?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- closing -----------------------------------------------------------------------
    def _typed(self) -> tuple:
        return self.current_pupil_id(), self.form.plan(0), self.form.companions.typed()

    def has_unsaved_words(self) -> bool:
        return not self.read_only and self._typed() != self._as_opened

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Save this plan? Discard throws away what you filled in."),
            self.tr("&Save plan"),
            self.tr("&Discard"),
        )

    def keep_and_close(self) -> None:
        self._on_save_clicked()  # stays open, saying why, if the plan cannot be saved

    def keep_before_lock(self) -> str | None:
        return keep_plan_before_lock(self)

    @property
    def vault(self) -> Vault:
        return self._vault

    @property
    def visit(self) -> VisitRecord | None:
        return self._visit

    @property
    def today(self) -> date:
        return self._today

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
        """Shows the dialog; the saved visit, or None if the nurse cancelled (or only read a
        visit that has taken place)."""
        dialog = cls(
            parent, vault=vault, today=today, pupils=pupils, pupil_id=pupil_id, visit=visit
        )
        saved = dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        # Its lambdas hold it: not let go, it would stay a hidden child of the page, the
        # pupils and the vault in it, past the lock.
        dialog.deleteLater()
        return saved
