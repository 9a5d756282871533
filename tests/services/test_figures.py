"""Yearly figures: the SQL counts against the same figures recomputed in Python from the demo
vault's ORM rows, small counts hidden, no names anywhere, and every print and save logged."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime, timedelta

import pypdf
import pytest
from sqlalchemy import event, select

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.figures import (
    SECTIONS,
    SMALL_SHOWN,
    FiguresPeriod,
    InvalidPeriod,
    as_mapping,
    shown,
)
from nurse_desk.services import access, figures
from nurse_desk.services.demo import create_demo_vault
from nurse_desk.storage.orm import ConsentRow, FollowUpRow, NoteRow, PupilRow, SchoolRow
from nurse_desk.storage.orm_follow_ups import FollowUpOccurrenceRow
from nurse_desk.storage.orm_referrals import PartnerRow, ReferralRow
from nurse_desk.storage.orm_visits import HomeVisitRow

TODAY = date.today()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    vault = create_demo_vault(tmp_path_factory.mktemp("figures") / "demo.vault")
    yield vault
    vault.lock()


def recomputed(vault, first: date, last: date, school: str = "") -> dict:
    """The report's counts from plain rows and Python, independent of the SQL in storage."""
    with vault.session() as session, session.begin():
        schools = {row.id: row.name for row in session.scalars(select(SchoolRow))}
        school_of = {row.id: schools[row.school_id] for row in session.scalars(select(PupilRow))}

        def mine(rows):
            return [r for r in rows if not school or school_of[r.pupil_id] == school]

        notes = [
            n
            for n in mine(session.scalars(select(NoteRow)).all())
            if n.signed_at is not None and first <= n.occurred_at.date() <= last
        ]
        topics = Counter(t.topic for n in notes for t in n.topics)
        visits = [
            v for v in mine(session.scalars(select(HomeVisitRow))) if first <= v.planned_on <= last
        ]
        partner_kind = {p.id: p.kind for p in session.scalars(select(PartnerRow))}
        referrals = Counter(
            partner_kind[r.partner_id]
            for r in mine(session.scalars(select(ReferralRow)))
            if first <= r.sent_on <= last
        )
        follow_ups = mine(session.scalars(select(FollowUpRow)).all())
        by_id = {f.id: f for f in follow_ups}
        done = sum(
            f.status == "done" and f.closed_at and first <= f.closed_at.date() <= last
            for f in follow_ups
        ) + sum(
            o.follow_up_id in by_id
            and o.status == "done"
            and o.closed_at
            and first <= o.closed_at.date() <= last
            for o in session.scalars(select(FollowUpOccurrenceRow))
        )
        overdue_until = min(last, TODAY - timedelta(days=1))
        overdue = sum(f.status == "open" and first <= f.due_on <= overdue_until for f in follow_ups)
        consents = mine(session.scalars(select(ConsentRow)).all())
    return {
        "pupils_seen": len({n.pupil_id for n in notes}),
        "conversations": len(notes),
        "conversations_by_kind": Counter(n.kind for n in notes),
        "conversations_by_topic": topics,
        "home_visits": {
            "planned": len(visits),
            "done": sum(v.status in ("done", "documented") for v in visits),
            "documented": sum(v.status == "documented" for v in visits),
        },
        "referrals_by_partner": referrals,
        "follow_ups": {"done": done, "overdue": overdue},
        "consents": {
            "recorded": sum(first <= c.given_on <= last for c in consents),
            "withdrawn": sum(
                bool(c.withdrawn_on and first <= c.withdrawn_on <= last) for c in consents
            ),
        },
    }


def without_zeros(value):
    if isinstance(value, int):
        return value
    return {key: count for key, count in value.items() if count}


@pytest.mark.parametrize("school", ["", "Granly skole"])
@pytest.mark.parametrize("months_back", [0, 14])
def test_sql_figures_match_a_recount_from_the_rows(demo, school, months_back):
    if months_back:
        last = TODAY - timedelta(days=months_back * 30)
        period = FiguresPeriod(last - timedelta(days=365), last, school)
    else:
        period = figures.default_period(demo, TODAY, school)
    counted = figures.compute(demo, period, today=TODAY)
    expected = recomputed(demo, period.first, period.last, school)
    exact = as_mapping(counted, exact=True)
    for section, value in expected.items():
        assert without_zeros(exact[section]) == without_zeros(value), section
    if not months_back:  # the demo's current year has real work in it: the test can fail
        assert counted.conversations > 20 and counted.consents["recorded"] > 5


