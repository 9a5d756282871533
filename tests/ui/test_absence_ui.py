"""The Absence section with qtbot: the flagged list, one pupil's charts, acting on a flag."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from absence_fixtures import START, TODAY, planted
from lock_fixtures import lock_notes
from probes import follow_ups_for_pupil
from PySide6.QtCore import Qt

from nurse_desk.domain.absence_patterns import PatternKind, Thresholds
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import absence, access, journal, pupils
from nurse_desk.services.settings import VaultSettings, save_settings
from nurse_desk.services.vault_access import create_vault
from nurse_desk.ui.absence.absence_settings import AbsenceThresholdsButton, AbsenceThresholdsDialog
from nurse_desk.ui.absence.acknowledge_dialog import AcknowledgeDialog
from nurse_desk.ui.common.record_table_model import RECORD_ROLE
from nurse_desk.ui.workspace import Section

GOOD = "fjord tavle sykkel blåbær"
SHOTS = Path("/tmp/absence")


def _fill(vault) -> dict[int, PatternKind | None]:
    generated = planted()
    chosen = [n for n, (k, _) in generated.items() if k is not None][:25]
    chosen += [n for n, (k, _) in generated.items() if k is None][:15]
    schools = ("Lia skole", "Berg skole")
    new = [
        NewPupil(f"Elev{n}", f"Test{n}", date(2012, 1, 1), schools[n % 2], f"{7 + n % 2}A")
        for n in chosen
    ]
    ids = [pupils.add_pupil(vault, p) for p in new]
    from nurse_desk.storage import absence as absence_store

    with vault.session() as session, session.begin():
        absence_store.save_entries(
            session,
            [
                e._replace(pupil_id=pid)
                for pid, n in zip(ids, chosen, strict=True)
                for e in generated[n][1]
            ],
        )
    for school in pupils.list_schools(vault):
        pupils.save_school(vault, replace(school, school_year_start=START))
    save_settings(vault, VaultSettings("Kari Nordmann", "helsesykepleier", "no"))
    return {pid: generated[n][0] for pid, n in zip(ids, chosen, strict=True)}


@pytest.fixture
def absence_window(make_window, vault_folder, qtbot):
    path = vault_folder / "absence.vault"
    vault = create_vault(path, GOOD, GOOD)
    kinds = _fill(vault)
    vault.lock()
    window = make_window(path)
    page = window.workspace.absence_page
    page.today = lambda: TODAY
    window.session.unlock(GOOD)
    assert page.model.rowCount() == 0  # nothing analysed while the page is not shown
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        window.workspace.show_section(Section.ABSENCE)
    return window, page, kinds


def test_the_list_shows_flagged_pupils_most_serious_first(absence_window, qtbot):
    window, page, kinds = absence_window
    flagged = {pid for pid, kind in kinds.items() if kind is not None}
    shown = [page.proxy.index(r, 0).data(RECORD_ROLE) for r in range(page.proxy.rowCount())]
    assert {item.pupil.id for item in shown} == flagged
    assert shown[0].absence.flags[0].kind is PatternKind.TOTAL
    page.school_filter.setCurrentIndex(page.school_filter.findData("Lia skole"))
    page._on_school_filter_activated(page.school_filter.currentIndex())
    in_lia = [page.proxy.index(r, 0).data(RECORD_ROLE) for r in range(page.proxy.rowCount())]
    assert in_lia and all(item.pupil.school_name == "Lia skole" for item in in_lia)
    SHOTS.mkdir(exist_ok=True)
    window.resize(1200, 760)
    page.school_filter.setCurrentIndex(0)
    page._on_school_filter_activated(0)
    window.grab().save(str(SHOTS / "absence_list.png"))


def test_the_model_passes_the_model_tester(absence_window, qtmodeltester):
    _, page, _ = absence_window
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_leaving_out_excused_absence_analyses_again(absence_window, qtbot):
    _, page, _ = absence_window
    before = page.proxy.rowCount()
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        page.include_excused.setChecked(False)
    assert page.proxy.rowCount() < before


def _open(page, kinds, kind):
    pupil_id = next(pid for pid, k in kinds.items() if k is kind)
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if index.data(RECORD_ROLE).pupil.id == pupil_id:
            page._on_table_activated(index)
    return pupil_id


def test_one_pupil_shows_three_charts_and_the_flag_explained(absence_window, qtbot):
    window, page, kinds = absence_window
    pupil_id = _open(page, kinds, PatternKind.WEEKDAY)
    view = page.pupil_view
    assert page.stack.currentWidget() is view and view.view.pupil.id == pupil_id
    assert view.flags.count() == 1 and view.current_flag().kind is PatternKind.WEEKDAY
    assert "Mondays" in view.flags.item(0).text()
    weeks = view.charts.weeks.chart()
    [series] = weeks.series()
    assert series.barSets()[0].count() == 15
    assert view.charts.weekdays.chart().series()[0].barSets()[0].at(0) == 5  # five Mondays
    assert view.charts.subjects.chart().series()
    window.resize(1200, 860)
    window.grab().save(str(SHOTS / "absence_pupil.png"))


def test_acknowledging_hides_the_flag_until_it_changes(absence_window, qtbot, monkeypatch):
    _, page, kinds = absence_window
    monkeypatch.setattr(
        AcknowledgeDialog, "ask", classmethod(lambda cls, p, sentence, place=None: "Known")
    )
    pupil_id = _open(page, kinds, PatternKind.FREQUENT)
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        page.pupil_view.acknowledge_button.click()
    assert "(acknowledged)" in page.pupil_view.flags.item(0).text()
    ids = {page.proxy.index(r, 0).data(RECORD_ROLE).pupil.id for r in range(page.proxy.rowCount())}
    assert pupil_id not in ids
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        page.show_acknowledged.setChecked(True)
    ids = {page.proxy.index(r, 0).data(RECORD_ROLE).pupil.id for r in range(page.proxy.rowCount())}
    assert pupil_id in ids


def test_the_acknowledge_dialog_needs_a_reason(qtbot):
    dialog = AcknowledgeDialog(None, sentence="5 of 5 absent days were Mondays")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.reason.setText("Physiotherapy")
    assert ok.isEnabled()
    dialog.grab().save(str(SHOTS / "absence_acknowledge.png"))


def test_a_flag_becomes_a_follow_up_and_opens_the_pupil_page(absence_window):
    window, page, kinds = absence_window
    pupil_id = _open(page, kinds, PatternKind.SUBJECT)
    page.pupil_view.follow_up_button.click()
    [follow_up] = follow_ups_for_pupil(window.session.vault, pupil_id)
    assert follow_up.due_on == date(2026, 12, 1)
    assert "Kroppsøving" in follow_up.description
    assert window.workspace.current_section is Section.PUPILS
    assert window.workspace.pupils_page.pupil_page.page.pupil.id == pupil_id


def test_a_flag_becomes_a_note_draft(absence_window):
    window, page, kinds = absence_window
    pupil_id = _open(page, kinds, PatternKind.INCREASING)
    page.pupil_view.note_button.click()
    [note] = journal.notes_of_pupil(window.session.vault, pupil_id)
    assert not note.is_signed and "4" in note.conversation
    assert window.workspace.pupils_page.pupil_page.page.pupil.id == pupil_id


def test_locking_drops_every_flag(absence_window):
    window, page, kinds = absence_window
    _open(page, kinds, PatternKind.TOTAL)
    window.lock_now()
    assert page.model.rowCount() == 0 and page.pupil_view.view is None
    assert page.pupil_view.flags.count() == 0


def test_thresholds_from_the_settings_page_are_saved(absence_window, monkeypatch):
    window, _, _ = absence_window
    button = window.workspace.settings_page.findChild(
        AbsenceThresholdsButton, "absence_thresholds_button"
    )
    chosen = Thresholds(weekday_episodes=7, total_percent=12.5)
    monkeypatch.setattr(AbsenceThresholdsDialog, "edit", classmethod(lambda cls, p, t: chosen))
    button.click()
    assert absence.read_thresholds(window.session.vault) == chosen
    assert "12.5 %" in button.toolTip()
    window.workspace.show_section(Section.SETTINGS)
    window.grab().save(str(SHOTS / "absence_settings.png"))


def test_the_thresholds_dialog_shows_and_returns_every_threshold(qtbot):
    given = Thresholds(frequent_weeks=6, subject_factor=4.0)
    dialog = AbsenceThresholdsDialog(None, thresholds=given)
    qtbot.addWidget(dialog)
    assert dialog.thresholds() == given
    dialog.fields["weekday_percent"].setValue(60)
    assert dialog.thresholds().weekday_percent == 60
    dialog.defaults_button.click()
    assert dialog.thresholds() == Thresholds()
    dialog.show()
    dialog.grab().save(str(SHOTS / "absence_thresholds.png"))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nb", ("mandager", "7. september")),
        ("sv", ("måndagar", "7 september")),
        ("en", ("Mondays", "7 September")),
    ],
)
def test_a_flag_sentence_is_written_in_the_ui_language(qapp, language, words):
    from nurse_desk.domain.absence_patterns import AbsenceFlag
    from nurse_desk.ui.absence.wording import flag_sentence
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    translations.apply(language)
    try:
        flag = AbsenceFlag(1, PatternKind.WEEKDAY, 7, 9, date(2026, 9, 7), weekday=0, episodes=7)
        sentence = flag_sentence(flag)
    finally:
        translations.apply("en")
    assert sentence.startswith("7 ") and " 9 " in sentence
    assert all(word in sentence for word in words)


@pytest.mark.parametrize("language", ["en", "nb", "sv"])
def test_the_acknowledge_dialog_opens_in_every_language(qtbot, language):
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(language)
    try:
        dialog = AcknowledgeDialog(None, sentence="…")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isVisible() and dialog.windowTitle()
    finally:
        translations.apply("en")


def test_a_flag_pressed_twice_points_to_the_follow_up_made_first(absence_window, in_next_modal):
    window, page, kinds = absence_window
    pupil_id = _open(page, kinds, PatternKind.SUBJECT)
    page.pupil_view.follow_up_button.click()
    [made] = follow_ups_for_pupil(window.session.vault, pupil_id)
    _open(page, kinds, PatternKind.SUBJECT)
    told = {}

    def read_and_close(box) -> None:
        told["text"] = box.text()
        box.accept()

    in_next_modal(read_and_close)
    page.pupil_view.follow_up_button.click()
    assert follow_ups_for_pupil(window.session.vault, pupil_id) == [made]
    assert made.description in told["text"]
    assert window.workspace.pupils_page.pupil_page.page.pupil.id == pupil_id


def test_opening_a_pupils_absence_is_logged_but_acting_on_it_is_no_new_access(
    absence_window, qtbot, monkeypatch
):
    window, page, kinds = absence_window
    vault = window.session.vault
    pupil_id = _open(page, kinds, PatternKind.WEEKDAY)
    [opened] = access.log_entries(vault, pupil_id=pupil_id)
    assert (opened.action, opened.detail) == (AccessAction.OPEN_PUPIL, absence.ABSENCE_VIEW)
    monkeypatch.setattr(AcknowledgeDialog, "ask", classmethod(lambda cls, *a, **k: "Seen"))
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):  # shown again, analysed
        page.pupil_view.acknowledge_button.click()
    assert len(access.log_entries(vault, pupil_id=pupil_id)) == 1
    _open(page, kinds, PatternKind.TOTAL)
    assert len(access.log_entries(vault, action=AccessAction.OPEN_PUPIL)) == 2


def test_the_analysis_is_read_ahead_after_unlock_so_opening_absence_reads_nothing(
    make_window, vault_folder, qtbot, monkeypatch
):
    from nurse_desk.ui import workspace

    monkeypatch.setattr(workspace, "READ_AHEAD_MS", 50)
    path = vault_folder / "absence.vault"
    vault = create_vault(path, GOOD, GOOD)
    kinds = _fill(vault)
    vault.lock()
    window = make_window(path)
    page = window.workspace.absence_page
    page.today = lambda: TODAY
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        window.session.unlock(GOOD)
        assert page.model.rowCount() == 0  # Today first; the analysis comes a moment later
    assert window.workspace.current_section is Section.TODAY
    started = []
    monkeypatch.setattr(page.analysis, "start", lambda *args: started.append(args))
    window.workspace.show_section(Section.ABSENCE)
    assert started == []  # shown from what was read ahead
    assert page.proxy.rowCount() == sum(kind is not None for kind in kinds.values())
    assert not page.progress.isVisible()


def _flagged_ids(page) -> set[int]:
    return {page.proxy.index(r, 0).data(RECORD_ROLE).pupil.id for r in range(page.proxy.rowCount())}


def test_refresh_uses_the_kept_analysis_until_something_it_reads_is_written(
    absence_window, qtbot, analysed
):
    window, page, kinds = absence_window
    before = _flagged_ids(page)
    with qtbot.waitSignal(page.analysis_finished, timeout=1_000):
        page.refresh_button.click()  # nothing changed: shown at once, no worker, no progress
    assert analysed == [] and not page.analysis.busy and not page.progress.isVisible()
    assert _flagged_ids(page) == before
    absence.save_thresholds(window.session.vault, Thresholds(frequent_episodes=6))
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        page.refresh_button.click()
    assert analysed == [TODAY]
    frequent = {pid for pid, kind in kinds.items() if kind is PatternKind.FREQUENT}
    assert _flagged_ids(page) == before - frequent


def test_locking_lets_go_of_the_kept_analysis(absence_window, qtbot, analysed):
    window, page, _ = absence_window
    vault = window.session.vault
    assert page.kept.get(vault, (TODAY, True)) is not None
    window.lock_now()
    assert page.kept.get(vault, (TODAY, True)) is None
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        window.session.unlock(GOOD)
        window.workspace.show_section(Section.ABSENCE)
    assert analysed == [TODAY]


def _bars(chart_view) -> list[float]:
    bars = chart_view.chart().series()[0].barSets()[0]
    return [bars.at(i) for i in range(bars.count())]


def test_the_charts_refilled_in_place_show_the_next_pupil_and_not_the_last(absence_window):
    """The bars and categories are changed only where they differ: each pupil's own."""
    _, page, kinds = absence_window
    for kind in (PatternKind.WEEKDAY, PatternKind.SUBJECT, PatternKind.TOTAL):
        _open(page, kinds, kind)
        profile, charts = page.pupil_view.view.profile, page.pupil_view.charts
        assert _bars(charts.weeks) == [float(amount) for _, amount in profile.weeks]
        assert _bars(charts.weekdays) == [float(amount) for amount in profile.weekdays]
        top = list(profile.subjects[:7])[::-1]
        assert _bars(charts.subjects) == [float(lessons) for _, lessons in top]
        assert charts.subjects.chart().axes()[0].categories() in ([n for n, _ in top], [""])
        page.show_list()


