"""The yearly figures on paper and as CSV, in the order of the municipality's annual report.

Counts only: no pupil is named anywhere, and 1 to 4 print as "< 5" unless the nurse chose exact
counts; where a total would give a small count away, it is hidden with others (see
nurse_desk/domain/hidden_counts.py) and a line says why. The bar beside a hidden count is left
empty, and the bars are scaled to the largest count shown, so no length gives a count away."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import ClassVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Table

from nurse_desk.domain.absence_patterns import PatternKind
from nurse_desk.domain.figures import HIDDEN_SHOWN, SECTIONS, Figures, as_mapping, hidden_with_group
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.domain.referrals import PartnerKind
from nurse_desk.printing.base import RULE, TABLE_STYLE, TEXT_WIDTH, Printout, markup
from nurse_desk.printing.characters import Paragraph

BAR_COLOUR = colors.HexColor("#3b6ea8")
_BAR_WIDTH = 60 * mm
_COLUMNS = (TEXT_WIDTH - _BAR_WIDTH - 22 * mm, 22 * mm, _BAR_WIDTH)

FIGURE_WORDS: dict[str, tuple[str, str, str]] = {
    "title": (
        "Årsstatistikk for skolehelsetjenesten",
        "Årsstatistik för elevhälsan",
        "Yearly figures",
    ),
    "period": ("Periode {first} – {last}", "Period {first} – {last}", "Period {first} – {last}"),
    "all_schools": ("Alle skoler", "Alla skolor", "All schools"),
    "produced": ("Skrevet ut {at} av {by}", "Utskriven {at} av {by}", "Printed {at} by {by}"),
    "small_hidden": (
        "Antall fra 1 til 4 vises som «< 5» av personvernhensyn.",
        "Antal från 1 till 4 visas som ”< 5” av integritetsskäl.",
        "Counts from 1 to 4 are shown as “< 5” to protect privacy.",
    ),
    "hidden": ("skjult", "dolt", "hidden"),
    "hidden_with_group": (
        "Antall merket «skjult» er skjult så et antall fra 1 til 4 ikke kan regnes ut "
        "fra en sum eller tallene ved siden av; et skjult antall kan være 5 eller mer.",
        "Antal markerade ”dolt” döljs så att ett antal från 1 till 4 inte kan räknas ut "
        "från en summa eller talen bredvid; ett dolt antal kan vara 5 eller fler.",
        "“Hidden” counts are hidden so that a count from 1 to 4 cannot be worked out "
        "from a total or the counts beside it; a hidden count may be 5 or more.",
    ),
    "exact": (
        "Nøyaktige antall (også under 5) etter helsesykepleierens valg.",
        "Exakta antal (även under 5) enligt skolsköterskans val.",
        "Exact counts (also below 5), as the nurse chose.",
    ),
    "what": ("Hva", "Vad", "What"),
    "count": ("Antall", "Antal", "Count"),
    "overview": ("Oversikt", "Översikt", "Overview"),
    "pupils_seen": ("Elever som har hatt samtale", "Elever som haft samtal", "Pupils seen"),
    "conversations": ("Samtaler", "Samtal", "Conversations"),
    "conversations_by_kind": ("Samtaler etter type", "Samtal efter typ", "Conversations by kind"),
    "conversations_by_topic": (
        "Samtaler etter tema",
        "Samtal efter ämne",
        "Conversations by topic",
    ),
    "home_visits": ("Hjemmebesøk", "Hembesök", "Home visits"),
    "referrals_by_partner": (
        "Henvisninger etter samarbeidspartner",
        "Remisser efter samverkanspart",
        "Referrals by partner",
    ),
    "follow_ups": ("Oppfølging", "Uppföljning", "Follow-ups"),
    "consents": ("Samtykker", "Samtycken", "Consents"),
    "absence_flags_by_pattern": (
        "Elever med bekymringsfullt fravær, etter mønster",
        "Elever med oroande frånvaro, efter mönster",
        "Pupils with worrying absence, by pattern",
    ),
    "planned": ("Planlagt", "Planerade", "Planned"),
    "done": ("Gjennomført", "Genomförda", "Done"),
    "documented": ("Dokumentert", "Dokumenterade", "Documented"),
    "overdue": ("Forfalt", "Försenade", "Overdue"),
    "recorded": ("Registrert", "Registrerade", "Recorded"),
    "withdrawn": ("Trukket tilbake", "Återkallade", "Withdrawn"),
    "total": ("Samlet", "Totalt", "Total"),
    "section": ("Del", "Del", "Section"),
}

# Which domain values a section's rows are; the other sections' rows are this sheet's own words.
_ROW_VALUES = {
    "conversations_by_kind": NoteKind,
    "conversations_by_topic": Topic,
    "referrals_by_partner": PartnerKind,
    "absence_flags_by_pattern": PatternKind,
}


def render_figures(
    figures: Figures, *, language: str, exact: bool, produced_by: str, at: datetime
) -> bytes:
    return FiguresPrintout(figures, language, exact=exact, produced_by=produced_by, at=at).render()


def figures_csv(figures: Figures, *, language: str, exact: bool) -> bytes:
    """section key, row key, label in the nurse's language, count ("< 5" when hidden, the word
    for "hidden" when hidden with its group).

    UTF-8 with a BOM and semicolons: what Excel in Norway and Sweden opens without asking."""
    printout = FiguresPrintout(figures, language, exact=exact, produced_by="", at=datetime.min)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    words = printout.words
    writer.writerow(["section", "row", words["what"], words["count"]])
    for section, row, label, count in printout.rows():
        writer.writerow([section, row, label, printout.count_text(count)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


class FiguresPrintout(Printout):
    own_words: ClassVar[dict[str, tuple[str, str, str]]] = FIGURE_WORDS

    def __init__(
        self, figures: Figures, language: str, *, exact: bool, produced_by: str, at: datetime
    ) -> None:
        super().__init__(language)
        self.figures, self.exact, self.produced_by, self.at = figures, exact, produced_by, at
        self.shown = as_mapping(figures, exact=exact)

    def title(self) -> str:
        return self.words["title"]

    def label(self, section: str, row: str) -> str:
        values = _ROW_VALUES.get(section)
        if values is not None:
            try:
                return self.words.of(values(row))
            except ValueError:  # a value an older app wrote: its key is all we have
                return row
        return self.words[row]

    def rows(self) -> list[tuple[str, str, str, int | str]]:
        """(section, row, label, count as shown) in the report's order; a single count has row
        ''. A hidden count is its mark here already: nothing after this sees the number."""
        result = []
        for section in SECTIONS:
            value = self.shown[section]
            if isinstance(value, dict):
                result += [(section, r, self.label(section, r), n) for r, n in value.items()]
            else:
                result.append((section, "", self.words[section], value))
        return result

    def count_text(self, count: int | str) -> int | str:
        """A count, "< 5", or the word for a count hidden with its group."""
        return self.words["hidden"] if count == HIDDEN_SHOWN else count

    def flowables(self) -> list[Flowable]:
        words, style, period = self.words, self.styles, self.figures.period
        flowables: list[Flowable] = [
            Paragraph(words["title"], style.title),
            Paragraph(
                words["period"].format(first=words.day(period.first), last=words.day(period.last)),
                style.subtitle,
            ),
            Paragraph(markup(period.school or words["all_schools"]), style.subtitle),
            Paragraph(
                words["produced"].format(
                    at=words.moment(self.at), by=words.person(self.produced_by)
                ),
                style.subtitle,
            ),
            Paragraph(markup(words["exact" if self.exact else "small_hidden"]), style.subtitle),
        ]
        if hidden_with_group(self.shown):
            flowables.append(Paragraph(markup(words["hidden_with_group"]), style.subtitle))
        flowables.append(
            HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=6, spaceAfter=2)
        )
        # The single counts (pupils seen, conversations) share one table under "Overview".
        groups: dict[str, list[tuple[str, int | str]]] = {}
        for section, row, label, count in self.rows():
            groups.setdefault("overview" if not row else section, []).append((label, count))
        for group, mine in groups.items():
            flowables += [
                CondPageBreak(30 * mm),  # a heading never stands alone at a page's foot
                Paragraph(words[group], style.heading),
                self._table(mine),
            ]
        return flowables

    def _table(self, rows: list[tuple[str, int | str]]) -> Table:
        words, style = self.words, self.styles
        # Scaled to the largest count shown: a hidden one would tell its size by the others'.
        largest = max((count for _, count in rows if isinstance(count, int)), default=0) or 1
        count_style = ParagraphStyle("count", style.cell, alignment=TA_RIGHT)
        header = [words["what"], words["count"], ""]
        cells = [[Paragraph(text, style.cell_header) for text in header]]
        for label, count in rows:
            bar = 0.0 if isinstance(count, str) else _BAR_WIDTH * 0.95 * count / largest
            cells.append(
                [
                    Paragraph(markup(label), style.cell),
                    Paragraph(markup(str(self.count_text(count))), count_style),
                    Bar(bar),
                ]
            )
        table = Table(cells, colWidths=_COLUMNS, repeatRows=1, hAlign="LEFT")
        table.setStyle(TABLE_STYLE)
        return table


class Bar(Flowable):
    """A bar of the chart beside each count."""

    thickness = 3.2 * mm  # not `height`: Flowable sets that to 0 on each instance

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return _BAR_WIDTH, self.thickness

    def draw(self) -> None:
        if self.length <= 0:
            return
        self.canv.setFillColor(BAR_COLOUR)
        self.canv.setStrokeColor(BAR_COLOUR)
        self.canv.rect(0, 0, self.length, self.thickness, fill=1, stroke=0)
