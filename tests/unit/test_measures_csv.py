"""The measures CSV reader: whatever a spreadsheet writes (either separator, UTF-8 with or
without BOM, or Windows-1252) reads back as the measures that were written."""

from __future__ import annotations

import csv
import io

from hypothesis import assume, given
from hypothesis import strategies as st

from nurse_desk.domain.measures import MeasureDraft, parse_measures

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


def _written(drafts, delimiter: str, heading: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if heading:
        writer.writerow(["Tiltak", "Målgruppe", "Kort beskrivelse", "Lenke"])
    for draft in drafts:
        writer.writerow([draft.name, draft.target_group, draft.description, draft.link])
    return buffer.getvalue()


@given(
    drafts=_DRAFTS,
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_measures_under_headings_read_back_unchanged(drafts, delimiter, encoding):
    text = _written(drafts, delimiter, heading=True)
    assert parse_measures(text.encode(encoding)) == drafts


@given(
    drafts=_DRAFTS,
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_measures_without_headings_read_back_unchanged(drafts, delimiter, encoding):
    """Without headings the separator is guessed: it holds when the cells do not use the
    other separator more than the columns use theirs (a heading row removes the guess)."""
    other = "," if delimiter == ";" else ";"
    drafts = [
        MeasureDraft(*(value.replace(other, " ").strip() for value in (
            d.name, d.target_group, d.description, d.link
        )))
        for d in drafts
    ]  # fmt: skip
    names = [d.name.casefold() for d in drafts]
    assume(all(names) and len(set(names)) == len(names))
    text = _written(drafts, delimiter, heading=False)
    assert parse_measures(text.encode(encoding)) == drafts
