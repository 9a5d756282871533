"""Home visits: the list, the plan dialog, the documentation form and the sheet."""