def test_absence_flags_are_the_absence_pages_flags_counted_by_pattern(demo):
    from nurse_desk.services.absence import analyse_all

    period = figures.default_period(demo, TODAY)
    counted = figures.compute(demo, period, today=TODAY)
    overview = analyse_all(demo, today=TODAY, show_acknowledged=True)
    per_pupil = Counter(k for p in overview.pupils for k in {f.kind.value for f in p.absence.flags})
    assert without_zeros(counted.absence_flags_by_pattern) == dict(per_pupil)
    assert sum(per_pupil.values()) > 0


def test_one_schools_figures_read_the_absence_of_that_schools_pupils_only(demo, monkeypatch):
    """A school's report counts its own pupils' flags: the other schools' absence (most of a
    year's 200,000 rows) is neither read nor analysed."""
    from nurse_desk.services.absence import analyse_all
    from nurse_desk.storage import absence as absence_store

    read: list[dict] = []
    lessons = absence_store.lessons_by_pupil

    def noted(*args, **kwargs):
        read.append(lessons(*args, **kwargs))
        return read[-1]

    monkeypatch.setattr(absence_store, "lessons_by_pupil", noted)
    school = "Granly skole"
    counted = figures.compute(demo, figures.default_period(demo, TODAY, school), today=TODAY)
    with demo.session() as session:
        in_school = select(PupilRow.id).join(SchoolRow).where(SchoolRow.name == school)
        ours = set(session.scalars(in_school))
        everyone = set(lessons(session, since=counted.period.first - timedelta(days=400)))
    assert len(read) == 1 and read[0] and set(read[0]) <= ours
    assert everyone - ours  # other schools' pupils have absence too: it was left out
    overview = analyse_all(demo, today=TODAY, show_acknowledged=True)
    per_pupil = Counter(
        k
        for p in overview.pupils
        if p.pupil.school_name == school
        for k in {f.kind.value for f in p.absence.flags}
    )
    assert without_zeros(counted.absence_flags_by_pattern) == dict(per_pupil)
    assert sum(per_pupil.values()) > 0


def test_one_schools_note_counts_go_through_the_period_not_through_every_note_of_its_pupils(
    demo,
):
    """The notes of a period are found by their time (the occurred_at index). Through the
    pupil index a school's count read every note its pupils ever had, three school years of
    them at 50,000 notes. The three note figures (notes and pupils seen, by kind, by topic)
    read the period's notes once, in one statement (three read them three times), from an
    index that holds what they count: each note row read cost a page or two decrypted."""
    sent: list[tuple[str, object]] = []

    def noted(_conn, _cursor, statement, parameters, _context, _many) -> None:
        sent.append((statement, parameters))

    event.listen(demo.engine, "before_cursor_execute", noted)
    try:
        figures.compute(demo, figures.default_period(demo, TODAY, "Granly skole"), today=TODAY)
    finally:
        event.remove(demo.engine, "before_cursor_execute", noted)
    of_notes = [(sql, values) for sql, values in sent if "note.occurred_at >=" in sql]
    assert len(of_notes) == 1, [sql for sql, _ in of_notes]
    with demo.session() as session:
        connection = session.connection().connection.driver_connection
        for sql, values in of_notes:
            plan = " | ".join(
                row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", values)
            )
            # the signed notes' partial index holds every column counted: no note row is read
            assert "note USING COVERING INDEX ix_note_signed" in plan, plan
            assert "ix_note_pupil_id" not in plan, plan


def test_the_figures_use_the_absence_patterns_kept_since_the_absence_page_found_them(
    demo, monkeypatch
):
    """Right after an unlock the Absence page has analysed every pupil (off the GUI thread);
    while nothing it read has changed, the figures count its patterns instead of reading and
    analysing a year's absence again on the GUI thread. A school's figures count from them too,
    and patterns found for one school alone are never kept as every pupil's."""
    from nurse_desk.services.absence import analyse_all
    from nurse_desk.services.kept_analysis import KeptAnalysis
    from nurse_desk.storage import absence as absence_store

    period = figures.default_period(demo, TODAY)
    school = figures.default_period(demo, TODAY, "Granly skole")
    fresh = figures.compute(demo, period, today=TODAY)
    fresh_school = figures.compute(demo, school, today=TODAY)
    kept = KeptAnalysis()
    figures.compute(demo, school, today=TODAY, kept=kept)  # one school's: not kept
    assert kept.get(demo, (TODAY, True)) is None
    analyse_all(demo, today=TODAY, kept=kept)  # as the Absence page does after an unlock
    read: list[object] = []
    lessons = absence_store.lessons_by_pupil
    monkeypatch.setattr(
        absence_store, "lessons_by_pupil", lambda *a, **k: read.append(a) or lessons(*a, **k)
    )
    assert figures.compute(demo, period, today=TODAY, kept=kept) == fresh
    assert figures.compute(demo, school, today=TODAY, kept=kept) == fresh_school
    assert read == []
    earlier = FiguresPeriod(period.first, TODAY - timedelta(days=1))  # flags of another day
    figures.compute(demo, earlier, today=TODAY, kept=kept)
    assert len(read) == 1


