"""Retention: the rule per country, the "Left school" list, the deposit in the archive (PDF and
open JSON) and removal for good, after which neither the file's bytes nor its decrypted pages
hold the pupil's note text, and the full-text index has no entry left for it."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import func, select, text

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.retention import (
    CountedFrom,
    NoSuchPupil,
    RemovalRefused,
    RetentionRule,
)
from nurse_desk.services import access, journal, pupils, retention, settings
from nurse_desk.storage import key_derivation
from nurse_desk.storage.orm import NoteRow, PupilRow
from nurse_desk.storage.vault import Vault

PASSPHRASE = "fjord tavle sykkel blåbær"
SECRET = "Fortalte om angst før prøver, pratet om bestemor (zanzibarkvokka)."
KEPT = "Annen elev: søvnvansker, snakket om rutiner (marimbafalk)."
WHEN = datetime(2014, 3, 2, 10, 0)
# SQLCipher 4's page layout: 4096-byte pages, ending in a 16-byte IV and a 64-byte HMAC.
PAGE, RESERVE = 4096, 80


@pytest.fixture
def vault(vault_folder):
    opened = Vault.create(vault_folder / "retention.vault", PASSPHRASE)
    settings.save_settings(opened, settings.VaultSettings("Kari Nordmann", "helsesykepleier", "se"))
    yield opened
    opened.lock()


def add_pupil(vault: Vault, name: str, note: str, *, left_on: date | None) -> int:
    pupil_id = pupils.add_pupil(
        vault, NewPupil(name, "Aasen", date(2000, 5, 1), "Granly skole", "8B", left_on=left_on)
    )
    draft = NoteDraft(pupil_id, WHEN, NoteKind.PLANNED, frozenset({Topic.SLEEP}), conversation=note)
    saved = journal.save_draft(vault, draft, now=WHEN)
    journal.sign_note(vault, saved.id, now=WHEN)
    journal.amend_note(vault, saved.id, reason="tillegg", text=f"Tillegg: {note}", now=WHEN)
    return pupil_id


def test_the_default_rules_and_a_changed_one():
    assert (
        RetentionRule(None, CountedFrom.LEFT_SCHOOL).removable_from(date(2020, 1, 1), None) is None
    )


def test_rules_per_country_default_and_changed(vault):
    assert retention.retention_rule(vault, "no") == RetentionRule(None, CountedFrom.LEFT_SCHOOL)
    assert retention.retention_rule(vault, "se") == RetentionRule(10, CountedFrom.LAST_ENTRY)
    retention.save_retention_rule(vault, "no", RetentionRule(20, CountedFrom.LEFT_SCHOOL))
    assert retention.retention_rule(vault, "no") == RetentionRule(20, CountedFrom.LEFT_SCHOOL)
    assert retention.retention_rule(vault, "se") == RetentionRule(10, CountedFrom.LAST_ENTRY)
    retention.save_retention_rule(vault, "no", RetentionRule(None, CountedFrom.LEFT_SCHOOL))
    assert retention.retention_rule(vault, "no").years is None
    with pytest.raises(ValueError):
        retention.save_retention_rule(vault, "se", RetentionRule(0, CountedFrom.LAST_ENTRY))


def test_the_left_school_list(vault, vault_folder):
    gone = add_pupil(vault, "Emil", SECRET, left_on=date(2015, 6, 20))
    add_pupil(vault, "Ida", KEPT, left_on=None)
    [left] = retention.left_school(vault)
    assert (left.pupil_id, left.name, left.school, left.left_on) == (
        gone,
        "Emil Aasen",
        "Granly skole",
        date(2015, 6, 20),
    )
    # Sweden: ten years after the last entry (the amendment written 2 March 2014).
    assert left.last_entry == date(2014, 3, 2) and left.removable_from == date(2024, 3, 2)
    assert left.archived_on is None and left.handed_over_on is None
    assert not left.can_be_removed(date(2030, 1, 1))  # not deposited yet
    retention.deposit(vault, gone, vault_folder, now=datetime(2025, 1, 10, 9))
    [left] = retention.left_school(vault)
    assert left.archived_on == date(2025, 1, 10) and left.can_be_removed(date(2025, 1, 10))
    assert not left.can_be_removed(date(2024, 3, 1))


def test_the_deposit_writes_the_record_as_pdf_and_open_json(vault, vault_folder):
    gone = add_pupil(vault, "Emil", SECRET, left_on=date(2015, 6, 20))
    pdf, plain = retention.deposit(vault, gone, vault_folder, now=datetime(2025, 1, 10, 9))
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_mode & 0o077 == 0
    export = json.loads(plain.read_bytes())
    assert export["format"] == "nurse-desk-export" and plain.stat().st_mode & 0o077 == 0
    assert [n["conversation"] for n in export["tables"]["note"]] == [SECRET]
    assert [p["id"] for p in export["tables"]["pupil"]] == [gone]
    logged = access.log_entries(vault, pupil_id=gone, action=AccessAction.ARCHIVED)
    assert [e.detail for e in logged] == ["record pdf and open json"]


def test_a_pupil_at_school_is_not_deposited_nor_removed(vault, vault_folder):
    here = add_pupil(vault, "Ida", KEPT, left_on=None)
    with pytest.raises(RemovalRefused) as refused:
        retention.deposit(vault, here, vault_folder)
    assert refused.value.reason == "still_at_school"
    with pytest.raises(RemovalRefused) as refused:
        retention.remove_for_good(vault, here, today=date(2099, 1, 1))
    assert refused.value.reason == "still_at_school"
    with pytest.raises(NoSuchPupil):
        retention.remove_for_good(vault, here + 100)


def test_removal_waits_for_the_deposit_and_the_retention_time(vault, vault_folder):
    gone = add_pupil(vault, "Emil", SECRET, left_on=date(2015, 6, 20))
    with pytest.raises(RemovalRefused) as refused:
        retention.remove_for_good(vault, gone, today=date(2030, 1, 1))
    assert refused.value.reason == "not_archived"
    retention.deposit(vault, gone, vault_folder, now=datetime(2020, 1, 10, 9))
    with pytest.raises(RemovalRefused) as refused:
        retention.remove_for_good(vault, gone, today=date(2024, 3, 1))
    assert refused.value.reason == "too_early"
    retention.save_retention_rule(vault, "se", RetentionRule(None, CountedFrom.LAST_ENTRY))
    with pytest.raises(RemovalRefused) as refused:
        retention.remove_for_good(vault, gone, today=date(2099, 1, 1))
    assert refused.value.reason == "kept"
    assert [n.conversation for n in journal.notes_of_pupil(vault, gone)] == [SECRET]


def test_a_record_changed_after_its_deposit_is_not_removed_until_deposited_again(
    vault, vault_folder
):
    """The archive holds the record as it was deposited: a note written (or amended) after it
    would be removed without ever having reached the archive."""
    gone = add_pupil(vault, "Emil", SECRET, left_on=date(2015, 6, 20))
    retention.deposit(vault, gone, vault_folder, now=datetime(2020, 1, 10, 9))
    later = datetime(2020, 1, 10, 11)  # the same day: days alone would not tell
    draft = NoteDraft(gone, later, NoteKind.PHONE, frozenset({Topic.SLEEP}), conversation=KEPT)
    journal.sign_note(vault, journal.save_draft(vault, draft, now=later).id, now=later)
    with pytest.raises(RemovalRefused) as refused:
        retention.remove_for_good(vault, gone, today=date(2031, 1, 1))
    assert refused.value.reason == "changed_since_deposit"
    assert len(journal.notes_of_pupil(vault, gone)) == 2

    retention.deposit(vault, gone, vault_folder, now=datetime(2020, 2, 1, 9))
    (written,) = vault_folder.glob("pupil-*-2020-02-01.json")
    assert KEPT in written.read_text(encoding="utf-8")
    assert retention.remove_for_good(vault, gone, today=date(2031, 1, 1)) > 0


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the file decrypted, free pages included: what the disk really holds."""
    data = path.read_bytes()
    pages = []
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        skip = 16 if start == 0 else 0  # the salt stands where the header's first bytes were
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[skip : PAGE - RESERVE]) + decryptor.finalize())
    return b"".join(pages)


