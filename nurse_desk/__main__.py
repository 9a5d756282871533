"""`python -m nurse_desk` runs the same command line as `nurse-desk`."""

from nurse_desk.cli import main

raise SystemExit(main())
