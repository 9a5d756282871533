"""The yearly figures dialog (counts in the report's order, "< 5" until exact counts are asked,
a chart without the hidden counts, Print… and Save as CSV… logged) and Export everything…"""

from __future__ import annotations

import json
import stat

import pytest
from PySide6.QtWidgets import QMessageBox

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.figures import Figures, FiguresPeriod, with_all_rows
from nurse_desk.domain.journal import NoteKind
from nurse_desk.services import access, figures
from nurse_desk.services.demo import fill_everything
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.figures import export_dialog
from nurse_desk.ui.figures.export_dialog import ExportDialog, ExportRequest, export_everything
from nurse_desk.ui.figures.figures_dialog import FiguresDialog


@pytest.fixture
def demo(vault):
    fill_everything(vault)
    return vault


def table_text(dialog: FiguresDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [
        (table.item(row, 0).text().strip(), table.item(row, 1).text())
        for row in range(table.rowCount())
    ]


def test_counts_in_the_report_order_small_ones_hidden_until_exact(qtbot, demo):
    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    rows = table_text(dialog)
    labels = [label for label, _ in rows]
    assert labels[0] == "Overview" and labels.index("Conversations by topic") < labels.index(
        "Home visits"
    )
    assert ("Sleep", str(dialog._figures.conversations_by_topic["sleep"])) in rows
    assert any(count == "< 5" for _, count in rows)
    dialog.exact.setChecked(True)
    assert not any(count == "< 5" for _, count in table_text(dialog))
    bars = dialog.chart.bars
    assert bars.count() == len(dialog._figures.conversations_by_topic) and bars.at(0) >= 0


def test_a_hidden_count_draws_no_bar(qtbot, demo):
    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    dialog._charted = "home_visits"
    dialog._fill_chart()
    visits = dialog._figures.home_visits
    drawn = [dialog.chart.bars.at(i) for i in range(dialog.chart.bars.count())][::-1]
    expected = [n if n == 0 or n >= 5 else 0 for n in visits.values()]
    assert drawn == expected and any(0 < n < 5 for n in visits.values())


def test_print_and_csv_are_logged(qtbot, demo, tmp_path, monkeypatch):
    shown = {}

    def show_pdf(cls, parent, *, pdf, title, file_name, on_released=None):
        shown["pdf"] = pdf
        on_released(Released.PRINTED, "printer", "")  # how, where, why: as the preview calls

    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(show_pdf))
    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    dialog.print_figures()
    assert shown["pdf"].startswith(b"%PDF")
    target = tmp_path / "figures.csv"
    dialog.save_csv(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    details = [e.detail for e in access.log_entries(demo) if "yearly figures" in e.detail]
    assert len(details) == 2 and details[0].endswith("printed")
    assert details[1].endswith("saved as CSV")


def test_figures_saved_from_the_real_preview_are_logged(qtbot, demo, tmp_path, monkeypatch):
    """The preview calls back with how, where and the reason: the figures' callback took two
    of the three, so a save (or print) from the preview raised TypeError after the file was
    written, and nothing was logged."""
    target = tmp_path / "figures.pdf"
    monkeypatch.setattr(PdfPreviewDialog, "confirm_unencrypted", lambda self: True)
    monkeypatch.setattr(PdfPreviewDialog, "choose_file", lambda self: str(target))
    saved = {}

    def exec_(preview: PdfPreviewDialog) -> int:
        preview.save_pdf()
        saved["done"] = True
        preview.done(0)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    dialog.print_figures()
    assert saved == {"done": True} and target.read_bytes().startswith(b"%PDF")
    entries = [e for e in access.log_entries(demo) if "yearly figures" in e.detail]
    assert [e.action for e in entries] == [AccessAction.EXPORT]
    assert entries[0].detail.endswith("saved as PDF")


def test_a_plain_export_needs_the_warning_answered(qtbot, demo, tmp_path, monkeypatch):
    dialog = ExportDialog(None, suggested=tmp_path / "all.json")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # encrypted by default: a passphrase first
    dialog.plain.setChecked(True)
    assert save.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    save.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    save.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.answer() == ExportRequest(tmp_path / "all.json", None)


def test_export_everything_writes_and_logs(qtbot, demo, tmp_path, monkeypatch):
    target = tmp_path / "all.transfer"
    monkeypatch.setattr(
        export_dialog.ExportDialog,
        "ask",
        classmethod(lambda cls, parent, suggested: ExportRequest(target, "en lang overføring")),
    )
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: None))
    parent = ExportDialog(None, suggested=target)
    qtbot.addWidget(parent)
    assert not export_everything(parent, demo)  # no reason given: nothing is written
    assert not target.exists()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: "Ny PC"))
    assert export_everything(parent, demo)
    # Not the open JSON: its first byte is the random salt, which may be "{" (1 in 256 runs).
    with pytest.raises(ValueError):
        json.loads(target.read_bytes())
    entries = access.log_entries(demo, action=AccessAction.EXPORT)
    assert [e.detail for e in entries][-1] == (
        "whole vault, encrypted transfer file; reason: Ny PC"
    )


