"""The yearly figures open on the school year as the schools have it: a school with a first
day of its own (Settings → Schools) starts its year there, as its Absence page does."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import figures, journal, pupils

TODAY = date(2026, 10, 1)
FIRST_WEEK = datetime(2026, 8, 11, 10, 0)  # before the country's usual 15 August


def set_start(vault, name: str, first_day: date | None) -> None:
    school = next(s for s in pupils.list_schools(vault) if s.name == name)
    pupils.save_school(vault, replace(school, school_year_start=first_day))


def signed_note(vault, pupil_id: int, when: datetime) -> None:
    draft = NoteDraft(pupil_id, when, NoteKind.PLANNED, frozenset({Topic.SLEEP}))
    journal.sign_note(vault, journal.save_draft(vault, draft, now=when).id, now=when)


def test_a_school_with_its_own_first_day_counts_its_whole_year(vault, pupil_id):
    set_start(vault, "Granly skole", date(2025, 8, 10))  # a day set last year stands each year
    signed_note(vault, pupil_id, FIRST_WEEK)

    period = figures.default_period(vault, TODAY, "Granly skole")
    assert (period.first, period.last) == (date(2026, 8, 10), TODAY)
    assert figures.compute(vault, period, today=TODAY).conversations == 1
    # all schools: from the earliest first day, so no school's first week is left out
    assert figures.default_period(vault, TODAY).first == date(2026, 8, 10)


def test_without_a_day_of_its_own_the_countrys_usual_day_stands(vault, pupil_id):
    assert figures.default_period(vault, TODAY, "Granly skole").first == date(2026, 8, 15)
    set_start(vault, "Granly skole", date(2025, 8, 18))
    pupils.add_pupil(vault, NewPupil("Ida", "Berg", date(2013, 2, 3), "Solbakken skole", "7A"))
    assert figures.default_period(vault, TODAY, "Granly skole").first == date(2026, 8, 18)
    # Solbakken follows the usual day, earlier than Granly's
    assert figures.default_period(vault, TODAY).first == date(2026, 8, 15)
