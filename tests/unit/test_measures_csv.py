"""The measures reader on the shared import layer: whatever a spreadsheet writes (either
separator, UTF-8 with or without BOM, or Windows-1252, headings in nb/sv/en in any order)
reads back as the measures that were written."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.measures import MeasureDraft, measures_from_table
from nurse_desk.domain.tabular import parse_csv_bytes

# Text a nurse types (Norwegian and Swedish letters, punctuation, separators, quotes, line
# breaks inside a cell), all of it encodable in Windows-1252.
_TEXT = st.text(
    alphabet=st.sampled_from(list("abcæøåäöÅÄÖØÆé ;,.-–\"'\n/()1234567890")), max_size=40
).map(str.strip)
_NAME = _TEXT.filter(bool)
_LINK = st.sampled_from(["", "https://example.no/tiltak", "http://example.se/a?b=1;c=2"])
_DRAFTS = st.lists(
    st.builds(MeasureDraft, _NAME, _TEXT, _TEXT, _LINK),
    min_size=1,
    max_size=8,
    unique_by=lambda d: d.name.casefold(),
)
_HEADINGS = st.sampled_from(
    [
        ("Tiltak", "Målgruppe", "Kort beskrivelse", "Lenke"),
        ("Åtgärd", "Målgrupp", "Beskrivning", "Länk"),
        ("Measure", "Target group", "Description", "Link"),
    ]
)


def _written(drafts, delimiter: str, headings, order) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([headings[i] for i in order])
    for draft in drafts:
        values = (draft.name, draft.target_group, draft.description, draft.link)
        writer.writerow([values[i] for i in order])
    return buffer.getvalue()


@given(
    drafts=_DRAFTS,
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    headings=_HEADINGS,
    order=st.permutations(range(4)),
)
def test_measures_under_headings_read_back_unchanged(drafts, delimiter, encoding, headings, order):
    text = _written(drafts, delimiter, headings, order)
    assert measures_from_table(parse_csv_bytes(text.encode(encoding))) == drafts
