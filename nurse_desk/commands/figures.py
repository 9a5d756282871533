"""`nurse-desk figures [--from D] [--to D] [--school S] [--json | --csv FILE | --pdf FILE]`:
the yearly figures (counts only) for the annual report; every way out of the app is logged."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "figures"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_written_file

    parser = commands.add_parser(
        NAME, parents=[common], help="yearly figures for the annual report (counts only)"
    )
    parser.add_argument(
        "--from", dest="first", type=date.fromisoformat, help="first day (default: school year)"
    )
    parser.add_argument("--to", dest="last", type=date.fromisoformat, help="last day (today)")
    parser.add_argument("--school", default="", help="one school by name (default: all)")
    parser.add_argument(
        "--exact",
        action="store_true",
        help='show every count as it is: 1 to 4 not as "< 5", and none "hidden"',
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the figures as JSON")
    for option, what in (("--csv", "the figures as CSV"), ("--pdf", "the printout as PDF")):
        add_written_file(parser, option, within=out, type=Path, metavar="FILE", help=f"save {what}")
    parser.add_argument(
        "--lang", choices=("nb", "sv", "en"), default=argparse.SUPPRESS, help="words in CSV/PDF"
    )


def run(args: argparse.Namespace, vault: Vault) -> int:
    # Here, not at the top: the database and PDF code is not needed to print --help.
    from nurse_desk.domain.figures import FiguresPeriod, as_mapping, hidden_with_group
    from nurse_desk.domain.words import printout_language
    from nurse_desk.services import figures
    from nurse_desk.services.saved_files import write_private_file
    from nurse_desk.services.settings import read_settings

    default = figures.default_period(vault, args.last or date.today(), args.school)
    period = FiguresPeriod(args.first or default.first, args.last or default.last, args.school)
    counts = figures.compute(vault, period)
    language = printout_language(getattr(args, "lang", None), read_settings(vault).country)
    if args.csv is not None or args.pdf is not None:
        if args.csv is not None:
            target, how = args.csv, "saved as CSV, command line"
            data = figures.figures_as_csv(counts, exact=args.exact, language=language)
        else:
            target, how = args.pdf, "printed to PDF, command line"
            data = figures.figures_pdf(
                counts, exact=args.exact, language=language, produced_by=figures.author(vault)
            )
        write_private_file(target, data, replace=args.replace)
        figures.log_released(vault, counts, how=how, exact=args.exact)
        print(f"wrote the figures to {target} (not encrypted)", file=sys.stderr)
        return 0
    shown = as_mapping(counts, exact=args.exact)
    if args.json:
        figures.log_released(vault, counts, how="JSON, command line", exact=args.exact)
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    print(f"{period.first} – {period.last}, {period.school or 'all schools'}")
    for section, value in shown.items():
        if isinstance(value, dict):
            print(f"{section}:")
            for row, count in value.items():
                print(f"  {row}: {count}")
        else:
            print(f"{section}: {value}")
    if hidden_with_group(shown):
        print(
            '"hidden": hidden so that a count from 1 to 4 cannot be worked out from a total or '
            "the counts beside it; a hidden count may be 5 or more."
        )
    return 0
