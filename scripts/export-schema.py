"""Writes docs/export-schema.json from the tables (run after a migration changes them)."""

from __future__ import annotations

import json
from pathlib import Path

from nurse_desk.storage.open_export import json_schema

TARGET = Path(__file__).resolve().parent.parent / "docs" / "export-schema.json"

if __name__ == "__main__":
    TARGET.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {TARGET}")
