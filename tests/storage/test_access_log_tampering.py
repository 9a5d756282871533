"""Each way of cutting the access log short or rewriting it behind the app's back is caught by
`nurse-desk check` (naming the first bad entry) and told at the next unlock."""

from __future__ import annotations

from datetime import datetime

import pytest
from log_tampering import behind_the_apps_back, recompute_chain, vault_with_log

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main
from nurse_desk.domain.access_log import (
    AccessAction,
    AccessLogTampered,
    AnchorPlace,
    LogProblem,
)
from nurse_desk.preferences import Preferences
from nurse_desk.services import access, log_watch, pupils
from nurse_desk.storage.vault import Vault

PASSPHRASE = "fjord tavle sykkel blåbær"


@pytest.fixture
def logged_vault(vault_folder):
    """A vault whose log has 6 entries, its anchor kept in the app's settings at lock."""
    path = vault_folder / "nurse.vault"
    vault, _ = vault_with_log(path, PASSPHRASE, 6)
    log_watch.keep_anchor(vault, Preferences())
    vault.lock()
    return path


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def check(path, secret) -> int:
    return main(["check", "--vault", str(path), "--passphrase-file", str(secret)])


def test_an_untouched_log_passes_check(logged_vault, secret, capsys):
    assert check(logged_vault, secret) == EXIT_OK
    assert "access_log 6" in capsys.readouterr().out


def test_an_edited_entry_is_named_by_check(logged_vault, secret, capsys):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("UPDATE access_log SET actor = 'someone else' WHERE id = 3")
    assert check(logged_vault, secret) == EXIT_FAILED
    assert "entry 3 does not follow" in capsys.readouterr().err


def test_entries_deleted_at_the_end_are_found_by_the_vaults_anchor(logged_vault, secret, capsys):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("DELETE FROM access_log WHERE id > 4")
    assert check(logged_vault, secret) == EXIT_FAILED
    assert "cut short" in (err := capsys.readouterr().err) and "number 5 on" in err


def test_entries_deleted_at_the_end_with_the_vaults_anchor_redone_are_found_outside(
    logged_vault, secret, capsys
):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("DELETE FROM access_log WHERE id > 4")
        recompute_chain(db)
    assert check(logged_vault, secret) == EXIT_FAILED
    assert "number 5 on" in capsys.readouterr().err


def test_a_rewritten_entry_with_the_chain_recomputed_is_found(logged_vault, secret, capsys):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("UPDATE access_log SET pupil_id = NULL, action = 'sign' WHERE id = 2")
        recompute_chain(db)
    assert check(logged_vault, secret) == EXIT_FAILED
    assert "rewritten or replaced" in (err := capsys.readouterr().err) and "entry 6" in err


def test_a_whole_new_log_is_found(logged_vault, secret, capsys):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("DELETE FROM access_log")
        for day in range(1, 9):  # longer than the real one, so counting alone would pass
            db.execute(
                "INSERT INTO access_log (at, actor, action, pupil_id, detail, hash) "
                "VALUES (?, 'Kari Nordmann', 'open_pupil', NULL, '', '')",
                (datetime(2026, 1, day).isoformat(sep=" "),),
            )
        recompute_chain(db)
    assert check(logged_vault, secret) == EXIT_FAILED
    assert "rewritten or replaced" in capsys.readouterr().err


def test_the_anchor_outside_is_what_catches_a_careful_forger(logged_vault):
    """Without the settings file's anchor a recomputed log passes: that is its job."""
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("DELETE FROM access_log WHERE id > 4")
        recompute_chain(db)
    vault = Vault.open(logged_vault, PASSPHRASE)
    try:
        assert access.check_log(vault) is None
        finding = access.check_log(vault, Preferences().log_anchor(logged_vault))
    finally:
        vault.lock()
    assert (finding.problem, finding.entry, finding.place) == (
        LogProblem.CUT_SHORT,
        5,
        AnchorPlace.SETTINGS,
    )


def test_unlock_writes_the_finding_into_the_log_and_moves_the_anchor_on(logged_vault):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("DELETE FROM access_log WHERE id > 4")
        recompute_chain(db)
    outside = Preferences()
    vault = log_watch.unlock_watched(logged_vault, PASSPHRASE, outside)
    try:
        finding = log_watch.after_unlock(vault, outside)
        assert finding is not None and finding.problem is LogProblem.CUT_SHORT
        found = access.log_entries(vault, action=AccessAction.LOG_FINDING)
        assert [e.detail for e in found] == ["cut_short at entry 5 (settings anchor)"]
        assert log_watch.after_unlock(vault, outside) is None  # told once, kept in the log
    finally:
        vault.lock()


def test_failed_unlocks_are_counted_and_written_at_the_next_unlock(logged_vault):
    from nurse_desk.domain import errors

    outside = Preferences()
    for _ in range(3):
        with pytest.raises(errors.WrongPassphrase):
            log_watch.unlock_watched(logged_vault, "not the passphrase", outside)
    assert outside.failed_unlocks(logged_vault).count == 3
    vault = log_watch.unlock_watched(logged_vault, PASSPHRASE, outside)
    try:
        assert log_watch.after_unlock(vault, outside) is None
        failed = access.log_entries(vault, action=AccessAction.UNLOCK_FAILED)
    finally:
        vault.lock()
    assert len(failed) == 1 and failed[0].detail.startswith("3 failed unlocks, ")
    assert "not the passphrase" not in failed[0].detail
    assert outside.failed_unlocks(logged_vault) is None


