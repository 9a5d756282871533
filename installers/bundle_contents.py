"""What goes into the Nurse Desk bundles: one list for Linux, Windows and macOS.

installers/nurse-desk.spec builds from these lists. PyInstaller follows `import` statements; what
the app loads by name or reads from disk at run time it cannot see, so it is named here:
- modules loaded by name: every nurse_desk module (each layer imports by name the modules the
  feature list nurse_desk/features.py names: ORM rows, demo data, sections, sub-commands, words;
  others are imported lazily), whatever Alembic's env.py and the migration scripts import
  (Alembic runs them from their files), the holidays package's calendars of the app's countries
  (its registry imports them by name), ReportLab's C accelerator (imported in an exec'd
  string);
- data files: the migrations, the compiled translations and icons, the user guide (Help), the
  holidays package's names of the days (gettext .mo files), ReportLab's fonts for the printouts
  and the DejaVu fonts beside them (resources/fonts), the licences.
It also names what the app does not use, which stays out (unused Qt modules and plugins…).
tests/installers/test_bundle_contents.py holds these lists against what the app really uses;
PyInstaller itself is not imported here, so that test needs no build.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import sysconfig
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "nurse_desk"
MIGRATIONS = PACKAGE / "storage" / "migrations"
RESOURCES = ROOT / "resources"
APP_ICON_SIZES = (48, 128, 256)

# The PySide6 modules the app imports; every other one stays out of the bundles.
# QtDBus: the screen-lock and sleep signals that lock the vault (ui/desktop_lock.py).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtDBus")

# The countries whose public holidays the app asks the holidays package for (Settings: Norway or
# Sweden; domain/school_calendar.py and domain/school_days.py).
HOLIDAY_COUNTRIES = ("NO", "SE")

# The reportlab wheel's font files the printouts embed (printing/characters.py), and their licence.
REPORTLAB_FONTS = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
REPORTLAB_FONT_LICENCE = "bitstream-vera-license.txt"

# The window languages besides English: Qt's own texts (buttons of standard dialogs) for them.
QT_TRANSLATIONS = ("qtbase_nb.qm", "qtbase_sv.qm")

# Installed beside the app but never loaded by it: test and build tools; the parts of Pillow
# (which ReportLab imports) for picture formats, fonts and colour profiles no printout uses;
# Pygments, which Mako uses only when present. (SQLAlchemy's other dialects stay: Alembic
# imports them all.)
EXCLUDED_PACKAGES = (
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.ImageFont",
    "PIL._imagingft",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "pygments",
    "tkinter",
    "numpy",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pdfplumber",
    "pdfminer",
    "pypdf",
    "PyInstaller",
    "readline",  # nothing reads a terminal line by line; it brings libreadline and libtinfo
)

# Qt plugins kept, by folder: None keeps the whole folder; a folder not named is left out
# (networking, TLS, SQL drivers, multimedia, the embedded-Linux platforms, input devices…).
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen: headless runs (CI and the bundle test); xcb and wayland: Linux desktops.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # The desktop portal gives native file dialogs on Flatpak-style desktops; the GTK theme
    # would drag in GTK and cairo for nothing, the app draws itself with Fusion.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys and input methods (æ, ø, å, ä, ö on any keyboard); not the virtual keyboard.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg"}),  # the icons are SVG; PNG is built into Qt
    "iconengines": frozenset({"qsvgicon"}),
    "printsupport": frozenset({"cupsprintersupport", "windowsprintersupport"}),
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
}

# Data files the app never reads: python-stdnum's tables (bank codes, ISBN ranges, MAC
# prefixes…) serve other number formats than the Norwegian and Swedish IDs the app checks.
UNUSED_DATA_FOLDERS = ("stdnum",)

# Linux: system libraries the bundle uses from the nurse's computer instead of carrying copies.
# CUPS's client must match the computer's own CUPS (and a computer without CUPS cannot print
# anyway; saving a PDF still works); it brings GnuTLS, Kerberos, Avahi and systemd with it.
SYSTEM_LIBRARIES = ("libcups.so",)

# Shared libraries that only the left-out Qt modules and plugins need. On Linux the spec also
# prunes by linking (prune_unlinked_libraries); elsewhere this list does that work.
UNUSED_QT_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
    "Qt6EglFS",
    "Qt6Network",
)


# -- modules loaded by name -------------------------------------------------------------------
def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_modules() -> list[str]:
    """Every module of the app except the migrations, which Alembic runs from their files."""
    paths = (p for p in PACKAGE.rglob("*.py") if MIGRATIONS not in p.parents)
    return sorted(module_name(path) for path in paths)


def migration_files() -> list[Path]:
    return sorted(p for p in MIGRATIONS.rglob("*.py") if "__pycache__" not in p.parts)


def imports_of(path: Path) -> set[str]:
    """Modules a file imports, with `from package import module` counted as the module."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if _is_module(candidate):
                    names.add(candidate)
    return names - {"__future__"}


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def migration_imports() -> list[str]:
    """What env.py and the revisions import: not seen by the analysis, they are data files."""
    return sorted({name for path in migration_files() for name in imports_of(path)})


