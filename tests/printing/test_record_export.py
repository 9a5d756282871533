"""The record export for an access request: what the PDF says, how it pages, and its log entry."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pypdf
import pytest

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import AbsenceFlag, PatternKind, PupilAbsence
from nurse_desk.domain.access_log import AccessAction, AccessEntry
from nurse_desk.domain.consent import (
    ConsentGiver,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    ConsentState,
)
from nurse_desk.domain.journal import AmendmentRecord, NoteDraft, NoteKind, NoteRecord, Topic
from nurse_desk.domain.record_sheet import RecordAbsence, RecordSheet
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import PartnerKind, ReferralRecord, ReferralStatus
from nurse_desk.printing.base import LANGUAGES, Words, value_words
from nurse_desk.printing.record_export import RecordPrintout, render_record
from nurse_desk.services import access, consents, journal
from nurse_desk.services.record_export import export_record
from nurse_desk.storage.vault import Vault

WHEN = datetime(2026, 11, 20, 10, 15)
PRODUCED = datetime(2026, 11, 23, 14, 5)


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace (line wraps included) as one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def text_of(pdf: bytes) -> str:
    return " ".join(pages_of(pdf))


def write_note(vault: Vault, pupil_id: int, at: datetime, conversation: str) -> NoteRecord:
    draft = NoteDraft(
        pupil_id=pupil_id,
        occurred_at=at,
        kind=NoteKind.PLANNED,
        topics=frozenset({Topic.SLEEP, Topic.WELLBEING}),
        participants="Emil, mor",
        conversation=conversation,
        assessment="Trenger oppfølging av søvnrutiner.",
        actions="Ny samtale om to uker.",
    )
    return journal.save_draft(vault, draft)


def partner_consent(pupil_id: int, partner: str) -> ConsentRecord:
    return ConsentRecord(
        id=0,
        pupil_id=pupil_id,
        given_by=ConsentGiver.GUARDIAN,
        guardian_name="Anne Aasen",
        purpose=ConsentPurpose.CONTACT_PARTNER,
        partner=partner,
        method=ConsentMethod.WRITTEN,
        given_on=date(2026, 9, 1),
        valid_until=date(2027, 6, 20),
        withdrawn_on=None,
        note="",
    )


def pupil_record(**changes) -> PupilRecord:
    fields = dict(
        id=7,
        given_name="Emil",
        family_name="Aasen",
        birth_date=date(2012, 10, 15),
        national_id=None,
        school_name="Granly skole",
        class_name="8B",
        active=True,
    )
    fields.update(changes)
    return PupilRecord(**fields)


def note_record(index: int, conversation: str, **changes) -> NoteRecord:
    fields = dict(
        id=index,
        pupil_id=7,
        occurred_at=WHEN - timedelta(days=index),
        kind=NoteKind.PLANNED,
        topics=frozenset({Topic.SLEEP}),
        participants="Emil",
        conversation=conversation,
        assessment="",
        actions="",
        follow_up_needed=False,
        signed_at=WHEN - timedelta(days=index) + timedelta(hours=1),
        signed_by="Kari Nordmann",
        signed_title="helsesykepleier",
    )
    fields.update(changes)
    return NoteRecord(**fields)


def sheet_of(notes=(), consents_=(), log=(), **pupil_changes) -> RecordSheet:
    return RecordSheet(
        pupil_record(**pupil_changes), tuple(notes), tuple(consents_), tuple(log), PRODUCED, "Kari"
    )


def test_export_holds_the_pupil_every_note_the_amendment_the_consents_and_the_log(vault, pupil_id):
    first = write_note(vault, pupil_id, WHEN, "Sover dårlig, ligger våken til langt på natt.")
    journal.sign_note(vault, first.id)
    journal.amend_note(
        vault, first.id, reason="Feil klokkeslett for samtalen", text="Samtalen var kl. 11."
    )
    write_note(vault, pupil_id, WHEN + timedelta(days=3), "Forteller om uro i klassen.")
    consents.record_consent(vault, partner_consent(pupil_id, "PPT Bærum"))
    access.open_pupil_page(vault, pupil_id)

    text = text_of(export_record(vault, pupil_id, reason="access request", language="en"))

    assert "Emil Aasen" in text and "Granly skole" in text and "Anne Aasen" in text
    assert "Sover dårlig, ligger våken til langt på natt." in text
    assert "Forteller om uro i klassen." in text
    assert "Feil klokkeslett for samtalen" in text and "Samtalen var kl. 11." in text
    assert "Signed " in text and "by Kari Nordmann, helsesykepleier" in text and "DRAFT" in text
    assert "PPT Bærum" in text and "Active" in text
    assert "Access log (4)" in text  # sign, amend, consent, open: the export comes after
    assert "Opened the pupil's page" in text and "Conversation note" in text
    assert f"note {first.id}" not in text  # the log's words, not its database numbers


def test_notes_are_printed_newest_first(vault, pupil_id):
    for day in (2, 9, 5):
        write_note(vault, pupil_id, WHEN + timedelta(days=day), f"Samtale nummer {day}.")
    text = text_of(export_record(vault, pupil_id, reason="access request", language="en"))
    positions = [text.index(f"Samtale nummer {day}.") for day in (9, 5, 2)]
    assert positions == sorted(positions)


def test_the_export_is_itself_logged(vault, pupil_id):
    export_record(vault, pupil_id, reason="access request", now=PRODUCED)
    exports = access.log_entries(vault, action=AccessAction.EXPORT)
    assert [(e.pupil_id, e.actor, e.detail, e.at) for e in exports] == [
        (pupil_id, "Kari Nordmann", "record pdf; reason: access request", PRODUCED)
    ]
    assert access.verify_log(vault) is None


def test_an_export_that_fails_to_render_is_not_logged(vault, pupil_id):
    with pytest.raises(ValueError):
        export_record(vault, pupil_id, reason="x", language="de")
    assert access.log_entries(vault, action=AccessAction.EXPORT) == []


def test_a_long_record_flows_over_pages_each_numbered():
    notes = [
        note_record(i, f"Samtale {i}: " + "Emil forteller om skolen. " * 40) for i in range(40)
    ]
    notes[0] = note_record(0, "Svært lang samtale. " * 1000)  # 20,000 characters, over pages
    long_note = ConsentRecord(
        1, 7, ConsentGiver.PUPIL, "", ConsentPurpose.OTHER, "", ConsentMethod.ORAL,
        date(2026, 1, 1), None, None, "Lang merknad. " * 600,
    )  # fmt: skip
    pages = pages_of(render_record(sheet_of(notes, [long_note]), "en"))

    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page
        assert "Confidential: health record" in page and "Emil Aasen (15 Oct 2012)" in page
    text = " ".join(pages)
    assert all(f"Samtale {i}:" in text for i in range(1, 40))


@pytest.mark.parametrize(
    ("language", "page_one", "confidential"),
    [
        ("nb", "side 1 av 1", "Konfidensielt: helsejournal"),
        ("sv", "sida 1 av 1", "Konfidentiellt: hälsojournal"),
        ("en", "page 1 of 1", "Confidential: health record"),
    ],
)
def test_the_footer_speaks_the_chosen_language(language, page_one, confidential):
    [page] = pages_of(render_record(sheet_of([note_record(1, "Kort samtale.")]), language))
    assert page_one in page and confidential in page


def test_user_text_with_markup_characters_and_nordic_letters_prints_as_written():
    tricky = "Mor & far sa <b>ikke</b> at x < 3 > 1; blåbær, ÆØÅ, äö, Šárka Nováková"
    note = note_record(
        1,
        tricky + "\x00\x07 ny linje\r\nog neste",
        assessment="<para>&amp; &lt;",
        signed_at=None,
        amendments=(AmendmentRecord(1, WHEN, "Kari", "", "Grunn <&>", "Rettelse ]]>"),),
    )
    consent = partner_consent(7, "PPT Bærum & BUP <Asker>")
    log = [AccessEntry(1, WHEN, "Kari <admin>", AccessAction.PRINT, 7, "note 1 & 2", "h")]
    sheet = sheet_of([note], [consent], log, given_name="Åse <Marit>", family_name="Ødegård & Co")

    text = text_of(render_record(sheet, "nb"))

    for written in (
        tricky,
        "ny linje og neste",
        "<para>&amp; &lt;",
        "Grunn <&>",
        "Rettelse ]]>",
        "PPT Bærum & BUP <Asker>",
        "Kari <admin>",
        "note 1 & 2",
        "Åse <Marit> Ødegård & Co",
        "UTKAST",
    ):
        assert written in text


def test_an_empty_record_still_prints_its_sections():
    text = text_of(render_record(sheet_of(), "sv"))
    assert "Inga anteckningar." in text and "Inga samtycken." in text and "Inga poster." in text


def test_consent_state_is_the_state_on_the_day_of_the_export():
    withdrawn = replace(partner_consent(7, "BUP"), withdrawn_on=PRODUCED.date())
    text = text_of(render_record(sheet_of(consents_=[withdrawn]), "en"))
    assert "Withdrawn 23 Nov 2026" in text


def test_every_domain_value_has_a_printed_word_in_every_language():
    printed = value_words()
    assert set(printed) == {
        NoteKind, Topic, ConsentGiver, ConsentPurpose, ConsentMethod, ConsentState, AccessAction
    }  # fmt: skip
    for enum_type, words in printed.items():
        assert set(words) == set(enum_type)
        assert all(len(texts) == len(LANGUAGES) and all(texts) for texts in words.values())
    with pytest.raises(ValueError):
        Words("de")


@pytest.mark.parametrize(
    ("language", "summary", "flag", "lessons"),
    [
        ("nb", "1,2 fraværsdager av 74 skoledager (1,6 %)", "2,5 av 6 siden", "0,5"),
        ("sv", "1,2 frånvarodagar av 74 skoldagar (1,6 %)", "2,5 av 6 sedan", "0,5"),
        ("en", "1.2 absent days of 74 school days (1.6 %)", "2.5 of 6 since", "0.5"),
    ],
)
def test_parts_of_absent_days_print_with_one_decimal_in_the_language(
    language, summary, flag, lessons
):
    """A pupil away one day and one lesson of six has 1.16667 absent days: the page says
    1,2 in Norwegian and Swedish, not 1.16667."""
    entries = (
        AbsenceEntry(7, date(2026, 10, 26), "2", "Matematikk", 0.5),
        AbsenceEntry(7, date(2026, 11, 23), "", "", 6.0),
    )
    absence = PupilAbsence(
        7, 7 / 6, 74, 2, (AbsenceFlag(7, PatternKind.SUBJECT, 2.5, 6.0, date(2026, 8, 17)),)
    )
    sheet = replace(sheet_of(), absence=RecordAbsence(absence, frozenset(), entries))
    text = text_of(render_record(sheet, language))
    assert summary in text and flag in text
    assert f"Matematikk {lessons}" in text and "1.16667" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_label_or_column_heading_is_broken_inside_a_word(language):
    """The Swedish 'Person-/samordningsnr.' and 'Lektioner' were split over two lines
    ('samordnin / gsnr.', 'Lektion / er'): each label's column is wide enough for it."""
    subject = "Hem- och konsumentkunskap"  # its longest word is the longest of any subject
    entries = (AbsenceEntry(7, date(2026, 10, 26), "2", subject, 1.0),)
    absence = PupilAbsence(7, 1.0, 74, 1, ())
    sheet = replace(sheet_of(), absence=RecordAbsence(absence, frozenset(), entries))
    words = Words(language, RecordPrintout.own_words)
    text = text_of(render_record(sheet, language))
    for key in ("national_id", "lessons", "period", "subject"):
        assert f" {words[key]} " in f" {text} ", key
    assert subject in text


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        ("nb", "1 fraværsdag av 74 skoledager (1,4 %), 1 periode"),
        ("sv", "1 frånvarodag av 74 skoldagar (1,4 %), 1 period"),
        ("en", "1 absent day of 74 school days (1.4 %), 1 episode"),
    ],
)
def test_one_absent_day_and_one_episode_are_written_in_the_singular(language, summary):
    """'1 fraværsdager ..., 1 perioder' read wrong on a pupil's first day away."""
    entries = (AbsenceEntry(7, date(2026, 8, 24), "", "", 6.0),)
    absence = PupilAbsence(7, 1.0, 74, 1, ())
    sheet = replace(sheet_of(), absence=RecordAbsence(absence, frozenset(), entries))
    assert summary in text_of(render_record(sheet, language))