def test_export_everything_says_what_went_wrong(qtbot, demo, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "all.json"
    monkeypatch.setattr(
        export_dialog.ExportDialog,
        "ask",
        classmethod(lambda cls, parent, suggested: ExportRequest(target, None)),
    )
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: "Ny PC"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **k: warned.append(args[2]))
    parent = ExportDialog(None, suggested=target)
    qtbot.addWidget(parent)
    assert not export_everything(parent, demo)
    assert warned and json.dumps(warned)


def test_figures_and_export_errors_in_the_nurses_words():
    from nurse_desk.domain.figures import InvalidPeriod
    from nurse_desk.services.figures import UnknownSchool
    from nurse_desk.services.open_export import ExportNotReadable, NotATransferFile
    from nurse_desk.ui.messages import describe

    assert describe(UnknownSchool("Nordby skole")) == "There is no school named Nordby skole."
    assert "before its first day" in describe(InvalidPeriod("x"))
    assert "another version" in describe(ExportNotReadable("other_schema"))
    assert "changed or is damaged" in describe(ExportNotReadable("content"))
    assert "not a Nurse Desk transfer file" in describe(NotATransferFile("f"))


def test_export_everything_keeps_a_file_there_unless_the_nurse_replaces_it(
    qtbot, demo, tmp_path, monkeypatch
):
    """The export's file field is typed in (its suggestion beside the vault is the same name
    each time): last month's export was replaced without a word."""
    target = tmp_path / "nurse-desk-export.json"
    target.write_bytes(b"last month's export")
    monkeypatch.setattr(
        export_dialog.ExportDialog,
        "ask",
        classmethod(lambda cls, parent, suggested: ExportRequest(target, "en lang overføring")),
    )
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: "Ny PC"))
    said = [QMessageBox.StandardButton.No]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or said[0])
    parent = ExportDialog(None, suggested=target)
    qtbot.addWidget(parent)
    assert not export_everything(parent, demo)
    assert asked == [
        "nurse-desk-export.json is already there. Replace it? What it holds will be lost."
    ]
    assert target.read_bytes() == b"last month's export"
    assert access.log_entries(demo, action=AccessAction.EXPORT) == []
    said[0] = QMessageBox.StandardButton.Yes
    assert export_everything(parent, demo)
    assert target.read_bytes() != b"last month's export"
    assert len(access.log_entries(demo, action=AccessAction.EXPORT)) == 1


def test_a_changed_period_is_counted_before_anything_is_read_or_printed(qtbot, demo):
    """The school recounted at once but the dates waited for Count: the table went on showing
    the year's counts beside the new dates, and Print… printed them."""
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from nurse_desk.services import figures

    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    year = dict(table_text(dialog))["Conversations"]
    first = dialog.first.date().toPython()
    end = first + timedelta(days=40)
    dialog.last.setDate(QDate(end.year, end.month, end.day))
    assert not dialog.print_button.isEnabled() and not dialog.csv_button.isEnabled()
    counted = figures.compute(demo, dialog.period())
    assert str(counted.conversations) != year  # the test can fail: the counts differ
    qtbot.waitUntil(lambda: dict(table_text(dialog))["Conversations"] == str(counted.conversations))
    assert dialog._figures.period.last == end
    assert dialog.print_button.isEnabled() and dialog.csv_button.isEnabled()


def test_dates_the_wrong_way_round_wait_for_count_to_say_so(qtbot, demo, monkeypatch):
    from PySide6.QtCore import QDate

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    dialog.last.setDate(dialog.first.date().addDays(-1))  # half typed, say
    qtbot.wait(1000)
    assert not warned and not dialog.print_button.isEnabled()
    dialog.count_button.click()
    assert len(warned) == 1 and not dialog.print_button.isEnabled()
    dialog.last.setDate(QDate.currentDate())
    qtbot.waitUntil(dialog.print_button.isEnabled)


def test_counts_hidden_with_their_group_are_worded_and_explained(qtbot, demo, monkeypatch):
    """One small kind of conversation beside larger ones: it and the next larger kind show as
    hidden, the line below the table says why, and neither draws a bar."""
    kinds = {"planned": 30, "drop_in": 9, "phone": 2}

    def counted(_vault, period: FiguresPeriod, **_) -> Figures:
        by_kind = with_all_rows(kinds, tuple(NoteKind))
        return Figures(period, pupils_seen=20, conversations=41, conversations_by_kind=by_kind)

    monkeypatch.setattr(figures, "compute", counted)
    dialog = FiguresDialog(None, vault=demo)
    qtbot.addWidget(dialog)
    rows = dict(table_text(dialog))
    assert rows["Phone call"] == rows["On request / drop-in"] == "hidden"
    assert rows["Planned conversation"] == "30" and rows["Conversations"] == "41"
    assert not dialog.hidden_note.isHidden() and "worked out" in dialog.hidden_note.text()
    dialog._charted = "conversations_by_kind"
    dialog._fill_chart()
    drawn = [dialog.chart.bars.at(i) for i in range(dialog.chart.bars.count())][::-1]
    assert drawn[:3] == [30, 0, 0]
    dialog.exact.setChecked(True)
    assert dict(table_text(dialog))["Phone call"] == "2" and dialog.hidden_note.isHidden()
