"""Imports go one way: ui → services → storage → domain; printing → domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "nurse_desk"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "sqlcipher3",
        "alembic",
        "reportlab",
        "nurse_desk.storage",
        "nurse_desk.services",
        "nurse_desk.ui",
        "nurse_desk.printing",
    ),
    "storage": ("PySide6", "nurse_desk.services", "nurse_desk.ui", "nurse_desk.printing"),
    "services": ("PySide6", "nurse_desk.ui"),
    "printing": (
        "PySide6",
        "sqlalchemy",
        "nurse_desk.storage",
        "nurse_desk.services",
        "nurse_desk.ui",
    ),
    "ui": ("sqlalchemy", "sqlcipher3", "alembic", "nurse_desk.storage"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_checker_notices_a_wrong_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= imported_modules(bad)


def test_no_module_opens_a_network_connection():
    network = ("socket", "urllib", "http", "requests", "httpx", "ftplib", "smtplib")
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in network
    ]
    assert offenders == []
