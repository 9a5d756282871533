"""describe(): the nurse's words for any error, looked up by the error's type.

Each feature keeps its error words in its own module here, as a table of error type → how to
word it, and names the module under `wording` in nurse_desk/features.py; this module joins the
tables. An error is worded by the first type of its class hierarchy (most specific first) that
has an entry, so a new error type needs only its line in its feature's table. Anything else is
"something unexpected went wrong".
"""

from __future__ import annotations

import importlib

from nurse_desk.features import modules_of
from nurse_desk.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.table import Messages

# Each feature's table, as the features name them (`wording` in nurse_desk/features.py).
MESSAGES: Messages = {
    kind: say
    for module in modules_of("wording")
    for kind, say in importlib.import_module(module).MESSAGES.items()
}
_UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Something unexpected went wrong; nothing was changed.")


def describe(error: BaseException, wording: Wording = ENGLISH) -> str:
    """One sentence, no key material, no pupil data."""
    for kind in type(error).__mro__:
        say = MESSAGES.get(kind)
        if say is not None:
            return say(error, wording)
    return wording.text("Messages", _UNEXPECTED)
