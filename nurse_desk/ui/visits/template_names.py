"""A visit template's name as the windows show it: the three standard ones in the language of
the windows (they are stored in the language of the vault's country), the nurse's own as typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.services.visit_templates import standard_template_number

_STANDARD = (
    QT_TRANSLATE_NOOP("TemplateNames", "Long-term absence"),
    QT_TRANSLATE_NOOP("TemplateNames", "Chronic illness"),
    QT_TRANSLATE_NOOP("TemplateNames", "Newly arrived family"),
)


def template_name(stored: str) -> str:
    number = standard_template_number(stored)
    if number is None:
        return stored
    return QCoreApplication.translate("TemplateNames", _STANDARD[number])
