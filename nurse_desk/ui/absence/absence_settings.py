"""The thresholds of the worrying-absence patterns, on the Settings page (kept in the vault)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from nurse_desk.domain.absence_patterns import Thresholds
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.services import absence
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession

# field -> (lowest, highest, decimals or None for whole numbers)
_RANGES = {
    "total_percent": (1.0, 50.0, 1),
    "lessons_per_day": (1, 12, None),
    "frequent_episodes": (2, 30, None),
    "frequent_weeks": (1, 40, None),
    "increasing_weeks": (1, 20, None),
    "increasing_factor": (1.1, 10.0, 1),
    "increasing_days": (0.5, 30.0, 1),
    "weekday_percent": (25.0, 100.0, 0),
    "weekday_episodes": (2, 30, None),
    "subject_factor": (1.1, 10.0, 1),
    "subject_lessons": (1, 50, None),
}


_ROWS = (
    ("total_percent", "lessons_per_day"),
    ("frequent_episodes", "frequent_weeks"),
    ("increasing_weeks", "increasing_factor", "increasing_days"),
    ("weekday_percent", "weekday_episodes"),
    ("subject_factor", "subject_lessons"),
)


class AbsenceSettingsBox(LanguageAware, QGroupBox):
    """Saved as soon as a value is changed; loaded whenever a vault is unlocked."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self.setObjectName("absence_settings_box")
        self._session = session
        self._loading = False
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._labels: dict[str, QLabel] = {}
        # One pattern a row, its thresholds side by side: the Settings page still fits a laptop.
        grid = QGridLayout(self)
        grid.setColumnStretch(7, 1)
        self._row_labels = [QLabel() for _ in _ROWS]
        for row, names in enumerate(_ROWS):
            grid.addWidget(self._row_labels[row], row, 0)
            for place, name in enumerate(names):
                box, label = self._field(name), QLabel()
                label.setBuddy(box)
                grid.addWidget(label, row, 1 + place * 2)
                grid.addWidget(box, row, 2 + place * 2)
                self._labels[name] = label
        self.defaults_button = QPushButton(objectName="absence_defaults_button")
        grid.addWidget(self.defaults_button, len(_ROWS), 0)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        session.unlocked.connect(self.reload)
        session.locked.connect(self._on_session_locked)
        self.retranslate_ui()
        self._show(Thresholds())
        self.setEnabled(session.is_unlocked)

    def _field(self, name: str) -> QSpinBox | QDoubleSpinBox:
        low, high, decimals = _RANGES[name]
        box = QSpinBox() if decimals is None else QDoubleSpinBox()
        if isinstance(box, QDoubleSpinBox):
            box.setDecimals(decimals)
        box.setRange(low, high)
        box.setObjectName(f"absence_{name}")
        box.setMinimumWidth(80)
        box.editingFinished.connect(self._on_value_edited)
        self.fields[name] = box
        return box

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Worrying absence: when a pattern is flagged"))
        rows = (
            self.tr("High absence:"),
            self.tr("Frequent:"),
            self.tr("Increasing:"),
            self.tr("One weekday:"),
            self.tr("One subject:"),
        )
        for label, text in zip(self._row_labels, rows, strict=True):
            label.setText(text)
        texts = {
            "total_percent": self.tr("share of school days at least"),
            "lessons_per_day": self.tr("lessons in a school day"),
            "frequent_episodes": self.tr("separate episodes at least"),
            "frequent_weeks": self.tr("in the last weeks"),
            "increasing_weeks": self.tr("in the last weeks"),
            "increasing_factor": self.tr("times the earlier level, at least"),
            "increasing_days": self.tr("and days absent at least"),
            "weekday_percent": self.tr("share of absent days at least"),
            "weekday_episodes": self.tr("episodes on it at least"),
            "subject_factor": self.tr("times its usual share, at least"),
            "subject_lessons": self.tr("missed lessons at least"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        for name in ("total_percent", "weekday_percent"):
            self.fields[name].setSuffix(" %")
        for name in ("increasing_factor", "subject_factor"):
            self.fields[name].setSuffix(" ×")
        self.defaults_button.setText(self.tr("Use the suggested values"))

    def reload(self) -> None:
        vault = self._session.vault
        self.setEnabled(vault is not None)
        if vault is not None:
            self._show(absence.read_thresholds(vault))

    def _on_session_locked(self) -> None:
        self._show(Thresholds())
        self.setEnabled(False)

    def _show(self, thresholds: Thresholds) -> None:
        self._loading = True
        for name, box in self.fields.items():
            box.setValue(getattr(thresholds, name))
        self._loading = False

    def thresholds(self) -> Thresholds:
        return Thresholds(**{name: box.value() for name, box in self.fields.items()})

    def _on_value_edited(self) -> None:
        vault = self._session.vault
        if self._loading or vault is None:
            return
        try:
            absence.save_thresholds(vault, self.thresholds())
        except NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Settings"), describe(error))

    def _on_defaults_clicked(self) -> None:
        self._show(Thresholds())
        self._on_value_edited()
