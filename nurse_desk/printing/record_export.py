"""A pupil's whole record as a PDF for an access request: the pupil, every note with its
amendments, the consents, home visits, referrals, follow-ups, absence and the pupil's access
log (the parts after the consents are in record_parts.py)."""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Spacer, Table

from nurse_desk.domain.access_log import AccessEntry
from nurse_desk.domain.consent import ConsentRecord, ConsentState
from nurse_desk.domain.journal import AmendmentRecord, NoteRecord, Topic
from nurse_desk.domain.national_id import written as written_national_id
from nurse_desk.domain.record_sheet import RecordSheet
from nurse_desk.domain.records import GuardianRecord
from nurse_desk.printing.base import (
    ALERT,
    FACTS_STYLE,
    RULE,
    TABLE_STYLE,
    TEXT_WIDTH,
    Printout,
    markup,
)
from nurse_desk.printing.characters import Paragraph
from nurse_desk.printing.log_details import LOG_WORDS, detail_words
from nurse_desk.printing.record_parts import PART_WORDS, RecordParts, alert

_CONSENT_COLUMNS = (22 * mm, 46 * mm, 33 * mm, 19 * mm, 22 * mm, TEXT_WIDTH - 142 * mm)
# The details, worded in the printout's language, need the room more than the action does.
# The first column holds the longest date and time on one line ("28. mars 2026 kl. 23:45").
_LOG_COLUMNS = (40 * mm, 36 * mm, 34 * mm, TEXT_WIDTH - 110 * mm)
_NO_VALUE = "–"
# The pupil's labels: room for the longest, the Swedish "Person-/samordningsnr.", on one line.
_LABEL = 48 * mm
# Room a part needs at the foot of a page, or it starts on the next one: no orphaned headings.
_ROOM_FOR_SECTION = 35 * mm
_ROOM_FOR_NOTE = 30 * mm
_ROOM_FOR_FIELD = 14 * mm

_RECORD_WORDS = {
    "title": ("Helsejournal", "Hälsojournal", "Health record"),
    "request": (
        "Fullstendig journal med tilgangslogg, utskrevet ved innsynsbegjæring",
        "Fullständig journal med loggutdrag, framtagen vid begäran om insyn",
        "Complete record with access log, produced for an access request",
    ),
    "produced": ("Laget {at} av {by}", "Framtagen {at} av {by}", "Produced {at} by {by}"),
    "pupil": ("Elev", "Elev", "Pupil"),
    "name": ("Navn", "Namn", "Name"),
    "born": ("Født", "Född", "Born"),
    "national_id": ("Fødselsnr./D-nr.", "Person-/samordningsnr.", "National ID"),
    "school": ("Skole", "Skola", "School"),
    "class": ("Klasse", "Klass", "Class"),
    "guardians": ("Foresatte", "Vårdnadshavare", "Guardians"),
    "no_responsibility": (
        "uten foreldreansvar",
        "utan vårdnadsansvar",
        "no parental responsibility",
    ),
    "left_school": ("Sluttet på skolen", "Har slutat skolan", "Left school"),
    "notes": ("Notater ({count})", "Anteckningar ({count})", "Notes ({count})"),
    "no_notes": ("Ingen notater.", "Inga anteckningar.", "No notes."),
    "topics": ("Temaer", "Ämnen", "Topics"),
    "participants": ("Deltakere", "Deltagare", "Who took part"),
    "conversation": ("Samtale", "Samtal", "Conversation"),
    "assessment": ("Vurdering", "Bedömning", "Assessment"),
    "actions": ("Avtalte tiltak", "Överenskomna åtgärder", "Agreed actions"),
    "follow_up": ("Behov for oppfølging", "Behov av uppföljning", "Follow-up needed"),
    "signed": ("Signert {at} av {by}", "Signerad {at} av {by}", "Signed {at} by {by}"),
    "draft": ("UTKAST: ikke signert", "UTKAST: inte signerad", "DRAFT: not signed"),
    "amendment": ("Tillegg {at} av {by}", "Tillägg {at} av {by}", "Amendment {at} by {by}"),
    "reason": ("Begrunnelse", "Skäl", "Reason"),
    "consents": ("Samtykker ({count})", "Samtycken ({count})", "Consents ({count})"),
    "no_consents": ("Ingen samtykker.", "Inga samtycken.", "No consents."),
    "given_on": ("Gitt den", "Lämnat den", "Given on"),
    "purpose": ("Formål", "Syfte", "For"),
    "given_by": ("Gitt av", "Lämnat av", "Given by"),
    "method": ("Hvordan", "Hur", "How"),
    "valid_until": ("Gyldig til", "Giltigt till", "Valid until"),
    "state": ("Status", "Status", "State"),
    "withdrawn_on": ("trukket tilbake {on}", "återkallat {on}", "withdrawn {on}"),
    "log": ("Tilgangslogg ({count})", "Åtkomstlogg ({count})", "Access log ({count})"),
    "no_log": ("Ingen oppføringer.", "Inga poster.", "No entries."),
    "when": ("Når", "När", "When"),
    "who": ("Hvem", "Vem", "Who"),
    "what": ("Hva", "Vad", "What"),
    "detail": ("Detaljer", "Detaljer", "Detail"),
}


