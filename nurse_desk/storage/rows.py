"""Every ORM row module, imported once so Base.metadata is complete (migrations, drift test,
the cascades storage/changes.py counts).

Features keep their rows in their own orm_<feature>.py and name it under `rows` in
nurse_desk/features.py; this module imports what the list names.
"""

from __future__ import annotations

import importlib

from nurse_desk.features import modules_of
from nurse_desk.storage import orm

ROW_MODULES = tuple(importlib.import_module(name) for name in modules_of("rows"))

Base = orm.Base
