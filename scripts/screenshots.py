"""Screenshots of the welcome, unlock and main screens in every language, for looking at.

Run under a real X server (e.g. `xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python
scripts/screenshots.py shots/`) or with QT_QPA_PLATFORM=offscreen. Uses a demo vault only.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication


def main(out: Path, scale: str | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from nurse_desk.app import build_main_window
    from nurse_desk.domain.journal import Topic
    from nurse_desk.preferences import Preferences
    from nurse_desk.ui.journal.access_log_dialog import AccessLogDialog
    from nurse_desk.ui.journal.note_editor import NoteEditorDialog
    from nurse_desk.ui.journal.search_dialog import NoteSearchDialog
    from nurse_desk.ui.workspace import Section

    def save_widget(widget, path: Path) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(path))

    folder = Path(tempfile.mkdtemp())
    for language in ("en", "nb", "sv"):
        preferences = Preferences(
            QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)
        )
        window = build_main_window(
            vault_path=folder / "new.vault", language=language, preferences=preferences
        )
        window.resize(1100, 720)
        window.show()

        def shot(name: str, window=window, language=language) -> None:
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / f"{name}_{language}.png"))

        shot("1_welcome")
        window.welcome.passphrase.first.setText("fjord tavle sykkel")
        shot("1b_welcome_typing")
        window.session.open_demo()
        window.workspace.show_section(Section.PUPILS)
        window.workspace.pupils_page.filter.setText("aasen")
        shot("3_pupils")
        pupils_page = window.workspace.pupils_page
        pupils_page.open_pupil(pupils_page.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1).id)
        shot("6_pupil_page")
        vault = window.session.vault
        pupil = pupils_page.pupil_page.page.pupil
        editor = NoteEditorDialog(window, vault=vault, pupil=pupil)
        editor.topic_boxes[Topic.SLEEP].setChecked(True)
        editor.topic_boxes[Topic.WELLBEING].setChecked(True)
        editor.participants.setText("Eleven")
        editor.conversation.setPlainText(
            "Forteller at hun legger seg sent og er trøtt på skolen. Bruker mobilen i sengen."
        )
        editor.show()
        editor.save_now()
        save_widget(editor, out / f"7_note_editor_{language}.png")
        editor.reject()
        log = AccessLogDialog(window, vault=vault)
        log.show()
        save_widget(log, out / f"8_access_log_{language}.png")
        log.close()
        search = NoteSearchDialog(window, vault=vault)
        search.query.setText("mobilen")
        search.run_search()
        search.show()
        save_widget(search, out / f"9_search_{language}.png")
        search.close()
        pupils_page.show_list()
        window.workspace.show_section(Section.SETTINGS)
        shot("4_settings")
        window.workspace.show_section(Section.TODAY)
        shot("5_today")
        window.lock_now()
        shot("2_unlock")
        window.session.close()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
