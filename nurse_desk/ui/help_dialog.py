"""Help → User guide (F1): a short guide to the nurse's day, shipped as one HTML page per language
in resources/help and shown offline. It holds nothing about a pupil, so it may stay open beside
the window (and stays open over a lock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.resources import RESOURCES, icon

GUIDE_FOLDER = RESOURCES / "help"
GUIDE_LANGUAGES = ("en", "nb", "sv")


def guide_path(language: str) -> Path:
    """The guide in the window's language; English when there is none in it."""
    wanted = GUIDE_FOLDER / f"guide_{language}.html"
    return wanted if wanted.is_file() else GUIDE_FOLDER / "guide_en.html"


class HelpDialog(LanguageAware, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="help_dialog")
        self.setWindowIcon(icon("nurse-desk"))
        resize_to_fit(self, 720, 640)
        self.browser = QTextBrowser(objectName="guide_text")
        self.browser.setOpenExternalLinks(False)  # the guide links only within itself
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.language = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Nurse Desk: user guide"))
        language = printout_language()
        if language != self.language:
            self.language = language
            self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
