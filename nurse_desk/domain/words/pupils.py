"""Pupils: what a class-list import does with each pupil, which fields changed, and where the new
school year moves each pupil."""

from __future__ import annotations

from nurse_desk.domain.class_list_plan import ChangedField, PlanKind
from nurse_desk.domain.school_year import MoveKind
from nurse_desk.domain.words.catalogue import Catalogue

WORDS: Catalogue = {
    PlanKind: {
        PlanKind.NEW: ("Ny", "Ny", "New"),
        PlanKind.CHANGED: ("Endret", "Ändrad", "Changed"),
        PlanKind.UNCHANGED: ("Uendret", "Oförändrad", "Unchanged"),
        PlanKind.MISSING: (
            "Ikke på lista: sluttet?",
            "Inte i listan: slutat?",
            "Not in the list: left school?",
        ),
    },
    ChangedField: {
        ChangedField.NAME: ("Navn", "Namn", "Name"),
        ChangedField.NATIONAL_ID: ("Fødselsnummer", "Personnummer", "National ID"),
        ChangedField.SCHOOL: ("Skole", "Skola", "School"),
        ChangedField.CLASS_NAME: ("Klasse", "Klass", "Class"),
        ChangedField.GUARDIANS: ("Foresatte", "Vårdnadshavare", "Guardians"),
        ChangedField.PROTECTED: (
            "Skjermet (sperret adresse)",
            "Skyddad identitet",
            "Protected identity",
        ),
        ChangedField.RETURNED: ("Tilbake på skolen", "Tillbaka i skolan", "Back at school"),
    },
    MoveKind: {
        MoveKind.MOVES_UP: ("Flyttes opp", "Flyttas upp", "Moves up"),
        MoveKind.LEAVES: ("Slutter", "Slutar", "Leaves school"),
        MoveKind.NOT_MOVED: (
            "Flyttes ikke (uten trinn)",
            "Flyttas inte (ingen årskurs)",
            "Not moved (no grade)",
        ),
    },
}
