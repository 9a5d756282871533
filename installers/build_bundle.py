"""Build the one-folder bundle (and on Linux the tarball a nurse downloads), unless it is current.

    python installers/build_bundle.py [--force]

`make bundle` runs this; so does tests/installers/test_bundle.py, which then runs the built
program. The bundle is rebuilt only when something that goes into it changed: the app's files,
the resources, the installer files, pyproject.toml, or the installed packages. Output:
- dist/nurse-desk/                        the bundle (the program `nurse-desk` and _internal/)
- dist/nurse-desk-VERSION-linux-ARCH.tar.gz  Linux: the bundle, install.sh, the desktop entry,
                                          the icons and the licence, in nurse-desk-VERSION/
- dist/Nurse Desk.app                      macOS: the application (installers/README.md)
- dist/version.iss                         Windows: the version, for windows/nurse-desk.iss
build/pyinstaller/ holds PyInstaller's work files; both folders are ignored by git.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "nurse-desk"
STAMP = DIST / "nurse-desk.inputs"  # beside the bundle, not in it
SPEC = ROOT / "installers" / "nurse-desk.spec"
INPUTS = ("nurse_desk", "resources", "installers", "pyproject.toml", "setup.py", "LICENSE")
LINUX_FILES = ROOT / "installers" / "linux"


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "nurse_desk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def program() -> Path:
    return BUNDLE / ("nurse-desk.exe" if sys.platform == "win32" else "nurse-desk")


def tarball() -> Path:
    return DIST / f"nurse-desk-{version()}-linux-{platform.machine()}.tar.gz"


def inputs_fingerprint() -> str:
    """A hash of every file that goes into the bundle and of the installed packages."""
    digest = hashlib.sha256()
    for name in INPUTS:
        top = ROOT / name
        files = sorted(top.rglob("*")) if top.is_dir() else [top]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join([sys.version, *installed]).encode())
    return digest.hexdigest()


def is_current(fingerprint: str) -> bool:
    built = program().exists() and STAMP.exists() and STAMP.read_text() == fingerprint
    return built and (not sys.platform.startswith("linux") or tarball().exists())


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    log = WORK.parent / "pyinstaller.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:
        result = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = log.read_text(errors="replace").splitlines()[-30:]
        sys.exit(f"PyInstaller failed ({log}):\n" + "\n".join(tail))


def write_tarball() -> Path:
    """What a nurse downloads on Linux: unpack, run ./install.sh (no admin rights needed)."""
    top = f"nurse-desk-{version()}"
    icons = ROOT / "resources" / "icons"
    out = tarball()
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(BUNDLE, f"{top}/nurse-desk")
        for name in ("install.sh", "qt-libs.sh", "nurse-desk.desktop", "README.txt"):
            archive.add(LINUX_FILES / name, f"{top}/{name}")
        archive.add(ROOT / "LICENSE", f"{top}/LICENSE")
        archive.add(icons / "nurse-desk.svg", f"{top}/icons/hicolor/scalable/apps/nurse-desk.svg")
        for size in (48, 128, 256):
            archive.add(
                icons / f"nurse-desk-{size}.png",
                f"{top}/icons/hicolor/{size}x{size}/apps/nurse-desk.png",
            )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even when up to date")
    args = parser.parse_args()
    fingerprint = inputs_fingerprint()
    if not args.force and is_current(fingerprint):
        print(f"bundle up to date: {BUNDLE}")
        return 0
    STAMP.unlink(missing_ok=True)
    started = time.monotonic()
    run_pyinstaller()
    built = time.monotonic() - started
    print(f"built {BUNDLE} in {built:.0f} s: {folder_size(BUNDLE) / 1e6:.0f} MB")
    if sys.platform.startswith("linux"):
        out = write_tarball()
        print(f"wrote {out}: {out.stat().st_size / 1e6:.0f} MB")
    if sys.platform == "win32":  # for installers/windows/nurse-desk.iss
        (DIST / "version.iss").write_text(f'#define AppVersion "{version()}"\n')
    STAMP.write_text(fingerprint)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
