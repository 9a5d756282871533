"""Loading the compiled translations (.qm) for bokmål, Swedish or English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from nurse_desk.ui.resources import RESOURCES
from nurse_desk.wording import Wording

LANGUAGES = ("nb", "sv", "en")
QM_FOLDER = RESOURCES / "translations" / "qm"


def system_language() -> str:
    """nb for any Norwegian locale (nb, nn, no), sv for Swedish, else English."""
    name = QLocale.system().name().lower()
    if name.startswith(("nb", "nn", "no")):
        return "nb"
    if name.startswith("sv"):
        return "sv"
    return "en"


def default_country(language: str) -> str:
    """The country a new or demo vault gets unless the nurse says otherwise: Swedish windows
    suggest Sweden, bokmål and English Norway."""
    return "se" if language == "sv" else "no"


def english_locale() -> QLocale:
    """The computer's own locale for English windows; British English on a bare "C" locale
    (a server-style setup would otherwise show dates as "23 11 2026")."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale("en_GB")
    return system


_shown_language = "en"


class LanguageSwitches(QObject):
    """Tells models (which get no LanguageChange event of their own) that the language changed.

    A signal, not an event filter on the application: a filter per model ran Python for every
    event of the whole app (thousands per repaint).
    """

    switched = Signal()


language_switches = LanguageSwitches()


def shown_language() -> str:
    """The language of the windows ("nb", "sv" or "en"): domain values on screen are read from
    the word catalogue in it (nurse_desk/domain/words)."""
    return _shown_language


def screen_wording() -> Wording:
    """Errors and import lines in the window language, translated through Qt."""
    return Wording(_shown_language, QCoreApplication.translate)


def printout_language() -> str:
    """The language printouts are in: the window language, the nurse's choice (the one rule for
    app and command line is nurse_desk/domain/words.printout_language).

    Not QLocale's: English windows on a Norwegian computer keep Norwegian dates but print English.
    """
    # Here, not at the top: the catalogue loads every domain module, which the unlock screen
    # does not need.
    from nurse_desk.domain.words import printout_language as language_of_printouts

    return language_of_printouts(_shown_language)


class Translations:
    """Keeps the installed translators so a language switch can replace them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch every widget's language; returns False if the .qm file is missing."""
        try:
            return self._apply(language)
        finally:
            language_switches.switched.emit()

    def _apply(self, language: str) -> bool:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        global _shown_language
        _shown_language = language
        QLocale.setDefault(english_locale())  # English texts keep the computer's date format
        ours = QTranslator()
        loaded = ours.load(str(QM_FOLDER / f"nurse_desk_{language}.qm"))
        if language == "en":
            # The source texts are English; its catalogue holds only the forms of texts with a
            # count ("1 note found"). Without it the texts are still English.
            if loaded:
                app.installTranslator(ours)
                self._installed.append(ours)
            return True
        if not loaded:
            return False
        qt_own = QTranslator()
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        app.installTranslator(ours)
        self._installed.append(ours)
        QLocale.setDefault(QLocale(language))
        return True
