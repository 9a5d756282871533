"""Opening a pupil's page (logged), the pupil page's data, and the access log itself."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar
from weakref import WeakKeyDictionary

from nurse_desk.domain.access_log import (
    AccessAction,
    AccessEntry,
    AnchorPlace,
    CheckedChain,
    LogAnchor,
    LogFilter,
    LogFinding,
)
from nurse_desk.domain.consent import CONSENTS_ON_TIMELINE, ConsentRecord
from nurse_desk.domain.follow_ups import DueFollowUp
from nurse_desk.domain.home_visits import VISITS_ON_TIMELINE, VisitSummary
from nurse_desk.domain.journal import NOTES_ON_TIMELINE, NoteRecord
from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import REFERRALS_ON_TIMELINE, ReferralRecord
from nurse_desk.domain.timeline import TimelineItem, TimelineKind, build_timeline
from nurse_desk.services.follow_up_work import open_of_pupil
from nurse_desk.services.partners import seed_once
from nurse_desk.services.timeline_parts import timeline_sources
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import access_log, measures, pupils
from nurse_desk.storage import partners as partner_store
from nurse_desk.storage.vault import Vault

R = TypeVar("R")


class _PartRecords(Generic[R]):
    """One timeline part's records on the page, read as an attribute (`page.visits`)."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __get__(self, page: PupilPage, _owner: object = None) -> tuple[R, ...]:
        return page.records.get(self._key, ())


@dataclass(frozen=True, slots=True)
class PupilPage:
    pupil: PupilRecord
    timeline: tuple[TimelineItem, ...]
    # each timeline part's records, by the part's key (services/timeline_parts.py)
    records: Mapping[str, tuple[Any, ...]]
    # the record each timeline item is about, by (kind, ref_id)
    about: Mapping[tuple[TimelineKind, int], Any]
    follow_ups: tuple[DueFollowUp, ...] = ()  # the open ones, by the next date to do
    # note id -> the measures that note cites (notes citing none are left out)
    measures: Mapping[int, tuple[MeasureRecord, ...]] = field(default_factory=dict)

    def record_of(self, item: TimelineItem) -> Any:
        return self.about[(item.kind, item.ref_id)]

    # The parts' records that the page and its callers name (the referrals panel, the notes'
    # measures); a new part's records are read by its key.
    notes: ClassVar[_PartRecords[NoteRecord]] = _PartRecords(NOTES_ON_TIMELINE.key)
    consents: ClassVar[_PartRecords[ConsentRecord]] = _PartRecords(CONSENTS_ON_TIMELINE.key)
    visits: ClassVar[_PartRecords[VisitSummary]] = _PartRecords(VISITS_ON_TIMELINE.key)
    referrals: ClassVar[_PartRecords[ReferralRecord]] = _PartRecords(REFERRALS_ON_TIMELINE.key)


def open_pupil_page(vault: Vault, pupil_id: int, *, log_access: bool = True) -> PupilPage:
    """Everything on the pupil's page, in one unit of work with a bounded number of queries
    however long the record; opening it is logged in the same transaction (a reload after the
    nurse's own edit on the open page is not a new access)."""
    sources = timeline_sources()
    with unit_of_work(vault) as work:
        pupil = pupils.get_pupil(work.session, pupil_id)
        today = date.today()
        read = [(source.part, tuple(source.read(work, pupil_id, today))) for source in sources]
        open_follow_ups = open_of_pupil(work.session, pupil_id, today)
        cited = measures.cited_in_notes_of_pupil(work.session, pupil_id)
        if log_access:
            work.log(
                action=AccessAction.OPEN_PUPIL,
                pupil_id=pupil_id,
            )
    timeline = tuple(build_timeline(read))
    by_id = {part.key: {part.id_of(r): r for r in found} for part, found in read}
    part_of = {kind: part.key for part, _ in read for kind in part.kinds}
    return PupilPage(
        pupil,
        timeline,
        {part.key: found for part, found in read},
        {(item.kind, item.ref_id): by_id[part_of[item.kind]][item.ref_id] for item in timeline},
        tuple(open_follow_ups),
        {note_id: tuple(found) for note_id, found in cited.items()},
    )


