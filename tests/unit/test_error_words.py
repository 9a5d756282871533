"""Error words: one table per feature, looked up by the error's type, shared by the windows and
the command line, and every marked text is in the translation files."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nurse_desk.domain import errors
from nurse_desk.domain.home_visits import MissingItem, VisitNotReady
from nurse_desk.domain.journal import TextTooLong
from nurse_desk.wording import ENGLISH, Wording, placed
from nurse_desk.wording.errors import MESSAGES, describe

ROOT = Path(__file__).resolve().parents[2]
WORDING = ROOT / "nurse_desk" / "wording"
TS = ROOT / "resources" / "translations" / "ts"


def _marked_texts():
    for path in sorted(WORDING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and all(isinstance(arg, ast.Constant) for arg in node.args)
            ):
                yield tuple(arg.value for arg in node.args)


def test_the_words_for_errors_load_neither_qt_nor_the_windows():
    for path in WORDING.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("PySide6", "nurse_desk.ui")), path.name


@pytest.mark.parametrize("language", ["nb", "sv"])
def test_every_marked_error_text_is_translated(language):
    translated = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS / f"nurse_desk_{language}.ts").iter("context")
        for message in context.iter("message")
        if (message.find("translation").text or "")
    }
    marked = set(_marked_texts())
    assert len(marked) > 80
    assert marked - translated == set()


def test_an_error_is_worded_by_its_most_specific_type():
    class SomeVaultTrouble(errors.VaultError):
        pass

    assert describe(errors.VaultLocked()) == "The vault is locked."
    assert describe(SomeVaultTrouble("disk full")) == (
        "The file could not be read or written (disk full)."
    )
    assert describe(errors.FileNotWritable("read-only")) == (
        "The file could not be read or written (read-only)."
    )
    assert describe(KeyError("x")) == "Something unexpected went wrong; nothing was changed."
    assert all(isinstance(kind, type) for kind in MESSAGES)


def test_sentences_with_values_and_catalogue_words_follow_the_wording():
    not_ready = VisitNotReady((MissingItem.NOTICE, MissingItem.CONSENT))
    assert describe(not_ready) == (
        "The visit cannot be marked ready yet. Still missing: notice, consent."
    )
    assert describe(TextTooLong("text", 2000)) == "The text is too long: at most 2000 characters."
    shouting = Wording("nb", lambda context, source: source.upper())
    assert describe(not_ready, shouting) == (
        "THE VISIT CANNOT BE MARKED READY YET. STILL MISSING: varsel, samtykke."
    )
    assert ENGLISH.language == "en"


def test_placeholders_are_filled_in_one_pass():
    assert placed("%1 of %2", "%2", 7) == "%2 of 7"
    assert placed("%1 and %10", *range(1, 11)) == "1 and 10"
    assert placed("%1 and %3", "a") == "a and %3"


def test_no_error_type_is_worded_by_two_features():
    # Every feature's table in nurse_desk/wording, found by looking, so a new one counts too.
    tables = []
    for info in pkgutil.iter_modules([str(WORDING)], "nurse_desk.wording."):
        module = importlib.import_module(info.name)
        if info.name != "nurse_desk.wording.errors" and hasattr(module, "MESSAGES"):
            tables.append(module.MESSAGES)
    assert len(tables) >= 8
    assert sum(len(table) for table in tables) == len(MESSAGES)


def test_errors_that_say_more_than_their_type_pick_their_sentence():
    from nurse_desk.domain.access_log import AccessLogTampered, AnchorPlace, LogFinding, LogProblem
    from nurse_desk.domain.national_id import InvalidNationalId
    from nurse_desk.services.open_export import ExportNotReadable

    assert describe(errors.DiskRefused("full")).startswith("The disk is full, so this was not")
    assert describe(errors.DiskRefused("full", copy=True)).startswith(
        "The backup could not be written: that disk is full."
    )
    assert describe(ExportNotReadable("not_record")) == (
        "The file is not one pupil's handed-over record; nothing was imported."
    )
    assert describe(ExportNotReadable("not_json")) == "The file is not a Nurse Desk export."
    assert describe(InvalidNationalId("other_country", valid_in="se")).startswith(
        "This is a valid Swedish ID number"
    )
    assert describe(InvalidNationalId("checksum")).startswith("The national ID's check digits")
    cut = LogFinding(LogProblem.CUT_SHORT, 41, AnchorPlace.VAULT)
    assert describe(AccessLogTampered(cut)) == (
        "The access log was cut short outside Nurse Desk: entries from number 41 on are missing."
    )
