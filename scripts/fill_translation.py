"""Sets one translation in a .ts file: `fill_translation.py LANG "source" "translation"`.

For the odd new text; larger batches are done in Qt Linguist.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ts"


def main(language: str, source: str, translation: str) -> int:
    path = TS / f"nurse_desk_{language}.ts"
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    changed = 0
    for message in tree.iter("message"):
        if message.findtext("source") == source:
            element = message.find("translation")
            element.text = translation
            element.attrib.pop("type", None)
            changed += 1
    if not changed:
        print(f"no such source text in {path.name}", file=sys.stderr)
        return 1
    header = text[: text.index("<TS")]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(header + body + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:4]))
