"""Starting a note from a template, and saving one: the template never overwrites what the
nurse wrote without asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from nurse_desk.domain import errors
from nurse_desk.domain.journal import NoteTemplate
from nurse_desk.services import journal
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.messages import describe

if TYPE_CHECKING:
    from nurse_desk.ui.journal.note_editor import NoteEditorDialog


class NoteTemplates(QObject):
    def __init__(self, editor: NoteEditorDialog) -> None:
        super().__init__(editor)
        self._vault: Vault | None = None
        self._templates: list[NoteTemplate] = []
        editor.template.activated.connect(self._on_activated)
        editor.template_button.clicked.connect(self._on_save_clicked)

    def _editor_dialog(self) -> NoteEditorDialog:
        # The editor is this helper's Qt parent, not an attribute: editor -> helper -> editor
        # was a reference cycle, and the cycle collector then freed a closed editor (still
        # alive in Qt) at any later moment, from inside whatever the window was doing.
        return self.parent()  # type: ignore[return-value]

    def load(self, vault: Vault) -> None:
        self._vault = vault
        self._templates = journal.note_templates(vault)
        combo = self._editor_dialog().template
        combo.addItem("–", None)
        for template in self._templates:
            combo.addItem(template.name, template.id)

    def _on_activated(self, index: int) -> None:
        # Arrow keys and the mouse wheel choose in a closed list too: a template reached by
        # accident must not wipe a conversation already written.
        editor = self._editor_dialog()
        chosen = editor.template.itemData(index)
        template = next((t for t in self._templates if t.id == chosen), None)
        if template is None:
            return
        if self._has_text() and not self._may_replace(template.name):
            editor.template.setCurrentIndex(0)
            return
        editor.kind.setCurrentIndex(editor.kind.findData(template.kind.value))
        for topic, box in editor.topic_boxes.items():
            box.setChecked(topic in template.topics)
        editor.conversation.setPlainText(template.conversation)
        editor.assessment.setPlainText(template.assessment)
        editor.actions.setPlainText(template.actions)

    def _has_text(self) -> bool:
        editor = self._editor_dialog()
        fields = (editor.conversation, editor.assessment, editor.actions)
        return any(field.toPlainText().strip() for field in fields)

    def _may_replace(self, name: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Start from template"),
            self.tr("Start from “%1”? It replaces the topics and the text written so far.").replace(
                "%1", name
            ),
            parent=self._editor_dialog(),
        )
        box.setObjectName("replace_question")
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("replace_yes")
        keep = box.addButton(self.tr("&Keep what I wrote"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("replace_no")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton() is replace
        box.deleteLater()
        return chosen

    def _on_save_clicked(self) -> None:
        editor = self._editor_dialog()
        name, ok = QInputDialog.getText(editor, self.tr("Save as template"), self.tr("Name:"))
        if not ok or not name.strip() or self._vault is None:
            return
        draft = editor.draft()
        try:
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
        except errors.NurseDeskError as error:
            QMessageBox.warning(editor, self.tr("Save as template"), describe(error))
            return
        editor.show_status(self.tr("Template saved."))
