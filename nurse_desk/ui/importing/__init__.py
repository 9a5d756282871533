"""The shared import dialog (file, column mapping, preview, errors) used by every import."""
