"""The repo explains itself: no file points at notes that live outside it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("nurse_desk", "tests", "docs", "bench", "scripts", "installers")
# Spelt in pieces so this file does not match itself.
OUTSIDE = re.compile(
    "|".join(
        (
            re.escape("DOMAIN" + ".md"),
            re.escape("SECURITY" + "-NOTES"),
            re.escape("../" + "shared"),
            r"\bissues? " + r"\d",
        )
    ),
    re.IGNORECASE,
)
TEXT = {".py", ".md", ".sh", ".txt", ".toml", ".cfg", ".spec", ".nsi", ".iss", ".desktop", ""}


def _text_files():
    yield ROOT / "README.md"
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in TEXT and "__pycache__" not in path.parts:
                yield path


def test_no_file_cites_notes_outside_the_repo():
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _text_files()
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == []


def test_the_care_rules_the_comments_point_to_are_in_the_repo():
    rules = (ROOT / "docs" / "CARE-RULES.md").read_text()
    for section in (
        "Health conversations",
        "Consent and confidentiality",
        "Worrying absence",
        "Home visits",
        "Follow-ups",
    ):
        assert f"## {section}" in rules
    cited = {
        match
        for path in (ROOT / "nurse_desk").rglob("*.py")
        for match in re.findall(r'CARE-RULES\.md,\s+"([^"]+)"', path.read_text())
    }
    assert cited and all(f"## {name}" in rules for name in cited)
