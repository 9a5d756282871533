"""The vault locks when the desktop locks or sleeps, and a lock takes the app's copies off the
clipboard. D-Bus is tested against a private session bus when dbus-daemon is installed."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from nurse_desk.ui.desktop_lock import ClipboardGuard, DesktopLockWatcher
from nurse_desk.ui.vault_session import VaultSession


def copy_from_a_field(qtbot, text: str) -> QLineEdit:
    field = QLineEdit(text)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is field)
    field.selectAll()
    field.copy()  # what Ctrl+C does
    return field


def test_a_lock_takes_what_the_app_copied_off_the_clipboard(qtbot, vault, tmp_path):
    session = VaultSession(path=vault.path)
    session.adopt(vault)
    copy_from_a_field(qtbot, "Emil Aasen, 12.10.2012")
    assert QGuiApplication.clipboard().text() == "Emil Aasen, 12.10.2012"

    session.lock()

    assert QGuiApplication.clipboard().text() == ""


def test_what_another_program_copied_since_is_left_alone(qtbot):
    guard = ClipboardGuard()
    copy_from_a_field(qtbot, "fra journalen").close()  # she is in another program now
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None)
    QGuiApplication.clipboard().setText("a shopping list")

    guard.clear_ours()

    assert QGuiApplication.clipboard().text() == "a shopping list"


@pytest.mark.parametrize(
    ("slot", "argument", "locks"),
    [
        ("_on_going_to_sleep", True, True),
        ("_on_going_to_sleep", False, False),  # waking up
        ("_on_session_lock", None, True),
        ("_on_screen_saver", True, True),
        ("_on_screen_saver", False, False),
    ],
)
def test_each_desktop_report_locks_or_not(qtbot, slot, argument, locks):
    watcher = DesktopLockWatcher()
    seen = []
    watcher.desktop_locking.connect(lambda: seen.append(True))

    method = getattr(watcher, slot)
    method() if argument is None else method(argument)

    assert bool(seen) == locks


def test_the_window_locks_when_the_desktop_does(make_window, vault):
    window = make_window(vault.path)
    window.session.adopt(vault)
    assert window.session.is_unlocked

    window.desktop_lock.desktop_locking.emit()

    assert not window.session.is_unlocked


@pytest.fixture
def private_session_bus(monkeypatch):
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("no dbus-daemon here: the D-Bus path cannot be run")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.kill()
    daemon.wait(timeout=10)


def test_a_screen_saver_signal_on_the_session_bus_locks(qtbot, private_session_bus):
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(private_session_bus, "nurse-desk-test")
    watcher = DesktopLockWatcher()
    assert bus.isConnected()
    watcher.listen_on("session", bus)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in watcher.listening_to
    seen = []
    watcher.desktop_locking.connect(lambda: seen.append(True))

    subprocess.run(
        [
            "dbus-send",
            f"--bus={private_session_bus}",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ],
        check=True,
        env={**os.environ},
    )

    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    QDBusConnection.disconnectFromBus("nurse-desk-test")
