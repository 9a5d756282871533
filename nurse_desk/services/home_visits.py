"""Planning home visits, moving them through draft → ready → done → documented, and listing
them (docs/CARE-RULES.md, "Home visits"). One use case, one transaction; records out, never rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.follow_ups import FollowUpSource, NewFollowUp
from nurse_desk.domain.home_visits import (
    VisitDocumentation,
    VisitPlan,
    VisitRecord,
    VisitStatus,
    VisitSummary,
    check_editable,
    consent_day,
    consent_for_visit,
    missing_for_ready,
    status_after_edit,
    status_now,
    status_when_documented,
    status_when_done,
    status_when_ready,
)
from nurse_desk.domain.households import HouseholdLink, household
from nurse_desk.domain.records import PupilRecord, check_planned_day
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.services.visit_note import visit_note
from nurse_desk.storage import consents, follow_ups, households, pupils
from nurse_desk.storage import home_visits as visits
from nurse_desk.storage import journal as notes
from nurse_desk.storage.orm_visits import HomeVisitRow
from nurse_desk.storage.vault import Vault


def plan_visit(
    vault: Vault, plan: VisitPlan, *, now: datetime | None = None, today: date | None = None
) -> VisitRecord:
    """A new plan, saved as a draft; PlannedDayOutOfRange for a day years away, InvalidPhone
    for a companion's phone that is no number."""
    plan.check()
    plan.check_phones()
    now = now or datetime.now()
    check_planned_day(plan.planned_on, today or now.date())
    with unit_of_work(vault) as work:
        pupils.get_pupil(work.session, plan.pupil_id)
        row = visits.add(work.session, plan, status=VisitStatus.DRAFT, now=now)
        return _record(work, row, today or now.date())


def update_visit(
    vault: Vault,
    visit_id: int,
    plan: VisitPlan,
    *,
    now: datetime | None = None,
    today: date | None = None,
) -> VisitRecord:
    """Save an edited plan. A ready plan that loses notice, consent or purpose becomes a draft
    again; a visit that has taken place is not edited (VisitLocked). A companion's new phone
    that is no number is InvalidPhone; one stored before is kept as it is."""
    plan.check()
    now = now or datetime.now()
    today = today or now.date()
    check_planned_day(plan.planned_on, today)
    with unit_of_work(vault) as work:
        row = visits.get_row(work.session, visit_id)
        current = VisitStatus(row.status)
        check_editable(current)  # before the plan is copied onto the row
        plan.check_phones(known=(c.phone for c in row.companions))
        visits.copy_plan(row, plan)
        missing = _missing(work, plan, today)
        row.status = status_after_edit(current, missing).value
        row.updated_at = now
        work.session.flush()
        return _record(work, row, today)


def get_visit(vault: Vault, visit_id: int, *, today: date | None = None) -> VisitRecord:
    with unit_of_work(vault) as work:
        return visit_in(work, visit_id, today or date.today())


def visit_in(work: Work, visit_id: int, today: date) -> VisitRecord:
    """get_visit inside a caller's unit of work (the visit sheet reads it)."""
    return _record(work, visits.get_row(work.session, visit_id), today)


def open_visit(vault: Vault, visit_id: int, *, today: date | None = None) -> VisitRecord:
    """The plan opened to be edited or documented: a read of the pupil's record, so it is
    logged (as opening the pupil's page is) in the same transaction, for the pupil and each
    brother or sister on the plan, whom it shows too (as the visit sheet logs them)."""
    with unit_of_work(vault) as work:
        row = visits.get_row(work.session, visit_id)
        for pupil_id in visits.children_on(row):
            work.log(
                action=AccessAction.OPEN_PUPIL,
                pupil_id=pupil_id,
                detail=f"visit {visit_id}",
            )
        return _record(work, row, today or date.today())


def delete_visit(vault: Vault, visit_id: int) -> None:
    """Only a plan that never went ahead can be deleted; a done visit stays (VisitLocked).
    The deletion is logged, as discarding a draft note is: what was planned about a pupil
    and thrown away is on record as such (for the pupil and each sibling on the plan)."""
    with unit_of_work(vault) as work:
        row = visits.get_row(work.session, visit_id)
        check_editable(VisitStatus(row.status))
        for pupil_id in visits.children_on(row):
            work.log(
                action=AccessAction.DISCARD_DRAFT,
                pupil_id=pupil_id,
                detail=f"visit {visit_id}",
            )
        work.session.delete(row)


def mark_ready(vault: Vault, visit_id: int, *, today: date | None = None) -> VisitRecord:
    """READY only when notice is given, consent is valid and a purpose is set; otherwise
    VisitNotReady names what is missing."""
    today = today or date.today()
    with unit_of_work(vault) as work:
        row = visits.get_row(work.session, visit_id)
        missing = _missing(work, visits.plan_of(row), today)
        row.status = status_when_ready(VisitStatus(row.status), missing).value
        return _record(work, row, today)


