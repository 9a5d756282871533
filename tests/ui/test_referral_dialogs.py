"""Every dialog of the Referrals section opens in every language."""

from __future__ import annotations

from datetime import date

import pytest

from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import (
    PartnerKind,
    PartnerRecord,
    ReferralRecord,
    ReferralStatus,
)
from nurse_desk.ui.referrals.measure_dialog import MeasureDialog, MeasurePickerDialog
from nurse_desk.ui.referrals.partner_dialog import PartnerDialog
from nurse_desk.ui.referrals.referral_dialog import (
    ReferralDialog,
    ReferralEditDialog,
    StatusDialog,
)

PUPIL = PupilRecord(1, "Emil", "Aasen", date(2012, 10, 15), None, "Granly skole", "8B", True)
PARTNER = PartnerRecord(2, "BUP", PartnerKind.CHILD_PSYCHIATRY, "", "", "", "", "", False, 1)
MEASURE = MeasureRecord(3, "Ressursteam", "Elever", "Tverrfaglig team", "", False)
REFERRAL = ReferralRecord(
    4, 1, "Emil Aasen", 2, "BUP", PartnerKind.CHILD_PSYCHIATRY, date(2026, 10, 5), "Søvn",
    5, ReferralStatus.ACKNOWLEDGED, date(2026, 10, 9), None, None, date(2026, 11, 2),
)  # fmt: skip


@pytest.mark.parametrize("language", ("en", "nb", "sv"))
@pytest.mark.parametrize(
    "make_dialog",
    [
        lambda: PartnerDialog(None, partner=PARTNER),
        lambda: MeasureDialog(None, measure=MEASURE),
        lambda: MeasurePickerDialog(None, measures=[MEASURE]),
        lambda: ReferralDialog(
            None,
            pupils=[PUPIL],
            partners=[PARTNER],
            consent_for=lambda *_: None,
            today=date(2026, 11, 23),
        ),
        lambda: ReferralEditDialog(None, referral=REFERRAL),
        lambda: StatusDialog(None, referral=REFERRAL, today=date(2026, 11, 23)),
    ],
    ids=["partner", "measure", "measure_picker", "referral", "referral_edit", "status"],
)
def test_every_referral_dialog_opens_in_every_language(qtbot, language, make_dialog):
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(language)
    try:
        dialog = make_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isVisible()
    finally:
        translations.apply("en")


def test_status_dialog_offers_only_later_statuses(qtbot):
    dialog = StatusDialog(None, referral=REFERRAL, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    offered = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert offered == [ReferralStatus.ANSWERED.value, ReferralStatus.CLOSED.value]
    assert dialog.answer() == (ReferralStatus.ANSWERED, date(2026, 11, 23))


def test_picker_narrows_to_typed_words_and_returns_the_measure(qtbot):
    other = MeasureRecord(9, "Foreldrekurs", "Foreldre", "", "", False)
    dialog = MeasurePickerDialog(None, measures=[MEASURE, other])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "foreldre")
    assert dialog.chosen() == 9
    qtbot.keyClicks(dialog.filter, "zzz")
    assert dialog.chosen() is None
