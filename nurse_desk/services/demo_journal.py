"""Fictional notes and consents for the demo vault: varied topics, drafts and signed notes,
amendments, consents in every state. All text is invented."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.journal import Author, NoteDraft, NoteKind, NoteTemplate, Topic
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import consents, journal, vault_settings
from nurse_desk.storage.orm import PupilRow
from nurse_desk.storage.vault import Vault

DEMO_AUTHOR = Author("Demo Helsesykepleier", "helsesykepleier")
# Each country's demo in its own words: the vault's country picks the texts ("no" otherwise).
DEMO_AUTHORS = {"no": DEMO_AUTHOR, "se": Author("Demo Skolsköterska", "skolsköterska")}

_LINES = {
    "no": {
        Topic.SLEEP: (
            "Forteller at hun legger seg sent og er trøtt på skolen.",
            "Bruker mobilen i sengen til langt på natt.",
        ),
        Topic.WELLBEING: (
            "Trives i klassen og har gode venner.",
            "Sier at friminuttene er vanskelige, står ofte alene.",
        ),
        Topic.BULLYING: (
            "Forteller om kommentarer i garderoben etter gymmen.",
            "Har fått stygge meldinger i en klassechat.",
        ),
        Topic.ABSENCE: (
            "Har vært borte flere mandager denne høsten.",
            "Mye fravær i kroppsøving; sier hun har vondt i magen.",
        ),
        Topic.MENTAL_HEALTH: (
            "Kjenner seg ofte nedfor og bekymret for prøver.",
            "Beskriver uro og vansker med å konsentrere seg.",
        ),
        Topic.NUTRITION: (
            "Spiser sjelden frokost før skolen.",
            "Tar med matpakke, men spiser lite av den.",
        ),
        Topic.ACTIVITY: (
            "Har sluttet på fotball og er lite aktiv etter skolen.",
            "Går tur med hunden hver dag.",
        ),
        Topic.PHYSICAL_HEALTH: ("Hodepine flere ganger i uken.", "Vondt i knærne etter trening."),
    },
    "se": {
        Topic.SLEEP: (
            "Berättar att hon somnar sent och är trött i skolan.",
            "Har mobilen med sig i sängen långt in på natten.",
        ),
        Topic.WELLBEING: (
            "Trivs i klassen och har bra kompisar.",
            "Tycker att rasterna är jobbiga, går ofta ensam.",
        ),
        Topic.BULLYING: (
            "Berättar om elaka kommentarer i omklädningsrummet efter idrotten.",
            "Har fått otrevliga meddelanden i en klasschatt.",
        ),
        Topic.ABSENCE: (
            "Har varit borta flera måndagar under hösten.",
            "Mycket frånvaro på idrotten; säger att hon har ont i magen.",
        ),
        Topic.MENTAL_HEALTH: (
            "Känner sig ofta nere och orolig inför prov.",
            "Beskriver oro och svårt att koncentrera sig.",
        ),
        Topic.NUTRITION: (
            "Äter sällan frukost innan skolan.",
            "Hoppar ofta över skollunchen.",
        ),
        Topic.ACTIVITY: (
            "Har slutat med fotbollen och rör sig lite efter skolan.",
            "Går ut med hunden varje dag.",
        ),
        Topic.PHYSICAL_HEALTH: ("Huvudvärk flera gånger i veckan.", "Ont i knäna efter träning."),
    },
}
_ASSESSMENTS = {
    "no": (
        "Ingen tegn til alvorlig bekymring nå.",
        "Bør følges opp med ny samtale.",
        "Foreldre bør involveres med samtykke fra eleven.",
    ),
    "se": (
        "Inga tecken på allvarlig oro just nu.",
        "Bör följas upp med ett nytt samtal.",
        "Vårdnadshavarna bör involveras om eleven samtycker.",
    ),
}
_ACTIONS = {
    "no": (
        "Ny samtale om to uker.",
        "Avtalt at eleven tar kontakt ved behov.",
        "Henvise til fastlege etter samtykke.",
    ),
    "se": (
        "Nytt samtal om två veckor.",
        "Överenskommet att eleven hör av sig vid behov.",
        "Remiss till vårdcentralen efter samtycke.",
    ),
}
_PARTICIPANTS = {
    "no": ("Eleven", "Eleven og mor", "Eleven og far"),
    "se": ("Eleven", "Eleven och mamma", "Eleven och pappa"),
}
# (reason, what was corrected) of an amendment to a signed note.
_AMENDMENT = {
    "no": ("Rettet avtalt tidspunkt", "Ny samtale er avtalt om tre uker, ikke to."),
    "se": ("Rättat överenskommen tid", "Nytt samtal är bokat om tre veckor, inte två."),
}
_TEMPLATES = {
    "no": (
        NoteTemplate(
            0,
            "Helsesamtale 8. trinn",
            NoteKind.PLANNED,
            frozenset({Topic.WELLBEING, Topic.SLEEP, Topic.NUTRITION, Topic.ACTIVITY}),
            "Trivsel:\nSøvn:\nKosthold:\nFysisk aktivitet:",
        ),
        NoteTemplate(
            0,
            "Fraværssamtale",
            NoteKind.FOLLOW_UP,
            frozenset({Topic.ABSENCE, Topic.WELLBEING}),
            "Fraværsmønster:\nElevens forklaring:\nHvordan er det på skolen?",
            actions="Avtale om oppfølging:",
        ),
    ),
    "se": (
        NoteTemplate(
            0,
            "Hälsosamtal åk 8",
            NoteKind.PLANNED,
            frozenset({Topic.WELLBEING, Topic.SLEEP, Topic.NUTRITION, Topic.ACTIVITY}),
            "Trivsel:\nSömn:\nMat och måltider:\nFysisk aktivitet:",
        ),
        NoteTemplate(
            0,
            "Frånvarosamtal",
            NoteKind.FOLLOW_UP,
            frozenset({Topic.ABSENCE, Topic.WELLBEING}),
            "Frånvaromönster:\nElevens förklaring:\nHur är det i skolan?",
            actions="Överenskommen uppföljning:",
        ),
    ),
}
# Short names as the country's standard partner directory has them (domain/directory_seeds.py).
_PARTNERS = {
    "no": ("PPT", "BUP", "Fastlege", "Fysioterapeut"),
    "se": ("Elevhälsoteamet", "BUP", "Vårdcentralen", "Ungdomsmottagningen"),
}


def fill_demo_journal(vault: Vault, *, seed: int = 2026, today: date | None = None) -> int:
    """Adds notes and consents for the demo pupils in one transaction; returns notes added."""
    today = today or date.today()
    chooser = random.Random(seed)
    added = 0
    with unit_of_work(vault) as work:
        country = work.country if work.country in DEMO_AUTHORS else "no"
        author = DEMO_AUTHORS[country]
        vault_settings.put(work.session, "author_name", author.name)
        vault_settings.put(work.session, "author_title", author.title)
        for template in _TEMPLATES[country]:
            journal.save_template(work.session, template)
        pupil_ids = list(
            work.session.scalars(PupilRow.__table__.select().with_only_columns(PupilRow.id))
        )
        for pupil_id in pupil_ids:
            for _ in range(chooser.choice((0, 0, 1, 1, 2, 3, 4))):
                _add_note(work.session, chooser, pupil_id, today, country)
                added += 1
            if chooser.random() < 0.3:
                _add_consent(work.session, chooser, pupil_id, today, country)
    return added


def _add_note(session, chooser: random.Random, pupil_id: int, today: date, country: str) -> None:
    lines, author = _LINES[country], DEMO_AUTHORS[country]
    topics = chooser.sample(list(lines), k=chooser.choice((1, 1, 2, 3)))
    day = today - timedelta(days=chooser.randint(1, 90))
    when = datetime.combine(day, time(chooser.randint(8, 14), chooser.choice((0, 15, 30, 45))))
    draft = NoteDraft(
        pupil_id=pupil_id,
        occurred_at=when,
        kind=chooser.choice(list(NoteKind)[:5]),
        topics=frozenset(topics),
        participants=chooser.choice(_PARTICIPANTS[country]),
        conversation=" ".join(chooser.choice(lines[t]) for t in topics),
        assessment=chooser.choice(_ASSESSMENTS[country]),
        actions=chooser.choice(_ACTIONS[country]),
        follow_up_needed=chooser.random() < 0.3,
    )
    row = journal.add_draft(session, draft, now=when)
    if chooser.random() < 0.75:
        signed_at = when + timedelta(hours=1)
        journal.sign(session, row.id, author, now=signed_at)
        if chooser.random() < 0.1:
            journal.amend(
                session,
                row.id,
                author,
                *_AMENDMENT[country],
                now=signed_at + timedelta(days=1),
            )


def _add_consent(session, chooser: random.Random, pupil_id: int, today: date, country: str) -> None:
    partners = _PARTNERS[country]
    purpose = chooser.choice(list(ConsentPurpose)[:4])
    given = today - timedelta(days=chooser.randint(10, 200))
    withdrawn = given + timedelta(days=30) if chooser.random() < 0.15 else None
    consents.add(
        session,
        ConsentRecord(
            id=0,
            pupil_id=pupil_id,
            given_by=chooser.choice(list(ConsentGiver)),
            guardian_name="",
            purpose=purpose,
            partner=chooser.choice(partners) if purpose is ConsentPurpose.CONTACT_PARTNER else "",
            method=chooser.choice(list(ConsentMethod)),
            given_on=given,
            valid_until=given + timedelta(days=chooser.choice((60, 180, 365))),
            withdrawn_on=withdrawn if withdrawn and withdrawn <= today else None,
            note="",
        ),
    )