def plain_copy(vault: Vault, folder: Path) -> bytes:
    """sqlcipher_export into an unencrypted copy: every row and index entry as SQLite keeps them."""
    folder.mkdir()
    target = folder / "plain-copy.db"
    connection = vault.raw_connection()
    try:
        connection.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    with sqlite3.connect(target) as plain:  # a plain SQLite file now
        assert plain.execute("SELECT count(*) FROM pupil").fetchone()[0] >= 1
    return target.read_bytes()


def index_terms(vault: Vault) -> set[str]:
    """The terms the full-text index holds, read through an fts5vocab table."""
    with vault.session() as session, session.begin():
        session.execute(
            text("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, note_fts, row)")
        )
        terms = set(session.scalars(text("SELECT term FROM temp.terms")))
        session.execute(text("DROP TABLE temp.terms"))
    return terms


def test_removal_for_good_leaves_no_trace_of_the_notes(vault, vault_folder):
    gone = add_pupil(vault, "Emil", SECRET, left_on=date(2015, 6, 20))
    stays = add_pupil(vault, "Ida", KEPT, left_on=None)
    retention.deposit(vault, gone, vault_folder, now=datetime(2025, 1, 10, 9))
    key = bytes(key_derivation.derive_key(PASSPHRASE, vault.key.salt))
    secret, word = SECRET.encode(), b"zanzibarkvokka"
    vault.checkpoint()
    # The scans can see the text at all: it is in the decrypted pages and the plain copy.
    assert secret in decrypted_pages(vault.path, key)
    assert secret in plain_copy(vault, vault_folder / "before")
    assert "zanzibarkvokka" in index_terms(vault)

    removed = retention.remove_for_good(vault, gone, today=date(2025, 1, 10))

    assert removed == 4  # the pupil, the note, its topic and its amendment
    pages = decrypted_pages(vault.path, key)
    assert b"SQLite format 3" not in pages[:16] and KEPT.encode() in pages
    for found in (vault.path.read_bytes(), pages, plain_copy(vault, vault_folder / "after")):
        assert secret not in found and word not in found and b"Emil" not in found
    assert not list(vault.path.parent.glob("retention.vault-wal")) or (
        vault.path.with_name("retention.vault-wal").stat().st_size == 0
    )
    terms = index_terms(vault)
    assert "zanzibarkvokka" not in terms and "marimbafalk" in terms
    assert journal.search_notes(vault, "marimbafalk") and not journal.search_notes(
        vault, "zanzibarkvokka"
    )
    with vault.session() as session, session.begin():
        assert session.get(PupilRow, gone) is None and session.get(PupilRow, stays)
        assert session.scalar(select(func.count()).select_from(NoteRow)) == 1
        # The guards on signed notes are back.
        triggers = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type='trigger'")))
        assert {"note_signed_not_deleted", "amendment_no_delete"} <= triggers
    logged = access.log_entries(vault, pupil_id=gone)
    assert logged[-1].action is AccessAction.REMOVED
    assert logged[-1].detail.endswith("after retention; deposited 2025-01-10")
    assert access.verify_log(vault) is None
    assert retention.left_school(vault) == []


