"""The nurse's words for home-visit values on screen, translated through Qt."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.home_visits import (
    CompanionRole,
    MissingItem,
    NoticeMethod,
    VisitInitiator,
    VisitPurpose,
    VisitReason,
    VisitStatus,
    VisitSummary,
)
from nurse_desk.domain.households import HouseholdLink
from nurse_desk.ui.journal.wording import day_text

# Keyed by type first: StrEnum values of different enums ("other", "psychologist") are equal.
_WORDS: dict[type, dict] = {
    VisitReason: {
        VisitReason.DROPOUT_RISK: QT_TRANSLATE_NOOP(
            "VisitWording", "At risk of dropping out of school"
        ),
        VisitReason.NEWLY_ARRIVED: QT_TRANSLATE_NOOP("VisitWording", "Immigrant or newly moved"),
        VisitReason.DISABILITY: QT_TRANSLATE_NOOP("VisitWording", "Disability"),
        VisitReason.MENTAL_HEALTH: QT_TRANSLATE_NOOP("VisitWording", "Mental health problems"),
        VisitReason.NOT_AT_SCHOOL: QT_TRANSLATE_NOOP("VisitWording", "Not attending school"),
        VisitReason.BULLYING: QT_TRANSLATE_NOOP("VisitWording", "Bullying or being bullied"),
        VisitReason.MISSED_CONSULTATIONS: QT_TRANSLATE_NOOP("VisitWording", "Missed consultations"),
        VisitReason.ASKS_FOR_SUPPORT: QT_TRANSLATE_NOOP("VisitWording", "Asks for extra support"),
        VisitReason.NEXT_OF_KIN: QT_TRANSLATE_NOOP(
            "VisitWording", "Next of kin: serious illness or death in the close family"
        ),
        VisitReason.FAMILY_ILLNESS_OR_ABUSE: QT_TRANSLATE_NOOP(
            "VisitWording",
            "Lives with a parent or sibling with serious mental illness or substance abuse",
        ),
        VisitReason.OTHER: QT_TRANSLATE_NOOP("VisitWording", "Other"),
    },
    VisitInitiator: {
        VisitInitiator.PUPIL: QT_TRANSLATE_NOOP("VisitWording", "The pupil"),
        VisitInitiator.PARENTS: QT_TRANSLATE_NOOP("VisitWording", "The parents"),
        VisitInitiator.NURSE: QT_TRANSLATE_NOOP("VisitWording", "The school nurse"),
        VisitInitiator.SCHOOL: QT_TRANSLATE_NOOP("VisitWording", "The school"),
        VisitInitiator.PSYCHOLOGIST: QT_TRANSLATE_NOOP("VisitWording", "A psychologist"),
        VisitInitiator.GP: QT_TRANSLATE_NOOP("VisitWording", "The GP"),
        VisitInitiator.OTHER: QT_TRANSLATE_NOOP("VisitWording", "Someone else"),
    },
    VisitPurpose: {
        VisitPurpose.UNDERSTAND_SITUATION: QT_TRANSLATE_NOOP(
            "VisitWording", "A wider understanding of the family's situation"
        ),
        VisitPurpose.OBSERVE_INTERACTION: QT_TRANSLATE_NOOP(
            "VisitWording", "Observe interaction at home"
        ),
        VisitPurpose.INCLUDE_FAMILY: QT_TRANSLATE_NOOP(
            "VisitWording", "Include parents and siblings in the follow-up"
        ),
        VisitPurpose.BUILD_TRUST: QT_TRANSLATE_NOOP(
            "VisitWording", "Even out power and build trust"
        ),
        VisitPurpose.TAILORED_ADVICE: QT_TRANSLATE_NOOP("VisitWording", "Better-tailored advice"),
        VisitPurpose.EASIER_TO_ACCEPT: QT_TRANSLATE_NOOP(
            "VisitWording", "Make advice easier to accept"
        ),
        VisitPurpose.LOWER_THRESHOLD: QT_TRANSLATE_NOOP(
            "VisitWording", "Lower the threshold for families who do not come to meetings"
        ),
    },
    NoticeMethod: {
        NoticeMethod.PHONE: QT_TRANSLATE_NOOP("VisitWording", "Phone"),
        NoticeMethod.LETTER: QT_TRANSLATE_NOOP("VisitWording", "Letter"),
        NoticeMethod.MEETING: QT_TRANSLATE_NOOP("VisitWording", "Meeting"),
        NoticeMethod.DIGITAL: QT_TRANSLATE_NOOP("VisitWording", "Digital message"),
    },
    CompanionRole: {
        CompanionRole.DOCTOR: QT_TRANSLATE_NOOP("VisitWording", "Doctor"),
        CompanionRole.PHYSIOTHERAPIST: QT_TRANSLATE_NOOP("VisitWording", "Physiotherapist"),
        CompanionRole.PSYCHOLOGIST: QT_TRANSLATE_NOOP("VisitWording", "Psychologist"),
        CompanionRole.OCCUPATIONAL_THERAPIST: QT_TRANSLATE_NOOP(
            "VisitWording", "Occupational therapist"
        ),
        CompanionRole.INTERPRETER: QT_TRANSLATE_NOOP("VisitWording", "Interpreter"),
        CompanionRole.OTHER: QT_TRANSLATE_NOOP("VisitWording", "Other professional"),
    },
    VisitStatus: {
        VisitStatus.DRAFT: QT_TRANSLATE_NOOP("VisitWording", "Draft"),
        VisitStatus.READY: QT_TRANSLATE_NOOP("VisitWording", "Ready"),
        VisitStatus.DONE: QT_TRANSLATE_NOOP("VisitWording", "Done"),
        VisitStatus.DOCUMENTED: QT_TRANSLATE_NOOP("VisitWording", "Documented"),
    },
    HouseholdLink: {
        HouseholdLink.PHONE: QT_TRANSLATE_NOOP("VisitWording", "same guardian phone"),
        HouseholdLink.ADDRESS: QT_TRANSLATE_NOOP("VisitWording", "visited at the same address"),
        HouseholdLink.NAME_ONLY: QT_TRANSLATE_NOOP(
            "VisitWording", "a guardian of the same name, no phone to compare"
        ),
        HouseholdLink.CHOSEN: QT_TRANSLATE_NOOP("VisitWording", "on this plan already"),
    },
    MissingItem: {
        MissingItem.NOTICE: QT_TRANSLATE_NOOP("VisitWording", "notice to the family"),
        MissingItem.CONSENT: QT_TRANSLATE_NOOP("VisitWording", "a valid consent"),
        MissingItem.PURPOSE: QT_TRANSLATE_NOOP("VisitWording", "a purpose"),
    },
}

# The standard checklist the nurse can add to any plan (DOMAIN.md, "Home visits").
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
        missing = escape(missing.replace("%1", missing_text(visit.missing)))
        parts.append(f"<span style='color:#b00020'>{missing}</span>")
    hint = QCoreApplication.translate(
        "VisitWording", "Open visit plan… (or Enter on the timeline) shows the whole plan."
    )
    parts.append(f"<i>{escape(hint)}</i>")
    return "<br>".join(parts)


def visit_word(value: object) -> str:
    return QCoreApplication.translate("VisitWording", _WORDS[type(value)][value])


def household_word(link: HouseholdLink) -> str:
    """Why a child is offered as a sibling, in the nurse's language."""
    return visit_word(link)


def missing_text(missing) -> str:
    """'notice to the family, a valid consent' in the nurse's language."""
    return ", ".join(visit_word(item) for item in missing)


def standard_observations() -> list[str]:
    return [QCoreApplication.translate("VisitWording", text) for text in STANDARD_OBSERVATIONS]
