"""The built bundle, not the source: it creates and opens vaults, prints, and starts headless.

Builds dist/nurse-desk/ first when it is missing or older than its inputs (installers/
build_bundle.py; ~2.5 min on two cores), then runs the bundled program as a nurse's computer
would, in a private HOME. Size and timings go to the end of pytest's report ("Nurse Desk
bundle"), which CI shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest
from bundle_paths import ROOT, build_bundle

from nurse_desk import __version__
from nurse_desk.ui.start_check import START_CHECK_ENV

pytestmark = pytest.mark.slow

PASSPHRASE = "fjord tavle sykkel blåbær"


@pytest.fixture(scope="module")
def bundle(figures) -> Path:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(ROOT / "installers" / "build_bundle.py")],
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for line in result.stdout.splitlines():
        figures.append(line)
    figures.append(f"build step took {time.monotonic() - started:.0f} s")
    size = build_bundle.folder_size(build_bundle.BUNDLE)
    figures.append(f"bundle folder: {size / 1e6:.0f} MB")
    assert size < 200e6, "something big came back into the bundle (aim: < 150 MB)"
    return build_bundle.program()


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    """A computer of its own: settings, data folder and vault path all under tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NURSE_DESK", "PYTHON"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(program: Path, env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def timed(figures, what: str, program, env, *args, cwd) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = run(program, env, *args, cwd=cwd)
    figures.append(f"{what}: {time.monotonic() - started:.1f} s")
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result


def test_the_bundled_program_runs_every_kind_of_command(bundle, home, tmp_path, figures):
    secret = tmp_path / "passphrase.txt"  # the CLI reads passphrases from a file, never argv
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = ["--vault", str(tmp_path / "demo.vault"), "--passphrase-file", str(secret)]

    version = timed(figures, "bundled `--version`", bundle, home, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"nurse-desk {__version__}"

    empty = ["--vault", str(tmp_path / "empty.vault"), "--passphrase-file", str(secret)]
    created = run(bundle, home, "init", *empty, cwd=tmp_path)  # runs every migration
    assert created.returncode == 0, created.stderr
    assert "created" in created.stdout

    timed(
        figures,
        "bundled `demo` (create and fill a vault)",
        bundle,
        home,
        "demo",
        *vault,
        cwd=tmp_path,
    )
    check = run(bundle, home, "check", *vault, cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok:") and "pupil 360" in check.stdout

    agenda = run(bundle, home, "agenda", "--json", *vault, cwd=tmp_path)  # holidays calendars
    assert agenda.returncode == 0, agenda.stderr
    items = [
        item
        for part in json.loads(agenda.stdout).values()
        if isinstance(part, list)
        for item in part
    ]
    visits = [item["id"] for item in items if item["kind"] == "home_visit"]
    assert items and visits

    sheet = tmp_path / "sheet.pdf"
    printed = run(
        bundle,
        home,
        "print-visit",
        str(visits[0]),
        "--out",
        str(sheet),
        "--reason",
        "Forberede besøket",
        *vault,
        cwd=tmp_path,
    )
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(sheet).pages)
    assert "Hjemmebesøk" in text  # ReportLab's embedded font wrote the ø


def test_the_bundled_program_starts_headless_opens_the_demo_and_shows_today(
    bundle, home, tmp_path, figures
):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**home, START_CHECK_ENV: "1", "TMPDIR": str(temporary)}
    started = time.monotonic()
    result = run(bundle, env, "--demo", "--lang", "nb", cwd=tmp_path)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "start check: Today shown with" in result.stdout
    figures.append(f"bundled headless start with a new demo vault, to Today shown: {took:.1f} s")
    figures.append(result.stdout.strip())
    assert list(temporary.iterdir()) == []  # the demo vault is thrown away on quitting


def test_the_bundle_carries_the_licences(bundle):
    internal = bundle.parent / "_internal"
    assert (internal / "LICENSE").read_text().startswith(" " * 20 + "GNU GENERAL PUBLIC LICENSE")
    assert list(internal.glob("pyside6_essentials-*.dist-info/METADATA"))
    assert (internal / "nurse_desk" / "resources" / "licences" / "LGPL-3.0.txt").is_file()
    assert (internal / "nurse_desk" / "resources" / "licences" / "Python.txt").is_file()


def test_the_bundle_carries_reportlabs_c_accelerator_and_its_licence(bundle):
    """Named by hand for PyInstaller (installers/bundle_contents.py): without it the bundled
    app would print in pure Python again, with nothing failing."""
    internal = bundle.parent / "_internal"
    assert list(internal.glob("_rl_accel*.so")) or list(internal.glob("_rl_accel*.pyd"))
    assert list(internal.glob("rl_accel-*.dist-info/LICENSE*"))


def test_the_bundle_carries_the_user_guide(bundle):
    guides = bundle.parent / "_internal" / "nurse_desk" / "resources" / "help"
    assert {path.name for path in guides.glob("*.html")} >= {
        f"guide_{language}.html" for language in ("en", "nb", "sv")
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball is for Linux")
def test_the_linux_tarball_holds_the_program_the_menu_entry_and_the_icons(bundle):
    import tarfile

    top = f"nurse-desk-{__version__}"
    with tarfile.open(build_bundle.tarball()) as archive:
        names = set(archive.getnames())
        install = archive.getmember(f"{top}/install.sh")
    assert install.mode & 0o111
    expected = {
        f"{top}/nurse-desk/nurse-desk",
        f"{top}/nurse-desk.desktop",
        f"{top}/qt-libs.sh",
        f"{top}/LICENSE",
        f"{top}/icons/hicolor/scalable/apps/nurse-desk.svg",
        *(f"{top}/icons/hicolor/{s}x{s}/apps/nurse-desk.png" for s in (48, 128, 256)),
    }
    assert expected <= names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball is for Linux")
def test_install_sh_installs_for_the_user_and_uninstalling_keeps_the_vault(bundle, home, tmp_path):
    import tarfile

    with tarfile.open(build_bundle.tarball()) as archive:
        archive.extractall(tmp_path, filter="tar")
    unpacked = tmp_path / f"nurse-desk-{__version__}"
    user = Path(home["HOME"])
    vault = user / ".local" / "share" / "NurseDesk" / "nurse-desk.vault"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"the nurse's vault")

    installed = subprocess.run(
        ["bash", "install.sh"], cwd=unpacked, env=home, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    entry = (user / ".local" / "share" / "applications" / "nurse-desk.desktop").read_text()
    program = user / ".local" / "opt" / "nurse-desk" / "nurse-desk"
    assert f"Exec={program}" in entry and "Icon=nurse-desk" in entry
    icon = user / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "nurse-desk.png"
    assert icon.is_file()
    version = run(user / ".local" / "bin" / "nurse-desk", home, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"nurse-desk {__version__}"

    removed = subprocess.run(
        ["bash", "install.sh", "--uninstall"], cwd=unpacked, env=home, capture_output=True
    )
    assert removed.returncode == 0
    assert not program.exists() and not icon.exists()
    assert vault.read_bytes() == b"the nurse's vault"
