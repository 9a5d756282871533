"""A printout made before the nurse wrote her name in Settings says so in its own language:
"(no name in Settings)" is what the access log stores, not what a bokmål page says."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from nurse_desk.services import agenda_output
from nurse_desk.storage.vault import Vault

SAID = {
    "nb": "(uten navn i Innstillinger)",
    "sv": "(utan namn i Inställningar)",
    "en": "(no name in Settings)",
}


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def nameless_vault(vault_folder):
    opened = Vault.create(vault_folder / "first-day.vault", "fjord tavle sykkel blåbær")
    yield opened
    opened.lock()


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_week_printed_before_a_name_is_set_says_so_in_its_language(nameless_vault, language):
    day = date(2026, 12, 4)
    sheet = agenda_output.week_sheet(nameless_vault, day, today=day, private=False)
    text = text_of(agenda_output.render_week(sheet, language=language))
    assert SAID[language] in text
    if language != "en":
        assert "no name in Settings" not in text
