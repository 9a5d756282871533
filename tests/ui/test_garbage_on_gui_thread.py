"""Cyclic garbage holding Qt objects is collected on the GUI thread, never on a step's thread."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QObject

from nurse_desk.domain.bulk_work import bulk_allocation
from nurse_desk.ui.common import garbage


def test_windows_turn_automatic_collection_off_and_the_gui_thread_collects(qtbot, make_window):
    make_window(Path("/nonexistent/never.vault"))
    assert not gc.isenabled()
    collector = garbage.collect_on_gui_thread()
    assert collector is garbage.collect_on_gui_thread()  # one per application

    seen_on: list[str] = []

    class Cyclic(QObject):
        def __del__(self) -> None:
            seen_on.append(threading.current_thread().name)

    gc.collect()  # counts start afresh
    cyclic = Cyclic()
    cyclic.me = cyclic  # a reference cycle: only the collector frees it
    gone = weakref.ref(cyclic)
    del cyclic

    held: list = []

    def allocate_on_a_step_thread() -> None:  # as the absence analysis does
        held.extend([n] for n in range(200_000))  # far past every threshold

    step = threading.Thread(target=allocate_on_a_step_thread, name="nurse-desk-step")
    step.start()
    step.join()
    assert gone() is not None  # nothing collected on the step's thread
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # the GUI thread's timer did
    assert seen_on == ["MainThread"]
    held.clear()


def test_what_start_up_made_is_set_aside_and_later_garbage_still_freed(qtbot, make_window):
    make_window(Path("/nonexistent/never.vault"))
    try:
        garbage.set_aside_what_start_up_made()
        assert gc.get_freeze_count() > 1_000  # the modules, classes and functions loaded

        class Later:
            pass

        later = Later()
        later.me = later
        gone = weakref.ref(later)
        del later
        gc.collect()
        assert gone() is None  # made after start-up: the collector still frees it
    finally:
        gc.unfreeze()  # the rest of the test run collects as before


def cyclic_garbage_due():
    """A reference cycle only the collector frees (a weak reference to it), and enough new
    objects (held by the caller) to pass the youngest generation's threshold."""

    class Cyclic:
        pass

    gc.collect()
    cyclic = Cyclic()
    cyclic.me = cyclic
    gone = weakref.ref(cyclic)
    del cyclic
    return gone, [[n] for n in range(50_000)]


def test_the_gui_thread_waits_while_a_step_builds_rows_in_bulk(qtbot, make_window):
    make_window(Path("/nonexistent/never.vault"))
    collector = garbage.collect_on_gui_thread()

    gone, held = cyclic_garbage_due()
    with bulk_allocation():  # as a step's import does, here on this thread
        assert collector.collect_due() == 0  # due, yet the rows being built are not walked
        assert gone() is not None
    assert collector.collect_due() > 0  # once the bulk work is over, the due collection runs
    assert gone() is None
    held.clear()


def test_nothing_is_collected_inside_a_dialogs_own_event_loop(qtbot, make_window):
    """A collection run from the timer while a dialog was open freed windows and dialogs from
    inside its event loop, and the next dialog built crashed in Qt's screen list (a day of
    clicking through the main window, under load). It waits until the dialog has closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    window = make_window(Path("/nonexistent/never.vault"))
    collector = garbage.collect_on_gui_thread()

    gone, held = cyclic_garbage_due()
    inside: list = []
    dialog = QDialog(window)

    def look_then_close() -> None:
        inside.append(collector.collect_due())
        inside.append(gone() is not None)
        dialog.reject()

    QTimer.singleShot(0, look_then_close)
    dialog.exec()
    assert inside == [0, True]  # due, but not from inside the dialog's loop
    # After it closed the due collection runs: here, or already by the timer as the dialog's
    # loop wound down once the dialog was hidden.
    collector.collect_due()
    assert gone() is None
    held.clear()
