"""Every kind of detail the app writes into the access log, as it writes it, with the kind the
domain reads it as: shared by the domain's, the printout's and the window's tests, so a detail
worded on one side only shows up as a failure."""

from __future__ import annotations

from datetime import datetime

from nurse_desk.domain.access_log import (
    WHOLE_VAULT,
    AnchorPlace,
    FailedUnlocks,
    LogFinding,
    LogProblem,
)
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.disclosure import with_reason

_UNLOCKS = FailedUnlocks(3, datetime(2026, 11, 2, 8, 15), datetime(2026, 11, 2, 8, 20))

# (the stored detail, the kind it reads as), each beside what writes it.
STORED: tuple[tuple[str, DetailKind], ...] = (
    ("", DetailKind.NOTHING),  # services.access (a page opened), services.protected_identity
    ("absence", DetailKind.ABSENCE_CHARTS),  # services.absence
    ("absence flags", DetailKind.ABSENCE_LIST),  # commands.absence
    ("note search", DetailKind.NOTE_SEARCH),  # services.journal
    ("pupils list", DetailKind.PUPILS_LIST),  # commands.pupils
    ("agenda", DetailKind.AGENDA_LIST),  # commands.agenda
    ("retention list", DetailKind.RETENTION_LIST),  # commands.retention
    (with_reason("record pdf", "tilsyn"), DetailKind.RECORD_PDF),  # services.record_export
    (with_reason("record pdf, for guardian", "innsyn"), DetailKind.RECORD_PDF_FOR),
    ("record pdf and open json", DetailKind.ARCHIVED),  # services.retention
    ("guardians' contacts", DetailKind.GUARDIANS_CONTACTS),  # services.protected_identity
    ("restored from a backup", DetailKind.RESTORED),  # services.log_watch
    (with_reason(f"{WHOLE_VAULT}, plain JSON", "ny maskin"), DetailKind.WHOLE_VAULT_PLAIN),
    (f"{WHOLE_VAULT}, encrypted transfer file", DetailKind.WHOLE_VAULT_ENCRYPTED),
    # services.vault_access
    (
        with_reason(f"{WHOLE_VAULT}, backup under another passphrase", "ny maskin"),
        DetailKind.WHOLE_VAULT_BACKUP,
    ),
    ("referral 25 partner 2 consent 128", DetailKind.REFERRAL),  # services.referrals
    ("note 7", DetailKind.NOTE),  # services.journal: signed, amended, draft discarded
    ("consent 12", DetailKind.CONSENT),  # services.consents
    ("visit 3", DetailKind.VISIT),  # services.home_visits, services.protected_identity
    # services.visit_sheet: from the window, and from the command line
    (
        with_reason("visit 3 sheet, named, printed, for PPT Bærum", "samarbeid"),
        DetailKind.VISIT_SHEET,
    ),
    (
        "visit 3 sheet, private without school, saved, command line, as sibling",
        DetailKind.VISIT_SHEET,
    ),
    (ConsentPurpose.CONTACT_PARTNER.value, DetailKind.SHARE_REFUSED),  # services.consents
    (with_reason("agenda week 45", "møte"), DetailKind.AGENDA_WEEK),  # services.agenda_output
    (with_reason("agenda week 45 pdf", "møte"), DetailKind.AGENDA_WEEK_PDF),
    (with_reason("agenda ics 2026-11-02", "kalender"), DetailKind.AGENDA_CALENDAR),
    # services.figures
    (
        "yearly figures 2025-08-01..2026-07-31, school 2, small counts hidden, saved as CSV",
        DetailKind.YEARLY_FIGURES,
    ),
    ("transfer file, consent 4: flytter til Bergen", DetailKind.HAND_OVER),  # services.hand_over
    ("from Kari Nordmann, helsesykepleier: 14 added, 2 already here", DetailKind.RECEIVED),
    ("from another vault: 14 added, 0 already here", DetailKind.RECEIVED_UNNAMED),
    ("212 rows after retention; deposited 2026-06-30", DetailKind.REMOVED),  # services.retention
    # services.log_watch
    (
        LogFinding(LogProblem.BROKEN_CHAIN, 41, AnchorPlace.CHAIN).detail(),
        DetailKind.LOG_BROKEN_CHAIN,
    ),
    (LogFinding(LogProblem.CUT_SHORT, 90, AnchorPlace.SETTINGS).detail(), DetailKind.LOG_CUT_SHORT),
    (LogFinding(LogProblem.REWRITTEN, 88, AnchorPlace.VAULT).detail(), DetailKind.LOG_REWRITTEN),
    (_UNLOCKS.detail(), DetailKind.FAILED_UNLOCKS),
    # services.class_list
    (
        "class list: 3 new, 1 changed, 20 unchanged, 2 left school, 0 lines skipped",
        DetailKind.CLASS_LIST,
    ),
    ("new school year: 48 moved up, 12 leaving, 1 not moved", DetailKind.NEW_SCHOOL_YEAR),
    (
        "new school year: 48 moved up, 12 leaving (marked as left school), 1 not moved",
        DetailKind.NEW_SCHOOL_YEAR_MARKED,
    ),
    # services.absence_import
    (
        "absence: 30 rows saved (25 new, 5 updated), 1 lines skipped, 2 rows of unknown pupils",
        DetailKind.ABSENCE_IMPORT,
    ),
    ("measures catalogue: 4 added, 1 updated", DetailKind.MEASURES_IMPORT),  # services.measures
)
