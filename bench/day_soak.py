"""A nurse's day (and week) of clicking at a school year's volume, looking for crashes, leaks and
drift rather than for speed.

    python -m bench.day_soak [--scale 1|2] [--cycles N] [--every K] [--lock-every L]

The real main window runs offscreen on a working copy of bench/year_vault.py's vault (3,000
pupils, 50,000 notes, 20,000 follow-ups, ~200,000 absence rows at scale 1), driven as in
bench/interactions.py (bench/ui_driver.py). One cycle is a round of the day's mix, each part
varied from cycle to cycle: every section shown and one of them refreshed; the pupils list
filtered, a pupil opened and the list shown again; a note search through Ctrl+F; a follow-up
marked done through the Done dialog (written to the copy); one pupil's absence charts; the
follow-ups and home-visits filters typed; and one dialog opened and closed in turn (About, the
access log, the user guide, the schools, the class-list preview). Dialogs the app runs modally
are the real ones, answered once they are up. Every L cycles the idle lock's path runs with the
search window open (`lock_now`), what is left of the pupils' data is looked for, and the vault
is unlocked again.

Every K cycles it prints: the cycle, resident memory (MiB, VmRSS), references to None, live
widgets (QApplication.allWidgets()), QObjects under the main window, Python objects tracked by
gc, and the median ms of the cycles since the last line. After each lock: the dialogs still
alive, item models still holding rows, pupils' full names still shown in a widget or a model,
and the app's records and pupils' names still held in memory. At the end: the growth of memory,
widgets, QObjects and None references per 100 cycles (a least-squares slope over the printed
lines after the first), whether the cycle time drifted (the second fifth of the cycles against
the last), and the interactions that did.
Slot exceptions are printed as they happen and counted. Nothing is asserted: the figures are
for a reader. Health-like data is written only into the cache folder (year_vault.cache_root()).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

PUPIL_WORDS = ("aas", "hansen", "7B", "Elvebakken", "ber", "olsen", "10A", "li")
NOTE_WORDS = ("søvn", "mobbing", "hodepine", "vaksine", "kost", "fravær")
FAMILY_WORD = "Hansen"
OUTCOME = "Samtale gjennomført."
MODAL_WAIT_S = 30.0


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from bench import year_vault

    year = year_vault.ensure(args.scale, args.anchor)
    print(year.describe(), flush=True)
    try:
        soak = Soak(year, args)
        try:
            soak.run()
        finally:
            soak.close()
        soak.summary()
    finally:
        year.clean_scratch()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.day_soak", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1)
    parser.add_argument("--cycles", type=int, default=100, help="rounds of the day's mix")
    parser.add_argument("--every", type=int, default=10, help="print the figures every K cycles")
    parser.add_argument(
        "--lock-every", type=int, default=25, help="lock and unlock every L cycles (0: never)"
    )
    parser.add_argument("--anchor", type=date.fromisoformat, help="the data's date (a Monday)")
    args = parser.parse_args(argv)
    args.cycles, args.every = max(1, args.cycles), max(1, args.every)
    return args


# -- figures -----------------------------------------------------------------------------------
def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Sample:
    cycle: int
    rss: float
    none_refs: int
    widgets: int
    qobjects: int
    gc_objects: int
    median_ms: float


def slope_per_100(points: list[tuple[int, float]]) -> float:
    """Least-squares growth per 100 cycles."""
    if len(points) < 2:
        return 0.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if not spread:
        return 0.0
    return 100 * sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=False)) / spread


# -- the run -----------------------------------------------------------------------------------
@dataclass
class Soak:
    year: object
    args: argparse.Namespace
    samples: list[Sample] = field(default_factory=list)
    cycle_ms: list[float] = field(default_factory=list)
    step_ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    lock_findings: list[str] = field(default_factory=list)
    last_findings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        from bench import sql_capture
        from bench.ui_driver import Desk, SlotErrors

        self.slot_errors = SlotErrors()
        self.work = sql_capture.snapshot(self.year.vault_path, self.year.scratch / "soak.vault")
        self.desk = Desk(self.work, self.year.passphrase, self.year.scratch)
        self.desk.unlock_and_wait()
        from nurse_desk.services import pupils as pupil_service

        pupils = pupil_service.list_pupils(self.desk.vault)
        self.names = frozenset(f"{p.given_name} {p.family_name}" for p in pupils)
        # As the lists write them too ("Aasen, Emil"): looked for among what Python still holds.
        self.name_forms = frozenset(
            [*self.names, *(f"{p.family_name}, {p.given_name}" for p in pupils)]
        )
        # A spread of pupils to open, the busy one first.
        self.pupil_ids = [self.year.busy_pupil_id, *(p.id for p in pupils[:: len(pupils) // 23])]

    def close(self) -> None:
        from bench import sql_capture

        self.desk.window.session.close()
        self.desk.window.close()
        sql_capture.remove(self.work)

    def run(self) -> None:
        from bench.ui_driver import settle

        print(
            f"{'cycle':>6} {'RSS MiB':>8} {'None refs':>10} {'widgets':>8} {'QObjects':>9} "
            f"{'gc objs':>9} {'median ms':>10}",
            flush=True,
        )
        self.sample(0)
        for number in range(1, self.args.cycles + 1):
            took = 0.0
            for name, action in self.mix(number):
                started = time.perf_counter()
                try:
                    action()
                    settle()
                except Exception as error:
                    self.error(number, name, f"{type(error).__name__}: {error}")
                    self.recover()
                ms = (time.perf_counter() - started) * 1000
                self.step_ms[name].append(ms)
                took += ms
                for seen in self.slot_errors.take():
                    self.error(number, name, f"in a slot: {seen}")
            self.cycle_ms.append(took)
            if self.args.lock_every and number % self.args.lock_every == 0:
                self.lock_and_unlock(number)
            if number % self.args.every == 0 or number == self.args.cycles:
                self.sample(number)

    def error(self, number: int, name: str, text: str) -> None:
        self.errors[f"{name}: {text}"] += 1
        print(f"  cycle {number}, {name}: {text}", flush=True)

    def recover(self) -> None:
        from bench.ui_driver import close_dialogs

        try:
            close_dialogs()
            self.desk.ensure_unlocked()
        except Exception as error:
            print(f"  could not recover: {error}", flush=True)

    def sample(self, number: int) -> None:
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication

        gc.collect()  # what was let go is not counted (the app collects on a timer)
        recent = self.cycle_ms[-self.args.every :] if number else []
        sample = Sample(
            cycle=number,
            rss=rss_mib(),
            none_refs=sys.getrefcount(None),
            widgets=len(QApplication.allWidgets()),
            qobjects=len(self.desk.window.findChildren(QObject)),
            gc_objects=len(gc.get_objects()),
            median_ms=statistics.median(recent) if recent else 0.0,
        )
        self.samples.append(sample)
        print(
            f"{sample.cycle:>6} {sample.rss:>8.1f} {sample.none_refs:>10,} {sample.widgets:>8,} "
            f"{sample.qobjects:>9,} {sample.gc_objects:>9,} {sample.median_ms:>10.0f}",
            flush=True,
        )

    # -- the day's mix ---------------------------------------------------------------------
    def mix(self, number: int) -> list[tuple[str, Callable[[], object]]]:
        from nurse_desk.ui.workspace import Section

        sections = list(Section)
        refreshed = sections[number % len(sections)]
        dialogs = (
            ("About", self.about),
            ("Access log", self.access_log),
            ("User guide", self.user_guide),
            ("Schools", self.schools),
            ("Class-list preview", self.class_list_preview),
        )
        dialog_name, dialog = dialogs[number % len(dialogs)]
        return [
            ("Every section shown", lambda: self.show_all(sections)),
            (f"{refreshed.name.capitalize()} refreshed", lambda: self.refresh(refreshed)),
            ("Pupils filtered", lambda: self.filter_pupils(number)),
            ("A pupil opened", lambda: self.open_pupil(number)),
            ("Note search (Ctrl+F)", lambda: self.note_search(number)),
            ("Follow-up done", self.follow_up_done),
            ("Absence charts", lambda: self.absence_charts(number)),
            ("Follow-ups and visits filtered", self.other_filters),
            (f"Dialog: {dialog_name}", dialog),
        ]

    def show_all(self, sections) -> None:
        from bench.ui_driver import settle

        for section in sections:
            self.desk.show(section)
            settle()

    def refresh(self, section) -> None:
        page = self.desk.page(section)
        if hasattr(page, "show_list"):
            page.show_list()
        page.reload()

    def filter_pupils(self, number: int) -> None:
        from bench.ui_driver import settle
        from nurse_desk.ui.workspace import Section

        page = self.desk.page(Section.PUPILS)
        page.show_list()
        page.filter.setText(PUPIL_WORDS[number % len(PUPIL_WORDS)])
        settle()
        page.filter.clear()

    def open_pupil(self, number: int) -> None:
        from bench.ui_driver import settle
        from nurse_desk.ui.workspace import Section

        self.desk.workspace.open_pupil(self.pupil_ids[number % len(self.pupil_ids)])
        settle()
        self.desk.page(Section.PUPILS).show_list()

    def note_search(self, number: int) -> None:
        word = NOTE_WORDS[number % len(NOTE_WORDS)]

        def search(dialog) -> None:
            from bench.ui_driver import settle

            dialog.query.setText(word)
            dialog.query.returnPressed.emit()
            settle()
            dialog.reject()

        answered(self.desk.window.search_action.trigger, search)

    def follow_up_done(self) -> None:
        """The Done button of Today's agenda: the dialog asks for the outcome, the follow-up is
        closed and the pages read again."""
        from nurse_desk.domain.follow_ups import FollowUpStatus
        from nurse_desk.services import follow_up_work
        from nurse_desk.ui.followups.acting import Target
        from nurse_desk.ui.workspace import Section

        vault = self.desk.vault
        lines = follow_up_work.follow_up_lines(vault, status=FollowUpStatus.OPEN)
        line = min(
            (line for line in lines if not line.is_recurring and line.next_due is not None),
            key=lambda line: (line.next_due, line.id),
        )
        target = Target(line.id, line.pupil_id, None, False, f"{line.pupil_name}: done")

        def done(dialog) -> None:
            dialog.outcome.setPlainText(OUTCOME)
            dialog.write_note.setChecked(False)
            dialog.accept()

        page = self.desk.page(Section.TODAY)
        answered(lambda: page.actions_.complete(target), done)

    def absence_charts(self, number: int) -> None:
        from bench.ui_driver import settle
        from nurse_desk.ui.workspace import Section

        page = self.desk.page(Section.ABSENCE)
        page.show_list()
        settle()
        rows = page.model.rows()
        if not rows:
            raise RuntimeError("no pupil flagged for absence")
        pupil = rows[number % min(len(rows), 40)].pupil
        page.open_pupil(pupil.id, pupil.school_name)
        settle()
        page.show_list()

    def other_filters(self) -> None:
        from bench.ui_driver import settle
        from nurse_desk.ui.workspace import Section

        for section, name in ((Section.FOLLOW_UPS, "search"), (Section.HOME_VISITS, "filter")):
            line = getattr(self.desk.page(section), name)
            line.setText(FAMILY_WORD)
            settle()
            line.clear()

    def about(self) -> None:
        answered(self.desk.window.about_action.trigger, lambda dialog: dialog.reject())

    def access_log(self) -> None:
        settings = self.desk.workspace.settings_page
        answered(settings.access_log_requested.emit, lambda dialog: dialog.reject())

    def schools(self) -> None:
        settings = self.desk.workspace.settings_page
        answered(settings._on_schools_clicked, lambda dialog: dialog.reject())

    def user_guide(self) -> None:
        """Beside the window, not modal: shown, then closed."""
        from bench.ui_driver import settle

        window = self.desk.window
        window.guide_action.trigger()
        settle()
        window.help_dialog.close()

    def class_list_preview(self) -> None:
        from bench.ui_driver import settle
        from nurse_desk.services import pupils as pupil_service
        from nurse_desk.ui.pupils.class_list_dialog import ClassListFlow, ClassListImportDialog

        vault = self.desk.vault
        schools = [school.name for school in pupil_service.list_schools(vault)]
        dialog = ClassListImportDialog(self.desk.window, ClassListFlow(vault), schools)
        dialog.show()
        dialog.open_file(self.year.class_list_csv)
        settle()
        if dialog.preview is None:
            raise RuntimeError(dialog.status_label.text() or "no preview")
        dialog.reject()
        dialog.deleteLater()  # as the app's own opening of it does once it returns

    # -- the lock ----------------------------------------------------------------------------
    def lock_and_unlock(self, number: int) -> None:
        """The idle lock firing while the search window is open with a search in it."""
        from bench.ui_driver import settle

        def lock(dialog) -> None:
            dialog.query.setText(NOTE_WORDS[0])
            dialog.query.returnPressed.emit()
            settle()
            self.desk.window.lock_now()

        try:
            answered(self.desk.window.search_action.trigger, lock)
            settle()
            if self.desk.vault is not None:
                raise RuntimeError("the vault did not lock")
            findings = self.left_after_lock()
            if findings and findings == self.last_findings:
                print(f"  after lock {number}: as after the lock before", flush=True)
            for finding in findings if findings != self.last_findings else ():
                print(f"  after lock {number}: {finding}", flush=True)
            self.lock_findings += findings
            self.last_findings = findings
        except Exception as error:
            self.error(number, "Lock", f"{type(error).__name__}: {error}")
        started = time.perf_counter()
        self.desk.unlock_and_wait()
        self.step_ms["Unlock (and the deferred work)"].append(
            (time.perf_counter() - started) * 1000
        )
        for seen in self.slot_errors.take():
            self.error(number, "Unlock", f"in a slot: {seen}")

    def left_after_lock(self) -> list[str]:
        """What of the pupils' data is still in the window once locked."""
        from PySide6.QtWidgets import QApplication, QDialog

        gc.collect()
        found: list[str] = []
        widgets = QApplication.allWidgets()
        dialogs = Counter(type(w).__name__ for w in widgets if isinstance(w, QDialog))
        if dialogs:
            found.append(f"dialogs alive: {dict(dialogs)}")
        texts, models = shown_texts(widgets)
        holding = Counter(kind for kind, rows in models if rows)
        if holding:
            found.append(f"item models with rows: {dict(holding)}")
        named = Counter()
        for where, text in texts:
            if any(name in text for name in self.names):
                named[where] += 1
        if named:
            found.append(f"pupils' names shown in: {dict(named)}")
        held = names_held(self.name_forms)
        if held:
            found.append(f"pupils' names held by Python containers: {dict(held)}")
        records = Counter(
            type(o).__name__
            for o in gc.get_objects()
            if type(o).__module__.startswith("nurse_desk.domain")
        )
        if records:
            found.append(f"records in memory: {dict(records.most_common(6))}")
        return found

    # -- the end -----------------------------------------------------------------------------
    def summary(self) -> None:
        steady = self.samples[1:]  # the first line is before any cycle: pages not yet read
        first, last = self.samples[0], self.samples[-1]
        print(f"\n{self.args.cycles} cycles, {sum(len(t) for t in self.step_ms.values())} clicks")
        for label, attribute, unit in (
            ("RSS", "rss", "MiB"),
            ("widgets", "widgets", ""),
            ("QObjects", "qobjects", ""),
            ("None refs", "none_refs", ""),
            ("gc objects", "gc_objects", ""),
        ):
            growth = slope_per_100([(s.cycle, getattr(s, attribute)) for s in steady])
            print(
                f"{label:>10}: {getattr(first, attribute):,.1f} -> {getattr(last, attribute):,.1f}"
                f" {unit}; {growth:+,.1f} per 100 cycles after the first {steady[0].cycle}"
                if steady
                else f"{label:>10}: {getattr(first, attribute):,.1f}"
            )
        block = max(1, len(self.cycle_ms) // 5)
        if len(self.cycle_ms) >= 2 * block:
            early = statistics.median(self.cycle_ms[block : 2 * block] or self.cycle_ms[:block])
            late = statistics.median(self.cycle_ms[-block:])
            print(
                f"cycle time: median {early:.0f} ms (cycles {block + 1}-{2 * block}) -> "
                f"{late:.0f} ms (last {block}), x{late / early:.2f}"
            )
        for name, times in sorted(self.step_ms.items()):
            part = max(1, len(times) // 5)
            if len(times) < 4:
                continue
            early, late = (
                statistics.median(times[part : 2 * part]),
                statistics.median(times[-part:]),
            )
            mark = "  <- drifted" if late > 1.3 * early and late - early > 5 else ""
            print(f"  {name:<36} {early:8.0f} -> {late:8.0f} ms{mark}")
        print(f"errors: {sum(self.errors.values())}")
        for text, count in self.errors.most_common():
            print(f"  {count}x {text}")
        print(f"after-lock findings: {len(self.lock_findings)}")
        for text in dict.fromkeys(self.lock_findings):
            print(f"  {text}")


def answered(trigger: Callable[[], object], answer: Callable[[object], None]) -> None:
    """`trigger` opens a modal dialog and waits in its event loop (exec); `answer` is given the
    dialog once it is up, and must close it. A dialog it leaves open is rejected."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    state: dict = {"error": None}
    deadline = time.perf_counter() + MODAL_WAIT_S

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.perf_counter() < deadline:
                QTimer.singleShot(5, look)
            return
        try:
            answer(dialog)
        except Exception as error:
            state["error"] = error
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, look)
    trigger()
    if state["error"] is not None:
        raise state["error"]


def names_held(name_forms: frozenset[str]) -> Counter:
    """Containers the collector tracks that hold a pupil's name as a value, by their type
    (a dictionary or list of plain strings is untracked and goes unseen)."""
    held: Counter = Counter()
    for thing in gc.get_objects():
        if isinstance(thing, dict):
            values = thing.values()
        elif isinstance(thing, (list, tuple)):
            values = thing
        else:
            continue
        if any(isinstance(value, str) and value in name_forms for value in values):
            held[type(thing).__name__] += 1
    return held


def _within(widget, kind) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def shown_texts(widgets) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    """(where, text) of what the widgets show or hold, and (model class, rows) of their views'
    models, proxies and what they stand on."""
    from PySide6.QtCore import QAbstractProxyModel, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts: list[tuple[str, str]] = []
    models: dict[int, object] = {}
    for widget in widgets:
        where = widget.objectName() or type(widget).__name__
        if widget.isWindow():
            texts.append((where, widget.windowTitle()))
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append((where, widget.text()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append((where, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            texts.extend((where, widget.itemText(i)) for i in range(widget.count()))
        # The sidebar lists the sections, a combo box's popup its choices: not pupils.
        listed = isinstance(widget, QAbstractItemView) and where != "sidebar"
        listed = listed and not _within(widget, QComboBox)
        if listed and widget.model() is not None:
            model = widget.model()
            while model is not None and id(model) not in models:
                models[id(model)] = model
                model = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None
        texts.append((where, widget.toolTip()))
    counts = []
    for model in models.values():
        rows = model.rowCount()
        counts.append((type(model).__name__, rows))
        try:
            columns = model.columnCount()
        except (AttributeError, TypeError):  # PySide6 makes a list model's columnCount private
            columns = 1
        for row in range(min(rows, 500)):
            for column in range(columns):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.append((type(model).__name__, value))
    return texts, counts


if __name__ == "__main__":
    main()