def mark_done(vault: Vault, visit_id: int, *, now: datetime | None = None) -> VisitRecord:
    """The visit has taken place; the documentation comes next."""
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        row = visits.get_row(work.session, visit_id)
        missing = _missing_on_the_day(work, row, now.date())
        row.status, row.updated_at = status_when_done(VisitStatus(row.status), missing).value, now
        return _record(work, row, now.date())


def document_visit(
    vault: Vault,
    visit_id: int,
    documentation: VisitDocumentation,
    *,
    language: str = "nb",
    now: datetime | None = None,
) -> VisitRecord:
    """In ONE transaction: the observations and answers on the plan, a journal note of kind
    home visit (left as a draft: signing stays the nurse's deliberate act, as for every note),
    one follow-up per agreed step (source: this visit), and the plan marked documented."""
    documentation.check()
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        # The note's and the follow-ups' own words: no one named until Settings has a name
        # (the access log's placeholder is English and for the log only).
        responsible = work.author_name
        row = visits.get_row(work.session, visit_id)
        missing = _missing_on_the_day(work, row, now.date())
        documented = status_when_documented(VisitStatus(row.status), missing)
        plan = visits.plan_of(row)
        visits.record_results(
            row,
            [(o.observed, o.note.strip()) for o in documentation.observations],
            [a.answer.strip() for a in documentation.answers],
        )
        draft = visit_note(plan, documentation, responsible, language, now)
        draft.check()
        note = notes.add_draft(work.session, draft, now=now)
        for agreed in documentation.follow_ups:
            follow_ups.add(
                work.session,
                NewFollowUp(
                    pupil_id=plan.pupil_id,
                    kind=agreed.kind,
                    due_on=agreed.due_on,
                    description=agreed.what.strip(),
                    responsible=responsible,
                    source=FollowUpSource.HOME_VISIT,
                    source_id=visit_id,
                ),
                now=now,
            )
        row.note_id, row.summary = note.id, documentation.summary.strip()
        row.status = documented.value
        row.documented_at = row.updated_at = now
        work.session.flush()
        return _record(work, row, now.date())


def list_visits(vault: Vault, *, today: date | None = None) -> list[VisitSummary]:
    """Every visit, soonest first; the view splits upcoming from past and filters."""
    with unit_of_work(vault) as work:
        return _summaries(work, visits.lines_between(work.session), today or date.today())


def visits_between(
    vault: Vault, first: date, last: date, *, today: date | None = None
) -> list[VisitSummary]:
    """Visits planned from `first` to `last` (both included), soonest first, for the agenda:
    frozen VisitSummary records (visit_id, pupil_id, pupil_name, planned_on, starts_at,
    minutes, status, missing: what still stops a plan from being ready)."""
    with unit_of_work(vault) as work:
        return _summaries(
            work, visits.lines_between(work.session, first, last), today or date.today()
        )


def visits_of_pupil(
    vault: Vault, pupil_id: int, *, today: date | None = None
) -> list[VisitSummary]:
    """The pupil's visits, including those where the pupil is seen as a sibling."""
    with unit_of_work(vault) as work:
        rows = visits.lines_between(work.session, pupil_id=pupil_id)
        return _summaries(work, rows, today or date.today())


def records_for(work: Work, pupil_id: int, today: date) -> list[tuple[VisitRecord, tuple]]:
    """Every visit the pupil is part of, whole (plan and observations), inside a caller's
    unit of work: the complete record export reads them."""
    lines = visits.lines_between(work.session, pupil_id=pupil_id)
    rows = [visits.get_row(work.session, line.visit_id) for line in lines]
    return [(_record(work, row, today), visits.observations_of(row)) for row in rows]


def summaries_for(work: Work, pupil_id: int, today: date) -> list[VisitSummary]:
    """The same, inside a caller's unit of work (the pupil page reads everything at once)."""
    return _summaries(work, visits.lines_between(work.session, pupil_id=pupil_id), today)


@dataclass(frozen=True, slots=True)
class Sibling:
    """A child offered as a brother or sister in the same home, and why (the nurse confirms)."""

    pupil: PupilRecord
    links: frozenset[HouseholdLink]


@dataclass(frozen=True, slots=True)
class VisitContext:
    """What the plan dialog needs about the pupil: guardians (for the home and the notice),
    home-visit consents (for readiness) and brothers and sisters in the same home."""

    pupil: PupilRecord
    consents: tuple[ConsentRecord, ...]
    siblings: tuple[Sibling, ...]
    country: str = "no"  # whose rule says who consents (consent_rules)


def visit_context(vault: Vault, pupil_id: int, chosen: tuple[int, ...] = ()) -> VisitContext:
    """`chosen`: the siblings already on the plan being opened, offered whatever the rule says
    today (a guardian's phone may have changed since)."""
    with unit_of_work(vault) as work:
        pupil = pupils.get_pupil(work.session, pupil_id)
        given = visits.home_visit_consents(work.session, {pupil_id})[pupil_id]
        siblings = _siblings(work, pupil_id, chosen)
        return VisitContext(pupil, tuple(given), tuple(siblings), work.country)


