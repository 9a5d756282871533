"""The command line: with no sub-command it starts the app; sub-commands serve scripts and checks.

Passphrases come from a prompt or a file, never from argv or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from nurse_desk import __version__
from nurse_desk.domain import errors
from nurse_desk.features import modules_of
from nurse_desk.process_guard import disable_core_dumps, install_excepthook

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Feature sub-commands, one module each (see nurse_desk/commands/__init__.py), as the features
# name them (nurse_desk/features.py), in that order: the order `--help` lists them.
FEATURE_COMMANDS: tuple[str, ...] = modules_of("commands")


def _feature_commands() -> dict:
    import importlib

    modules = (importlib.import_module(name) for name in FEATURE_COMMANDS)
    return {module.NAME: module for module in modules}


def _shared_options(*, on_subcommand: bool) -> argparse.ArgumentParser:
    """--vault and --passphrase-file are accepted before or after the sub-command.

    On a sub-command they default to SUPPRESS, so an option given before the sub-command is
    not overwritten by the sub-command's own (empty) default.
    """
    default = argparse.SUPPRESS if on_subcommand else None
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--vault", type=Path, default=default, help="vault file (default: per-user data folder)"
    )
    options.add_argument(
        "--passphrase-file",
        type=Path,
        default=default,
        help="read the passphrase from the first line of FILE",
    )
    return options


# Where a sub-command's parsed arguments list the files it writes (add_written_file).
_WRITTEN = "written_files"


def add_replace_option(parser: argparse.ArgumentParser) -> None:
    """--replace: a file the nurse saved before under the name given is replaced only on
    purpose (typing yesterday's name must not destroy yesterday's file)."""
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace a file already there (else it is kept and nothing is written)",
    )


def add_written_file(parser: argparse.ArgumentParser, *flags: str, within=None, **options) -> None:
    """An argument naming a file the sub-command writes (`within`: a group of `parser`). A
    file already there is kept and the command refused before it runs, so nothing is read,
    written or logged (_keep_files_already_there), unless --replace, added here once."""
    written = parser.get_default(_WRITTEN) or ()
    if not written:
        add_replace_option(parser)
    argument = (within or parser).add_argument(*flags, **options)
    parser.set_defaults(**{_WRITTEN: (*written, argument.dest)})


def build_parser() -> argparse.ArgumentParser:
    common = _shared_options(on_subcommand=True)
    parser = argparse.ArgumentParser(
        prog="nurse-desk",
        parents=[_shared_options(on_subcommand=False)],
        description="Nurse Desk for school health nurses.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start with a throw-away demo vault")
    parser.add_argument("--lang", choices=("nb", "sv", "en"), help="language of the windows")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser("init", parents=[common], help="create an empty vault")
    demo = commands.add_parser(
        "demo", parents=[common], help="create a vault filled with demo data"
    )
    for creating in (init, demo):
        creating.add_argument(
            "--country",
            choices=("no", "se"),
            default="no",
            help="whose national ID numbers and holidays apply (default: no); "
            "changeable later under Settings → Country",
        )
    commands.add_parser("check", parents=[common], help="verify key, integrity and schema")
    backup = commands.add_parser("backup", parents=[common], help="write an encrypted backup")
    # Not a written file of add_written_file's: the backup looks for one there itself, before
    # anything is done, and says in its own words that no backup was written.
    backup.add_argument("out", type=Path, metavar="OUT")
    add_replace_option(backup)
    backup.add_argument(
        "--new-passphrase-file", type=Path, help="encrypt the backup with another passphrase"
    )
    backup.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help="why the vault is copied under another passphrase (required with it)",
    )
    restore = commands.add_parser("restore", parents=[common], help="replace the vault by a backup")
    restore.add_argument("source", type=Path, metavar="IN")
    rekey = commands.add_parser("rekey", parents=[common], help="change the passphrase")
    rekey.add_argument("--new-passphrase-file", type=Path)
    for feature in _feature_commands().values():
        feature.add_to(commands, common)
    return parser


def read_secret(file: Path | None, prompt: str, *, twice: bool = False) -> tuple[str, str]:
    """From the first line of a file (trailing newline removed) or a hidden prompt."""
    if file is not None:
        # utf-8-sig: a file saved by Notepad as "UTF-8 with BOM" must not smuggle in a BOM.
        with file.open(encoding="utf-8-sig") as handle:
            line = handle.readline().rstrip("\r\n")
        return line, line
    first = getpass.getpass(prompt)
    second = getpass.getpass("Repeat: ") if twice else first
    return first, second


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    disable_core_dumps()
    install_excepthook(lambda: None)
    if args.command is None:
        from nurse_desk.app import run_app

        return run_app(vault_path=args.vault, demo=args.demo, language=args.lang)
    try:
        code = _run_command(args)
        sys.stdout.flush()  # here, so that a closed pipe is met below and not at exit
        return code
    except BrokenPipeError:
        # The reader went away (`nurse-desk agenda --json | head`): nothing left to say to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except (errors.NurseDeskError, OSError, UnicodeError) as error:
        return _fail(error)
    except EOFError:
        print("nurse-desk: no passphrase given; nothing was changed", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("nurse-desk: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_FAILED


def _fail(error: BaseException) -> int:
    # A file the system refused is named: a command may read or write several (the
    # passphrase file, the vault, the file imported or written), and its path is the
    # caller's own, given on this command line.
    where = getattr(error, "filename", None) if isinstance(error, OSError) else None
    named = f"{os.fsdecode(where)}: " if where is not None else ""
    # The windows ask before replacing; here the way to replace on purpose is an option.
    how = " (--replace replaces it)" if isinstance(error, errors.FileAlreadyThere) else ""
    print(f"nurse-desk: {named}{_words(error)}{how}", file=sys.stderr)
    return EXIT_FAILED


def _words(error: BaseException) -> str:
    # In English, the command line's language; the windows word the same errors translated.
    from nurse_desk.wording.errors import describe

    return describe(error)


def _check(path: Path, secret: str, outside) -> dict[str, int]:
    """Read-only, so a failed attempt is counted but nothing is written to the log."""
    from datetime import datetime

    from nurse_desk.services import vault_access

    try:
        return vault_access.check_vault(path, secret, outside.log_anchor(path))
    except errors.WrongPassphrase:
        outside.count_failed_unlock(path, datetime.now())
        raise


def _back_up(args: argparse.Namespace, vault) -> int:
    from nurse_desk.domain.disclosure import checked_reason
    from nurse_desk.services import vault_access

    new = None
    if args.new_passphrase_file is not None:
        checked_reason(args.reason)  # before the new passphrase is read or anything written
        new, repeated = read_secret(args.new_passphrase_file, "")
        vault_access.require_acceptable(new, repeated)
    vault_access.back_up(vault, args.out, new, replace=args.replace, reason=args.reason)
    print(f"backup written and verified: {args.out}")
    return EXIT_OK


def _keep_files_already_there(args: argparse.Namespace) -> None:
    """FileAlreadyThere for a file the sub-command would write over, unless --replace: before
    it runs, so nothing is read, written or logged. The writers look again at the rename, for
    a file that comes meanwhile."""
    from nurse_desk.storage.leftovers import refuse_to_replace
    from nurse_desk.storage.vault_lock import belongs_to_an_open_vault

    if getattr(args, "replace", False):
        return
    for dest in getattr(args, _WRITTEN, ()):
        target = getattr(args, dest)
        # The open vault's own files are refused by the writers, in words that say why.
        if target is not None and not belongs_to_an_open_vault(target):
            refuse_to_replace(target)


def _outside_record():
    """The app's settings file: the log's anchor and failed unlocks are kept there per vault."""
    from nurse_desk.preferences import Preferences

    return Preferences()


def _run_command(args: argparse.Namespace) -> int:
    from nurse_desk.services import demo, log_watch, vault_access

    path: Path = args.vault or vault_access.default_vault_path()
    feature = _feature_commands().get(args.command)
    if getattr(feature, "NEW_VAULT", False):  # builds a new vault at --vault: nothing to unlock
        return feature.run_new(args, path)
    if args.command in ("init", "demo"):
        new, repeated = read_secret(args.passphrase_file, "New passphrase: ", twice=True)
        if vault_access.looks_cloud_synced(path):
            print(
                "nurse-desk: warning: this folder looks cloud-synced; keep the vault local",
                file=sys.stderr,
            )
        vault = vault_access.create_vault(path, new, repeated, args.country)
        added = demo.fill_everything(vault) if args.command == "demo" else (0, 0)
        log_watch.after_create(vault, _outside_record())
        vault.lock()
        summary = f" with {added[0]} demo pupils and {added[1]} notes" if added[0] else ""
        print(f"created {path}{summary} (country: {args.country})")
        return EXIT_OK
    if args.command == "restore":
        secret, _ = read_secret(args.passphrase_file, "Passphrase of the backup: ")
        vault = vault_access.restore_vault(path, args.source, secret)
        log_watch.after_restore(vault, _outside_record())
        vault.lock()
        print(f"restored {path} from {args.source}")
        return EXIT_OK
    secret, _ = read_secret(args.passphrase_file, "Passphrase: ")
    outside = _outside_record()
    if args.command == "check":
        counts = _check(path, secret, outside)
        summary = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
        print(f"ok: {path} ({summary})")
        return EXIT_OK
    vault = log_watch.unlock_watched(path, secret, outside)
    try:
        finding = log_watch.after_unlock(vault, outside)
        if finding is not None:
            from nurse_desk.domain.access_log import AccessLogTampered

            print(f"nurse-desk: warning: {_words(AccessLogTampered(finding))}", file=sys.stderr)
        _keep_files_already_there(args)
        if feature is not None:
            return feature.run(args, vault)
        if args.command == "backup":
            return _back_up(args, vault)
        elif args.command == "rekey":
            new, repeated = read_secret(args.new_passphrase_file, "New passphrase: ", twice=True)
            vault_access.change_passphrase(vault, secret, new, repeated)
            print("passphrase changed")
    finally:
        log_watch.keep_anchor(vault, outside)
        vault.lock()
    return EXIT_OK
