"""The only package that speaks SQL: the encrypted vault, ORM rows and repositories."""
