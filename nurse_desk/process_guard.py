"""Process-wide protections set before any vault is opened.

A core dump of an unlocked app would hold the key and pupil data in plaintext; Python
tracebacks can carry pupil data in exception messages. So: no core dumps, and unexpected
errors are reported by type and place only.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType


def disable_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows: no core dumps in this sense; WER is configured by the OS
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def redacted_traceback(kind: type[BaseException], trace: TracebackType | None) -> str:
    """Where it happened (file, line, function) and the error's type: never its message."""
    frames = [
        f"  {frame.filename}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(trace)
    ]
    return "\n".join(
        [
            "Unexpected error (message withheld: it may hold pupil data):",
            *frames,
            f"{kind.__module__}.{kind.__qualname__}",
        ]
    )


def install_excepthook(tell_the_nurse: Callable[[], None]) -> None:
    def hook(kind, error, trace) -> None:
        print(redacted_traceback(kind, trace), file=sys.stderr)
        tell_the_nurse()

    sys.excepthook = hook
