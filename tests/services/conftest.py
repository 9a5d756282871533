from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
