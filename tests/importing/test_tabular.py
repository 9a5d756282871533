from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.tabular import (
    EmptyImportFile,
    NotATable,
    Table,
    parse_csv_bytes,
    parse_csv_text,
    sniff_delimiter,
)

ROWS = [
    ["Fødselsnummer", "Elev", "Dato", "Årsak"],
    ["15108695088", "Ærlig Øyvind", "01.09.2025", "Syk; feber"],
    ["15108695088", "Ærlig Øyvind", "02.09.2025", ""],
]


def as_csv(rows, delimiter: str, newline: str = "\r\n") -> str:
    def cell(value: str) -> str:
        if delimiter in value or '"' in value or "\n" in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    return newline.join(delimiter.join(cell(v) for v in row) for row in rows) + newline


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-be"],
    ids=["utf8", "utf8-bom", "windows-1252", "utf16-bom", "utf16-be-bom"],
)
@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["crlf", "lf"])
def test_every_encoding_delimiter_and_line_end_reads_the_same(delimiter, encoding, newline):
    text = as_csv(ROWS, delimiter, newline)
    if encoding == "utf-16-be":  # as Excel's "Unicode text" would, with its byte-order mark
        text = "\ufeff" + text
    table = parse_csv_bytes(text.encode(encoding))
    assert table.headers == tuple(ROWS[0])
    assert [row.cells for row in table.rows] == [tuple(r) for r in ROWS[1:]]
    assert [row.line for row in table.rows] == [2, 3]


def test_windows_1252_is_chosen_only_when_the_bytes_are_not_utf8():
    text = "Navn;Klasse\nÅse Ødegård;5B\n"
    assert parse_csv_bytes(text.encode("cp1252")).rows[0].cells == ("Åse Ødegård", "5B")
    assert parse_csv_bytes(text.encode("utf-8")).rows[0].cells == ("Åse Ødegård", "5B")


def test_delimiter_inside_quoted_header_does_not_fool_the_sniffer():
    assert sniff_delimiter('"Navn, fullt";"Klasse";"Dato"') == ";"
    assert sniff_delimiter('Navn\tKlasse\t"Dato; fravær"') == "\t"


def test_line_numbers_count_blank_lines_and_quoted_line_breaks():
    text = 'Elev;Årsak\n\nOla;"syk\nhele dagen"\nKari;tannlege\n'
    table = parse_csv_text(text)
    assert [(row.line, row.cells[0]) for row in table.rows] == [(3, "Ola"), (5, "Kari")]


def test_short_rows_are_padded_and_long_rows_are_counted():
    table = parse_csv_text("A;B;C\n1\n1;2;3;4;5\n1;2;3;;\n")
    assert table.rows[0].cells == ("1", "", "")
    assert table.rows[1].extra_cells == 2
    assert table.rows[2].extra_cells == 0


def test_duplicate_and_empty_headers_get_unique_names():
    table = parse_csv_text("Dato;;Dato;Fag;;\n1;2;3;4\n")
    assert table.headers == ("Dato", "#2", "Dato (2)", "Fag")


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", "\ufeff".encode()])
def test_empty_file_is_a_typed_error(data):
    with pytest.raises(EmptyImportFile):
        parse_csv_bytes(data)


@pytest.mark.parametrize(
    "data", [b"just one column\nand another line\n", b"\x00\x01\x02PK\x00binary", b"%PDF-1.4\n"]
)
def test_not_a_table_is_a_typed_error(data):
    with pytest.raises(NotATable):
        parse_csv_bytes(data)


@given(st.binary(max_size=400))
def test_any_bytes_give_a_table_or_a_typed_error(data):
    try:
        table = parse_csv_bytes(data)
    except (EmptyImportFile, NotATable):
        return
    assert isinstance(table, Table)
    assert all(len(row.cells) == len(table.headers) for row in table.rows)


@given(
    st.lists(
        st.lists(st.text(alphabet='ab;,\t"\r\n ø', max_size=8), min_size=1, max_size=5),
        max_size=12,
    )
)
def test_malformed_lines_after_a_good_header_never_raise(lines):
    """Only a quotation mark never closed refuses the file (every line after it is lost)."""
    text = "Elev;Dato;Fag\n" + "\n".join("".join(cells) for cells in lines)
    try:
        table = parse_csv_text(text)
    except NotATable as refused:
        assert refused.reason == "unclosed_quote" and refused.line >= 2
        return
    assert table.headers == ("Elev", "Dato", "Fag")
    assert all(row.line >= 2 for row in table.rows)


