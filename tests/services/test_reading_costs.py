"""What a view costs to read: one unit of work (one session) per user action and the same few
statements however much the vault holds (no query per visit, per note or per pupil)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from absence_fixtures import START, TODAY, planted
from referral_fixtures import give_partner_consent, partner_id, referral
from sqlalchemy import event
from visit_fixtures import full_plan

from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import (
    absence,
    access,
    agenda,
    follow_up_work,
    home_visits,
    journal,
    pupils,
    referral_lists,
    referrals,
    settings_page,
)
from nurse_desk.storage import absence as absence_store


@dataclass
class Reading:
    statements: list[str] = field(default_factory=list)
    sessions: int = 0


@contextmanager
def counted(vault):
    """Every statement sent and every connection taken (one per session) while inside."""
    seen = Reading()

    def on_statement(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        seen.statements.append(" ".join(statement.split()))

    def on_connect(_conn) -> None:
        seen.sessions += 1

    event.listen(vault.engine, "before_cursor_execute", on_statement)
    event.listen(vault.engine, "engine_connect", on_connect)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", on_statement)
        event.remove(vault.engine, "engine_connect", on_connect)


def reading(vault, action) -> Reading:
    with counted(vault) as seen:
        action()
    return seen


def add_pupils(vault, count: int, start: int = 0) -> list[int]:
    return [
        pupils.add_pupil(
            vault, NewPupil(f"Elev{n}", "Test", date(2012, 1, 1), "Granly skole", "8B")
        )
        for n in range(start, start + count)
    ]


def plan_visits(vault, pupil_ids: list[int], on: date) -> None:
    for pupil in pupil_ids:
        home_visits.plan_visit(vault, full_plan(pupil, planned_on=on), today=on)


def test_the_agenda_reads_as_much_for_100_visits_as_for_10(vault):
    today = date.today()
    plan_visits(vault, add_pupils(vault, 10), today)
    few = reading(vault, lambda: agenda.agenda_and_calendar(vault, today))
    plan_visits(vault, add_pupils(vault, 90, start=10), today)
    many = reading(vault, lambda: agenda.agenda_and_calendar(vault, today))
    shown = agenda.today_agenda(vault, today)
    assert len(shown.due_today) == 100
    assert len(many.statements) == len(few.statements) <= 8
    assert many.sessions == few.sessions == 1


def test_the_today_view_reads_the_agenda_and_the_late_drafts_in_one_unit_of_work(vault):
    today = date.today()
    ids = add_pupils(vault, 2)
    plan_visits(vault, ids, today)
    long_ago = datetime.combine(today - timedelta(days=40), datetime.min.time())
    journal.save_draft(vault, NoteDraft(ids[0], long_ago, NoteKind.DROP_IN, conversation="x"))
    seen = reading(vault, lambda: agenda.today_view(vault, today, drafts_named=3))
    shown = agenda.today_view(vault, today, drafts_named=3)
    _days, late, named = shown.late_drafts
    assert (late, [draft.pupil_id for draft in named]) == (1, [ids[0]])
    assert len(shown.agenda.due_today) == 2
    assert seen.sessions == 1


def test_the_visit_list_reads_as_much_for_100_visits_as_for_10(vault):
    day = date.today() + timedelta(days=3)
    plan_visits(vault, add_pupils(vault, 10), day)
    few = reading(vault, lambda: home_visits.list_visits(vault))
    plan_visits(vault, add_pupils(vault, 90, start=10), day)
    many = reading(vault, lambda: home_visits.list_visits(vault))
    assert len(home_visits.list_visits(vault)) == 100
    assert len(many.statements) == len(few.statements)
    assert many.sessions == 1


def test_the_follow_up_list_reads_as_much_for_200_as_for_20(vault):
    ids = add_pupils(vault, 20)

    def plan(count: int) -> None:
        for n in range(count):
            follow_up_work.plan_follow_up(
                vault,
                NewFollowUp(ids[n % 20], FollowUpKind.CONVERSATION, date.today(), f"Samtale {n}"),
            )

    plan(20)
    few = reading(vault, lambda: follow_up_work.follow_up_lines(vault))
    plan(180)
    many = reading(vault, lambda: follow_up_work.follow_up_lines(vault))
    assert len(many.statements) == len(few.statements)
    assert many.sessions == 1


def fill_record(vault, pupil_id: int, times: int) -> None:
    """Notes, home visits, follow-ups and referrals: what the pupil's page shows."""
    give_partner_consent(vault, pupil_id, "BUP")
    bup = partner_id(vault, "BUP")
    for n in range(times):
        when = datetime(2026, 10, 1, 9) + timedelta(days=n)
        journal.save_draft(vault, NoteDraft(pupil_id, when, NoteKind.PLANNED, conversation="x"))
        home_visits.plan_visit(vault, full_plan(pupil_id, planned_on=when.date()))
        follow_up_work.plan_follow_up(
            vault, NewFollowUp(pupil_id, FollowUpKind.OTHER, when.date(), f"Sjekk {n}")
        )
        referrals.send_referral(vault, referral(pupil_id, bup, sent_on=when.date()))


