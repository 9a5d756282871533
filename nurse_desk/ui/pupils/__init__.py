"""pupils widgets."""
