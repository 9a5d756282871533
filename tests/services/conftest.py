from absence_fixtures import analysed, school_vault  # noqa: F401  (pytest fixtures)
from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
