"""The shared print preview: pages shown from memory, saving with a warning, printing, and the
caller told what left the app (so it can be logged)."""

from __future__ import annotations

import io
import stat

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from nurse_desk.domain.disclosure import DisclosureReason
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.common.reason_dialog import ReasonDialog


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
        on_released=lambda how, where, _reason: released.append((how, where)),
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


def test_a_closed_preview_survives_a_language_switch(preview):
    from PySide6.QtCore import QCoreApplication, QEvent

    preview.done(0)
    QCoreApplication.sendEvent(preview, QEvent(QEvent.Type.LanguageChange))
    assert preview.page_info.text()


def test_with_a_reason_needed_nothing_leaves_until_the_nurse_says_why(qtbot, tmp_path, monkeypatch):
    released = []
    dialog = PdfPreviewDialog(
        None,
        pdf=two_pages(),
        title="Visit sheet",
        file_name="visit.pdf",
        on_released=lambda how, where, reason: released.append((how, reason)),
        needs_reason=True,
        reason_preset=DisclosureReason.HOME_VISIT,
    )
    qtbot.addWidget(dialog)
    target = tmp_path / "visit.pdf"
    monkeypatch.setattr(dialog, "confirm_unencrypted", lambda: True)
    monkeypatch.setattr(dialog, "choose_file", lambda: str(target))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: None))
    dialog.save_button.click()
    assert not target.exists() and released == []
    asked = []

    def answer(cls, parent, *, preset):
        asked.append(preset)
        return "Preparing a home visit: first visit"

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(answer))
    dialog.save_button.click()
    assert target.exists()
    assert asked == [DisclosureReason.HOME_VISIT]
    assert released == [(Released.SAVED, "Preparing a home visit: first visit")]
    dialog.done(0)


def test_the_reason_dialog_needs_a_choice_and_words_for_other(qtbot):
    dialog = ReasonDialog(None, preset=None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    fields = dialog.fields
    fields.kind.setCurrentIndex(list(DisclosureReason).index(DisclosureReason.OTHER))
    assert not ok.isEnabled()
    fields.text.setText("  school  doctor asked ")
    assert ok.isEnabled() and fields.reason() == "school doctor asked"
    fields.kind.setCurrentIndex(list(DisclosureReason).index(DisclosureReason.CARE))
    assert fields.reason() == "The pupil's follow-up: school doctor asked"
    fields.text.clear()
    assert ok.isEnabled() and fields.reason() == "The pupil's follow-up"


def test_a_long_printout_renders_only_the_pages_in_view(qtbot):
    from nurse_desk.ui.common.pdf_preview import KEEP_RENDERED

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for number in range(40):
        sheet.drawString(72, 760, f"page {number + 1}")
        sheet.showPage()
    sheet.save()
    dialog = PdfPreviewDialog(None, pdf=buffer.getvalue(), title="Record", file_name="r.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = dialog.page_labels
    assert len(labels) == 40
    qtbot.waitUntil(lambda: not labels[0].pixmap().isNull())

    def rendered() -> list[int]:
        return [i for i, label in enumerate(labels) if not label.pixmap().isNull()]

    assert len(rendered()) <= 3  # the first page in view and the next one
    assert labels[39].height() == labels[0].height()  # placeholders of the page's size
    bar = dialog.scroll.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)):
        bar.setValue(value)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: 39 in rendered())
    assert 0 not in rendered() and len(rendered()) <= KEEP_RENDERED + 3
    dialog.done(0)


def test_saving_over_the_open_vault_is_refused_with_a_message(preview, monkeypatch, vault_folder):
    """Chosen in the file dialog, the vault's own file would have been replaced by the PDF."""
    from PySide6.QtWidgets import QMessageBox

    from nurse_desk.storage.vault import Vault

    vault = Vault.create(vault_folder / "nurse.vault", "fjord tavle sykkel blåbær")
    try:
        before = vault.path.read_bytes()
        warned: list[str] = []
        monkeypatch.setattr(preview, "confirm_unencrypted", lambda: True)
        monkeypatch.setattr(preview, "choose_file", lambda: str(vault.path))
        monkeypatch.setattr(
            QMessageBox, "warning", staticmethod(lambda p, t, text: warned.append(text))
        )
        preview.save_button.click()
        assert vault.path.read_bytes() == before and preview.released == []
        assert warned == [
            f"{vault.path} is the open vault or one of its files; nothing was written. "
            "Choose another name."
        ]
    finally:
        vault.lock()
