"""The state rules as plain domain functions: a home visit's steps and a signed note's lock."""

from __future__ import annotations

from datetime import datetime

import pytest

from nurse_desk.domain.home_visits import (
    MissingItem,
    VisitLocked,
    VisitNotReady,
    VisitStatus,
    WrongVisitStatus,
    check_editable,
    status_when_documented,
    status_when_done,
    status_when_ready,
)
from nurse_desk.domain.journal import NoteLocked, check_unsigned

PLANS = (VisitStatus.DRAFT, VisitStatus.READY)
TAKEN_PLACE = (VisitStatus.DONE, VisitStatus.DOCUMENTED)


@pytest.mark.parametrize("status", PLANS)
def test_a_plan_is_editable_and_becomes_ready_when_nothing_is_missing(status):
    check_editable(status)
    assert status_when_ready(status, ()) is VisitStatus.READY
    with pytest.raises(VisitNotReady):
        status_when_ready(status, (MissingItem.CONSENT,))


@pytest.mark.parametrize("status", TAKEN_PLACE)
def test_a_visit_that_took_place_is_locked_and_not_made_ready(status):
    with pytest.raises(VisitLocked):
        check_editable(status)
    with pytest.raises(WrongVisitStatus):
        status_when_ready(status, ())


def test_done_follows_ready_and_documented_follows_ready_or_done_once():
    assert status_when_done(VisitStatus.READY, ()) is VisitStatus.DONE
    for status in (VisitStatus.DRAFT, *TAKEN_PLACE):
        with pytest.raises(WrongVisitStatus):
            status_when_done(status, ())
    for status in (VisitStatus.READY, VisitStatus.DONE):
        assert status_when_documented(status, ()) is VisitStatus.DOCUMENTED
    for status in (VisitStatus.DRAFT, VisitStatus.DOCUMENTED):
        with pytest.raises(WrongVisitStatus):
            status_when_documented(status, ())


def test_only_an_unsigned_note_may_change():
    check_unsigned(None)
    with pytest.raises(NoteLocked):
        check_unsigned(datetime(2026, 10, 1, 12, 0))
