"""Running a slow step (reading a file, checking 200,000 rows, saving, the absence analysis, the
integrity check after unlock) off the GUI thread.

The step runs on a plain Python thread that never touches a Qt object: it leaves its progress
and its outcome in a `_Step`, and a timer in the GUI thread reads them. A worker that owned or
emitted through a QObject would have that object destroyed on the wrong thread whenever the
worker outlived its window (Qt's thread pool deletes a finished runnable on the pool thread,
taking its signals object with it); that crashed the process now and then at the end of an
import.

A step can be stopped: its progress callback then raises StepCancelled inside the step, which
stops it at its next report, and the step's own `with` blocks undo what it began (an import's
transaction rolls back).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

# How often the GUI thread looks at a running step: quick enough for a progress bar, rare
# enough to cost nothing while a step runs.
POLL_MS = 20


class StepCancelled(Exception):
    """Raised from a stopped step's progress callback; reported to the window as its failure."""


class _Step:
    """One run of `work(progress)` on its own thread; only plain Python crosses threads."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], object]) -> None:
        self._work = work
        self._stop = threading.Event()
        self.reports: deque[tuple[int, int]] = deque()  # appended here, taken by the GUI
        self.outcome: tuple[int, object] | None = None  # (0, result) or (1, the exception)
        self.ended = threading.Event()
        # Not a daemon: a closing app waits for a step that writes rather than cut it mid-write.
        self._thread = threading.Thread(target=self._run, name="nurse-desk-step")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """From any thread: the step stops at its next progress report."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise StepCancelled()
        self.reports.append((done, total))

    def _run(self) -> None:
        try:
            self.outcome = (0, self._work(self._progress))
        except StepCancelled:  # a fresh one: the traceback would keep the step's data alive
            self.outcome = (1, StepCancelled())
        except Exception as error:  # reported to the GUI thread, which words it
            self.outcome = (1, error)
        finally:
            self._work = None
            self.ended.set()


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
        self._callbacks: tuple[Callable, Callable] | None = None
        self._step: _Step | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._look)
        self.busy = False
        self.stopping = False

    def start(
        self,
        work: Callable[[Callable[[int, int], None]], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._forget_step()
        self._callbacks = (done, failed)
        self.busy, self.stopping = True, False
        self._step = _Step(work)
        self.changed.emit()
        self._step.start()
        self._timer.start()

    def stop(self) -> None:
        """Ask the running step to stop; its report still comes (see the class)."""
        if self._step is not None and self.busy and not self.stopping:
            self._step.stop()
            self.stopping = True
            self.changed.emit()

    def cancel(self) -> None:
        """Stop the running step and forget it at once: its report is dropped."""
        self._callbacks = None
        self._forget_step()
        if self.busy:
            self.busy = self.stopping = False
            self.changed.emit()

    def wait(self, seconds: float) -> bool:
        """Block until the current step has ended (for closing and for tests)."""
        return self._step is None or self._step.ended.wait(seconds)

    def _forget_step(self) -> None:
        """A stale step stops at its next progress report; its outcome is never read."""
        self._timer.stop()
        if self._step is not None:
            self._step.stop()
            self._step = None

    def _look(self) -> None:
        step = self._step
        if step is None:
            self._timer.stop()
            return
        ended = step.ended.is_set()  # before the reports, so none made before the end is missed
        while step.reports and self._step is step:
            self.progressed.emit(*step.reports.popleft())
        if not ended or self._step is not step or self._callbacks is None:
            return
        which, value = step.outcome
        callback = self._callbacks[which]
        self._timer.stop()
        self._callbacks, self._step = None, None
        self.busy = self.stopping = False
        callback(value)
        self.changed.emit()
