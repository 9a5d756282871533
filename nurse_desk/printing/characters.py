"""Every character a nurse typed prints as itself, or shows plainly that it could not: which font
sets each character of a printout, and the mark for what no font here has.

Two font families, embedded (and subset) in every PDF:
- Bitstream Vera, inside the reportlab wheel: the printouts' letters. It has only 256 characters:
  Norwegian and Swedish, but not the Sámi Đ ŋ ŧ, the Polish ą ę ń ś ź ż, Lithuanian, Vietnamese,
  Cyrillic, Greek, arrows or check marks.
- DejaVu Sans, regular and bold, in resources/fonts: Vera's descendant, with the same shapes and
  widths for what both have, and 5,900 characters. What Vera lacks is set in it, letter by
  letter: the two look alike, so a name reads as one name. There is no DejaVu italic here (it
  would add 1.3 MB for a few italic notes): such letters in italic text print upright.

What neither has (emoji, Chinese, Japanese, Korean, Ge'ez for Tigrinya and Amharic) prints as
PLACEHOLDER, one for each run of such characters. So do DejaVu's few emoji (😀): ReportLab
writes a character beyond U+FFFF wrongly in the PDF's text layer, so a search or a copy of the
text would find another character (ὠ). And so do the right-to-left scripts
(Arabic, Persian, Urdu, Hebrew): DejaVu has their letters, but ReportLab would set them
unjoined and left to right, which reads as something else. The printout then says on each
page what the mark means (`Unprinted`, read by the footer in base.py), and the vault keeps the
text as it was typed.

Everything that prints a nurse's text goes through here: `cleaned` for the characters that
are not meant to be seen, this module's `Paragraph` for the fonts and the mark, `draw_string`
for a line drawn straight on the page.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph

FONT = "NurseDeskSans"
FONT_BOLD = "NurseDeskSans-Bold"
FONT_ITALIC = "NurseDeskSans-Italic"
FONT_BOLD_ITALIC = "NurseDeskSans-BoldItalic"
FONT_FILES = {  # found by name in the reportlab wheel's fonts folder
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}
WIDE = "NurseDeskWide"
WIDE_BOLD = "NurseDeskWide-Bold"
WIDE_FILES = {WIDE: "DejaVuSans.ttf", WIDE_BOLD: "DejaVuSans-Bold.ttf"}  # in resources/fonts
_WIDE_OF = {FONT: WIDE, FONT_ITALIC: WIDE, FONT_BOLD: WIDE_BOLD, FONT_BOLD_ITALIC: WIDE_BOLD}

# U+FFFD REPLACEMENT CHARACTER, the mark readers know for "a character was here": a ? in a
# black diamond, which no one takes for a letter of a name or for a box to tick.
PLACEHOLDER = "\ufffd"
_RIGHT_TO_LEFT = frozenset({"R", "AL"})  # bidirectional classes: Hebrew; Arabic, Syriac, Thaana

_PACKAGE = Path(__file__).resolve().parents[1]


def fonts_folder() -> Path:
    """resources/fonts: inside the package when installed or bundled, the checkout's otherwise
    (the rule of nurse_desk/ui/resources.py, which this layer may not import: it needs Qt)."""
    inside = _PACKAGE / "resources" / "fonts"
    return inside if inside.is_dir() else _PACKAGE.parent / "resources" / "fonts"


@functools.cache
def register_fonts() -> None:
    """Once per process (ReportLab's font registry is global); DejaVu waits until a character
    needs it, since reading it takes longer than a whole ordinary printout's fonts."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, filename))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


@functools.cache
def _characters_of(font: str) -> frozenset[str]:
    """The characters `font` has a glyph for, registering DejaVu on first use. Not simply its
    cmap: Vera's maps 27 characters to glyph 0, the empty box (Đ, Ď, ď, ‗, ∅…)."""
    if font in WIDE_FILES:
        pdfmetrics.registerFont(TTFont(font, str(fonts_folder() / WIDE_FILES[font])))
    else:
        register_fonts()
    face = pdfmetrics.getFont(font).face
    has = frozenset(chr(code) for code, glyph in face.charToGlyph.items() if glyph)
    if font in FONT_FILES:  # Vera's Δ Ω π are mathematical signs, unlike DejaVu's Greek letters
        has = frozenset(c for c in has if not "\u0370" <= c <= "\u03ff")
    return has


@functools.cache
def _all_in_vera() -> re.Pattern[str]:
    """Matches a text Vera sets alone, checked in C: nearly every line of every printout.
    (The four Vera files have the same characters.)"""
    characters = "".join(sorted(_characters_of(FONT)))
    return re.compile(f"[{re.escape(characters)}]*")


# -- what was not printed ------------------------------------------------------------------------
class Unprinted:
    """Whether a printout being made has set PLACEHOLDER anywhere."""

    def __init__(self) -> None:
        self.any = False


_watching: ContextVar[Unprinted | None] = ContextVar("unprinted", default=None)


@contextlib.contextmanager
def watch() -> Iterator[Unprinted]:
    """Around the making of one printout (its flowables and its build, footers included)."""
    unprinted = Unprinted()
    token = _watching.set(unprinted)
    try:
        yield unprinted
    finally:
        _watching.reset(token)


def _noted() -> None:
    unprinted = _watching.get()
    if unprinted is not None:
        unprinted.any = True


# -- characters not meant to be seen -------------------------------------------------------------
# Text pasted from a web page, a phone or a terminal can hold characters that are not meant to
# be seen: controls (NUL, ESC, C1), invisible format marks (zero-width space and joiner, bidi
# overrides, byte-order mark), surrogates and noncharacters, and the variation selectors that
# ask for an emoji or a text form. They are dropped here, at the printing edge, since the vault
# keeps what the nurse typed. The line separators among them start a new line, as they did where
# the text came from, rather than gluing two words together.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_UNPRINTED = frozenset({"Cc", "Cf", "Cs", "Cn"})  # kept: \n; spaces (Zs) and private use
_SELECTORS = re.compile("[\u034f\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# Spaces of other widths (thin, figure, ideographic…) as the two spaces the fonts have; the
# non-breaking ones (a number and its unit: "5 min") stay non-breaking.
_SPACES = str.maketrans(
    dict.fromkeys("\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a", " ")
    | dict.fromkeys("\u205f\u3000", " ")
    | dict.fromkeys("\u2007\u202f", "\u00a0")
)


def cleaned(text: str) -> str:
    """A nurse's text as it is meant to be read: invisible characters dropped, line separators
    as new lines, tabs as spaces, letters composed (a Vietnamese ễ typed as e and two
    accents is one letter, which the fonts have)."""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", "    ")
    if text.isascii():  # nearly always: nothing below can apply but the controls
        if text.replace("\n", "").isprintable():
            return text
    else:
        text = unicodedata.normalize("NFC", _SELECTORS.sub("", text)).translate(_SPACES)
    if text.replace("\n", "").replace("\u00a0", " ").isprintable():
        return text
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) not in _UNPRINTED)


