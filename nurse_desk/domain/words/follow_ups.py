"""Follow-ups: kinds, statuses, and the flags of a day the school is shut."""

from __future__ import annotations

from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpStatus
from nurse_desk.domain.school_calendar import DayFlag
from nurse_desk.domain.words.catalogue import Catalogue

WORDS: Catalogue = {
    FollowUpKind: {
        FollowUpKind.CONVERSATION: ("Samtale", "Samtal", "Conversation"),
        FollowUpKind.GUARDIAN_CALL: (
            "Ringe foresatte",
            "Ringa vårdnadshavare",
            "Phone call to guardian",
        ),
        FollowUpKind.CHECK_ABSENCE: ("Sjekke fravær", "Kontrollera frånvaro", "Check absence"),
        FollowUpKind.AWAIT_REFERRAL_ANSWER: (
            "Vente på svar på henvisning",
            "Invänta svar på remiss",
            "Await referral answer",
        ),
        FollowUpKind.HOME_VISIT: ("Hjemmebesøk", "Hembesök", "Home visit"),
        FollowUpKind.OTHER: ("Annet", "Annat", "Other"),
    },
    FollowUpStatus: {
        FollowUpStatus.OPEN: ("Åpen", "Öppen", "Open"),
        FollowUpStatus.DONE: ("Utført", "Klar", "Done"),
        FollowUpStatus.CANCELLED: ("Avlyst", "Avbruten", "Cancelled"),
    },
    DayFlag: {
        DayFlag.WEEKEND: ("helg", "helg", "weekend"),
        DayFlag.HOLIDAY: ("helligdag", "helgdag", "public holiday"),
        DayFlag.SCHOOL_CLOSED: ("skolen stengt", "skolan stängd", "school closed"),
    },
}
