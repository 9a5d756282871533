"""Filling a translated text's %1, %2, … placeholders, the one way the windows do it.

`placed(self.tr("Vault: %1"), path)`: each value is put in once, in one pass, as Qt's arg()
does, so a name the nurse typed that holds "%2" is never filled in again. The same function
fills the error words shared with the command line (nurse_desk/wording) and the absence
sentences of the word catalogue (nurse_desk/domain/words).
"""

from __future__ import annotations

from nurse_desk.domain.placeholders import placed

__all__ = ["placed"]
