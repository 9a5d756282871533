"""Running a slow step (reading a file, checking 200,000 rows, saving, the absence analysis, the
integrity check after unlock) off the GUI thread.

The step runs on a plain Python thread that owns no Qt object: it leaves its progress and its
outcome in a `_Step`, then pokes one waker that lives as long as the app, and the GUI thread
reads what the step left. A worker that owned a QObject would have it destroyed on the wrong
thread whenever the worker outlived its window (Qt's thread pool deletes a finished runnable on
the pool thread, taking its signals object with it); that crashed the process now and then at
the end of an import.

A step can be stopped: its progress callback then raises StepCancelled inside the step, which
stops it at its next report, and the step's own `with` blocks undo what it began (an import's
transaction rolls back).
"""

from __future__ import annotations

import threading
import weakref
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

# The name of a step's thread, and how many steps were started: a benchmark waits until no
# step runs and none was started by the events it handled.
THREAD_NAME = "nurse-desk-step"
_steps_started = 0


def steps_started() -> int:
    return _steps_started


class _Waker(QObject):
    """Created once on the GUI thread and never deleted: a step's thread emits `poke` (a
    queued signal, safe from any thread), and the GUI thread has every runner look."""

    poke = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.runners: weakref.WeakSet[StepRunner] = weakref.WeakSet()
        self.poke.connect(self._look_all)

    def _look_all(self) -> None:
        for runner in list(self.runners):
            if shiboken6.isValid(runner):  # its window may be gone; the wrapper lingers
                runner._look()


_waker: _Waker | None = None


def _the_waker() -> _Waker:
    global _waker
    if _waker is None:
        _waker = _Waker()
    return _waker


class StepCancelled(Exception):
    """Raised from a stopped step's progress callback; reported to the window as its failure."""


class _Step:
    """One run of `work(progress)` on its own thread; only plain Python crosses threads."""

    def __init__(
        self, work: Callable[[Callable[[int, int], None]], object], wake: Callable[[], None]
    ) -> None:
        self._work = work
        self._wake = wake
        self._stop = threading.Event()
        self.reports: deque[tuple[int, int]] = deque()  # appended here, taken by the GUI
        self.outcome: tuple[int, object] | None = None  # (0, result) or (1, the exception)
        self.ended = threading.Event()
        # Not a daemon: a closing app waits for a step that writes rather than cut it mid-write.
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME)

    def start(self) -> None:
        global _steps_started
        _steps_started += 1
        self._thread.start()

    def stop(self) -> None:
        """From any thread: the step stops at its next progress report."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise StepCancelled()
        self.reports.append((done, total))
        self._wake()

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
            self._wake()


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
        self._waker = _the_waker()
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
        self._step = _Step(work, self._waker.poke.emit)
        self._waker.runners.add(self)
        self.changed.emit()
        self._step.start()

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

    def _forget_step(self) -> None:
        """A stale step stops at its next progress report; its outcome is never read."""
        self._waker.runners.discard(self)
        if self._step is not None:
            self._step.stop()
            self._step = None

    def _look(self) -> None:
        step = self._step
        if step is None:
            return
        ended = step.ended.is_set()  # before the reports, so none made before the end is missed
        while step.reports and self._step is step:
            self.progressed.emit(*step.reports.popleft())
        if not ended or self._step is not step or self._callbacks is None:
            return
        which, value = step.outcome
        callback = self._callbacks[which]
        self._waker.runners.discard(self)
        self._callbacks, self._step = None, None
        self.busy = self.stopping = False
        callback(value)
        self.changed.emit()
