"""settings widgets."""
