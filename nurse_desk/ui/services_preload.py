"""Importing the services layer in the background while a start screen waits for the nurse.

The welcome and unlock screens come up before the vault services are imported: with the
database layers, PDF printing and the calendars they take about a second. Once a start screen
is on show, a thread imports every module of nurse_desk.services, so that unlocking (or
creating a vault, or opening the demo) need not wait for them as well as for the key.

Only the services layer is imported in the thread: it holds no Qt (tests/unit/test_layers.py),
so importing it off the GUI thread is safe. The GUI thread calls wait() before it imports any
of it itself, so no module is imported by two threads at once.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading

SERVICES = "nurse_desk.services"


def import_every_service() -> None:
    package = importlib.import_module(SERVICES)
    for module in pkgutil.iter_modules(package.__path__):
        try:
            importlib.import_module(f"{SERVICES}.{module.name}")
        except Exception:  # the GUI thread imports it again and reports the error
            continue


class ServicesPreload:
    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Start the background import; once (later calls do nothing)."""
        if self._thread is None:
            # Not a daemon: closing the app right away waits for the imports to finish rather
            # than stopping the thread in the middle of one.
            self._thread = threading.Thread(target=import_every_service, name="services-preload")
            self._thread.start()

    def wait(self) -> None:
        """Before the GUI thread imports services: the background import, if any, is done."""
        if self._thread is not None:
            self._thread.join()
