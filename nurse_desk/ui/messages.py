"""The nurse's words for every expected error, on screen.

The words live in nurse_desk/wording (one table per feature, looked up by the error's type),
shared with the command line, which prints them in English; here they are translated through Qt
into the window language.
"""

from __future__ import annotations

from nurse_desk.ui.i18n import screen_wording
from nurse_desk.wording.errors import describe as _describe


def describe(error: BaseException) -> str:
    """One sentence, no key material, no pupil data."""
    return _describe(error, screen_wording())
