"""Figures the bundle tests measure, shown at the end of pytest's report (CI shows it too)."""

from __future__ import annotations

import pytest

_FIGURES: list[str] = []


@pytest.fixture(scope="session")
def figures() -> list[str]:
    return _FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if _FIGURES:
        terminalreporter.section("Nurse Desk bundle")
        for line in _FIGURES:
            terminalreporter.write_line(line)
