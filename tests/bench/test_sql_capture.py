"""The volume benchmark's SQL capture (bench/sql_capture.py): it must see what the app sends,
through SQLAlchemy and through a session's raw DB-API cursor alike, and replay it faithfully;
a capture that missed statements would make the app look slower than its SQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from bench import sql_capture
from nurse_desk.domain.records import NewPupil
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.orm import PupilRow
from nurse_desk.storage.vault import Vault

PASSPHRASE = "fangst av spørringer i benken"


@pytest.fixture
def capturing_vault(tmp_path: Path):
    sql_capture.install()
    vault = Vault.create(tmp_path / "capture.vault", PASSPHRASE)
    with vault.session() as session, session.begin():
        pupil_store.add_pupils(
            session,
            [
                NewPupil(f"Elev{n}", "Benk", date(2015, 1, 1 + n), "Benk skole", "5A")
                for n in range(3)
            ],
        )
    try:
        yield vault
    finally:
        vault.lock()
        sql_capture.uninstall()


def test_orm_and_raw_cursor_statements_are_captured(capturing_vault: Vault) -> None:
    with (
        sql_capture.capturing() as capture,
        capturing_vault.session() as session,
        session.begin(),
    ):
        names = session.scalars(select(PupilRow.given_name)).all()
        absence_store.lessons_by_pupil(session, since=date(2025, 8, 1))  # raw cursor
    # a connection opened inside the block shows its PRAGMAs first
    texts = [s.sql for s in capture.statements if not s.sql.startswith("PRAGMA")]
    assert len(names) == 3
    assert texts[0] == "BEGIN"
    assert any("FROM pupil" in sql for sql in texts)
    assert any("FROM absence_entry" in sql for sql in texts)
    assert texts[-1] == "COMMIT"
    assert capture.connections_used == 1  # one session, one connection (new or kept open)
    assert not capture.writes


def test_nothing_is_captured_outside_the_block(capturing_vault: Vault) -> None:
    with sql_capture.capturing() as capture:
        pass
    with capturing_vault.session() as session, session.begin():
        session.execute(text("SELECT 1"))
    assert capture.count == 0


def test_replay_fetches_the_same_rows_and_leaves_the_file_as_it_was(
    capturing_vault: Vault, tmp_path: Path
) -> None:
    with (
        sql_capture.capturing() as capture,
        capturing_vault.session() as session,
        session.begin(),
    ):
        session.execute(text("SELECT id FROM pupil")).all()
        session.execute(text("UPDATE pupil SET notes = 'x' WHERE id = 1"))
    assert capture.writes
    before = sql_capture.snapshot(capturing_vault.path, tmp_path / "before.vault")
    with capturing_vault.session() as session, session.begin():
        session.execute(text("UPDATE pupil SET notes = '' WHERE id = 1"))

    replay = sql_capture.replay(
        capture, capturing_vault.key, 2, on=tmp_path / "replay.vault", copy_from=before
    )

    assert len(replay.times) == 2
    assert replay.rows == 3
    assert replay.failed == 0
    assert not (tmp_path / "replay.vault").exists()
