"""Slow steps run on a thread that touches no Qt object, and outlive their window safely."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from nurse_desk.ui.common.background import StepCancelled, StepRunner


def test_a_step_reports_every_progress_then_its_result_on_the_gui_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = StepRunner(owner)
    reports, results, threads = [], [], []
    runner.progressed.connect(lambda done, total: reports.append((done, total)))

    def work(progress):
        threads.append(threading.current_thread())
        for done in range(0, 501, 100):
            progress(done, 500)
        return "checked"

    runner.start(work, results.append, lambda error: results.append(error))
    assert runner.busy
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["checked"] and not runner.busy
    assert reports == [(done, 500) for done in range(0, 501, 100)]
    assert threads[0] is not threading.main_thread()


def test_a_stopped_step_ends_inside_its_work_and_reports_the_stop(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = StepRunner(owner)
    started, failures, undone = threading.Event(), [], threading.Event()

    def work(progress):
        started.set()
        try:
            while True:
                progress(1, 2)
        finally:
            undone.set()

    runner.start(work, lambda _: None, failures.append)
    assert started.wait(5)
    runner.stop()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], StepCancelled) and undone.is_set()


def test_a_step_that_outlives_its_window_ends_without_reporting_or_crashing(qtbot):
    """The window goes (closed, vault locked) while its step still runs: the step finishes on
    its own thread later and nothing of Qt is destroyed there."""
    owner = QWidget()
    runner = StepRunner(owner)
    release, ended, reported = threading.Event(), threading.Event(), []

    def work(progress):
        release.wait(5)
        progress(1, 1)
        ended.set()
        return "late"

    for _ in range(20):  # a crash on the wrong thread shows only now and then
        release.clear()
        ended.clear()
        runner.start(work, reported.append, reported.append)
        release.set()
    owner.deleteLater()
    qtbot.wait(50)
    del owner, runner
    gc.collect()
    assert ended.wait(5)
    qtbot.wait(100)
    assert reported in ([], ["late"])  # at most the last step, never a stale one
