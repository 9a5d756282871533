"""Importing a class list: the shared import dialog with the class-list fields and preview."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nurse_desk.storage.vault import Vault


class ClassListImportDialog:
    @classmethod
    def run(cls, parent: QWidget | None, vault: Vault) -> bool:
        return False
