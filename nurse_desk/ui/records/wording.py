"""The nurse's words for hand-over and retention errors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.retention import NoSuchPupil, RemovalRefused
from nurse_desk.services.hand_over import HandOverReasonMissing
from nurse_desk.services.open_export import ExportNotReadable

_REFUSED = {
    "still_at_school": QT_TRANSLATE_NOOP(
        "Records",
        "The pupil is still at school: only the record of a pupil who left is deposited or "
        "removed.",
    ),
    "not_archived": QT_TRANSLATE_NOOP(
        "Records", "Deposit the record in the archive first; only then can the pupil be removed."
    ),
    "kept": QT_TRANSLATE_NOOP(
        "Records",
        "The retention rule in Settings keeps these records: the pupil cannot be removed.",
    ),
    "too_early": QT_TRANSLATE_NOOP(
        "Records", "The retention time has not passed yet: the pupil cannot be removed."
    ),
}
_NO_SUCH_PUPIL = QT_TRANSLATE_NOOP("Records", "There is no pupil with this number in the vault.")
_REASON_MISSING = QT_TRANSLATE_NOOP(
    "Records", "Write why the record is handed over (for example, the pupil moved)."
)
_NOT_A_RECORD = QT_TRANSLATE_NOOP(
    "Records", "The file is not one pupil's handed-over record; nothing was imported."
)


def _t(source: str) -> str:
    return QCoreApplication.translate("Records", source)


def records_message(error: BaseException) -> str | None:
    """The words for a hand-over or retention error, None for any other error."""
    if isinstance(error, RemovalRefused):
        return _t(_REFUSED.get(error.reason, _REFUSED["too_early"]))
    if isinstance(error, NoSuchPupil):
        return _t(_NO_SUCH_PUPIL)
    if isinstance(error, HandOverReasonMissing):
        return _t(_REASON_MISSING)
    if isinstance(error, ExportNotReadable) and error.reason == "not_record":
        return _t(_NOT_A_RECORD)
    return None
