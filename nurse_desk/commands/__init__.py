"""Feature sub-commands of the command line (`nurse-desk pupils …`, `nurse-desk absence …`).

Each module names its sub-command in NAME, adds its parser in add_to(), and runs in run() with an
unlocked vault. cli.py lists the modules; a feature adds one line there.

A module imports only what its parser needs at the top; what run() needs it imports inside
run(), so `nurse-desk --help` stays quick.
"""
