"""At 50,000 notes the figures come from grouped SQL queries: every statement counts, none hands
rows to Python, and the whole report stays well under a second."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta

from sqlalchemy import event, insert, update

from nurse_desk.domain.figures import FiguresPeriod
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import figures
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.orm import NoteRow, NoteTopicRow
from nurse_desk.storage.vault import Vault

NOTES = 50_000
KINDS = ("planned", "drop_in", "phone", "group", "follow_up")


def fill(vault: Vault, first: date) -> None:
    with vault.session() as session, session.begin():
        ids = pupil_store.add_pupils(
            session,
            [
                NewPupil(f"Elev{n}", "Volum", date(2012, 1, 1), f"Skole {n % 2}", "8A")
                for n in range(500)
            ],
        )
        start = datetime.combine(first, datetime.min.time())
        session.execute(
            insert(NoteRow),
            [
                {
                    "id": n + 1,
                    "pupil_id": ids[n % len(ids)],
                    "occurred_at": start + timedelta(minutes=10 * n),
                    "kind": KINDS[n % len(KINDS)],
                    "updated_at": start,
                }
                for n in range(NOTES)
            ],
        )
        session.execute(
            insert(NoteTopicRow), [{"note_id": n + 1, "topic": "sleep"} for n in range(NOTES)]
        )
        session.execute(update(NoteRow).values(signed_at=start, signed_by="Kari"))


def test_fifty_thousand_notes_are_counted_by_sql_aggregates(vault_folder):
    vault = Vault.create(vault_folder / "volume.vault", "mange notater i ett år")
    first = date(2025, 8, 15)
    fill(vault, first)  # 50,000 notes ten minutes apart: the last one falls in June 2026
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731  (statement text)
    event.listen(vault.engine, "before_cursor_execute", listener)
    try:
        started = time.perf_counter()
        counted = figures.compute(
            vault, FiguresPeriod(first, date(2026, 8, 14)), today=date(2026, 8, 14)
        )
        seconds = time.perf_counter() - started
    finally:
        event.remove(vault.engine, "before_cursor_execute", listener)
        vault.lock()
    assert counted.conversations == NOTES and counted.pupils_seen == 500
    assert counted.conversations_by_kind["phone"] == NOTES // len(KINDS)
    assert counted.conversations_by_topic["sleep"] == NOTES
    figure_queries = [s for s in statements if re.search(r"\bFROM note", s)]
    assert figure_queries and all("count(" in s.lower() for s in figure_queries)
    print(f"figures at {NOTES} notes: {seconds * 1000:.0f} ms, {len(figure_queries)} note queries")
    assert seconds < 3.0, seconds
