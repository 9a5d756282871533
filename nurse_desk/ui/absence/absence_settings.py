"""The thresholds of the worrying-absence patterns, on the Settings page (kept in the vault)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.absence_patterns import Thresholds
from nurse_desk.services import absence
from nurse_desk.ui.absence.wording import number
from nurse_desk.ui.common.attempt import attempt
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.text import placed
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


class AbsenceThresholdsDialog(LanguageAware, QDialog):
    """Every threshold, one pattern a row; OK saves them all at once."""

    def __init__(self, parent: QWidget | None = None, *, thresholds: Thresholds) -> None:
        super().__init__(parent)
        self.setObjectName("absence_thresholds_dialog")
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._row_labels = [QLabel() for _ in _ROWS]
        grid = QGridLayout()
        grid.setColumnStretch(7, 1)
        for row, names in enumerate(_ROWS):
            grid.addWidget(self._row_labels[row], row, 0)
            for place, name in enumerate(names):
                box, label = self._field(name), QLabel()
                label.setBuddy(box)
                grid.addWidget(label, row, 1 + place * 2)
                grid.addWidget(box, row, 2 + place * 2)
                self._labels[name] = label
        self.explanation = QLabel(objectName="absence_thresholds_explanation")
        self.explanation.setWordWrap(True)
        self.defaults_button = QPushButton(objectName="absence_defaults_button")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.retranslate_ui()
        self.show_thresholds(thresholds)

    def _field(self, name: str) -> QSpinBox | QDoubleSpinBox:
        low, high, decimals = _RANGES[name]
        box = QSpinBox() if decimals is None else QDoubleSpinBox()
        if isinstance(box, QDoubleSpinBox):
            box.setDecimals(decimals)
        box.setRange(low, high)
        box.setObjectName(f"absence_{name}")
        box.setMinimumWidth(80)
        self.fields[name] = box
        return box

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Worrying absence: when a pattern is flagged"))
        self.explanation.setText(
            self.tr(
                "The guideline names frequent, increasing, weekday-tied and subject-tied absence "
                "but sets no numbers: agree on them with the school. Reported and excused "
                "absence counts."
            )
        )
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

    def show_thresholds(self, thresholds: Thresholds) -> None:
        for name, box in self.fields.items():
            box.setValue(getattr(thresholds, name))

    def thresholds(self) -> Thresholds:
        return Thresholds(**{name: box.value() for name, box in self.fields.items()})

    def _on_defaults_clicked(self) -> None:
        self.show_thresholds(Thresholds())

    @classmethod
    def edit(cls, parent: QWidget | None, thresholds: Thresholds) -> Thresholds | None:
        dialog = cls(parent, thresholds=thresholds)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.thresholds()


class AbsenceThresholdsButton(LanguageAware, QPushButton):
    """Sits with the Settings page's buttons; its tooltip sums the thresholds up."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self.setObjectName("absence_thresholds_button")
        self._session = session
        self._thresholds = Thresholds()
        self.clicked.connect(self._on_clicked)
        # read with the rest of the Settings page, when it is shown (SettingsPage.reload)
        session.unlocked.connect(self._on_unlocked)  # clickable at once; read when shown
        session.locked.connect(self.reload)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Absence thr&esholds…"))
        self.setEnabled(self._session.vault is not None)
        self._show_tooltip()  # from what was read: a language switch does not read the vault

    def _on_unlocked(self) -> None:
        self.setEnabled(True)

    def reload(self) -> None:
        vault = self._session.vault
        self.show_thresholds(absence.read_thresholds(vault) if vault is not None else Thresholds())

    def show_thresholds(self, thresholds: Thresholds) -> None:
        """The thresholds as the Settings page read them."""
        self._thresholds = thresholds
        self.setEnabled(self._session.vault is not None)
        self._show_tooltip()

    def _show_tooltip(self) -> None:
        t = self._thresholds
        self.setToolTip(
            placed(
                self.tr(
                    "Worrying absence is flagged at %1 % of school days, %2 episodes in %3 "
                    "weeks, a weekday with %4 % of the absent days, a subject %5 times its usual "
                    "share."
                ),
                number(t.total_percent),
                str(t.frequent_episodes),
                str(t.frequent_weeks),
                number(t.weekday_percent),
                number(t.subject_factor),
            )
        )

    def _on_clicked(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        chosen = AbsenceThresholdsDialog.edit(self, absence.read_thresholds(vault))
        if chosen is None:
            return
        attempt(self, self.tr("Settings"), lambda: absence.save_thresholds(vault, chosen))
        self.reload()
