from absence_fixtures import school_vault  # noqa: F401  (a pytest fixture)
from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
