"""One unit of work per user action: one session, one transaction, and the vault's settings
read through it as typed values.

Every use case opens `with unit_of_work(vault) as work:` once and passes `work` (or
`work.session`, for storage's queries) to whatever it calls, so one click reads the vault
once and everything it writes, the access log included, commits or rolls back together.
The settings a service reads are typed here, each with its default, and read at most once
per action; storage/vault_settings.py stays the raw key/value store underneath.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime
from functools import cached_property

from sqlalchemy.orm import Session

from nurse_desk.domain.absence_patterns import InvalidThreshold, Thresholds
from nurse_desk.domain.access_log import NO_NAME, AccessAction
from nurse_desk.domain.consent_rules import NORWAY, SWEDEN
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.journal import Author
from nurse_desk.domain.retention import DEFAULT_RULES, CountedFrom, RetentionRule
from nurse_desk.domain.unsigned_drafts import reminder_days
from nurse_desk.storage import access_log, vault_settings
from nurse_desk.storage.vault import Vault

# The settings' keys in the vault. A missing key reads as the default beside each property.
AUTHOR_NAME = "author_name"
AUTHOR_TITLE = "author_title"
# Holidays, national IDs, seeded partners and templates, who consents, and the language of a
# printout made without a chosen language. Norway until Settings says otherwise.
COUNTRY = "country"
COUNTRIES = (NORWAY, SWEDEN)
# Printouts (visit sheet, agenda) may be seen by others: the nurse chooses whether they show
# initials and year of birth instead of full names, IDs and addresses by default.
PRIVATE_PRINTS = "printing.private_by_default"
# Every print or export about named pupils asks why (the access log keeps the reason); the
# nurse may spare herself the question for her own visit sheet, the one printout she makes
# for nobody but herself. A sheet meant for a partner always asks.
SKIP_REASON_OWN_SHEET = "disclosure.skip_reason_own_visit_sheet"
# Today lists unsigned drafts about conversations more than so many days back.
DRAFT_DAYS = "journal.draft_reminder_days"
# One key per field of domain Thresholds, e.g. "absence.percent".
ABSENCE_PREFIX = "absence."
# The retention rule of each country (Settings → Left school may set the other's as well):
# years, or KEEP for no end, and from when they count.
RETENTION_YEARS = "retention_years_{country}"
RETENTION_FROM = "retention_from_{country}"
KEEP = "keep"
# When a school's classes were last moved up a grade (an ISO date), per school id.
MOVED_UP = "pupils.moved_up.{school_id}"

# Read together the first time one of them is asked for: an action that logs reads both
# names, and most that read the vault also the country (one query instead of three).
_READ_TOGETHER = (COUNTRY, AUTHOR_NAME, AUTHOR_TITLE)


class AuthorMissing(NurseDeskError):
    """Signing needs the nurse's name in Settings first."""


class Work:
    """The session of one user action and the settings it reads, each read once."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @cached_property
    def _read_together(self) -> dict[str, str]:
        return vault_settings.get_many(self.session, _READ_TOGETHER)

    @property
    def country(self) -> str:
        """The vault's country, consent_rules.NORWAY or SWEDEN."""
        return self._read_together.get(COUNTRY, NORWAY)

    @property
    def author_name(self) -> str:
        return self._read_together.get(AUTHOR_NAME, "")

    @property
    def author_title(self) -> str:
        return self._read_together.get(AUTHOR_TITLE, "")

    @property
    def author(self) -> Author:
        """Who signs; AuthorMissing until Settings has a name."""
        if not self.author_name:
            raise AuthorMissing()
        return Author(self.author_name, self.author_title)

    @property
    def actor(self) -> str:
        """Who the access log names: the author, or a placeholder until Settings has a name."""
        return self.author_name or NO_NAME

    @cached_property
    def prints_private(self) -> bool:
        return vault_settings.get(self.session, PRIVATE_PRINTS, "0") == "1"

    @cached_property
    def skips_reason_for_own_sheet(self) -> bool:
        return vault_settings.get(self.session, SKIP_REASON_OWN_SHEET, "0") == "1"

    @cached_property
    def draft_reminder_days(self) -> int:
        return reminder_days(vault_settings.get(self.session, DRAFT_DAYS))

    def log(
        self,
        action: AccessAction,
        pupil_id: int | None,
        detail: str = "",
        at: datetime | None = None,
    ) -> None:
        """An access-log entry naming the nurse, in this unit of work's transaction: it commits
        with the act it records or not at all."""
        access_log.append(
            self.session, actor=self.actor, action=action, pupil_id=pupil_id, detail=detail, at=at
        )

    @cached_property
    def absence_thresholds(self) -> Thresholds:
        """The nurse's thresholds, each falling back to its default (all of them when the
        saved ones do not fit together)."""
        defaults = Thresholds()
        values = {}
        saved = vault_settings.starting_with(self.session, ABSENCE_PREFIX)  # one query
        for item in fields(Thresholds):
            default = getattr(defaults, item.name)
            text = saved.get(ABSENCE_PREFIX + item.name, "")
            try:
                values[item.name] = type(default)(text) if text else default
            except ValueError:
                values[item.name] = default
        try:
            return Thresholds(**values).check()
        except InvalidThreshold:
            return defaults

    def retention_rule(self, country: str) -> RetentionRule:
        """The retention rule kept for `country`, or that country's default."""
        default = DEFAULT_RULES.get(country, DEFAULT_RULES[NORWAY])
        years = vault_settings.get(self.session, RETENTION_YEARS.format(country=country))
        counted = vault_settings.get(self.session, RETENTION_FROM.format(country=country))
        if not years:
            return default
        return RetentionRule(
            None if years == KEEP else int(years),
            CountedFrom(counted) if counted in tuple(CountedFrom) else default.counted_from,
        )

    def moved_up_on(self, school_id: int) -> date | None:
        text = vault_settings.get(self.session, MOVED_UP.format(school_id=school_id))
        return date.fromisoformat(text) if text else None


@contextlib.contextmanager
def unit_of_work(vault: Vault) -> Iterator[Work]:
    """One session and one transaction: committed when the block ends, rolled back when it
    raises."""
    with vault.session() as session, session.begin():
        yield Work(session)
