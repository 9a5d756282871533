"""Plain-Python rules and records of the school health service: no Qt, no SQL."""
