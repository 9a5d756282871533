"""After a lock, the first show of a long list paints its rows once. The lock empties the lists;
filled again, a list that had lost its scroll bar got it back, its stretched column narrowed,
and Qt's table repainted the column after the first paint: every visible cell twice, each
asking the model (Python) for each of its roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from test_page_reading import GOOD, fill

from nurse_desk.services.vault_access import create_vault
from nurse_desk.ui.workspace import Section


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def busy_window(make_window, vault_folder):
    path = vault_folder / "busy.vault"
    vault = create_vault(path, GOOD, GOOD)
    fill(vault, due_today=120)  # more rows than fit: the lists scroll
    vault.lock()
    window = make_window(path)
    window.resize(1024, 700)
    return window


@pytest.mark.parametrize(
    ("section", "view"),
    [
        (Section.TODAY, lambda page: page.agenda_view),
        (Section.PUPILS, lambda page: page.table),
        (Section.FOLLOW_UPS, lambda page: page.table),
    ],
    ids=["today", "pupils", "follow-ups"],
)
def test_the_first_show_after_an_unlock_paints_a_long_list_once(busy_window, qtbot, section, view):
    window = busy_window
    window.session.unlock(GOOD)
    workspace = window.workspace
    workspace.show_section(section)  # the list shown once, with its rows, before the lock
    qtbot.wait(50)
    workspace.show_section(Section.SETTINGS)
    window.lock_now()
    window.session.unlock(GOOD)  # back on Settings: the list's page is not read yet
    qtbot.wait(50)
    table = view(workspace.page(section))
    counter = PaintCounter(table.viewport())
    workspace.show_section(section)
    qtbot.wait(100)  # the first paint, and anything Qt had put off until after it
    assert table.model().rowCount() > 100
    assert table.verticalScrollBar().isVisible()
    assert counter.paints == 1
