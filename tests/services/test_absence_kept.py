"""The kept absence analysis: used again while nothing it is made from changed, made anew after
any write it reads (an import, a pupil removed or leaving, a school break, the school year's
start, a setting), after a new day or another option, and never kept past a clearing (lock)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from absence_fixtures import TODAY

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import PatternKind, Thresholds
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.school_calendar import ClosedPeriod
from nurse_desk.services import absence, pupils, school_calendar
from nurse_desk.services.kept_analysis import KeptAnalysis
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import removal


def _overview(vault, kept, **options):
    return absence.analyse_all(vault, today=TODAY, kept=kept, **options)


def _flagged(overview) -> dict[int, tuple[str, ...]]:
    return {i.pupil.id: tuple(f.fingerprint for f in i.absence.flags) for i in overview.pupils}


def test_nothing_changed_gives_the_kept_patterns_and_the_same_overview(school_vault, analysed):
    vault, _ = school_vault
    kept = KeptAnalysis()
    first = _overview(vault, kept)
    assert _overview(vault, kept) == first
    assert absence.kept_overview(vault, kept, today=TODAY) == first
    assert len(analysed) == 1
    assert absence.analyse_all(vault, today=TODAY) == first  # the same as made anew


def _import_more(vault, kinds) -> None:
    """What an absence import writes (its DB-API executemany): an ordinary pupil away a lot."""
    pupil_id = next(pid for pid, kind in kinds.items() if kind is None)
    days = [TODAY - timedelta(days=n) for n in range(1, 40) if (TODAY - timedelta(n)).weekday() < 5]
    with vault.session() as session, session.begin():
        absence_store.save_entries(session, [AbsenceEntry(pupil_id, day) for day in days])


def _remove_pupil(vault, kinds) -> None:
    pupil_id = next(pid for pid, kind in kinds.items() if kind is PatternKind.TOTAL)
    with vault.session() as session, session.begin():
        removal.remove_pupil(session, pupil_id)


def _pupil_leaves(vault, kinds) -> None:
    pupil_id = next(pid for pid, kind in kinds.items() if kind is PatternKind.WEEKDAY)
    record = next(p for p in pupils.list_pupils(vault) if p.id == pupil_id)
    left = NewPupil(
        record.given_name,
        record.family_name,
        record.birth_date,
        record.school_name,
        record.class_name,
        left_on=TODAY - timedelta(days=1),
    )
    pupils.update_pupil(vault, pupil_id, left)


def _thresholds(vault, _kinds) -> None:
    absence.save_thresholds(vault, Thresholds(frequent_episodes=6))


def _school_break(vault, _kinds) -> None:
    period = ClosedPeriod(0, "Stengt", TODAY - timedelta(days=30), TODAY - timedelta(days=8))
    school_calendar.save_closed_period(vault, period)


def _school_year_start(vault, _kinds) -> None:
    [school] = pupils.list_schools(vault)
    pupils.save_school(vault, replace(school, school_year_start=date(2026, 10, 1)))


@pytest.mark.parametrize(
    "write",
    [_import_more, _remove_pupil, _pupil_leaves, _thresholds, _school_break, _school_year_start],
)
def test_a_write_to_what_the_patterns_come_from_gives_a_fresh_analysis(
    school_vault, analysed, write
):
    vault, kinds = school_vault
    kept = KeptAnalysis()
    first = _overview(vault, kept)
    write(vault, kinds)
    assert absence.kept_overview(vault, kept, today=TODAY) is None
    after = _overview(vault, kept)
    assert _overview(vault, kept) == after  # kept again
    assert len(analysed) == 2
    assert _flagged(after) != _flagged(first)  # the write mattered: a missed one would show
    assert after == absence.analyse_all(vault, today=TODAY)


def test_another_day_or_option_is_analysed_for_itself(school_vault, analysed):
    vault, _ = school_vault
    kept = KeptAnalysis()
    _overview(vault, kept)
    absence.analyse_all(vault, today=TODAY + timedelta(days=1), kept=kept)
    without = _overview(vault, kept, include_excused=False)
    assert analysed == [TODAY, TODAY + timedelta(days=1), TODAY]
    assert without == absence.analyse_all(vault, today=TODAY, include_excused=False)


def test_an_acknowledgement_needs_no_new_analysis_but_shows_at_once(school_vault, analysed):
    vault, kinds = school_vault
    kept = KeptAnalysis()
    _overview(vault, kept)
    pupil_id = next(pid for pid, kind in kinds.items() if kind is PatternKind.WEEKDAY)
    [flag] = absence.pupil_absence(vault, pupil_id, today=TODAY).absence.flags
    absence.acknowledge_flag(vault, flag, "Known: physiotherapy on Mondays")
    hidden = _overview(vault, kept)
    shown = _overview(vault, kept, show_acknowledged=True)
    assert len(analysed) == 1
    assert pupil_id not in _flagged(hidden) and pupil_id in _flagged(shown)
    assert hidden == absence.analyse_all(vault, today=TODAY)
    assert shown == absence.analyse_all(vault, today=TODAY, show_acknowledged=True)


def test_cleared_nothing_is_kept_not_even_an_analysis_running_meanwhile(school_vault):
    vault, _ = school_vault
    kept: KeptAnalysis[str] = KeptAnalysis()
    assert kept.recall(vault, "inputs", lambda: "first") == "first"
    assert kept.get(vault, "inputs") == "first"
    kept.clear()
    assert kept.get(vault, "inputs") is None

    def cleared_while_running() -> str:
        kept.clear()  # the vault locked while the analysis ran
        return "second"

    assert kept.recall(vault, "inputs", cleared_while_running) == "second"
    assert kept.get(vault, "inputs") is None


def test_written_while_analysing_is_not_kept(school_vault):
    vault, _ = school_vault
    kept: KeptAnalysis[str] = KeptAnalysis()

    def written_meanwhile() -> str:
        absence.save_thresholds(vault, Thresholds(frequent_episodes=6))
        return "read before or after the write: nobody knows"

    kept.recall(vault, "inputs", written_meanwhile)
    assert kept.get(vault, "inputs") is None


def test_a_write_committed_after_the_analysis_read_around_it_is_not_missed(school_vault, analysed):
    """The statement is counted when sent; the analysis on another connection does not see it
    until it is committed, and the commit counts again."""
    vault, _ = school_vault
    kept = KeptAnalysis()
    with vault.session() as session, session.begin():
        absence.vault_settings.put(session, "absence.frequent_episodes", "6")
        during = _overview(vault, kept)  # read without the write, not yet committed
    after = _overview(vault, kept)
    assert len(analysed) == 2
    assert _flagged(after) != _flagged(during)
    assert after == absence.analyse_all(vault, today=TODAY)


def test_another_vault_is_never_given_this_ones_analysis(school_vault, vault_folder):
    vault, _ = school_vault
    kept: KeptAnalysis[str] = KeptAnalysis()
    kept.recall(vault, "inputs", lambda: "this vault's")
    other = object()
    assert kept.get(other, "inputs") is None  # type: ignore[arg-type]
