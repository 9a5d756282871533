"""The sidebar's sections, gathered from the features (`sections` in nurse_desk/features.py).

Each feature's sections module declares SECTIONS (ui/section_spec.py); here they are put in
the sidebar's order, and `Section` names each one by its key (Section.TODAY is the first),
its value the section's row in the sidebar.
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
    ordered = tuple(sorted(found, key=lambda spec: spec.order))
    if [spec.order for spec in ordered] != list(range(len(ordered))):
        raise LookupError(f"the sections' places are not 0…n-1: {[s.order for s in ordered]}")
    return ordered


SECTIONS = _gathered()

Section = IntEnum("Section", [(spec.key, spec.order) for spec in SECTIONS])