def holiday_modules() -> list[str]:
    from holidays.registry import COUNTRIES  # module name -> (class name, code, code, ...)

    found = {
        code: f"holidays.countries.{module}"
        for module, names in COUNTRIES.items()
        for code in names[1:]
        if code in HOLIDAY_COUNTRIES
    }
    missing = set(HOLIDAY_COUNTRIES) - found.keys()
    if missing:
        raise LookupError(f"holidays has no calendar for {sorted(missing)}")
    return sorted(found.values())


def feature_modules() -> list[str]:
    """The modules the feature list names, which the layers' registries import by name."""
    from nurse_desk.features import declared_modules

    return list(declared_modules())


def hidden_imports() -> list[str]:
    return sorted(
        {
            *app_modules(),
            *feature_modules(),
            *migration_imports(),
            *holiday_modules(),
            "sqlcipher3.dbapi2",  # handed to SQLAlchemy as its DB-API module
            "_rl_accel",  # ReportLab's C accelerator, imported by name in an exec'd string
        }
    )


def excluded_modules() -> list[str]:
    import PySide6

    unused_qt = (f"PySide6.{name}" for name in PySide6.__all__ if name not in QT_MODULES)
    return sorted({*unused_qt, *EXCLUDED_PACKAGES})


# -- data files ---------------------------------------------------------------------------------
def package_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _to(folder: PurePosixPath | str, files: Iterable[Path]) -> Iterator[tuple[str, str]]:
    return ((str(path), str(folder)) for path in files)


def data_files() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) pairs."""
    inside = PurePosixPath("nurse_desk")
    migrations = inside / "storage" / "migrations"
    fonts = package_folder("reportlab") / "fonts"
    holidays_locale = package_folder("holidays") / "locale"
    mo_files = sorted(
        path
        for code in HOLIDAY_COUNTRIES
        for path in holidays_locale.glob(f"*/LC_MESSAGES/{code}.mo")
    )
    pairs = [
        *_to(inside / "resources/translations/qm", sorted(RESOURCES.glob("translations/qm/*.qm"))),
        *_to(inside / "resources/icons", sorted(RESOURCES.glob("icons/*.svg"))),
        *_to(inside / "resources/icons", sorted(RESOURCES.glob("icons/*.png"))),
        *_to(inside / "resources/licences", sorted(RESOURCES.glob("licences/*.txt"))),
        *_to(inside / "resources/fonts", sorted(RESOURCES.glob("fonts/*.ttf"))),
        *_to(inside / "resources/help", sorted(RESOURCES.glob("help/*.html"))),
        *_to(migrations, [MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako"]),
        *_to(migrations / "versions", sorted(MIGRATIONS.glob("versions/*.py"))),
        *_to("reportlab/fonts", [fonts / name for name in REPORTLAB_FONTS]),
        *_to("reportlab/fonts", [fonts / REPORTLAB_FONT_LICENCE]),
        *(
            (str(mo), f"holidays/locale/{mo.parent.relative_to(holidays_locale).as_posix()}")
            for mo in mo_files
        ),
        (str(ROOT / "LICENSE"), "."),
    ]
    return pairs


def python_licence() -> list[tuple[str, str, str]]:
    """The interpreter's licence, which its terms ask to keep with every copy: a PyInstaller
    entry that renames it to resources/licences/Python.txt, where the About dialog reads it.
    (Beside the standard library on Linux and macOS, in the installation folder on Windows.)"""
    candidates = (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    )
    found = [path for path in candidates if path.is_file()][:1]
    return [("nurse_desk/resources/licences/Python.txt", str(path), "DATA") for path in found]


def app_requirements() -> list[str]:
    """The names in pyproject.toml's dependencies: the source, not a possibly stale install."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        lines = tomllib.load(handle)["project"]["dependencies"]
    return [re.match(r"[A-Za-z0-9._-]+", line).group(0) for line in lines]


