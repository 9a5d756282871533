"""Welcome → create → main window → lock → unlock, as a nurse would go through it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from nurse_desk.ui.workspace import Section

PASSPHRASE = "fjord tavle sykkel blåbær"


def open_vault_descriptors(vault: Path) -> list[str]:
    found = []
    for entry in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{entry}")
        except OSError:
            continue
        if target.startswith(str(vault)):
            found.append(target)
    return found


def create_through_welcome(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    welcome = window.welcome
    assert window.screens.currentWidget() is welcome
    qtbot.keyClicks(welcome.passphrase.first, passphrase)
    assert not welcome.create_button.isEnabled()  # not until it is repeated
    qtbot.keyClicks(welcome.passphrase.second, passphrase)
    assert welcome.create_button.isEnabled()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)


def test_first_start_offers_create_and_demo(make_window, vault_folder):
    window = make_window(vault_folder / "new.vault")
    assert window.screens.currentWidget() is window.welcome
    assert window.welcome.demo_button.isEnabled()
    assert not window.lock_action.isEnabled()


def test_weak_passphrase_keeps_create_disabled(qtbot, make_window, vault_folder):
    window = make_window(vault_folder / "new.vault")
    qtbot.keyClicks(window.welcome.passphrase.first, "short")
    qtbot.keyClicks(window.welcome.passphrase.second, "short")
    assert not window.welcome.create_button.isEnabled()
    assert window.welcome.passphrase.meter.value() == 0


def test_create_lock_unlock_returns_to_the_same_page(qtbot, make_window, vault_folder):
    path = vault_folder / "nurse.vault"
    window = make_window(path)
    create_through_welcome(qtbot, window)
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    assert "Unlocked" in window.lock_status.text()
    window.workspace.show_section(Section.SETTINGS)

    window.lock_action.trigger()
    assert window.screens.currentWidget() is window.unlock
    assert window.session.vault is None
    assert open_vault_descriptors(path) == []
    assert "Locked" in window.lock_status.text()

    qtbot.keyClicks(window.unlock.passphrase, "not the passphrase at all")
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.unlock
    assert "Wrong passphrase" in window.unlock.error.text()
    assert window.unlock.passphrase.text() == ""

    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.workspace
    assert window.workspace.current_section is Section.SETTINGS


def test_ctrl_l_locks(qtbot, make_window, vault_folder):
    window = make_window(vault_folder / "nurse.vault")
    create_through_welcome(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(
        window.workspace.pupils_page.filter, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: window.session.vault is None)


def test_lock_empties_every_model_holding_pupils(qtbot, make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    page = window.workspace.pupils_page
    window.workspace.show_section(Section.PUPILS)  # the list is read when first shown
    assert page.model.rowCount() > 200
    qtbot.keyClicks(page.filter, "Aasen")
    demo_vault = window.session.path
    window.lock_now()
    assert page.model.rowCount() == 0
    assert page.proxy.rowCount() == 0
    assert page.filter.text() == ""
    assert open_vault_descriptors(demo_vault) == []


def test_idle_minutes_lock_the_vault(qtbot, make_window, vault_folder, clock):
    path = vault_folder / "idle.vault"
    window = make_window(path)
    create_through_welcome(qtbot, window)
    window.idle_watcher.check()
    assert window.session.is_unlocked
    clock.advance(4 * 60)
    window.idle_watcher.check()
    assert window.session.is_unlocked  # default is 5 minutes
    clock.advance(61)
    window.idle_watcher.check()
    assert not window.session.is_unlocked
    assert window.screens.currentWidget() is window.unlock
    assert window.workspace.pupils_page.model.rowCount() == 0
    assert open_vault_descriptors(path) == []


def test_activity_postpones_the_idle_lock(qtbot, make_window, vault_folder, clock):
    window = make_window(vault_folder / "idle.vault")
    create_through_welcome(qtbot, window)
    clock.advance(4 * 60)
    qtbot.keyClick(window.workspace.pupils_page.filter, Qt.Key.Key_A)
    clock.advance(4 * 60)
    window.idle_watcher.check()
    assert window.session.is_unlocked


def test_demo_vault_is_marked_and_thrown_away_on_close(qtbot, make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    assert "DEMO" in window.windowTitle()
    folder = window.session.path.parent
    assert folder.exists()
    window.close()
    assert not folder.exists()


def test_pupil_filter_matches_every_word(qtbot, make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    page = window.workspace.pupils_page
    window.workspace.show_section(Section.PUPILS)
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.filter, "fjellvang 10")
    shown = page.proxy.rowCount()
    assert 0 < shown < total
    for row in range(shown):
        record = page.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        assert record.school_name == "Fjellvang ungdomsskole"
        assert record.class_name.startswith("10")


def test_window_geometry_is_remembered_without_pupil_data(
    qtbot, make_window, vault_folder, settings_file
):
    window = make_window(vault_folder / "nurse.vault")
    create_through_welcome(qtbot, window)
    window.resize(700, 580)  # smaller than the offscreen screen (800×600)
    window.close()
    again = make_window(vault_folder / "nurse.vault")
    # The height as left; the width as narrow as the pages allow (their minimum is ~800 px).
    assert again.height() == 580
    assert again.width() < 800
    assert again.screens.currentWidget() is again.unlock
    stored = settings_file.read_bytes()
    assert PASSPHRASE.encode() not in stored
    assert b"Aasen" not in stored


def test_welcome_warns_about_a_cloud_synced_folder(make_window, tmp_path):
    window = make_window(tmp_path / "Dropbox" / "nurse.vault")
    assert window.welcome.cloud_warning.isVisibleTo(window.welcome)
    window.welcome.path_field.setText(str(tmp_path / "local" / "nurse.vault"))
    assert not window.welcome.cloud_warning.isVisibleTo(window.welcome)


def test_ctrl_l_locks_even_inside_a_modal_dialog(qtbot, make_window, vault_folder, in_next_modal):
    window = make_window(vault_folder / "nurse.vault")
    create_through_welcome(qtbot, window)
    seen = in_next_modal(
        lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    )
    window.actions_.back_up()  # opens the backup dialog; Ctrl+L must close it and lock
    assert seen["dialog"] is not None and not seen["dialog"].isVisible()
    assert window.session.vault is None
    assert window.screens.currentWidget() is window.unlock


def test_new_vault_from_the_unlock_screen_never_suggests_an_existing_file(
    qtbot, make_window, vault_folder
):
    path = vault_folder / "nurse.vault"
    window = make_window(path)
    create_through_welcome(qtbot, window)
    window.lock_now()
    window.unlock.new_button.click()
    suggested = Path(window.welcome.path_field.text())
    assert suggested != path and not suggested.exists()


def test_damage_found_after_unlock_is_told_to_the_nurse(
    qtbot, make_window, vault_folder, monkeypatch
):
    """The unlock does not wait for the integrity check; the check runs after it and a damaged
    page still reaches the nurse as a message."""
    from nurse_desk.domain import errors
    from nurse_desk.storage.vault import Vault

    path = vault_folder / "nurse.vault"
    window = make_window(path)
    window.session._check_timer.setInterval(10)  # not the 3 s a nurse's unlock waits
    create_through_welcome(qtbot, window)
    window.lock_action.trigger()

    def damaged(self):
        raise errors.DamagedVault("planted", 42)

    monkeypatch.setattr(Vault, "quick_check", damaged)
    shown = []
    monkeypatch.setattr(
        "nurse_desk.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.damage_found, timeout=5000):
        qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.workspace
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "42" in shown[0]
