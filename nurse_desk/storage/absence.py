"""Absence entries: saved in bulk (an import is one transaction) and read back for analysis."""

from __future__ import annotations

import operator
from collections.abc import Iterable
from datetime import date
from itertools import groupby

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import AbsentLesson
from nurse_desk.storage.orm import AbsenceEntryRow

_COLUMNS = (
    AbsenceEntryRow.pupil_id,
    AbsenceEntryRow.day,
    AbsenceEntryRow.period,
    AbsenceEntryRow.subject,
    AbsenceEntryRow.lessons,
    AbsenceEntryRow.hours,
    AbsenceEntryRow.reported,
    AbsenceEntryRow.excused,
    AbsenceEntryRow.reason,
)


_UPSERT = (
    "INSERT INTO absence_entry"
    " (pupil_id, day, period, subject, lessons, hours, reported, excused, reason)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (pupil_id, day, period, subject) DO UPDATE SET"
    " lessons = excluded.lessons, hours = excluded.hours, reported = excluded.reported,"
    " excused = excluded.excused, reason = excluded.reason"
)
# A school year is ~200,000 rows: a bigger page cache for this unit of work (the vault puts the
# usual size back when it ends) keeps index pages in memory instead of spilling mid-transaction.
_IMPORT_CACHE_KIB = 65536
_KEY = operator.itemgetter(0, 1, 2, 3)
_PUPIL = operator.itemgetter(0)
# Only what the patterns use; in the order of the unique (pupil, day, period, subject) index, so
# SQLite walks that index and never sorts.
_FOR_ANALYSIS = (
    "SELECT pupil_id, day, period = '' AND subject = '', subject, lessons FROM absence_entry"
    " WHERE day >= ?{} ORDER BY pupil_id, day, period, subject"
)
_LEAVE_OUT_EXCUSED = " AND NOT (reported OR excused)"


def save_entries(session: Session, entries: Iterable[AbsenceEntry]) -> int:
    """Insert or update by (pupil, day, period, subject): a re-import never double counts.

    Runs inside the caller's transaction; returns how many entries were given. One executemany
    over plain tuples (dates in SQLAlchemy's ISO text form), no per-row ORM or bind processing.
    """
    values = [
        (
            e.pupil_id,
            e.day.isoformat(),
            e.period,
            e.subject,
            e.lessons,
            e.hours,
            int(e.reported),
            int(e.excused),
            e.reason,
        )
        for e in entries
    ]
    if not values:
        return 0
    values.sort(key=_KEY)  # in key order the unique index grows at its end instead of page by page
    connection = session.connection()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
    connection.exec_driver_sql(_UPSERT, values)
    return len(values)


def count(session: Session) -> int:
    """How many entries the vault holds (an import's new rows = count after - count before)."""
    return session.scalar(select(func.count()).select_from(AbsenceEntryRow)) or 0


def entries(
    session: Session, *, pupil_id: int | None = None, since: date | None = None
) -> list[AbsenceEntry]:
    """Plain tuples, not ORM objects: a school year is ~200,000 rows."""
    query = select(*_COLUMNS).order_by(AbsenceEntryRow.pupil_id, AbsenceEntryRow.day)
    if pupil_id is not None:
        query = query.where(AbsenceEntryRow.pupil_id == pupil_id)
    if since is not None:
        query = query.where(AbsenceEntryRow.day >= since)
    return [AbsenceEntry(*row) for row in session.execute(query)]


def lessons_by_pupil(
    session: Session, *, since: date, include_excused: bool = True
) -> dict[int, list[AbsentLesson]]:
    """Every pupil's absent lessons since `since` as (day, whole day, subject, lessons) tuples,
    for analysing every pupil at once (~200,000 rows a school year).

    Read with the DB-API cursor of the session's own connection (same transaction, same keyed
    connection), skipping SQLAlchemy's per-row processing and one AbsenceEntry per row: this
    was most of the time the analysis of a school year took (bench/absence_analysis.py).
    """
    cursor = session.connection().connection.cursor()
    try:
        cursor.arraysize = 10_000
        cursor.execute(
            _FOR_ANALYSIS.format("" if include_excused else _LEAVE_OUT_EXCUSED),
            (since.isoformat(),),
        )
        rows = cursor.fetchall()
    finally:
        cursor.close()
    days: dict[str, date] = {}
    by_pupil: dict[int, list[AbsentLesson]] = {}
    for pupil_id, group in groupby(rows, key=_PUPIL):
        lessons = []
        for _, text, whole, subject, missed in group:
            day = days.get(text)
            if day is None:
                day = days[text] = date.fromisoformat(text)
            lessons.append((day, bool(whole), subject, missed))
        by_pupil[pupil_id] = lessons
    return by_pupil
