#!/usr/bin/env bash
# Refresh the .ts sources from the code, then compile the .qm files the app loads.
# Run after changing any tr() text; translators edit resources/translations/ts/*.ts (Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# The windows, and the words for errors they share with the command line.
mapfile -t sources < <(find nurse_desk/ui nurse_desk/wording -name '*.py' | sort)
# English needs a catalogue only for texts with a count ("%n notes found": "1 note found").
for lang in nb sv en; do
    only=()
    [[ $lang == en ]] && only=(-pluralonly)
    "$BIN/pyside6-lupdate" -no-obsolete -locations none -target-language "$lang" "${only[@]}" \
        "${sources[@]}" -ts "resources/translations/ts/nurse_desk_${lang}.ts"
    "$BIN/pyside6-lrelease" "resources/translations/ts/nurse_desk_${lang}.ts" \
        -qm "resources/translations/qm/nurse_desk_${lang}.qm"
done
