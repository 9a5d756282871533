"""Benchmarks that print figures (run with `make bench`); speed goals live here, not in tests."""
