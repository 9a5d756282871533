"""No hidden count of the yearly figures can be worked out from what the report shows: a reader
who subtracts the shown parts from the shown total, knows what "< 5" means and knows the rule
that chose what to hide gets no hidden count back. Pure domain: the JSON form of the report."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date

import pytest
from figures_reader import worked_out_by_subtraction

from nurse_desk.domain.figures import (
    HIDDEN_SHOWN,
    SMALL_SHOWN,
    Figures,
    FiguresPeriod,
    as_mapping,
    hidden_with_group,
    with_all_rows,
)
from nurse_desk.domain.journal import NoteKind

PERIOD = FiguresPeriod(date(2025, 8, 15), date(2026, 6, 19))
KINDS = tuple(NoteKind)


def report(by_kind: dict[str, int], pupils_seen: int | None = None, **shown) -> dict:
    """The report's JSON form for conversations of these kinds (pupils seen: one per
    conversation unless given)."""
    total = sum(by_kind.values())
    figures = Figures(
        PERIOD,
        pupils_seen=total if pupils_seen is None else pupils_seen,
        conversations=total,
        conversations_by_kind=with_all_rows(by_kind, KINDS),
    )
    return as_mapping(figures, **shown)


@pytest.mark.parametrize(
    "by_kind",
    [
        pytest.param({"planned": 30, "phone": 2}, id="one small kind beside one large"),
        pytest.param({"planned": 20, "drop_in": 9, "phone": 3}, id="one small kind"),
        pytest.param({"planned": 20, "phone": 1, "group": 1}, id="two small kinds adding to 2"),
        pytest.param({"planned": 20, "phone": 4, "group": 4}, id="two small kinds adding to 8"),
        pytest.param({"planned": 14, "drop_in": 5, "phone": 1}, id="a small 1 beside a 5"),
        pytest.param({"planned": 9, "drop_in": 5, "phone": 5, "group": 1}, id="two fives"),
        pytest.param({k.value: 1 for k in KINDS}, id="every kind once"),
        pytest.param({"planned": 1, "drop_in": 1, "phone": 1, "group": 1}, id="four once"),
        pytest.param({"planned": 4, "phone": 4}, id="two kinds of four"),
    ],
)
def test_no_hidden_kind_of_conversation_is_worked_out_by_subtraction(by_kind):
    shown = report(by_kind)
    hidden = [k for k, v in shown["conversations_by_kind"].items() if not isinstance(v, int)]
    assert hidden, "the case has a small count: something is hidden"
    assert worked_out_by_subtraction(shown) == {}


def test_a_total_below_5_does_not_give_away_its_parts_through_the_pupils_seen():
    shown = report({"planned": 3, "phone": 2}, pupils_seen=5)
    assert worked_out_by_subtraction(shown) == {}


def _who_could_have_had(shows) -> dict:
    """Every report shown -> the counts that give it: what a reader who knows the rule that
    chose the hidden counts, and nothing else, cannot tell apart."""
    behind: dict[str, list] = defaultdict(list)
    for counts in shows:
        behind[repr(report(*counts))].append(counts)
    return behind


def _recovered(behind: dict, *, pupils_vary: bool = True) -> list[tuple]:
    """(report, cell, value) for a hidden cell that has one value in every count behind it."""
    found = []
    for shown_text, all_counts in behind.items():
        shown = report(*all_counts[0])
        cells = [
            ("pupils_seen", shown["pupils_seen"]),
            ("conversations", shown["conversations"]),
            *shown["conversations_by_kind"].items(),
        ]
        for cell, value in cells:
            if isinstance(value, int) or (cell == "pupils_seen" and not pupils_vary):
                continue
            values = {_cell(counts, cell) for counts in all_counts}
            if len(values) == 1:
                found.append((shown_text, cell, values.pop()))
    return found


def _cell(counts: tuple, cell: str) -> int:
    by_kind = counts[0]
    if cell == "pupils_seen":
        return counts[1]
    return sum(by_kind.values()) if cell == "conversations" else by_kind.get(cell, 0)


def test_a_reader_who_knows_the_rule_cannot_work_out_a_hidden_kind():
    """Every way of spreading conversations over the six kinds (0 to 6 each): no report lets a
    hidden count be told from all the others that give the same report. (One pupil seen, as
    "< 5" says nothing of the total; the next test lets the pupils seen vary.)"""
    shows = []
    for ns in itertools.product(range(7), repeat=len(KINDS)):
        shows.append(({k.value: n for k, n in zip(KINDS, ns, strict=True)}, min(sum(ns), 1)))
    assert _recovered(_who_could_have_had(shows), pupils_vary=False) == []


def test_nor_with_the_pupils_seen_beside_them():
    """Four kinds (0 to 6 each) and every number of pupils the conversations could have had:
    enough hidden kinds for the total to be hidden too, and pupils seen that could pin it."""
    shows = []
    for ns in itertools.product(range(7), repeat=4):
        by_kind = dict(zip(("planned", "drop_in", "phone", "group"), ns, strict=True))
        total = sum(ns)
        shows += [(by_kind, pupils) for pupils in range(min(total, 1), total + 1)]
    behind = _who_could_have_had(shows)
    assert any(shown.count("'hidden'") >= 6 for shown in behind), "a total and pupils hidden"
    assert _recovered(behind) == []


def test_only_what_must_go_is_hidden_and_the_total_stays():
    shown = report({"planned": 20, "drop_in": 9, "phone": 3, "group": 12})
    assert shown["conversations"] == 44 and shown["pupils_seen"] == 44
    assert shown["conversations_by_kind"] == {
        "planned": 20,
        "drop_in": HIDDEN_SHOWN,  # the smallest of 5 or more goes with the 3
        "phone": HIDDEN_SHOWN,
        "group": 12,
        "follow_up": 0,
        "home_visit": 0,
    }
    assert hidden_with_group(shown) and not hidden_with_group(report({"planned": 20}))
    untouched = as_mapping(
        Figures(
            PERIOD, conversations_by_topic={"sleep": 12, "bullying": 3}, home_visits={"done": 2}
        )
    )
    assert untouched["conversations_by_topic"] == {"sleep": 12, "bullying": SMALL_SHOWN}
    assert untouched["home_visits"] == {"done": SMALL_SHOWN}


def test_every_part_with_the_smallest_larger_count_goes_not_the_first_of_them():
    shown = report({"planned": 9, "drop_in": 5, "phone": 5, "group": 1})
    kinds = shown["conversations_by_kind"]
    assert [kinds[k] for k in ("planned", "drop_in", "phone", "group")] == [
        9,
        HIDDEN_SHOWN,
        HIDDEN_SHOWN,
        HIDDEN_SHOWN,
    ]


def test_the_total_goes_only_where_the_hidden_parts_could_only_be_small():
    every_kind_once = report({k.value: 1 for k in KINDS}, pupils_seen=6)
    assert every_kind_once["conversations"] == HIDDEN_SHOWN
    assert every_kind_once["pupils_seen"] == HIDDEN_SHOWN  # 6 pupils: conversations 6 at least
    four_once = report({"planned": 1, "drop_in": 1, "phone": 1, "group": 1}, pupils_seen=3)
    assert four_once["conversations"] == HIDDEN_SHOWN and four_once["pupils_seen"] == SMALL_SHOWN
    three_small = report({"planned": 1, "drop_in": 1, "phone": 2})
    assert three_small["conversations"] == SMALL_SHOWN
    assert report({"planned": 4, "drop_in": 4, "phone": 4, "group": 4})["conversations"] == 16


def test_exact_counts_asked_for_stay_exact():
    by_kind = {"planned": 20, "drop_in": 9, "phone": 3, "group": 1}
    shown = report(by_kind, pupils_seen=2, exact=True)
    assert shown["conversations"] == 33 and shown["pupils_seen"] == 2
    assert shown["conversations_by_kind"] == with_all_rows(by_kind, KINDS)
    assert not hidden_with_group(shown)


@pytest.mark.parametrize(
    ("kind", "section", "same_work"),
    [
        ("home_visit", "home_visits", {"planned": 7, "done": 6, "documented": 6}),
        ("follow_up", "follow_ups", {"done": 6}),
    ],
)
def test_the_same_work_counted_elsewhere_does_not_tell_a_kind_hidden_with_a_small_one(
    kind, section, same_work
):
    """Documenting a home visit writes its note of kind home visit, closing a follow-up can write
    one of kind follow-up: a reader takes the visits documented (or done, or planned) or the
    follow-ups done for those conversations."""
    by_kind = {"planned": 40, "phone": 2, kind: 6}
    other = {"overdue": 9} if section == "follow_ups" else {}
    figures = Figures(
        PERIOD,
        pupils_seen=30,
        conversations=48,
        conversations_by_kind=with_all_rows(by_kind, KINDS),
        **{section: {**same_work, **other}},
    )
    shown = as_mapping(figures)
    assert shown["conversations_by_kind"][kind] == HIDDEN_SHOWN
    for row in same_work:
        taken = {**shown["conversations_by_kind"], kind: shown[section][row]}
        assert worked_out_by_subtraction({**shown, "conversations_by_kind": taken}) == {}, row
    assert shown[section] == {**dict.fromkeys(same_work, HIDDEN_SHOWN), **other}
    kept = as_mapping(Figures(PERIOD, **{section: same_work}))
    assert kept[section] == same_work
