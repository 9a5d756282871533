"""Writing a printout or export to a file the nurse chose: the one place such bytes touch disk."""

from __future__ import annotations

import os
from pathlib import Path


def write_private_file(target: Path, data: bytes) -> None:
    """Only the nurse's own account may read what she saved (0600), as with the vault."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(target, 0o600)  # an existing file keeps its old mode under O_CREAT
