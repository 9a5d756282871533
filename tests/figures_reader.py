"""A reader of the yearly figures who tries to work hidden counts out from what a report shows:
the conversations by kind add up to all conversations, and those are never fewer than the
pupils seen. Shared by the rule's tests and the tests of the report's forms."""

from __future__ import annotations

import csv
import io

from nurse_desk.domain.figures import HIDDEN_SHOWN, SMALL_SHOWN

# Far more than any count in the tests: a hidden count with no upper bound a reader knows of.
UNBOUNDED = 10**6


def _range(value: int | str) -> tuple[int, int]:
    """What a shown count tells a reader: itself, 1 to 4 for "< 5", at least 1 if hidden."""
    if isinstance(value, int):
        return value, value
    return (1, 4) if value == SMALL_SHOWN else (1, UNBOUNDED)


def worked_out_by_subtraction(shown: dict) -> dict[str, int]:
    """Every hidden count of the conversations a reader can work out: the kinds add up to the
    total, and a total is never below the pupils seen (each pupil seen had one at least)."""
    parts = {kind: _range(value) for kind, value in shown["conversations_by_kind"].items()}
    total_low, total_high = _range(shown["conversations"])
    total_low = max(total_low, _range(shown["pupils_seen"])[0])
    total_low = max(total_low, sum(low for low, _ in parts.values()))
    total_high = min(total_high, sum(high for _, high in parts.values()))
    found = {}
    for kind, (low, high) in parts.items():
        others_low = sum(lo for k, (lo, _) in parts.items() if k != kind)
        others_high = sum(hi for k, (_, hi) in parts.items() if k != kind)
        low, high = max(low, total_low - others_high), min(high, total_high - others_low)
        if low == high and not isinstance(shown["conversations_by_kind"][kind], int):
            found[kind] = low
    if total_low == total_high and not isinstance(shown["conversations"], int):
        found["conversations"] = total_low
    return found


def read_csv(data: bytes, hidden_word: str) -> dict:
    """The report's JSON form read back from its CSV (the hidden word as "hidden")."""
    shown: dict = {}
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    for section, row, _label, text in rows[1:]:
        value = HIDDEN_SHOWN if text == hidden_word else text if text == SMALL_SHOWN else int(text)
        if row:
            shown.setdefault(section, {})[row] = value
        else:
            shown[section] = value
    return shown
