"""scripts/system-deps.sh: `make run` on a fresh Debian finds the X11 libraries Qt lacks and
installs them through apt, or stops with one line that says what to install.

The machine is simulated: a fake `ldd` reports what is missing, a fake `apt-get` records what it
was asked for (and "installs" by making the fake ldd find everything), a fake `id` says who we
are; nothing is installed for real.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from bundle_paths import ROOT

SCRIPT = ROOT / "scripts" / "system-deps.sh"
LIBRARIES = ROOT / "installers" / "linux" / "qt-libs.sh"
MISSING = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0")


def fake(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path):
    """A PySide6 folder, and fake ldd, apt-get, id and python on PATH."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    pyside = tmp_path / "PySide6"
    (pyside / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so").touch()
    (pyside / "QtGui.abi3.so").touch()
    state = tmp_path / "state"
    state.mkdir()
    missing = "\n".join(f'echo "\t{name} => not found"' for name in MISSING)
    fake(bin_folder, "ldd", f"[ -e {state}/installed ] && exit 0\n{missing}\n")
    fake(
        bin_folder,
        "apt-get",
        f'echo "$*" >> {state}/apt-get\n'
        f"[ -e {state}/apt-fails ] && exit 100\n"
        f'[ "$1" = install ] && touch {state}/installed\nexit 0\n',
    )
    fake(bin_folder, "id", f'[ "$1" = -u ] && cat {state}/uid || /usr/bin/id "$@"\n')
    fake(bin_folder, "python", f"echo {pyside}\n")
    (state / "uid").write_text("0\n")
    env = {**os.environ, "PATH": f"{bin_folder}:{os.environ['PATH']}"}
    return env, state, bin_folder / "python"


def run(machine, *args: str) -> subprocess.CompletedProcess:
    env, _, _ = machine
    return subprocess.run(
        ["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_as_root_the_missing_libraries_packages_are_installed(machine):
    _env, state, python = machine
    result = run(machine, "run", str(python))
    assert result.returncode == 0, result.stderr
    calls = (state / "apt-get").read_text().splitlines()
    assert calls[0].startswith("update")
    assert calls[1].split()[-3:] == ["libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]


def test_without_rights_it_stops_with_one_line_that_says_what_to_install(machine, tmp_path):
    """Not root and no sudo: nothing is tried, one line says what to install."""
    env, state, python = machine
    (state / "uid").write_text("1000\n")
    tools = tmp_path / "tools"  # the plain tools the script uses, and no sudo or apt-get
    tools.mkdir()
    for name in ("bash", "awk", "sort", "tr", "sed", "dirname", "cat", "uname", "env"):
        (tools / name).symlink_to(shutil.which(name))
    fake_bin = env["PATH"].split(":")[0]
    (Path(fake_bin) / "apt-get").unlink()
    result = subprocess.run(
        [str(tools / "bash"), str(SCRIPT), "run", str(python)],
        env={**env, "PATH": f"{fake_bin}:{tools}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Please install the system libraries Qt needs to open a window: "
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
    ]


def test_when_apt_fails_it_still_ends_with_the_line(machine):
    _env, state, python = machine
    (state / "apt-fails").touch()
    result = run(machine, "run", str(python))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].endswith(
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
    )


def test_nothing_happens_when_nothing_is_missing(machine):
    _env, state, python = machine
    (state / "installed").touch()
    result = run(machine, "run", str(python))
    assert (result.returncode, result.stderr) == (0, "")
    assert not (state / "apt-get").exists()


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libGL.so.1", "libgl1"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libwayland-cursor.so.0", "libwayland-cursor0"),
        ("libgssapi_krb5.so.2", "libgssapi-krb5-2"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libz.so.1", "zlib1g"),
    ],
)
def test_a_library_maps_to_its_debian_package(soname, package):
    result = subprocess.run(
        ["bash", "-c", f'source "{LIBRARIES}"; debian_package "{soname}"'],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == package


def test_make_test_does_not_look_for_window_libraries(machine):
    """The tests run Qt offscreen: `system-deps.sh test` never asks apt for X11 libraries."""
    _env, state, _ = machine
    run(machine, "test")
    asked = (state / "apt-get").read_text() if (state / "apt-get").exists() else ""
    assert "libxcb" not in asked


def test_the_makefile_runs_the_check_before_the_app_and_not_in_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run_recipe = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert run_recipe.index("system-deps.sh run") < run_recipe.index("nurse-desk")
    assert "system-deps.sh test" in test_recipe and "system-deps.sh run" not in test_recipe
