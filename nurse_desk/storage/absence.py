"""Absence entries: saved in bulk (an import is one transaction) and read back for analysis."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import AbsentLesson
from nurse_desk.storage import changes
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
# 32 MiB saves as fast as 64 MiB did (bench/absence_in_app.py) and adds half as much to memory.
_IMPORT_CACHE_KIB = 32768
_KEY = operator.itemgetter(0, 1, 2, 3)
# Only what the patterns use; in the order of the unique (pupil, day, period, subject) index, so
# SQLite walks that index and never sorts.
_FOR_ANALYSIS = (
    "SELECT pupil_id, day, period = '' AND subject = '', subject, lessons FROM absence_entry"
    " WHERE day >= ?{} ORDER BY pupil_id, day, period, subject"
)
_LEAVE_OUT_EXCUSED = " AND NOT (reported OR excused)"
# One school's pupils: their rows through the unique index (pupil first), not the whole table.
_OF_SCHOOL = " AND pupil_id IN (SELECT id FROM pupil WHERE school_id = ?)"
# "+day": not through the day index, whose every row costs a lookup in the table at a random
# place (1.2 s for a school year with a 2 MB page cache), but one pass over the unique index,
# which holds all four columns (0.2 s, whatever the cache size). Each key is one text, not four
# values: fetching a school year's keys took 0.45 s as tuples, 0.17 s as texts. The period's
# length makes the text unambiguous (the pupil is a number, the day has a fixed form).
_STORED_KEYS = (
    "SELECT pupil_id || ':' || day || ':' || length(period) || ':' || period || subject"
    " FROM absence_entry WHERE +day BETWEEN ? AND ?"
)
_BATCH = 10_000
# Rows written between two progress reports (and chances to cancel): ~40 for a school year.
_CHUNK = 5_000


def save_entries(
    session: Session,
    entries: Iterable[AbsenceEntry],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Insert or update by (pupil, day, period, subject): a re-import never double counts.

    Runs inside the caller's transaction; returns how many entries were given. executemany
    over plain tuples (dates in SQLAlchemy's ISO text form), no per-row ORM or bind processing,
    in chunks of _CHUNK rows with `progress(rows written, total)` after each: an exception
    raised by `progress` (the import dialog's Cancel) stops the writing and leaves the
    caller's transaction to roll back.
    """
    # In key order the unique index grows at its end instead of page by page. Sorted as entries,
    # not as rows: dates compare faster than their ISO text (0.08 s a school year, not 0.14 s).
    entries = sorted(entries, key=_KEY)
    iso = {day: day.isoformat() for day in {entry.day for entry in entries}}  # ~200 days
    # int(): a bool is bound through the adapter lookup, which made executemany 2x slower.
    values = [
        (pupil, iso[day], period, subject, lessons, hours, int(reported), int(excused), reason)
        for pupil, day, period, subject, lessons, hours, reported, excused, reason in entries
    ]
    if not values:
        return 0
    connection = session.connection()
    changes.wrote(connection, "absence_entry")  # pages and the kept analysis read it anew
    cursor = connection.connection.cursor()  # the session's own keyed connection
    try:
        cursor.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
        for start in range(0, len(values), _CHUNK):
            cursor.executemany(_UPSERT, values[start : start + _CHUNK])
            if progress is not None:
                progress(min(start + _CHUNK, len(values)), len(values))
    finally:
        cursor.close()
    return len(values)


def count_stored(session: Session, entries: Sequence[AbsenceEntry]) -> int:
    """How many of `entries` the vault already holds (by pupil, day, period and subject): how
    an import tells new absence from absence it has seen before. The stored rows between the
    entries' first and last day are streamed past the entries' keys in batches, never all held
    at once (a school year is ~200,000 rows); the keys are made only if there are stored rows
    (a first import has none)."""
    if not entries:
        return 0
    days = {day: day.isoformat() for day in {entry.day for entry in entries}}  # ~200 days
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(_STORED_KEYS, (days[min(days)], days[max(days)]))
        known, wanted = 0, None
        while rows := cursor.fetchmany(_BATCH):
            if wanted is None:
                wanted = {
                    (f"{pupil}:{days[day]}:{len(period)}:{period}{subject}",)
                    for pupil, day, period, subject, _, _, _, _, _ in entries
                }
            known += sum(map(wanted.__contains__, rows))  # True counts 1; no Python loop
        return known
    finally:
        cursor.close()


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
    session: Session, *, since: date, include_excused: bool = True, school_id: int | None = None
) -> dict[int, list[AbsentLesson]]:
    """Every pupil's absent lessons since `since` as (day, whole day, subject, lessons) tuples,
    for analysing every pupil at once (~200,000 rows a school year); with `school_id`, that
    school's pupils' only.

    Read with the DB-API cursor of the session's own connection (same transaction, same keyed
    connection), skipping SQLAlchemy's per-row processing and one AbsenceEntry per row: this
    was most of the time the analysis of a school year took (bench/absence_analysis.py).
    Memory: rows are fetched in batches, never the whole year at once, and equal lessons share
    one tuple (a school year has a few thousand distinct day/subject/amount combinations among
    200,000 rows), so a pupil's list holds references, not copies.
    """
    cursor = session.connection().connection.cursor()
    shared: dict[tuple, AbsentLesson] = {}
    by_pupil: dict[int, list[AbsentLesson]] = {}
    try:
        where = ("" if include_excused else _LEAVE_OUT_EXCUSED) + (
            "" if school_id is None else _OF_SCHOOL
        )
        values = (since.isoformat(),) if school_id is None else (since.isoformat(), school_id)
        cursor.execute(_FOR_ANALYSIS.format(where), values)
        current_pupil, current = None, []
        while rows := cursor.fetchmany(_BATCH):
            for row in rows:
                lesson = shared.get(row[1:])
                if lesson is None:
                    lesson = shared[row[1:]] = _lesson(row)
                if row[0] != current_pupil:  # rows come ordered by pupil
                    current_pupil, current = row[0], []
                    by_pupil[current_pupil] = current
                current.append(lesson)
    finally:
        cursor.close()
    return by_pupil


def _lesson(row: tuple) -> AbsentLesson:
    _, text, whole, subject, missed = row
    return (date.fromisoformat(text), bool(whole), subject, missed)
