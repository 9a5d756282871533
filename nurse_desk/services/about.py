"""What the About window tells: the version, the app's licence, and the software that ships with it.

Read from the installed distributions' metadata (importlib.metadata), so the list is what really
ships: the dependencies installed beside the app, or the metadata folders the bundles carry
(installers/bundle_contents.py copies them).
"""

from __future__ import annotations

import os
import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from nurse_desk import __version__

APP_DISTRIBUTION = "nurse-desk"
APP_LICENCE = "GPL-3.0-or-later"
VERSION = __version__

# "name", "name[extra]>=1; marker": the name is what comes before any of [ ( ; < > = ! ~ space.
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENCE_FILE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING", "COPYING.txt", "LICENCE")
_PACKAGE = Path(__file__).resolve().parents[1]


def _licences_folder() -> Path:
    """Licence texts the app ships for parts that carry none (Qt's LGPL) and for Python itself.

    Inside the package when installed or bundled, the checkout's resources/ otherwise; the same
    rule as nurse_desk/ui/resources.py, which this layer may not import (it needs Qt).
    """
    inside = _PACKAGE / "resources" / "licences"
    return inside if inside.is_dir() else _PACKAGE.parent / "resources" / "licences"


@dataclass(frozen=True)
class ShippedSoftware:
    name: str
    version: str
    licence: str  # an SPDX expression or the licence's name; "" when the metadata names none
    licence_text: str  # the text of its licence files; "" when it ships none


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _required_names(dist: metadata.Distribution) -> list[str]:
    """Names of what `dist` needs, leaving out requirements that only an extra asks for.

    Platform markers are not evaluated: a requirement for another platform is simply not
    installed, and bundled_distributions() skips what is not installed.
    """
    names = []
    for line in dist.requires or []:
        requirement, _, marker = line.partition(";")
        match = _REQUIREMENT_NAME.match(requirement)
        if match and "extra" not in marker:
            names.append(match.group(1))
    return names


def dependency_closure(names: list[str]) -> list[metadata.Distribution]:
    """The installed distributions `names` stand for and everything they depend on, by name."""
    found: dict[str, metadata.Distribution] = {}
    queue = list(names)
    while queue:
        name = queue.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[_key(name)] = dist
        queue.extend(_required_names(dist))
    return sorted(found.values(), key=lambda dist: _key(dist.metadata["Name"]))


def bundled_distributions() -> list[metadata.Distribution]:
    """The third-party distributions that run with the app, sorted by name.

    Installed from a wheel or a checkout: what the app's metadata requires, directly or not. In
    a bundle the app has no metadata of its own, and the bundle carries the metadata of exactly
    the distributions it ships (installers/bundle_contents.py): all of them.
    """
    try:
        app = metadata.distribution(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        every = {_key(dist.metadata["Name"]): dist for dist in metadata.distributions()}
        return sorted(every.values(), key=lambda dist: _key(dist.metadata["Name"]))
    return dependency_closure(_required_names(app))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    classifiers = [
        " :: ".join(parts[2:]) if parts[1] == "OSI Approved" else parts[-1]
        for parts in (c.split(" :: ") for c in meta.get_all("Classifier") or [])
        if parts[0] == "License" and len(parts) > 2
    ]
    if classifiers:
        return ", ".join(classifiers)
    # Older packages write a name here, some the whole text: only a short one-liner is a name.
    declared = (meta.get("License") or "").strip()
    return declared if declared and "\n" not in declared and len(declared) <= 80 else ""


def licence_text_of(dist: metadata.Distribution) -> str:
    """Its licence files, one after the other (License-File entries, else the usual names)."""
    names = dist.metadata.get_all("License-File") or list(_LICENCE_FILE_NAMES)
    texts = []
    for name in names:
        # Metadata 2.4 keeps licence files in licenses/, older wheels beside METADATA.
        for where in (f"licenses/{name}", name):
            text = _read(dist, where)
            if text:
                texts.append(text.strip())
                break
    if not texts and dist.metadata.get("License", "").count("\n") > 2:
        texts.append(dist.metadata["License"].strip())  # the whole text in the metadata field
    return "\n\n".join(texts)


def _read(dist: metadata.Distribution, where: str) -> str:
    try:
        return dist.read_text(where) or ""
    except UnicodeDecodeError:  # a few older licence files are Latin-1 (the © sign)
        for file in dist.files or ():
            if file.as_posix().endswith(f".dist-info/{where}"):
                return file.read_binary().decode("latin-1")
    except OSError:
        pass
    return ""


def _shipped_text(name: str) -> str:
    path = _licences_folder() / name
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _python() -> ShippedSoftware:
    """The interpreter runs with the app too (and ships inside the bundles)."""
    beside_stdlib = Path(os.__file__).parent / "LICENSE.txt"
    text = beside_stdlib.read_text(encoding="utf-8") if beside_stdlib.is_file() else ""
    return ShippedSoftware(
        "Python", platform.python_version(), "PSF-2.0", text or _shipped_text("Python.txt")
    )


def _printout_fonts() -> ShippedSoftware:
    """DejaVu Sans, which the printouts embed for the letters Bitstream Vera lacks: font files in
    resources/fonts (printing/characters.py), not a distribution, so it is named here."""
    return ShippedSoftware(
        "DejaVu Sans", "2.37", "Bitstream-Vera", _shipped_text("DejaVu-fonts.txt")
    )


def shipped_software() -> list[ShippedSoftware]:
    """Python, the printouts' fonts and every third-party distribution that runs with the app,
    with its licence."""
    software = [_python(), _printout_fonts()]
    for dist in bundled_distributions():
        licence = licence_of(dist)
        text = licence_text_of(dist)
        if not text and "LGPL-3.0" in licence:  # Qt for Python ships no licence file
            text = _shipped_text("LGPL-3.0.txt")
        software.append(ShippedSoftware(dist.metadata["Name"], dist.version, licence, text))
    return software


def app_licence_text() -> str:
    """The GPL's text: from the app's own metadata when installed, else the checkout's LICENSE."""
    try:
        text = licence_text_of(metadata.distribution(APP_DISTRIBUTION))
    except metadata.PackageNotFoundError:
        text = ""
    if text:
        return text
    checkout = Path(__file__).resolve().parents[2] / "LICENSE"
    return checkout.read_text(encoding="utf-8") if checkout.is_file() else ""
