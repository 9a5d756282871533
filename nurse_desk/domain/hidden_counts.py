"""Which counts of a group are hidden, where the report shows the parts and the total they add
up to, so that no count from 1 to 4 can be known, not even by subtraction.

Hiding a small part alone is not enough there: the total minus the parts shown gives it back.
So, unless the nurse asked for exact counts:

1. every part from 1 to 4 is hidden;
2. if one is, every part with the smallest count of 5 or more is hidden too. The total minus the
   shown parts is then a small count and a larger one together, and a reader cannot tell which
   hidden part is which: every hidden part of the group is shown the same way, never as "< 5"
   beside a mark that would say "this one is the larger". All parts with that smallest count
   are hidden, not the first of them, so that no part's place tells it either.
3. If 4 parts or more are hidden and the total is less than their number plus 4, no hidden part
   can be 5 or more, and the total narrows them down (six hidden parts adding up to 6 are all
   1): the total is hidden as well. It is hidden for any total up to 3 above their number, not
   only when they add up to it, so that a hidden total does not tell by itself that they are
   all 1. With fewer hidden parts, such a total leaves each of them two values at least.

A part is hidden rather than the total because the total is what the report is asked for first;
the total goes only in 3, where it would give the parts away whatever else was hidden.

A zero is never hidden: it points at nobody, and a hidden zero would be given away by the total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SMALL_COUNT = 5


def is_small(count: int) -> bool:
    """A count from 1 to 4: few enough to point at a child."""
    return 0 < count < SMALL_COUNT


@dataclass(frozen=True, slots=True)
class GroupHidden:
    """What the report hides of one group: parts, and whether the total goes with them."""

    parts: frozenset[str] = frozenset()
    total: bool = False


def hidden_in_group(total: int, parts: Mapping[str, int]) -> GroupHidden:
    """The parts (and the total) hidden as a group, for parts that add up to `total`."""
    hidden = {part for part, count in parts.items() if is_small(count)}
    if not hidden:
        return GroupHidden()
    larger = [count for count in parts.values() if count >= SMALL_COUNT]
    if larger:
        least = min(larger)
        hidden |= {part for part, count in parts.items() if count == least}
    few_and_small = len(hidden) >= SMALL_COUNT - 1 and total < len(hidden) + SMALL_COUNT - 1
    return GroupHidden(frozenset(hidden), total=few_and_small)
