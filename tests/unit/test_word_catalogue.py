"""One word catalogue: every domain value that is shown has its words in nb, sv and en, and the
screen, the printouts and the command line read the same ones."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from enum import Enum, StrEnum
from pathlib import Path

import pytest

import nurse_desk.domain
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.home_visits import CompanionRole, VisitInitiator
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.domain.words import CATALOGUE, LANGUAGES, printout_language, word
from nurse_desk.domain.words.absence import SENTENCES, WEEKDAYS_PLURAL, WEEKDAYS_SHORT
from nurse_desk.printing.base import Words

PACKAGE = Path(nurse_desk.domain.__file__).resolve().parents[1]

# Domain enums the catalogue leaves out, each with why: they are never shown as a word of their
# own, or the screen words them as part of a sentence or a table heading of its own.
NOT_WORDED = {
    "AnchorPlace": "where the access log's damage was found; only steers the check",
    "DetailKind": "what a log entry's detail says: the window's log and the printed record word it",
    "SheetKind": "which home-visit sheet a log entry names: worded with the entry's detail",
    "SheetPart": "how a home-visit sheet left, in a log entry: worded with the entry's detail",
    "AgendaKind": "which record an agenda line is; the line shows its follow-up kind's words",
    "FollowUpSource": "stored link to what made a follow-up; never shown",
    "Frequency": "shown only inside the repeat sentence (every 3 weeks, 4 times)",
    "IdKind": "which national-ID scheme parsed a number; never shown",
    "ImportKind": "which import a remembered column mapping belongs to; never shown",
    "ItemKind": "how plan items are stored; the sheet shows them under their own headings",
    "OccurrenceStatus": "stored state of one date of a recurring follow-up; never shown",
    "LogProblem": "a damaged access log is a whole sentence (nurse_desk/wording/journal.py)",
    "Problem": "a rejected import line is a whole sentence (nurse_desk/wording/imports.py)",
    "Removal": "what a delete did (archived or deleted); only steers the list",
    "TimelineKind": "an entry shows its record's words; referral events have their own titles",
}


def _domain_enums() -> dict[str, type[Enum]]:
    found = {}
    for info in pkgutil.walk_packages(nurse_desk.domain.__path__, "nurse_desk.domain."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, StrEnum)
                and value is not StrEnum
                and value.__module__ == module.__name__
            ):
                found[value.__name__] = value
    return found


def test_every_domain_enum_is_in_the_catalogue_or_said_why_not():
    enums = _domain_enums()
    worded = {kind.__name__ for kind in CATALOGUE}
    assert worded | set(NOT_WORDED) == set(enums)
    assert worded & set(NOT_WORDED) == set()


@pytest.mark.parametrize("kind", list(CATALOGUE), ids=lambda kind: kind.__name__)
def test_every_value_has_its_three_words(kind):
    table = CATALOGUE[kind]
    assert set(table) == set(kind)
    for value, texts in table.items():
        assert len(texts) == len(LANGUAGES) == 3, value
        assert all(text.strip() == text and text for text in texts), value


def test_values_of_different_enums_that_are_equal_strings_keep_their_own_words():
    assert NoteKind.HOME_VISIT == ConsentPurpose.HOME_VISIT  # equal strings…
    assert Topic.OTHER == ConsentPurpose.OTHER == VisitInitiator.OTHER == CompanionRole.OTHER
    # …but each is looked up under its own type.
    assert word(VisitInitiator.OTHER, "en") == "Someone else"
    assert word(CompanionRole.OTHER, "en") == "Other professional"
    assert word(ConsentPurpose.OTHER, "sv") == "Annat"
    assert word(ConsentPurpose.TRANSFER_RECORDS, "nb") == "Overføre journal fra helsestasjonen"


def test_the_printouts_read_the_catalogue():
    for language in LANGUAGES:
        printed = Words(language)
        for kind, table in CATALOGUE.items():
            for value, texts in table.items():
                assert printed.of(value) == texts[LANGUAGES.index(language)], (kind, value)


def test_absence_sentences_and_weekdays_exist_in_every_language_with_the_same_numbers():
    for texts in SENTENCES.values():
        numbers = {tuple(sorted(re.findall(r"%\d", text))) for text in texts}
        assert len(texts) == 3 and len(numbers) == 1
    assert len(WEEKDAYS_PLURAL) == 7 and len(WEEKDAYS_SHORT) == 5
    assert all(len(texts) == 3 and all(texts) for texts in WEEKDAYS_PLURAL + WEEKDAYS_SHORT)


@pytest.mark.parametrize(
    ("chosen", "country", "expected"),
    [
        ("en", "no", "en"),
        ("sv", "no", "sv"),
        ("nb", "se", "nb"),
        (None, "no", "nb"),
        (None, "se", "sv"),
        (None, None, "nb"),
        ("de", "se", "sv"),
    ],
)
def test_one_rule_for_the_language_of_a_printout(chosen, country, expected):
    assert printout_language(chosen, country) == expected


def test_the_command_line_imports_nothing_from_the_windows():
    files = [PACKAGE / "cli.py", *sorted((PACKAGE / "commands").glob("*.py"))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("nurse_desk.ui"), (path.name, node.module)
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
                assert not any(n.startswith("nurse_desk.ui") for n in names), path.name
