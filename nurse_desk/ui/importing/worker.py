"""Running a slow step (reading a file, checking 200,000 rows, saving) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, the exception


class BackgroundTask(QRunnable):
    """Runs `work(progress)` in the thread pool and reports by signal; touches no widget.

    Connect the signals to methods of a QObject living in the GUI thread, so they are queued
    there; the token tells the receiver which request a report answers."""

    def __init__(self, token: int, work: Callable[[Callable[[int, int], None]], object]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._token = token
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit)
        except Exception as error:  # reported to the GUI thread, which words it
            self.signals.failed.emit(self._token, error)
        else:
            self.signals.finished.emit(self._token, result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
