"""What a nurse types into a search or a pupil's form: found, saved, or refused with the app's own
error (NurseDeskError), never an SQLite or SQLAlchemy error."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from visit_fixtures import full_plan, home_visit_consent

from nurse_desk.domain.consent import ConsentDateOutOfRange, ConsentWithdrawalOutOfRange
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.journal import NoteDateOutOfRange, NoteDraft, NoteKind, Topic
from nurse_desk.domain.national_id import InvalidNationalId, NationalIdInUse
from nurse_desk.domain.phone_numbers import InvalidPhone
from nurse_desk.domain.records import (
    BirthDateOutOfRange,
    GuardianRecord,
    NewPupil,
    PlannedDayOutOfRange,
)
from nurse_desk.domain.referrals import PartnerDraft, PartnerKind
from nurse_desk.services import consents, follow_up_work, home_visits, journal, partners, pupils
from nurse_desk.wording.errors import describe

MODEST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FTS_SYNTAX = ['"', "*", "-", "+", "^", ":", "(", ")", "{", "}", "NEAR", "AND", "OR", "NOT", "\x00"]


@pytest.fixture
def noted(vault, pupil_id):
    """A vault with a note in it: with no rows at all SQLite never parses the MATCH."""
    journal.save_draft(
        vault,
        NoteDraft(
            pupil_id=pupil_id,
            occurred_at=datetime(2026, 11, 20, 10, 15),
            kind=NoteKind.PLANNED,
            topics=frozenset({Topic.SLEEP}),
            conversation="Sover dårlig, snakket om mobbing (i friminuttene).",
            assessment="Trenger oppfølging.",
            actions="Ny samtale.",
        ),
    )
    return vault


def search_text():
    words = st.sampled_from([*FTS_SYNTAX, "mobb", "søvn", " ", "é", "\u0301", "\ue000", "x"])
    return st.one_of(st.text(max_size=30), st.lists(words, max_size=10).map("".join))


@MODEST
@given(query=search_text())
def test_any_search_text_finds_notes_or_nothing(noted, query):
    hits = journal.search_notes(noted, query)
    assert all(hit.note_id for hit in hits)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("mobb\x00", 1),
        ("\x00", 0),
        ('"', 0),
        ('mobb"', 1),
        ("mobb*", 1),
        ("-mobb", 1),
        ("(mobb) sov", 1),
        ("mobb NEAR søvn", 0),  # NEAR is a word to find, and no note has it
        ("NEAR(mobb søvn)", 0),
        ("^", 0),
    ],
)
def test_fts_syntax_and_nul_in_a_search_are_plain_text(noted, query, found):
    assert len(journal.search_notes(noted, query)) == found


def test_a_search_with_only_signs_has_no_words():
    assert not journal.has_search_words('"*-() ^:')
    assert journal.has_search_words("søvn-")


def pupil_drafts():
    text = st.text(max_size=40)
    guardian = st.builds(GuardianRecord, text, text, text, st.booleans())
    ids = st.one_of(
        st.none(),
        st.text(max_size=14),
        st.sampled_from(["15108695088", "41018036736", "1201²11234", "15108695088²"]),
    )
    return st.builds(
        NewPupil,
        given_name=text,
        family_name=text,
        birth_date=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
        school_name=text,
        class_name=text,
        national_id=ids,
        language=text,
        needs_interpreter=st.booleans(),
        notes=st.text(max_size=200),
        guardians=st.lists(guardian, max_size=3).map(tuple),
        left_on=st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    )


@MODEST
@given(draft=pupil_drafts(), edit=st.booleans())
def test_any_pupil_draft_is_saved_or_refused_in_words(vault, pupil_id, draft, edit):
    try:
        if edit:
            pupils.update_pupil(vault, pupil_id, draft)
        else:
            pupils.add_pupil(vault, draft)
    except NurseDeskError as refused:
        assert isinstance(
            refused, InvalidNationalId | NationalIdInUse | BirthDateOutOfRange | InvalidPhone
        )


def test_a_national_id_already_in_use_names_the_pupil_who_has_it(vault, pupil_id):
    ida = NewPupil("Ida", "Lie", date(1986, 10, 15), "Granly skole", "4A", "15108695088")
    ida_id = pupils.add_pupil(vault, ida)
    before = pupils.list_pupils(vault)
    with pytest.raises(NationalIdInUse) as caught:
        pupils.add_pupil(
            vault, NewPupil("Ola", "Berg", date(1986, 10, 15), "Granly skole", "5B", "151086 95088")
        )
    assert (caught.value.holder.id, caught.value.holder.full_name) == (ida_id, "Ida Lie")
    assert "Ida" not in str(caught.value)  # the error's own text names no one
    with pytest.raises(NationalIdInUse):  # an edit giving Emil Ida's ID
        pupils.update_pupil(
            vault,
            pupil_id,
            NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B", "15108695088"),
        )
    assert pupils.list_pupils(vault) == before
    pupils.update_pupil(vault, ida_id, ida)  # her own ID is no conflict


@pytest.mark.parametrize(
    "born", [date.today() + timedelta(days=1), date(2062, 3, 4), date(1900, 1, 1), date(1, 1, 1)]
)
def test_a_birth_date_no_pupil_can_have_is_refused_in_words(vault, pupil_id, born):
    """A year typed wrong (2062 for 2026) was saved as the pupil's birth date."""
    before = pupils.list_pupils(vault)
    with pytest.raises(BirthDateOutOfRange):
        pupils.add_pupil(vault, NewPupil("Ola", "Berg", born, "Granly skole", "5B"))
    with pytest.raises(BirthDateOutOfRange):
        pupils.update_pupil(vault, pupil_id, NewPupil("Emil", "Aasen", born, "Granly skole", "8B"))
    assert pupils.list_pupils(vault) == before


