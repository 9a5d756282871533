"""The shape of an error table: an error type and how to word an error of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nurse_desk.wording import Wording

# The error is Any: each entry words errors of its own type and reads that type's fields.
Say = Callable[[Any, Wording], str]
Messages = dict[type[BaseException], Say]


def fixed(source: str, context: str = "Messages") -> Say:
    """One sentence, whatever the error holds."""
    return lambda error, wording: wording.text(context, source)


def by_reason(texts: dict[str, str], default: str, context: str = "Messages") -> Say:
    """The sentence for the error's `reason`, or the default's for a reason without one."""
    return lambda error, wording: wording.text(context, texts.get(error.reason, texts[default]))


def with_values(source: str, *values: Callable[[Any], object], context: str = "Messages") -> Say:
    """One sentence with %1, %2, … taken from the error (`lambda error: error.count`)."""
    return lambda error, wording: wording.text(context, source, *(read(error) for read in values))
