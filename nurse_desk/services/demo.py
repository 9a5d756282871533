"""Fictional demo data, so a nurse can try the app without touching real pupils.

Every name is drawn at random from common first and family names; no national IDs are made,
so no demo pupil can coincide with a real person's identity number.
"""

from __future__ import annotations

import importlib
import random
from datetime import date
from pathlib import Path

from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.features import FEATURES
from nurse_desk.services.unit_of_work import COUNTRY, unit_of_work
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault

# Demo vaults opened from the welcome screen are thrown away on exit; their passphrase is shown
# on the unlock screen, so it need not be strong.
DEMO_PASSPHRASE = "demo"

_GIVEN = (
    "Emma",
    "Nora",
    "Olivia",
    "Ella",
    "Sofie",
    "Leah",
    "Ingrid",
    "Astrid",
    "Maja",
    "Sara",
    "Alma",
    "Ebba",
    "Wilma",
    "Freja",
    "Selma",
    "Amina",
    "Hedda",
    "Frida",
    "Linnea",
    "Tuva",
    "Jakob",
    "Noah",
    "Emil",
    "Lucas",
    "Oliver",
    "William",
    "Filip",
    "Aksel",
    "Oskar",
    "Isak",
    "Henrik",
    "Magnus",
    "Elias",
    "Hugo",
    "Liam",
    "Ali",
    "Theo",
    "Sander",
    "Johannes",
    "Viktor",
)
_FAMILY = (
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Eriksen",
    "Lund",
    "Moen",
    "Strand",
    "Solberg",
    "Bakken",
    "Lindqvist",
    "Nyström",
    "Ahmed",
    "Nguyen",
    "Hussein",
    "Kowalski",
    "Søreide",
    "Dahl",
    "Fjeld",
    "Aasen",
    "Sæther",
    "Holm",
    "Lie",
    "Ødegård",
    "Bråten",
    "Vik",
)
_MOTHERS = ("Anne", "Kari", "Ingrid", "Hanne", "Maria", "Fatima", "Linda", "Camilla")
_FATHERS = ("Per", "Ole", "Lars", "Jon", "Ahmed", "Thomas", "Erik", "Anders")
# A Swedish demo's families have Swedish names, and its first names Swedish spellings.
_GIVEN_SE = tuple({"Sofie": "Sofia", "Aksel": "Axel", "Sander": "Sixten"}.get(n, n) for n in _GIVEN)
_FAMILY_SE = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Lindberg",
    "Lindqvist",
    "Nyström",
    "Berglund",
    "Lundgren",
    "Sjöberg",
    "Engström",
    "Forsberg",
    "Axelsson",
    "Holmberg",
    "Ahmed",
    "Nguyen",
    "Hussein",
    "Kowalski",
    "Åberg",
    "Dahl",
    "Ek",
    "Sandberg",
    "Holm",
    "Lind",
    "Öberg",
    "Björk",
    "Wikström",
    "Hedlund",
)
_MOTHERS_SE = ("Anna", "Karin", "Ingrid", "Helena", "Maria", "Fatima", "Linda", "Camilla")
_FATHERS_SE = ("Per", "Johan", "Lars", "Jonas", "Ahmed", "Thomas", "Erik", "Anders")
_NAMES = {
    "no": (_GIVEN, _FAMILY, _MOTHERS, _FATHERS),
    "se": (_GIVEN_SE, _FAMILY_SE, _MOTHERS_SE, _FATHERS_SE),
}
DEMO_SCHOOLS = (
    ("Solbakken skole", range(1, 8)),
    ("Granly skole", range(1, 8)),
    ("Fjellvang ungdomsskole", range(8, 11)),
)
# A Swedish demo shows Swedish schools (grundskolan: years 1 to 9).
DEMO_SCHOOLS_SE = (
    ("Solbackens skola", range(1, 7)),
    ("Granlundsskolan", range(1, 7)),
    ("Fjällviksskolan", range(7, 10)),
)
_PHONE_PREFIX = {"no": "+47 9", "se": "+46 70"}


def school_year_start(today: date) -> int:
    """The calendar year the current school year began (it starts in August)."""
    return today.year if today.month >= 8 else today.year - 1


def demo_pupils(
    count: int = 360, *, seed: int = 2026, today: date | None = None, country: str = "no"
) -> list[NewPupil]:
    today = today or date.today()
    schools = DEMO_SCHOOLS_SE if country == "se" else DEMO_SCHOOLS
    phone = _PHONE_PREFIX.get(country, _PHONE_PREFIX["no"])
    given, families, mothers, fathers = _NAMES.get(country, _NAMES["no"])
    start = school_year_start(today)
    chooser = random.Random(seed)
    result: list[NewPupil] = []
    for index in range(count):
        school_name, grades = schools[index % len(schools)]
        grade = chooser.choice(list(grades))
        # A first-grader turns six in the autumn term's calendar year.
        birth_year = start - 5 - grade
        born = date(birth_year, chooser.randint(1, 12), chooser.randint(1, 28))
        family = chooser.choice(families)
        guardians = tuple(
            GuardianRecord(
                f"{chooser.choice(names)} {family}",
                relation,
                f"{phone}{chooser.randint(0, 9999999):07d}",
            )
            for relation, names in (("mor", mothers), ("far", fathers))
            if chooser.random() < 0.85
        )
        result.append(
            NewPupil(
                given_name=chooser.choice(given),
                family_name=family,
                guardians=guardians,
                birth_date=born,
                school_name=school_name,
                class_name=f"{grade}{chooser.choice('ABC')}",
            )
        )
    return result


def fill_with_demo_data(vault: Vault, *, pupils: int = 360, seed: int = 2026) -> int:
    """Adds demo schools and pupils of the vault's country in one transaction; returns the
    number of pupils."""
    with unit_of_work(vault) as work:
        country = work.country
        made = demo_pupils(pupils, seed=seed, country=country)
        return len(pupil_store.add_pupils(work.session, made))


def create_demo_vault(path: Path, secret: str = DEMO_PASSPHRASE, *, country: str = "no") -> Vault:
    """A demo of `country`: its schools, holidays, standard services and template texts."""
    vault = Vault.create(path, secret)
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, COUNTRY, country)
    fill_everything(vault)
    return vault


def fill_everything(vault: Vault) -> tuple[int, int]:
    """Every feature's demo data, in the features' order (nurse_desk/features.py): pupils first,
    then their notes and consents, and on; returns (pupils, notes)."""
    made: dict[str, int] = {}
    for feature in FEATURES:
        for step in feature.demo:
            module, _, function = step.partition(":")
            result = getattr(importlib.import_module(module), function)(vault)
            made.setdefault(feature.name, result)  # a feature's first step says what it made
    return made["pupils"], made["journal"]