def test_a_birth_date_of_today_or_a_hundred_years_back_is_kept(vault):
    for born in (date.today(), date(date.today().year - 100, 1, 1)):
        pupils.add_pupil(vault, NewPupil("Ola", "Berg", born, "Granly skole", "5B"))


# -- days that record what already happened ------------------------------------------------


def draft_on(pupil_id: int, when: datetime) -> NoteDraft:
    return NoteDraft(pupil_id, when, NoteKind.PLANNED, conversation="Snakket om søvn.")


@pytest.mark.parametrize(
    ("when", "reason"),
    [
        (datetime.now() + timedelta(days=1), "after_today"),
        (datetime(2062, 3, 4, 10, 0), "after_today"),
        (datetime(1900, 1, 1, 10, 0), "before_birth"),
        (datetime(2012, 10, 14, 10, 0), "before_birth"),  # the day before Emil was born
    ],
)
def test_a_note_dated_ahead_or_before_birth_stays_a_draft(vault, pupil_id, when, reason):
    """A note dated years ahead was signed, and could then only be amended."""
    saved = journal.save_draft(vault, draft_on(pupil_id, when))  # what she typed is kept
    with pytest.raises(NoteDateOutOfRange) as caught:
        journal.sign_note(vault, saved.id)
    assert caught.value.reason == reason
    assert not journal.get_note(vault, saved.id).is_signed


def test_a_note_dated_today_later_in_the_day_or_on_the_birth_day_is_signed(vault, pupil_id):
    for when in (datetime.now().replace(hour=23, minute=59), datetime(2012, 10, 15, 9, 0)):
        saved = journal.save_draft(vault, draft_on(pupil_id, when))
        assert journal.sign_note(vault, saved.id).is_signed


