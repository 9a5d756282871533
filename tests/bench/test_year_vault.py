"""The year vault's referrals are made by the demo's own steps: when those steps change, the
benchmark's builder must follow, or a fresh clone cannot build its year vault at all (its
cached vault hid such a break until a new migration made it build again)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sqlalchemy import select

from bench import year_vault
from nurse_desk.domain.records import NewPupil
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.orm import ConsentRow, PupilRow
from nurse_desk.storage.orm_referrals import ReferralRow
from nurse_desk.storage.vault import Vault


def test_the_year_vault_adds_referrals_on_consents_with_their_reasons(tmp_path: Path):
    vault = Vault.create(tmp_path / "year.vault", "ett skoleår i benken")
    try:
        with vault.session() as session, session.begin():
            pupil_store.add_pupils(
                session,
                [
                    NewPupil(f"Elev{n}", "Benk", date(2015, 1, 1 + n), "Benk skole", "5A")
                    for n in range(8)
                ],
            )
            ids = list(session.scalars(select(PupilRow.id)))
            year_vault.add_referrals(session, random.Random(1), ids, date(2026, 11, 30), 6)
        with vault.session() as session:
            referrals = list(session.scalars(select(ReferralRow)))
            consents = {row.id for row in session.scalars(select(ConsentRow))}
        assert len(referrals) == 6
        assert all(r.reason and r.consent_id in consents for r in referrals)
    finally:
        vault.lock()


def test_the_year_vaults_absence_export_is_one_the_app_imports_whatever_the_week():
    """Its days run to June, after the week it is built in: each must be a day the import
    takes, or the benchmark's import of a school year stops at its first line."""
    from datetime import timedelta

    from nurse_desk.domain.absence_import import absence_day_problem

    for week in range(53):
        anchor = date(2026, 1, 5) + timedelta(weeks=week)
        for configured in (None, date(2025, 8, 18)):
            first, last = year_vault.absence_span(anchor, configured)
            assert absence_day_problem(first, anchor) is None
            assert absence_day_problem(last, anchor) is None, (anchor, last)
