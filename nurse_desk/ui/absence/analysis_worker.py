"""The analysis of every pupil off the GUI thread: its own session, progress and the result by
signal (a school year for 3,000 pupils is about 200,000 entries)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QRunnable, Signal

from nurse_desk.services import absence
from nurse_desk.services.vault_access import Vault


class AnalysisSignals(QObject):
    progressed = Signal(int, int)  # pupils done, pupils in all
    finished = Signal(int, object)  # generation, AbsenceOverview
    failed = Signal(int, object)  # generation, the error


class AnalysisWorker(QRunnable):
    """Runs `services.absence.analyse_all`; never touches a widget."""

    def __init__(
        self,
        vault: Vault,
        *,
        generation: int,
        today: date,
        include_excused: bool,
        show_acknowledged: bool,
    ) -> None:
        super().__init__()
        self.signals = AnalysisSignals()
        self._vault = vault
        self._generation = generation
        self._options = {
            "today": today,
            "include_excused": include_excused,
            "show_acknowledged": show_acknowledged,
        }

    def run(self) -> None:
        try:
            overview = absence.analyse_all(
                self._vault, progress=self.signals.progressed.emit, **self._options
            )
        except Exception as error:
            self.signals.failed.emit(self._generation, error)
        else:
            self.signals.finished.emit(self._generation, overview)
