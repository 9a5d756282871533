"""The preparation sheet of a home visit: built as a frozen record, rendered to PDF bytes in
memory, and every release (print, save, command line) written to the access log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentMissing, ConsentPurpose
from nurse_desk.domain.disclosure import checked_reason, with_reason
from nurse_desk.domain.home_visits import initials, redact
from nurse_desk.domain.households import phone_key
from nurse_desk.domain.national_id import written as written_national_id
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.visit_sheet import SheetPerson, SiblingConsentMissing, VisitSheet
from nurse_desk.printing.visit_sheet import render_visit_sheet
from nurse_desk.services import home_visits
from nurse_desk.services.consents import consent_or_refusal
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import home_visits as visits
from nurse_desk.storage import pupils
from nurse_desk.storage.vault import Vault


def build_sheet(
    vault: Vault,
    visit_id: int,
    *,
    private: bool,
    school: bool = True,
    now: datetime | None = None,
) -> VisitSheet:
    """The sheet as data. A private sheet carries initials and years of birth only, no IDs,
    no address or directions, and names in free text are reduced to initials; with `school`
    False it leaves out the children's school and class as well (in a small place, initials
    with a school and a class can still point to one family)."""
    with unit_of_work(vault) as work:
        return sheet_of(work, visit_id, private=private, school=school, now=now or datetime.now())


def sheet_of(
    work: Work, visit_id: int, *, private: bool, school: bool, now: datetime
) -> VisitSheet:
    """build_sheet inside a caller's unit of work."""
    visit = home_visits.visit_in(work, visit_id, now.date())
    plan = visit.plan
    pupil = pupils.get_pupil(work.session, plan.pupil_id)
    siblings = [pupils.get_pupil(work.session, pid) for pid in plan.sibling_ids]
    sheet = VisitSheet(
        visit_id=visit.id,
        private=False,
        status=visit.status,
        planned_on=plan.planned_on,
        starts_at=plan.starts_at,
        minutes=plan.minutes,
        pupil=_person(pupil, f"{pupil.school_name}, {pupil.class_name}"),
        siblings=tuple(_person(s, f"{s.school_name}, {s.class_name}") for s in siblings),
        guardians=tuple(
            SheetPerson(g.name, None, 0, detail=g.relation, phone=g.phone) for g in pupil.guardians
        ),
        home_of=plan.home_of,
        address=plan.address,
        directions=plan.directions,
        nurse_name=work.author_name,
        nurse_title=work.author_title,
        companions=plan.companions,
        reasons=tuple(_ordered(plan.reasons)),
        reason_text=plan.reason_text,
        initiator=plan.initiator,
        initiator_text=plan.initiator_text,
        purposes=tuple(_ordered(plan.purposes)),
        purpose_text=plan.purpose_text,
        notice=plan.notice,
        consent=visit.consent,
        missing=visit.missing,
        topics=plan.topics,
        questions=plan.questions,
        observation_points=plan.observation_points,
        safety=plan.safety,
        produced_at=now,
    )
    # A home is protected when a child on the plan is, or when a guardian shares the phone of
    # a protected child's guardian: that child lives there too, on the plan or not.
    shared = pupils.protected_phones(work.session)
    if any(p.protected_identity for p in (pupil, *siblings)) or any(
        phone_key(g.phone) in shared for g in pupil.guardians
    ):
        sheet = shielded(sheet)
    return _made_private(sheet, pupil, siblings, school=school) if private else sheet


def shielded(sheet: VisitSheet) -> VisitSheet:
    """A protected pupil's home: whatever the privacy choice, the sheet never carries the
    address, the way there or a way to reach the guardians."""
    return replace(
        sheet,
        protected=True,
        address="",
        directions="",
        guardians=tuple(replace(g, phone="") for g in sheet.guardians),
    )


@dataclass(frozen=True, slots=True)
class SheetOffer:
    """What the print choice offers: the partners on the plan, and the nurse's default."""

    partners: tuple[str, ...]
    private: bool


def sheet_offer(vault: Vault, visit_id: int) -> SheetOffer:
    with unit_of_work(vault) as work:
        plan = visits.plan_of(visits.get_row(work.session, visit_id))
        partners = sorted({c.organisation or c.name for c in plan.companions})
        return SheetOffer(tuple(partners), work.prints_private)


