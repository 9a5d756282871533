"""Qt's standard buttons (Save, Cancel, Close, Yes, No, Discard …) in the app's own words.

PySide6 ships no Qt catalogue for bokmål, so every QDialogButtonBox and QMessageBox showed
"Save" and "Cancel" in English there. Qt looks a standard button's text up under its own
contexts: "QPlatformTheme" everywhere, "QGnomeTheme" on a GNOME desktop. Naming those texts
here puts them into the app's catalogue (update-translations.sh reads every file under ui/),
and the app's translator is installed after Qt's own, so its words win over Qt's Swedish too.
Every box gets them, those written later included: no call site has to remember anything.
`standard_button_text` gives the same words to code that labels a button itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

_Button = QDialogButtonBox.StandardButton

# The exact source texts Qt asks for (the "&" marks the access key, as in Qt's own).
PLATFORM_TEXTS: dict[_Button, str] = {
    _Button.Ok: QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    _Button.Save: QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    _Button.SaveAll: QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    _Button.Open: QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    _Button.Yes: QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    _Button.YesToAll: QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    _Button.No: QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    _Button.NoToAll: QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    _Button.Abort: QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    _Button.Retry: QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    _Button.Ignore: QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    _Button.Close: QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    _Button.Cancel: QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    _Button.Discard: QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    _Button.Help: QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    _Button.Apply: QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    _Button.Reset: QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    _Button.RestoreDefaults: QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
}

# GNOME's theme words five buttons its own way.
GNOME_TEXTS = (
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
)

# A message box with details has a button of its own.
MESSAGE_BOX_TEXTS = (
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


def standard_button_text(button: QDialogButtonBox.StandardButton) -> str:
    """The words a standard button shows in the current language."""
    return QCoreApplication.translate("QPlatformTheme", PLATFORM_TEXTS[button])
