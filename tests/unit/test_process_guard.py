from __future__ import annotations

import resource
import subprocess
import sys

from nurse_desk.process_guard import redacted_traceback


def test_redacted_traceback_names_the_place_but_not_the_message():
    try:
        raise ValueError("Aasen, Emil 12.12.2011 told about bullying")
    except ValueError as error:
        text = redacted_traceback(type(error), error.__traceback__)
    assert "test_process_guard.py" in text
    assert "builtins.ValueError" in text
    assert "Aasen" not in text and "bullying" not in text


def test_core_dumps_are_disabled_in_a_fresh_process():
    code = (
        "import resource; from nurse_desk.process_guard import disable_core_dumps; "
        "disable_core_dumps(); print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.strip() == "(0, 0)"
    assert resource.getrlimit(resource.RLIMIT_CORE) is not None
