"""The one open vault of a running app, and the signals that tell the windows about it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from nurse_desk.domain import errors
from nurse_desk.ui.common.background import StepRunner
from nurse_desk.ui.desktop_lock import ClipboardGuard
from nurse_desk.ui.services_preload import ServicesPreload

if TYPE_CHECKING:
    from nurse_desk.services.kept_analysis import KeptAnalysis
    from nurse_desk.services.log_watch import OutsideRecord
    from nurse_desk.services.vault_access import Vault

# The integrity check reads the whole file; it waits until Today is painted and the first
# clicks are answered, then runs in a worker thread.
CHECK_DELAY_MS = 3000


class VaultSession(QObject):
    """Holds the unlocked vault, or none. Every view asks it for the vault at use time.

    The vault services (and with them the database layers) are not imported at start, so the
    unlock screen is up sooner: `preload` imports them in the background once a start screen is
    on show, and creating, unlocking or opening a vault waits for it before importing them.
    """

    unlocked = Signal()
    about_to_lock = Signal()  # the vault is still open: last chance to keep what was typed
    locked = Signal()
    damage_found = Signal(object)  # the DamagedVault error, for the window to word
    # The access log cut short or rewritten since the last unlock (AccessLogTampered)
    log_finding = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        path: Path,
        outside: OutsideRecord | None = None,
    ) -> None:
        super().__init__(parent)
        if not path.exists():  # a restore killed midway may have left the vault aside
            from nurse_desk.services.vault_location import settle_leftovers

            settle_leftovers(path)  # before the window asks whether the vault exists
        self.path = path
        # The log's anchor and failed unlocks, kept in the settings file (not for demo vaults)
        self._outside = outside
        self._vault: Vault | None = None
        self._demo_folder: Path | None = None
        self.preload = ServicesPreload()
        self._checker = StepRunner(self)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._on_check_timer_timeout)
        self.clipboard_guard = ClipboardGuard(self)
        self._kept_absence: KeptAnalysis | None = None

    @property
    def kept_absence(self) -> KeptAnalysis:
        """Every pupil's absence patterns found last in this unlock (the Absence page's
        analysis), for whichever window counts them next while nothing they come from changed
        (the yearly figures); emptied on lock. Made at first use: the services are not
        imported at start (see the class docstring)."""
        if self._kept_absence is None:
            from nurse_desk.services.kept_analysis import KeptAnalysis

            self._kept_absence = KeptAnalysis()
        return self._kept_absence

    @property
    def vault(self) -> Vault | None:
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def is_demo(self) -> bool:
        return self._demo_folder is not None

    def create(self, path: Path, new: str, repeated: str, country: str = "no") -> None:
        self.preload.wait()  # see the class docstring
        from nurse_desk.services import log_watch, vault_access

        vault = vault_access.create_vault(path, new, repeated, country)
        log_watch.after_create(vault, self._outside)
        self._set(vault)

    def unlock(self, secret: str) -> None:
        """Raises a domain error (wrong passphrase, damaged, …) and stays locked on failure.

        A wrong passphrase is counted outside the vault; the count and what the log's anchor
        shows are written to the log once the unlock has succeeded."""
        self.preload.wait()  # see the class docstring
        from nurse_desk.domain.access_log import AccessLogTampered
        from nurse_desk.services import log_watch

        vault = log_watch.unlock_watched(self.path, secret, self._outside)
        try:
            finding = log_watch.after_unlock(vault, self._outside)
        except BaseException:
            vault.lock()
            raise
        self._set(vault)
        if finding is not None:
            self.log_finding.emit(AccessLogTampered(finding))

    def open_demo(self, country: str = "no") -> None:
        """A throw-away demo vault in a private temporary folder, deleted on exit; its schools,
        settings and standard texts are those of `country`."""
        self.preload.wait()  # see the class docstring
        from nurse_desk.services import demo

        self.discard_demo()
        self._demo_folder = Path(tempfile.mkdtemp(prefix="nurse-desk-demo-"))
        self._set(demo.create_demo_vault(self._demo_folder / "demo.vault", country=country))

    def adopt(self, vault: Vault) -> None:
        """After a restore: the restored vault becomes the open one, its log the one to keep."""
        from nurse_desk.services import log_watch

        log_watch.after_restore(vault, self._outside)
        self._set(vault)

    def _set(self, vault: Vault) -> None:
        self._vault = vault
        self.path = vault.path
        self.unlocked.emit()
        self._check_timer.start()

    def _on_check_timer_timeout(self) -> None:
        vault = self._vault
        if vault is not None:
            from nurse_desk.services import vault_access  # loaded by the unlock already

            self._checker.start(
                lambda _progress: vault_access.look_for_damage(vault),
                lambda _result: None,
                self._on_check_failed,
            )

    def _on_check_failed(self, error: BaseException) -> None:
        from nurse_desk.domain.access_log import AccessLogTampered

        if isinstance(error, (errors.DamagedVault, AccessLogTampered)):
            self.damage_found.emit(error)

    def lock(self) -> None:
        """Close the database, wipe the key; views clear themselves on `locked`. What the app
        copied to the clipboard goes too."""
        self.clipboard_guard.clear_ours()
        if self._vault is None:
            return
        self.about_to_lock.emit()
        self._check_timer.stop()
        self._checker.cancel()
        if not self.is_demo:
            self._keep_log_anchor()
        self._vault.lock()  # also cuts a running integrity check short
        self._vault = None
        if self._kept_absence is not None:  # nothing about a pupil outlives the unlock
            self._kept_absence.clear()
        self.locked.emit()

    def _keep_log_anchor(self) -> None:
        from nurse_desk.services import log_watch

        log_watch.keep_anchor(self._vault, self._outside)

    def discard_demo(self) -> None:
        if self._demo_folder is None:
            return
        self.lock()
        shutil.rmtree(self._demo_folder, ignore_errors=True)
        self._demo_folder = None

    def close(self) -> None:
        """On exit: lock, and throw the demo vault away."""
        self.lock()
        self.discard_demo()
