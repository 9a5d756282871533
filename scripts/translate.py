"""Batch work on the .ts files, then compile them.

    translate.py apply FILE.json      FILE maps source text -> {"nb": "...", "sv": "..."}
                                      (for a %n text: {"nb": ["one", "many"], ...}, and
                                      "en": ["one", "many"]: English has a catalogue for
                                      the texts with a count only; a key
                                      "Context::source" sets that context's text only)
    translate.py merge LANG OTHER.ts  takes translations from OTHER.ts for our unfinished texts
    translate.py missing              lists source texts still unfinished

`apply` sets the text in every context where that source occurs. `merge` is for joining
branches: keep one side's .ts, run update-translations.sh, then merge the other side's in.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "ts"
LANGUAGES = ("nb", "sv", "en")


def _load(path: Path) -> tuple[str, ET.ElementTree]:
    text = path.read_text(encoding="utf-8")
    return text[: text.index("<TS")], ET.ElementTree(ET.fromstring(text))


def _save(path: Path, header: str, tree: ET.ElementTree) -> None:
    path.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _set(message: ET.Element, text: str | list[str]) -> None:
    """A plain text, or for a %n text the list of plural forms (one, many)."""
    element = message.find("translation")
    element.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = [text, text] if isinstance(text, str) else text
        for child in list(element):
            element.remove(child)
        element.text = "\n            "
        for form in forms:
            child = ET.SubElement(element, "numerusform")
            child.text = form
            child.tail = "\n            "
        return
    element.text = text


def _text(message: ET.Element) -> str | list[str]:
    element = message.find("translation")
    forms = [child.text or "" for child in element.iter("numerusform")]
    return forms if forms else (element.text or "")


def _unfinished(message: ET.Element) -> bool:
    element = message.find("translation")
    text = _text(message)
    empty = not all(text) if isinstance(text, list) else not text.strip()
    return element.get("type") == "unfinished" or empty


def apply(file: Path) -> int:
    wanted = json.loads(file.read_text(encoding="utf-8"))
    for language in LANGUAGES:
        path = TS / f"nurse_desk_{language}.ts"
        header, tree = _load(path)
        for context, message in _messages(tree):
            source = message.findtext("source")
            for key in (f"{context}::{source}", source):  # the context's own text wins
                if key in wanted and language in wanted[key]:
                    _set(message, wanted[key][language])
                    break
        _save(path, header, tree)
    return _compile()


def merge(language: str, other: Path) -> int:
    _, theirs = _load(other)
    known = {
        (context, message.findtext("source")): _text(message)
        for context, message in _messages(theirs)
        if not _unfinished(message)
    }
    path = TS / f"nurse_desk_{language}.ts"
    header, tree = _load(path)
    for context, message in _messages(tree):
        key = (context, message.findtext("source"))
        if _unfinished(message) and key in known:
            _set(message, known[key])
    _save(path, header, tree)
    return _compile()


def missing() -> int:
    count = 0
    for language in LANGUAGES:
        _, tree = _load(TS / f"nurse_desk_{language}.ts")
        for context, message in _messages(tree):
            if _unfinished(message):
                count += 1
                print(f"{language}\t{context}\t{message.findtext('source')}")
    return 1 if count else 0


def _compile() -> int:
    binary = Path(sys.executable).with_name("pyside6-lrelease")
    for language in LANGUAGES:
        ts = TS / f"nurse_desk_{language}.ts"
        qm = ts.parents[1] / "qm" / f"nurse_desk_{language}.qm"
        subprocess.run([str(binary), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "apply":
        raise SystemExit(apply(Path(rest[0])))
    if command == "merge":
        raise SystemExit(merge(rest[0], Path(rest[1])))
    raise SystemExit(missing())
