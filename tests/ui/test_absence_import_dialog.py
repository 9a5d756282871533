from __future__ import annotations

import os
from datetime import date

import pytest

from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils, settings
from nurse_desk.storage import absence
from nurse_desk.storage.vault import Vault
from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog

FNR = "15108695088"
CSV = (
    "Fødselsnummer;Elev;Klasse;Dato;Time;Fag;Timer;Meldt;Gyldig fravær;Årsak\r\n"
    f"{FNR};Emil Aasen;8B;01.09.2025;1;Norsk;1;ja;nei;syk\r\n"
    f"{FNR};Emil Aasen;8B;01.09.2025;2;Kroppsøving;1;ja;nei;syk\r\n"
    f"{FNR};Emil Aasen;8B;31.02.2026;3;Matte;1;ja;nei;\r\n"
    "15108695169;Ukjent Elev;8B;02.09.2025;1;Norsk;1;;;\r\n"
)


@pytest.fixture
def vault(vault_folder):
    opened = Vault.create(vault_folder / "ui.vault", "fjord tavle sykkel blåbær")
    settings.save_settings(opened, settings.VaultSettings("Kari", "helsesykepleier", "no"))
    pupils.add_pupil(
        opened, NewPupil("Emil", "Aasen", date(1986, 10, 15), "Granly skole", "8B", national_id=FNR)
    )
    yield opened
    opened.lock()


def previewed(qtbot, vault, path) -> AbsenceImportDialog:
    dialog = AbsenceImportDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def test_absence_import_dialog_previews_then_imports_with_skipped_lines(qtbot, vault, tmp_path):
    path = tmp_path / "fravær.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = previewed(qtbot, vault, path)
    assert dialog.mapping_model.column_of("reported") == "Meldt"
    assert dialog.mapping_model.column_of("excused") == "Gyldig fravær"
    assert (len(dialog.preview.accepted), len(dialog.preview.unknown)) == (2, 1)
    assert [e.line for e in dialog.preview.errors] == [4]
    assert dialog.errors_list.count() == 1 and dialog.unknown_list.count() == 1
    assert not dialog.import_button.isEnabled()
    os.makedirs("/tmp/import", exist_ok=True)
    dialog.grab().save("/tmp/import/absence_import_dialog.png")
    dialog.skip_check.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert (dialog.result.new, dialog.result.skipped_lines) == (2, 1)
    with vault.session() as session, session.begin():
        assert len(absence.entries(session)) == 2
    dialog.grab().save("/tmp/import/absence_import_done.png")
    # The mapping was remembered under its name, and the next file starts from it.
    again = previewed(qtbot, vault, path)
    assert again.saved_combo.currentData() == dialog.name_edit.text()
    assert again.preview.already_known == 2


def test_every_label_is_set_for_each_field(qtbot, vault):
    dialog = AbsenceImportDialog(None, vault)
    qtbot.addWidget(dialog)
    model = dialog.mapping_model
    labels = [model.index(row).data() for row in range(model.rowCount())]
    assert len(labels) == len(dialog.flow.fields.fields) and all(labels)
    assert not any("&" in label for label in labels)  # a row of a list has no mnemonic to show


@pytest.mark.parametrize("language", ["nb", "sv"])
def test_the_dialog_retranslates_live(qtbot, vault, tmp_path, language):
    from nurse_desk.ui.i18n import Translations

    path = tmp_path / "fravær.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))
    dialog = previewed(qtbot, vault, path)
    day_label = dialog.mapping_model.label_of
    english = (dialog.windowTitle(), day_label("day"), dialog.counts_label.text())
    translations = Translations()
    try:
        assert translations.apply(language)
        qtbot.waitUntil(lambda: dialog.windowTitle() != english[0], timeout=3000)
        assert day_label("day") != english[1]
        assert dialog.counts_label.text() != english[2]
        dialog.grab().save(f"/tmp/import/absence_import_{language}.png")
    finally:
        translations.apply("en")


