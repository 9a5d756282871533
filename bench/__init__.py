"""Benchmarks that print figures (run with `make bench`); speed goals live here, not in tests.

`make bench` runs them all (bench/run_all.py); `make bench BENCH="NAME ..."` or
`python -m bench.run_all NAME ...` runs some, and each also runs alone as `python -m bench.NAME`:
vault_open, journal_volume, class_list_import, absence_import, absence_analysis, agenda_volume,
visits_volume, interactions.

The volume benchmark of the whole app is `interactions`:

    python -m bench.interactions [--scale 1|2] [--runs N] [--json FILE] [--compare OLD.json]
    python -m bench.interactions --compare OLD.json --to NEW.json

It times every interaction of the real window (offscreen, painting included) on a full school
year (bench/year_vault.py: 3,000 pupils, 50,000 notes, 20,000 follow-ups, 2,000 home visits,
~200,000 absence rows; twice that with --scale 2), replays each interaction's SQL raw beside it,
and marks every row against its target. The year vault is built once (about a minute) into
~/.cache/nurse-desk-bench/ and reused; `python -m bench.year_vault --force` builds it again. A
run at the defaults takes about half an hour on two busy cores (twice that with --scale 2);
`--runs 1` and `--only WORD` are quicker while working. On a shared machine read the cpu column
beside the wall clock. Save a run with `--json before.json`, change the code, and run again
with `--compare before.json` for the figures side by side; a 2x run compared with a 1x file
prints the growth per interaction.
"""
