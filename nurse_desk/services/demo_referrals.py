"""Fictional partners and referrals for the demo vault: every status, some answers overdue, a
few local contacts, and measures cited in notes. Goes through the real services (consent guard,
disclosure log, follow-ups) so the demo shows what a nurse's day would produce."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.referrals import NewReferral, PartnerDraft, PartnerKind, ReferralStatus
from nurse_desk.services.partners import seed_once
from nurse_desk.services.referrals import apply_status, record_sent
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import consents as consent_store
from nurse_desk.storage import measures as measure_store
from nurse_desk.storage import partners as partner_store
from nurse_desk.storage.orm import NoteRow, PupilRow
from nurse_desk.storage.vault import Vault

# Each country's demo in its own words: the vault's country picks the texts ("no" otherwise).
_LOCAL = {
    "no": (
        PartnerDraft(
            "Helsesykepleier Lise Berg",
            PartnerKind.LOCAL_CONTACT,
            "Fjellvang ungdomsskole",
            "000 00 001",
            "lise.berg@example.no",
            notes="Kollega; vikarierer ved fravær.",
        ),
        PartnerDraft(
            "Miljøterapeut Ola Strand",
            PartnerKind.LOCAL_CONTACT,
            "Solbakken skole",
            "000 00 002",
            "ola.strand@example.no",
            "Solbakkveien 4",
        ),
    ),
    "se": (
        PartnerDraft(
            "Skolsköterska Lena Sjöberg",
            PartnerKind.LOCAL_CONTACT,
            "Fjällviksskolan",
            "000-00 00 01",
            "lena.sjoberg@example.se",
            notes="Kollega; vikarierar vid frånvaro.",
        ),
        PartnerDraft(
            "Kurator Johan Strand",
            PartnerKind.LOCAL_CONTACT,
            "Solbackens skola",
            "000-00 00 02",
            "johan.strand@example.se",
            "Solbacksvägen 4",
        ),
        PartnerDraft(
            "Skolpsykolog Maria Ek",
            PartnerKind.LOCAL_CONTACT,
            "Granlundsskolan",
            "000-00 00 03",
            "maria.ek@example.se",
            notes="Elevhälsans psykolog för alla tre skolorna.",
        ),
    ),
}
# The partners referred to, by their names in the country's standard directory
# (domain/directory_seeds.py), and why.
_REASONS = {
    "no": {
        "Fastlege": "Hodepine flere ganger i uken over tid; ønsker legeundersøkelse.",
        "BUP": "Vedvarende nedstemthet og søvnvansker til tross for samtaler hos helsesykepleier.",
        "PPT": "Konsentrasjonsvansker og fallende resultater; ønsker vurdering.",
        "Fysioterapeut": "Mye fravær i kroppsøving, smerter i knær etter aktivitet.",
        "Lavterskeltilbud psykisk helse": "Uro og bekymring før prøver; ønsker samtaletilbud.",
    },
    "se": {
        "Vårdcentralen": "Huvudvärk flera gånger i veckan sedan länge; önskar läkarbedömning.",
        "BUP": "Långvarig nedstämdhet och sömnsvårigheter trots samtal hos skolsköterskan.",
        "Elevhälsoteamet": "Ökande frånvaro under hösten; behöver gemensam plan.",
        "Ungdomsmottagningen": "Oro och stress inför prov; önskar stödsamtal.",
        "Habiliteringen": "Har en autismdiagnos; familjen önskar stöd och råd kring vardagen.",
    },
}
_ANY_REASON = {"no": "Ønsker vurdering.", "se": "Önskar bedömning."}
# (status, days since sent, days from sending to the expected answer)
_PLAN = (
    (ReferralStatus.SENT, 5, 28),
    (ReferralStatus.SENT, 40, 30),  # answer overdue
    (ReferralStatus.SENT, 12, 21),
    (ReferralStatus.ACKNOWLEDGED, 20, 42),
    (ReferralStatus.ACKNOWLEDGED, 60, 45),  # acknowledged, answer overdue
    (ReferralStatus.ANSWERED, 50, 30),
    (ReferralStatus.ANSWERED, 35, 28),
    (ReferralStatus.CLOSED, 90, 30),
    (ReferralStatus.CLOSED, 120, 42),
)


def fill_demo_referrals(vault: Vault, *, seed: int = 2026, today: date | None = None) -> int:
    """Adds local contacts, referrals in every status and a few cited measures in one
    transaction; returns the number of referrals."""
    today = today or date.today()
    chooser = random.Random(seed)
    with unit_of_work(vault) as work:
        actor = work.actor
        country = work.country if work.country in _REASONS else "no"
        reasons = _REASONS[country]
        seed_once(work)
        for contact in _LOCAL[country]:
            partner_store.add(work.session, contact)
        directory = partner_store.all_partners(work.session, include_archived=False)
        usable = [p for p in directory if p.name in reasons] or directory
        chooser.shuffle(usable)
        pupil_ids = list(work.session.scalars(select(PupilRow.id).order_by(PupilRow.id)))
        picked = chooser.sample(pupil_ids, k=min(27, len(pupil_ids)))
        for index, pupil_id in enumerate(picked):
            partner = usable[index % len(usable)]
            _refer(
                work.session,
                chooser,
                pupil_id,
                partner,
                _PLAN[index % len(_PLAN)],
                reasons.get(partner.name) or _ANY_REASON[country],
                today=today,
                actor=actor,
            )
        catalogue = measure_store.all_measures(work.session, include_archived=False)
        for note_id in work.session.scalars(select(NoteRow.id).order_by(NoteRow.id).limit(40)):
            if catalogue and note_id % 4 == 0:
                measure_store.cite_in_note(work.session, chooser.choice(catalogue).id, note_id)
        return len(picked)


def _refer(
    session, chooser, pupil_id, partner, plan, reason: str, *, today: date, actor: str
) -> None:
    status, age, wait = plan
    sent = today - timedelta(days=age)
    moment = datetime.combine(sent, time(10, 0))
    consent = consent_store.add(session, _consent(pupil_id, partner.name, sent, chooser))
    referral = NewReferral(
        pupil_id,
        partner.id,
        sent,
        reason,
        sent + timedelta(days=wait),
    )
    referral_id = record_sent(session, referral, consent_id=consent.id, actor=actor, now=moment)
    steps = list(ReferralStatus)
    for number, step in enumerate(steps[1 : steps.index(status) + 1], 1):
        day = min(today, sent + timedelta(days=7 * number))
        apply_status(session, referral_id, step, day, now=datetime.combine(day, time(12, 0)))


def _consent(pupil_id: int, partner: str, sent: date, chooser: random.Random) -> ConsentRecord:
    return ConsentRecord(
        id=0,
        pupil_id=pupil_id,
        given_by=chooser.choice((ConsentGiver.GUARDIAN, ConsentGiver.BOTH)),
        guardian_name="",
        purpose=ConsentPurpose.CONTACT_PARTNER,
        partner=partner,
        method=chooser.choice(list(ConsentMethod)),
        given_on=sent - timedelta(days=chooser.randint(0, 7)),
        valid_until=None,
        withdrawn_on=None,
        note="",
    )
