"""Withdrawing a consent on the pupil's page: a consent recorded, before today's rule, as given
on a later day cannot be withdrawn today, before it was given; the page says why in words and
the consent stays as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from PySide6.QtWidgets import QMessageBox
from visit_fixtures import home_visit_consent

from nurse_desk.services import consents
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import consents as consent_rows
from nurse_desk.ui.journal.pupil_page import PupilPageWidget
from nurse_desk.ui.vault_session import VaultSession


def test_withdrawing_today_a_consent_given_on_a_later_day_is_refused_in_words(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    later = date.today() + timedelta(days=10)
    with unit_of_work(vault) as work:  # as an older version let it be recorded
        consent_rows.add(work.session, replace(home_visit_consent(pupil_id), given_on=later))
    session = VaultSession(path=vault.path)
    session.adopt(vault)
    page = PupilPageWidget(session=session)
    qtbot.addWidget(page)
    page.show()
    page.show_pupil(pupil_id)
    page.timeline.setCurrentIndex(page.timeline.model().index(0, 0))
    assert page.withdraw_button.isVisible()
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    page.withdraw_button.click()
    assert warned and "before it was given" in warned[0], warned
    assert consents.consents_of(vault, pupil_id)[0].withdrawn_on is None
