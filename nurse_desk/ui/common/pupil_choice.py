"""The pupil chosen in a list the nurse can type in: the one whose line stands in its field.

An editable list keeps the line chosen before while she types over it, so a name begun and not
picked (or any other words) left that pupil chosen behind the words she saw, and a plan or a
referral was saved for that child. Here the words in the field decide: a line typed in full
counts as picked, and any other words choose no one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def pupil_in_field(pupils: QComboBox) -> int | None:
    """The id of the pupil whose line the field shows, or None."""
    index = pupils.currentIndex()
    if index < 0 or (
        pupils.isEditable() and pupils.currentText().strip() != pupils.itemText(index)
    ):
        return None
    data = pupils.itemData(index)
    return int(data) if data is not None else None


def choose_typed_pupil(pupils: QComboBox) -> bool:
    """A line typed in full is chosen, as if picked from the list; False when the words in
    the field are no pupil's line."""
    typed = pupils.currentText().strip()
    index = pupils.findText(typed) if typed else -1
    if index >= 0 and index != pupils.currentIndex():
        pupils.setCurrentIndex(index)
    return index >= 0