def test_a_full_demo_record_is_removed_and_the_rest_is_whole(tmp_path, vault_folder):
    from nurse_desk.services.demo import create_demo_vault
    from nurse_desk.storage.orm_visits import HomeVisitSiblingRow
    from nurse_desk.storage.pupil_rows import record_rows

    demo = create_demo_vault(tmp_path / "demo.vault")
    try:
        with demo.session() as session, session.begin():
            siblings = session.scalars(select(HomeVisitSiblingRow.pupil_id)).all()
            everyone = session.scalars(select(PupilRow.id).order_by(PupilRow.id)).all()
            # The pupil whose record fills the most tables, among those seen as a sibling.
            gone = max(
                [p for p in everyone if p in siblings] or everyone,
                key=lambda p: sum(map(bool, record_rows(session, p).values())),
            )
            before = {k: len(v) for k, v in record_rows(session, gone).items()}
            row = session.get(PupilRow, gone)
            row.active, row.left_on = False, date(2010, 6, 20)
            pupil_count = session.scalar(select(func.count()).select_from(PupilRow))
        counts = demo.row_counts()
        retention.save_retention_rule(demo, "no", RetentionRule(1, CountedFrom.LEFT_SCHOOL))
        # Deposited after the demo's last entry, so the archive holds the whole record.
        retention.deposit(demo, gone, vault_folder)
        removed = retention.remove_for_good(demo, gone)
        assert sum(map(bool, before.values())) >= 5
        assert removed >= sum(before.values())
        with demo.session() as session, session.begin():
            assert not any(record_rows(session, gone).values())
            assert gone not in session.scalars(select(HomeVisitSiblingRow.pupil_id)).all()
            assert session.scalar(select(func.count()).select_from(PupilRow)) == (pupil_count - 1)
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        after = demo.row_counts()
        assert after["note"] == counts["note"] - before["note"]
        assert after["note_fts_docsize"] == after["note"]
        demo.full_check()
        assert access.verify_log(demo) is None
    finally:
        demo.lock()


