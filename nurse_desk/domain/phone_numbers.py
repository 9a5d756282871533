"""What a phone number may look like when the nurse types or imports one (docs/CARE-RULES.md,
"Phone numbers").

Kept as she wrote it, since the school system and the family write numbers in their own ways
("+47 912 34 567", "0047 91234567", "08-123 456 78", "+46 (0)70-123 45 67"), and refused only
when it cannot be a number someone could ring: a letter ("ring mor", "se over"), a sign that is
no part of a number, or too few or too many digits. A refusal names the text it refused.

Only new input is checked: a number already in a vault stays as it is (an older version took any
text), and saving a pupil or a partner again with that same number unchanged is not refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nurse_desk.domain.errors import NurseDeskError

# Digits 0-9 only (re.ASCII): a number is rung on a keypad, and "٣" is no key on it.
# Between the digits: spaces (a non-breaking one from a web page too), hyphens and dashes,
# points and a slash ("22.33.44.55", "08/123 45 67"), and one pair of parentheses around
# digits ("(0)70", "(08)"). A + only at the very start, or just inside it ("(+47) 912…").
_INTERNATIONAL = ("+", "(+")
_SHAPE = re.compile(r"[0-9 .\-/()\u00a0\u202f\u2010-\u2013]*", re.ASCII)
_PARENTHESES = re.compile(r"[^()]*(\([0-9 ]+\)[^()]*)?", re.ASCII)
_DIGIT = re.compile(r"[0-9]", re.ASCII)

# The shortest number a guardian or partner can be rung on: a five-digit service number
# ("02800"); a short code like 113 is no one's own number. The longest: the fifteen digits the
# international plan allows, after the international prefix (+ or 00).
MIN_DIGITS = 5
MAX_DIGITS = 15


class InvalidPhone(NurseDeskError):
    """A typed or imported phone number that cannot be one; `phone` is the text as given."""

    def __init__(self, phone: str) -> None:
        super().__init__("not a phone number")
        self.phone = phone


def is_phone(text: str) -> bool:
    """True for an empty text (no number given) and for a number as nurses write them."""
    text = text.strip()
    if not text:
        return True
    international = text.startswith(_INTERNATIONAL)
    body = text.replace("+", "", 1) if international else text
    if not _SHAPE.fullmatch(body) or not _PARENTHESES.fullmatch(body):
        return False
    digits = "".join(_DIGIT.findall(body))
    if not international and digits.startswith("00"):
        digits = digits[2:]  # the international prefix dialled from Norway or Sweden
    return MIN_DIGITS <= len(digits) <= MAX_DIGITS


def check_phone(text: str, *, known: Iterable[str] = ()) -> str:
    """The number without spaces around it; InvalidPhone when it cannot be one. A number in
    `known` (as stored before) is taken as it is."""
    text = text.strip()
    if text in {k.strip() for k in known} or is_phone(text):
        return text
    raise InvalidPhone(text)
