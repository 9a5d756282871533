"""Writing a health-conversation note: saved as a draft while the nurse types, then signed.

What she typed is never lost. A draft may run past the signing limits (it is kept as typed;
only signing waits until the text is short enough), and closing with words written since she
last saved on purpose asks first: save the draft, discard, or stay. A new note with nothing in
it leaves nothing behind."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.journal import (
    MAX_SHORT,
    MAX_TEXT,
    NoteDateOutOfRange,
    NoteDraft,
    NoteKind,
    NoteRecord,
    TextTooLong,
    Topic,
    check_occurred,
    check_signable,
)
from nurse_desk.domain.records import PupilRecord
from nurse_desk.services import journal
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.date_fields import DateTimeField
from nurse_desk.ui.common.length_count import LengthCount
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.note_layout import lay_out_note_editor
from nurse_desk.ui.journal.note_templates import NoteTemplates
from nurse_desk.ui.journal.wording import word
from nurse_desk.ui.messages import describe

AUTOSAVE_MS = 1200

# The fields TextTooLong names, in the nurse's words.
_FIELD_WORDS = {
    "participants": QT_TRANSLATE_NOOP("NoteEditorDialog", "Who took part"),
    "conversation": QT_TRANSLATE_NOOP("NoteEditorDialog", "The conversation"),
    "assessment": QT_TRANSLATE_NOOP("NoteEditorDialog", "The assessment"),
    "actions": QT_TRANSLATE_NOOP("NoteEditorDialog", "Agreed actions"),
}


class NoteEditorDialog(AsksBeforeClosing, QDialog):
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
        self._created_here = note is None
        self.signed = False
        self._settled = False  # saved, signed or discarded on purpose: done() adds nothing
        self.setWindowTitle(placed(self.tr("Note: %1"), pupil.full_name))
        resize_to_fit(self, 820, 760)
        self._build()
        self._load(note)
        # What the vault holds, and what the nurse last kept on purpose (opening a draft, Save
        # draft, Ctrl+S); None for a new note never kept. Closing asks when the note differs
        # from the second; autosave only keeps the first up to date.
        self._in_vault: NoteDraft | None = None if note is None else self.draft()
        self._kept_by_her: NoteDraft | None = self._in_vault
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._connect_changes()
        self.conversation.setFocus()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.occurred = DateTimeField(objectName="note_time", calendarPopup=True)
        self.kind = QComboBox(objectName="note_kind")
        for kind in NoteKind:
            self.kind.addItem(word(kind), kind)
        self.template = QComboBox(objectName="note_template")
        self.participants = QLineEdit(objectName="note_participants")
        self.topics_box = QGroupBox(self.tr("Topics"))
        self.topic_boxes: dict[Topic, QCheckBox] = {
            topic: QCheckBox(word(topic), objectName=f"topic_{topic.value}") for topic in Topic
        }
        self.conversation = QPlainTextEdit(objectName="note_conversation")
        self.assessment = QPlainTextEdit(objectName="note_assessment")
        self.actions = QPlainTextEdit(objectName="note_actions")
        self.counts = {
            name: LengthCount(field, limit, objectName=f"{field.objectName()}_count")
            for name, field, limit in (
                ("participants", self.participants, MAX_SHORT),
                ("conversation", self.conversation, MAX_TEXT),
                ("assessment", self.assessment, MAX_TEXT),
                ("actions", self.actions, MAX_TEXT),
            )
        }
        self.follow_up = QCheckBox(self.tr("Follow-up needed"), objectName="note_follow_up")
        self.status = QLabel(objectName="note_status", wordWrap=True)
        self.template_button = QPushButton(
            self.tr("Save as &template…"), objectName="save_template"
        )
        self.delete_button = QPushButton(self.tr("&Delete draft"), objectName="delete_draft")
        self.sign_button = QPushButton(self.tr("&Sign and lock…"), objectName="sign_button")
        self.close_button = QPushButton(self.tr("Save draft and &close"), objectName="close_note")
        self.close_button.setToolTip(
            self.tr("Ctrl+Enter saves the draft and closes; Ctrl+S saves it and goes on.")
        )
        lay_out_note_editor(self)
        self.templates = NoteTemplates(self)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.close_button.clicked.connect(self.keep_and_close)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.keep_and_close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save_keys)

    def _load(self, note: NoteRecord | None) -> None:
        self.templates.load(self._vault)
        when = note.occurred_at if note else datetime.now().replace(second=0, microsecond=0)
        self.occurred.setDateTime(QDateTime(when))
        if note is None:
            self.show_status(self.tr("New note: saved as a draft as you type."))
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
        self.show_status(self.tr("Draft"))

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

    def _is_empty_new_note(self) -> bool:
        return self._created_here and self.draft().is_blank

    def _date_problem(self) -> str:
        """Why the note could not be signed with its date (a year typed wrong), or ""."""
        occurred = self.occurred.dateTime().toPython()
        try:
            check_occurred(occurred, self._pupil.birth_date, datetime.now())
        except NoteDateOutOfRange as problem:
            return describe(problem)
        return ""

    def _on_anything_changed(self) -> None:
        if problem := self._date_problem():
            self.show_status(problem, problem=True)  # said where she typed it, before signing
        if self.note_id is None and self._is_empty_new_note():
            self._autosave.stop()  # touching the time or kind of a new note is no draft yet
            return
        self._autosave.start()

    def save_now(self) -> bool:
        """Writes the draft; False (with the reason on the status line) if it could not be."""
        self._autosave.stop()
        draft = self.draft()
        if self.note_id is None and draft.is_blank:
            return True  # nothing written: nothing to keep
        try:
            saved = journal.save_draft(self._vault, draft, note_id=self.note_id)
        except errors.NurseDeskError as error:
            self.show_status(self._problem_text(error), problem=True)
            if isinstance(error, errors.DiskRefused):
                self._autosave.start()  # tries again by itself: saved once the disk has room
            return False
        self.note_id, self._in_vault = saved.id, draft
        saved_at = placed(self.tr("Draft saved %1"), datetime.now().strftime("%H:%M:%S"))
        if problem := self._date_problem():
            self.show_status(f"{saved_at}. {problem}", problem=True)  # the date is still wrong
            return True
        self.show_status(saved_at)
        return True

    def _on_save_keys(self) -> None:
        if self.save_now():
            self._kept_by_her = self._in_vault

    def _problem_text(self, error: errors.NurseDeskError) -> str:
        if isinstance(error, TextTooLong) and error.field_name in _FIELD_WORDS:
            return placed(
                self.tr("Too long to keep: %1 may hold at most %2 characters."),
                self._field_word(error.field_name),
                QLocale().toString(error.limit),
            )
        return describe(error)

    def _field_word(self, field_name: str) -> str:
        return QCoreApplication.translate("NoteEditorDialog", _FIELD_WORDS[field_name])

    def show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if problem else "color: #555;")

    # -- closing -----------------------------------------------------------------------
    def has_unsaved_words(self) -> bool:
        return not self._is_empty_new_note() and self.draft() != self._kept_by_her

    def close_question(self) -> CloseQuestion:
        if self._kept_by_her is None:
            text = self.tr("Keep this note as a draft? Discard throws away what you wrote.")
        else:
            text = self.tr(
                "Keep your changes to this draft? Discard puts it back as it was when you "
                "opened it."
            )
        return CloseQuestion(
            self.tr("Close note"), text, self.tr("&Save draft"), self.tr("&Discard")
        )

    def keep_before_lock(self) -> str | None:
        return None  # done() keeps the draft in the vault, as after any close from code

    def keep_and_close(self) -> None:
        if self.draft() == self._in_vault or self.save_now():
            self._settled = True
            self.accept()

    def discard_and_close(self) -> None:
        self._autosave.stop()
        try:
            if self._kept_by_her is None:
                if self.note_id is not None:
                    journal.delete_draft(self._vault, self.note_id)
                    self.note_id = None
            elif self.note_id is not None and self._in_vault != self._kept_by_her:
                journal.save_draft(self._vault, self._kept_by_her, note_id=self.note_id)
        except errors.NurseDeskError as error:
            self.show_status(describe(error), problem=True)
            return
        self._settled = True
        self.reject()

    def done(self, result: int) -> None:
        """Every way out ends here. One the nurse did not decide (the lock closing every
        dialog, or nothing at stake) keeps what was typed without asking."""
        if not self._settled:
            self._settled = True
            self._keep_quietly()
        super().done(result)

    def _keep_quietly(self) -> None:
        self._autosave.stop()
        if not self._is_empty_new_note():
            if self.draft() != self._in_vault:
                self.save_now()
            return
        if self.note_id is not None:  # written, then all erased: no note after all
            try:
                journal.delete_draft(self._vault, self.note_id)
            except errors.NurseDeskError:
                return  # the empty draft stays; nothing typed is lost either way
            self.note_id = None

    # -- signing and deleting ----------------------------------------------------------
    def _on_sign_clicked(self) -> None:
        draft = self.draft()
        if self.note_id is None and draft.is_blank:
            self.show_status(self.tr("Nothing to sign yet: write the note first."), problem=True)
            return
        if not self.save_now() or self.note_id is None:
            return
        try:
            check_signable(draft)
        except TextTooLong as error:
            self.show_status(self._too_long_to_sign(error), problem=True)
            return
        if problem := self._date_problem():
            self.show_status(problem, problem=True)
            self.occurred.setFocus()
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
            self.show_status(self._problem_text(error), problem=True)
            return
        self.signed = self._settled = True
        self.accept()

    def _too_long_to_sign(self, error: TextTooLong) -> str:
        length = len(getattr(self.draft(), error.field_name))
        return placed(
            self.tr(
                "Too long to sign: %1 has %2 characters, and at most %3 can be signed. "
                "The draft is kept; shorten it, then sign."
            ),
            self._field_word(error.field_name),
            QLocale().toString(length),
            QLocale().toString(error.limit),
        )

    def _on_delete_clicked(self) -> None:
        self._autosave.stop()
        if self.note_id is not None or not self.draft().is_blank:
            answer = QMessageBox.question(
                self, self.tr("Delete draft"), self.tr("Delete this draft for good?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._on_anything_changed()
                return
            if self.note_id is not None:
                journal.delete_draft(self._vault, self.note_id)
                self.note_id = None
        self._settled = True
        self.reject()

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