def test_the_pupils_page_reads_as_much_for_a_long_record_as_for_a_short_one(vault):
    short, long = add_pupils(vault, 2)
    fill_record(vault, short, 1)
    fill_record(vault, long, 12)
    one = reading(vault, lambda: access.open_pupil_page(vault, short))
    twelve = reading(vault, lambda: access.open_pupil_page(vault, long))
    page = access.open_pupil_page(vault, long, log_access=False)
    assert (len(page.notes), len(page.visits), len(page.referrals)) == (12, 12, 12)
    assert len(twelve.statements) == len(one.statements)
    assert one.sessions == twelve.sessions == 1  # the access log entry included


def test_the_referrals_section_reads_its_three_lists_at_once(vault):
    [pupil] = add_pupils(vault, 1)
    fill_record(vault, pupil, 1)
    few = reading(vault, lambda: referral_lists.referral_lists(vault))
    fill_record(vault, pupil, 8)
    many = reading(vault, lambda: referral_lists.referral_lists(vault))
    assert len(many.statements) == len(few.statements)
    assert many.sessions == 1


def school_with_absence(vault, count: int) -> list[int]:
    generated = planted()
    chosen = sorted(generated)[:count]
    new = [NewPupil(f"Elev{n}", "Test", date(2012, 1, 1), "Lia skole", "7A") for n in chosen]
    ids = [pupils.add_pupil(vault, pupil) for pupil in new]
    with vault.session() as session, session.begin():
        absence_store.save_entries(
            session,
            [
                entry._replace(pupil_id=pupil_id)
                for pupil_id, number in zip(ids, chosen, strict=True)
                for entry in generated[number][1]
            ],
        )
    [school] = pupils.list_schools(vault)
    pupils.save_school(vault, replace(school, school_year_start=START))
    return ids


def test_one_pupils_absence_reads_that_pupil_only_when_the_school_figures_are_given(vault):
    ids = school_with_absence(vault, 30)
    shares = absence.analyse_all(vault, today=TODAY).subject_shares["Lia skole"]

    def view() -> None:
        absence.pupil_absence(vault, ids[0], today=TODAY, shares=shares)

    seen = reading(vault, view)
    assert seen.sessions == 1
    touching = [s for s in seen.statements if "absence_entry" in s]
    assert touching and all("absence_entry.pupil_id = ?" in s for s in touching)
    reading_pupils = [s for s in seen.statements if " FROM pupil" in s]
    assert all("WHERE" in s for s in reading_pupils)  # never the whole register


def test_without_the_figures_only_the_pupils_school_is_summed(vault):
    ids = school_with_absence(vault, 10)
    pupils.add_pupil(vault, NewPupil("Ola", "Annen", date(2012, 1, 1), "Berg skole", "7A"))
    seen = reading(vault, lambda: absence.pupil_absence(vault, ids[0], today=TODAY))
    assert seen.sessions == 1
    summed = [s for s in seen.statements if "sum(" in s.lower()]
    assert summed and all("school_id = ?" in s for s in summed)
    view = absence.pupil_absence(vault, ids[0], today=TODAY)
    assert view.subject_shares  # handed back, for the next pupil of the same school


def test_the_settings_page_reads_in_one_session_and_the_thresholds_in_one_query(vault):
    seen = reading(vault, lambda: settings_page.settings_shown(vault))
    assert seen.sessions == 1
    thresholds = [s for s in seen.statements if "LIKE" in s and "vault_setting" in s]
    assert len(thresholds) == 1
    assert len(seen.statements) <= 8  # BEGIN, four settings, the thresholds, COMMIT


def test_the_visit_plan_reads_as_much_for_eight_brothers_and_sisters_as_for_two(vault):
    """The plan dialog offers the children living at the same address: they are read at once,
    not one pupil (with its school and guardians) after another."""
    day = date.today() + timedelta(days=3)
    ids = add_pupils(vault, 3)
    plan_visits(vault, ids, day)  # full_plan: all at the same address
    few = reading(vault, lambda: home_visits.visit_context(vault, ids[0]))
    more = add_pupils(vault, 6, start=3)
    plan_visits(vault, more, day)
    many = reading(vault, lambda: home_visits.visit_context(vault, ids[0]))
    found = home_visits.visit_context(vault, ids[0]).siblings
    assert sorted(s.pupil.id for s in found) == sorted(ids[1:] + more)
    assert all(s.pupil.school_name == "Granly skole" for s in found)
    assert len(many.statements) == len(few.statements)
    assert many.sessions == 1
