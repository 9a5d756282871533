"""The main window: welcome, unlock or the workspace, with the lock always one key away.

Only the welcome and unlock screens are built at start. The workspace, its pages and the vault's
care (backup, restore) are built when first needed, on the first unlock, and the dialogs when
opened: they load the database layers, reports and calendars, which would keep the unlock screen
waiting.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from nurse_desk.domain import errors
from nurse_desk.preferences import Preferences
from nurse_desk.ui.common.busy import busy_cursor
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.page_stack import PageStack
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.desktop_lock import DesktopLockWatcher
from nurse_desk.ui.i18n import Translations, default_country
from nurse_desk.ui.idle_lock import IdleWatcher
from nurse_desk.ui.resources import icon
from nurse_desk.ui.screens.unlock_screen import UnlockScreen
from nurse_desk.ui.screens.welcome_screen import WelcomeScreen
from nurse_desk.ui.vault_session import VaultSession

if TYPE_CHECKING:
    from nurse_desk.ui.help_dialog import HelpDialog
    from nurse_desk.ui.vault_actions import VaultActions
    from nurse_desk.ui.workspace import Section, Workspace


def unused_vault_path(beside: Path) -> Path:
    """A name next to `beside` that no file has yet: a new vault never overwrites one."""
    candidate, number = beside, 1
    while candidate.exists():
        number += 1
        candidate = beside.with_name(f"{beside.stem}-{number}{beside.suffix or '.vault'}")
    return candidate


def describe(error: BaseException) -> str:
    """The nurse's words for an error (the messages module knows every error type, so it loads
    most of the app: imported when an error is shown, not at start)."""
    from nurse_desk.ui.messages import describe as words_for

    return words_for(error)


def close_open_dialogs() -> list[str]:
    """On lock nothing about a pupil may stay on screen, modal dialogs included. Each dialog
    keeps what it can of the typed words first; returns the notes saying what became of them."""
    from nurse_desk.ui.common.lock_notes import forget_closed, keep_before_closing

    notes: list[str] = []
    for _ in range(10):  # nested dialogs close one level at a time
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            break
        note = keep_before_closing(dialog)
        if note:
            notes.append(note)
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
        forget_closed(dialog)
    return notes


class MainWindow(LanguageAware, QMainWindow):
    def __init__(
        self,
        *,
        session: VaultSession,
        preferences: Preferences,
        translations: Translations,
        idle_watcher: IdleWatcher,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session = session
        self.preferences = preferences
        self.translations = translations
        self.idle_watcher = idle_watcher
        self._section_before_lock: Section | None = None  # None: the workspace's first section
        self._lock_notes: list[str] = []  # what the lock did with typed words: told on unlock

        self.welcome = WelcomeScreen(self, vault_path=session.path)
        self.unlock = UnlockScreen(self)
        self._workspace: Workspace | None = None  # built when first needed: see `workspace`
        self.help_dialog: HelpDialog | None = None  # built when first asked for
        self.actions_: VaultActions | None = None  # built with the workspace
        self.screens = PageStack(objectName="screens")
        for screen in (self.welcome, self.unlock):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)
        self._build_actions()
        self._build_status_bar()
        self._connect_signals()
        self.retranslate_ui()
        self._show_language()
        geometry = preferences.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            resize_to_fit(self, 1100, 720)  # a 1024 x 700 screen shows it whole
        self.show_start_screen()

    # -- building ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.lock_action = QAction(icon("lock"), "", self, objectName="lock_action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = QAction(self, objectName="quit_action")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.save_demo_action = QAction(self, objectName="save_demo_action")
        self.search_action = QAction(self, objectName="search_action")
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.section_actions: list[QAction] = []  # Ctrl+1 … for each section, with the workspace
        self.file_menu = self.menuBar().addMenu("")
        for action in (self.lock_action, self.save_demo_action, self.quit_action):
            self.file_menu.addAction(action)
        self.about_action = QAction(self, objectName="about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the app menu
        self.guide_action = QAction(self, objectName="guide_action")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.addAction(self.search_action)
        self.toolbar = QToolBar(objectName="main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.search_action)
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        self.vault_status = QLabel(objectName="vault_status")
        self.lock_status = QLabel(objectName="lock_status")
        self.statusBar().addWidget(self.vault_status, 1)
        self.statusBar().addPermanentWidget(self.lock_status)

    def _connect_signals(self) -> None:
        self.lock_action.triggered.connect(self._on_lock_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.session.unlocked.connect(self._on_session_unlocked)
        self.session.locked.connect(self._on_session_locked)
        self.session.damage_found.connect(self._on_session_damage_found)
        self.session.log_finding.connect(self._on_session_log_finding)
        self.idle_watcher.idle_reached.connect(self._on_idle_watcher_idle_reached)
        self.idle_watcher.lock_key_pressed.connect(self._on_idle_watcher_idle_reached)
        self.desktop_lock = DesktopLockWatcher(self)  # screen locked, laptop going to sleep
        self.desktop_lock.desktop_locking.connect(self._on_idle_watcher_idle_reached)
        self.welcome.create_requested.connect(self._on_welcome_create_requested)
        self.welcome.demo_requested.connect(self._on_welcome_demo_requested)
        self.unlock.unlock_requested.connect(self._on_unlock_unlock_requested)
        self.unlock.other_vault_chosen.connect(self._on_unlock_other_vault_chosen)
        self.unlock.new_vault_requested.connect(self._on_unlock_new_vault_requested)
        self.welcome.language.chosen.connect(self._on_settings_language_chosen)
        self.unlock.language.chosen.connect(self._on_settings_language_chosen)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.guide_action.triggered.connect(self._on_guide_action_triggered)

    @property
    def workspace(self) -> Workspace:
        """The unlocked part of the window, built when first needed: normally on first unlock."""
        if self._workspace is None:
            self._workspace = self._build_workspace()
        return self._workspace

    def _build_workspace(self) -> Workspace:
        """The workspace, its Ctrl+1… shortcuts and the vault's care (backup, restore)."""
        self.session.preload.wait()  # the pages import the services: not beside the preload
        # Here, not at the top: the pages load most of the app (see the module docstring).
        from nurse_desk.ui.vault_actions import VaultActions
        from nurse_desk.ui.workspace import Section, Workspace

        workspace = Workspace(self, session=self.session, preferences=self.preferences)
        self.screens.addWidget(workspace)
        self.actions_ = VaultActions(self, session=self.session)
        for section in Section:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{section + 1}"))
            action.triggered.connect(lambda _=False, s=section: workspace.show_section(s))
            action.setEnabled(self.session.is_unlocked)
            self.addAction(action)
            self.section_actions.append(action)
        self.save_demo_action.triggered.connect(self.actions_.save_demo_as_vault)
        settings = workspace.settings_page
        settings.language_chosen.connect(self._on_settings_language_chosen)
        settings.idle_minutes_changed.connect(self._on_settings_idle_minutes_changed)
        settings.change_passphrase_requested.connect(self.actions_.change_passphrase)
        settings.backup_requested.connect(self.actions_.back_up)
        settings.restore_requested.connect(self.actions_.restore)
        settings.access_log_requested.connect(self._on_settings_access_log_requested)
        settings.show_language(self.translations.language)
        workspace.show_demo_banner(self.session.is_demo)
        return workspace

    def retranslate_ui(self) -> None:
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.save_demo_action.setText(self.tr("&Save demo as a vault…"))
        self.search_action.setText(self.tr("Search notes"))
        self.search_action.setToolTip(self.tr("Search in every note (Ctrl+F)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.about_action.setText(self.tr("&About Nurse Desk"))
        self.guide_action.setText(self.tr("&User guide"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_title_and_status()

    # -- screens ----------------------------------------------------------------------
    def show_start_screen(self) -> None:
        if self.session.is_unlocked:
            self._show_workspace()
        elif self.session.path.exists():
            self._show_unlock()
        else:
            self._show_welcome()

    def _show_welcome(self) -> None:
        self.welcome.reset()
        self.screens.setCurrentWidget(self.welcome)
        self.welcome.setFocus()
        self._update_title_and_status()

    def _show_unlock(self) -> None:
        self.unlock.prepare(self.session.path, demo=self.session.is_demo)
        self.screens.setCurrentWidget(self.unlock)
        self.unlock.setFocus()
        self._update_title_and_status()

    def _show_workspace(self) -> None:
        with busy_cursor():
            workspace = self.workspace
            workspace.reload()
        self.screens.setCurrentWidget(workspace)
        if self._section_before_lock is not None:
            workspace.show_section(self._section_before_lock)
        else:
            workspace.show_section(workspace.current_section)  # the first: focus its page
        self._update_title_and_status()

    def _update_title_and_status(self) -> None:
        unlocked = self.session.is_unlocked
        title = self.tr("Nurse Desk")
        if self.session.is_demo:
            title = self.tr("DEMO") + " — " + title
        if self.screens.currentWidget() is not self.welcome:
            title = f"{self.session.path.name} — {title}"
        self.setWindowTitle(title)
        self.lock_action.setEnabled(unlocked)
        self.search_action.setEnabled(unlocked)
        self.save_demo_action.setVisible(self.session.is_demo)
        self.toolbar.setVisible(unlocked)
        for action in self.section_actions:
            action.setEnabled(unlocked)
        if self._workspace is not None:
            self._workspace.show_demo_banner(self.session.is_demo)
        self.vault_status.setText(placed(self.tr("Vault: %1"), str(self.session.path)))
        self.lock_status.setText(self.tr("Unlocked") if unlocked else self.tr("Locked"))

    # -- slots ------------------------------------------------------------------------
    def _on_session_unlocked(self) -> None:
        if not self.session.is_demo:
            self.preferences.last_vault = self.session.path
        self.idle_watcher.arm()
        self._show_workspace()
        from nurse_desk.ui.common.lock_notes import show_lock_notes

        notes, self._lock_notes = self._lock_notes, []
        show_lock_notes(self, notes)

    def _on_session_locked(self) -> None:
        self.idle_watcher.disarm()
        close_open_dialogs()
        if self._workspace is not None:
            self._workspace.clear_pupil_data()
        self._show_unlock()

    def _on_session_damage_found(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Nurse Desk"), describe(error))

    def _on_session_log_finding(self, error: BaseException) -> None:
        written = self.tr("What was found has been written to the access log.")
        QMessageBox.warning(self, self.tr("Nurse Desk"), f"{describe(error)}\n\n{written}")

    def _on_search_action_triggered(self) -> None:
        vault = self.session.vault
        if vault is None:
            return
        from nurse_desk.ui.journal.search_dialog import NoteSearchDialog  # see module docstring

        dialog = NoteSearchDialog(self, vault=vault)
        dialog.pupil_chosen.connect(self._on_search_pupil_chosen)
        dialog.exec()

    def _on_search_pupil_chosen(self, pupil_id: int) -> None:
        self.workspace.open_pupil(pupil_id)

    def _on_settings_access_log_requested(self) -> None:
        vault = self.session.vault
        if vault is not None:
            from nurse_desk.ui.journal.access_log_dialog import AccessLogDialog  # see docstring

            AccessLogDialog(self, vault=vault).exec()

    def _on_about_action_triggered(self) -> None:
        from nurse_desk.ui.about_dialog import AboutDialog  # reads every package's metadata

        AboutDialog(self, vault_path=self.session.path, demo=self.session.is_demo).exec()

    def _on_guide_action_triggered(self) -> None:
        """Beside the window, not over it: she reads a step and does it."""
        if self.help_dialog is None:
            from nurse_desk.ui.help_dialog import HelpDialog  # see module docstring

            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def _on_lock_action_triggered(self) -> None:
        self.lock_now()

    def lock_now(self) -> None:
        if self.session.is_unlocked:
            # First, so the open dialogs keep what was typed while the vault is open.
            self._lock_notes += close_open_dialogs()
            if self._workspace is not None:
                self._section_before_lock = self._workspace.current_section
            self.session.lock()

    def _on_idle_watcher_idle_reached(self) -> None:
        self.lock_now()

    def _on_welcome_create_requested(
        self, path: Path, new: str, repeated: str, country: str
    ) -> None:
        try:
            with busy_cursor():
                self.session.create(path, new, repeated, country)
        except (errors.NurseDeskError, OSError) as error:
            self.welcome.show_error(describe(error))
        else:
            self.welcome.reset()

    def _on_welcome_demo_requested(self) -> None:
        try:
            with busy_cursor():
                self.session.open_demo(default_country(self.translations.language))
        except (errors.NurseDeskError, OSError) as error:
            self.welcome.show_error(describe(error))

    def _on_unlock_unlock_requested(self, secret: str) -> None:
        try:
            with busy_cursor():
                self.session.unlock(secret)
        except (errors.NurseDeskError, OSError) as error:
            self.unlock.show_error(describe(error))

    def _on_unlock_other_vault_chosen(self, path: Path) -> None:
        self.session.discard_demo()
        self.session.path = path
        self._show_unlock()

    def _on_unlock_new_vault_requested(self) -> None:
        self.session.discard_demo()
        self.welcome.path_field.setText(str(unused_vault_path(self.session.path)))
        self._show_welcome()

    def _on_settings_language_chosen(self, code: str) -> None:
        """From Settings or a start screen: every language choice then shows the new one."""
        if self.translations.apply(code):
            self.preferences.language = code
        self._show_language()

    def _show_language(self) -> None:
        code = self.translations.language
        self.welcome.show_language(code)
        self.unlock.language.show_language(code)
        if self._workspace is not None:
            self._workspace.settings_page.show_language(code)

    def _on_settings_idle_minutes_changed(self, minutes: int) -> None:
        self.preferences.idle_minutes = minutes
        self.idle_watcher.set_minutes(minutes)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.session.preload.started:
            # A start screen is on show: load the vault services while the nurse types. The
            # timer lets this paint finish first.
            QTimer.singleShot(0, self.session.preload.start)

    def closeEvent(self, event: QCloseEvent) -> None:
        demo_open = self.session.is_demo and self.session.is_unlocked
        if demo_open and self.actions_ is not None and not self.actions_.confirm_discard_demo():
            event.ignore()
            return
        self.preferences.save_window_geometry(self.saveGeometry())
        self.preferences.sync()
        self.session.close()
        super().closeEvent(event)

    def report_unexpected_error(self) -> None:
        """The last line of defence: words for the nurse, no traceback in her face."""
        QMessageBox.critical(
            self,
            self.tr("Nurse Desk"),
            self.tr(
                "Something unexpected went wrong. What you saved before is safe in the vault. "
                "If it happens again, lock the vault and restart Nurse Desk."
            ),
        )