@pytest.mark.parametrize(
    ("language", "sheet", "referral", "record", "refused"),
    [
        (
            "nb",
            "Ark for hjemmebesøk, med navn, lagret som fil, fra kommandolinjen. Grunn: forberede",
            "Henvisning til PPT Bærum, med samtykke",
            "Hele journalen, som PDF-fil, bedt om av: En foresatt. Grunn: innsyn",
            "Kontakte en navngitt samarbeidspartner",
        ),
        (
            "sv",
            "Blad för hembesök, med namn, sparat som fil, från kommandoraden. Skäl: forberede",
            "Remiss till PPT Bærum, med samtycke",
            "Hela journalen, som PDF-fil, begärd av: En vårdnadshavare. Skäl: innsyn",
            "Kontakta en namngiven samarbetspartner",
        ),
    ],
)
def test_the_access_log_is_printed_in_the_record_s_language(
    language, sheet, referral, record, refused
):
    """A Swedish record for a guardian printed the stored English details ('visit 1 sheet,
    named, saved, command line; reason: …', 'referral 5 partner 2 consent 9'): database
    numbers and English on a page for the family."""
    details = (
        "visit 1 sheet, named, saved, command line; reason: forberede",
        "referral 5 partner 2 consent 9",
        "record pdf, for guardian; reason: innsyn",
        "contact_partner",
        "class list: 3 new",
    )
    log = [
        AccessEntry(i, WHEN, "Kari", AccessAction.EXPORT, 7, detail, "h")
        for i, detail in enumerate(details, 1)
    ]
    sent = ReferralRecord(
        5, 7, "Emil Aasen", 2, "PPT Bærum", PartnerKind.EDUCATIONAL_PSYCHOLOGY, date(2026, 11, 2),
        "Lesevansker", 9, ReferralStatus.SENT, None, None, None, None,
    )  # fmt: skip
    text = text_of(render_record(replace(sheet_of(log=log), referrals=(sent,)), language))
    for words in (sheet, referral, record, refused, "class list: 3 new"):
        assert words in text, words
    assert "reason:" not in text and "partner 2 consent" not in text and "command line" not in text


