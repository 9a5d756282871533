"""What every printout shares: A4 geometry in mm, the numbered confidential footer, paragraph
and table styles, and the printed words in nb, sv and en. The fonts, and which of them sets each
character, are in characters.py."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from nurse_desk.domain.access_log import NO_NAME
from nurse_desk.domain.words import LANGUAGES, Catalogue
from nurse_desk.domain.words import journal as journal_words
from nurse_desk.domain.words import words as words_of
from nurse_desk.printing import characters
from nurse_desk.printing.characters import (
    FONT,
    FONT_BOLD,
    PLACEHOLDER,
    Unprinted,
    cleaned,
    draw_string,
    register_fonts,
)

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm  # room for the footer
FOOTER_BASELINE = 12 * mm
TEXT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b0b4b8")
HEADER_FILL = colors.HexColor("#e6e9ec")
STRIPE = colors.HexColor("#f6f7f8")
ALERT = colors.HexColor("#b00020")

# Shared printed words, (nb, sv, en); the same wording the app's screens use.
_WORDS: dict[str, tuple[str, str, str]] = {
    "confidential": (
        "Konfidensielt: helsejournal",
        "Konfidentiellt: hälsojournal",
        "Confidential: health record",
    ),
    "page": ("side {page} av {pages}", "sida {page} av {pages}", "page {page} of {pages}"),
    "yes": ("Ja", "Ja", "Yes"),
    "no": ("Nei", "Nej", "No"),
    # The screens' one date style (the locale's medium date, ui/common/dates.py), written out
    # here because printing does not import Qt: the same short month names as Qt's.
    # Who printed, until Settings has the nurse's name (access_log.NO_NAME).
    "no_name": (
        "(uten navn i Innstillinger)",
        "(utan namn i Inställningar)",
        "(no name in Settings)",
    ),
    "date_format": ("{d}. {month} {y}", "{d} {month} {y}", "{d} {month} {y}"),
    "moment_format": ("{date} kl. {time}", "{date} kl. {time}", "{date} {time}"),
    # Under the footer of every page when a character of the text could not be printed
    # (characters.py): what the mark means, and that nothing was lost.
    "unprinted": (
        f"{PLACEHOLDER} = tegn som ikke kan skrives ut her (f.eks. emoji eller skrift som leses "
        "fra høyre). Nurse Desk har teksten slik den ble skrevet.",
        f"{PLACEHOLDER} = tecken som inte kan skrivas ut här (t.ex. emoji eller skrift som läses "
        "från höger). Nurse Desk har texten som den skrevs.",
        f"{PLACEHOLDER} = characters that cannot be printed here (such as emoji or a script read "
        "from right to left). Nurse Desk keeps the text as it was written.",
    ),
}
_SHORT_MONTHS = (
    ("jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."),
    ("jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."),
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
)


class Words:
    """The printed words in one language: Qt's translations are out of reach here (printing
    does not import Qt), so each printout carries its own table of (nb, sv, en) words; domain
    values read the one word catalogue the screens read too (nurse_desk/domain/words)."""

    def __init__(self, language: str, own: dict[str, tuple[str, str, str]] | None = None) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no printed words for language {language!r}")
        self.language = language
        self._index = LANGUAGES.index(language)
        self._table = {**_WORDS, **(own or {})}

    def __getitem__(self, key: str) -> str:
        return self._table[key][self._index]

    def of(self, value: StrEnum) -> str:
        """The nurse's word for a domain value (a note kind, topic, consent state, action…)."""
        return words_of(value)[self._index]

    def person(self, name: str) -> str:
        """Who made or read something, as markup: a name, or the words for "no name yet"."""
        return self["no_name"] if name == NO_NAME else markup(name)

    def day(self, day: date) -> str:
        """ "2. nov. 2026", "2 nov. 2026", "2 Nov 2026": the date as the screens show it."""
        month = _SHORT_MONTHS[self._index][day.month - 1]
        return self["date_format"].format(d=day.day, month=month, y=day.year)

    def moment(self, moment: datetime) -> str:
        return self["moment_format"].format(date=self.day(moment.date()), time=f"{moment:%H:%M}")

    def number(self, value: float, *, decimals: bool = False) -> str:
        """Whole numbers plain, parts with one decimal, written with the language's decimal
        mark: "4", "1,2" (nb, sv), "1.2" (en). `decimals` keeps the one decimal always (a
        percentage: "1,0 %")."""
        if not decimals and abs(value - round(value)) < 0.05:
            return str(round(value))
        text = f"{value:.1f}"
        return text if self.language == "en" else text.replace(".", ",")


