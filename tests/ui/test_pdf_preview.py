"""The shared print preview: pages shown from memory, saving with a warning, printing, and the
caller told what left the app (so it can be logged)."""

from __future__ import annotations

import io
import stat

import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released


def two_pages() -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for text in ("first page", "second page"):
        sheet.drawString(72, 760, text)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


@pytest.fixture
def preview(qtbot):
    released: list[tuple[Released, str]] = []
    dialog = PdfPreviewDialog(
        None,
        pdf=two_pages(),
        title="Visit sheet",
        file_name="visit.pdf",
        on_released=lambda how, where: released.append((how, where)),
    )
    qtbot.addWidget(dialog)
    dialog.released = released
    yield dialog
    dialog.done(0)


def test_every_page_is_shown_as_an_image(preview):
    dialog = preview
    labels = dialog.page_labels
    assert len(labels) == 2
    image = labels[0].pixmap().toImage()
    # A4 is taller than wide, and the page is rendered (not blank): some dark pixels of text.
    assert image.height() > image.width() > 300
    dark = sum(
        1
        for y in range(40, 140)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 10


def test_zoom_renders_larger_pages(preview, qtbot):
    dialog = preview
    before = dialog.page_labels[0].pixmap().width()
    dialog.zoom_in_button.click()
    qtbot.waitUntil(lambda: len(dialog.page_labels) == 2)
    assert max(label.pixmap().width() for label in dialog.page_labels) > before


def test_saving_warns_then_writes_a_private_file_and_reports_it(preview, tmp_path, monkeypatch):
    dialog = preview
    target = tmp_path / "visit.pdf"
    monkeypatch.setattr(dialog, "confirm_unencrypted", lambda: False)
    dialog.save_button.click()
    assert not target.exists() and dialog.released == []
    monkeypatch.setattr(dialog, "confirm_unencrypted", lambda: True)
    monkeypatch.setattr(dialog, "choose_file", lambda: str(target))
    dialog.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog.released == [(Released.SAVED, str(target))]


def test_cancelled_print_releases_nothing(preview, monkeypatch):
    dialog = preview
    monkeypatch.setattr(dialog, "choose_printer", lambda printer: False)
    dialog.print_button.click()
    assert dialog.released == []


def test_printing_sends_every_page_to_the_printer(preview, tmp_path, monkeypatch):
    dialog = preview
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(dialog, "choose_printer", to_file)
    dialog.print_button.click()
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == 2
    assert dialog.released == [(Released.PRINTED, str(out))]
