"""Every write path on a disk that really is full, then read-only, then has room again.

    python full_disk_child.py FOLDER MODE

MODE "tmpfs": FOLDER gets a small tmpfs of its own (the parent starts us in a private mount
namespace, `unshare -rm`), filled with a ballast file until the kernel says ENOSPC, later
remounted read-only. MODE "rlimit": no mount; the disk "fills" through RLIMIT_FSIZE (the
kernel refuses to grow any file past the limit), for machines without user namespaces.

Prints one JSON line per phase: {"phase": ..., "outcomes": {action: result}}.
"""

from __future__ import annotations

import contextlib
import json
import resource
import signal
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "importing"))

import storage_support as support  # noqa: E402

support.install_cheap_kdf()

from import_fixtures import fodselsnummer  # noqa: E402
from visit_fixtures import full_plan  # noqa: E402

from nurse_desk.domain import errors  # noqa: E402
from nurse_desk.domain.journal import NoteDraft, NoteKind  # noqa: E402
from nurse_desk.domain.records import NewPupil  # noqa: E402
from nurse_desk.services import home_visits, journal, pupils, settings  # noqa: E402
from nurse_desk.services.absence_import import import_absence_file  # noqa: E402
from nurse_desk.storage import backup  # noqa: E402
from nurse_desk.storage.vault import Vault  # noqa: E402

BORN = date(2013, 4, 9)
HEADER = "Fødselsnummer;Elev;Klasse;Dato;Time;Fag;Timer;Meldt;Gyldig fravær;Årsak"
TMPFS_KIB = 6 * 1024


def say(record: dict) -> None:
    print(json.dumps(record), flush=True)


class Disk:
    """The folder's disk: filled, made read-only and given room again, for real."""

    def __init__(self, folder: Path, mode: str) -> None:
        self.folder, self.mode = folder, mode
        self.ballast = folder / "ballast.bin"
        if mode == "tmpfs":
            self._mount(f"size={TMPFS_KIB}k")

    def _mount(self, options: str, *, remount: bool = False) -> None:
        flags = ["-o", f"remount,{options}"] if remount else ["-t", "tmpfs", "-o", options]
        subprocess.run(["mount", *flags, "tmpfs", str(self.folder)], check=True)

    def fill(self) -> None:
        if self.mode == "rlimit":
            # Past this size no file may grow; SIGXFSZ ignored, so the write fails with EFBIG.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
            return
        with self.ballast.open("wb", buffering=0) as handle:
            for size in (1 << 16, 1 << 12, 1 << 9, 1):
                with contextlib.suppress(OSError):  # ENOSPC: on to smaller pieces
                    while handle.write(b"\0" * size):
                        pass

    def free(self) -> None:
        if self.mode == "rlimit":
            resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
        else:
            self.ballast.unlink()

    def read_only(self, on: bool) -> None:
        self._mount("ro" if on else "rw", remount=True)


def outcome(action) -> str:
    try:
        action()
    except errors.DiskRefused as error:
        return f"DiskRefused:{error.reason}:{'copy' if error.copy else 'vault'}"
    except errors.NurseDeskError as error:
        return type(error).__name__
    except Exception as error:  # what the nurse would see as "something unexpected"
        return f"{type(error).__module__}.{type(error).__name__}"
    return "ok"


def draft(pupil_id: int, words: str) -> NoteDraft:
    return NoteDraft(
        pupil_id=pupil_id,
        occurred_at=datetime(2026, 12, 1, 10, 0),
        kind=NoteKind.PLANNED,
        topics=frozenset(),
        participants="Eleven",
        conversation=words * 300,  # pages more than a full disk has room for
        assessment=words,
        actions=words,
    )


def absence_file(folder: Path, ids: list[str]) -> Path:
    rows = [
        f"{ids[0]};Ola Nordmann;6B;{date(2026, 9, 1) + timedelta(days=n):%d.%m.%Y};2;Norsk;1;ja;;"
        for n in range(200)
    ]
    path = folder / "fravær.csv"
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8")
    return path


def cli(command: str, folder: Path, elsewhere: Path) -> dict:
    """`nurse-desk init` / `demo` as the nurse runs it (real key derivation, own process)."""
    finished = subprocess.run(
        [
            *(sys.executable, "-m", "nurse_desk", command),
            *("--vault", str(folder / f"{command}.vault")),
            *("--passphrase-file", str(elsewhere / "passphrase")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return {"rc": finished.returncode, "stderr": finished.stderr}


def main(folder_arg: str, mode: str, elsewhere_arg: str) -> None:
    folder, elsewhere = Path(folder_arg), Path(elsewhere_arg)
    disk = Disk(folder, mode)
    vault = Vault.create(folder / "nurse.vault", support.PASSPHRASE)
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "helsesykepleier", "no"))
    national_id = fodselsnummer(BORN, 507)
    pupil_id = pupils.add_pupil(
        vault, NewPupil("Ola", "Nordmann", BORN, "Granly skole", "6B", national_id=national_id)
    )
    kept = journal.save_draft(vault, draft(pupil_id, "Før disken ble full. "))
    csv = absence_file(elsewhere, [national_id])
    vault.checkpoint()

    def actions(words: str) -> dict:
        return {
            "autosave": lambda: journal.save_draft(vault, draft(pupil_id, words), note_id=kept.id),
            "new_draft": lambda: journal.save_draft(vault, draft(pupil_id, words)),
            "sign": lambda: journal.sign_note(vault, kept.id),
            "plan_visit": lambda: home_visits.plan_visit(vault, full_plan(pupil_id)),
            "import": lambda: import_absence_file(vault, csv),
            "backup": lambda: backup.backup(vault, folder / f"{words[:4]}.backup"),
        }

    disk.fill()
    full = {name: outcome(action) for name, action in actions("Disken er full. ").items()}
    commands = {command: cli(command, folder, elsewhere) for command in ("init", "demo")}
    say({"phase": "full", "outcomes": full, "commands": commands})

    disk.free()
    ok = {name: outcome(action) for name, action in actions("Plass igjen. ").items()}
    vault.full_check()
    note = journal.get_note(vault, kept.id)
    say(
        {
            "phase": "room again",
            "outcomes": ok,
            "signed": note.signed_at is not None,
            "kept_words": note.conversation.startswith("Plass igjen. "),
        }
    )

    later = journal.save_draft(vault, draft(pupil_id, "Lest. "))
    vault.lock()
    if mode == "tmpfs":
        # With every file closed (locked), the disk can become read-only under the vault.
        disk.read_only(True)
        vault = Vault.open(folder / "nurse.vault", support.PASSPHRASE)
        read_only = {
            "autosave": outcome(
                lambda: journal.save_draft(
                    vault, draft(pupil_id, "Skrivebeskyttet. "), note_id=later.id
                )
            ),
            "plan_visit": outcome(lambda: home_visits.plan_visit(vault, full_plan(pupil_id))),
            "backup": outcome(lambda: backup.backup(vault, folder / "ro.backup")),
        }
        disk.read_only(False)
        read_only["after"] = outcome(
            lambda: journal.save_draft(vault, draft(pupil_id, "Igjen. "), note_id=later.id)
        )
        # a backup to a read-only disk of its own, from a vault that can be written
        backups = elsewhere / "read-only-stick"
        backups.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(backups)])
        read_only["backup_to_read_only"] = outcome(
            lambda: backup.backup(vault, backups / "nurse.backup")
        )
        vault.lock()
        say({"phase": "read-only", "outcomes": read_only})
    say({"phase": "done"})


if __name__ == "__main__":
    main(*sys.argv[1:])
