"""Where the shipped resources (icons, compiled translations) live, in a checkout or a bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parents[1]


def resources_folder() -> Path:
    """nurse_desk/resources in an installed wheel and in the bundles (setup.py and
    installers/bundle_contents.py put them there); the checkout's top-level resources/ otherwise
    (`make run` and every editable install, so a fresh `make translations` shows at once)."""
    inside = _PACKAGE / "resources"
    return inside if inside.is_dir() else _PACKAGE.parent / "resources"


RESOURCES = resources_folder()


def icon(name: str) -> QIcon:
    return QIcon(str(RESOURCES / "icons" / f"{name}.svg"))