def log_shown(
    vault: Vault, pupil_ids: Iterable[int], *, action: AccessAction, detail: str = ""
) -> None:
    """Pupils a list or a search showed: one entry each (each in order, once), in one unit of
    work. `detail` names what showed them (e.g. "pupils list"), never what was searched."""
    shown = list(dict.fromkeys(pupil_ids))
    if not shown:
        return
    with unit_of_work(vault) as work:
        access_log.append_for_each(
            work.session, actor=work.actor, action=action, pupil_ids=shown, detail=detail
        )


def log_entries(
    vault: Vault,
    *,
    pupil_id: int | None = None,
    action: AccessAction | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AccessEntry]:
    with unit_of_work(vault) as work:
        return access_log.entries(
            work.session, pupil_id=pupil_id, action=action, since=since, until=until, limit=limit
        )


@dataclass(frozen=True, slots=True)
class LogOpening:
    """What the access log's window shows as it opens: every pupil's name to choose from
    (id -> "Family, Given", by name), the partners' names for the entries' details, the
    chain's finding (None: intact), and the first page of the chosen entries of `total`."""

    names: dict[int, str]
    partners: dict[int, str]
    finding: LogFinding | None
    entries: list[AccessEntry]
    total: int


def open_log(vault: Vault, chosen: LogFilter, limit: int) -> LogOpening:
    """The access log's window as it opens, in one unit of work; the chain is checked as by
    check_log_on (from where the last check in this unlock ended)."""
    with unit_of_work(vault) as work:
        session = work.session
        names = {pid: f"{family}, {given}" for pid, family, given in pupils.names(session)}
        seed_once(work)
        partners = {p.id: p.name for p in partner_store.all_partners(session)}
        finding, reached = access_log.check_chain(session, None, _checked.get(vault))
        entries = access_log.newest(session, chosen, after=None, limit=limit)
        total = access_log.count(session, chosen)
    _note_checked(vault, reached)
    return LogOpening(names, partners, finding, entries, total)


def first_log_page(vault: Vault, chosen: LogFilter, limit: int) -> tuple[list[AccessEntry], int]:
    """The newest `limit` of the chosen entries, and how many are chosen in all."""
    with unit_of_work(vault) as work:
        return (
            access_log.newest(work.session, chosen, after=None, limit=limit),
            access_log.count(work.session, chosen),
        )


def next_log_page(
    vault: Vault, chosen: LogFilter, after: AccessEntry, limit: int
) -> list[AccessEntry]:
    """The `limit` chosen entries after `after`, newest first (as the nurse scrolls on)."""
    with unit_of_work(vault) as work:
        return access_log.newest(work.session, chosen, after=after, limit=limit)


def verify_log(vault: Vault) -> int | None:
    """The id of the first entry that was altered, removed or reordered, or None if sound."""
    finding = check_log(vault)
    if finding is None or finding.place is not AnchorPlace.CHAIN:
        return None
    return finding.entry


# How far each unlocked vault's chain was found sound, by the whole check after the unlock
# or a later one (an unlock makes a new Vault, so this is per unlock).
_checked: WeakKeyDictionary[Vault, CheckedChain] = WeakKeyDictionary()


def check_log(vault: Vault, outside: LogAnchor | None = None) -> LogFinding | None:
    """The chain entry by entry, then the vault's anchor and the one kept outside (if given)."""
    with unit_of_work(vault) as work:
        finding, reached = access_log.check_chain(work.session, outside)
    _note_checked(vault, reached)
    return finding


def check_log_on(vault: Vault) -> LogFinding | None:
    """As check_log, hashing only the entries written since the last check in this unlock
    (see storage.access_log.check_chain): the access log's window checks at every opening
    without hashing a year's entries again."""
    with unit_of_work(vault) as work:
        finding, reached = access_log.check_chain(work.session, None, _checked.get(vault))
    _note_checked(vault, reached)
    return finding


def _note_checked(vault: Vault, reached: CheckedChain | None) -> None:
    if reached is None:
        _checked.pop(vault, None)
    else:
        _checked[vault] = reached
