"""The bundles' lists (installers/bundle_contents.py, read by installers/nurse-desk.spec) name
every module the app loads by name and every data file it reads at run time.

Each check finds what the app uses on its own (its imports, its calls, its folders), so a new
sub-command, migration, country, font or icon that the lists miss fails here, in seconds,
rather than in a nurse's hands.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path, PurePosixPath

import holidays
import pytest
from bundle_paths import ROOT, bundle_contents, icon_files

from nurse_desk import cli
from nurse_desk.domain import school_calendar, school_days
from nurse_desk.features import declared_modules
from nurse_desk.printing import characters
from nurse_desk.storage import schema
from nurse_desk.ui import i18n
from nurse_desk.ui.resources import resources_folder

PACKAGE = ROOT / "nurse_desk"
SPEC = ROOT / "installers" / "nurse-desk.spec"


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.fixture(scope="module")
def hidden() -> set[str]:
    return set(bundle_contents.hidden_imports())


@pytest.fixture(scope="module")
def data() -> dict[str, set[str]]:
    """Folder in the bundle -> names of the files put there."""
    folders: dict[str, set[str]] = {}
    for source, folder in bundle_contents.data_files():
        assert Path(source).is_file(), source
        folders.setdefault(folder, set()).add(Path(source).name)
    return folders


def test_the_spec_builds_from_these_lists():
    spec = SPEC.read_text(encoding="utf-8")
    for call in (
        "contents.data_files()",
        "contents.hidden_imports()",
        "contents.excluded_modules()",
        "contents.keep_file(",
        "contents.metadata_files(",
    ):
        assert call in spec


def test_every_sub_command_module_is_bundled(hidden):
    assert set(cli.FEATURE_COMMANDS) <= hidden


def test_every_module_the_features_name_is_bundled(hidden):
    """The layers import these by name from nurse_desk/features.py: PyInstaller cannot see it."""
    assert set(declared_modules()) <= hidden
    assert set(declared_modules()) <= set(bundle_contents.feature_modules())


def test_every_module_of_the_app_is_bundled_but_the_migrations(hidden):
    """Lazy and by-name imports of the app's own modules are covered wholesale."""
    modules = {
        bundle_contents.module_name(path)
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
    }
    assert modules <= hidden
    assert "nurse_desk.storage.rows" in hidden  # the one env.py needs (it broke the first bundle)
    assert not any(name.startswith("nurse_desk.storage.migrations") for name in hidden)


def test_what_alembic_runs_from_files_is_bundled_as_files_and_its_imports_as_modules(hidden, data):
    migrations = schema.alembic_config().get_main_option("script_location")
    folder = PurePosixPath(Path(migrations).relative_to(ROOT).as_posix())
    versions = {p.name for p in Path(migrations, "versions").glob("*.py")}
    assert {"env.py"} <= data[str(folder)]
    assert versions <= data[str(folder / "versions")]
    assert {f"{r}_" for r in schema.known_revisions()} <= {name[:5] for name in versions}
    imported = set()
    for path in [Path(migrations, "env.py"), *Path(migrations, "versions").glob("0*.py")]:
        imported |= imported_names(path) - {"__future__"}
    assert imported <= hidden


def test_every_qt_module_the_app_imports_is_kept_and_no_other():
    used = {
        name.split(".")[1]
        for path in PACKAGE.rglob("*.py")
        for name in imported_names(path)
        if name.startswith("PySide6.")
    }
    assert used == set(bundle_contents.QT_MODULES)
    excluded = set(bundle_contents.excluded_modules())
    assert not {f"PySide6.{name}" for name in used} & excluded
    assert "PySide6.QtWebEngineCore" in excluded


def test_the_holiday_calendars_the_app_asks_for_are_bundled_with_their_names(
    monkeypatch, hidden, data
):
    asked: set[tuple[str, str | None]] = set()
    real = holidays.country_holidays

    def recording(code, *args, **kwargs):
        asked.add((code, kwargs.get("language")))
        return real(code, *args, **kwargs)

    monkeypatch.setattr(holidays, "country_holidays", recording)
    school_calendar._public_holidays.cache_clear()  # cached per country and year
    for country in school_days.DEFAULT_START:  # the countries Settings offers
        school_days.school_days(date(2025, 8, 18), date(2025, 10, 1), country)
        school_calendar.SchoolCalendar(country).flags(date(2025, 12, 25))
    school_calendar._public_holidays.cache_clear()
    codes = {code for code, _ in asked}
    assert codes == set(bundle_contents.HOLIDAY_COUNTRIES)
    registry = {module: names[1] for module, names in holidays.registry.COUNTRIES.items()}
    assert {f"holidays.countries.{m}" for m, code in registry.items() if code in codes} <= hidden
    for code, language in asked:
        if language:  # names of the days in the country's own language, read from a .mo file
            assert f"{code}.mo" in data[f"holidays/locale/{language}/LC_MESSAGES"]


