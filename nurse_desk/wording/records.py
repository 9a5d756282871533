"""Words for the errors of handing a record over, and of the retention of records."""

from __future__ import annotations

from nurse_desk.domain.retention import NoSuchPupil, RemovalRefused
from nurse_desk.services.hand_over import DraftsNotSigned, HandOverReasonMissing
from nurse_desk.wording import QT_TRANSLATE_NOOP
from nurse_desk.wording.table import Messages, by_reason, fixed

_REFUSED = {
    "still_at_school": QT_TRANSLATE_NOOP(
        "Records",
        "The pupil is still at school: only the record of a pupil who left is deposited or "
        "removed.",
    ),
    "not_archived": QT_TRANSLATE_NOOP(
        "Records", "Deposit the record in the archive first; only then can the pupil be removed."
    ),
    "changed_since_deposit": QT_TRANSLATE_NOOP(
        "Records",
        "The record has changed since it was deposited: deposit it again, so the archive holds "
        "all of it; only then can the pupil be removed.",
    ),
    "kept": QT_TRANSLATE_NOOP(
        "Records",
        "The retention rule in Settings keeps these records: the pupil cannot be removed.",
    ),
    "too_early": QT_TRANSLATE_NOOP(
        "Records", "The retention time has not passed yet: the pupil cannot be removed."
    ),
}
# A file that is not one pupil's handed-over record is an ExportNotReadable("not_record"),
# worded with the other unreadable exports (wording/figures.py).
NOT_A_RECORD = QT_TRANSLATE_NOOP(
    "Records", "The file is not one pupil's handed-over record; nothing was imported."
)

MESSAGES: Messages = {
    RemovalRefused: by_reason(_REFUSED, "too_early", "Records"),
    NoSuchPupil: fixed(
        QT_TRANSLATE_NOOP("Records", "There is no pupil with this number in the vault."), "Records"
    ),
    DraftsNotSigned: fixed(
        QT_TRANSLATE_NOOP(
            "Records",
            "Some of the pupil's notes are drafts. Sign them or discard them first: the nurse "
            "who receives the record could only sign them in her own name. Nothing was written.",
        ),
        "Records",
    ),
    HandOverReasonMissing: fixed(
        QT_TRANSLATE_NOOP(
            "Records", "Write why the record is handed over (for example, the pupil moved)."
        ),
        "Records",
    ),
}
