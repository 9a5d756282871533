"""ReportLab draws with its C accelerator (the rl-accel package, its `accel` extra): without
it ReportLab falls back to pure Python for every number and string it writes into a PDF,
most of a long record export's time."""

from __future__ import annotations

from reportlab.lib import rl_accel

from nurse_desk.printing.record_export import render_record  # noqa: F401  (ReportLab as used)


def test_every_accelerated_function_comes_from_the_c_module():
    python_ones = [
        name for name in rl_accel.__all__ if getattr(rl_accel, name).__module__ != "_rl_accel"
    ]
    assert python_ones == []