def render_record(sheet: RecordSheet, language: str) -> bytes:
    """The record as A4 PDF bytes in nb, sv or en."""
    return RecordPrintout(sheet, language).render()


class RecordPrintout(RecordParts, Printout):
    own_words: ClassVar[dict[str, tuple[str, str, str]]] = {
        **_RECORD_WORDS,
        **PART_WORDS,
        **LOG_WORDS,
    }

    def __init__(self, sheet: RecordSheet, language: str) -> None:
        super().__init__(language)
        self.sheet = sheet

    def title(self) -> str:
        return self.words["title"]

    def subject(self) -> str:
        pupil = self.sheet.pupil
        return f"{pupil.full_name} ({self.words.day(pupil.birth_date)})"

    def flowables(self) -> list[Flowable]:
        return [
            *self._heading(),
            *self._pupil(),
            *self._notes(),
            *self._consents(),
            *self._visits(),
            *self._referrals(),
            *self._follow_ups(),
            *self._absence(),
            *self._log(),
        ]

    # -- the parts, top to bottom

    def _heading(self) -> list[Flowable]:
        words, style = self.words, self.styles
        produced = words["produced"].format(
            at=words.moment(self.sheet.produced_at), by=words.person(self.sheet.produced_by)
        )
        lines = [
            Paragraph(words["title"], style.title),
            Paragraph(words["request"], style.subtitle),
            Paragraph(produced, style.subtitle),
        ]
        if self.sheet.requester is not None:
            asked = f"{words['requested_by']}: {words.of(self.sheet.requester)}"
            lines.append(Paragraph(asked, style.subtitle))
        if self.sheet.reason:
            why = f"{words['disclosure_reason']}: {markup(self.sheet.reason)}"
            lines.append(Paragraph(why, style.subtitle))
        if self.sheet.pupil.protected_identity:
            lines.append(Paragraph(alert(words["protected"]), style.body))
        lines.append(
            HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=6, spaceAfter=2)
        )
        return lines

    def _pupil(self) -> list[Flowable]:
        words, pupil = self.words, self.sheet.pupil
        facts = [
            (words["name"], f"<b>{markup(pupil.full_name)}</b>"),
            (words["born"], words.day(pupil.birth_date)),
            (words["national_id"], markup(written_national_id(pupil.national_id or _NO_VALUE))),
            (words["school"], markup(pupil.school_name)),
            (words["class"], markup(pupil.class_name or _NO_VALUE)),
            (words["guardians"], "<br/>".join(map(self._guardian, pupil.guardians)) or _NO_VALUE),
        ]
        if not pupil.active:
            left = words.day(pupil.left_on) if pupil.left_on else ""
            facts.append((words["left_school"], left or words["yes"]))
        rows = [
            [Paragraph(label, self.styles.fact_label), Paragraph(value, self.styles.fact)]
            for label, value in facts
        ]
        table = Table(rows, colWidths=(_LABEL, TEXT_WIDTH - _LABEL), hAlign="LEFT")
        table.setStyle(FACTS_STYLE)
        return [*self._section(words["pupil"]), table]

    def _guardian(self, guardian: GuardianRecord) -> str:
        parts = [markup(guardian.name)]
        if guardian.relation:
            parts[0] += f" ({markup(guardian.relation)})"
        if guardian.phone:
            parts.append(markup(guardian.phone))
        if not guardian.parental_responsibility:
            parts.append(self.words["no_responsibility"])
        return " · ".join(parts)

    def _notes(self) -> list[Flowable]:
        notes = self.sheet.notes
        flowables = self._section(self.words["notes"].format(count=len(notes)))
        if not notes:
            return [*flowables, Paragraph(self.words["no_notes"], self.styles.body)]
        for index, note in enumerate(notes):
            if index:
                flowables.append(
                    HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=4, spaceAfter=6)
                )
            flowables += self._note(note)
        return flowables

    def _note(self, note: NoteRecord) -> list[Flowable]:
        words, style = self.words, self.styles
        heading = f"{words.moment(note.occurred_at)} · {words.of(note.kind)}"
        if note.is_signed:
            signer = ", ".join(part for part in (note.signed_by, note.signed_title) if part)
            status = words["signed"].format(at=words.moment(note.signed_at), by=markup(signer))
        else:
            status = f'<font color="{ALERT.hexval()}"><b>{words["draft"]}</b></font>'
        flowables: list[Flowable] = [
            CondPageBreak(_ROOM_FOR_NOTE),
            Paragraph(heading, style.subheading),
            Paragraph(status, style.status),
        ]
        topics = ", ".join(words.of(topic) for topic in Topic if topic in note.topics)
        short = [
            ("topics", topics),
            ("participants", markup(note.participants)),
            ("follow_up", words["yes"] if note.follow_up_needed else ""),
        ]
        for key, value in short:
            if value:
                flowables.append(Paragraph(f"<b>{words[key]}:</b> {value}", style.body))
        for key in ("conversation", "assessment", "actions"):
            text = getattr(note, key)
            if text.strip():
                flowables += [
                    CondPageBreak(_ROOM_FOR_FIELD),
                    Paragraph(words[key], style.label),
                    Paragraph(markup(text), style.body),
                ]
        for amendment in note.amendments:
            flowables += self._amendment(amendment)
        return flowables

    def _amendment(self, amendment: AmendmentRecord) -> list[Flowable]:
        words, style = self.words, self.styles
        author = ", ".join(part for part in (amendment.author, amendment.author_title) if part)
        heading = words["amendment"].format(
            at=words.moment(amendment.written_at), by=markup(author)
        )
        return [
            Spacer(0, 3),
            Paragraph(heading, style.indented_heading),
            Paragraph(f"<b>{words['reason']}:</b> {markup(amendment.reason)}", style.indented),
            Paragraph(markup(amendment.text), style.indented),
        ]

    def _consents(self) -> list[Flowable]:
        words, style = self.words, self.styles
        consents = self.sheet.consents
        flowables = self._section(words["consents"].format(count=len(consents)))
        if not consents:
            return [*flowables, Paragraph(words["no_consents"], style.body)]
        header = ("given_on", "purpose", "given_by", "method", "valid_until", "state")
        rows = [[Paragraph(words[key], style.cell_header) for key in header]]
        rows += [self._consent_row(consent) for consent in consents]
        return [*flowables, self._table(rows, _CONSENT_COLUMNS)]

    def _consent_row(self, consent: ConsentRecord) -> list[Flowable]:
        words = self.words
        purpose = words.of(consent.purpose)
        if consent.partner:
            purpose += f": {markup(consent.partner)}"
        if consent.note.strip():
            purpose += f"<br/><i>{markup(consent.note)}</i>"
        given_by = words.of(consent.given_by)
        if consent.guardian_name:
            given_by += f" ({markup(consent.guardian_name)})"
        state_now = consent.state(self.sheet.produced_at.date())
        state = words.of(state_now)
        if consent.withdrawn_on is not None:
            withdrawn = words.day(consent.withdrawn_on)
            if state_now is not ConsentState.WITHDRAWN:  # a withdrawal dated ahead
                withdrawn = words["withdrawn_on"].format(on=withdrawn)
            state += f"<br/>{withdrawn}"
        cells = (
            words.day(consent.given_on),
            purpose,
            given_by,
            words.of(consent.method),
            words.day(consent.valid_until) if consent.valid_until else _NO_VALUE,
            state,
        )
        return [Paragraph(cell, self.styles.cell) for cell in cells]

    def _log(self) -> list[Flowable]:
        words, style = self.words, self.styles
        log = self.sheet.log
        flowables = self._section(words["log"].format(count=len(log)))
        if not log:
            return [*flowables, Paragraph(words["no_log"], style.body)]
        rows = [
            [Paragraph(words[key], style.cell_header) for key in ("when", "who", "what", "detail")]
        ]
        partners = {r.partner_id: r.partner_name for r in self.sheet.referrals}
        rows += [self._log_row(entry, partners) for entry in log]
        return [*flowables, self._table(rows, _LOG_COLUMNS)]

    def _log_row(self, entry: AccessEntry, partners: dict[int, str]) -> list[Flowable]:
        cells = (
            self.words.moment(entry.at),
            self.words.person(entry.actor),
            self.words.of(entry.action),
            markup(detail_words(entry.detail, self.words, partners)),
        )
        return [Paragraph(cell, self.styles.cell) for cell in cells]

    def _section(self, title: str) -> list[Flowable]:
        return [CondPageBreak(_ROOM_FOR_SECTION), Paragraph(title, self.styles.heading)]

    @staticmethod
    def _table(rows: list[list[Flowable]], widths: tuple[float, ...]) -> Table:
        # splitInRow: a consent with a long note may be taller than what is left of the page.
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TABLE_STYLE)
        return table
