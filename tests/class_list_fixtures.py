"""Made-up class lists as school systems export them (shared by tests and bench)."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from stdnum.no import fodselsnummer

GIVEN = ("Emil", "Nora", "Jakob", "Sofie", "Ali", "Ingrid", "Noah", "Åse", "Øystein", "Maja")
FAMILY = ("Aasen", "Hansen", "Berg", "Ødegård", "Johansen", "Larsen", "Bjørnstad", "Haugen")

PER_PUPIL_HEADER = [
    "Fødselsnummer", "Fornavn", "Etternavn", "Fødselsdato", "Skole", "Klasse",
    "Foresatt 1", "Relasjon 1", "Telefon 1", "Foresatt 2", "Relasjon 2", "Telefon 2", "Skjermet",
]  # fmt: skip
PER_GUARDIAN_HEADER = [
    "Fødselsnummer", "Fornavn", "Etternavn", "Fødselsdato", "Skole", "Klasse",
    "Foresatt", "Relasjon", "Telefon", "Skjermet",
]  # fmt: skip


def norwegian_id(born: date, serial: int) -> str:
    """A checksum-valid fødselsnummer for a child born 2000-2039 (individual number 500-999)."""
    for step in range(500):
        individual = 500 + (serial + step) % 500
        base = f"{born:%d%m%y}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(base)
        second = fodselsnummer.calc_check_digit2(base + first)
        if len(first + second) == 2:  # some individual numbers have no valid check digit
            return base + first + second
    raise ValueError(born)


@dataclass(frozen=True)
class Guardian:
    name: str
    relation: str
    phone: str


@dataclass(frozen=True)
class Pupil:
    national_id: str
    given: str
    family: str
    born: date
    school: str
    klass: str
    guardians: tuple[Guardian, ...]
    protected: bool = False


def made_up_pupils(count: int, *, school: str = "Granly skole", seed: int = 5) -> list[Pupil]:
    chooser = random.Random(seed)
    pupils = []
    for index in range(count):
        grade = 1 + index % 10
        born = date(2026 - 6 - grade, 1, 1) + timedelta(days=chooser.randrange(360))
        family = chooser.choice(FAMILY)
        pupils.append(
            Pupil(
                national_id=norwegian_id(born, index),
                given=f"{chooser.choice(GIVEN)}{index}",
                family=family,
                born=born,
                school=school,
                klass=f"{grade}{'ABC'[index % 3]}",
                guardians=(
                    Guardian(f"Mor{index} {family}", "mor", f"9{index:07d}"),
                    Guardian(f"Far{index} {family}", "far", f"4{index:07d}"),
                ),
                protected=index % 97 == 0,
            )
        )
    return pupils


def with_changes(pupil: Pupil, **changes) -> Pupil:
    return replace(pupil, **changes)


def class_list_text(pupils: list[Pupil], *, per_guardian: bool = False) -> str:
    """The export as text (';' separated, dd.mm.yyyy dates), line 1 the header."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(PER_GUARDIAN_HEADER if per_guardian else PER_PUPIL_HEADER)
    for pupil in pupils:
        start = [
            pupil.national_id,
            pupil.given,
            pupil.family,
            f"{pupil.born:%d.%m.%Y}",
            pupil.school,
            pupil.klass,
        ]
        marker = "Ja" if pupil.protected else ""
        if per_guardian:
            for guardian in pupil.guardians:
                writer.writerow([*start, guardian.name, guardian.relation, guardian.phone, marker])
        else:
            cells = [cell for g in pupil.guardians[:2] for cell in (g.name, g.relation, g.phone)]
            writer.writerow([*start, *cells, *[""] * (6 - len(cells)), marker])
    return out.getvalue()


def write_class_list(
    path: Path, pupils: list[Pupil], *, per_guardian: bool = False, encoding: str = "utf-8"
) -> Path:
    path.write_bytes(class_list_text(pupils, per_guardian=per_guardian).encode(encoding))
    return path