@pytest.mark.parametrize("odd", ["", "\x85", "\u2028", "\x0c", "\x1e"])
def test_only_cr_and_lf_end_a_line_whatever_else_the_text_holds(odd):
    text = f'\r\n\nA;B\r\n1;x{odd}y\r"2\r\nto";z\n3;\r4;w{odd}v'
    table = parse_csv_text(text)
    assert table.headers == ("A", "B")
    assert [(r.line, r.cells) for r in table.rows] == [
        (4, ("1", f"x{odd}y")),
        (5, ("2\r\nto", "z")),
        (7, ("3", "")),
        (8, ("4", f"w{odd}v")),
    ]


def test_the_header_is_found_after_a_long_run_of_blank_lines():
    text = " \r\n" * 40_000 + "A;B\r\n1;2\r\n"
    table = parse_csv_text(text)
    assert table.headers == ("A", "B")
    assert [(r.line, r.cells) for r in table.rows] == [(40_002, ("1", "2"))]


def test_a_quotation_mark_never_closed_refuses_the_file_at_its_line():
    """A stray quote on line 4 made lines 5 and 6 one value of line 4: two pupils (or a
    year's absence) gone without a word, even with --skip-bad-lines."""
    text = 'Fornavn;Etternavn;Klasse\r\nÅse;Ødegård;5A\r\nBjörn;Ärlig;5A\r\nKari;"Nord;5A\r\n'
    text += "Ærlend;Søvik;5A\r\nØystein;Lærum;5A\r\n"
    with pytest.raises(NotATable) as refused:
        parse_csv_text(text)
    assert (refused.value.reason, refused.value.line) == ("unclosed_quote", 4)


def test_a_quoted_line_break_in_the_last_row_is_still_read():
    table = parse_csv_text('Elev;Årsak\nOla;"syk\nhele dagen"\nKari;"sa ""hei""\nigjen"\n')
    assert [row.cells for row in table.rows] == [
        ("Ola", "syk\nhele dagen"),
        ("Kari", 'sa "hei"\nigjen'),
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_title_lines_before_the_header_are_looked_past(encoding):
    """'Fraværsrapport Bjørkås skole 2026' above the header made the whole export 'not a
    table'. Lines of one cell before the header are its title; line numbers stay the file's."""
    text = "Fraværsrapport Bjørkås skole 2026\r\nUtskrevet 03.12.2026\r\n\r\n" + as_csv(ROWS, ";")
    table = parse_csv_bytes(text.encode(encoding))
    assert table.headers == tuple(ROWS[0])
    assert [(row.line, row.cells) for row in table.rows] == [
        (5, tuple(ROWS[1])),
        (6, tuple(ROWS[2])),
    ]


# Python's csv module refuses a value longer than 131,072 characters with its own csv.Error.
PAST_THE_CSV_LIMIT = 200_000


def test_a_stray_quotation_mark_in_a_long_export_is_named_at_its_line():
    """In a short file a stray quote is named at its line; in a school's export (more than
    128 KB after the quote) the csv reader stopped first, and the nurse was told to save the
    file as CSV, which it was."""
    row = "15108695088;Ida Lie;4A\r\n"
    text = "Fødselsnummer;Navn;Klasse\r\n" + row + row.replace("Ida", '"Ida') + row * 10_000
    with pytest.raises(NotATable) as refused:
        parse_csv_text(text)
    assert (refused.value.reason, refused.value.line) == ("unclosed_quote", 3)


def test_a_first_line_past_the_csv_limit_is_a_title_or_no_table_never_a_csv_error():
    """A file whose first line is one long run (a report's title, an XML export saved as
    .txt) raised csv.Error while the delimiter was sought: 'something unexpected'."""
    title = "Fraværsrapport " + "x" * PAST_THE_CSV_LIMIT
    table = parse_csv_text(title + "\r\nFødselsnummer;Navn\r\n15108695088;Ida Lie\r\n")
    assert table.headers == ("Fødselsnummer", "Navn")
    assert [(row.line, row.cells) for row in table.rows] == [(3, ("15108695088", "Ida Lie"))]
    with pytest.raises(NotATable):
        parse_csv_bytes(b"<export>" + b"<elev/>" * PAST_THE_CSV_LIMIT + b"</export>")


def test_a_value_past_the_csv_limit_is_a_value_of_its_line():
    """The value is kept for the line's own check (a name too long, say), at its line."""
    long_reason = "syk " * (PAST_THE_CSV_LIMIT // 4)
    table = parse_csv_text(f"Navn;Årsak\r\nIda Lie;{long_reason}\r\nOla Berg;syk\r\n")
    assert [(row.line, len(row.cells[1])) for row in table.rows] == [
        (2, len(long_reason.strip())),
        (3, 3),
    ]
