"""Exporting a pupil's complete record as a PDF, for an access request: everything the vault
holds about the pupil, with who asked and why, and the export itself logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.disclosure import Requester, checked_reason, with_reason
from nurse_desk.domain.home_visits import VisitPlan, VisitRecord
from nurse_desk.domain.households import phone_key
from nurse_desk.domain.record_sheet import RecordAbsence, RecordSheet, RecordVisit
from nurse_desk.domain.records import PupilRecord
from nurse_desk.printing.record_export import render_record
from nurse_desk.services.absence import absence_view
from nurse_desk.services.home_visits import records_for
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import access_log, consents, follow_ups, journal, pupils, referrals
from nurse_desk.storage.vault import Vault

EXPORT_DETAIL = DetailKind.RECORD_PDF.value


def export_record(
    vault: Vault,
    pupil_id: int,
    *,
    reason: str,
    requester: Requester | None = None,
    language: str = "nb",
    now: datetime | None = None,
    out: Path | None = None,
    replace: bool = True,
) -> bytes:
    """The pupil's complete record and access log as PDF bytes.

    ReasonMissing before anything is read when there is no reason. Everything, the absence
    analysis included (not logged as a look of its own), is read, rendered and logged in one
    unit of work: the EXPORT entry commits only if the PDF was made, and the bytes are
    returned only once the entry has committed. With `out`, the PDF is written there (owner-only)
    inside that unit of work, as the visit sheet's save is: a write that fails rolls the entry
    back, as nothing left the app; so does a file already at `out` kept without `replace`.
    """
    reason = checked_reason(reason)
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        view = absence_view(work, pupil_id, today=now.date(), log_access=False)
        pupil = pupils.get_pupil(work.session, pupil_id)
        notes = journal.notes_of_pupil(work.session, pupil_id)
        sheet = RecordSheet(
            pupil=pupil,
            notes=tuple(sorted(notes, key=lambda note: (note.occurred_at, note.id), reverse=True)),
            consents=tuple(consents.of_pupil(work.session, pupil_id)),
            log=tuple(access_log.entries(work.session, pupil_id=pupil_id)),
            produced_at=now,
            produced_by=work.actor,
            visits=tuple(
                RecordVisit(*pair) if pair[0].plan.pupil_id == pupil_id else _as_sibling(pair[0])
                for pair in records_for(work, pupil_id, now.date())
            ),
            referrals=tuple(referrals.of_pupil(work.session, pupil_id)),
            follow_ups=tuple(follow_ups.for_pupil(work.session, pupil_id)),
            absence=RecordAbsence(
                view.absence,
                view.acknowledged,
                tuple(absence_store.entries(work.session, pupil_id=pupil_id)),
            ),
            requester=requester,
            reason=reason,
        )
        involved = {p for item in sheet.visits for p in _in_home(item)} | {pupil_id}
        protected = pupils.protected_ids(work.session, involved)
        safe = shielded(sheet, protected, pupils.protected_phones(work.session))
        pdf = render_record(safe, language)
        asked = f", for {requester.value}" if requester is not None else ""
        work.log(
            action=AccessAction.EXPORT,
            pupil_id=pupil_id,
            detail=with_reason(EXPORT_DETAIL + asked, reason),
            at=now,
        )
        if out is not None:
            write_private_file(out, pdf, replace=replace)
    return pdf


def shielded(
    sheet: RecordSheet, protected: set[int], protected_phones: set[str] = frozenset()
) -> RecordSheet:
    """A protected pupil's record leaves without the guardians' phones, and no record shows
    the address or directions of a home where a protected pupil lives, whoever asked. A pupil
    whose guardian has the phone of a protected pupil's guardian (storage.pupils.
    protected_phones) lives with that child: that phone and her visits' addresses stay out."""
    pupil = sheet.pupil
    shares_home = any(phone_key(g.phone) in protected_phones for g in pupil.guardians)
    visits = tuple(
        replace(
            item,
            visit=replace(item.visit, plan=replace(item.visit.plan, address="", directions="")),
        )
        if shares_home or protected & _in_home(item)
        else item
        for item in sheet.visits
    )
    if pupil.protected_identity or pupil.id in protected:
        pupil = _without_phones(pupil._replace(protected_identity=True))
    elif shares_home:
        guardians = tuple(
            replace(g, phone="") if phone_key(g.phone) in protected_phones else g
            for g in pupil.guardians
        )
        pupil = pupil._replace(guardians=guardians)
    return replace(sheet, pupil=pupil, visits=visits)


def _as_sibling(visit: VisitRecord) -> RecordVisit:
    """A visit planned for a brother or sister, in this pupil's record: that she was there, on
    which day, and how the visit stands. Why it was planned, its purpose, who asked, the notice,
    who came along, the topics, questions, points to observe and what was observed are the
    other child's health details: they leave in his record only (docs/DISCLOSURE.md)."""
    plan = visit.plan
    bare = VisitPlan(
        pupil_id=plan.pupil_id,
        planned_on=plan.planned_on,
        starts_at=plan.starts_at,
        minutes=plan.minutes,
    )
    kept = replace(
        visit, plan=bare, pupil_name="", consent=None, missing=(), note_id=None, documented_at=None
    )
    return RecordVisit(kept, (), as_sibling=True)


def _in_home(item: RecordVisit) -> set[int]:
    plan = item.visit.plan
    return {plan.pupil_id, *plan.sibling_ids}


def _without_phones(pupil: PupilRecord) -> PupilRecord:
    return pupil._replace(guardians=tuple(replace(g, phone="") for g in pupil.guardians))
