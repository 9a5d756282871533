"""Use cases: one module per feature, one session and transaction per user action. No Qt."""
