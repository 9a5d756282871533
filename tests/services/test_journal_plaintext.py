"""Sentinel scan for the journal tables: notes, amendments, guardians, consents, the FTS index."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import access, consents, journal, pupils
from nurse_desk.storage import backup


def scan(folder, *markers: str) -> list[str]:
    codecs = ("utf-8", "utf-16-le", "utf-16-be")
    forms = [marker.encode(codec) for marker in markers for codec in codecs]
    return [
        p.name
        for p in folder.rglob("*")
        if p.is_file() and any(form in p.read_bytes() for form in forms)
    ]


def test_no_journal_text_in_plaintext_on_disk(vault, tmp_path):
    marker = f"SENTINEL{uuid.uuid4().hex}"
    phone = f"+47 {uuid.uuid4().int % 10**11:011d}"  # a phone is digits: a sentinel of its own
    folder = vault.path.parent
    keeper = vault.raw_connection()  # keeps -wal and -shm on disk between steps
    try:
        pupil_id = pupils.add_pupil(
            vault,
            NewPupil(
                f"{marker}given",
                f"{marker}family",
                date(2012, 1, 1),
                f"{marker}school",
                "8B",
                language=f"{marker}lang",
                notes=f"{marker}notes",
                guardians=(GuardianRecord(f"{marker}guardian", "mother", phone),),
            ),
        )
        note = journal.save_draft(
            vault,
            NoteDraft(
                pupil_id,
                datetime(2026, 11, 20, 9),
                NoteKind.PLANNED,
                frozenset({Topic.SLEEP}),
                participants=f"{marker}who",
                conversation=f"{marker}talk {marker}word",
                assessment=f"{marker}assess",
                actions=f"{marker}act",
            ),
        )
        journal.sign_note(vault, note.id)
        journal.amend_note(vault, note.id, reason=f"{marker}why", text=f"{marker}fix")
        consents.record_consent(
            vault,
            ConsentRecord(
                0,
                pupil_id,
                ConsentGiver.BOTH,
                f"{marker}guardian",
                ConsentPurpose.CONTACT_PARTNER,
                f"{marker}partner",
                ConsentMethod.ORAL,
                date(2026, 9, 1),
                None,
                None,
                f"{marker}n",
            ),
        )
        access.open_pupil_page(vault, pupil_id)
        assert journal.search_notes(vault, marker)  # the FTS index holds it (encrypted)
        assert scan(folder, marker, phone) == [], "after commit"
        vault.checkpoint()
        assert scan(folder, marker, phone) == [], "after checkpoint"
        backup.backup(vault, tmp_path / "copy.vault")
        assert scan(tmp_path, marker, phone) == [], "in the backup"
    finally:
        keeper.close()
    vault.lock()
    assert scan(tmp_path, marker, phone) == [], "after lock"
