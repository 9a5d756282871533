"""Start-up stays quick: `--help` and the unlock screen do not load what only later steps need.

Each check runs in a fresh interpreter (this test process has imported everything already) and
reads its sys.modules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Needed only once a vault is open, or for a report, a calendar or an import.
LATER = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "mako",
    "reportlab",
    "pypdfium2",
    "icalendar",
    "holidays",
    "openpyxl",
    "babel",
)


def loaded_after(code: str, *, arguments: tuple[str, ...] = ()) -> set[str]:
    """Runs `code` in a new interpreter; it ends by printing the JSON of its sys.modules."""
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


PRINT_MODULES = "import json, sys; print(json.dumps(sorted(sys.modules)))"
# Built or opened on the first unlock.
AFTER_UNLOCK = ("nurse_desk.storage", "nurse_desk.ui.workspace", "nurse_desk.ui.vault_actions")


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


COMMAND_LINE = """
import json, runpy, sys
sys.argv = ["nurse-desk", *sys.argv[1:]]
try:
    runpy.run_module("nurse_desk", run_name="__main__")
except SystemExit as done:
    assert done.code == 0, done.code
print()
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    "arguments",
    [
        ("--help",),
        ("--version",),
        ("agenda", "--help"),
        ("print-visit", "--help"),
        ("pupils", "import", "--help"),
        ("absence", "flags", "--help"),
    ],
)
def test_help_and_version_load_neither_qt_nor_the_database(arguments):
    loaded = top_level(loaded_after(COMMAND_LINE, arguments=arguments))
    assert loaded.isdisjoint({"PySide6", "shiboken6", *LATER})


def test_the_checker_sees_a_heavy_import():
    loaded = loaded_after(f"import sqlalchemy; {PRINT_MODULES}")
    assert "sqlalchemy" in top_level(loaded)


def test_importing_the_app_loads_no_vault_printing_or_calendar_code():
    loaded = loaded_after(f"import nurse_desk.app; {PRINT_MODULES}")
    assert top_level(loaded).isdisjoint(LATER)
    assert not any(name.startswith(AFTER_UNLOCK) for name in loaded)


UNLOCK_SCREEN = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from nurse_desk.app import build_main_window

app = QApplication(sys.argv[:1])
window = build_main_window(vault_path=Path(sys.argv[1]), language="en")
seen = {}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "unlock_passphrase":
            seen.setdefault("modules", sorted(sys.modules))
            seen.setdefault("screen", window.screens.currentWidget() is window.unlock)
            QTimer.singleShot(0, app.quit)
        return False


watch = FirstPaint()
app.installEventFilter(watch)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
assert seen["screen"], "the unlock screen was not on show"
window.session.preload.wait()  # started after that paint: it loads the vault services
assert "nurse_desk.services.vault_access" in sys.modules
print(json.dumps(seen["modules"]))
"""


def test_the_painted_unlock_screen_needs_no_workspace_vault_or_report_code(tmp_path):
    vault = tmp_path / "nurse.vault"
    vault.write_bytes(b"")  # the unlock screen is shown for a vault file that exists
    loaded = loaded_after(UNLOCK_SCREEN, arguments=(str(vault),))
    assert top_level(loaded).isdisjoint(LATER)
    assert not any(name.startswith(AFTER_UNLOCK) for name in loaded)
