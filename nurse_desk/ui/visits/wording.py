"""The nurse's words for home-visit values on screen: the values from the word catalogue
(nurse_desk/domain/words) in the window language, the rest translated through Qt."""

from __future__ import annotations

from enum import StrEnum
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.home_visits import (
    VisitSummary,
)
from nurse_desk.domain.households import HouseholdLink
from nurse_desk.domain.words import Catalogue, word
from nurse_desk.domain.words import visits as visit_words
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.i18n import shown_language
from nurse_desk.ui.journal.wording import day_text

# The home-visit values shown on screen, with their words from the one catalogue.
_WORDS: Catalogue = visit_words.WORDS

# The standard checklist the nurse can add to any plan (docs/CARE-RULES.md, "Home visits").
STANDARD_OBSERVATIONS = (
    QT_TRANSLATE_NOOP("VisitWording", "The child's room and sleep conditions"),
    QT_TRANSLATE_NOOP("VisitWording", "Play and activity"),
    QT_TRANSLATE_NOOP("VisitWording", "Interaction between child and parents"),
    QT_TRANSLATE_NOOP("VisitWording", "Needs for aids or adaptations"),
    QT_TRANSLATE_NOOP("VisitWording", "Safety in the home"),
)


def visit_html(visit: VisitSummary) -> str:
    """A visit on the pupil's timeline: when, status, what is missing; the plan itself opens
    from the page's Open plan button (or Enter on the timeline)."""
    when = f"{day_text(visit.planned_on)} {visit.starts_at.strftime('%H:%M')}"
    title = QCoreApplication.translate("VisitWording", "Home visit")
    parts = [
        f"<h3 style='margin:0'>{escape(title)} · {when}</h3>",
        escape(visit_word(visit.status)),
    ]
    if visit.missing:
        missing = QCoreApplication.translate("VisitWording", "Still missing: %1")
        missing = escape(placed(missing, missing_text(visit.missing)))
        parts.append(f"<span style='color:#b00020'>{missing}</span>")
    hint = QCoreApplication.translate(
        "VisitWording", "Open visit plan… (or Enter on the timeline) shows the whole plan."
    )
    parts.append(f"<i>{escape(hint)}</i>")
    return "<br>".join(parts)


def visit_word(value: StrEnum) -> str:
    return word(value, shown_language())


def household_word(link: HouseholdLink) -> str:
    """Why a child is offered as a sibling, in the nurse's language."""
    return visit_word(link)


def missing_text(missing) -> str:
    """'notice to the family, a valid consent' in the nurse's language."""
    return ", ".join(visit_word(item) for item in missing)


def standard_observations() -> list[str]:
    return [QCoreApplication.translate("VisitWording", text) for text in STANDARD_OBSERVATIONS]
