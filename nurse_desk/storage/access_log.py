"""Appending to, reading and checking the keyed, chained access log (append-only by trigger).

The vault keeps two things beside the log: in its settings, the log's key (random, made when
the log was first keyed, so a passphrase change keeps the chain), and in a one-row table the
log's anchor (the number of entries and the last hash), which every append moves on and every
backup carries."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from sqlalchemy import Row, func, insert, select, tuple_
from sqlalchemy.orm import Session

from nurse_desk.domain.access_log import (
    EMPTY_LOG,
    GENESIS,
    WHOLE_VAULT,
    AccessAction,
    AccessEntry,
    AnchorPlace,
    CheckedChain,
    LogAnchor,
    LogFilter,
    LogFinding,
    LogProblem,
    chain_hash,
    compare_with_anchor,
    first_broken_entry,
)
from nurse_desk.storage import vault_settings
from nurse_desk.storage.orm import AccessLogAnchorRow, AccessLogRow

KEY_SETTING = "access_log.key"


def append(
    session: Session,
    *,
    actor: str,
    action: AccessAction,
    pupil_id: int | None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Inside the caller's transaction, so the entry and the act it records commit together.

    `detail` holds ids and kinds only (e.g. "note 12"), never health text.
    """
    append_for_each(session, actor=actor, action=action, pupil_ids=[pupil_id], detail=detail, at=at)