def siblings_in_home(vault: Vault, pupil_id: int, *, chosen: tuple[int, ...] = ()) -> list[Sibling]:
    """Other pupils of the same household (domain/households.py: a guardian's phone, an
    address visited before, or a guardian's name when no phone tells them apart), still at
    school, eldest first."""
    with unit_of_work(vault) as work:
        return _siblings(work, pupil_id, chosen)


def _siblings(work: Work, pupil_id: int, chosen: tuple[int, ...]) -> list[Sibling]:
    session = work.session
    found = household(
        pupil_id, households.guardian_lines(session), households.visited_addresses(session)
    )
    for sibling_id in chosen:
        found.setdefault(sibling_id, frozenset({HouseholdLink.CHOSEN}))
    # one read for them all: an address shared by many homes (a block of flats) finds many
    read = pupils.pupils_with_guardians(session, found) if found else []
    result = [Sibling(pupil, found[pupil.id]) for pupil in read]
    kept = [s for s in result if s.pupil.active or s.pupil.id in chosen]
    return sorted(kept, key=lambda s: (s.pupil.birth_date, s.pupil.id))


def remembered_address(vault: Vault, pupil_ids: list[int], home_of: str) -> str:
    """The address last written for this guardian's home ("" if none)."""
    with unit_of_work(vault) as work:
        return visits.last_address(work.session, pupil_ids, home_of)


def _missing(work: Work, plan: VisitPlan, today: date) -> tuple:
    pupil = pupils.get_pupil(work.session, plan.pupil_id)
    given = consents.of_pupil(work.session, plan.pupil_id)
    consent = consent_for_visit(
        given, pupil.birth_date, today, plan.planned_on, country=work.country
    )
    return missing_for_ready(plan, consent)


def _missing_on_the_day(work: Work, row: HomeVisitRow, today: date) -> tuple:
    """What the plan misses on the day the visit takes place, read as the nurse marks it done
    or documents it: a consent withdrawn or run out since it was marked ready shows here."""
    plan = visits.plan_of(row)
    return _missing(work, plan, consent_day(VisitStatus(row.status), plan.planned_on, today))


def demote_unready(work: Work, pupil_id: int, today: date) -> None:
    """Ready plans of the pupil that miss something now (a consent just withdrawn) become
    drafts in the vault too, so a query by status never finds them ready."""
    for row in visits.rows_of_pupil(work.session, pupil_id, VisitStatus.READY):
        if _missing_on_the_day(work, row, today):
            row.status = VisitStatus.DRAFT.value


def _record(work: Work, row: HomeVisitRow, today: date) -> VisitRecord:
    plan = visits.plan_of(row)
    pupil = pupils.get_pupil(work.session, plan.pupil_id)
    status = VisitStatus(row.status)
    consent = consent_for_visit(
        consents.of_pupil(work.session, plan.pupil_id),
        pupil.birth_date,
        consent_day(status, plan.planned_on, today),
        plan.planned_on,
        country=work.country,
    )
    planning = status in (VisitStatus.DRAFT, VisitStatus.READY)
    missing = missing_for_ready(plan, consent) if planning else ()
    return VisitRecord(
        id=row.id,
        plan=plan,
        status=status_now(status, missing),
        pupil_name=pupil.full_name,
        consent=consent,
        missing=missing,
        note_id=row.note_id,
        documented_at=row.documented_at,
        updated_at=row.updated_at,
    )


def _summaries(work: Work, lines: list[visits.VisitLine], today: date) -> list[VisitSummary]:
    waiting = (VisitStatus.DRAFT.value, VisitStatus.READY.value)
    given = visits.home_visit_consents(
        work.session, {line.pupil_id for line in lines if line.status_value in waiting}
    )
    protected = visits.protected_homes(work.session, {line.visit_id for line in lines})
    country = work.country
    result = []
    for line in lines:
        missing: tuple = ()
        status = line.status
        if line.status_value in waiting:  # only a plan not yet carried out can lack something
            plan = line.readiness()
            day = consent_day(status, plan.planned_on, today)
            consent = consent_for_visit(
                given[plan.pupil_id], line.birth_date, day, plan.planned_on, country=country
            )
            missing = missing_for_ready(plan, consent)
        shielded = line.visit_id in protected
        result.append(
            VisitSummary(
                visit_id=line.visit_id,
                pupil_id=line.pupil_id,
                pupil_name=line.pupil_name,
                planned_on=line.planned_on,
                starts_at=line.starts_at,
                minutes=line.minutes,
                status=status_now(status, missing),
                missing=missing,
                address="" if shielded else line.address,
                purposes=line.purposes,
                purpose_text=line.purpose_text,
                note_id=line.note_id,
                protected=shielded,
            )
        )
    return result
