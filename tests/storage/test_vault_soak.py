"""The short kill soak the suite runs; `make soak` runs the long one (tests/storage/soak.py)."""

from __future__ import annotations

import sys

import pytest
import soak

CI_KILLS = 100


@pytest.mark.skipif(sys.platform == "win32", reason="the soak forks its writers")
def test_a_hundred_kills_lose_no_acknowledged_write(tmp_path):
    lines: list[str] = []

    result = soak.run(CI_KILLS, tmp_path, report=lines.append)

    print(lines[0], result, sep="\n")
    assert result.kills == CI_KILLS
    assert result.acknowledged >= CI_KILLS, "the writers hardly wrote: the kills tested little"
    assert result.lost == 0, f"{result}; {lines[0]}"
