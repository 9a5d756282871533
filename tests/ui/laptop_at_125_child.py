"""Run by tests/ui/test_laptop_at_125.py in a process of its own, with QT_SCALE_FACTOR=1.25 and
an offscreen screen of the laptop's size: the demo window unlocked, each page shown, every dialog
its buttons open, the class-list import with a file, and the print preview measured. Prints one
JSON line: the screen Qt reports, what did not fit, and which dialogs were measured.

    python tests/ui/laptop_at_125_child.py LANGUAGE FOLDER [SHOTS_FOLDER]"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import pytest  # noqa: E402  (its MonkeyPatch, for the walk shared with the tests)
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def main(language: str, folder: Path, shots: Path | None) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # as the app does
    from class_list_fixtures import made_up_pupils, write_class_list
    from screen_room import dialog_problems, walk_dialogs, window_problems
    from test_pdf_preview import two_pages

    from nurse_desk.app import build_main_window
    from nurse_desk.preferences import Preferences
    from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog
    from nurse_desk.ui.pupils.class_list_dialog import ClassListFlow, ClassListImportDialog
    from nurse_desk.ui.vault_actions import VaultActions

    screen = app.primaryScreen().availableGeometry()
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(VaultActions, "confirm_discard_demo", lambda _self: True)
    preferences = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
    window = build_main_window(
        vault_path=folder / "never.vault", language=language, preferences=preferences, demo=True
    )
    window.show()
    QApplication.processEvents()
    problems = window_problems(window, screen)
    measured: list[str] = []

    def look_at(dialog: QWidget) -> None:
        name = dialog.objectName() or type(dialog).__name__
        measured.append(name)
        problems.extend(dialog_problems(dialog, screen))
        if shots is not None:
            dialog.grab().save(str(shots / f"{name}_{language}.png"))

    walk_dialogs(window, monkeypatch, look_at)
    vault = window.session.vault
    class_list = write_class_list(folder / "8b.csv", made_up_pupils(12))
    importing = ClassListImportDialog(window, ClassListFlow(vault), ["Granly skole"])
    importing.show()
    importing.open_file(class_list)
    deadline = time.monotonic() + 20
    while (importing.preview is None or importing.is_busy()) and time.monotonic() < deadline:
        QApplication.processEvents()
    preview = PdfPreviewDialog(window, pdf=two_pages(), title="Uke 49", file_name="uke.pdf")
    for dialog in (importing, preview):
        dialog.show()
        QApplication.processEvents()
        look_at(dialog)
        dialog.close()
    if shots is not None:
        window.grab().save(str(shots / f"main_window_{language}.png"))
    print(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "scale": app.primaryScreen().devicePixelRatio(),
                "problems": sorted(set(problems)),
                "measured": sorted(set(measured)),
            }
        )
    )
    window.session.close()
    monkeypatch.undo()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
