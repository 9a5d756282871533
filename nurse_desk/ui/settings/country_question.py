"""Changing the vault's country changes the rules the app keeps to: asked, never done by a slip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nurse_desk.ui.common.text import placed


def confirm_country(parent: QWidget, country: str) -> bool:
    """No is the default: Enter or Esc leaves the country as it was."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CountryQuestion", "Change country"),
        placed(
            QCoreApplication.translate(
                "CountryQuestion",
                "Change this vault's country to %1?\n\nThe country decides whose consent "
                "counts for a pupil (the guardians or the pupil), how ID numbers are checked, "
                "and which public holidays the calendar skips.",
            ),
            country,
        ),
        parent=parent,
    )
    box.setObjectName("country_question")
    change = box.addButton(
        QCoreApplication.translate("CountryQuestion", "&Change country"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    change.setObjectName("country_change")
    keep = box.addButton(
        QCoreApplication.translate("CountryQuestion", "&Keep the country"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("country_keep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    changed = box.clickedButton() is change
    box.deleteLater()
    return changed
