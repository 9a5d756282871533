"""Yearly figures: counted in SQL for a period and one school or all, shown, printed as PDF and
saved as CSV; every print and save is written to the access log (counts only, no pupil)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from nurse_desk.domain import figures as rules
from nurse_desk.domain.absence_patterns import SEVERITY_ORDER
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.figures import Figures, FiguresPeriod
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.domain.referrals import PartnerKind
from nurse_desk.domain.school_days import school_year_start
from nurse_desk.printing.figures_sheet import figures_csv, render_figures
from nurse_desk.services import absence
from nurse_desk.services.kept_analysis import KeptAnalysis
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import figures as counted
from nurse_desk.storage.pupils import all_schools
from nurse_desk.storage.vault import Vault


class UnknownSchool(NurseDeskError):
    """No school in the vault has the name asked for."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def default_period(vault: Vault, today: date | None = None, school: str = "") -> FiguresPeriod:
    """The current school year up to today: what the annual report asks for. It starts on the
    school's own first day where one is set (as its Absence page does); for all schools, on the
    earliest, so that no school's first days are left out."""
    today = today or date.today()
    with unit_of_work(vault) as work:
        country = work.country
        schools = [s for s in all_schools(work.session) if not school or s.name == school]
    starts = [school_year_start(today, s.school_year_start, country) for s in schools]
    first = min(starts, default=school_year_start(today, None, country))
    return FiguresPeriod(first, today, school)


def compute(
    vault: Vault,
    period: FiguresPeriod,
    *,
    today: date | None = None,
    kept: KeptAnalysis[absence.Patterns] | None = None,
) -> Figures:
    """Every figure of the report; the counts come from grouped queries, the absence flags
    from the same pattern analysis the Absence page runs (its rules are not SQL). With `kept`
    (the Absence page's), its patterns are counted while nothing they come from changed,
    and every school's patterns found here are kept for it."""
    today = today or date.today()
    day = min(period.last, today)  # the flags on the period's last day (today if later)
    inputs = (day, True)  # as absence.analyse_all keys them: the day, excused absence counted
    started = None if kept is None else kept.starting(vault, inputs)  # before reading
    with unit_of_work(vault) as work:
        school_id = None
        if period.school:
            school_id = counted.school_id_named(work.session, period.school)
            if school_id is None:
                raise UnknownSchool(period.school)
        scope = counted.Scope(period.first, period.last, school_id)
        notes = counted.conversations(work.session, scope)
        visits = counted.home_visits(work.session, scope)
        sent = counted.referrals_by_partner(work.session, scope)
        follow_ups = counted.follow_ups(work.session, scope, today)
        consents = counted.consents(work.session, scope)
        patterns = None if kept is None else kept.get(vault, inputs)
        if patterns is None:
            read = absence.read_all(work, day, include_excused=True, school_id=school_id)
    if patterns is None:
        patterns = absence.patterns_of(read)
        if started is not None and school_id is None:  # one school's are not every pupil's
            kept.keep(started, patterns)
    return Figures(
        period=period,
        pupils_seen=notes.pupils,
        conversations=notes.notes,
        conversations_by_kind=rules.with_all_rows(notes.by_kind, tuple(NoteKind)),
        conversations_by_topic=rules.with_all_rows(notes.by_topic, tuple(Topic)),
        home_visits=rules.with_all_rows(visits, rules.HOME_VISIT_ROWS),
        referrals_by_partner=rules.with_all_rows(sent, tuple(PartnerKind)),
        follow_ups=rules.with_all_rows(follow_ups, rules.FOLLOW_UP_ROWS),
        consents=rules.with_all_rows(consents, rules.CONSENT_ROWS),
        absence_flags_by_pattern=_flagged(absence.overview_of(patterns, seen=None), period),
    )


def _flagged(overview: absence.AbsenceOverview, period: FiguresPeriod) -> dict[str, int]:
    """Pupils flagged for each pattern (every flag, acknowledged or not)."""
    kinds: Counter[str] = Counter()
    for flagged in overview.pupils:
        if period.school and flagged.pupil.school_name != period.school:
            continue
        kinds.update({flag.kind.value for flag in flagged.absence.flags})
    return rules.with_all_rows(kinds, tuple(kind.value for kind in SEVERITY_ORDER))


def figures_pdf(
    figures: Figures, *, exact: bool, language: str, produced_by: str, now: datetime | None = None
) -> bytes:
    """The PDF bytes for the preview; nothing is written to disk and nothing logged yet."""
    return render_figures(
        figures, language=language, exact=exact, produced_by=produced_by, at=now or datetime.now()
    )


def figures_as_csv(figures: Figures, *, exact: bool, language: str) -> bytes:
    return figures_csv(figures, language=language, exact=exact)


def author(vault: Vault) -> str:
    with unit_of_work(vault) as work:
        return work.author_name


def log_released(
    vault: Vault, figures: Figures, *, how: str, exact: bool, now: datetime | None = None
) -> None:
    """One entry for figures printed or saved (`how`): the period and school id, no pupil."""
    period = figures.period
    with unit_of_work(vault) as work:
        school_id = counted.school_id_named(work.session, period.school) if period.school else None
        school = "all schools" if school_id is None else f"school {school_id}"
        detail = (
            f"yearly figures {period.first.isoformat()}..{period.last.isoformat()}, {school}, "
            f"{'exact' if exact else 'small counts hidden'}, {how}"
        )
        action = AccessAction.PRINT if how.startswith("print") else AccessAction.EXPORT
        work.log(
            action=action,
            pupil_id=None,
            detail=detail[:200],
            at=now or datetime.now(),
        )
