"""How many characters each short text the nurse types can hold, as the vault stores it.

A form's field takes no more than this (ui/common/capped_text.py, which also says so when a
longer text is pasted), so what she sees in the field is what is saved: a longer text would
otherwise be cut, or refused only after she pressed Save."""

from __future__ import annotations

NAME = 200  # a pupil's, guardian's, partner's or companion's name; a school or municipality
ORGANISATION = 200
EMAIL = 200
NATIONAL_ID = 20
CLASS_NAME = 20
LANGUAGE = 50
RELATION = 50  # a guardian's relation to the pupil
PHONE = 50
ADDRESS = 500
