"""screens widgets."""
