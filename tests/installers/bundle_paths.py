"""The installers/ modules, imported the way the spec imports them (that folder on sys.path)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
if str(INSTALLERS) not in sys.path:
    sys.path.insert(0, str(INSTALLERS))

import build_bundle  # noqa: E402
import bundle_contents  # noqa: E402
import icon_files  # noqa: E402

__all__ = ["ROOT", "build_bundle", "bundle_contents", "icon_files"]
