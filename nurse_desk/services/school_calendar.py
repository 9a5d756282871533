"""The school's calendar: the country's public holidays (from Settings) and the breaks the
nurse enters, used to flag due dates on days the school is shut."""

from __future__ import annotations

from nurse_desk.domain.school_calendar import ClosedPeriod, SchoolCalendar
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import school_calendar as calendar_store
from nurse_desk.storage.vault import Vault


def school_calendar(vault: Vault) -> SchoolCalendar:
    with unit_of_work(vault) as work:
        return calendar_in(work)


def calendar_in(work: Work) -> SchoolCalendar:
    """school_calendar inside a caller's unit of work."""
    return SchoolCalendar(work.country, tuple(calendar_store.closed_periods(work.session)))


def closed_periods(vault: Vault) -> list[ClosedPeriod]:
    with unit_of_work(vault) as work:
        return calendar_store.closed_periods(work.session)


def save_closed_period(vault: Vault, period: ClosedPeriod) -> int:
    """Adds (id 0) or changes a break; InvalidClosedPeriod says what is wrong."""
    period.check()
    with unit_of_work(vault) as work:
        return calendar_store.save_closed_period(work.session, period)


def delete_closed_period(vault: Vault, period_id: int) -> None:
    with unit_of_work(vault) as work:
        calendar_store.delete_closed_period(work.session, period_id)
