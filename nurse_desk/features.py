"""The features of the app and the parts each has, by module path: the one list a feature joins.

Each layer reads this list through one small registry of its own, and imports only the modules
of its own layer that the list names:

- storage/rows.py imports every `rows` module, so the metadata (migrations, the cascades that
  storage/changes.py counts) is complete;
- services/demo.py calls every `demo` function, in this order, to fill a demo vault;
- ui/sections.py reads every `sections` module's SECTIONS (the sidebar's sections and pages);
- cli.py adds every `commands` module's sub-command, in this order (the order of `--help`);
- domain/words/__init__.py joins every `words` module's WORDS into the word catalogue;
- wording/errors.py joins every `wording` module's MESSAGES into the error words;
- services/timeline_parts.py reads every `timeline` module's TIMELINE (what a feature adds to
  the pupil's timeline, and how its records are read for the pupil's page);
- ui/journal/timeline_parts.py reads every `timeline_view` module's TIMELINE (how those items
  read on the page: each kind's line, its details, its choice in the filter).

Nothing here imports anything: the command line reads this list without Qt or the database,
and the bundle names every module listed here (installers/bundle_contents.py).
tests/unit/test_feature_registry.py fails when a part is missing from the list, or the list
names a module that is not there or not in its layer.
"""

from __future__ import annotations

from dataclasses import dataclass

# The package folder of each kind of part: a registry imports only modules under its own.
LAYER_OF_PART = {
    "rows": "nurse_desk.storage.",
    "demo": "nurse_desk.services.",
    "sections": "nurse_desk.ui.",
    "commands": "nurse_desk.commands.",
    "words": "nurse_desk.domain.words.",
    "wording": "nurse_desk.wording.",
    "timeline": "nurse_desk.services.",
    "timeline_view": "nurse_desk.ui.",
}


@dataclass(frozen=True, slots=True)
class Feature:
    """One feature's parts. Modules are dotted paths; a demo step is "module:function", a
    function that takes the vault, called in the order given (after the earlier features')."""

    name: str
    rows: tuple[str, ...] = ()  # storage: its ORM row modules
    demo: tuple[str, ...] = ()  # services: its demo data, "module:function"
    sections: tuple[str, ...] = ()  # ui: modules declaring SECTIONS for the sidebar
    commands: tuple[str, ...] = ()  # command line: modules with NAME, add_to() and run()
    words: tuple[str, ...] = ()  # domain: modules with WORDS for its enums
    wording: tuple[str, ...] = ()  # wording: modules with MESSAGES for its errors
    timeline: tuple[str, ...] = ()  # services: modules with TIMELINE, its timeline sources
    timeline_view: tuple[str, ...] = ()  # ui: modules with TIMELINE, its items' lines

    def modules(self) -> tuple[str, ...]:
        """Every module this feature names, in every layer."""
        return tuple(module for part in LAYER_OF_PART for module in self.part_modules(part))

    def part_modules(self, part: str) -> tuple[str, ...]:
        """The modules of one kind of part (a demo step's module, without its function)."""
        return tuple(entry.partition(":")[0] for entry in getattr(self, part))


# In the order the demo is filled (a later feature's demo data needs the earlier ones': pupils
# first) and the command line lists its sub-commands. The sidebar has its own order, given by
# each section (SectionSpec.order).
FEATURES: tuple[Feature, ...] = (
    Feature(
        "pupils",
        rows=("nurse_desk.storage.orm",),
        demo=("nurse_desk.services.demo:fill_with_demo_data",),
        sections=("nurse_desk.ui.pupils.sections",),
        commands=("nurse_desk.commands.pupils",),
        words=("nurse_desk.domain.words.pupils",),
    ),
    Feature(
        "journal",  # notes, consents and the access log, on the pupil's page
        demo=("nurse_desk.services.demo_journal:fill_demo_journal",),
        words=("nurse_desk.domain.words.journal",),
        wording=("nurse_desk.wording.journal",),
        timeline=("nurse_desk.services.journal_timeline",),
        timeline_view=("nurse_desk.ui.journal.timeline",),
    ),
    Feature(
        "referrals",
        rows=("nurse_desk.storage.orm_referrals",),
        demo=("nurse_desk.services.demo_referrals:fill_demo_referrals",),
        sections=("nurse_desk.ui.referrals.sections",),
        words=("nurse_desk.domain.words.referrals",),
        wording=("nurse_desk.wording.referrals",),
        timeline=("nurse_desk.services.referral_timeline",),
        timeline_view=("nurse_desk.ui.referrals.timeline",),
    ),
    Feature(
        "absence",
        rows=("nurse_desk.storage.orm_absence",),
        demo=("nurse_desk.services.demo_absence:fill_demo_absence",),
        sections=("nurse_desk.ui.absence.sections",),
        commands=("nurse_desk.commands.absence",),
        words=("nurse_desk.domain.words.absence",),
    ),
    Feature(
        "imports",  # class lists and absence from the school system: the mappings kept
        rows=("nurse_desk.storage.orm_imports",),
        wording=("nurse_desk.wording.imports",),
    ),
    Feature(
        "home_visits",
        rows=("nurse_desk.storage.orm_visits",),
        demo=(
            "nurse_desk.services.demo_visits:fill_demo_visits",
            "nurse_desk.services.demo_visits:protect_one_home",
        ),
        sections=("nurse_desk.ui.visits.sections",),
        commands=("nurse_desk.commands.visits",),
        words=("nurse_desk.domain.words.visits",),
        wording=("nurse_desk.wording.visits",),
        timeline=("nurse_desk.services.visit_timeline",),
        timeline_view=("nurse_desk.ui.visits.timeline",),
    ),
    Feature(
        "follow_ups",  # the Today agenda and the follow-ups list
        rows=("nurse_desk.storage.orm_follow_ups",),
        demo=("nurse_desk.services.demo_follow_ups:fill_demo_follow_ups",),
        sections=("nurse_desk.ui.followups.sections",),
        commands=("nurse_desk.commands.agenda",),
        words=("nurse_desk.domain.words.follow_ups",),
        wording=("nurse_desk.wording.follow_ups",),
    ),
    Feature(
        "complete_record",  # one pupil's whole record for an access request
        commands=("nurse_desk.commands.record",),
    ),
    Feature(
        "figures",  # the yearly figures, and the export and transfer files' errors
        commands=("nurse_desk.commands.figures",),
        wording=("nurse_desk.wording.figures",),
    ),
    Feature(
        "records",  # whole records leaving the vault: export, hand-over, retention
        rows=("nurse_desk.storage.orm_hand_over",),
        commands=(
            "nurse_desk.commands.export",
            "nurse_desk.commands.import_export",
            "nurse_desk.commands.hand_over",
            "nurse_desk.commands.receive",
            "nurse_desk.commands.retention",
        ),
        words=("nurse_desk.domain.words.records",),
        wording=("nurse_desk.wording.records",),
    ),
    Feature(
        "settings",  # the vault's settings and care: passphrase, backups, the access log
        sections=("nurse_desk.ui.settings.sections",),
        wording=("nurse_desk.wording.vault",),
    ),
)


def modules_of(part: str) -> tuple[str, ...]:
    """Every feature's modules of one kind of part, in the features' order, each once."""
    return tuple(dict.fromkeys(m for feature in FEATURES for m in feature.part_modules(part)))


def declared_modules() -> tuple[str, ...]:
    """Every module the features name, in every layer."""
    return tuple(dict.fromkeys(m for feature in FEATURES for m in feature.modules()))