@pytest.mark.parametrize(
    ("language", "action", "detail"),
    [
        (
            "en",
            "Import or bulk change",
            "Absence import: 2 rows saved (2 new, 0 updated), 1 lines skipped, "
            "1 rows of unknown pupils",
        ),
        (
            "nb",
            "Import eller masseendring",
            "Fraværsimport: 2 rader lagret (2 nye, 0 oppdatert), 1 linjer hoppet over, "
            "1 rader for ukjente elever",
        ),
        (
            "sv",
            "Import eller massändring",
            "Frånvaroimport: 2 rader sparade (2 nya, 0 uppdaterade), 1 rader överhoppade, "
            "1 rader för okända elever",
        ),
    ],
)
def test_an_import_through_the_dialog_shows_in_the_access_log(
    qtbot, vault, tmp_path, language, action, detail
):
    """The import's counts in the window's language, not as stored in English."""
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.ui.i18n import Translations
    from nurse_desk.ui.journal.access_log_dialog import AccessLogDialog

    path = tmp_path / "fravær.csv"
    path.write_bytes(CSV.encode("utf-8"))
    dialog = previewed(qtbot, vault, path)
    dialog.skip_check.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    translations = Translations()
    try:
        assert translations.apply(language)
        log = AccessLogDialog(None, vault=vault)
        qtbot.addWidget(log)
        log.show()
        choices = [log.action.itemText(i) for i in range(log.action.count())]
        assert action in choices
        log.action.setCurrentIndex(log.action.findData(AccessAction.IMPORT.value))
        assert log.model.rowCount() == 1
        shown = [log.model.index(0, column).data() for column in range(5)]
        assert shown[1:] == [
            "Kari",
            action,
            "",
            detail,
        ]
        log.grab().save(f"/tmp/import/access_log_{language}.png")
    finally:
        translations.apply("en")


def year_of_lessons(path, days: int = 400) -> int:
    """One pupil, six lessons a school day for `days` weekdays: enough rows for several
    progress reports while checking and saving."""
    from datetime import timedelta

    rows, day = [CSV.splitlines()[0]], date(2024, 8, 19)
    while len(rows) <= days * 6:
        if day.weekday() < 5:
            rows += [f"{FNR};Emil Aasen;8B;{day:%d.%m.%Y};{p};Norsk;1;ja;nei;" for p in range(1, 7)]
        day += timedelta(days=1)
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return len(rows) - 1


class Gate:
    """Holds the import inside its transaction after its first chunk, until opened."""

    def __init__(self, monkeypatch) -> None:
        import threading

        self.reached, self.opened = threading.Event(), threading.Event()
        self.reports: list[tuple[int, int]] = []
        self.stopped_inside = False
        real = absence.save_entries

        def held(session, entries, progress=None):
            def report(done: int, total: int) -> None:
                try:
                    progress(done, total)
                except BaseException:
                    self.stopped_inside = True
                    raise
                self.reports.append((done, total))
                if done and not self.opened.is_set():
                    self.reached.set()
                    self.opened.wait(10)

            return real(session, entries, report)

        monkeypatch.setattr(absence, "_CHUNK", 500)
        monkeypatch.setattr(absence, "save_entries", held)


def counts(vault) -> dict[str, int]:
    return vault.row_counts()


def test_progress_rises_to_the_total_while_checking_and_saving(qtbot, vault, tmp_path, monkeypatch):
    monkeypatch.setattr(absence, "_CHUNK", 500)
    monkeypatch.setattr("nurse_desk.domain.import_mapping.PROGRESS_EVERY", 500)
    path = tmp_path / "fravær.csv"
    rows = year_of_lessons(path)
    dialog = AbsenceImportDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    reports: list[tuple[int, int]] = []
    dialog.steps.progressed.connect(lambda done, total: reports.append((done, total)))
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    checked, reports[:] = list(reports), []
    dialog.import_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.choose_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    for steps, total in ((checked, rows), (reports, len(dialog.preview.accepted))):
        dones = [done for done, _ in steps]
        assert len(steps) > 3 and dones == sorted(dones)
        assert {t for _, t in steps} == {total} and steps[-1] == (total, total)
    assert dialog.result.new == rows
    assert not dialog.cancel_button.isVisible() and not dialog.progress.isVisible()


