"""The lists' filters find "Áilu Sárá" when the nurse types "ailu sara": names are written with
their accents, but typed as heard, often on a keyboard without them."""

from __future__ import annotations

from datetime import date, time

from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus
from nurse_desk.domain.home_visits import VisitStatus, VisitSummary
from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.followups.follow_up_table_model import (
    FollowUpFilterProxyModel,
    FollowUpTableModel,
)
from nurse_desk.ui.pupils.pupil_table_model import PupilFilterProxyModel, PupilTableModel
from nurse_desk.ui.visits.visit_table_model import (
    VisitFilterProxyModel,
    VisitTableModel,
    VisitTime,
)

TYPED = ("ailu", "Ailu Sara", "čáhppes", "cahppes sárá")


def test_the_pupils_list_finds_a_sami_name_typed_without_its_accents():
    model = PupilTableModel()
    model.set_rows(
        [
            PupilRecord(1, "Áilu", "Sárá Čáhppes", date(2013, 3, 14), None, "Granly", "6B", True),
            PupilRecord(2, "Ola", "Nordmann", date(2013, 5, 1), None, "Granly", "6B", True),
        ]
    )
    proxy = PupilFilterProxyModel()
    proxy.setSourceModel(model)
    for typed in TYPED:
        proxy.set_query(typed)
        assert proxy.rowCount() == 1, typed


def test_the_home_visits_list_finds_a_name_typed_without_its_accents():
    model = VisitTableModel()
    model.set_rows(
        [
            VisitSummary(
                1, 1, "Áilu Sárá Čáhppes", date(2026, 12, 10), time(10), 60, VisitStatus.READY, ()
            )
        ]
    )
    proxy = VisitFilterProxyModel(today=date(2026, 12, 4))
    proxy.setSourceModel(model)
    proxy.set_time(VisitTime.ALL)
    for typed in TYPED:
        proxy.set_query(typed)
        assert proxy.rowCount() == 1, typed


def test_the_follow_ups_list_finds_a_name_typed_without_its_accents():
    model = FollowUpTableModel()
    line = FollowUpLine(
        1, 1, "Áilu", "Sárá Čáhppes", date(2013, 3, 14), "Tromsdalen", "6B",
        FollowUpKind.CONVERSATION, "Ny samtale", date(2026, 12, 18), None, "", "",
        FollowUpStatus.OPEN, "", FollowUpSource.NONE,
    )  # fmt: skip
    model.set_rows([line])
    proxy = FollowUpFilterProxyModel()
    proxy.setSourceModel(model)
    for typed in TYPED:
        proxy.set_filter(kind=None, school="", text=typed)
        assert proxy.rowCount() == 1, typed
