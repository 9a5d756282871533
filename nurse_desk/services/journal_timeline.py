"""The journal on the pupil's timeline: notes (with their amendments) and consents."""

from __future__ import annotations

from datetime import date

from nurse_desk.domain.consent import CONSENTS_ON_TIMELINE, ConsentRecord
from nurse_desk.domain.journal import NOTES_ON_TIMELINE, NoteRecord
from nurse_desk.services.timeline_parts import TimelineSource
from nurse_desk.services.unit_of_work import Work
from nurse_desk.storage import consents, journal


def _notes(work: Work, pupil_id: int, _today: date) -> list[NoteRecord]:
    return journal.notes_of_pupil(work.session, pupil_id)


def _consents(work: Work, pupil_id: int, _today: date) -> list[ConsentRecord]:
    return consents.of_pupil(work.session, pupil_id)


TIMELINE = (
    TimelineSource(NOTES_ON_TIMELINE, _notes),
    TimelineSource(CONSENTS_ON_TIMELINE, _consents),
)
