"""Printouts: each renderer turns a frozen sheet record into PDF bytes (ReportLab, no Qt)."""