def test_the_printouts_fonts_and_their_licence_are_bundled(data):
    fonts = set(characters.FONT_FILES.values())
    assert fonts <= data["reportlab/fonts"]
    assert bundle_contents.REPORTLAB_FONT_LICENCE in data["reportlab/fonts"]
    inside = PurePosixPath("nurse_desk") / "resources"
    folder = characters.fonts_folder().relative_to(resources_folder()).as_posix()
    assert set(characters.WIDE_FILES.values()) <= data[str(inside / folder)]
    assert "DejaVu-fonts.txt" in data[str(inside / "licences")]


def test_translations_icons_and_licences_go_where_the_app_looks_for_them(data):
    inside = PurePosixPath("nurse_desk") / "resources"
    qm = inside / i18n.QM_FOLDER.relative_to(resources_folder()).as_posix()
    assert {f"nurse_desk_{lang}.qm" for lang in ("nb", "sv", "en")} <= data[str(qm)]
    used_icons = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "icon"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                used_icons.add(f"{node.args[0].value}.svg")
    assert {"lock.svg", "nurse-desk.svg"} <= used_icons <= data[str(inside / "icons")]
    assert {f"nurse-desk-{size}.png" for size in (48, 128, 256)} <= data[str(inside / "icons")]
    assert "LGPL-3.0.txt" in data[str(inside / "licences")]
    assert "LICENSE" in data["."]


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_sv.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6\\Qt6Qml.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("nurse_desk/resources/translations/qm/nurse_desk_sv.qm", True),
        ("stdnum/oui.dat", False),
        ("reportlab/fonts/Vera.ttf", True),
    ],
)
def test_what_the_bundles_leave_out(destination, kept):
    assert bundle_contents.keep_file(destination) is kept


def test_qt_translations_are_kept_for_each_window_language():
    for language in ("nb", "sv"):
        assert f"qtbase_{language}.qm" in bundle_contents.QT_TRANSLATIONS


def test_the_icon_files_for_windows_and_macos_hold_every_size(tmp_path, qapp):
    from PySide6.QtGui import QImageReader

    written = (
        icon_files.write_ico(tmp_path / "nurse-desk.ico"),
        icon_files.write_icns(tmp_path / "nurse-desk.icns"),
    )
    for path in written:
        reader = QImageReader(str(path))
        sizes = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            sizes.add((image.width(), image.height()))
        assert sizes == {(48, 48), (128, 128), (256, 256)}, path


def test_the_user_guide_in_every_language_goes_where_the_help_dialog_looks(data):
    from nurse_desk.ui.help_dialog import GUIDE_FOLDER, GUIDE_LANGUAGES

    inside = PurePosixPath("nurse_desk") / "resources"
    folder = inside / GUIDE_FOLDER.relative_to(resources_folder()).as_posix()
    assert {f"guide_{language}.html" for language in GUIDE_LANGUAGES} <= data[str(folder)]


def test_the_wheel_ships_every_file_of_resources_but_the_translation_sources():
    """pyproject.toml's package-data names each resources/ folder and its kind of file."""
    import fnmatch
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        package_data = tomllib.load(handle)["tool"]["setuptools"]["package-data"]
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        relative = path.relative_to(resources)
        if path.is_dir() or relative.parts[:2] == ("translations", "ts"):
            continue
        package = ".".join(("nurse_desk", "resources", *relative.parent.parts))
        patterns = package_data.get(package, [])
        assert any(fnmatch.fnmatch(path.name, p) for p in patterns), relative


def test_reportlabs_c_accelerator_is_bundled(hidden):
    """ReportLab loads its accelerator by name (exec'd `from _rl_accel import …`), which
    PyInstaller cannot follow: left out, every printout is drawn in pure Python again."""
    from reportlab.lib import rl_accel

    loaded = {getattr(rl_accel, name).__module__ for name in rl_accel.__all__}
    accelerators = loaded - {rl_accel.__name__}
    assert accelerators, "ReportLab's C accelerator is not installed"
    assert accelerators <= hidden
