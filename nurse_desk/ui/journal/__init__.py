"""The pupil page, notes, amendments, consents, search and the access log."""
