"""What bench/interactions.py times: one step per interaction, in the order a cycle runs them.

Each step has an untimed `setup` (bring the window to where the nurse starts), the timed
`action` (what her click makes the app do) and an untimed `teardown`. A cycle opens with two
unlocks (landing on Settings, then on Today) so every section gets a first show after each
unlock, whether pages read at unlock or when first shown. Steps that write say so: their
statements are replayed on a copy of the vault taken before the action.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.sql_capture import remove, snapshot
from bench.ui_driver import Desk, let_deferred_work_finish, settle
from bench.year_vault import YearVault
from nurse_desk.ui.workspace import Section

# The app's dialogs and services are imported where a step uses them: if one moves or changes,
# that interaction reports the error and the others still run.

INTERACTION_MS = 50.0
MAX_RATIO = 5.0
SEARCH_WORD = "søvn"
PUPIL_WORD = "aas"
FAMILY_WORD = "Hansen"
OUTCOME = "Samtale gjennomført."


@dataclass
class Step:
    name: str
    action: Callable[[], object]  # may return a short note for the table
    setup: Callable[[], None] | None = None
    teardown: Callable[[], None] | None = None
    writes: bool = False  # replay on a copy of the working vault taken before the action
    replay_source: Callable[[], Path] | None = None  # or on fresh copies of this file
    limit_ms: float | None = INTERACTION_MS
    max_ratio: float | None = MAX_RATIO
    key_derivation: bool = False  # the row is split: with, of which, and without Argon2id


def all_steps(desk: Desk, year: YearVault, cycle: Callable[[], int]) -> list[Step]:
    return [
        *unlock_steps(desk),
        *[first_show(desk, s) for s in Section if s is not Section.TODAY],
        *[refresh(desk, s) for s in Section],
        open_pupil_page(desk, year.busy_pupil_id),
        typed_in_pupils(desk, PUPIL_WORD, f"Pupils: filter typed '{PUPIL_WORD}'"),
        typed_in_pupils(
            desk, year.class_list_school, f"Pupils: one school ('{year.class_list_school}')"
        ),
        note_search(desk),
        mark_follow_up_done(desk, cycle),
        typed_filter(desk, Section.FOLLOW_UPS, "search", "Follow-ups: filter typed"),
        typed_filter(desk, Section.HOME_VISITS, "filter", "Home visits: filter typed"),
        absence_charts(desk),
        *class_list_steps(desk, year),
        absence_import(desk, year, lambda: year.before_absence_path, "a school year, all new"),
        absence_import(desk, year, lambda: year.vault_path, "the same year again, all known"),
    ]


def unlock_steps(desk: Desk) -> list[Step]:
    def unlocked_on_settings() -> None:
        desk.lock_on(Section.SETTINGS)
        desk.unlock_and_wait()

    return [
        Step(
            "Today: first show (unlocked on Settings)",
            action=lambda: desk.show(Section.TODAY),
            setup=unlocked_on_settings,
        ),
        Step(
            "Unlock -> Today painted",
            action=desk.unlock,
            setup=lambda: desk.lock_on(Section.TODAY),
            teardown=let_deferred_work_finish,
            limit_ms=500.0,
            key_derivation=True,
        ),
    ]


def first_show(desk: Desk, section: Section) -> Step:
    return Step(
        f"{_name(section)}: first show after unlock",
        action=lambda: desk.show(section),
        setup=lambda: desk.first_show_next(section),
    )


def refresh(desk: Desk, section: Section) -> Step:
    def shown() -> None:
        desk.ensure_unlocked()
        page = desk.page(section)
        if hasattr(page, "show_list"):
            page.show_list()
        settle()

    return Step(
        f"{_name(section)}: refresh",
        action=lambda: desk.workspace.pages.currentWidget().reload(),
        setup=shown,
    )


def open_pupil_page(desk: Desk, pupil_id: int) -> Step:
    """What a click on a pupil's name does (Today, Follow-ups, Absence, search): the page is
    opened and the access logged."""

    def on_list() -> None:
        desk.ensure_unlocked()
        desk.page(Section.PUPILS).show_list()
        settle()

    return Step(
        "Open a busy pupil's page",
        action=lambda: desk.workspace.open_pupil(pupil_id),
        setup=on_list,
        teardown=on_list,
        writes=True,
    )


def typed_in_pupils(desk: Desk, text: str, name: str) -> Step:
    def cleared() -> None:
        desk.ensure_unlocked()
        page = desk.page(Section.PUPILS)
        page.show_list()
        page.filter.clear()
        settle()

    def typed() -> str:
        page = desk.page(Section.PUPILS)
        page.filter.setText(text)
        return f"{page.proxy.rowCount()} rows"

    return Step(name, action=typed, setup=cleared, teardown=cleared)


def typed_filter(desk: Desk, section: Section, field_name: str, name: str) -> Step:
    def cleared() -> None:
        desk.ensure_unlocked()
        getattr(desk.page(section), field_name).clear()
        settle()

    def typed() -> str:
        page = desk.page(section)
        getattr(page, field_name).setText(FAMILY_WORD)
        return f"'{FAMILY_WORD}': {page.proxy.rowCount()} rows"

    return Step(name, action=typed, setup=cleared, teardown=cleared)


def note_search(desk: Desk) -> Step:
    """The search window (Ctrl+F) open; the word typed and Enter pressed."""
    state: dict = {}

    def opened() -> None:
        from nurse_desk.ui.journal.search_dialog import NoteSearchDialog

        desk.ensure_unlocked()
        state["dialog"] = NoteSearchDialog(desk.window, vault=desk.vault)
        state["dialog"].show()
        settle()

    def searched() -> str:
        dialog = state["dialog"]
        dialog.query.setText(SEARCH_WORD)
        dialog.query.returnPressed.emit()
        return f"'{SEARCH_WORD}': {dialog.model.rowCount()} notes"

    def closed() -> None:
        dialog = state.pop("dialog", None)
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()
        settle()

    return Step(f"Note search '{SEARCH_WORD}'", action=searched, setup=opened, teardown=closed)


def mark_follow_up_done(desk: Desk, cycle: Callable[[], int]) -> Step:
    """The Done dialog answered: the service it calls, then the pages' reload it triggers."""
    state: dict = {}

    def chosen() -> None:
        from nurse_desk.domain.follow_ups import FollowUpStatus
        from nurse_desk.services import follow_up_work

        desk.ensure_unlocked()
        desk.page(Section.TODAY)
        lines = follow_up_work.follow_up_lines(desk.vault, status=FollowUpStatus.OPEN)
        plain = sorted(
            (line for line in lines if not line.is_recurring and line.next_due is not None),
            key=lambda line: (line.next_due, line.id),
        )
        state["id"] = plain[cycle()].id

    def done() -> None:
        from nurse_desk.services import follow_up_work

        follow_up_work.complete_follow_up(desk.vault, state["id"], outcome=OUTCOME)
        desk.workspace.today_page.actions_.changed.emit()

    return Step("Mark a follow-up done (Today)", action=done, setup=chosen, writes=True)