def test_a_restored_backup_starts_the_anchor_again(logged_vault, vault_folder):
    from nurse_desk.services import vault_access

    vault = Vault.open(logged_vault, PASSPHRASE)
    vault_access.back_up(vault, vault_folder / "backup.vault")
    access.log_entries(vault)
    access.open_pupil_page(vault, 1)  # entry 7, not in the backup
    log_watch.keep_anchor(vault, Preferences())
    vault.lock()
    restored = vault_access.restore_vault(logged_vault, vault_folder / "backup.vault", PASSPHRASE)
    try:
        log_watch.after_restore(restored, Preferences())
        assert access.check_log(restored, Preferences().log_anchor(logged_vault)) is None
        assert access.log_entries(restored)[-1].action is AccessAction.RESTORE
    finally:
        restored.lock()


def test_the_message_names_the_entry():
    from nurse_desk.domain.access_log import LogFinding
    from nurse_desk.ui.messages import describe

    text = describe(AccessLogTampered(LogFinding(LogProblem.CUT_SHORT, 41, AnchorPlace.VAULT)))
    assert "cut short" in text and "41" in text


def test_a_vault_rebuilt_from_an_open_export_keeps_a_sound_log(logged_vault, vault_folder):
    """The export carries the log's key and anchor; the new vault's own give way to them."""
    from nurse_desk.services import open_export

    vault = Vault.open(logged_vault, PASSPHRASE)
    try:
        data = open_export.export_bytes(vault)
        entries = len(access.log_entries(vault))
    finally:
        vault.lock()
    open_export.import_export(data, vault_folder / "copy.vault", PASSPHRASE)
    copy = Vault.open(vault_folder / "copy.vault", PASSPHRASE)
    try:
        assert access.check_log(copy) is None
        assert len(access.log_entries(copy)) == entries
    finally:
        copy.lock()


def test_an_entry_with_an_action_the_app_does_not_know_is_reported_not_fallen_over(
    logged_vault, secret, capsys
):
    with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
        db.execute("UPDATE access_log SET action = 'tea_break' WHERE id = 5")
    assert check(logged_vault, secret) == EXIT_FAILED
    assert "entry 5 does not follow" in capsys.readouterr().err


def _reopen_pupil(vault, times: int) -> None:
    pupil_id = pupils.list_pupils(vault)[0].id
    for _ in range(times):
        access.open_pupil_page(vault, pupil_id)


def test_a_check_going_on_in_the_same_unlock_hashes_only_new_entries_and_catches_them(
    logged_vault,
):
    vault = Vault.open(logged_vault, PASSPHRASE)
    try:
        assert access.check_log(vault) is None
        _reopen_pupil(vault, 2)  # entries 7 and 8, written since the whole check
        with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
            db.execute("UPDATE access_log SET actor = 'someone else' WHERE id = 8")
        finding = access.check_log_on(vault)
    finally:
        vault.lock()
    assert (finding.problem, finding.entry) == (LogProblem.BROKEN_CHAIN, 8)


def test_an_entry_removed_before_the_checked_end_makes_the_check_start_over(logged_vault):
    vault = Vault.open(logged_vault, PASSPHRASE)
    try:
        assert access.check_log_on(vault) is None  # the first in this unlock: the whole chain
        _reopen_pupil(vault, 1)
        assert access.check_log_on(vault) is None
        with behind_the_apps_back(logged_vault, PASSPHRASE) as db:
            db.execute("DELETE FROM access_log WHERE id = 3")
        finding = access.check_log_on(vault)
        again = access.check_log_on(vault)  # a finding is not remembered as sound
    finally:
        vault.lock()
    assert (finding.problem, finding.entry) == (LogProblem.BROKEN_CHAIN, 4)
    assert again == finding


def _log_more(vault, entries: int) -> None:
    """`entries` more entries through the app's own append, in one unit of work."""
    from nurse_desk.services.unit_of_work import unit_of_work
    from nurse_desk.storage import access_log

    pupil_id = pupils.list_pupils(vault)[0].id
    with unit_of_work(vault) as work:
        access_log.append_for_each(
            work.session,
            actor="Kari Nordmann",
            action=AccessAction.OPEN_PUPIL,
            pupil_ids=[pupil_id] * entries,
        )


def _steps_of(vault, action) -> int:
    """SQLite's virtual machine steps (in tens) while `action` runs: what reading rows costs,
    whatever the time; a count of a whole table through its index is one step."""
    from sqlalchemy import event

    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    def on_connect(connection) -> None:
        connection.connection.driver_connection.set_progress_handler(tick, 10)

    event.listen(vault.engine, "engine_connect", on_connect)
    try:
        action()
    finally:
        event.remove(vault.engine, "engine_connect", on_connect)
    return steps[0]


def test_the_check_at_each_opening_reads_no_more_for_a_longer_log(logged_vault):
    """The access log's window checks the chain at every opening: after the whole check of
    this unlock it hashes what was written since, and reads no entry before it, so a year's
    log (every read logged) opens as quickly as a week's."""
    vault = Vault.open(logged_vault, PASSPHRASE)
    try:
        costs = []
        for more in (200, 4000):
            _log_more(vault, more)
            assert access.check_log(vault) is None  # the whole check, as after an unlock
            _reopen_pupil(vault, 2)
            costs.append(_steps_of(vault, lambda: access.check_log_on(vault)))
    finally:
        vault.lock()
    short, long = costs
    assert long <= short * 1.2 + 5, costs
