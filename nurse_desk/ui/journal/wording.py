"""The nurse's words for domain values (kinds, topics, purposes…), translated through Qt."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentState
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.ui.common import dates
from nurse_desk.ui.common.dates import date_text

_WORDS = {
    NoteKind.PLANNED: QT_TRANSLATE_NOOP("Wording", "Planned conversation"),
    NoteKind.DROP_IN: QT_TRANSLATE_NOOP("Wording", "On request / drop-in"),
    NoteKind.PHONE: QT_TRANSLATE_NOOP("Wording", "Phone call"),
    NoteKind.GROUP: QT_TRANSLATE_NOOP("Wording", "Group conversation"),
    NoteKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Wording", "Follow-up"),
    NoteKind.HOME_VISIT: QT_TRANSLATE_NOOP("Wording", "Home visit"),
    Topic.WELLBEING: QT_TRANSLATE_NOOP("Wording", "Wellbeing"),
    Topic.BULLYING: QT_TRANSLATE_NOOP("Wording", "Bullying"),
    Topic.ABSENCE: QT_TRANSLATE_NOOP("Wording", "Absence"),
    Topic.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Wording", "Mental health"),
    Topic.PHYSICAL_HEALTH: QT_TRANSLATE_NOOP("Wording", "Physical health"),
    Topic.SLEEP: QT_TRANSLATE_NOOP("Wording", "Sleep"),
    Topic.NUTRITION: QT_TRANSLATE_NOOP("Wording", "Nutrition"),
    Topic.ACTIVITY: QT_TRANSLATE_NOOP("Wording", "Physical activity"),
    Topic.SUBSTANCES: QT_TRANSLATE_NOOP("Wording", "Alcohol and drugs"),
    Topic.SEXUAL_HEALTH: QT_TRANSLATE_NOOP("Wording", "Sexual health"),
    Topic.VIOLENCE_NEGLECT: QT_TRANSLATE_NOOP("Wording", "Violence, abuse, neglect"),
    Topic.OTHER: QT_TRANSLATE_NOOP("Wording", "Other"),
    ConsentGiver.PUPIL: QT_TRANSLATE_NOOP("Wording", "The pupil"),
    ConsentGiver.GUARDIAN: QT_TRANSLATE_NOOP("Wording", "A guardian"),
    ConsentGiver.BOTH: QT_TRANSLATE_NOOP("Wording", "Pupil and guardian"),
    ConsentPurpose.TELL_SCHOOL: QT_TRANSLATE_NOOP("Wording", "Tell the principal or teacher"),
    ConsentPurpose.CONTACT_PARTNER: QT_TRANSLATE_NOOP("Wording", "Contact a named partner"),
    ConsentPurpose.HOME_VISIT: QT_TRANSLATE_NOOP("Wording", "Home visit"),
    ConsentPurpose.TRANSFER_RECORDS: QT_TRANSLATE_NOOP(
        "Wording", "Transfer records from child health care"
    ),
    ConsentPurpose.OTHER: QT_TRANSLATE_NOOP("Wording", "Other"),
    ConsentMethod.ORAL: QT_TRANSLATE_NOOP("Wording", "Oral"),
    ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("Wording", "Written"),
    ConsentState.ACTIVE: QT_TRANSLATE_NOOP("Wording", "Active"),
    ConsentState.NOT_YET_VALID: QT_TRANSLATE_NOOP("Wording", "Not yet valid"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("Wording", "Expired"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("Wording", "Withdrawn"),
    AccessAction.OPEN_PUPIL: QT_TRANSLATE_NOOP("Wording", "Opened the pupil's page"),
    AccessAction.SIGN: QT_TRANSLATE_NOOP("Wording", "Signed a note"),
    AccessAction.AMEND: QT_TRANSLATE_NOOP("Wording", "Amended a note"),
    AccessAction.PRINT: QT_TRANSLATE_NOOP("Wording", "Printed"),
    AccessAction.EXPORT: QT_TRANSLATE_NOOP("Wording", "Exported"),
    AccessAction.CONSENT_RECORDED: QT_TRANSLATE_NOOP("Wording", "Recorded a consent"),
    AccessAction.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("Wording", "Recorded a withdrawal"),
    AccessAction.SHARE_REFUSED: QT_TRANSLATE_NOOP("Wording", "Sharing stopped: no consent"),
    AccessAction.DISCLOSE: QT_TRANSLATE_NOOP("Wording", "Disclosed to a partner (referral)"),
    AccessAction.IMPORT: QT_TRANSLATE_NOOP("Wording", "Import or bulk change"),
    AccessAction.PROTECT: QT_TRANSLATE_NOOP("Wording", "Marked protected identity"),
    AccessAction.UNPROTECT: QT_TRANSLATE_NOOP("Wording", "Removed protected identity"),
    AccessAction.SHOW_ADDRESS: QT_TRANSLATE_NOOP("Wording", "Showed the protected address"),
    AccessAction.HAND_OVER: QT_TRANSLATE_NOOP("Wording", "Handed the record over"),
    AccessAction.RECEIVED: QT_TRANSLATE_NOOP("Wording", "Received a handed-over record"),
    AccessAction.ARCHIVED: QT_TRANSLATE_NOOP("Wording", "Deposited in the archive"),
    AccessAction.REMOVED: QT_TRANSLATE_NOOP("Wording", "Removed for good after retention"),
    AccessAction.SEARCH: QT_TRANSLATE_NOOP("Wording", "Shown by a note search"),
    AccessAction.LIST: QT_TRANSLATE_NOOP("Wording", "Shown by a list on the command line"),
    AccessAction.DISCARD_DRAFT: QT_TRANSLATE_NOOP("Wording", "Discarded an unsigned draft"),
    AccessAction.UNLOCK_FAILED: QT_TRANSLATE_NOOP("Wording", "Failed unlocks"),
    AccessAction.LOG_FINDING: QT_TRANSLATE_NOOP("Wording", "Log cut short or rewritten"),
    AccessAction.RESTORE: QT_TRANSLATE_NOOP("Wording", "Restored from a backup"),
}


def word(value: object) -> str:
    return QCoreApplication.translate("Wording", _WORDS[value])


def day_text(day: date) -> str:
    """The one date style of the windows (ui/common/dates.py)."""
    return date_text(day)


def moment_text(moment: datetime) -> str:
    return dates.moment_text(moment)
