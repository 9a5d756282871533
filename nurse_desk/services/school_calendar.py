"""The school's calendar: the country's public holidays (from Settings) and the breaks the
nurse enters, used to flag due dates on days the school is shut."""

from __future__ import annotations

from nurse_desk.domain.school_calendar import ClosedPeriod, SchoolCalendar
from nurse_desk.storage import school_calendar as calendar_store
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault


def school_calendar(vault: Vault) -> SchoolCalendar:
    with vault.session() as session, session.begin():
        return SchoolCalendar(
            vault_settings.country(session),
            tuple(calendar_store.closed_periods(session)),
        )


def closed_periods(vault: Vault) -> list[ClosedPeriod]:
    with vault.session() as session, session.begin():
        return calendar_store.closed_periods(session)


def save_closed_period(vault: Vault, period: ClosedPeriod) -> int:
    """Adds (id 0) or changes a break; InvalidClosedPeriod says what is wrong."""
    period.check()
    with vault.session() as session, session.begin():
        return calendar_store.save_closed_period(session, period)


def delete_closed_period(vault: Vault, period_id: int) -> None:
    with vault.session() as session, session.begin():
        calendar_store.delete_closed_period(session, period_id)