def absence_charts(desk: Desk) -> Step:
    state: dict = {}

    def on_list() -> None:
        desk.ensure_unlocked()
        page = desk.page(Section.ABSENCE)
        settle()
        page.show_list()
        settle()
        rows = page.model.rows()
        if not rows:
            raise RuntimeError("no pupil flagged for absence")
        state["pupil"] = rows[0].pupil

    def opened() -> None:
        pupil = state["pupil"]
        desk.page(Section.ABSENCE).open_pupil(pupil.id, pupil.school_name)

    return Step(
        "Absence: one pupil's charts",
        action=opened,
        setup=on_list,
        teardown=lambda: desk.page(Section.ABSENCE).show_list(),
        writes=True,
    )


def class_list_steps(desk: Desk, year: YearVault) -> list[Step]:
    """A class list's import is two clicks with the system's file chooser between them:
    "Import class list…" opens the dialog, and choosing the file reads and checks it up to
    the previewed changes. Each is timed as its own interaction."""
    state: dict = {}

    def opened() -> str:
        from nurse_desk.services import pupils as pupil_service
        from nurse_desk.ui.pupils.class_list_dialog import ClassListFlow, ClassListImportDialog

        vault = desk.vault
        schools = [school.name for school in pupil_service.list_schools(vault)]
        dialog = ClassListImportDialog(desk.window, ClassListFlow(vault), schools)
        state["dialog"] = dialog
        dialog.show()
        settle()
        return ""

    def previewed() -> str:
        dialog = state["dialog"]
        dialog.open_file(year.class_list_csv)
        settle()
        if dialog.preview is None:
            raise RuntimeError(dialog.status_label.text() or "no preview")
        return dialog.counts_label.text().replace("\n", " / ")

    def closed() -> None:
        dialog = state.pop("dialog", None)
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()
        settle()

    def ready_to_choose() -> None:
        desk.ensure_unlocked()
        opened()

    return [
        Step("Class list: the import dialog opens", action=opened, setup=desk.ensure_unlocked,
             teardown=closed),
        Step("Class list: a file of 600 pupils chosen, previewed",
             action=previewed, setup=ready_to_choose, teardown=closed),
    ]  # fmt: skip


def absence_import(desk: Desk, year: YearVault, source: Callable[[], Path], what: str) -> Step:
    """The import dialog on a copy of the vault: the file read, checked, then Import clicked."""
    state: dict = {}
    copy = year.scratch / "import.vault"

    def opened() -> None:
        from nurse_desk.storage.vault import Vault

        desk.ensure_unlocked()
        snapshot(source(), copy)
        state["vault"] = Vault.open(copy, year.passphrase)

    def imported() -> str:
        from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog

        dialog = AbsenceImportDialog(desk.window, state["vault"])
        state["dialog"] = dialog
        dialog.show()
        dialog.open_file(year.absence_csv)
        # A changed mapping waits a moment (a debounce timer) before the check starts.
        settle_until(lambda: dialog.preview is not None or not _about_to_check(dialog))
        if dialog.preview is None:
            raise RuntimeError(dialog.status_label.text() or "no preview")
        dialog.start_import()
        settle()
        if dialog.result is None:
            raise RuntimeError(dialog.status_label.text() or "not imported")
        return dialog.status_label.text()

    def closed() -> None:
        dialog = state.pop("dialog", None)
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()
        vault = state.pop("vault", None)
        if vault is not None:
            vault.lock()
        settle()
        remove(copy)

    return Step(
        f"Absence import: {what}",
        action=imported,
        setup=opened,
        teardown=closed,
        replay_source=source,
        limit_ms=5000.0,
    )


def _about_to_check(dialog) -> bool:
    return dialog.is_busy() or dialog._debounce.isActive()


def settle_until(done: Callable[[], bool], limit_s: float = 120.0) -> None:
    deadline = time.perf_counter() + limit_s
    settle()
    while not done() and time.perf_counter() < deadline:
        time.sleep(0.005)
        settle()


def _name(section: Section) -> str:
    return section.name.replace("_", " ").capitalize()
