"""The sidebar's sections, gathered from the features (`sections` in nurse_desk/features.py).

Each feature's sections module declares SECTIONS (ui/section_spec.py); here they are put in
the sidebar's order (SectionSpec.order), and `Section` names each one by its key
(Section.TODAY is the first), its value the section's row in the sidebar.
"""

from __future__ import annotations

import importlib
from enum import IntEnum

from nurse_desk.features import modules_of
from nurse_desk.ui.section_spec import SectionSpec


def _gathered() -> tuple[SectionSpec, ...]:
    found = [
        spec
        for module in modules_of("sections")
        for spec in importlib.import_module(module).SECTIONS
    ]
    places = [spec.order for spec in found]
    if len(set(places)) != len(places):
        raise LookupError(f"two sections want the same place in the sidebar: {sorted(places)}")
    return tuple(sorted(found, key=lambda spec: spec.order))


SECTIONS = _gathered()

# Its value is the section's row in the sidebar, from 0; Ctrl+(row + 1) shows it.
Section = IntEnum("Section", [(spec.key, row) for row, spec in enumerate(SECTIONS)])
