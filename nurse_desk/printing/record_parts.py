"""The parts of the record export beyond notes and consents: home visits with their plans and
what was observed, referrals, follow-ups, and the school year's absence with its flags."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import AbsenceFlag
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpRecord
from nurse_desk.domain.record_sheet import RecordSheet, RecordVisit
from nurse_desk.domain.referrals import ReferralRecord
from nurse_desk.printing.agenda_sheet import kind_word
from nurse_desk.printing.base import ALERT, TEXT_WIDTH, Words, markup
from nurse_desk.printing.characters import Paragraph

_REFERRAL_COLUMNS = (22 * mm, 45 * mm, TEXT_WIDTH - 95 * mm, 28 * mm)
_FOLLOW_UP_COLUMNS = (22 * mm, 38 * mm, TEXT_WIDTH - 110 * mm, 22 * mm, 28 * mm)
# "Lektioner" and "Lessons" need 19 mm with the cell's padding, "konsumentkunskap" 33 mm.
_ABSENCE_COLUMNS = (22 * mm, 20 * mm, 34 * mm, 19 * mm, 22 * mm, TEXT_WIDTH - 117 * mm)
_ROOM_FOR_VISIT = 30 * mm
_NO_VALUE = "–"

PART_WORDS: dict[str, tuple[str, str, str]] = {
    "requested_by": ("Begjært av", "Begärd av", "Requested by"),
    "disclosure_reason": ("Formål", "Syfte", "Purpose"),
    "protected": (
        "SPERRET ADRESSE: adresse, veibeskrivelse og foresattes telefon er utelatt",
        "SKYDDADE PERSONUPPGIFTER: adress, vägbeskrivning och vårdnadshavares telefon "
        "är utelämnade",
        "PROTECTED IDENTITY: address, directions and guardians' phones are left out",
    ),
    "visits": ("Hjemmebesøk ({count})", "Hembesök ({count})", "Home visits ({count})"),
    "no_visits": ("Ingen hjemmebesøk.", "Inga hembesök.", "No home visits."),
    "visit_status": ("Status", "Status", "Status"),
    "visit_reasons": ("Bakgrunn", "Bakgrund", "Why"),
    "visit_purposes": ("Formål", "Syfte", "Purpose"),
    "visit_initiator": ("Initiativ fra", "Initiativ från", "Asked for by"),
    "address": ("Adresse", "Adress", "Address"),
    "directions": ("Veibeskrivelse", "Vägbeskrivning", "Directions"),
    "notice": ("Varslet", "Aviserat", "Notice given"),
    "companions": ("Med på besøket", "Med på besöket", "Who comes along"),
    "visit_topics": ("Tema", "Ämnen", "Topics"),
    "visit_questions": ("Spørsmål", "Frågor", "Questions"),
    "observation_points": ("Observasjonspunkter", "Observationspunkter", "Observation points"),
    "observations": ("Observert", "Observerat", "Observed"),
    "observed": ("observert", "observerat", "observed"),
    "not_observed": ("ikke observert", "inte observerat", "not observed"),
    "documented": (
        "Dokumentert {at} (se notatet fra besøket)",
        "Dokumenterat {at} (se anteckningen från besöket)",
        "Documented {at} (see the visit's note)",
    ),
    "visit_as_sibling": (
        "Til stede som søsken. Besøket var planlagt for et annet barn i hjemmet; planen og det "
        "som ble observert står i det barnets journal.",
        "Närvarande som syskon. Besöket var planerat för ett annat barn i hemmet; planen och "
        "det som observerades står i det barnets journal.",
        "There as a brother or sister. The visit was planned for another child in the home; "
        "the plan and what was observed are in that child's record.",
    ),
    "referrals": ("Henvisninger ({count})", "Remisser ({count})", "Referrals ({count})"),
    "no_referrals": ("Ingen henvisninger.", "Inga remisser.", "No referrals."),
    "sent_on": ("Sendt", "Skickad", "Sent"),
    "partner": ("Til", "Till", "To"),
    "referral_reason": ("Årsak", "Anledning", "Reason"),
    "follow_ups": ("Oppfølginger ({count})", "Uppföljningar ({count})", "Follow-ups ({count})"),
    "no_follow_ups": ("Ingen oppfølginger.", "Inga uppföljningar.", "No follow-ups."),
    "due_on": ("Dato", "Datum", "Due"),
    "task": ("Oppgave", "Uppgift", "Task"),
    "description": ("Beskrivelse", "Beskrivning", "Description"),
    "outcome": ("Utfall", "Utfall", "Outcome"),
    "repeats": ("gjentas", "återkommande", "repeats"),
    "absence": ("Fravær", "Frånvaro", "Absence"),
    "no_absence": ("Intet fravær registrert.", "Ingen frånvaro registrerad.", "No absence."),
    "absence_sum": (
        "{days} av {school} skoledager ({percent} %), {episodes}",
        "{days} av {school} skoldagar ({percent} %), {episodes}",
        "{days} of {school} school days ({percent} %), {episodes}",
    ),
    # (one, more): "1 fraværsdag", "1,5 fraværsdager"; "1 periode", "2 perioder"
    "absent_day": ("{n} fraværsdag", "{n} frånvarodag", "{n} absent day"),
    "absent_days": ("{n} fraværsdager", "{n} frånvarodagar", "{n} absent days"),
    "episode": ("{n} periode", "{n} period", "{n} episode"),
    "episodes": ("{n} perioder", "{n} perioder", "{n} episodes"),
    "flags": ("Flagg", "Flaggor", "Flags"),
    "flag_numbers": (
        "{count} av {of} siden {since}",
        "{count} av {of} sedan {since}",
        "{count} of {of} since {since}",
    ),
    "acknowledged": ("sett av helsesykepleier", "sedd av skolsköterskan", "seen by the nurse"),
    "day": ("Dato", "Datum", "Day"),
    "period": ("Time", "Lektion", "Lesson"),
    "subject": ("Fag", "Ämne", "Subject"),
    "lessons": ("Timer", "Lektioner", "Lessons"),
    "reported": ("Meldt / godkjent", "Anmäld / giltig", "Reported / excused"),
    "absence_reason": ("Årsak", "Orsak", "Reason"),
    "whole_day": ("hele dagen", "hela dagen", "whole day"),
}


def alert(text: str) -> str:
    return f'<font color="{ALERT.hexval()}"><b>{text}</b></font>'


class RecordParts:
    """Mixed into RecordPrintout, which supplies words, styles, _section and _table."""

    sheet: RecordSheet
    words: Words

    def _visits(self) -> list[Flowable]:
        visits = self.sheet.visits
        flowables = self._section(self.words["visits"].format(count=len(visits)))
        if not visits:
            return [*flowables, Paragraph(self.words["no_visits"], self.styles.body)]
        for item in visits:
            flowables += self._visit(item)
        return flowables

    def _visit(self, item: RecordVisit) -> list[Flowable]:
        words, style, plan = self.words, self.styles, item.visit.plan
        heading = f"{words.day(plan.planned_on)} {plan.starts_at:%H:%M} · {plan.minutes} min"
        facts = [
            ("visit_status", words.of(item.visit.status)),
            ("visit_reasons", self._listed(plan.reasons, plan.reason_text)),
            ("visit_purposes", self._listed(plan.purposes, plan.purpose_text)),
            ("visit_initiator", self._listed([plan.initiator], plan.initiator_text)),
            ("address", markup(plan.address)),
            ("directions", markup(plan.directions)),
            ("notice", self._notice(item)),
            ("companions", "; ".join(markup(self._companion(c)) for c in plan.companions)),
            ("visit_topics", markup("; ".join(plan.topics))),
            ("visit_questions", markup("; ".join(plan.questions))),
            ("observation_points", markup("; ".join(plan.observation_points))),
            ("observations", self._observations(item)),
        ]
        flowables: list[Flowable] = [
            CondPageBreak(_ROOM_FOR_VISIT),
            Paragraph(heading, style.subheading),
        ]
        if item.as_sibling:  # the service left only the day and the status on such a visit
            flowables.append(
                Paragraph(f"<b>{words['visit_status']}:</b> {facts[0][1]}", style.body)
            )
            return [*flowables, Paragraph(words["visit_as_sibling"], style.body)]
        for key, value in facts:
            if value:
                flowables.append(Paragraph(f"<b>{words[key]}:</b> {value}", style.body))
        if item.visit.documented_at is not None:
            at = words.moment(item.visit.documented_at)
            flowables.append(Paragraph(words["documented"].format(at=at), style.status))
        return flowables

    def _listed(self, values, text: str) -> str:
        ordered = sorted(values, key=lambda value: list(type(value)).index(value))
        parts = [self.words.of(value) for value in ordered]
        if text.strip():
            parts.append(markup(text))
        return ", ".join(parts)

    def _notice(self, item: RecordVisit) -> str:
        notice = item.visit.plan.notice
        if notice.given_on is None:
            return ""
        parts = [self.words.day(notice.given_on)]
        if notice.method is not None:
            parts.append(self.words.of(notice.method))
        parts += [markup(text) for text in (notice.to_whom, notice.told) if text.strip()]
        return ", ".join(parts)

    def _companion(self, companion) -> str:
        parts = [self.words.of(companion.role), companion.name, companion.organisation]
        return ", ".join(part for part in parts if part)

    def _observations(self, item: RecordVisit) -> str:
        # Before the visit is documented the points are only a plan, already listed above.
        if item.visit.documented_at is None:
            return ""
        return "<br/>".join(self._observation(o) for o in item.observations)

    def _observation(self, observation) -> str:
        state = self.words["observed" if observation.observed else "not_observed"]
        line = f"{markup(observation.point)}: {state}"
        return line + (f" ({markup(observation.note)})" if observation.note.strip() else "")

    def _referrals(self) -> list[Flowable]:
        words, style = self.words, self.styles
        referrals = self.sheet.referrals
        flowables = self._section(words["referrals"].format(count=len(referrals)))
        if not referrals:
            return [*flowables, Paragraph(words["no_referrals"], style.body)]
        header = ("sent_on", "partner", "referral_reason", "visit_status")
        rows = [[Paragraph(words[key], style.cell_header) for key in header]]
        rows += [self._referral_row(referral) for referral in referrals]
        return [*flowables, self._table(rows, _REFERRAL_COLUMNS)]

    def _referral_row(self, referral: ReferralRecord) -> list[Flowable]:
        words = self.words
        status = f"{words.of(referral.status)}<br/>{words.day(referral.status_on)}"
        cells = (
            words.day(referral.sent_on),
            markup(referral.partner_name),
            markup(referral.reason),
            status,
        )
        return [Paragraph(cell, self.styles.cell) for cell in cells]

    def _follow_ups(self) -> list[Flowable]:
        words, style = self.words, self.styles
        follow_ups = self.sheet.follow_ups
        flowables = self._section(words["follow_ups"].format(count=len(follow_ups)))
        if not follow_ups:
            return [*flowables, Paragraph(words["no_follow_ups"], style.body)]
        header = ("due_on", "task", "description", "visit_status", "outcome")
        rows = [[Paragraph(words[key], style.cell_header) for key in header]]
        rows += [self._follow_up_row(follow_up) for follow_up in follow_ups]
        return [*flowables, self._table(rows, _FOLLOW_UP_COLUMNS)]

    def _follow_up_row(self, follow_up: FollowUpRecord) -> list[Flowable]:
        words = self.words
        task = kind_word(FollowUpKind(follow_up.kind), words.language)
        if follow_up.is_recurring:
            task += f" ({words['repeats']})"
        cells = (
            words.day(follow_up.due_on),
            task,
            markup(follow_up.description),
            words.of(follow_up.status),
            markup(follow_up.outcome) or _NO_VALUE,
        )
        return [Paragraph(cell, self.styles.cell) for cell in cells]

    def _absence(self) -> list[Flowable]:
        words, style = self.words, self.styles
        record = self.sheet.absence
        flowables = self._section(words["absence"])
        if record is None or not record.entries:
            return [*flowables, Paragraph(words["no_absence"], style.body)]
        absence = record.absence
        days = words.number(absence.absent_days)
        summary = words["absence_sum"].format(
            days=words["absent_day" if days == "1" else "absent_days"].format(n=days),
            school=absence.school_days,
            percent=words.number(absence.percent, decimals=True),
            episodes=words["episode" if absence.episodes == 1 else "episodes"].format(
                n=absence.episodes
            ),
        )
        flowables.append(Paragraph(summary, style.body))
        for flag in absence.flags:
            flowables.append(Paragraph(self._flag(flag, record.acknowledged), style.body))
        header = ("day", "period", "subject", "lessons", "reported", "absence_reason")
        rows = [[Paragraph(words[key], style.cell_header) for key in header]]
        rows += [self._absence_row(entry) for entry in record.entries]
        return [*flowables, self._table(rows, _ABSENCE_COLUMNS)]

    def _flag(self, flag: AbsenceFlag, acknowledged: frozenset[str]) -> str:
        words = self.words
        numbers = words["flag_numbers"].format(
            count=words.number(flag.count), of=words.number(flag.of), since=words.day(flag.since)
        )
        what = alert(f"{words['flags']}: {words.of(flag.kind)}")
        if flag.subject:
            what += f" ({markup(flag.subject)})"
        line = f"{what} · {numbers}"
        return line + (f" · {words['acknowledged']}" if flag.kind.value in acknowledged else "")

    def _absence_row(self, entry: AbsenceEntry) -> list[Flowable]:
        words = self.words
        marks = "/".join(words["yes" if flag else "no"] for flag in (entry.reported, entry.excused))
        cells = (
            words.day(entry.day),
            markup(entry.period) or words["whole_day"],
            markup(entry.subject),
            words.number(entry.lessons),
            marks,
            markup(entry.reason),
        )
        return [Paragraph(cell, self.styles.cell) for cell in cells]