def metadata_files(bundled_packages: set[str]) -> list[tuple[str, str, str]]:
    """PyInstaller entries for the metadata folders (licence files included) of every
    distribution the app depends on whose code is in the bundle: the About dialog lists them.
    `bundled_packages` are the top-level names of the bundled modules."""
    from importlib.metadata import packages_distributions

    from nurse_desk.services.about import dependency_closure

    providing: dict[str, set[str]] = {}
    for package, names in packages_distributions().items():
        for name in names:
            providing.setdefault(name.lower(), set()).add(package)
    entries = []
    for dist in dependency_closure(app_requirements()):
        if not providing.get(dist.metadata["Name"].lower(), set()) & bundled_packages:
            continue  # required by a dependency, yet nothing of it is loaded (tzdata)
        for file in dist.files or ():
            if file.parts[0].endswith(".dist-info") and file.name != "RECORD":
                entries.append((file.as_posix(), str(file.locate()), "DATA"))
    return entries


# -- leaving out what the app does not use --------------------------------------------------------
def plugin_name(file_name: str) -> str:
    """libqxcb.so -> qxcb, qwindows.dll -> qwindows, libqcocoa.dylib -> qcocoa."""
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(destination: str) -> bool:
    """False for Qt plugins, translations and libraries, and data files, the app does not use."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if parts[0] in UNUSED_DATA_FOLDERS and parts[-1].endswith(".dat"):
        return False
    if len(parts) >= 3 and parts[-3] == "plugins":  # .../plugins/<folder>/<file>
        wanted = QT_PLUGINS.get(parts[-2], frozenset())
        return wanted is None or plugin_name(parts[-1]) in wanted
    if parts[0] == "PySide6" and "translations" in parts:
        return parts[-1] in QT_TRANSLATIONS
    name = parts[-1].lower()
    return not any(library.lower() in name for library in UNUSED_QT_LIBRARIES)


def _prunable(destination: str) -> bool:
    """A shared library that is in the bundle only because something links against it."""
    path = PurePosixPath(destination)
    # pillow.libs and its kind hold the libraries a wheel vendors for its extension modules.
    vendored = str(path.parent).endswith(".libs")
    in_library_folder = vendored or str(path.parent) in (".", "PySide6/Qt/lib")
    name = path.name
    return in_library_folder and name.startswith("lib") and not name.startswith("libpython")


def needed_libraries(file: str) -> list[str]:
    """The libraries an ELF file names as NEEDED (objdump, which PyInstaller needs anyway)."""
    result = subprocess.run(["objdump", "-p", file], capture_output=True, text=True, check=True)
    return [
        line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")
    ]


def _from_the_system(name: str) -> bool:
    return any(name.startswith(prefix) for prefix in SYSTEM_LIBRARIES)


def prune_unlinked_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Linux: keep a library only when something kept links against it.

    `binaries` are PyInstaller's (destination, source, kind) entries. Everything that is not a
    plain library (extension modules, Qt plugins, pdfium loaded through ctypes) is a root; the
    walk follows each file's NEEDED entries, and not into SYSTEM_LIBRARIES. This drops what only
    the left-out plugins needed (GTK, cairo, EGL devices…) and the system's printing stack.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    by_name = {PurePosixPath(dest).name: source for dest, source, _ in binaries}
    queue = [source for dest, source, _ in binaries if not _prunable(dest)]
    kept: set[str] = set()
    while queue:
        for name in needed_libraries(queue.pop()):
            if name in by_name and name not in kept and not _from_the_system(name):
                kept.add(name)
                queue.append(by_name[name])
    return [
        entry
        for entry in binaries
        if not _prunable(entry[0]) or PurePosixPath(entry[0]).name in kept
    ]