def test_one_episode_of_absence_is_said_in_the_singular(absence_window, qtbot):
    """'in 1 episodes' / 'i 1 fraværsperioder' on a pupil's absence page."""
    from dataclasses import replace as changed

    window, page, kinds = absence_window
    _open(page, kinds, PatternKind.WEEKDAY)
    view = page.pupil_view
    view.view = changed(view.view, absence=changed(view.view.absence, episodes=1))
    view._show()
    assert "in 1 episode." in view.header.text()
    try:
        window.translations.apply("nb")
        view._show()
        assert "i 1 fraværsperiode." in view.header.text()
    finally:
        window.translations.apply("en")


# -- over a lock -------------------------------------------------------------------------------
def test_an_acknowledgement_typed_when_the_vault_locks_comes_back_on_the_same_flag(
    absence_window, qtbot, in_next_modal
):
    """The short reason is the nurse's words in the record: the lock keeps it for the pupil and
    the kind of pattern, and it is back when she acknowledges that flag again."""
    window, page, kinds = absence_window
    pupil_id = _open(page, kinds, PatternKind.WEEKDAY)

    def type_then_lock(dialog) -> None:
        qtbot.keyClicks(dialog.reason, "Fysioterapi hver mandag")
        window.lock_now()

    seen = in_next_modal(type_then_lock)
    page.pupil_view.acknowledge_button.click()
    assert seen["dialog"].objectName() == "acknowledge_dialog"
    qtbot.waitUntil(lambda: not window.findChildren(AcknowledgeDialog))
    with qtbot.waitSignal(page.analysis_finished, timeout=10_000):
        qtbot.keyClicks(window.unlock.passphrase, GOOD)
        qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    kept = "An acknowledgement of an absence pattern: what you had typed is kept in the vault"
    assert kept in lock_notes(qtbot)
    assert _open(page, kinds, PatternKind.WEEKDAY) == pupil_id
    back = {}

    def read_then_close(dialog) -> None:
        back["reason"], back["said"] = dialog.reason.text(), dialog.brought_back.text()
        dialog.reject()

    in_next_modal(read_then_close)
    page.pupil_view.acknowledge_button.click()
    assert back["reason"] == "Fysioterapi hver mandag"
    assert "What you typed here before the vault locked is back." in back["said"]
    opened = {}
    in_next_modal(lambda dialog: (opened.update(reason=dialog.reason.text()), dialog.reject()))
    page.pupil_view.acknowledge_button.click()
    assert opened == {"reason": ""}  # handed back once, then gone from the vault


def test_the_yearly_figures_count_the_patterns_the_absence_page_found_until_the_lock(
    absence_window, monkeypatch
):
    """The Absence page's analysis is the unlocked session's: the yearly figures, opened from
    Settings, are handed it (and count from it while nothing changed, see
    test_figures.test_the_figures_use_the_absence_patterns_kept_since_the_absence_page_found_them);
    the lock empties it."""
    from nurse_desk.ui.figures.figures_dialog import FiguresDialog

    window, page, _kinds = absence_window
    kept = window.session.kept_absence
    assert page.kept is kept
    assert kept.get(window.session.vault, (TODAY, True)) is not None
    handed: list[object] = []
    monkeypatch.setattr(FiguresDialog, "exec", lambda dialog: handed.append(dialog._kept) or 0)
    window.workspace.show_section(Section.SETTINGS)
    window.workspace.settings_page.figures_button.click()
    assert handed == [kept]
    vault = window.session.vault
    window.lock_now()
    assert kept.get(vault, (TODAY, True)) is None
