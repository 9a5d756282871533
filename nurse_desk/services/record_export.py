"""Exporting a pupil's whole record and access log as a PDF, for an access request
(docs/CARE-RULES.md, "Health conversations": every export of a pupil's data is logged)."""

from __future__ import annotations

from datetime import datetime

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.record_sheet import RecordSheet
from nurse_desk.printing.record_export import render_record
from nurse_desk.services.settings import actor_name
from nurse_desk.storage import access_log, consents, journal, pupils
from nurse_desk.storage.vault import Vault

EXPORT_DETAIL = "record pdf"


def export_record(
    vault: Vault, pupil_id: int, *, language: str = "nb", now: datetime | None = None
) -> bytes:
    """The pupil's record (notes with amendments, consents) and access log as PDF bytes.

    Read, rendered and logged in one transaction: the EXPORT entry commits only if the PDF
    was made, and the bytes are returned only once the entry has committed. Nothing is
    written to disk; saving or printing the bytes is the caller's (logged) business.
    """
    actor = actor_name(vault)
    now = now or datetime.now()
    with vault.session() as session, session.begin():
        notes = journal.notes_of_pupil(session, pupil_id)
        sheet = RecordSheet(
            pupil=pupils.get_pupil(session, pupil_id),
            notes=tuple(sorted(notes, key=lambda note: (note.occurred_at, note.id), reverse=True)),
            consents=tuple(consents.of_pupil(session, pupil_id)),
            log=tuple(access_log.entries(session, pupil_id=pupil_id)),
            produced_at=now,
            produced_by=actor,
        )
        pdf = render_record(sheet, language)
        access_log.append(
            session,
            actor=actor,
            action=AccessAction.EXPORT,
            pupil_id=pupil_id,
            detail=EXPORT_DETAIL,
            at=now,
        )
    return pdf
