"""Import labels on screen, and line-level import errors in the window language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.import_values import LineError
from nurse_desk.ui.i18n import screen_wording
from nurse_desk.wording.imports import line_error_text as wording_line_error_text

# The pupil columns every import shares (domain/import_mapping.py IDENTITY_FIELDS).
IDENTITY_LABELS = {
    "national_id": QT_TRANSLATE_NOOP("ImportWording", "Na&tional ID:"),
    "full_name": QT_TRANSLATE_NOOP("ImportWording", "Pupil's &name:"),
    "given_name": QT_TRANSLATE_NOOP("ImportWording", "&Given name:"),
    "family_name": QT_TRANSLATE_NOOP("ImportWording", "Famil&y name:"),
    "birth_date": QT_TRANSLATE_NOOP("ImportWording", "&Birth date:"),
    "class_name": QT_TRANSLATE_NOOP("ImportWording", "&Class:"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate("ImportWording", source)


def line_error_text(error: LineError) -> str:
    """One rejected line in the window language (the words: nurse_desk/wording/imports.py)."""
    return wording_line_error_text(error, screen_wording())


def identity_label(key: str) -> str:
    """The translated label of a shared pupil column, or the key itself for another field."""
    source = IDENTITY_LABELS.get(key)
    return _t(source) if source else key
