"""Notes (with their amendments) and consents on the pupil's timeline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.consent import CONSENTS_ON_TIMELINE, ConsentRecord
from nurse_desk.domain.journal import NOTES_ON_TIMELINE, NoteRecord
from nurse_desk.domain.timeline import TimelineItem, TimelineKind
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.details import consent_html, note_html
from nurse_desk.ui.journal.timeline_parts import TimelineView
from nurse_desk.ui.journal.wording import day_text, moment_text, word


def _note_line(item: TimelineItem, note: NoteRecord) -> str:
    if item.kind is TimelineKind.AMENDMENT:
        return f"{moment_text(item.at)}  ·  " + placed(
            QCoreApplication.translate("TimelineModel", "Amendment to note of %1"),
            day_text(note.occurred_at.date()),
        )
    topics = ", ".join(word(t) for t in sorted(note.topics))
    # before the kind: a long line is cut short at its end, and a draft must show
    state = "" if note.is_signed else QCoreApplication.translate("TimelineModel", "DRAFT") + "  ·  "
    return f"{moment_text(item.at)}  ·  {state}{word(note.kind)}\n{topics}"


def _consent_line(item: TimelineItem, consent: ConsentRecord) -> str:
    label = (
        QCoreApplication.translate("TimelineModel", "Consent withdrawn")
        if item.kind is TimelineKind.CONSENT_WITHDRAWN
        else QCoreApplication.translate("TimelineModel", "Consent given")
    )
    partner = f" ({consent.partner})" if consent.partner else ""
    return f"{day_text(item.at.date())}  ·  {label}\n{word(consent.purpose)}{partner}"


TIMELINE = (
    TimelineView(
        NOTES_ON_TIMELINE.kinds,
        10,
        QT_TRANSLATE_NOOP("PupilPageWidget", "Notes"),
        _note_line,
        lambda _item, note, _today: note_html(note),
        is_draft=lambda item, note: item.kind is TimelineKind.NOTE and not note.is_signed,
    ),
    TimelineView(
        CONSENTS_ON_TIMELINE.kinds,
        20,
        QT_TRANSLATE_NOOP("PupilPageWidget", "Consents"),
        _consent_line,
        lambda _item, consent, today: consent_html(consent, today),
    ),
)
