"""Running a slow step (reading a file, checking 200,000 rows, saving) off the GUI thread.

A step can be stopped: its progress callback then raises StepCancelled inside the step, which
stops it at its next report, and the step's own `with` blocks undo what it began (an import's
transaction rolls back).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class StepCancelled(Exception):
    """Raised from a stopped step's progress callback; reported to the window as its failure."""


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
        self._stop = threading.Event()

    def stop(self) -> None:
        """From any thread: the step stops at its next progress report."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise StepCancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except StepCancelled:  # a fresh one: the traceback would keep the step's data alive
            self.signals.failed.emit(self._token, StepCancelled())
        except Exception as error:  # reported to the GUI thread, which words it
            self.signals.failed.emit(self._token, error)
        else:
            self.signals.finished.emit(self._token, result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class StepRunner(QObject):
    """One background step at a time for a window: starting a step (or cancel()) makes the
    report of an earlier one stale, so a slow old preview never overwrites a newer one.

    `done(result)` or `failed(error)` is called on the GUI thread; `changed` tells the window
    to refresh its progress bar and buttons. `stop()` asks the running step to stop and still
    waits for its report: StepCancelled as its failure, or its result if it had already got
    past its last progress report (an import that has written its last rows completes)."""

    changed = Signal()
    progressed = Signal(int, int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._token = 0
        self._callbacks: tuple[Callable, Callable] | None = None
        self._task: BackgroundTask | None = None
        self.busy = False
        self.stopping = False

    def start(
        self,
        work: Callable[[Callable[[int, int], None]], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._token += 1
        self._callbacks = (done, failed)
        self.busy, self.stopping = True, False
        task = BackgroundTask(self._token, work)
        task.signals.progressed.connect(self._on_task_progressed)
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._forget_task()
        self._task = task  # with its signals, kept until the report arrives or a newer step
        self.changed.emit()
        task.start()

    def stop(self) -> None:
        """Ask the running step to stop; its report still comes (see the class)."""
        if self._task is not None and self.busy and not self.stopping:
            self._task.stop()
            self.stopping = True
            self.changed.emit()

    def cancel(self) -> None:
        """Stop the running step and forget it at once: its report is dropped."""
        self._token += 1
        self._callbacks = None
        self._forget_task()
        if self.busy:
            self.busy = self.stopping = False
            self.changed.emit()

    def _forget_task(self) -> None:
        """A stale step stops at its next progress report; its reports no longer reach us."""
        if self._task is not None:
            self._task.stop()
            self._task.signals.disconnect(self)
            self._task = None

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def _on_task_finished(self, token: int, value: object) -> None:
        self._report(token, 0, value)

    def _on_task_failed(self, token: int, error: BaseException) -> None:
        self._report(token, 1, error)

    def _report(self, token: int, which: int, value) -> None:
        if token != self._token or self._callbacks is None:
            return
        callback = self._callbacks[which]
        self._callbacks, self._task = None, None
        self.busy = self.stopping = False
        callback(value)
        self.changed.emit()
