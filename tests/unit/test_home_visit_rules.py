"""The readiness rule, the age rule for consent, templates and redaction: pure domain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from visit_fixtures import TODAY, VISIT_DAY, full_plan, home_visit_consent

from nurse_desk.domain.consent import ConsentGiver
from nurse_desk.domain.home_visits import (
    InvalidVisit,
    MissingItem,
    Notice,
    NoticeMethod,
    VisitLocked,
    VisitNotReady,
    VisitPurpose,
    VisitReason,
    VisitStatus,
    VisitTemplate,
    WrongVisitStatus,
    check_document,
    check_mark_done,
    check_mark_ready,
    consent_for_visit,
    fill_from_template,
    initials,
    missing_for_ready,
    redact,
    status_after_edit,
    template_from_plan,
    visit_consent,
)

BORN_14 = date(2012, 10, 15)
BORN_17 = date(2009, 3, 1)


def test_a_complete_plan_with_consent_misses_nothing():
    assert missing_for_ready(full_plan(1), home_visit_consent(1)) == ()


def test_missing_items_are_listed_in_the_order_to_fix_them():
    bare = full_plan(1, notice=Notice(), purposes=frozenset(), purpose_text=" ")
    assert missing_for_ready(bare, None) == (
        MissingItem.NOTICE,
        MissingItem.CONSENT,
        MissingItem.PURPOSE,
    )


@pytest.mark.parametrize(
    "notice",
    [
        Notice(TODAY, None, "mor"),
        Notice(None, NoticeMethod.PHONE, "mor"),
        replace(full_plan(1).notice, to_whom="  "),
    ],
)
def test_notice_needs_a_date_a_way_and_a_person(notice):
    assert MissingItem.NOTICE in missing_for_ready(full_plan(1, notice=notice), None)


def test_free_text_purpose_alone_counts_as_a_purpose():
    plan = full_plan(1, purposes=frozenset(), purpose_text="Bli kjent med familien")
    assert MissingItem.PURPOSE not in missing_for_ready(plan, None)


def test_marking_ready_names_what_is_missing():
    with pytest.raises(VisitNotReady) as raised:
        check_mark_ready(VisitStatus.DRAFT, (MissingItem.CONSENT,))
    assert raised.value.missing == (MissingItem.CONSENT,)
    check_mark_ready(VisitStatus.DRAFT, ())
    with pytest.raises(WrongVisitStatus):
        check_mark_ready(VisitStatus.DOCUMENTED, ())


def test_the_status_steps_follow_one_another():
    check_mark_done(VisitStatus.READY, ())
    for status in (VisitStatus.DRAFT, VisitStatus.DONE, VisitStatus.DOCUMENTED):
        with pytest.raises(WrongVisitStatus):
            check_mark_done(status, ())
    check_document(VisitStatus.READY, ())
    check_document(VisitStatus.DONE, ())
    for status in (VisitStatus.DRAFT, VisitStatus.DOCUMENTED):
        with pytest.raises(WrongVisitStatus):
            check_document(status, ())


def test_a_ready_plan_that_loses_its_consent_is_a_draft_again():
    assert status_after_edit(VisitStatus.READY, (MissingItem.CONSENT,)) is VisitStatus.DRAFT
    assert status_after_edit(VisitStatus.READY, ()) is VisitStatus.READY
    with pytest.raises(VisitLocked):
        status_after_edit(VisitStatus.DONE, ())


def test_below_sixteen_a_guardian_consents_from_sixteen_the_pupil():
    guardian = home_visit_consent(1, ConsentGiver.GUARDIAN)
    pupil = home_visit_consent(1, ConsentGiver.PUPIL)
    both = home_visit_consent(1, ConsentGiver.BOTH)
    assert visit_consent([pupil], BORN_14, TODAY) is None
    assert visit_consent([guardian], BORN_14, TODAY) == guardian
    assert visit_consent([guardian], BORN_17, TODAY) is None
    assert visit_consent([pupil], BORN_17, TODAY) == pupil
    assert visit_consent([both], BORN_14, TODAY) == both == visit_consent([both], BORN_17, TODAY)


def test_withdrawn_expired_or_other_purpose_consents_do_not_count():
    withdrawn = home_visit_consent(1, withdrawn_on=TODAY)
    expired = home_visit_consent(1, valid_until=date(2026, 11, 22))
    assert visit_consent([withdrawn, expired], BORN_14, TODAY) is None


def test_a_consent_ending_before_the_visit_day_does_not_cover_it():
    ends_early = home_visit_consent(1, valid_until=date(2026, 11, 28))
    assert visit_consent([ends_early], BORN_14, TODAY) is not None
    assert consent_for_visit([ends_early], BORN_14, TODAY, VISIT_DAY) is None
    lasting = home_visit_consent(1, valid_until=VISIT_DAY)
    assert consent_for_visit([lasting], BORN_14, TODAY, VISIT_DAY) == lasting


def test_a_template_fills_reasons_purposes_and_lists_without_repeats():
    plan = full_plan(1, reasons=frozenset({VisitReason.BULLYING}), topics=("Søvn og døgnrytme",))
    template = VisitTemplate(
        1,
        "Langvarig fravær",
        frozenset({VisitReason.NOT_AT_SCHOOL}),
        frozenset({VisitPurpose.LOWER_THRESHOLD}),
        topics=("søvn og døgnrytme ", "Venner"),
        questions=("Hva hjelper?",),
        observation_points=("Barnets rom",),
    )
    filled = fill_from_template(plan, template)
    assert filled.reasons == {VisitReason.BULLYING, VisitReason.NOT_AT_SCHOOL}
    assert VisitPurpose.LOWER_THRESHOLD in filled.purposes
    assert filled.topics == ("Søvn og døgnrytme", "Venner")
    assert filled.questions[-1] == "Hva hjelper?"
    assert filled.observation_points[-1] == "Barnets rom"


def test_a_plan_saved_as_template_keeps_its_lists_but_not_the_family():
    template = template_from_plan("  Min mal ", full_plan(1))
    assert template.name == "Min mal"
    assert template.observation_points == full_plan(1).observation_points
    assert not hasattr(template, "address")


def test_plan_checks_refuse_nonsense():
    with pytest.raises(InvalidVisit):
        full_plan(1, minutes=0).check()
    with pytest.raises(InvalidVisit):
        full_plan(1, sibling_ids=(1,)).check()
    full_plan(1).check()


def test_initials_and_redaction():
    assert initials("Emil Aasen-Berg") == "E. A.-B."
    text = "Ring Anne Aasen. Emil viser rommet til Emil."
    assert redact(text, ["Emil Aasen", "Anne Aasen"]) == "Ring A. A. E. viser rommet til E."
