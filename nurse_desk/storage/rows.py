"""Every ORM row module, imported once so Base.metadata is complete (migrations, drift test).

Features keep their rows in their own orm_<feature>.py and add one import line here.
"""

from __future__ import annotations

from nurse_desk.storage import (
    orm,
    orm_absence,  # noqa: F401
    orm_follow_ups,  # noqa: F401
    orm_hand_over,  # noqa: F401
    orm_imports,  # noqa: F401
    orm_referrals,  # noqa: F401
    orm_visits,  # noqa: F401
)

Base = orm.Base
