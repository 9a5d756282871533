from journal_fixtures import vault  # noqa: F401  (pytest fixture)
