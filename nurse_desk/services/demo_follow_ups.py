"""Fictional follow-ups for the demo vault: some overdue, some due today and this week,
recurring check-ins, done and cancelled ones with outcomes, follow-ups planned from notes
marked "follow-up needed", and the school's breaks. All text is invented."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.domain.recurrence import Frequency, Recurrence
from nurse_desk.domain.school_calendar import ClosedPeriod
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import follow_up_details as details
from nurse_desk.storage import follow_ups as follow_up_store
from nurse_desk.storage import school_calendar as calendar_store
from nurse_desk.storage.orm import NoteRow, PupilRow
from nurse_desk.storage.vault import Vault

# Each country's demo in its own words: the vault's country picks the texts ("no" otherwise).
_TASKS = {
    "no": {
        FollowUpKind.CONVERSATION: (
            "Ny samtale om søvn og skjermbruk",
            "Høre hvordan det går i friminuttene",
            "Oppfølgingssamtale etter samtale om trivsel",
        ),
        FollowUpKind.GUARDIAN_CALL: (
            "Ringe mor om fraværet (samtykke gitt)",
            "Ringe far om avtale hos fastlege",
        ),
        FollowUpKind.CHECK_ABSENCE: ("Se på fraværet siste fire uker", "Sjekke fravær i gym"),
        FollowUpKind.AWAIT_REFERRAL_ANSWER: ("Har BUP svart?", "Svar fra PPT ventes"),
        FollowUpKind.OTHER: ("Sende brosjyre om søvn", "Avtale møte med kontaktlærer"),
    },
    "se": {
        FollowUpKind.CONVERSATION: (
            "Nytt samtal om sömn och skärmtid",
            "Höra hur rasterna går",
            "Uppföljande samtal om hur eleven trivs",
        ),
        FollowUpKind.GUARDIAN_CALL: (
            "Ringa mamma om frånvaron (samtycke finns)",
            "Ringa pappa om besök på vårdcentralen",
        ),
        FollowUpKind.CHECK_ABSENCE: (
            "Titta på frånvaron de senaste fyra veckorna",
            "Kolla frånvaron på idrotten",
        ),
        FollowUpKind.AWAIT_REFERRAL_ANSWER: (
            "Har BUP svarat?",
            "Väntar på svar från vårdcentralen",
        ),
        FollowUpKind.OTHER: ("Skicka broschyr om sömn", "Boka möte med mentor"),
    },
}
_OUTCOMES = {
    "no": (
        "Går bedre, eleven tar kontakt ved behov.",
        "Mor ringt, avtalt ny samtale.",
        "Svar mottatt, lagt i journal.",
        "Eleven møtte ikke; ny tid avtalt.",
    ),
    "se": (
        "Går bättre, eleven hör av sig vid behov.",
        "Pratat med mamma, nytt samtal bokat.",
        "Svar har kommit, infört i journalen.",
        "Eleven kom inte; ny tid bokad.",
    ),
}
_RESPONSIBLE = {
    "no": ("", "", "", "Helsesykepleier", "Kontaktlærer"),
    "se": ("", "", "", "Skolsköterska", "Mentor"),
}
# (weekly, every other week, monthly) check-ins, and a follow-up planned from a note.
_RECURRING = {
    "no": ("Ukentlig samtale etter avtale", "Samtale hver 2. uke", "Månedlig veiing og samtale"),
    "se": (
        "Samtal varje vecka enligt överenskommelse",
        "Samtal varannan vecka",
        "Vägning och samtal en gång i månaden",
    ),
}
_AFTER_NOTE = {"no": "Oppfølging etter samtalen", "se": "Uppföljning efter samtalet"}
# Days from today for the open one-offs: overdue, today, this week, coming weeks.
_OPEN_OFFSETS = (-9, -4, -2, -1, 0, 0, 0, 1, 2, 3, 4, 6, 8, 10, 13, 15, 20, 27, 34)


def demo_breaks(today: date, country: str = "no") -> list[ClosedPeriod]:
    """Autumn, Christmas, winter and Easter breaks of the current school year (roughly); a
    Swedish school's lov, with höstlov in week 44 and sportlov in week 9."""
    start = today.year if today.month >= 8 else today.year - 1

    def week(year: int, number: int) -> tuple[date, date]:
        monday = date.fromisocalendar(year, number, 1)
        return monday, monday + timedelta(days=4)

    if country == "se":
        return [
            ClosedPeriod(0, "Höstlov", *week(start, 44)),
            ClosedPeriod(0, "Jullov", date(start, 12, 22), date(start + 1, 1, 6)),
            ClosedPeriod(0, "Sportlov", *week(start + 1, 9)),
            ClosedPeriod(0, "Påsklov", *week(start + 1, 14)),
        ]
    return [
        ClosedPeriod(0, "Høstferie", *week(start, 40)),
        ClosedPeriod(0, "Juleferie", date(start, 12, 21), date(start + 1, 1, 1)),
        ClosedPeriod(0, "Vinterferie", *week(start + 1, 8)),
        ClosedPeriod(0, "Påskeferie", *week(start + 1, 13)),
    ]