@dataclass(frozen=True, slots=True)
class SheetPreview:
    pdf: bytes
    needs_reason: bool  # releasing it asks why (see reason_needed)


def sheet_preview(
    vault: Vault,
    visit_id: int,
    *,
    private: bool,
    school: bool = True,
    outside_for: str = "",
    language: str = "nb",
    now: datetime | None = None,
) -> SheetPreview:
    """The sheet's PDF bytes for the preview, and whether releasing it needs a reason; nothing
    is written to disk. A named sheet meant for someone outside the health service
    (`outside_for`: who) needs that partner's consent
    (docs/CARE-RULES.md, "Consent and confidentiality"); the private sheet does not."""
    sheet = _Sheet(visit_id, private, school, outside_for, language, now or datetime.now())
    with unit_of_work(vault) as work:
        made = _pdf(work, sheet)
        if isinstance(made, bytes):
            return SheetPreview(made, _reason_needed(work, outside_for))
    raise made  # after the commit, so the refusal stays in the log


def visit_sheet_pdf(vault: Vault, visit_id: int, **asked) -> bytes:
    """sheet_preview's PDF alone (`asked`: sheet_preview's options)."""
    return sheet_preview(vault, visit_id, **asked).pdf


@dataclass(frozen=True, slots=True)
class _Sheet:
    """Which sheet is asked for, and for whom."""

    visit_id: int
    private: bool
    school: bool
    outside_for: str
    language: str
    now: datetime


def _pdf(work: Work, asked: _Sheet) -> bytes | ConsentMissing:
    """The PDF, or the consent refusal (logged) when the named sheet leaves the service."""
    partner = asked.outside_for.strip()
    if partner and not asked.private:
        refusal = _refusal_for_partner(work, asked.visit_id, partner)
        if refusal is not None:
            return refusal
    sheet = sheet_of(
        work, asked.visit_id, private=asked.private, school=asked.school, now=asked.now
    )
    return render_visit_sheet(sheet, asked.language)


def _refusal_for_partner(work: Work, visit_id: int, partner: str) -> ConsentMissing | None:
    """Every child named on the sheet needs a consent to share with `partner`: the pupil and
    each sibling (the sheet shows a sibling's name, birth date, school and class). Without a
    sibling's consent the whole named sheet is refused rather than printed without that
    sibling: the plan's free texts (reasons, topics, questions) may still name the sibling,
    and only the private sheet reduces names to initials, so leaving the sibling's line out
    would not keep the child off the paper. The private sheet stays open to the nurse."""
    plan = visits.plan_of(visits.get_row(work.session, visit_id))
    for pupil_id in (plan.pupil_id, *plan.sibling_ids):
        allowed = consent_or_refusal(
            work, pupil_id, ConsentPurpose.CONTACT_PARTNER, partner, date.today()
        )
        if isinstance(allowed, ConsentMissing):
            if pupil_id == plan.pupil_id:
                return allowed
            return SiblingConsentMissing(allowed.purpose, allowed.partner)
    return None


def reason_needed(vault: Vault, *, outside_for: str = "") -> bool:
    """Whether releasing a sheet needs a reason: always, unless it is the nurse's own sheet
    (for nobody outside the health service) and Settings spares her the question."""
    with unit_of_work(vault) as work:
        return _reason_needed(work, outside_for)


def _reason_needed(work: Work, outside_for: str) -> bool:
    return bool(outside_for.strip()) or not work.skips_reason_for_own_sheet


SAVED = "saved"  # `how` for a sheet written to a file: an export, not a print


def log_sheet_released(
    vault: Vault,
    visit_id: int,
    *,
    private: bool,
    how: str,
    school: bool = True,
    outside_for: str = "",
    reason: str = "",
    now: datetime | None = None,
) -> None:
    """The sheet printed (PRINT) or saved to a file (`how` SAVED: EXPORT, as for the agenda),
    with whom it was for outside the health service, if anyone, and why: one entry for each
    pupil on it."""
    action = AccessAction.EXPORT if how == SAVED else AccessAction.PRINT
    release = _Release(private, school, how, reason, action, outside_for)
    with unit_of_work(vault) as work:
        _log_release(work, visit_id, release, now)


@dataclass(frozen=True, slots=True)
class _Release:
    """How a sheet left the app, for its log entries."""

    private: bool
    school: bool
    how: str
    reason: str
    action: AccessAction
    outside_for: str = ""  # the partner outside the health service it was for, if any


