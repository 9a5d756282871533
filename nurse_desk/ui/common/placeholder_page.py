"""A page whose feature is still to come: says so plainly instead of showing an empty panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nurse_desk.ui.common.language_aware import LanguageAware, page_title


class PlaceholderPage(LanguageAware, QWidget):
    def __init__(self, parent: QWidget | None = None, *, title: str, explanation: str) -> None:
        super().__init__(parent)
        # title/explanation arrive as source texts; translated in retranslate_ui.
        self._title_source, self._explanation_source = title, explanation
        self.title = page_title("page_title")
        self.body = QLabel(objectName="page_body")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.title.setText(QCoreApplication.translate("Pages", self._title_source))
        self.body.setText(QCoreApplication.translate("Pages", self._explanation_source))

    def clear_pupil_data(self) -> None:
        """Nothing held here yet."""

    def reload(self) -> None:
        """Nothing to load yet."""
