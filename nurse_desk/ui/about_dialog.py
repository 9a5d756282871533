"""Help → About: the version, the licence, where the vault lives, and the software that ships
with Nurse Desk, each with its licence (read from the installed packages' metadata)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.services import about
from nurse_desk.services.vault_location import default_vault_path
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.resources import icon


def _text_view(text: str, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(objectName=name)
    view.setReadOnly(True)
    view.setFont(QFont("monospace"))  # licence texts are laid out for a fixed-width font
    view.setPlainText(text)
    return view


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, vault_path: Path, demo: bool) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Nurse Desk"))
        self.setWindowIcon(icon("nurse-desk"))
        resize_to_fit(self, 720, 560)
        self.tabs = QTabWidget(objectName="about_tabs")
        self.tabs.addTab(self._about_page(vault_path, demo), self.tr("About"))
        self.tabs.addTab(self._licence_page(), self.tr("Licence"))
        self.tabs.addTab(self._software_page(), self.tr("Included software"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_page(self, vault_path: Path, demo: bool) -> QWidget:
        where = html.escape(str(vault_path))
        if demo:
            vault = self.tr("A demo vault is open; it is deleted when you close Nurse Desk.")
            vault += "<br>" + placed(
                self.tr("New vaults are created in: %1"), html.escape(str(default_vault_path()))
            )
        else:
            vault = placed(self.tr("Your vault: %1"), where)
        paragraphs = (
            f"<h2>{self.tr('Nurse Desk')}</h2>",
            placed(self.tr("Version %1"), about.VERSION),
            self.tr("An offline, encrypted desk for school health nurses."),
            placed(
                self.tr(
                    "Nurse Desk is free software: you may use, share and change it under the terms "
                    "of the GNU General Public License, version 3 or (at your option) any later "
                    "version (%1). It comes with no warranty."
                ),
                about.APP_LICENCE,
            ),
            vault,
            self.tr(
                "Back the vault up from Settings → Back up…, to a disk you keep apart from this "
                "computer. Write the passphrase down and keep it safe: nobody can recover it."
            ),
        )
        label = QLabel("".join(f"<p>{p}</p>" for p in paragraphs), objectName="about_text")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        QVBoxLayout(page).addWidget(label)
        return page

    def _licence_page(self) -> QWidget:
        text = about.app_licence_text() or self.tr(
            "The licence text is missing from this installation. Nurse Desk is licensed under "
            "the GNU General Public License, version 3 or later."
        )
        return _text_view(text, "about_licence")

    def _software_page(self) -> QWidget:
        self._software = about.shipped_software()
        intro = QLabel(
            self.tr(
                "Nurse Desk includes these programs and libraries, each under its own licence. "
                "Choose one to read its licence."
            )
        )
        intro.setWordWrap(True)
        self.software_list = QTreeWidget(objectName="about_software")
        self.software_list.setRootIsDecorated(False)
        self.software_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Version"), self.tr("Licence")]
        )
        for software in self._software:
            QTreeWidgetItem(self.software_list, [software.name, software.version, software.licence])
        self.software_list.resizeColumnToContents(0)
        self.software_licence = _text_view("", "about_software_licence")
        self.software_list.currentItemChanged.connect(self._on_software_list_current_item_changed)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.software_list, 1)
        layout.addWidget(self.software_licence, 2)
        if self._software:
            self.software_list.setCurrentItem(self.software_list.topLevelItem(0))
        return page

    def _on_software_list_current_item_changed(self, item: QTreeWidgetItem | None, _=None) -> None:
        if item is None:
            return
        software = self._software[self.software_list.indexOfTopLevelItem(item)]
        self.software_licence.setPlainText(
            software.licence_text
            or self.tr("This package ships no licence text; its licence is named above.")
        )