def test_the_report_order_and_small_counts():
    assert [shown(n) for n in (0, 1, 4, 5, 12)] == [0, SMALL_SHOWN, SMALL_SHOWN, 5, 12]
    assert shown(3, exact=True) == 3
    period = FiguresPeriod(date(2025, 8, 15), date(2026, 6, 19))
    from nurse_desk.domain.figures import Figures

    mapping = as_mapping(Figures(period, pupils_seen=3, home_visits={"planned": 7, "done": 2}))
    assert list(mapping) == list(SECTIONS)
    assert mapping["pupils_seen"] == SMALL_SHOWN
    assert mapping["home_visits"] == {"planned": 7, "done": SMALL_SHOWN}
    with pytest.raises(InvalidPeriod):
        FiguresPeriod(date(2026, 6, 19), date(2025, 8, 15))


def test_an_unknown_school_is_a_typed_error(demo):
    with pytest.raises(figures.UnknownSchool):
        figures.compute(demo, FiguresPeriod(TODAY - timedelta(days=30), TODAY, "Nowhere skole"))


def test_pdf_and_csv_carry_counts_but_no_names(demo):
    period = figures.default_period(demo, TODAY)
    counted = figures.compute(demo, period, today=TODAY)
    pdf = figures.figures_pdf(counted, exact=False, language="nb", produced_by="Kari Nordmann")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    csv_text = figures.figures_as_csv(counted, exact=False, language="nb").decode("utf-8-sig")
    assert "Samtaler etter tema" in text and str(counted.conversations) in text
    assert f"conversations;;Samtaler;{counted.conversations}" in csv_text
    assert SMALL_SHOWN in csv_text  # the demo has some counts from 1 to 4
    with demo.session() as session, session.begin():
        names = {r.family_name for r in session.scalars(select(PupilRow))}
    assert not [name for name in names if name in text or name in csv_text]
    exact_csv = figures.figures_as_csv(counted, exact=True, language="sv").decode("utf-8-sig")
    assert SMALL_SHOWN not in exact_csv and ";Sömn;" in exact_csv


def test_printing_and_saving_are_logged_without_a_pupil(demo):
    period = figures.default_period(demo, TODAY, "Granly skole")
    counted = figures.compute(demo, period, today=TODAY)
    moment = datetime(2030, 1, 2, 3, 4, 5)
    figures.log_released(demo, counted, how="printed", exact=False, now=moment)
    figures.log_released(demo, counted, how="saved as CSV", exact=True, now=moment)
    entries = [e for e in access.log_entries(demo) if e.at == moment]
    assert [e.action for e in entries] == [AccessAction.PRINT, AccessAction.EXPORT]
    assert all(e.pupil_id is None and "yearly figures" in e.detail for e in entries)
    assert "Granly" not in entries[0].detail and "school " in entries[0].detail


def test_single_dates_of_a_recurring_follow_up_count_as_done(vault, pupil_id):
    """The demo has no recurring follow-up with a date done: this vault has one."""
    moment = datetime(2026, 3, 2, 10, 0)
    with vault.session() as session, session.begin():
        weekly = FollowUpRow(
            pupil_id=pupil_id,
            kind="conversation",
            due_on=date(2026, 1, 5),
            recurrence="FREQ=WEEKLY",
            status="open",
            created_at=moment,
        )
        once = FollowUpRow(
            pupil_id=pupil_id,
            kind="guardian_call",
            due_on=date(2026, 2, 2),
            status="done",
            created_at=moment,
            closed_at=moment,
        )
        session.add_all([weekly, once])
        session.flush()
        for day, status in ((date(2026, 1, 5), "done"), (date(2026, 1, 12), "cancelled")):
            session.add(
                FollowUpOccurrenceRow(
                    follow_up_id=weekly.id, occurs_on=day, status=status, closed_at=moment
                )
            )
    period = FiguresPeriod(date(2026, 1, 1), date(2026, 6, 30))
    counted = figures.compute(vault, period, today=date(2026, 7, 1))
    assert counted.follow_ups == {"done": 2, "overdue": 1}
    assert recomputed(vault, period.first, period.last)["follow_ups"] == {"done": 2, "overdue": 1}
