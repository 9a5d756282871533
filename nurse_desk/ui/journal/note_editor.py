"""Writing a health-conversation note: saved as a draft while the nurse types, then signed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.journal import NoteDraft, NoteKind, NoteRecord, NoteTemplate, Topic
from nurse_desk.domain.records import PupilRecord
from nurse_desk.services import journal
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.journal.wording import word
from nurse_desk.ui.messages import describe

AUTOSAVE_MS = 1200


class NoteEditorDialog(QDialog):
    """Drafts go into the vault (never elsewhere) a moment after the nurse stops typing."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        vault: Vault,
        pupil: PupilRecord,
        note: NoteRecord | None = None,
    ) -> None:
        super().__init__(parent, objectName="note_editor")
        self._vault, self._pupil = vault, pupil
        self.note_id: int | None = note.id if note else None
        self.signed = False
        self.setWindowTitle(self.tr("Note: %1").replace("%1", pupil.full_name))
        self.resize(820, 760)
        self._build()
        self._load(note)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._connect_changes()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.occurred = QDateTimeEdit(objectName="note_time", calendarPopup=True)
        self.kind = QComboBox(objectName="note_kind")
        for kind in NoteKind:
            self.kind.addItem(word(kind), kind)
        self.template = QComboBox(objectName="note_template")
        self.participants = QLineEdit(objectName="note_participants")
        self.topic_boxes: dict[Topic, QCheckBox] = {}
        topics = QGroupBox(self.tr("Topics"))
        grid = QGridLayout(topics)
        for index, topic in enumerate(Topic):
            box = QCheckBox(word(topic), objectName=f"topic_{topic.value}")
            self.topic_boxes[topic] = box
            grid.addWidget(box, index // 3, index % 3)
        self.conversation = QPlainTextEdit(objectName="note_conversation")
        self.assessment = QPlainTextEdit(objectName="note_assessment")
        self.actions = QPlainTextEdit(objectName="note_actions")
        for editor, height in ((self.conversation, 180), (self.assessment, 80), (self.actions, 80)):
            editor.setMinimumHeight(height)
            editor.setTabChangesFocus(True)
        self.follow_up = QCheckBox(self.tr("Follow-up needed"), objectName="note_follow_up")
        self.status = QLabel(objectName="note_status")
        self.sign_button = QPushButton(self.tr("&Sign and lock…"), objectName="sign_button")
        self.template_button = QPushButton(self.tr("Save as &template…"))
        self.delete_button = QPushButton(self.tr("&Delete draft"), objectName="delete_draft")
        self.close_button = QPushButton(self.tr("&Close"), objectName="close_note")
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.occurred)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Start from t&emplate:"), self.template)
        form.addRow(self.tr("&Who took part:"), self.participants)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (
            self.template_button,
            self.delete_button,
            self.sign_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(topics)
        for label, editor in (
            (self.tr("C&onversation"), self.conversation),
            (self.tr("&Assessment"), self.assessment),
            (self.tr("Agreed a&ctions"), self.actions),
        ):
            caption = QLabel(label)
            caption.setBuddy(editor)
            layout.addWidget(caption)
            layout.addWidget(editor, 3 if editor is self.conversation else 1)
        layout.addWidget(self.follow_up)
        layout.addLayout(buttons)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.close_button.clicked.connect(self.accept)
        self.template_button.clicked.connect(self._on_save_template_clicked)
        self.template.activated.connect(self._on_template_activated)

    def _load(self, note: NoteRecord | None) -> None:
        self._templates = journal.note_templates(self._vault)
        self.template.addItem("–", None)
        for template in self._templates:
            self.template.addItem(template.name, template.id)
        when = note.occurred_at if note else datetime.now().replace(second=0, microsecond=0)
        self.occurred.setDateTime(QDateTime(when))
        if note is None:
            self._show_status(self.tr("New note: saved as a draft as you type."))
            return
        self.template.setEnabled(False)
        self.kind.setCurrentIndex(self.kind.findData(note.kind.value))
        self.participants.setText(note.participants)
        for topic, box in self.topic_boxes.items():
            box.setChecked(topic in note.topics)
        self.conversation.setPlainText(note.conversation)
        self.assessment.setPlainText(note.assessment)
        self.actions.setPlainText(note.actions)
        self.follow_up.setChecked(note.follow_up_needed)
        self._show_status(self.tr("Draft"))

    def _connect_changes(self) -> None:
        for signal in (
            self.occurred.dateTimeChanged,
            self.kind.currentIndexChanged,
            self.participants.textChanged,
            self.conversation.textChanged,
            self.assessment.textChanged,
            self.actions.textChanged,
            self.follow_up.toggled,
            *(box.toggled for box in self.topic_boxes.values()),
        ):
            signal.connect(self._on_anything_changed)

    # -- saving ------------------------------------------------------------------------
    def draft(self) -> NoteDraft:
        return NoteDraft(
            pupil_id=self._pupil.id,
            occurred_at=self.occurred.dateTime().toPython().replace(second=0, microsecond=0),
            kind=NoteKind(self.kind.currentData()),
            topics=frozenset(t for t, box in self.topic_boxes.items() if box.isChecked()),
            participants=self.participants.text(),
            conversation=self.conversation.toPlainText(),
            assessment=self.assessment.toPlainText(),
            actions=self.actions.toPlainText(),
            follow_up_needed=self.follow_up.isChecked(),
        )

    def _on_anything_changed(self) -> None:
        self._autosave.start()

    def save_now(self) -> bool:
        self._autosave.stop()
        try:
            saved = journal.save_draft(self._vault, self.draft(), note_id=self.note_id)
        except errors.NurseDeskError as error:
            self._show_status(describe(error), problem=True)
            return False
        self.note_id = saved.id
        self._show_status(
            self.tr("Draft saved %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        )
        return True

    def _show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if problem else "color: #555;")

    def _on_sign_clicked(self) -> None:
        if not self.save_now() or self.note_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sign note"),
            self.tr(
                "Once signed, the note is locked. Corrections are then added as "
                "amendments, and the original stays. Sign now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            journal.sign_note(self._vault, self.note_id)
        except errors.NurseDeskError as error:
            self._show_status(describe(error), problem=True)
            return
        self.signed = True
        self.accept()

    def _on_delete_clicked(self) -> None:
        self._autosave.stop()
        if self.note_id is not None:
            answer = QMessageBox.question(
                self, self.tr("Delete draft"), self.tr("Delete this draft for good?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            journal.delete_draft(self._vault, self.note_id)
            self.note_id = None
        self.reject()

    def _on_template_activated(self, index: int) -> None:
        template = next((t for t in self._templates if t.id == self.template.itemData(index)), None)
        if template is None:
            return
        self.kind.setCurrentIndex(self.kind.findData(template.kind.value))
        for topic, box in self.topic_boxes.items():
            box.setChecked(topic in template.topics)
        self.conversation.setPlainText(template.conversation)
        self.assessment.setPlainText(template.assessment)
        self.actions.setPlainText(template.actions)

    def _on_save_template_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        draft = self.draft()
        journal.save_note_template(
            self._vault,
            NoteTemplate(
                0,
                name.strip(),
                draft.kind,
                draft.topics,
                draft.conversation,
                draft.assessment,
                draft.actions,
            ),
        )
        self._show_status(self.tr("Template saved."))

    def done(self, result: int) -> None:  # closing, Esc or the window's X: keep what was typed
        if self._autosave.isActive():
            self.save_now()
        super().done(result)

    @classmethod
    def write(
        cls,
        parent: QWidget | None,
        *,
        vault: Vault,
        pupil: PupilRecord,
        note: NoteRecord | None = None,
    ) -> int | None:
        """Open the editor; returns the note's id if anything was saved."""
        dialog = cls(parent, vault=vault, pupil=pupil, note=note)
        dialog.exec()
        return dialog.note_id
