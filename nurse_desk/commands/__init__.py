"""Feature sub-commands of the command line (`nurse-desk pupils …`, `nurse-desk absence …`).

Each module names its sub-command in NAME, adds its parser in add_to(), and runs in run() with an
unlocked vault. A feature names its modules under `commands` in nurse_desk/features.py; cli.py
adds them in that order.

A module imports only what its parser needs at the top; what run() needs it imports inside
run(), so `nurse-desk --help` stays quick.
"""
