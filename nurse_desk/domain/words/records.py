"""Whole records leaving the vault: why (the reason asked before a print or export), who asked
for a copy, and what a retention time is counted from."""

from __future__ import annotations

from nurse_desk.domain.disclosure import DisclosureReason, Requester
from nurse_desk.domain.retention import CountedFrom
from nurse_desk.domain.words.catalogue import Catalogue

WORDS: Catalogue = {
    # The reason's words are also written into the access log, in the window language.
    DisclosureReason: {
        DisclosureReason.HOME_VISIT: (
            "Forberede et hjemmebesøk",
            "Förbereda ett hembesök",
            "Preparing a home visit",
        ),
        DisclosureReason.CARE: (
            "Oppfølging av eleven",
            "Uppföljning av eleven",
            "The pupil's follow-up",
        ),
        DisclosureReason.ACCESS_REQUEST: (
            "Innsynsbegjæring fra eleven eller en foresatt",
            "Begäran om insyn från eleven eller en vårdnadshavare",
            "Access request from the pupil or a guardian",
        ),
        DisclosureReason.AUTHORITY: (
            "Begjæring fra en myndighet",
            "Begäran från en myndighet",
            "Request from an authority",
        ),
        DisclosureReason.COOPERATION: (
            "Samarbeid med en samarbeidspartner, etter samtykke",
            "Samverkan med en samverkanspart, efter samtycke",
            "Cooperation with a partner, on consent",
        ),
        DisclosureReason.OTHER: ("Annet (skriv hva)", "Annat (skriv vad)", "Other (say which)"),
    },
    Requester: {
        Requester.PUPIL: ("Eleven", "Eleven", "The pupil"),
        Requester.GUARDIAN: ("En foresatt", "En vårdnadshavare", "A guardian"),
        Requester.AUTHORITY: ("En myndighet", "En myndighet", "An authority"),
    },
    # Read after "Keep for N years".
    CountedFrom: {
        CountedFrom.LEFT_SCHOOL: (
            "etter at eleven sluttet",
            "efter att eleven slutade",
            "after the pupil left",
        ),
        CountedFrom.LAST_ENTRY: (
            "etter siste innføring",
            "efter sista anteckningen",
            "after the last entry",
        ),
    },
}