@pytest.mark.parametrize(
    ("given_on", "reason"),
    [
        (date.today() + timedelta(days=1), "after_today"),
        (date(2200, 1, 1), "after_today"),
        (date(1900, 1, 1), "before_birth"),
    ],
)
def test_a_consent_given_on_a_day_ahead_or_before_birth_is_refused(
    vault, pupil_id, given_on, reason
):
    with pytest.raises(ConsentDateOutOfRange) as caught:
        consents.record_consent(vault, home_visit_consent(pupil_id, given_on=given_on))
    assert caught.value.reason == reason
    assert consents.consents_of(vault, pupil_id) == []
    kept = consents.record_consent(vault, home_visit_consent(pupil_id, given_on=date.today()))
    assert kept.given_on == date.today()


@pytest.mark.parametrize(
    ("withdrawn_on", "reason"),
    [
        (date.today() + timedelta(days=1), "after_today"),
        (date(2200, 1, 1), "after_today"),
        (date.today() - timedelta(days=31), "before_given"),
    ],
)
def test_a_consent_withdrawn_on_a_day_ahead_or_before_it_was_given_is_refused(
    vault, pupil_id, withdrawn_on, reason
):
    """Withdrawn on 2200 (a year typed wrong) the consent still counted until then; withdrawn
    before it was given, it never counted and the record said it had been given."""
    given_on = date.today() - timedelta(days=30)
    saved = consents.record_consent(vault, home_visit_consent(pupil_id, given_on=given_on))
    with pytest.raises(ConsentWithdrawalOutOfRange) as caught:
        consents.withdraw_consent(vault, saved.id, withdrawn_on)
    assert caught.value.reason == reason
    assert "withdrawn" in describe(caught.value)
    assert consents.consents_of(vault, pupil_id)[0].withdrawn_on is None
    kept = consents.withdraw_consent(vault, saved.id, date.today())
    assert kept.withdrawn_on == date.today()


# -- planned days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "reason"),
    [(date(2200, 1, 1), "far_ahead"), (date(9999, 12, 31), "far_ahead"),
     (date(1900, 1, 1), "long_ago"), (date(1, 1, 1), "long_ago")],
)  # fmt: skip
def test_a_follow_up_or_visit_planned_years_away_is_refused_in_words(vault, pupil_id, day, reason):
    """Planned on 1900 or 2200 (a year typed wrong) it was saved, and shown in no week."""
    with pytest.raises(PlannedDayOutOfRange) as caught:
        follow_up_work.plan_follow_up(
            vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, day, description="Ny samtale")
        )
    assert caught.value.reason == reason
    with pytest.raises(PlannedDayOutOfRange):
        home_visits.plan_visit(vault, full_plan(pupil_id, planned_on=day))
    assert home_visits.list_visits(vault) == []
    assert describe(caught.value).startswith("The day is more than 10 years")


def test_a_follow_up_or_visit_planned_next_year_or_last_month_is_kept(vault, pupil_id):
    for day in (date.today() + timedelta(days=365), date.today() - timedelta(days=30)):
        new = NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, day, description="Ny samtale")
        assert follow_up_work.plan_follow_up(vault, new)
        assert home_visits.plan_visit(vault, full_plan(pupil_id, planned_on=day)).id


@pytest.mark.parametrize("text", ["x" * 10_000, "   ", "a\x00b", "a\x01\x1b[31mb\x7f", "a\u202eb"])
def test_odd_text_in_a_consent_follow_up_partner_or_visit_is_kept_or_refused_in_words(
    vault, pupil_id, text
):
    """Pasted text (very long, spaces only, NUL and control characters) never raises anything
    but the app's own errors."""
    calls = [
        lambda: consents.record_consent(vault, home_visit_consent(pupil_id, note=text)),
        lambda: follow_up_work.plan_follow_up(
            vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, date.today(), description=text)
        ),
        lambda: partners.add_partner(
            vault, PartnerDraft("BUP", PartnerKind.CHILD_PSYCHIATRY, phone=text)
        ),
        lambda: home_visits.plan_visit(vault, full_plan(pupil_id, directions=text)),
    ]
    for call in calls:
        try:
            call()
        except NurseDeskError as refused:
            assert describe(refused)
