"""Health conversations (docs/CARE-RULES.md, "Health conversations"): kinds, topics, and the
rule that a signed note is never rewritten, only amended."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.records import happened_day_problem
from nurse_desk.domain.timeline import TimelineItem, TimelineKind, TimelinePart

MAX_TEXT = 20_000  # characters per text field: a long conversation, never a pasted document
MAX_SHORT = 500
# A draft may run past the signing limits: what the nurse typed is always kept, even while it is
# too long to sign, so closing the editor never throws words away. Signing keeps the limits
# above. The draft limits only stop a pasted document (or a stuck key) from filling the vault.
MAX_DRAFT_TEXT = 5 * MAX_TEXT
MAX_DRAFT_SHORT = 5 * MAX_SHORT


class NoteKind(StrEnum):
    PLANNED = "planned"
    DROP_IN = "drop_in"
    PHONE = "phone"
    GROUP = "group"
    FOLLOW_UP = "follow_up"
    HOME_VISIT = "home_visit"


class Topic(StrEnum):
    """The topics the guideline names for a health conversation, in its order."""

    WELLBEING = "wellbeing"
    BULLYING = "bullying"
    ABSENCE = "absence"
    MENTAL_HEALTH = "mental_health"
    PHYSICAL_HEALTH = "physical_health"
    SLEEP = "sleep"
    NUTRITION = "nutrition"
    ACTIVITY = "activity"
    SUBSTANCES = "substances"
    SEXUAL_HEALTH = "sexual_health"
    VIOLENCE_NEGLECT = "violence_neglect"
    OTHER = "other"


class NoteLocked(NurseDeskError):
    """A signed note cannot be edited or deleted; write an amendment instead."""


class TextTooLong(NurseDeskError):
    def __init__(self, field_name: str, limit: int) -> None:
        super().__init__(f"{field_name} longer than {limit} characters")
        self.field_name = field_name
        self.limit = limit


class NoteDateOutOfRange(NurseDeskError):
    """A note is signed for a conversation that took place: not dated after today or before the
    pupil was born (reason "after_today" or "before_birth", see happened_day_problem). A draft
    may hold such a date, so that nothing typed is lost while the nurse corrects it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_occurred(occurred_at: datetime, born: date, now: datetime) -> None:
    """The day counts, not the minute: a time later today is a slip of no weight in the record."""
    if reason := happened_day_problem(occurred_at.date(), born, now.date()):
        raise NoteDateOutOfRange(reason)


class MissingReason(NurseDeskError):
    """An amendment needs a reason."""


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """What the nurse types; saved as a draft until she signs."""

    pupil_id: int
    occurred_at: datetime
    kind: NoteKind
    topics: frozenset[Topic] = field(default_factory=frozenset)
    participants: str = ""
    conversation: str = ""
    assessment: str = ""
    actions: str = ""
    follow_up_needed: bool = False

    @property
    def is_blank(self) -> bool:
        """Nothing written, no topic ticked, no follow-up asked for: no note at all (the time
        and kind alone say nothing about the pupil)."""
        texts = (self.participants, self.conversation, self.assessment, self.actions)
        return not any(t.strip() for t in texts) and not self.topics and not self.follow_up_needed

    def check(self) -> None:
        """The limits for keeping a draft; see MAX_DRAFT_TEXT."""
        check_lengths(self, DRAFT_LIMITS)


SIGNING_LIMITS = {
    "participants": MAX_SHORT,
    "conversation": MAX_TEXT,
    "assessment": MAX_TEXT,
    "actions": MAX_TEXT,
}
DRAFT_LIMITS = {
    "participants": MAX_DRAFT_SHORT,
    "conversation": MAX_DRAFT_TEXT,
    "assessment": MAX_DRAFT_TEXT,
    "actions": MAX_DRAFT_TEXT,
}


def check_lengths(note: NoteDraft | NoteRecord, limits: dict[str, int]) -> None:
    """Raises TextTooLong for the first field (in the editor's order) over its limit."""
    for name, limit in limits.items():
        if len(getattr(note, name)) > limit:
            raise TextTooLong(name, limit)


def check_signable(note: NoteDraft | NoteRecord) -> None:
    """A signed note keeps the signing limits, whatever its draft was allowed to hold."""
    check_lengths(note, SIGNING_LIMITS)


@dataclass(frozen=True, slots=True)
class AmendmentRecord:
    id: int
    written_at: datetime
    author: str
    author_title: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: int
    pupil_id: int
    occurred_at: datetime
    kind: NoteKind
    topics: frozenset[Topic]
    participants: str
    conversation: str
    assessment: str
    actions: str
    follow_up_needed: bool
    signed_at: datetime | None
    signed_by: str
    signed_title: str
    amendments: tuple[AmendmentRecord, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


def check_unsigned(signed_at: datetime | None) -> None:
    """A signed note is locked for good: it is not edited, deleted or signed again (NoteLocked);
    a correction is an amendment beside it. The vault's triggers hold the same rule."""
    if signed_at is not None:
        raise NoteLocked()


def check_amendment(reason: str, text: str) -> None:
    if not reason.strip():
        raise MissingReason()
    if len(reason) > MAX_SHORT:
        raise TextTooLong("reason", MAX_SHORT)
    if len(text) > MAX_TEXT:
        raise TextTooLong("text", MAX_TEXT)


@dataclass(frozen=True, slots=True)
class NoteTemplate:
    """A note the nurse starts from again and again (e.g. "first-grade conversation")."""

    id: int
    name: str
    kind: NoteKind
    topics: frozenset[Topic]
    conversation: str = ""
    assessment: str = ""
    actions: str = ""


def _note_items(notes: Sequence[NoteRecord]) -> Iterable[TimelineItem]:
    for note in notes:
        yield TimelineItem(note.occurred_at, TimelineKind.NOTE, note.id)
        # an amendment's item is about its note: the note is what it shows
        for amendment in note.amendments:
            yield TimelineItem(amendment.written_at, TimelineKind.AMENDMENT, note.id)


NOTES_ON_TIMELINE = TimelinePart(
    "notes", (TimelineKind.NOTE, TimelineKind.AMENDMENT), _note_items, lambda note: note.id
)