def _log_release(work: Work, visit_id: int, release: _Release, at: datetime | None) -> None:
    """One entry for the pupil and one for each sibling on the sheet: the log must answer
    who was seen, and a sibling's name, birth date, school and class are on it too (on the
    private sheet, initials and year of birth: still about that child)."""
    plan = visits.plan_of(visits.get_row(work.session, visit_id))
    private, school = release.private, release.school
    kind = "named" if not private else "private" if school else "private without school"
    detail = f"visit {visit_id} sheet, {kind}, {release.how}"
    partner = " ".join(release.outside_for.split())
    if partner:
        detail += f", for {partner}"
    for pupil_id, role in [(plan.pupil_id, ""), *((s, ", as sibling") for s in plan.sibling_ids)]:
        work.log(
            action=release.action,
            pupil_id=pupil_id,
            detail=with_reason(detail + role, release.reason.strip()),
            at=at or datetime.now(),
        )


def save_visit_sheet(
    vault: Vault,
    visit_id: int,
    out: Path,
    *,
    private: bool,
    school: bool = True,
    outside_for: str = "",
    reason: str = "",
    language: str = "nb",
    now: datetime | None = None,
    replace: bool = True,
) -> bytes:
    """Command line: the PDF written to `out` (owner-only) and logged as an EXPORT, in one
    unit of work. The entry is made only once the file is written: a write that fails (an
    unwritable folder) raises OSError and rolls the entry back, as nothing left the app; a file
    already at `out`, kept without `replace`, raises FileAlreadyThere and does the same.
    ReasonMissing, before anything is made, when a reason is needed and none was given."""
    asked = _Sheet(visit_id, private, school, outside_for, language, now or datetime.now())
    with unit_of_work(vault) as work:
        if _reason_needed(work, outside_for) or reason.strip():
            reason = checked_reason(reason)
        made = _pdf(work, asked)
        if isinstance(made, bytes):
            write_private_file(out, made, replace=replace)
            release = _Release(
                private, school, "saved, command line", reason, AccessAction.EXPORT, outside_for
            )
            _log_release(work, visit_id, release, asked.now)
            return made
    raise made  # after the commit, so the refusal stays in the log


def _ordered(values) -> list:
    """Enum values in the order the guideline lists them."""
    return sorted(values, key=lambda value: list(type(value)).index(value))


def _person(pupil: PupilRecord, detail: str) -> SheetPerson:
    return SheetPerson(
        pupil.full_name,
        pupil.birth_date,
        pupil.birth_date.year,
        written_national_id(pupil.national_id or ""),
        detail,
    )


def _made_private(
    sheet: VisitSheet, pupil: PupilRecord, siblings: list[PupilRecord], *, school: bool
) -> VisitSheet:
    names = [p.full_name for p in (pupil, *siblings)] + [g.name for g in pupil.guardians]

    def hidden(person: SheetPerson) -> SheetPerson:
        return replace(person, name=initials(person.name), born=None, national_id="", phone="")

    def hidden_child(person: SheetPerson) -> SheetPerson:
        return hidden(person) if school else replace(hidden(person), detail="")

    def scrub(text: str) -> str:
        return redact(text, names)

    notice = sheet.notice
    return replace(
        sheet,
        private=True,
        pupil=hidden_child(sheet.pupil),
        siblings=tuple(hidden_child(s) for s in sheet.siblings),
        guardians=tuple(hidden(g) for g in sheet.guardians),
        home_of=scrub(sheet.home_of),
        address="",
        directions="",
        reason_text=scrub(sheet.reason_text),
        initiator_text=scrub(sheet.initiator_text),
        purpose_text=scrub(sheet.purpose_text),
        notice=replace(notice, to_whom=scrub(notice.to_whom), told=scrub(notice.told)),
        consent=None
        if sheet.consent is None
        else replace(sheet.consent, guardian_name=initials(sheet.consent.guardian_name)),
        topics=tuple(scrub(t) for t in sheet.topics),
        questions=tuple(scrub(q) for q in sheet.questions),
        observation_points=tuple(scrub(o) for o in sheet.observation_points),
        safety=replace(sheet.safety, call_whom=scrub(sheet.safety.call_whom)),
    )