def test_a_protected_pupils_deposit_leaves_the_guardians_phones_out_of_both_files(
    vault, vault_folder
):
    from nurse_desk.domain.records import GuardianRecord
    from nurse_desk.services.protected_identity import set_protected

    gone = pupils.add_pupil(
        vault,
        NewPupil(
            "Emil",
            "Aasen",
            date(2000, 5, 1),
            "Granly skole",
            "8B",
            left_on=date(2015, 6, 20),
            guardians=(GuardianRecord("Hilde Aasen", "mor", "41234567"),),
        ),
    )
    set_protected(vault, gone, True)
    pdf, plain = retention.deposit(vault, gone, vault_folder, now=datetime(2025, 1, 10, 9))
    export = json.loads(plain.read_bytes())
    assert [g["name"] for g in export["tables"]["guardian"]] == ["Hilde Aasen"]
    assert [g["phone"] for g in export["tables"]["guardian"]] == [""]
    assert "41234567" not in pdf_text(pdf) and "Hilde Aasen" in pdf_text(pdf)
    logged = access.log_entries(vault, pupil_id=gone, action=AccessAction.EXPORT)
    assert [e.detail for e in logged] == [
        "record pdf, for authority; reason: deposit in the municipality's archive"
    ]


def pdf_text(path: Path) -> str:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() for page in reader.pages)


def test_a_deposit_whose_pdf_could_not_be_written_leaves_no_export_in_the_log(
    vault, vault_folder, tmp_path
):
    """A folder that refuses the PDF (a share, a full stick): the nurse is told, and the log
    must not say the record left for the archive when no file did."""
    gone = add_pupil(vault, "Emil", SECRET, left_on=date(2015, 6, 20))
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / f"pupil-{gone}-record-2025-01-10.pdf").mkdir()  # the PDF's name: a folder
    with pytest.raises(OSError):
        retention.deposit(vault, gone, folder, now=datetime(2025, 1, 10, 9))
    assert access.log_entries(vault, pupil_id=gone, action=AccessAction.EXPORT) == []
    assert access.log_entries(vault, pupil_id=gone, action=AccessAction.ARCHIVED) == []
