"""Python's cycle collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a threshold is passed. When that
is a background step's thread (the absence analysis allocates hundreds of thousands of objects)
and the garbage holds a Qt object (the wrapper of a closed dialog caught in a reference cycle),
Qt's destructor runs off the GUI thread and the process crashes: a segmentation fault with
"Garbage-collecting" on the step's thread. So while the windows run, automatic collection is off
and a timer on the GUI thread collects instead, generation by generation, by the same counts and
thresholds Python itself uses (the approach Anki takes for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from nurse_desk.domain.bulk_work import bulk_allocation_running

LOOK_EVERY_MS = 500  # how often the counts are looked at; a look that collects nothing is ~µs


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread when Python would have."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(LOOK_EVERY_MS)

    def collect_due(self) -> int:
        """Collects the oldest generation whose count passed its threshold; returns what the
        collector found unreachable (0 when nothing was due)."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            # Inside a dialog's or a menu's own event loop: freeing windows and dialogs that
            # are garbage from there corrupted Qt's state (a crash in its screen list when the
            # next dialog was built, in a day of clicking under load); the look after the
            # dialog closes collects instead.
            return 0
        if bulk_allocation_running():
            # A step is building a school year's rows: a collection now would walk them (and
            # hold the interpreter, stalling the step) on every look, 20-90 ms each time; they
            # are walked once, at the first look after the step.
            return 0
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0


def collect_on_gui_thread() -> GuiThreadCollector:
    """Once per application: later calls return the collector already running."""
    app = QCoreApplication.instance()
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)


def set_aside_what_start_up_made() -> None:
    """Once, when the window is up: what start-up made (modules, classes, functions, about
    127,000 objects) lives as long as the process, so the collector stops walking it on every
    full pass (a full pass took 100 ms at a school year's volume, 60 ms of it on these). Only
    the cycle collector skips them: anything set aside is still freed when no longer referred
    to, so records read later are let go on lock as before."""
    gc.collect()
    gc.freeze()