# -- which font sets each character --------------------------------------------------------------
def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (font, characters) runs for a font of the Vera family: Vera where it has the
    character, else DejaVu of the same weight, else PLACEHOLDER (set in DejaVu), once for each
    run of characters neither can print, with the accents over them."""
    if font not in _WIDE_OF or _all_in_vera().fullmatch(text):
        return [(font, text)]
    vera, wide = _characters_of(font), _WIDE_OF[font]
    in_wide = _characters_of(wide)
    pieces: list[tuple[str, str]] = []
    for character in text:
        after_mark = bool(pieces) and pieces[-1][1].endswith(PLACEHOLDER)
        if character in vera:
            chosen = font
        elif _wide_prints(character, in_wide) and not (
            after_mark and unicodedata.combining(character)  # an accent over a mark
        ):
            chosen = wide
        else:
            _noted()
            if after_mark:
                continue  # one mark for the whole run
            chosen, character = wide, PLACEHOLDER
        if pieces and pieces[-1][0] == chosen:
            pieces[-1] = (chosen, pieces[-1][1] + character)
        else:
            pieces.append((chosen, character))
    return pieces


def _wide_prints(character: str, in_wide: frozenset[str]) -> bool:
    return (
        character in in_wide
        and character <= "\uffff"  # beyond, ReportLab writes the text layer wrong (😀 as ὠ)
        and character != PLACEHOLDER  # typed: text was already lost where it came from
        and unicodedata.bidirectional(character) not in _RIGHT_TO_LEFT
    )


class Paragraph(paragraph.Paragraph):
    """ReportLab's Paragraph, each piece of its text set in a font that has it (see `runs`):
    the one every printout uses. Bold and italic come from the style and the <b>, <i> tags,
    which a <font face> tag in the text would undo, so the fonts are chosen after parsing."""

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:
        parsed_here = frags is None  # a split paragraph's halves get frags already set
        super()._setup(text, style, bulletText, frags, cleaner)
        if parsed_here:
            self.frags = [piece for frag in self.frags for piece in _in_fonts(frag)]


def _in_fonts(frag) -> list:
    text = getattr(frag, "text", "")
    if not text or getattr(frag, "cbDefn", None) is not None:  # a line break, an anchor…
        return [frag]
    pieces = runs(text, frag.fontName)
    if len(pieces) == 1 and pieces[0] == (frag.fontName, text):
        return [frag]
    return [frag.clone(fontName=font, text=characters) for font, characters in pieces]


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line of text straight on the page (a footer), each run in a font that has it."""
    line = canvas.beginText(x, y)
    for chosen, characters in runs(text, font):
        line.setFont(chosen, size)
        line.textOut(characters)
    canvas.drawText(line)
