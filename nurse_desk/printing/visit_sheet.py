"""The home-visit preparation sheet: what the nurse carries into the home. Tick boxes for the
observation points, room to write beside each point and under each question, a box for the
agreed follow-up and a signature line."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import ClassVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from nurse_desk.domain.home_visits import Companion
from nurse_desk.domain.visit_sheet import SheetPerson, VisitSheet
from nurse_desk.domain.words import in_sentence
from nurse_desk.printing import sheet_disclosure as disclosure
from nurse_desk.printing.base import (
    ALERT,
    FACTS_STYLE,
    HEADER_FILL,
    INK,
    RULE,
    TABLE_STYLE,
    TEXT_WIDTH,
    Printout,
    markup,
    styles,
)
from nurse_desk.printing.characters import Paragraph
from nurse_desk.printing.visit_words import SHEET_WORDS

# The frame keeps 6 pt padding on each side: full-width tables line up with the rules.
_WIDTH = TEXT_WIDTH - 12
TICK_BOX_SIZE = 4.2 * mm  # the tests count squares of this size: one per observation point
LINE_GAP = 6.5 * mm  # handwriting needs about 7 mm between ruled lines
# Ruled lines to write on by hand, on a clipboard in a family's kitchen: a few sentences for each
# question and each observation point, a reminder for each topic.
TOPIC_LINES = 2
QUESTION_LINES = 4
OBSERVATION_LINES = 4
_LABEL_WIDTH = 34 * mm
_NARROW_LABEL = 31 * mm
_WIDE_HALF = _WIDTH * 0.54
_NARROW_HALF = _WIDTH - _WIDE_HALF
_ROOM_FOR_SECTION = 30 * mm
_PARTICIPANT_COLUMNS = (32 * mm, 40 * mm, 40 * mm, 30 * mm, _WIDTH - 142 * mm)
_OBSERVATION_COLUMNS = (12 * mm, 58 * mm, _WIDTH - 70 * mm)
_FOLLOW_UP_COLUMNS = (26 * mm, _WIDTH - 66 * mm, 40 * mm)
_FOLLOW_UP_ROWS = 4


# Tighter than the record's headings: the sheet should fit a typical plan on two pages.
@functools.cache
def _heading_style() -> ParagraphStyle:
    return ParagraphStyle(
        "visit_heading", styles().heading, fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3
    )


def render_visit_sheet(sheet: VisitSheet, language: str) -> bytes:
    """The sheet as A4 PDF bytes in nb, sv or en."""
    return VisitSheetPrintout(sheet, language).render()


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = TICK_BOX_SIZE) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class WritingLines(Flowable):
    """Light ruled lines to write on."""

    def __init__(
        self, lines: int, width: float | None = None, *, ruled_below: bool = False
    ) -> None:
        super().__init__()
        self.lines, self.fixed_width = lines, width
        self.ruled_below = ruled_below  # a table rule already draws the last line
        self.width = width or 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.fixed_width or available_width
        return self.width, self.lines * LINE_GAP

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        for line in range(1 if self.ruled_below else 0, self.lines):
            y = line * LINE_GAP + 0.5
            self.canv.line(0, y, self.width, y)


class VisitSheetPrintout(Printout):
    own_words: ClassVar[dict[str, tuple[str, str, str]]] = SHEET_WORDS

    def __init__(self, sheet: VisitSheet, language: str) -> None:
        super().__init__(language)
        self.sheet = sheet

    def title(self) -> str:
        return self.words["title"]

    def subject(self) -> str:
        pupil = self.sheet.pupil
        born = self.words.day(pupil.born) if pupil.born else str(pupil.born_year)
        return f"{pupil.name} ({born})"

    def flowables(self) -> list[Flowable]:
        return [
            *self._heading(),
            self._side_by_side(self._when_where(), self._safety()),
            *self._family(),
            *self._participants(),
            *self._why(),
            *self._notice_consent(),
            *self._topics(),
            *self._questions(),
            *self._observations(),
            *self._follow_up(),
            *self._signature(),
        ]

    # -- the parts, top to bottom

    def _heading(self) -> list[Flowable]:
        words, style, sheet = self.words, self.styles, self.sheet
        status = self.words.of(sheet.status)
        if sheet.missing:
            items = ", ".join(self.words.of(item) for item in sheet.missing)
            status = self._alert(words["not_ready"].format(items=items))
        lines = [
            Paragraph(words["title"], style.title),
            Paragraph(f"<b>{words['status']}:</b> {status}", style.body),
            Paragraph(words["produced"].format(at=words.moment(sheet.produced_at)), style.subtitle),
        ]
        lines.append(self._disclosure())
        if sheet.protected:
            lines.append(Paragraph(self._alert(words["protected"]), style.body))
        lines.append(HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=4))
        return lines

    def _disclosure(self) -> Table:
        """A framed box: which version this is, what it shows about the family and what it
        leaves out, and what to do with the paper."""
        words, sheet = self.words, self.sheet
        text = f"<b>{words[disclosure.version_key(sheet)]}.</b> " + words["shows"].format(
            items=disclosure.listed([words[k] for k in disclosure.shown(sheet)])
        )
        left_out = disclosure.left_out(sheet)
        if left_out:
            items = disclosure.listed([words[k] for k in left_out])
            text += " " + words["left_out"].format(items=items)
        text += " " + words["keep_it"]
        box = Table([[Paragraph(text, self.styles.fact)]], colWidths=(_WIDTH,), hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return box

    def _when_where(self) -> list[Flowable]:
        words, sheet = self.words, self.sheet
        start = datetime.combine(sheet.planned_on, sheet.starts_at)
        end = start + timedelta(minutes=sheet.minutes)
        weekday = words["weekdays"].split()[sheet.planned_on.weekday()]
        when = words["time_span"].format(
            day=f"{weekday} {words.day(sheet.planned_on)}",
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
            minutes=sheet.minutes,
        )
        facts = [(words["when"], f"<b>{when}</b>")]
        if sheet.home_of:
            facts.append((words["home_of"], markup(sheet.home_of)))
        if sheet.protected:
            place = self._alert(words["address_protected"])
        elif sheet.private:
            place = words["address_hidden"]
        else:
            place = markup(sheet.address)
        facts.append((words["place"], place))
        if sheet.directions.strip():
            facts.append((words["directions"], markup(sheet.directions)))
        return [self._heading_of(words["when_where"]), self._facts(facts, _WIDE_HALF - 6 * mm)]

    def _family(self) -> list[Flowable]:
        words, sheet = self.words, self.sheet
        facts = [(words["pupil"], self._person(sheet.pupil, bold=True))]
        if sheet.siblings:
            facts.append((words["siblings"], "<br/>".join(self._person(s) for s in sheet.siblings)))
        if sheet.guardians:
            facts.append(
                (words["guardians"], "<br/>".join(self._guardian(g) for g in sheet.guardians))
            )
        return [*self._section(words["family"]), self._facts(facts)]

    def _person(self, person: SheetPerson, *, bold: bool = False) -> str:
        words = self.words
        name = f"<b>{markup(person.name)}</b>" if bold else markup(person.name)
        born = (
            words["born"].format(day=words.day(person.born))
            if person.born
            else words["born_year"].format(year=person.born_year)
        )
        parts = [name, born, markup(person.national_id), markup(person.detail)]
        return " · ".join(part for part in parts if part)

    def _guardian(self, guardian: SheetPerson) -> str:
        name = markup(guardian.name)
        if guardian.detail:
            name += f" ({markup(guardian.detail)})"
        return " · ".join(part for part in (name, markup(guardian.phone)) if part)

    def _participants(self) -> list[Flowable]:
        words, style, sheet = self.words, self.styles, self.sheet
        header = ("role", "name", "organisation", "phone", "confirmed")
        rows = [[Paragraph(words[key], style.cell_header) for key in header]]
        nurse = ", ".join(p for p in (sheet.nurse_name, sheet.nurse_title) if p)
        rows.append(self._cells((words["nurse_role"], markup(nurse), "", "", words["yes"])))
        rows += [self._companion_row(companion) for companion in sheet.companions]
        return [*self._section(words["participants"]), self._table(rows, _PARTICIPANT_COLUMNS)]

    def _companion_row(self, companion: Companion) -> list[Flowable]:
        words = self.words
        confirmed = words["yes"] if companion.confirmed else self._alert(words["no"])
        return self._cells(
            (
                self.words.of(companion.role),
                markup(companion.name),
                markup(companion.organisation),
                markup(companion.phone),
                confirmed,
            )
        )

    def _why(self) -> list[Flowable]:
        words, sheet = self.words, self.sheet
        reasons = [self.words.of(reason) for reason in sheet.reasons]
        if sheet.reason_text.strip():
            reasons.append(markup(sheet.reason_text))
        initiator = self.words.of(sheet.initiator)
        if sheet.initiator_text.strip():
            initiator += f": {markup(sheet.initiator_text)}"
        purposes = [self.words.of(purpose) for purpose in sheet.purposes]
        if sheet.purpose_text.strip():
            purposes.append(markup(sheet.purpose_text))
        style = self.styles
        left = [
            Paragraph(words["reasons"], style.label),
            Paragraph(self._bullets(reasons), style.fact),
            Paragraph(words["initiator"], style.label),
            Paragraph(initiator, style.fact),
        ]
        right = [
            Paragraph(words["purposes"], style.label),
            Paragraph(self._bullets(purposes), style.fact),
        ]
        return [*self._section(words["why"]), self._side_by_side(left, right)]

    def _notice_consent(self) -> list[Flowable]:
        words, sheet = self.words, self.sheet
        notice = sheet.notice
        if notice.is_given and notice.given_on and notice.method:
            given = words["notice_given"].format(
                day=words.day(notice.given_on),
                method=self.words.of(notice.method).lower(),
                whom=markup(notice.to_whom),
            )
        else:
            given = self._alert(words["notice_missing"])
        facts = [(words["notice"], given)]
        if notice.told.strip():
            facts.append((words["told"], markup(notice.told)))
        facts.append((words["consent"], self._consent()))
        return [*self._section(words["notice_consent"]), self._facts(facts)]

    def _consent(self) -> str:
        words, consent = self.words, self.sheet.consent
        if consent is None:
            return self._alert(words["consent_missing"])
        giver = in_sentence(words.of(consent.given_by))
        if consent.guardian_name:
            giver += f" ({markup(consent.guardian_name)})"
        text = words["consent_given"].format(
            day=words.day(consent.given_on), giver=giver, method=words.of(consent.method).lower()
        )
        if consent.valid_until:
            text += ", " + words["consent_until"].format(day=words.day(consent.valid_until))
        return text

    def _safety(self) -> list[Flowable]:
        words, safety = self.words, self.sheet.safety
        facts = [
            (words["pairs"], words["yes"] if safety.go_in_pairs else words["no"]),
            (words["call_whom"], markup(safety.call_whom) or words["dash"]),
            (
                words["back_by"],
                safety.expected_back.strftime("%H:%M") if safety.expected_back else words["dash"],
            ),
        ]
        return [self._heading_of(words["safety"]), self._facts(facts, _NARROW_HALF)]

    def _topics(self) -> list[Flowable]:
        return self._writing_list(self.words["topics"], self.sheet.topics, lines=TOPIC_LINES)

    def _questions(self) -> list[Flowable]:
        questions = self.sheet.questions
        return self._writing_list(self.words["questions"], questions, lines=QUESTION_LINES)

    def _writing_list(self, title: str, items: tuple[str, ...], *, lines: int) -> list[Flowable]:
        style = self.styles
        flowables = self._section(title)
        if not items:
            return [*flowables, Paragraph(self.words["none_planned"], style.body)]
        for number, item in enumerate(items, start=1):
            flowables.append(
                KeepTogether(
                    [
                        Paragraph(f"<b>{number}.</b> {markup(item)}", style.body),
                        WritingLines(lines),
                        Spacer(0, 2 * mm),
                    ]
                )
            )
        return flowables

    def _observations(self) -> list[Flowable]:
        words, style, points = self.words, self.styles, self.sheet.observation_points
        flowables = self._section(words["observations"])
        if not points:
            return [*flowables, Paragraph(words["none_planned"], style.body)]
        header = [
            Paragraph(words[key], style.cell_header) for key in ("observed", "point", "notes")
        ]
        notes_width = _OBSERVATION_COLUMNS[2] - 8
        rows = [header] + [
            [
                TickBox(),
                Paragraph(markup(point), style.cell),
                WritingLines(OBSERVATION_LINES, notes_width, ruled_below=True),
            ]
            for point in points
        ]
        table = Table(rows, colWidths=_OBSERVATION_COLUMNS, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 1), (0, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ]
            )
        )
        return [*flowables, table]

    def _follow_up(self) -> list[Flowable]:
        words, style = self.words, self.styles
        header = [Paragraph(words[key], style.cell_header) for key in ("date", "what", "who")]
        rows = [header] + [["", "", ""] for _ in range(_FOLLOW_UP_ROWS)]
        heights = [None] + [8 * mm] * _FOLLOW_UP_ROWS
        table = Table(rows, colWidths=_FOLLOW_UP_COLUMNS, rowHeights=heights, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                ]
            )
        )
        # The follow-up and the signature under it (about 25 mm) go over together: the
        # signature lines never stand alone on a last page.
        return [CondPageBreak(75 * mm), *self._section(words["follow_up"]), table]

    def _signature(self) -> list[Flowable]:
        words, style = self.words, self.styles
        cells = [
            [Spacer(0, 12 * mm), "", Spacer(0, 12 * mm)],
            [
                Paragraph(words["place_date"], style.small),
                "",
                Paragraph(words["signature"], style.small),
            ],
        ]
        width = (_WIDTH - 12 * mm) / 2
        table = Table(cells, colWidths=(width, 12 * mm, width), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 1), (0, 1), 0.8, INK),
                    ("LINEABOVE", (2, 1), (2, 1), 0.8, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [KeepTogether([Spacer(0, 4 * mm), table])]

    # -- shared pieces

    def _section(self, title: str) -> list[Flowable]:
        return [CondPageBreak(_ROOM_FOR_SECTION), self._heading_of(title)]

    def _heading_of(self, title: str) -> Paragraph:
        return Paragraph(title, _heading_style())

    def _facts(self, facts: list[tuple[str, str]], width: float = _WIDTH) -> Table:
        rows = [
            [Paragraph(label, self.styles.fact_label), Paragraph(value, self.styles.fact)]
            for label, value in facts
        ]
        label = _LABEL_WIDTH if width == _WIDTH else _NARROW_LABEL
        table = Table(rows, colWidths=(label, width - label), hAlign="LEFT")
        table.setStyle(FACTS_STYLE)
        return table

    def _side_by_side(self, left: list[Flowable], right: list[Flowable]) -> Table:
        table = Table([[left, right]], colWidths=(_WIDE_HALF, _NARROW_HALF), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _cells(self, texts: tuple[str, ...]) -> list[Flowable]:
        return [Paragraph(text, self.styles.cell) for text in texts]

    def _table(self, rows: list[list[Flowable]], widths: tuple[float, ...]) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TABLE_STYLE)
        return table

    def _bullets(self, items: list[str]) -> str:
        return "<br/>".join(f"• {item}" for item in items) or self.words["dash"]

    @staticmethod
    def _alert(text: str) -> str:
        return f'<font color="{ALERT.hexval()}"><b>{text}</b></font>'
