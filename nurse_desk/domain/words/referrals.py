"""Partners and referrals: the kinds of partner and a referral's status."""

from __future__ import annotations

from nurse_desk.domain.referrals import PartnerKind, ReferralStatus
from nurse_desk.domain.words.catalogue import Catalogue

WORDS: Catalogue = {
    PartnerKind: {
        PartnerKind.GP: ("Fastlege", "Husläkare", "GP"),
        PartnerKind.CHILD_PSYCHIATRY: (
            "Psykisk helsevern for barn og unge (BUP)",
            "Barn- och ungdomspsykiatri (BUP)",
            "Child and adolescent psychiatry",
        ),
        PartnerKind.EDUCATIONAL_PSYCHOLOGY: (
            "Pedagogisk-psykologisk tjeneste (PPT)",
            "Pedagogisk-psykologisk tjänst",
            "Educational-psychological service",
        ),
        PartnerKind.CHILD_WELFARE: ("Barnevern", "Barnevern (Norge)", "Child welfare"),
        PartnerKind.PHYSIOTHERAPIST: ("Fysioterapeut", "Fysioterapeut", "Physiotherapist"),
        PartnerKind.NAV: ("NAV", "NAV (Norge)", "NAV"),
        PartnerKind.LOW_THRESHOLD_MENTAL_HEALTH: (
            "Lavterskeltilbud psykisk helse",
            "Lågtröskelmottagning psykisk hälsa",
            "Low-threshold mental health service",
        ),
        PartnerKind.PUPIL_HEALTH_TEAM: ("Elevhelseteam", "Elevhälsoteam", "Pupil-health team"),
        PartnerKind.SOCIAL_SERVICES: ("Sosialtjeneste", "Socialtjänst", "Social services"),
        PartnerKind.YOUTH_CLINIC: ("Helsestasjon for ungdom", "Ungdomsmottagning", "Youth clinic"),
        PartnerKind.HABILITATION: ("Habilitering", "Habilitering", "Habilitation"),
        PartnerKind.DENTAL_CARE: ("Tannhelsetjeneste", "Tandvård", "Dental care"),
        PartnerKind.HEALTH_CENTRE: ("Legesenter", "Vårdcentral", "Health centre"),
        PartnerKind.LOCAL_CONTACT: ("Lokal kontakt", "Lokal kontakt", "Local contact"),
    },
    ReferralStatus: {
        ReferralStatus.SENT: ("Sendt", "Skickad", "Sent"),
        ReferralStatus.ACKNOWLEDGED: ("Mottatt", "Mottagen", "Acknowledged"),
        ReferralStatus.ANSWERED: ("Besvart", "Besvarad", "Answered"),
        ReferralStatus.CLOSED: ("Avsluttet", "Avslutad", "Closed"),
    },
}
