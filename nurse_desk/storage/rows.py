"""Every ORM row module, imported once so Base.metadata is complete (migrations, drift test).

Features keep their rows in their own orm_<feature>.py and add one import line here.
"""

from __future__ import annotations

import nurse_desk.storage.orm_follow_ups  # noqa: F401
from nurse_desk.storage import orm

Base = orm.Base
