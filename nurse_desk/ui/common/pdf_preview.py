"""Print preview for every printout: the PDF is rendered page by page in memory (pdfium), printed
through the system dialog, or saved where the nurse chooses after a warning.

No plaintext temporary file is ever written: the bytes stay in memory until the nurse saves them
herself, and printing sends page images straight to the printer.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.disclosure import DisclosureReason
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe

POINTS_PER_INCH = 72
# Enough for sharp text on paper; a 600 dpi A4 page image would take ~140 MB of memory.
MAX_PRINT_DPI = 300
KEEP_RENDERED = 6  # page images kept while scrolling: a few screens' worth


class Released(StrEnum):
    """How a printout left the app; the caller logs it."""

    PRINTED = "printed"
    SAVED = "saved"


def render_page(page: pypdfium2.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    # The buffer belongs to pdfium and is freed with the bitmap: keep a copy.
    return image.copy()


class PdfPreviewDialog(LanguageAware, QDialog):
    """`PdfPreviewDialog.show_pdf(parent, pdf=…, title=…, file_name=…, on_released=…)`.

    on_released(Released, where, reason) is called after a successful print or save, so the
    caller can write the access-log entry; where is the printer's name or the saved file's
    path. With `needs_reason` the nurse is asked why before each print or save (the list
    starts at `reason_preset`); otherwise the reason is "".
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        pdf: bytes,
        title: str,
        file_name: str,
        on_released: Callable[[Released, str, str], None] | None = None,
        needs_reason: bool = False,
        reason_preset: DisclosureReason | None = None,
    ) -> None:
        super().__init__(parent)
        self._needs_reason = needs_reason
        self._reason_preset = reason_preset
        self._reason = ""
        self.setObjectName("pdf_preview")
        self.setModal(True)
        self._pdf = pdf
        self._title = title
        self._file_name = file_name
        self._on_released = on_released
        self._zoom = 1.0
        self.pages = QWidget(objectName="preview_pages")
        self.pages.setStyleSheet("background: #6b6b6b;")
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setSpacing(16)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea(objectName="preview_scroll")
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.page_info = QLabel(objectName="preview_page_info")
        self.zoom_out_button = QPushButton(objectName="zoom_out")
        self.zoom_in_button = QPushButton(objectName="zoom_in")
        self.print_button = QPushButton(objectName="print_button")
        self.save_button = QPushButton(objectName="save_pdf_button")
        self.close_button = QPushButton(objectName="close_button")
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.page_info)
        buttons.addStretch(1)
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.save_button,
            self.print_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.zoom_in_button.clicked.connect(lambda: self._set_zoom(self._zoom * 1.25))
        self.zoom_out_button.clicked.connect(lambda: self._set_zoom(self._zoom / 1.25))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in_button.click)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out_button.click)
        self._document = pypdfium2.PdfDocument(pdf)
        self._page_count = len(self._document)  # the document is closed with the dialog
        resize_to_fit(self, 860, 980)
        # Start with the page fitting the width of the window (A4 at 100 % is wider).
        page_inches = self._document[0].get_width() / POINTS_PER_INCH if len(self._document) else 8
        self._zoom = min(1.0, (self.width() - 80) / (page_inches * self.logicalDpiX()))
        self._show_pages()
        self.scroll.verticalScrollBar().valueChanged.connect(self._render_shown)
        self.retranslate_ui()

    @classmethod
    def show_pdf(
        cls,
        parent: QWidget | None,
        *,
        pdf: bytes,
        title: str,
        file_name: str,
        on_released: Callable[[Released, str, str], None] | None = None,
        needs_reason: bool = False,
        reason_preset: DisclosureReason | None = None,
    ) -> None:
        dialog = cls(
            parent,
            pdf=pdf,
            title=title,
            file_name=file_name,
            on_released=on_released,
            needs_reason=needs_reason,
            reason_preset=reason_preset,
        )
        dialog.exec()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(placed(self.tr("Preview: %1"), self._title))
        self.page_info.setText(self.tr("%n page(s)", "", self._page_count))
        self.zoom_out_button.setText(self.tr("Smaller"))
        self.zoom_in_button.setText(self.tr("Larger"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.print_button.setToolTip(self.tr("Print on paper through the system dialog (Ctrl+P)"))
        self.save_button.setToolTip(self.tr("Save an unencrypted PDF file (Ctrl+S)"))

    @property
    def page_labels(self) -> list[QLabel]:
        return self.pages.findChildren(QLabel, "preview_page")

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = min(3.0, max(0.4, zoom))
        self._show_pages()

    def _show_pages(self) -> None:
        """A white placeholder of the right size for each page; only the pages in view (and
        one either side) are rendered, as the nurse scrolls. A pupil's whole record runs to
        dozens of pages: rendering them all up front took seconds before the window opened,
        and at 3.5 MB a page image, more memory than the rest of the app."""
        for label in self.page_labels:
            label.deleteLater()
            self._pages_layout.removeWidget(label)
        self._labels: list[QLabel] = []
        self._rendered: dict[int, QLabel] = {}  # in the order rendered, oldest first
        ratio = self.devicePixelRatioF()
        self._dpi = self.logicalDpiX() * self._zoom * ratio
        for index in range(self._page_count):
            width, height = self._document[index].get_size()
            label = QLabel(objectName="preview_page")
            label.setFixedSize(
                round(width / POINTS_PER_INCH * self._dpi / ratio),
                round(height / POINTS_PER_INCH * self._dpi / ratio),
            )
            label.setStyleSheet("background: white;")
            self._pages_layout.addWidget(label)
            self._labels.append(label)
        self._render_shown()

    def _render_shown(self) -> None:
        labels = self._labels
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        shown = [
            index
            for index, label in enumerate(labels)
            if label.geometry().bottom() >= top and label.geometry().top() <= bottom
        ]
        if not shown or not self.pages.isVisible():
            shown = [0]  # not laid out yet: the first page is what opens on screen
        wanted = range(max(0, shown[0] - 1), min(len(labels), shown[-1] + 2))
        for index in wanted:
            if index not in self._rendered:
                pixmap = QPixmap.fromImage(render_page(self._document[index], self._dpi))
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                labels[index].setPixmap(pixmap)
                self._rendered[index] = labels[index]
        for index in [i for i in self._rendered if i not in wanted]:
            if len(self._rendered) <= KEEP_RENDERED:
                break
            self._rendered.pop(index).clear()  # far out of view: its image is let go

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._render_shown)  # once laid out

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._render_shown)

    # Printing and saving -------------------------------------------------------------------

    def choose_printer(self, printer: QPrinter) -> bool:
        """The system print dialog; tests replace this method."""
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_reason(self) -> bool:
        """Why this print or save; False when the nurse cancels (then nothing leaves)."""
        if not self._needs_reason:
            return True
        reason = ReasonDialog.ask(self, preset=self._reason_preset)
        self._reason = reason or ""
        return reason is not None

    def print_pdf(self) -> None:
        if not self.ask_reason():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name)
        if not self.choose_printer(printer):
            return
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Print"), self.tr("The printer could not be started.")
            )
            return
        try:
            for index in range(len(self._document)):
                if index:
                    printer.newPage()
                image = render_page(self._document[index], dpi)
                page = painter.viewport()
                size = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(page.topLeft(), size), image)
        finally:
            painter.end()
        self._released(Released.PRINTED, printer.printerName() or printer.outputFileName())

    def confirm_unencrypted(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Save as PDF"),
            self.tr(
                "The PDF file will not be encrypted: anyone who gets the file can read it. "
                "Save it only where it is safe, and delete it when you no longer need it. "
                "Continue?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_file(self) -> str:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / self._file_name), "PDF (*.pdf)"
        )
        return target

    def save_pdf(self) -> None:
        if not self.ask_reason() or not self.confirm_unencrypted():
            return
        target = self.choose_file()
        if not target:
            return
        try:
            write_private_file(Path(target), self._pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                placed(self.tr("The file could not be saved: %1"), error.strerror or ""),
            )
            return
        except NurseDeskError as error:  # the vault's own file chosen: refused, nothing written
            QMessageBox.warning(self, self.tr("Save as PDF"), describe(error))
            return
        self._released(Released.SAVED, target)

    def done(self, result: int) -> None:
        # Let go of the document (and its page images) as soon as the preview closes.
        for label in self.page_labels:
            label.clear()
        self._rendered = {}
        self._labels = []
        self._document.close()
        super().done(result)

    def _released(self, how: Released, where: str) -> None:
        if self._on_released is not None:
            self._on_released(how, where, self._reason)