def fill_demo_follow_ups(vault: Vault, *, seed: int = 2026, today: date | None = None) -> int:
    """Adds follow-ups and the breaks; returns the number of follow-ups."""
    today = today or date.today()
    chooser = random.Random(seed)
    now = datetime.combine(today, time(8, 0))
    with unit_of_work(vault) as work:
        pupil_ids = list(work.session.scalars(select(PupilRow.id).order_by(PupilRow.id)))
        if not pupil_ids:
            return 0
        country = work.country if work.country in _TASKS else "no"
        tasks, outcomes, responsible = _TASKS[country], _OUTCOMES[country], _RESPONSIBLE[country]
        weekly, fortnightly, monthly = _RECURRING[country]
        for period in demo_breaks(today, country):
            calendar_store.save_closed_period(work.session, period)
        added = 0

        def add(follow_up: NewFollowUp) -> int:
            nonlocal added
            added += 1
            return follow_up_store.add(work.session, follow_up, now=now)

        def one_off(offset: int, **extra) -> NewFollowUp:
            kind = chooser.choice(list(tasks))
            timed = chooser.random() < 0.3
            due = today + timedelta(days=offset)
            if due.weekday() >= 5:  # a nurse plans on school days
                due += timedelta(days=(7 - due.weekday()) if offset >= 0 else (4 - due.weekday()))
            return NewFollowUp(
                pupil_id=chooser.choice(pupil_ids),
                kind=kind,
                due_on=due,
                description=chooser.choice(tasks[kind]),
                due_time=time(chooser.choice((9, 10, 12, 13)), 0) if timed else None,
                responsible=chooser.choice(responsible),
                **extra,
            )

        for offset in _OPEN_OFFSETS:
            add(one_off(offset))
        for recurrence, offset, text in (
            (Recurrence(Frequency.WEEKLY, 1, count=8), -14, weekly),
            (Recurrence(Frequency.WEEKLY, 2, until=_term_end(today)), -7, fortnightly),
            (Recurrence(Frequency.MONTHLY, 1, count=4), -3, monthly),
        ):
            start = today + timedelta(days=offset)
            add(
                NewFollowUp(
                    pupil_id=chooser.choice(pupil_ids),
                    kind=FollowUpKind.CONVERSATION,
                    due_on=start,
                    description=text,
                    recurrence=recurrence.to_rule(),
                )
            )
        for offset in range(-60, -5, 4):  # history: done and cancelled, with outcomes
            follow_up_id = add(one_off(offset))
            status = FollowUpStatus.DONE if chooser.random() < 0.8 else FollowUpStatus.CANCELLED
            details.close(work.session, follow_up_id, status, chooser.choice(outcomes), now=now)
        from_notes = work.session.execute(
            select(NoteRow.id, NoteRow.pupil_id)
            .where(NoteRow.follow_up_needed.is_(True))
            .order_by(NoteRow.id)
            .limit(4)
        )
        for offset, (note_id, pupil_id) in zip((-3, 0, 2, 9), list(from_notes), strict=False):
            add(
                NewFollowUp(
                    pupil_id=pupil_id,
                    kind=FollowUpKind.CONVERSATION,
                    due_on=today + timedelta(days=offset),
                    description=_AFTER_NOTE[country],
                    source=FollowUpSource.NOTE,
                    source_id=note_id,
                )
            )
        return added


def _term_end(today: date) -> date:
    """The end of the current term: before Christmas in the autumn, mid-June in the spring."""
    if today.month >= 8:
        return date(today.year, 12, 19)
    return date(today.year, 6, 19)
