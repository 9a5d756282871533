"""The Absence section: flagged pupils, one pupil's charts, acting on a flag, the thresholds."""