def value_words() -> Catalogue:
    """The domain values the record export prints, with their words, for the test that none is
    missing."""
    return journal_words.WORDS


def markup(text: str) -> str:
    """User text made safe for a Paragraph: unseen characters dropped, <, > and & escaped, lines
    kept."""
    return escape(cleaned(text)).replace("\n", "<br/>")


def plain(text: str) -> str:
    """User text for one line drawn straight on the page (the footer): unseen characters
    dropped, line breaks as spaces."""
    return " ".join(cleaned(text).split())


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    status: ParagraphStyle
    indented: ParagraphStyle
    indented_heading: ParagraphStyle
    label: ParagraphStyle
    fact: ParagraphStyle
    fact_label: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    right: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=3
    )
    small = ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED)
    return Styles(
        title=ParagraphStyle("title", body, fontName=FONT_BOLD, fontSize=17, leading=21),
        subtitle=ParagraphStyle("subtitle", small, fontSize=9, leading=12, spaceAfter=0),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=12,
            spaceAfter=5,
        ),
        subheading=ParagraphStyle(
            "subheading", body, fontName=FONT_BOLD, fontSize=10.5, leading=14, keepWithNext=1
        ),
        body=body,
        status=ParagraphStyle("status", small),
        indented=ParagraphStyle("indented", body, leftIndent=6 * mm),
        indented_heading=ParagraphStyle(
            "indented_heading", body, leftIndent=6 * mm, fontName=FONT_BOLD, keepWithNext=1
        ),
        label=ParagraphStyle(
            "label",
            body,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            spaceBefore=3,
            spaceAfter=1,
        ),
        fact=ParagraphStyle("fact", body, spaceAfter=0),
        fact_label=ParagraphStyle(
            "fact_label", body, fontName=FONT_BOLD, fontSize=9, textColor=MUTED, spaceAfter=0
        ),
        small=small,
        cell=ParagraphStyle("cell", body, fontSize=8.5, leading=11, spaceAfter=0),
        cell_header=ParagraphStyle(
            "cell_header", body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        right=ParagraphStyle("right", small, alignment=TA_RIGHT),
    )


# A list: header row shaded and repeated on each page, light rules, striped rows.
TABLE_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
)

# Facts about one person: a label column and a value column, no header.
FACTS_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


class NumberedCanvas(canvas.Canvas):
    """Holds every page back until the end, so each footer can say "page X of Y"."""

    def __init__(self, *args, footer: tuple[str, Words, Unprinted], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer_text, self._words, self._unprinted = plain(footer[0]), footer[1], footer[2]
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width = PAGE_SIZE[0]
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, FOOTER_BASELINE + 9, width - MARGIN_RIGHT, FOOTER_BASELINE + 9)
        self.setFillColor(MUTED)
        draw_string(self, MARGIN_LEFT, FOOTER_BASELINE, self._footer_text, FONT, 7.5)
        self.setFont(FONT, 7.5)
        page = self._words["page"].format(page=self._pageNumber, pages=total)
        self.drawRightString(width - MARGIN_RIGHT, FOOTER_BASELINE, page)
        # Read once every page is laid out: a mark on page 3 is explained on page 1 too, since
        # a page may be read alone.
        if self._unprinted.any:
            self.setFillColor(ALERT)
            note = self._words["unprinted"]
            draw_string(self, MARGIN_LEFT, FOOTER_BASELINE - 9, note, FONT, 7)
        self.restoreState()


class Printout:
    """One printout: a subclass supplies the flowables, the footer's subject and a title."""

    own_words: ClassVar[dict[str, tuple[str, str, str]]] = {}  # this printout's own words

    def __init__(self, language: str) -> None:
        self.words = Words(language, self.own_words)
        self.styles = styles()

    def title(self) -> str:
        raise NotImplementedError

    def subject(self) -> str:
        """Who the pages are about, repeated on each page's footer so a loose page is known."""
        return ""

    def flowables(self) -> list[Flowable]:
        raise NotImplementedError

    def render(self) -> bytes:
        """The PDF in memory: a health record never touches the disk unencrypted."""
        buffer = io.BytesIO()
        document = SimpleDocTemplate(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title(),  # no names in the metadata: file indexers read it
            creator="Nurse Desk",
        )
        with characters.watch() as unprinted:
            subject = self.subject()
            footer = " · ".join(part for part in (self.words["confidential"], subject) if part)
            document.build(
                self.flowables(),
                canvasmaker=functools.partial(
                    NumberedCanvas, footer=(footer, self.words, unprinted)
                ),
            )
        return buffer.getvalue()
