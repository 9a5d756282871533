"""How a sentence's %1, %2, … placeholders are filled: the one way every layer does it (the
word catalogue's sentences, the error words, and the windows through ui/common/text.py)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def placed(text: str, *values: object) -> str:
    """%1, %2, … replaced by the values in one pass, as Qt's arg() does: a value that itself
    holds "%2" (a name typed by the nurse) is never filled in again, and %1 never eats the start
    of %10. A placeholder without a value is left as it is."""

    def value_for(match: re.Match[str]) -> str:
        position = int(match.group(1))
        return str(values[position - 1]) if 0 < position <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, text)
