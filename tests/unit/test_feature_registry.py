"""The feature list (nurse_desk/features.py) is complete and each layer's registry reads it.

Completeness is found from the folders: an ORM module, a sub-command, a demo module, a sections
module or a words table that no feature names fails here, as does a named module that is
missing, lies outside its layer or lacks what its registry reads.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from nurse_desk import cli
from nurse_desk.features import FEATURES, LAYER_OF_PART, modules_of

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nurse_desk"

# What each registry reads of a module it is named.
READ_FROM = {
    "sections": "SECTIONS",
    "words": "WORDS",
    "wording": "MESSAGES",
    "timeline": "TIMELINE",
    "timeline_view": "TIMELINE",
}


def module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def found(pattern: str, *, leaving_out: Iterable[str] = ()) -> set[str]:
    """The app's modules whose files match `pattern` (from nurse_desk/), but those left out."""
    names = {module_of(path) for path in PACKAGE.glob(pattern)}
    return names - {f"nurse_desk.{name}" for name in leaving_out}


def undeclared(present: set[str], part: str) -> set[str]:
    return present - set(modules_of(part))


def test_feature_names_are_unique_and_no_module_belongs_to_two_features():
    assert len({feature.name for feature in FEATURES}) == len(FEATURES)
    named = Counter(m for feature in FEATURES for m in set(feature.modules()))
    assert [module for module, times in named.items() if times > 1] == []


@pytest.mark.parametrize("part", sorted(LAYER_OF_PART))
def test_every_named_module_imports_lies_in_its_layer_and_has_what_is_read(part):
    for module in modules_of(part):
        assert module.startswith(LAYER_OF_PART[part]), module
        loaded = importlib.import_module(module)
        if part in READ_FROM:
            assert getattr(loaded, READ_FROM[part]), module


def test_every_demo_step_is_a_function_of_its_module():
    steps = [step for feature in FEATURES for step in feature.demo]
    assert steps
    for step in steps:
        module, _, function = step.partition(":")
        assert function, step
        assert callable(getattr(importlib.import_module(module), function)), step


@pytest.mark.parametrize(
    ("part", "present"),
    [
        ("rows", found("storage/orm*.py")),
        ("commands", found("commands/*.py", leaving_out=["commands.__init__"])),
        ("sections", found("ui/*/sections.py")),
        ("timeline", found("services/*_timeline.py")),
        ("timeline_view", found("ui/*/timeline.py")),
        (
            "words",
            found(
                "domain/words/*.py", leaving_out=["domain.words.__init__", "domain.words.catalogue"]
            ),
        ),
        (
            "wording",
            found(
                "wording/*.py",
                leaving_out=["wording.__init__", "wording.table", "wording.errors"],
            ),
        ),
    ],
)
def test_every_part_in_the_folders_is_named_by_a_feature(part, present):
    assert present
    assert undeclared(present, part) == set()


def test_every_demo_module_is_named_by_a_feature():
    demo_modules = set(modules_of("demo"))
    assert found("services/demo_*.py") - demo_modules == set()


def test_the_completeness_check_notices_a_module_no_feature_names():
    assert undeclared({"nurse_desk.storage.orm_vaccinations"}, "rows") == {
        "nurse_desk.storage.orm_vaccinations"
    }


def _tables_after(code: str) -> set[str]:
    """The metadata's tables in a fresh interpreter after `code` (this process has imported
    every module already, so a missing import would not show here)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"{code}\nimport json\nfrom nurse_desk.storage import orm\n"
            "print(json.dumps(sorted(orm.Base.metadata.tables)))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_metadata_and_the_cascades_hold_every_orm_modules_tables():
    every_file = "\n".join(f"import {name}" for name in sorted(found("storage/orm*.py")))
    everything = _tables_after(every_file)
    assert {"pupil", "home_visit", "referral", "absence_acknowledgement"} <= everything
    assert _tables_after("import nurse_desk.storage.rows") == everything
    assert _tables_after("import nurse_desk.storage.changes") == everything


def test_every_sub_command_is_named_once_and_listed_in_the_features_order():
    names = [importlib.import_module(module).NAME for module in cli.FEATURE_COMMANDS]
    assert len(set(names)) == len(names)
    assert not set(names) & {"init", "demo", "check", "backup", "restore", "rekey"}
    listed = cli.build_parser().format_help().split("COMMAND", 2)[2]  # after the usage lines
    places = [listed.find(f"\n    {name} ") for name in names]
    assert -1 not in places
    assert places == sorted(places)


def test_the_sections_have_one_place_each_and_pages_of_their_own():
    from nurse_desk.ui.sections import SECTIONS, Section
    from nurse_desk.ui.workspace import Workspace

    places = [spec.order for spec in SECTIONS]
    assert places == sorted(set(places))  # in the sidebar's order, no two in one place
    assert [member.name for member in Section] == [spec.key for spec in SECTIONS]
    assert [int(member) for member in Section] == list(range(len(SECTIONS)))
    assert len(SECTIONS) <= 9  # each shown by Ctrl and one digit
    attributes = [spec.attribute for spec in SECTIONS]
    assert len(set(attributes)) == len(attributes)
    assert not any(hasattr(Workspace, attribute) for attribute in attributes)
    assert all(callable(spec.page) and spec.name for spec in SECTIONS)
    assert Section.TODAY == 0  # the workspace opens on it


def test_the_word_and_error_tables_are_joined_without_overlap():
    from nurse_desk.domain.words import CATALOGUE
    from nurse_desk.wording.errors import MESSAGES

    for part, joined in (("words", CATALOGUE), ("wording", MESSAGES)):
        tables = [getattr(importlib.import_module(m), READ_FROM[part]) for m in modules_of(part)]
        keys = Counter(key for table in tables for key in table)
        assert [key for key, times in keys.items() if times > 1] == [], part
        assert set(joined) == set(keys), part


def test_every_timeline_kind_has_one_part_and_one_view_from_the_same_feature():
    from nurse_desk.domain.timeline import TimelineKind
    from nurse_desk.services.timeline_parts import timeline_sources
    from nurse_desk.ui.journal.timeline_parts import timeline_views

    parts = [source.part for source in timeline_sources()]
    assert sorted(kind for part in parts for kind in part.kinds) == sorted(TimelineKind)
    assert sorted(kind for view in timeline_views() for kind in view.kinds) == sorted(TimelineKind)
    assert len({part.key for part in parts}) == len(parts)
    for feature in FEATURES:
        sources = [s for m in feature.timeline for s in importlib.import_module(m).TIMELINE]
        views = [v for m in feature.timeline_view for v in importlib.import_module(m).TIMELINE]
        assert {s.part.kinds for s in sources} == {v.kinds for v in views}, feature.name
        assert all(callable(v.line) and callable(v.details) and v.filter_name for v in views)
