"""Nurse Desk: an offline, encrypted desk for school health nurses."""

__version__ = "0.1.0"
