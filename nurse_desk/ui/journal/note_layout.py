"""Where the note editor's fields sit, and the order Tab takes through them."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from nurse_desk.ui.journal.note_editor import NoteEditorDialog

_HEIGHTS = {"conversation": 140, "assessment": 60, "actions": 60}


def lay_out_note_editor(dialog: NoteEditorDialog) -> None:
    """Top to bottom as on paper: when, kind, template, who, topics, the three texts, the
    follow-up tick, then the buttons. Tab follows the same order, straight out of the date
    field and out of each text (it never types a tab), and no button is the default: Enter in
    a text is a new line, and a stray Enter elsewhere does nothing."""
    who = QHBoxLayout()
    who.addWidget(dialog.participants, 1)
    who.addWidget(dialog.counts["participants"])
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("NoteEditorDialog", "&When:"), dialog.occurred)
    form.addRow(QCoreApplication.translate("NoteEditorDialog", "&Kind:"), dialog.kind)
    form.addRow(
        QCoreApplication.translate("NoteEditorDialog", "Start from t&emplate:"), dialog.template
    )
    form.addRow(
        QLabel(
            QCoreApplication.translate("NoteEditorDialog", "Who took &part:"),
            buddy=dialog.participants,
        ),
        who,
    )
    grid = QGridLayout(dialog.topics_box)
    for index, box in enumerate(dialog.topic_boxes.values()):
        grid.addWidget(box, index // 3, index % 3)
    # The fields scroll, the buttons stay: on a low screen (1024 x 700 at 125 %) the dialog
    # shrinks to fit and Sign and Save stay on screen.
    fields = QWidget(objectName="note_fields")
    layout = QVBoxLayout(fields)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(objectName="note_scroll", widgetResizable=True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(fields)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    layout.addLayout(form)
    layout.addWidget(dialog.topics_box)
    for name, label in (
        ("conversation", QCoreApplication.translate("NoteEditorDialog", "C&onversation")),
        ("assessment", QCoreApplication.translate("NoteEditorDialog", "&Assessment")),
        ("actions", QCoreApplication.translate("NoteEditorDialog", "A&greed actions")),
    ):
        editor: QPlainTextEdit = getattr(dialog, name)
        editor.setMinimumHeight(_HEIGHTS[name])
        editor.setTabChangesFocus(True)
        caption = QLabel(label)
        caption.setBuddy(editor)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addStretch(1)
        row.addWidget(dialog.counts[name])
        layout.addLayout(row)
        layout.addWidget(editor, 3 if name == "conversation" else 1)
    layout.addWidget(dialog.follow_up)
    buttons = (dialog.template_button, dialog.delete_button, dialog.sign_button)
    row = QHBoxLayout()
    row.addWidget(dialog.status, 1)
    for button in (*buttons, dialog.close_button):
        button.setAutoDefault(False)
        button.setDefault(False)
        row.addWidget(button)
    outer.addLayout(row)
    _chain(
        dialog.occurred,
        dialog.kind,
        dialog.template,
        dialog.participants,
        *dialog.topic_boxes.values(),
        dialog.conversation,
        dialog.assessment,
        dialog.actions,
        dialog.follow_up,
        *buttons,
        dialog.close_button,
    )


def _chain(*widgets: QWidget) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
