"""New school year: every class of a school moves up one grade in one step ("8B" → "9B");
the top grade leaves school and is offered for archiving (left school, never deleted)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from nurse_desk.domain.records import PupilRecord

# Norway: grades 1-10 (grunnskole); Sweden: förskoleklass then grades 1-9 (grundskola).
TOP_GRADE = {"no": 10, "se": 9}

_GRADE = re.compile(r"[0-9]+")  # not \d: that also takes "٣", which int() reads as 3
# Swedish förskoleklass is written "F", "FK", "Fsk" or "F-klass", optionally with a group letter.
_PRESCHOOL = re.compile(r"^(F|FK|FSK|F-KLASS|FÖRSKOLEKLASS)\s*([A-ZÅÄÖ]?)$", re.IGNORECASE)


class MoveKind(StrEnum):
    MOVES_UP = "moves_up"
    LEAVES = "leaves"  # top grade: offered for "left school"
    NOT_MOVED = "not_moved"  # the class name has no grade the app can read


@dataclass(frozen=True, slots=True)
class ClassMove:
    pupil_id: int
    name: str
    kind: MoveKind
    before: str
    after: str  # empty when the pupil leaves or is not moved


def next_class_name(class_name: str, top_grade: int) -> tuple[MoveKind, str]:
    """The class the next school year: the first number goes up by one ("VG1A" → "VG2A",
    "10C" → leaves when 10 is the top grade); förskoleklass "F"/"FA" goes to grade 1."""
    text = class_name.strip()
    preschool = _PRESCHOOL.match(text)
    if preschool:
        return MoveKind.MOVES_UP, f"1{preschool.group(2).upper()}"
    grade = _GRADE.search(text)
    if grade is None:
        return MoveKind.NOT_MOVED, ""
    number = int(grade.group())
    if number >= top_grade:
        return MoveKind.LEAVES, ""
    return MoveKind.MOVES_UP, f"{text[: grade.start()]}{number + 1}{text[grade.end() :]}"


def plan_new_school_year(
    pupils: Iterable[PupilRecord], school_name: str, top_grade: int
) -> list[ClassMove]:
    """The preview: each active pupil of the school and where the new year puts them."""
    moves = []
    for pupil in pupils:
        if pupil.school_name != school_name or not pupil.active or pupil.left_on is not None:
            continue
        kind, after = next_class_name(pupil.class_name, top_grade)
        name = f"{pupil.family_name}, {pupil.given_name}"
        moves.append(ClassMove(pupil.id, name, kind, pupil.class_name, after))
    return sorted(moves, key=_class_order)


def _class_order(move: ClassMove) -> tuple[int, str, str]:
    """Grade by number ("8B" before "10A"), then class, then name."""
    grade = _GRADE.search(move.before)
    return (int(grade.group()) if grade else -1, move.before, move.name)