def test_the_pdf_carries_no_names_in_its_metadata():
    pdf = render_record(sheet_of([note_record(1, "Kort.")]), "nb")
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert not re.search("Emil|Aasen", " ".join(str(value) for value in metadata.values()))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nb", "Alle journaler, som ukryptert fil. Grunn: ny maskin"),
        ("sv", "Alla journaler, som okrypterad fil. Skäl: ny maskin"),
        ("en", "Every record, as an unencrypted file. Reason: ny maskin"),
    ],
)
def test_an_export_of_the_whole_vault_is_worded_in_the_record(language, words):
    """A pupil's record lists each export of the whole vault (it took her data too), in the
    record's language, not as the stored 'whole vault, plain JSON'."""
    from nurse_desk.printing.base import Words
    from nurse_desk.printing.log_details import LOG_WORDS, detail_words

    stored = "whole vault, plain JSON; reason: ny maskin"
    assert detail_words(stored, Words(language, dict(LOG_WORDS)), {}) == words


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_logged_moment_prints_on_one_line(language):
    """'24. sep. 2024 kl.' / '10:15' was split over two lines in the log's first column: the
    column is wide enough for the longest date and time in each language."""
    words = Words(language, RecordPrintout.own_words)
    moments = [datetime(2026, month, 28, 23, 45) for month in range(1, 13)]
    log = [
        AccessEntry(i, at, "Kari", AccessAction.OPEN_PUPIL, 7, "", "h")
        for i, at in enumerate(moments)
    ]
    pdf = render_record(sheet_of(log=log), language)
    lines = {
        " ".join(line.split())
        for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
        for line in page.extract_text().splitlines()
    }
    for at in moments:
        printed = words.moment(at)
        assert any(printed in line for line in lines), printed


def test_a_backup_under_another_passphrase_is_worded_in_the_record():
    """It is in every pupil's log as an export of the whole vault is, and worded as one."""
    from nurse_desk.printing.base import Words
    from nurse_desk.printing.log_details import LOG_WORDS, detail_words

    stored = "whole vault, backup under another passphrase; reason: ny maskin"
    assert detail_words(stored, Words("nb", dict(LOG_WORDS)), {}) == (
        "Alle journaler, som sikkerhetskopi med en annen passordfrase. Grunn: ny maskin"
    )
