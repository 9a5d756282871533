"""Building hundreds of thousands of objects at once (a school year's import rows).

API: ``with bulk_allocation(): ...`` pauses Python's cycle collector on this thread's behalf;
``bulk_allocation_running()`` tells a collector that runs by a timer (the windows', on the GUI
thread) that such work is under way on some thread, so it waits.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0  # bulk allocations under way, on any thread


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pauses the cyclic garbage collector while ~200,000 rows are built: none of those
    objects form cycles, yet the collector would walk the growing heap again and again
    (measured: 2.2 s instead of 0.6 s to parse a school year). Reference counting still frees."""
    global _running
    enabled = gc.isenabled()
    gc.disable()
    with _lock:
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
        if enabled:
            gc.enable()


def bulk_allocation_running() -> bool:
    return _running > 0