def append_for_each(
    session: Session,
    *,
    actor: str,
    action: AccessAction,
    pupil_ids: Iterable[int | None],
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """One entry per pupil shown (a search, a list), so each pupil's own log shows it; the
    chain and the anchor are read and written once for all of them."""
    at = at or datetime.now()
    key = log_key(session)
    previous = session.scalar(select(AccessLogRow.hash).order_by(AccessLogRow.id.desc()).limit(1))
    previous = previous or GENESIS
    anchor = session.get(AccessLogAnchorRow, 1)
    if anchor is None:  # a log older than its anchor: count it once
        count = session.scalar(select(func.count()).select_from(AccessLogRow)) or 0
        anchor = AccessLogAnchorRow(id=1, entries=count, head="")
        session.add(anchor)
    rows = []
    for pupil_id in pupil_ids:
        previous = chain_hash(previous, at, actor, action.value, pupil_id, detail, key=key)
        rows.append(
            {
                "at": at,
                "actor": actor,
                "action": action.value,
                "pupil_id": pupil_id,
                "detail": detail,
                "hash": previous,
            }
        )
    if not rows:
        return
    # One executemany on the table: a search or a list may show a few hundred pupils, and ORM
    # objects for each entry cost more than the search itself (so does the ORM's bulk insert,
    # which still prepares every row).
    session.execute(insert(AccessLogRow.__table__), rows)
    anchor.entries += len(rows)
    anchor.head = previous
    session.flush()


def append_import(session: Session, *, actor: str, detail: str) -> None:
    """An import or bulk change touches many pupils: one entry with counts, no pupil, no names."""
    append(session, actor=actor, action=AccessAction.IMPORT, pupil_id=None, detail=detail)


def log_key(session: Session) -> bytes:
    """The log's HMAC key, made on first use (a vault is given one by its migration)."""
    text = vault_settings.get(session, KEY_SETTING)
    if not text:
        text = secrets.token_hex(32)
        vault_settings.put(session, KEY_SETTING, text)
    return bytes.fromhex(text)


def current_anchor(session: Session) -> LogAnchor:
    """The log as it is now: its number of entries and its last hash."""
    count = session.scalar(select(func.count()).select_from(AccessLogRow)) or 0
    head = session.scalar(select(AccessLogRow.hash).order_by(AccessLogRow.id.desc()).limit(1))
    return LogAnchor(count, head or "") if count else EMPTY_LOG


def vault_anchor(session: Session) -> LogAnchor | None:
    row = session.get(AccessLogAnchorRow, 1)
    return None if row is None else LogAnchor(row.entries, row.head)


def compare_anchors(session: Session, outside: LogAnchor | None) -> LogFinding | None:
    """The vault's own anchor, then the one kept outside (if any), against the log: two
    cheap reads each, so an unlock can afford it."""
    count = session.scalar(select(func.count()).select_from(AccessLogRow)) or 0
    return _compare_anchors(session, outside, count, lambda place: _hash_at(session, place))


def _compare_anchors(
    session: Session, outside: LogAnchor | None, count: int, hash_at: Callable[[int], str | None]
) -> LogFinding | None:
    """As compare_anchors, the log's `count` known and `hash_at(place)` its place-th hash."""
    inside = vault_anchor(session)
    if inside is None and count:  # the anchor removed while the log has entries
        return LogFinding(LogProblem.REWRITTEN, 1, AnchorPlace.VAULT)
    for anchor, place in ((inside, AnchorPlace.VAULT), (outside, AnchorPlace.SETTINGS)):
        if anchor is None:
            continue
        finding = compare_with_anchor(count, hash_at(anchor.count), anchor, place)
        if finding is not None:
            return finding
    return None


def find_problem(session: Session, outside: LogAnchor | None) -> LogFinding | None:
    """The whole check: every entry's keyed hash, then both anchors. The first problem found."""
    return check_chain(session, outside)[0]


def check_chain(
    session: Session, outside: LogAnchor | None, checked: CheckedChain | None = None
) -> tuple[LogFinding | None, CheckedChain | None]:
    """The first problem found (keyed hashes, then both anchors), and how far the chain is
    now known sound (None after a problem).

    With `checked` (how far a check earlier in this unlock found it sound), only the entries
    from it on are read and those after it hashed, once the log is seen to still end there as
    it did (the same hash at the same entry) and to hold as many entries before it (SQLite's
    count of the table through its smallest index, which reads no entry); else every entry
    is read and hashed. A removed or added entry is thus found at once; an entry edited in
    place while the vault is unlocked is found by the whole check that every unlock and
    `nurse-desk check` run (docs/SECURITY.md, "The access log").

    Read as plain rows, not records: an action this app does not know (written behind its
    back) is a broken entry to report, not an error to fall over."""
    if checked is not None:
        went_on = _go_on_from(session, outside, checked)
        if went_on is not None:
            return went_on
    listed = session.execute(select(*_CHAIN_COLUMNS).order_by(AccessLogRow.id)).all()
    if listed:
        broken = _first_broken(session, listed, GENESIS)
        if broken is not None:
            return LogFinding(LogProblem.BROKEN_CHAIN, broken, AnchorPlace.CHAIN), None
    reached = CheckedChain(len(listed), listed[-1].id, listed[-1].hash) if listed else None
    finding = _compare_anchors(
        session, outside, len(listed), lambda place: _place_in(listed, place)
    )
    return finding, None if finding is not None else reached


def _go_on_from(
    session: Session, outside: LogAnchor | None, checked: CheckedChain
) -> tuple[LogFinding | None, CheckedChain | None] | None:
    """The check from the end of the last one (see check_chain), or None when the log no
    longer ends there as it did: the whole check is then needed."""
    from_end = session.execute(
        select(*_CHAIN_COLUMNS).where(AccessLogRow.id >= checked.entry).order_by(AccessLogRow.id)
    ).all()
    if not from_end or (from_end[0].id, from_end[0].hash) != (checked.entry, checked.head):
        return None
    count = session.scalar(select(func.count()).select_from(AccessLogRow)) or 0
    added = from_end[1:]
    if count != checked.count + len(added):  # an entry before the end removed or added
        return None
    if added:
        broken = _first_broken(session, added, checked.head)
        if broken is not None:
            return LogFinding(LogProblem.BROKEN_CHAIN, broken, AnchorPlace.CHAIN), None
    reached = CheckedChain(count, from_end[-1].id, from_end[-1].hash)

    def hash_at(place: int) -> str | None:
        if place >= checked.count:  # at the end checked before, or after it: read just now
            return _place_in(from_end, place - checked.count + 1)
        return _hash_at(session, place)

    finding = _compare_anchors(session, outside, count, hash_at)
    return finding, None if finding is not None else reached


def _first_broken(session: Session, listed: Sequence[Row], previous: str) -> int | None:
    text = vault_settings.get(session, KEY_SETTING)
    if not _is_key(text):
        return listed[0].id
    return first_broken_entry(listed, bytes.fromhex(text), previous)


def _place_in(listed: Sequence[Row], place: int) -> str | None:
    """The hash of the place-th of `listed` (1 = the first), or None if there is none."""
    return listed[place - 1].hash if 1 <= place <= len(listed) else None


_CHAIN_COLUMNS = (
    AccessLogRow.id,
    AccessLogRow.at,
    AccessLogRow.actor,
    AccessLogRow.action,
    AccessLogRow.pupil_id,
    AccessLogRow.detail,
    AccessLogRow.hash,
)


def _is_key(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def _hash_at(session: Session, place: int) -> str | None:
    """The hash of the place-th entry (1 = the first), or None if there is none."""
    if place < 1:
        return None
    return session.scalar(
        select(AccessLogRow.hash).order_by(AccessLogRow.id).offset(place - 1).limit(1)
    )


def entries(
    session: Session,
    *,
    pupil_id: int | None = None,
    action: AccessAction | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AccessEntry]:
    query = _chosen(select(AccessLogRow), LogFilter(pupil_id, action, since, until))
    query = query.order_by(AccessLogRow.id)
    if limit is not None:
        query = query.order_by(None).order_by(AccessLogRow.id.desc()).limit(limit)
    rows = session.scalars(query).all()
    result = [_record(row) for row in rows]
    return sorted(result, key=lambda entry: entry.id)


def newest(
    session: Session, chosen: LogFilter, *, after: AccessEntry | None, limit: int
) -> list[AccessEntry]:
    """Up to `limit` of the chosen entries, newest first by time (an entry can be written
    with an earlier time than the one before it), starting after `after` in that order: a
    list reads what it shows, a page at a time, not a year's log at once."""
    query = _chosen(select(*_CHAIN_COLUMNS), chosen)
    if after is not None:
        query = query.where(tuple_(AccessLogRow.at, AccessLogRow.id) < (after.at, after.id))
    query = query.order_by(AccessLogRow.at.desc(), AccessLogRow.id.desc()).limit(limit)
    actions = {action.value: action for action in AccessAction}
    return [
        AccessEntry(row.id, row.at, row.actor, actions[row.action], row.pupil_id, row.detail,
                    row.hash)
        for row in session.execute(query).all()
    ]  # fmt: skip


def count(session: Session, chosen: LogFilter) -> int:
    return session.scalar(_chosen(select(func.count()).select_from(AccessLogRow), chosen)) or 0


def _chosen(query, chosen: LogFilter):
    if chosen.pupil_id is not None:
        # A pupil's log also shows each export of the whole vault: it took her data too.
        query = query.where(
            (AccessLogRow.pupil_id == chosen.pupil_id)
            | (
                AccessLogRow.pupil_id.is_(None)
                & (AccessLogRow.action == AccessAction.EXPORT.value)
                & AccessLogRow.detail.startswith(f"{WHOLE_VAULT},", autoescape=True)
            )
        )
    if chosen.action is not None:
        query = query.where(AccessLogRow.action == chosen.action.value)
    if chosen.since is not None:
        query = query.where(AccessLogRow.at >= chosen.since)
    if chosen.until is not None:
        query = query.where(AccessLogRow.at < chosen.until)
    return query


def _record(row: AccessLogRow) -> AccessEntry:
    return AccessEntry(
        row.id, row.at, row.actor, AccessAction(row.action), row.pupil_id, row.detail, row.hash
    )