def test_cancel_mid_import_leaves_the_vault_exactly_as_it_was(qtbot, vault, tmp_path, monkeypatch):
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.services import access

    path = tmp_path / "fravær.csv"
    rows = year_of_lessons(path)
    before = counts(vault)
    gate = Gate(monkeypatch)
    dialog = previewed(qtbot, vault, path)
    dialog.import_button.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=20000)
    assert dialog.is_busy() and dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    assert not dialog.cancel_button.isEnabled()  # stopping: the report is awaited
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert gate.stopped_inside and gate.reports[-1][0] < rows  # stopped mid-way, by the worker
    assert dialog.result is None
    assert dialog.status_label.text() == "Import cancelled. Nothing was saved."
    assert counts(vault) == before
    assert access.log_entries(vault, action=AccessAction.IMPORT) == []
    dialog.grab().save("/tmp/import/absence_import_cancelled.png")
    # Nothing is left half-open: the same preview imports in full afterwards.
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.new == rows
    assert counts(vault)["absence_entry"] == before["absence_entry"] + rows


def test_closing_during_an_import_stops_it_then_closes(qtbot, vault, tmp_path, monkeypatch):
    path = tmp_path / "fravær.csv"
    year_of_lessons(path)
    before = counts(vault)
    gate = Gate(monkeypatch)
    dialog = previewed(qtbot, vault, path)
    dialog.import_button.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=20000)
    dialog.reject()  # Escape, the window's close button, or locking the vault
    assert dialog.isVisible()  # until the import has rolled back
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.result is None and counts(vault) == before


def test_cancel_while_checking_stops_the_check(qtbot, vault, tmp_path, monkeypatch):
    import threading

    from nurse_desk.services import absence_import

    path = tmp_path / "fravær.csv"
    year_of_lessons(path)
    reached, opened, stopped = threading.Event(), threading.Event(), threading.Event()
    real = absence_import.convert_rows

    def held(table, mapping, convert, progress=None, **options):
        def report(done: int, total: int) -> None:
            if done:
                reached.set()
                opened.wait(10)
            try:
                progress(done, total)
            except BaseException:
                stopped.set()
                raise

        return real(table, mapping, convert, report, **options)

    monkeypatch.setattr(absence_import, "convert_rows", held)
    monkeypatch.setattr("nurse_desk.domain.import_mapping.PROGRESS_EVERY", 100)
    dialog = AbsenceImportDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    dialog.cancel_button.click()
    assert not dialog.is_busy() and dialog.preview is None
    assert dialog.status_label.text() == "Cancelled."
    opened.set()
    assert stopped.wait(10)  # the worker itself stopped, not only the dialog forgot it
    assert not dialog.import_button.isEnabled()


def test_closing_the_dialog_lets_go_of_the_file_and_keeps_the_result(qtbot, vault, tmp_path):
    path = tmp_path / "fravær.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = previewed(qtbot, vault, path)
    dialog.skip_check.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    dialog.reject()
    assert (dialog.table, dialog.preview) == (None, None)
    assert dialog.preview_model.rowCount() == 0 and dialog.errors_list.count() == 0
    assert dialog.result.new == 2


def test_a_row_with_no_name_or_id_is_listed_in_words_not_as_a_blank(qtbot, vault, tmp_path):
    """A row with empty identity cells (a total line, say) was listed among the unknown
    pupils as ' (lines 3)': a blank where the pupil should be."""
    path = tmp_path / "fravær.csv"
    text = CSV.splitlines(keepends=True)
    text[2] = ";;8B;01.09.2025;2;Kroppsøving;1;ja;nei;syk\r\n"
    path.write_bytes("".join(text[:3]).encode("cp1252"))
    dialog = previewed(qtbot, vault, path)
    assert [item.who for item in dialog.preview.unknown] == [""]
    assert dialog.unknown_list.item(0).text() == "(no name or ID on the line) (lines 3)"
