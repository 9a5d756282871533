"""The window tells the nurse when the access log was cut short or rewritten since she last
locked, and failed unlocks reach the log."""

from __future__ import annotations

from log_tampering import behind_the_apps_back, recompute_chain
from PySide6.QtCore import Qt

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.services import access

PASSPHRASE = "fjord tavle sykkel blåbær"


def create_and_lock(qtbot, window) -> None:
    qtbot.keyClicks(window.welcome.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(window.welcome.passphrase.second, PASSPHRASE)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_unlocked)
    window.lock_action.trigger()


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    qtbot.keyClicks(window.unlock.passphrase, passphrase)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)


def test_a_log_cut_short_behind_the_apps_back_is_told_at_unlock(
    qtbot, make_window, vault_folder, monkeypatch
):
    path = vault_folder / "nurse.vault"
    window = make_window(path)
    create_and_lock(qtbot, window)
    for wrong in ("not it at all", "still not it"):  # two entries: failed unlocks
        unlock(qtbot, window, wrong)
    unlock(qtbot, window)
    assert window.session.is_unlocked
    entries = access.log_entries(window.session.vault)
    assert [e.action for e in entries] == [AccessAction.UNLOCK_FAILED]
    assert entries[0].detail.startswith("2 failed unlocks")
    window.lock_action.trigger()

    with behind_the_apps_back(path, PASSPHRASE) as db:
        db.execute("DELETE FROM access_log")
        recompute_chain(db)
    shown = []
    monkeypatch.setattr(
        "nurse_desk.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    unlock(qtbot, window)
    assert window.session.is_unlocked
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "cut short" in shown[0] and "number 1 on" in shown[0]
    assert "written to the access log" in shown[0]
    found = access.log_entries(window.session.vault, action=AccessAction.LOG_FINDING)
    assert len(found) == 1
