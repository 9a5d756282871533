"""Settings change only on purpose: a wheel scrolled over a field chooses nothing, changing the
country asks first and says what changes, and a name being typed is kept if the vault locks
before the field is left. Driven through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton

from nurse_desk.services import settings
from nurse_desk.ui.workspace import Section

PASSPHRASE = "fjord tavle sykkel blåbær"  # the one the new_vault_window fixture sets


@pytest.fixture
def window(new_vault_window):
    window = new_vault_window
    settings.save_settings(window.session.vault, settings.VaultSettings("Kari", "", "no"))
    window.workspace.show_section(Section.SETTINGS)
    return window


def wheel_down(widget) -> None:
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def country(window) -> str:
    return settings.read_settings(window.session.vault).country


def test_a_wheel_scrolled_over_the_settings_fields_changes_nothing(qtbot, window):
    page = window.workspace.settings_page
    page.author_name.setFocus()
    idle, days, language = (
        page.idle_minutes.value(),
        page.draft_days.value(),
        page.language.currentIndex(),
    )
    for field in (page.country, page.idle_minutes, page.draft_days, page.language):
        wheel_down(field)
    assert country(window) == "no" and page.country.currentData() == "no"
    assert page.idle_minutes.value() == idle and page.draft_days.value() == days
    assert page.language.currentIndex() == language


def test_changing_the_country_asks_and_keep_leaves_it(qtbot, window, in_next_modal):
    page = window.workspace.settings_page
    seen = {}

    def read_then_click(name):
        def click(box) -> None:
            seen["text"] = box.text()
            box.findChild(QPushButton, name).click()

        return click

    page.country.setFocus()
    in_next_modal(read_then_click("country_keep"))
    qtbot.keyClick(page.country, Qt.Key.Key_Down)  # the keyboard chooses, as a click does
    assert "Sweden" in seen["text"] and "ID numbers" in seen["text"]
    assert country(window) == "no" and page.country.currentData() == "no"
    in_next_modal(read_then_click("country_change"))
    qtbot.keyClick(page.country, Qt.Key.Key_Down)
    assert country(window) == "se" and page.country.currentData() == "se"


def test_a_name_being_typed_is_kept_when_ctrl_l_locks(qtbot, window):
    page = window.workspace.settings_page
    page.author_name.setFocus()
    page.author_name.selectAll()
    qtbot.keyClicks(page.author_name, "Kari Nordmann")
    assert page.author_name.hasFocus()  # never left: editingFinished has not come
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.vault is None
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_unlocked)
    assert settings.read_settings(window.session.vault).author_name == "Kari Nordmann"


def test_locking_without_typing_leaves_the_saved_name(qtbot, window):
    window.workspace.show_section(Section.TODAY)  # the Settings fields were never touched
    for _ in range(2):  # the second time, the page has been emptied by the first lock
        window.lock_now()
        qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
        qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.session.is_unlocked)
        assert settings.read_settings(window.session.vault).author_name == "Kari"
