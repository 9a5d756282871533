"""How a list's filter compares what the nurse types with a name: case and accents aside.

A Sámi, Icelandic or Czech name is written with its accents ("Áilu", "Sárá", "Čáhppes"), but a
nurse types the name as she hears it, often on a keyboard without them: "ailu" must find
"Áilu". Å, Ä and Ö stay letters of their own, as the Nordic alphabets have them ("as" does not
find "Åse"); Æ, Ø, Ŋ, Đ and Ŧ have no accent to set aside.
"""

from __future__ import annotations

import re
import unicodedata

# The combining marks set aside: every one but the ring (å) and the diaeresis (ä, ö).
_ACCENTS = re.compile("[\u0300-\u0307\u0309\u030b-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]")


def folded(text: str) -> str:
    """The text as a filter compares it: case-folded, accents but the Nordic ones taken off."""
    text = text.casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))


def search_words(typed: str) -> list[str]:
    """The words the nurse typed into a filter, each as `folded` makes it."""
    return folded(typed).split()
