"""A vault with the author set and one pupil: shared by the services and printing tests."""

from __future__ import annotations

from datetime import date

import pytest

from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import pupils, settings
from nurse_desk.storage.vault import Vault


@pytest.fixture
def vault(vault_folder):
    opened = Vault.create(vault_folder / "journal.vault", "fjord tavle sykkel blåbær")
    settings.save_settings(opened, settings.VaultSettings("Kari Nordmann", "helsesykepleier", "no"))
    yield opened
    opened.lock()


@pytest.fixture
def pupil_id(vault) -> int:
    return pupils.add_pupil(
        vault,
        NewPupil(
            "Emil",
            "Aasen",
            date(2012, 10, 15),
            "Granly skole",
            "8B",
            guardians=(GuardianRecord("Anne Aasen", "mother", "+47 900 00 000"),),
        ),
    )
