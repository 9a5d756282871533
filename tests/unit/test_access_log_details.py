"""One reader of the access log's stored details (domain/access_log_details.py): every detail
the app writes reads as a kind of its own, and the printed record words each in nb, sv and en
(the window's words: tests/ui/test_access_log_words.py)."""

from __future__ import annotations

from datetime import date

import pytest
from logged_details import STORED

from nurse_desk.domain.access_log_details import DetailKind, SheetKind, SheetPart, read_detail
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.disclosure import Requester
from nurse_desk.printing.base import Words
from nurse_desk.printing.log_details import LOG_WORDS, detail_words


@pytest.mark.parametrize(("stored", "kind"), STORED, ids=[kind for _, kind in STORED])
def test_every_detail_the_app_writes_reads_as_its_kind(stored, kind):
    assert read_detail(stored).kind is kind


def test_every_kind_has_a_detail_the_app_writes():
    """A new kind comes with the detail that writes it, so both sides' words are tested."""
    assert {kind for _, kind in STORED} == set(DetailKind) - {DetailKind.UNKNOWN}


def test_the_reader_keeps_the_values_the_partner_and_the_reason():
    referral = read_detail("referral 25 partner 2 consent 128")
    assert (referral.kind, referral.partner_id, referral.values) == (DetailKind.REFERRAL, 2, ())
    sheet = read_detail("visit 3 sheet, named, printed, for PPT Bærum, as sibling; reason: møte")
    assert sheet.values == (
        SheetKind.NAMED, SheetPart.PRINTED, SheetPart.FOR_PARTNER, SheetPart.AS_SIBLING,
    )  # fmt: skip
    assert (sheet.partner, sheet.reason) == ("PPT Bærum", "møte")
    assert read_detail("record pdf, for guardian").values == (Requester.GUARDIAN,)
    assert read_detail("contact_partner").values == (ConsentPurpose.CONTACT_PARTNER,)
    assert read_detail("agenda ics 2026-11-02").values == (date(2026, 11, 2),)
    hand_over = read_detail("transfer file, consent 4: flytter; reason: ny skole")
    assert hand_over.reason == "flytter; reason: ny skole"  # the nurse's words, whole
    unknown = read_detail("something older; reason: why")
    assert (unknown.kind, unknown.values, unknown.reason) == (
        DetailKind.UNKNOWN, ("something older",), "why",
    )  # fmt: skip


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
@pytest.mark.parametrize(("stored", "kind"), STORED, ids=[kind for _, kind in STORED])
def test_the_printed_record_words_every_detail(stored, kind, language):
    words = detail_words(stored, Words(language, dict(LOG_WORDS)), {2: "BUP Vest"})
    english = detail_words(stored, Words("en", dict(LOG_WORDS)), {2: "BUP Vest"})
    if kind is DetailKind.NOTHING:
        assert words == ""
        return
    assert words and words != stored and "%" not in words
    assert language == "en" or words != english  # its own words, not the English ones


def test_the_printed_record_words_a_referral_the_window_words():
    """Two sides, one reading: the examples the window's tests word (test_readable_pages)."""
    words = Words("en", dict(LOG_WORDS))
    assert detail_words("referral 1 partner 9 consent 3", words, {}) == (
        "Referral to a partner, with consent"
    )
    assert detail_words("note search", words, {}) == "Search in the notes"
    assert detail_words("class list: 3 new", words, {}) == "class list: 3 new"
    assert (
        detail_words(
            "212 rows after retention; deposited 2026-06-30", Words("nb", dict(LOG_WORDS)), {}
        )
        == "212 rader slettet etter oppbevaringstiden; avlevert til arkivet 30. juni 2026"
    )
