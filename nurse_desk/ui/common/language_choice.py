"""The language of the windows, chosen where the nurse is: on the start screens too, before any
vault exists (Settings, where it also is, needs an unlocked vault)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from nurse_desk.ui.common.language_aware import LanguageAware

# Each language named in itself, never translated: a nurse who cannot read the current one
# still finds hers.
LANGUAGE_NAMES = (("nb", "Norsk bokmål"), ("sv", "Svenska"), ("en", "English"))


class LanguageChoice(LanguageAware, QWidget):
    """ "Language: [Norsk bokmål ▾]"; emits `chosen` with "nb", "sv" or "en"."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, object_name: str) -> None:
        super().__init__(parent)
        self.choice = QComboBox(objectName=object_name)
        for code, name in LANGUAGE_NAMES:
            self.choice.addItem(name, code)
        self.choice.setMinimumContentsLength(12)
        self._label = QLabel()
        self._label.setBuddy(self.choice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self._label)
        layout.addWidget(self.choice)
        self.choice.activated.connect(self._on_choice_activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._label.setText(self.tr("&Language:"))

    def show_language(self, code: str) -> None:
        index = self.choice.findData(code)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def _on_choice_activated(self, index: int) -> None:
        self.chosen.emit(self.choice.itemData(index))
