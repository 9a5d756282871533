"""The week's agenda on paper: the latest overdue items (and how many older ones the app lists),
then each day's tasks with a box to tick.

In private mode only initials and year of birth are printed, and no description: the sheet
may lie on a desk in a shared office (docs/CARE-RULES.md, "Home visits": the same option as the
visit sheet)."""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Table

from nurse_desk.domain.agenda import AgendaItem, AgendaKind, AgendaSheet
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.domain.school_calendar import DayFlag
from nurse_desk.domain.words import word
from nurse_desk.printing.base import (
    ALERT,
    RULE,
    TABLE_STYLE,
    TEXT_WIDTH,
    Printout,
    markup,
)
from nurse_desk.printing.characters import Paragraph

_COLUMNS = (21 * mm, 44 * mm, 16 * mm, 40 * mm, TEXT_WIDTH - 129 * mm, 8 * mm)
_PRIVATE_COLUMNS = (21 * mm, 28 * mm, 16 * mm, 46 * mm, TEXT_WIDTH - 119 * mm, 8 * mm)


class TickBox(Flowable):
    """An empty square to tick by hand (the font has no ballot-box glyph)."""

    size = 3.4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, -0.5 * mm, self.size, self.size)


_AGENDA_WORDS = {
    "title": ("Oppfølging uke {week}", "Uppföljning vecka {week}", "Agenda, week {week}"),
    "period": ("{first} – {last}", "{first} – {last}", "{first} – {last}"),
    "produced": ("Skrevet ut {at} av {by}", "Utskriven {at} av {by}", "Printed {at} by {by}"),
    "private": (
        "Personvernutskrift: bare initialer og fødselsår",
        "Integritetsutskrift: endast initialer och födelseår",
        "Private printout: initials and year of birth only",
    ),
    "protected": ("SPERRET", "SKYDDAD", "PROTECTED"),
    "overdue": ("Forfalt ({count})", "Försenade ({count})", "Overdue ({count})"),
    "left out": (
        "{count} eldre forfalte oppgaver er ikke skrevet ut: se Oppfølging i appen.",
        "{count} äldre försenade uppgifter skrivs inte ut: se Uppföljningar i appen.",
        "{count} older overdue tasks are not printed: see Follow-ups in the app.",
    ),
    "nothing": ("Ingenting denne dagen.", "Inget denna dag.", "Nothing this day."),
    "time": ("Tid", "Tid", "Time"),
    "due": ("Frist", "Senast", "Due"),  # the column is narrow: "Förfallodag" broke in two
    "pupil": ("Elev", "Elev", "Pupil"),
    "class": ("Klasse", "Klass", "Class"),
    "task": ("Oppgave", "Uppgift", "Task"),
    "note": ("Merknad", "Anteckning", "Note"),
    "repeats": ("gjentas", "återkommande", "repeats"),
    "weekdays": (
        "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
        "måndag,tisdag,onsdag,torsdag,fredag,lördag,söndag",
        "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    ),
}


def kind_word(kind: FollowUpKind, language: str) -> str:
    """The printed (and calendar) word for a kind of follow-up."""
    return word(kind, language)


def render_agenda(sheet: AgendaSheet, language: str) -> bytes:
    return AgendaPrintout(sheet, language).render()


class AgendaPrintout(Printout):
    own_words: ClassVar[dict[str, tuple[str, str, str]]] = _AGENDA_WORDS

    def __init__(self, sheet: AgendaSheet, language: str) -> None:
        super().__init__(language)
        self.sheet = sheet

    def title(self) -> str:
        return self.words["title"].format(week=self.sheet.first_day.isocalendar().week)

    def flowables(self) -> list[Flowable]:
        words, style, sheet = self.words, self.styles, self.sheet
        flowables: list[Flowable] = [
            Paragraph(self.title(), style.title),
            Paragraph(
                words["period"].format(
                    first=words.day(sheet.first_day), last=words.day(sheet.last_day)
                ),
                style.subtitle,
            ),
            Paragraph(
                words["produced"].format(
                    at=words.moment(sheet.produced_at), by=words.person(sheet.produced_by)
                ),
                style.subtitle,
            ),
        ]
        if sheet.private:
            flowables.append(Paragraph(words["private"], style.subtitle))
        flowables.append(
            HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=6, spaceAfter=2)
        )
        if sheet.overdue:
            overdue = len(sheet.overdue) + sheet.overdue_left_out
            flowables += [
                Paragraph(
                    f'<font color="{ALERT.hexval()}">'
                    f"{words['overdue'].format(count=overdue)}</font>",
                    style.heading,
                ),
                self._table(sheet.overdue, with_day=True),
            ]
            if sheet.overdue_left_out:
                left_out = words["left out"].format(count=sheet.overdue_left_out)
                flowables.append(Paragraph(left_out, style.small))
        closed = dict(sheet.holidays)
        day_heading = ParagraphStyle("day", style.subheading, spaceBefore=9, spaceAfter=3)
        weekdays = words["weekdays"].split(",")
        day = sheet.first_day
        while day <= sheet.last_day:
            items = tuple(item for item in sheet.items if item.due_on == day)
            if items or day.weekday() < 5:
                heading = f"{weekdays[day.weekday()].capitalize()} {words.day(day)}"
                if day in closed:
                    heading += f' <font color="{ALERT.hexval()}">· {markup(closed[day])}</font>'
                flowables += [CondPageBreak(25 * mm), Paragraph(heading, day_heading)]
                flowables.append(
                    self._table(items) if items else Paragraph(words["nothing"], style.small)
                )
            day = day.fromordinal(day.toordinal() + 1)
        return flowables

    def _table(self, items: tuple[AgendaItem, ...], *, with_day: bool = False) -> Table:
        words, style = self.words, self.styles
        first_column = words["due"] if with_day else words["time"]
        header = [first_column, words["pupil"], words["class"], words["task"], words["note"], ""]
        rows = [[Paragraph(text, style.cell_header) for text in header]]
        for item in items:
            when = item.due_time.strftime("%H:%M") if item.due_time else ""
            if with_day:
                when = words.day(item.due_on)
            rows.append(
                [
                    Paragraph(when, style.cell),
                    Paragraph(self._who(item), style.cell),
                    Paragraph(markup(item.class_name), style.cell),
                    Paragraph(self._task(item), style.cell),
                    Paragraph(self._note(item), style.cell),
                    TickBox(),
                ]
            )
        columns = _PRIVATE_COLUMNS if self.sheet.private else _COLUMNS
        table = Table(rows, colWidths=columns, repeatRows=1, hAlign="LEFT")
        table.setStyle(TABLE_STYLE)
        return table

    def _who(self, item: AgendaItem) -> str:
        if self.sheet.private:
            who = f"{markup(item.initials)} ({item.birth_year})"
        else:
            who = f"<b>{markup(item.pupil_name)}</b>"
        if item.pupil_id in self.sheet.protected:
            who += f'<br/><font color="{ALERT.hexval()}"><b>{self.words["protected"]}</b></font>'
        return who

    def _task(self, item: AgendaItem) -> str:
        what = FollowUpKind.HOME_VISIT if item.kind is AgendaKind.HOME_VISIT else item.what
        text = self.words.of(what)
        if item.recurring:
            text += f" ({self.words['repeats']})"
        return text

    def _note(self, item: AgendaItem) -> str:
        parts = [] if self.sheet.private else [markup(item.description)]
        flags = [self.words.of(flag) for flag in DayFlag if flag in item.flags]
        if flags:
            parts.append(f'<font color="{ALERT.hexval()}">{", ".join(flags)}</font>')
        return "<br/>".join(part for part in parts if part)
