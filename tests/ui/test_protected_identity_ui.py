"""Protected identity on screen: a marker in the pupil list, on the pupil's page and in the
visits list; contacts and address shown only on a deliberate, logged click; marking logged;
planning a visit to a protected home warns; the record export asks who and why."""

from __future__ import annotations

from datetime import date

import pytest
from journal_fixtures import vault  # noqa: F401  (pytest fixture)
from protected_fixtures import add_protected_family, leaked, pdf_text
from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from visit_fixtures import TODAY

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.disclosure import Requester
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, pupils
from nurse_desk.ui.journal import pupil_page as pupil_page_module
from nurse_desk.ui.journal.export_record_dialog import ExportRecordDialog
from nurse_desk.ui.journal.pupil_page import PupilPageWidget
from nurse_desk.ui.pupils.pupil_table_model import PupilColumn, PupilTableModel
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.visits.visit_table_model import VisitColumn
from nurse_desk.ui.visits.visits_page import HomeVisitsPage


@pytest.fixture
def family(vault):  # noqa: F811
    return add_protected_family(vault)


@pytest.fixture
def session(qtbot, vault):  # noqa: F811
    holder = VaultSession(path=vault.path)
    holder.adopt(vault)
    return holder


@pytest.fixture
def pupil_page(qtbot, session, family):
    widget = PupilPageWidget(session=session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.show_pupil(family[0])
    return widget


def looks(vault, action):  # noqa: F811
    return access.log_entries(vault, action=action)


def test_the_pupil_list_marks_a_protected_pupil(qtbot, vault, family):  # noqa: F811
    model = PupilTableModel()
    model.set_rows(pupils.list_pupils(vault))
    index = model.index(0, PupilColumn.NAME)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Aasen, Emil"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Protected identity" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_page_shows_the_marker_and_the_phones_only_on_a_logged_click(
    pupil_page,
    vault,  # noqa: F811
):
    bar = pupil_page.protection
    assert bar.marker.isVisible() and "Protected identity" in bar.marker.text()
    header = pupil_page.header.text()
    assert "Anne Aasen" in header and leaked(header) == []
    assert looks(vault, AccessAction.SHOW_ADDRESS) == []
    bar.show_button.click()
    assert "+47 900 00 000" in bar.contacts.text()
    assert [e.detail for e in looks(vault, AccessAction.SHOW_ADDRESS)] == ["guardians' contacts"]


def test_the_lock_takes_the_shown_contacts_and_the_family_off_the_page(
    pupil_page,
    vault,  # noqa: F811
):
    """The lock clears every page (`clear_pupil_data`); the bar kept the guardians' phones on
    screen and the pupil, guardians and all, in memory until another pupil was opened."""
    bar = pupil_page.protection
    bar.show_button.click()
    assert "+47 900 00 000" in bar.contacts.text()
    pupil_page.clear_pupil_data()
    assert bar.contacts.text() == ""
    assert not bar.marker.isVisible() and not bar.toggle_button.isEnabled()
    held = repr(vars(bar))
    assert "Anne Aasen" not in held and "+47 900 00 000" not in held


def test_removing_the_protection_asks_and_is_logged(pupil_page, vault, monkeypatch):  # noqa: F811
    bar = pupil_page.protection
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    bar.toggle_button.click()
    assert looks(vault, AccessAction.UNPROTECT) == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    bar.toggle_button.click()
    assert len(looks(vault, AccessAction.UNPROTECT)) == 1
    shown = pupil_page.header.text().replace("\u00a0", " ")  # a phone's spaces don't break
    assert not bar.marker.isVisible() and "+47 900 00 000" in shown
    assert bar.toggle_button.text() == "Mark protected identity…"


def test_the_export_asks_who_and_why_and_logs_both(
    pupil_page,
    vault,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(
        ExportRecordDialog, "ask", classmethod(lambda cls, parent, pupil, **_: None)
    )
    pupil_page.export_button.click()
    assert looks(vault, AccessAction.EXPORT) == []
    monkeypatch.setattr(
        ExportRecordDialog,
        "ask",
        classmethod(lambda cls, parent, pupil, **_: (Requester.PUPIL, "Innsyn fra eleven")),
    )
    monkeypatch.setattr(
        pupil_page_module.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(
        pupil_page_module.QFileDialog, "getSaveFileName", lambda *a: (str(target), "")
    )
    pupil_page.export_button.click()
    assert leaked(pdf_text(target.read_bytes())) == []
    assert [e.detail for e in looks(vault, AccessAction.EXPORT)] == [
        "record pdf, for pupil; reason: Innsyn fra eleven"
    ]


def test_the_export_dialog_warns_when_a_guardian_asks_about_a_pupil_of_16(qtbot, vault):  # noqa: F811
    older = pupils.add_pupil(vault, NewPupil("Sara", "Berg", date(2009, 3, 1), "Granly", "10A"))
    pupil = next(p for p in pupils.list_pupils(vault) if p.id == older)
    dialog = ExportRecordDialog(None, pupil=pupil, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.warning.isVisible()
    dialog.buttons_by_requester[Requester.GUARDIAN].setChecked(True)
    assert dialog.warning.isVisible() and ok.isEnabled()  # the reason list starts filled in
    dialog.buttons_by_requester[Requester.PUPIL].setChecked(True)
    assert not dialog.warning.isVisible()


def test_the_visits_list_hides_a_protected_address_until_asked(
    qtbot,
    session,
    vault,  # noqa: F811
    family,
):
    page = HomeVisitsPage(session=session, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.reload(select=family[1])
    marked = page.table.currentIndex().siblingAtColumn(VisitColumn.PUPIL)
    assert not marked.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "(Protected identity)" in marked.data(Qt.ItemDataRole.ToolTipRole)
    text = page.detail.toPlainText()
    assert "Protected identity" in text and "Show address" in text and leaked(text) == []
    page.detail.anchorClicked.emit(QUrl("show-address"))
    assert "Granlyveien 12" in page.detail.toPlainText()
    assert [e.detail for e in looks(vault, AccessAction.SHOW_ADDRESS)] == [f"visit {family[1]}"]


def test_planning_a_visit_to_a_protected_home_warns(
    qtbot,
    vault,  # noqa: F811
    family,
    monkeypatch,
):
    dialog = VisitDialog(None, vault=vault, today=TODAY, pupil_id=family[0],
                         pupils=pupils.list_pupils(vault))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.protected_warning.isVisible()
    assert dialog.form.address.text() == ""  # the remembered address is not put on screen
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No,
    )
    dialog.form.start.setTime(QTime(14, 0))
    dialog._on_save_clicked()
    assert len(asked) == 1 and "protected identity" in asked[0][2]
    assert dialog.saved is None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog._on_save_clicked()
    assert dialog.saved is not None and dialog.saved.plan.pupil_id == family[0]
